"""Line edits that a USB keyboard-wedge scanner types into.

Such a scanner types what it reads as key presses and ends with Enter. With a Japanese input
method on, letters would become kana and digits full-width, so input methods are off on the field
and whatever full-width characters still arrive are folded to ASCII as they are typed.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def prepare_scanner_field(edit: QLineEdit, digits_only: bool) -> None:
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    hints = (
        Qt.InputMethodHint.ImhLatinOnly
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhSensitiveData  # no learning or suggestions from what is scanned
    )
    if digits_only:
        hints |= Qt.InputMethodHint.ImhDigitsOnly
    edit.setInputMethodHints(hints)
    edit.textEdited.connect(lambda text, e=edit: _fold(e, text))


def _fold(edit: QLineEdit, text: str) -> None:
    folded = unicodedata.normalize("NFKC", text)
    if folded != text:
        cursor = edit.cursorPosition()
        edit.setText(folded)
        edit.setCursorPosition(min(cursor, len(folded)))
