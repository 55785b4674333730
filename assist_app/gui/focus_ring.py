"""A thick ring in the highlight colour around whichever widget has the keyboard focus.

Styles mark focus faintly (a dotted rectangle, a slightly different border) or not at all for some
widgets; a helper working by keyboard, or reading over a resident's shoulder, must see at once
where the next key press goes.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QProxyStyle, QStyle, QWidget
from shiboken6 import isValid


class _OnTop(QProxyStyle):
    """QFocusFrame normally lies under its widget, masked to the strip just outside it, which a
    parent's edge cuts off (a list filling a splitter pane). On top and unmasked, the ring can be
    drawn on the widget's own edge instead."""

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)


class _Ring(QFocusFrame):
    def __init__(self) -> None:
        super().__init__()
        self._style = _OnTop()  # kept: the widget does not own a style set on it
        self.setStyle(self._style)

    def paintEvent(self, _event: QPaintEvent) -> None:
        width = max(3, round(self.fontMetrics().height() / 6))
        # On the widget's own edge, not outside it: a widget flush with its parent's edge (a list
        # in a splitter) would otherwise have half its ring cut off.
        h = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + width / 2
        v = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, self) + width / 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), width))
        painter.drawRoundedRect(self.rect().toRectF().adjusted(h, v, -h, -v), 3, 3)


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
