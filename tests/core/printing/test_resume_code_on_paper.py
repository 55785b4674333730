"""The resume code after a print and a poor scan: 150 dpi, 3° askew, blurred, saved as JPEG at
quality 60, read back from the image file and from a scanned PDF, and still verified."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from pdf_pages import read_pdf
from PIL import Image, ImageDraw, ImageFilter
from printed_case import PRINTED_AT

from assist_app.resume import NoCodeFound, verify_code
from assist_app.resume.reading import code_from_image, code_from_pdf

SCAN_DPI = 150


def printed_page(pdf: bytes, index: int = 0) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[index].render(scale=SCAN_DPI / 72).to_pil().convert("L")
    finally:
        document.close()


def poor_scan(page: Image.Image, angle: float = 3.0, blur: float = 1.2) -> Image.Image:
    askew = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    buffer = io.BytesIO()
    askew.filter(ImageFilter.GaussianBlur(blur)).save(buffer, "JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue()))


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("angle", [3.0, -3.0])
def test_resume_code_survives_print_and_scan(printed_case, tmp_path, large, angle):
    printed = printed_case.handout("ja", large)
    scan = tmp_path / "scan.jpg"
    poor_scan(printed_page(printed.pdf), angle).save(scan, quality=95)  # already degraded at 60
    digits = code_from_image(scan)
    assert digits == printed.resume_code
    verified = verify_code(digits, printed_case.trust, PRINTED_AT)
    assert verified.content.case_id == printed_case.case_id


def test_a_scanned_handout_pdf_is_read_page_by_page(printed_case, tmp_path):
    printed = printed_case.handout("en", False)
    # A scanner's PDF: pictures of pages, no text; the code is on the first page, put it last.
    pages = [poor_scan(printed_page(printed.pdf, i)).convert("RGB") for i in (1, 0)]
    scanned = tmp_path / "scanned.pdf"
    pages[0].save(scanned, "PDF", resolution=SCAN_DPI, save_all=True, append_images=pages[1:])
    assert code_from_pdf(scanned) == printed.resume_code


def test_an_ink_blot_on_the_code_is_corrected(printed_case, tmp_path):
    printed = printed_case.handout("ja", False)
    (code,) = [c for c in read_pdf(printed.pdf)[0].codes if c.text == printed.resume_code]
    page = printed_page(printed.pdf)
    # A round blot as wide as a third of the symbol, in its middle (≈ 9 % of its area).
    scale = SCAN_DPI / 72
    left, bottom, right, top = (v * scale for v in code.box)
    middle_x, middle_y = (left + right) / 2, page.height - (bottom + top) / 2
    radius = (right - left) / 6
    ImageDraw.Draw(page).ellipse(
        (middle_x - radius, middle_y - radius, middle_x + radius, middle_y + radius), fill=0
    )
    scan = tmp_path / "blot.png"
    page.save(scan)
    assert code_from_image(scan) == printed.resume_code  # error correction Q restores it


def test_a_page_without_the_resume_code_says_what_it_found(printed_case, tmp_path):
    printed = printed_case.handout("ja", False)
    scan = tmp_path / "page2.png"
    printed_page(printed.pdf, 1).save(scan)
    with pytest.raises(NoCodeFound, match=r"\d other QR code"):
        code_from_image(scan)
    not_an_image = tmp_path / "notes.jpg"
    not_an_image.write_text("見本")
    with pytest.raises(NoCodeFound, match="not an image"):
        code_from_image(not_an_image)
