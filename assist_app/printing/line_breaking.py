"""Japanese line breaking (kinsoku) that ReportLab leaves half done.

ReportLab's CJK wrapping keeps closing marks (。、」）) off the start of a line by letting them hang
past its end, but lets an opening mark end a line: "期限: 12月1日（" / "火）". This Paragraph
breaks such a line before the opening mark instead: it wraps again with that line made narrower
by the mark's width, until no line ends with one. Latin text is not affected.
"""

from __future__ import annotations

from reportlab.lib.textsplit import ALL_CANNOT_END
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as _ReportLabParagraph

_MAX_PASSES = 20  # each pass fixes one line; a paragraph has few such lines


def _last_char(para_lines, index: int) -> tuple[str, float]:
    """The last character of line ``index`` and its width ("" if the line is empty)."""
    line = para_lines.lines[index]
    if para_lines.kind == 0:  # one font: (extra space, [text])
        text = line[1][0] if line[1] else ""
        font, size = para_lines.fontName, para_lines.fontSize
    else:  # several fragments: the last fragment with text
        frags = [f for f in line.words if getattr(f, "text", "")]
        if not frags:
            return "", 0.0
        text, font, size = frags[-1].text, frags[-1].fontName, frags[-1].fontSize
    text = text.rstrip()
    return (text[-1], stringWidth(text[-1], font, size)) if text else ("", 0.0)


class Paragraph(_ReportLabParagraph):
    def breakLinesCJK(self, maxWidths):
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        narrowed: dict[int, float] = {}
        result = super().breakLinesCJK(list(widths))  # a copy: bullets narrow the list in place
        for _ in range(_MAX_PASSES):
            if getattr(self, "_splitpara", 0) or result.kind not in (0, 1):
                break
            bad = next(
                (
                    i
                    for i in range(len(result.lines) - 1)
                    if _last_char(result, i)[0] and _last_char(result, i)[0] in ALL_CANNOT_END
                ),
                None,
            )
            if bad is None:
                break
            char_width = _last_char(result, bad)[1]
            original = [widths[min(i, len(widths) - 1)] for i in range(bad + 2)]
            widths = original
            widths[bad] -= char_width + 0.01
            narrowed[bad] = narrowed.get(bad, 0.0) + char_width + 0.01
            result = super().breakLinesCJK(list(widths))
        # Alignment (centred captions) is computed from the free space: give back what was taken.
        for index, taken in narrowed.items():
            if index < len(result.lines):
                line = result.lines[index]
                if result.kind == 0:
                    result.lines[index] = (line[0] + taken, line[1])
                else:
                    line.extraSpace += taken
        return result
