"""The paragraph every printed paper uses: Japanese line breaking (kinsoku) that ReportLab leaves
half done, and the parsing of repeated texts done once.

ReportLab's CJK wrapping keeps closing marks (。、」）) off the start of a line by letting them hang
past its end, but lets an opening mark end a line: "期限: 12月1日（" / "火）". This Paragraph
breaks such a line before the opening mark instead: it wraps again with that line made narrower
by the mark's width, until no line ends with one. Latin text is not affected.

Catalog texts recur in every handout, and parsing and breaking them into lines (a character's
width at a time) was most of the time a handout took. Both results are kept, by text, style and
width: ReportLab only reads them afterwards (it changes lines only for right-to-left text).
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from reportlab.lib.textsplit import ALL_CANNOT_END
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as _ReportLabParagraph

_MAX_PASSES = 20  # each pass fixes one line; a paragraph has few such lines
_KEPT = 4000  # catalogs hold a few thousand distinct texts; a few widths each
_parsed: OrderedDict[tuple, tuple] = OrderedDict()
_broken: OrderedDict[tuple, object] = OrderedDict()
_lock = threading.Lock()  # batches print from a worker thread


def _keep(store: OrderedDict, key: tuple, value) -> None:
    with _lock:
        store[key] = value
        if len(store) > _KEPT:
            store.popitem(last=False)


def _find(store: OrderedDict, key: tuple):
    with _lock:
        value = store.get(key)
        if value is not None:
            store.move_to_end(key)
        return value


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
    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs) -> None:
        self._key = None
        if frags is not None or kwargs or style is None:  # ReportLab splitting a paragraph
            super().__init__(text, style, bulletText, frags, **kwargs)
            return
        # Keyed on the style object itself (styles are made once and kept, see styles.py); the
        # style is stored too, so a key whose id was reused by another object never matches.
        key = (text, id(style), str(bulletText))
        found = _find(_parsed, key)
        if found is not None and found[0] is style:
            super().__init__(text, style, bulletText, frags=list(found[1]))
            self._key = key
            return
        super().__init__(text, style, bulletText)
        if self.style is style and not isinstance(self.bulletText, list):  # plain text, no <para> tricks
            _keep(_parsed, key, (style, tuple(self.frags)))
            self._key = key

    def breakLinesCJK(self, maxWidths):
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        if self._key is None or getattr(self, "_splitpara", 0):
            return self._break_lines(widths)
        key = (*self._key, tuple(widths))
        found = _find(_broken, key)
        if found is None:
            found = self._break_lines(widths)
            _keep(_broken, key, found)
        return found

    def _break_lines(self, widths: list[float]):
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
