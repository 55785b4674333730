"""One step of the handout as a flowable: tick box | heading and text | QR code.

Steps flow one after another. A step that does not fit the space left on a page is split between
lines of its text, so pages are not left half empty; the heading always stays with at least a
few lines of text, a short step moves whole, and the part on the next page starts with the step's
name and "(continued)" so the reader knows which step it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable

from assist_app.printing.styles import RULE

# A step this short (points, padding included) is never split: moving it wastes little paper.
KEEP_WHOLE = 120.0


class StepBlock(Flowable):
    def __init__(
        self,
        head: Sequence[Flowable],
        body: Sequence[Flowable],
        *,
        box: Flowable | None,
        side: Sequence[Flowable],
        box_width: float,
        side_width: float,
        padding: float,
        gutter: float,
        min_lines: float,
        continued: Callable[[], Flowable],
        rule: bool = True,
        keep_whole: float = KEEP_WHOLE,
    ) -> None:
        """``gutter``: room between text and QR code, at least one character wide, because Japanese
        line breaking lets a closing 。 or 、 hang past the text's edge; ``min_lines``: the least
        height of text (points) a part holds besides its heading; ``continued`` makes the heading
        of the part that goes on the next page."""
        super().__init__()
        self.head, self.body = list(head), list(body)
        self.box, self.side = box, list(side)
        self.box_width, self.side_width, self.padding = box_width, side_width, padding
        self.gutter = gutter if side else 0.0
        self.min_lines, self.continued = min_lines, continued
        self.rule, self.keep_whole = rule, keep_whole
        self._wrapped_for: float | None = None
        self._heights: list[float] = []  # each flowable with the space around it
        self._drawn: list[float] = []  # each flowable's own height
        self._side: list[float] = []

    @property
    def _content(self) -> list[Flowable]:
        return self.head + self.body

    def _text_width(self, avail_width: float) -> float:
        return avail_width - self.box_width - self.side_width - self.gutter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # Heights depend on the width only; the frame asks again for every page it tries, and
        # wrapping Japanese paragraphs is most of the time a handout takes.
        if avail_width == self._wrapped_for:
            return self.width, self.height
        text_width = self._text_width(avail_width)
        self._drawn = [f.wrap(text_width, 1e6)[1] for f in self._content]
        self._heights = [
            h + f.getSpaceBefore() + (f.getSpaceAfter() if i < len(self._drawn) - 1 else 0)
            for i, (f, h) in enumerate(zip(self._content, self._drawn, strict=True))
        ]
        self._side = [f.wrap(self.side_width, 1e6)[1] for f in self.side]
        box = self.box.wrap(self.box_width, 1e6)[1] if self.box else 0
        self.width = avail_width
        self.height = max(sum(self._heights), sum(self._side), box) + 2 * self.padding
        self._wrapped_for = avail_width
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        if self.height <= self.keep_whole:
            return []
        room = avail_height - 2 * self.padding
        if sum(self._side) > room:
            return []  # the QR code would be cut
        text_width = self._text_width(avail_width)
        taken: list[Flowable] = []
        used = 0.0
        rest: list[Flowable] = []
        for index, (flowable, height) in enumerate(zip(self._content, self._heights, strict=True)):
            if used + height <= room:
                taken.append(flowable)
                used += height
                continue
            if index < len(self.head):
                return []  # the heading never goes without its first lines
            left = room - used - flowable.getSpaceBefore()
            flowable.wrap(text_width, left)
            parts = flowable.split(text_width, left) if left > 0 else []
            if len(parts) >= 2:
                taken.append(parts[0])
                used += parts[0].wrap(text_width, left)[1] + flowable.getSpaceBefore()
                rest = [*parts[1:], *self._content[index + 1 :]]
            else:
                rest = self._content[index:]
            break
        # A lead-in ("What to bring:") never ends a part: it goes on with what it introduces.
        while len(taken) > len(self.head) and taken[-1].getKeepWithNext() and taken[-1] in self._content:
            lead = taken.pop()
            used -= self._heights[self._content.index(lead)]
            rest.insert(0, lead)
        head_height = sum(self._heights[: len(self.head)])
        rest_height = sum(f.wrap(text_width, 1e6)[1] for f in rest)
        self._wrapped_for = None  # the flowable split above was wrapped to another height
        if used - head_height < self.min_lines or rest_height < self.min_lines * 0.5:
            return []  # an orphaned heading or a lone last line: move the whole step instead
        first = self._copy(self.head, taken[len(self.head) :], box=self.box, side=self.side, rule=self.rule)
        second = self._copy([self.continued()], rest, box=None, side=[], rule=False)
        second.keep_whole = 0.0  # a continuation is never pushed further on: it may split again
        return [first, second]

    def _copy(self, head, body, *, box, side, rule) -> StepBlock:
        return StepBlock(
            head,
            body,
            box=box,
            side=side,
            box_width=self.box_width,
            side_width=self.side_width,
            padding=self.padding,
            gutter=self.gutter,
            min_lines=self.min_lines,
            continued=self.continued,
            rule=rule,
            keep_whole=self.keep_whole,
        )

    def draw(self) -> None:
        canvas = self.canv
        if self._wrapped_for != self.width:
            self.wrap(self.width, self.height)
        top = self.height - self.padding
        if self.rule:
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.75)
            canvas.line(0, self.height, self.width, self.height)
            canvas.restoreState()
        if self.box is not None:
            box_height = self.box.wrap(self.box_width, 1e6)[1]
            self.box.drawOn(canvas, 0, top - box_height - 1)
        y = top
        for flowable, height in zip(self._content, self._drawn, strict=True):
            y -= flowable.getSpaceBefore()
            flowable.drawOn(canvas, self.box_width, y - height)
            y -= height + flowable.getSpaceAfter()
        y = top
        for flowable, height in zip(self.side, self._side, strict=True):
            flowable.drawOn(canvas, self.width - self.side_width, y - height)
            y -= height
