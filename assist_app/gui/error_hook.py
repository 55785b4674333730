"""The one place an error no slot caught reaches the helper: in plain words, never a traceback.

PySide hands exceptions raised in slots to ``sys.excepthook``. Storage errors (a full disk, a
read-only folder, a damaged page) can come out of any service call; the transaction was rolled back
and what was saved before is safe, so the helper is told that and the window goes on. Installed by
``app.run`` only: tests build the Application directly and keep pytest-qt's own capture.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from assist_app.gui.error_messages import show_error


def install(window: QWidget) -> None:
    previous = sys.excepthook

    def hook(kind, exc, traceback) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not ours to explain
            previous(kind, exc, traceback)
            return
        show_error(window, exc)  # explain() logs what it does not recognise, without personal data

    sys.excepthook = hook
