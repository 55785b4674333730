"""Getting the digits of a resume code from what a scanner typed, an image or a PDF."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from assist_app.messages.paper import (
    NO_CODE_AMONG_OTHERS,
    NO_CODE_IN_FILE,
    NOT_A_CODE_ONLY_DIGITS,
    NOT_A_PDF,
    NOT_AN_IMAGE,
)
from assist_app.resume.digits import MARKER, SCHEME
from assist_app.resume.errors import NoCodeFound, NotAResumeCode

# Spaces and dashes a person may type between digit groups; ー is what the dash key gives with a
# Japanese IME on. A scanner may send an AIM symbology identifier (]Q1) before the data.
_SEPARATORS = re.compile(r"[\s\-‐‑–—ー]+")
_AIM_ID = re.compile(r"^\][A-Za-z]\d")
PDF_DPI = 200


def code_from_text(text: str) -> str:
    """The resume code's digits in what a keyboard-wedge scanner (or a person) typed.

    Full-width digits (typed with a Japanese IME on) are folded to ASCII; whitespace, line breaks
    and group separators are dropped; a scanner's prefix before the digits is tolerated.
    """
    folded = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text))
    folded = _AIM_ID.sub("", folded)
    runs = re.findall(r"[0-9]+", folded)
    if not runs:
        raise NotAResumeCode(NOT_A_CODE_ONLY_DIGITS())
    # The code is the last run of digits, whole: a digit before the marker is a misread, not a
    # prefix to skip (scanner prefixes are letters or an AIM identifier, dropped above).
    return runs[-1]


def looks_like_code(text: str) -> bool:
    try:
        return code_from_text(text).startswith(MARKER + SCHEME)
    except NotAResumeCode:
        return False


def codes_in_image(image) -> list[str]:
    """Every QR code's text in a PIL image, in reading order."""
    return codes_in_grey(image.convert("L"))


def codes_in_grey(grey) -> list[str]:
    """Every QR code's text in a greyscale picture: a PIL image in mode L, or a 2-D numpy array
    (a camera frame)."""
    import zxingcpp

    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in found if r.valid and r.text]


def first_code(texts: list[str]) -> str | None:
    """The digits of the first resume code among QR codes' texts, or None."""
    for text in texts:
        if looks_like_code(text):
            return code_from_text(text)
    return None


def _first_code(texts: list[str], where: str) -> str:
    code = first_code(texts)
    if code is not None:
        return code
    if texts:
        raise NoCodeFound(NO_CODE_AMONG_OTHERS(file=where, count=len(texts)))
    raise NoCodeFound(NO_CODE_IN_FILE(file=where))


def code_from_image(path: Path) -> str:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            texts = codes_in_image(image)
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise NoCodeFound(NOT_AN_IMAGE(file=Path(path).name)) from None
    return _first_code(texts, Path(path).name)


def code_from_pdf(path: Path, dpi: int = PDF_DPI) -> str:
    """The first resume code found, page by page (a handout has it on page 1)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        raise NoCodeFound(NOT_A_PDF(file=Path(path).name)) from None
    try:
        texts: list[str] = []
        for page in pdf:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            page_texts = codes_in_image(image)
            if any(looks_like_code(t) for t in page_texts):
                return _first_code(page_texts, Path(path).name)
            texts += page_texts
        return _first_code(texts, Path(path).name)
    finally:
        pdf.close()
