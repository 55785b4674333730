"""Headers and footers drawn after the whole document is laid out, so each page can say "n of m".

The canvas keeps every page's state until ``save`` and then draws the frame on each page. A
flowable can leave a note for the frame of its page (``PageNote``), which is how each sheet of the
outage kit gets its own title and form QR in the header.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class PageInfo:
    number: int
    count: int
    note: Any  # the last PageNote value drawn on or before this page


FrameDrawer = Callable[[Canvas, PageInfo], None]


def numbered_canvas(draw_frame: FrameDrawer) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.page_note: Any = None

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_frame(self, PageInfo(number, count, state.get("page_note")))
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class PageNote(Flowable):
    """Invisible; tells the frame drawer what the pages from here on belong to."""

    def __init__(self, note: Any) -> None:
        super().__init__()
        self.note = note
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.page_note = self.note
