"""A row of widgets that wraps onto new lines when the width runs out.

Used for the status buttons and the answer choices, so that long translations and large text never
push them past the window's edge (a QHBoxLayout would clip them or force a horizontal scrollbar).

A widget placing its children itself rather than a QLayout subclass: with Python 3.11, PySide6
drops a reference to None each time Qt calls a Python ``QLayout.itemAt`` that returns None (the
end of every iteration), and the interpreter aborts once None's count runs out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget


class FlowRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._last_hint = QSize()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def add(self, widget: QWidget) -> None:
        widget.setParent(self)
        self._widgets.append(widget)
        widget.show()
        self.updateGeometry()

    def _gaps(self) -> tuple[int, int]:
        style = self.style()
        across = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, self)
        down = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing, None, self)
        return max(across, 6), max(down, 4)

    def _places(self, width: int) -> tuple[list[QRect], int]:
        across, down = self._gaps()
        places, x, y, line = [], 0, 0, 0
        for widget in self._widgets:
            hint = widget.sizeHint()
            w = min(hint.width(), width) if width > 0 else hint.width()
            if x > 0 and x + w > width:
                x, y, line = 0, y + line + down, 0
            places.append(QRect(x, y, w, hint.height()))
            x += w + across
            line = max(line, hint.height())
        return places, y + line

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._places(width)[1]

    def sizeHint(self) -> QSize:
        # Preferred: all on one line.
        across, _ = self._gaps()
        hints = [w.sizeHint() for w in self._widgets]
        width = sum(h.width() for h in hints) + across * max(0, len(hints) - 1)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSizeHint(self) -> QSize:
        # Narrowest: one per line, so the widest widget decides.
        hints = [w.sizeHint() for w in self._widgets]
        return QSize(max((h.width() for h in hints), default=0), max((h.height() for h in hints), default=0))

    def event(self, event: QEvent) -> bool:
        # A child's size changed (new text, larger font): place them again at the present width.
        if event.type() == QEvent.Type.LayoutRequest:
            self._place(self.width(), self.height())
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _place(self, width: int, height: int) -> None:
        places, needed = self._places(width)
        for widget, place in zip(self._widgets, places, strict=True):
            widget.setGeometry(place)
        if needed != height or self.sizeHint() != self._last_hint:
            self._last_hint = self.sizeHint()
            self.updateGeometry()  # the parent layout asks heightForWidth again
