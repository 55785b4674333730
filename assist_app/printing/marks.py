"""Small drawn marks: the tick box (a vector square; the font has no ☐)."""

from __future__ import annotations

from reportlab.platypus import Flowable


class TickBox(Flowable):
    def __init__(self, size: float, line_width: float = 1.0) -> None:
        super().__init__()
        self.size, self.line_width = size, line_width
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(self.line_width)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)
