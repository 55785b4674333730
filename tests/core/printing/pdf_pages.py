"""Reading a printed PDF back the way a person and a scanner would: pages rendered with pypdfium2,
every QR code decoded with zxing-cpp, the text layer extracted with each character's box and size."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import zxingcpp

MM = 72 / 25.4  # points per millimetre
DPI = 150


@dataclass(frozen=True)
class Code:
    text: str
    version: int
    ec_level: str
    box: tuple[float, float, float, float]  # the symbol (no quiet zone) in points: left, bottom, right, top

    @property
    def width_mm(self) -> float:
        return (self.box[2] - self.box[0]) / MM

    @property
    def with_quiet_zone(self) -> tuple[float, float, float, float]:
        """The symbol and the 4 blank modules around it that a reader needs."""
        margin = 4 * (self.box[2] - self.box[0]) / (17 + 4 * self.version)
        left, bottom, right, top = self.box
        return left - margin, bottom - margin, right + margin, top + margin


@dataclass(frozen=True)
class Char:
    char: str
    box: tuple[float, float, float, float]  # the ink: left, bottom, right, top in points
    em_box: tuple[float, float, float, float]  # the whole character cell (advance × font height)
    size: float  # font size in points


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    text: str  # as extracted, line breaks included
    chars: tuple[Char, ...]  # the visible characters (no whitespace)
    codes: tuple[Code, ...]

    @functools.cached_property
    def flat(self) -> str:
        return squash(self.text)

    def chars_between(self, bottom: float, top: float) -> list[Char]:
        return [c for c in self.chars if c.box[1] >= bottom and c.box[3] <= top]

    def text_between(self, bottom: float, top: float) -> str:
        return squash("".join(c.char for c in self.chars_between(bottom, top)))


def squash(text: str) -> str:
    """Text without any whitespace (line breaks fall anywhere), in NFKC form."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def sections(text: str, headings: Iterable[str]) -> dict[str, str]:
    """Each heading's stretch of ``text``, from it to the next heading (or the end): checked within
    its own stretch, an entry's missing part cannot be found in the entry after it. Each heading
    must be printed exactly once."""
    starts = {}
    for heading in headings:
        assert text.count(heading) == 1, f"{heading} printed {text.count(heading)} times"
        starts[heading] = text.index(heading)
    order = sorted(starts, key=starts.get)
    ends = [starts[h] for h in order[1:]] + [len(text)]
    return {h: text[starts[h] : end] for h, end in zip(order, ends, strict=True)}


def _codes(image, page_height: float, scale: float) -> tuple[Code, ...]:
    found = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        assert result.valid, result.error
        p = result.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        # zxing's corners are the centres of the outer modules' edges: close enough to the symbol box.
        box = (min(xs) / scale, page_height - max(ys) / scale, max(xs) / scale, page_height - min(ys) / scale)
        found.append(Code(result.text, int(result.extra["Version"]), result.extra["ECLevel"], box))
    return tuple(found)


def read_pdf(data: bytes, dpi: int = DPI) -> list[Page]:
    pdf = pdfium.PdfDocument(data)
    pages = []
    try:
        for number, page in enumerate(pdf, start=1):
            width, height = page.get_size()
            text_page = page.get_textpage()
            chars = []
            for index in range(text_page.count_chars()):
                char = chr(pdfium_c.FPDFText_GetUnicode(text_page, index))
                if char.strip():
                    size = pdfium_c.FPDFText_GetFontSize(text_page, index)
                    chars.append(
                        Char(
                            char, text_page.get_charbox(index), text_page.get_charbox(index, loose=True), size
                        )
                    )
            scale = dpi / 72
            image = page.render(scale=scale, grayscale=True).to_pil()
            pages.append(
                Page(
                    number,
                    width,
                    height,
                    text_page.get_text_range(),
                    tuple(chars),
                    _codes(image, height, scale),
                )
            )
            text_page.close()
            page.close()
    finally:
        pdf.close()
    return pages


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
