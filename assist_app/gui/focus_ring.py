"""A thick ring in the highlight colour around whichever widget has the keyboard focus.

Styles mark focus faintly (a dotted rectangle, a slightly different border) or not at all for some
widgets; a helper working by keyboard, or reading over a resident's shoulder, must see at once
where the next key press goes.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget
from shiboken6 import isValid


class _Ring(QFocusFrame):
    def paintEvent(self, _event: QPaintEvent) -> None:
        width = max(2, round(self.fontMetrics().height() / 8))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), width))
        half = width / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


class FocusRing:
    """Follows the application's focus; the ring lives beside the focused widget (as a child of
    its parent), so it is deleted with that parent and made again when needed."""

    def __init__(self, app: QApplication) -> None:
        self._ring: _Ring | None = None
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._ring is None or not isValid(self._ring):
            self._ring = _Ring()
        self._ring.setWidget(new if new is not None and not new.isWindow() else None)

    def widget(self) -> QWidget | None:
        return self._ring.widget() if self._ring is not None and isValid(self._ring) else None
