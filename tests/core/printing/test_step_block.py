"""How one handout step breaks across pages, and why its text keeps clear of its QR code: built
into real PDFs and read back."""

from __future__ import annotations

import io

import pytest
from pdf_pages import MM, overlaps, read_pdf, squash
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate, Spacer

from assist_app.printing.fonts import REGULAR
from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.marks import TickBox
from assist_app.printing.qr_drawing import QrFlowable
from assist_app.printing.step_block import KEEP_WHOLE, StepBlock
from assist_app.printing.styles import paragraph_styles

STYLES = paragraph_styles(True, "ja")
BODY = STYLES["body"]
MARGIN = 15 * MM
FRAME_WIDTH = A5[0] - 2 * MARGIN - 12  # the frame pads its flowables by 6 pt a side
FRAME_HEIGHT = A5[1] - 2 * MARGIN - 12
URL = "https://www.example.jp/procedures/step"
LINES = [f"〈{n}〉の説明です。窓口で書類を出します。" for n in range(1, 41)]


def step(body_lines: list[str], *, gutter: float = 18.0, qr: bool = True) -> StepBlock:
    return StepBlock(
        [
            Paragraph("見本の手続き T01", STYLES["step"]),
            Paragraph("期限: 2026年12月1日（火）", STYLES["due"]),
        ],
        [Paragraph(line, BODY) for line in body_lines],
        box=TickBox(7 * MM),
        side=[QrFlowable(URL, 30 * MM)] if qr else [],
        box_width=11 * MM,
        side_width=32 * MM if qr else 0,
        padding=3 * MM,
        gutter=gutter,
        min_lines=2 * BODY.leading,
        continued=lambda: Paragraph("見本の手続き（続き）", STYLES["label"]),
    )


def build(*flowables) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A5, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN
    )
    doc.build(list(flowables))
    return buffer.getvalue()


def filler(points: float) -> Spacer:
    return Spacer(FRAME_WIDTH, points)


def test_a_closing_mark_that_hangs_past_the_line_stays_off_the_qr_code():
    def full_line(width: float) -> str:
        """Characters filling ``width`` so closely that not even a 。 fits after them."""
        text, used = "", 0.0
        for char in "あｱ":  # a wide kana, then a narrow one to fill the rest
            while used + stringWidth(char, REGULAR, BODY.fontSize) <= width:
                text, used = text + char, used + stringWidth(char, REGULAR, BODY.fontSize)
        assert width - used < stringWidth("。", REGULAR, BODY.fontSize)
        return text

    def clearance(gutter: float) -> float:
        full = full_line(FRAME_WIDTH - 11 * MM - 32 * MM - gutter)
        # 。 and 、 may not start a line, so after a full line they hang past its end.
        page = read_pdf(build(step([full + "。" + full + "、" + "い" * 5], gutter=gutter)))[0]
        (code,) = page.codes
        marks = [c for c in page.chars if c.char in "。、"]
        assert len(marks) == 2
        return min(code.with_quiet_zone[0] - c.em_box[2] for c in marks)

    assert clearance(0.0) < 0  # without a gutter the hanging mark runs into the code's quiet zone
    assert clearance(18.0) > 0


def test_a_step_that_fits_stays_whole_and_text_flows_around_nothing():
    pages = read_pdf(build(step(LINES[:3])))
    assert len(pages) == 1
    for line in LINES[:3]:
        assert squash(line) in pages[0].flat
    assert [c.text for c in pages[0].codes] == [URL]


def test_heading_never_ends_a_page_alone():
    block = step(LINES[:6])
    block.wrap(FRAME_WIDTH, FRAME_HEIGHT)
    assert KEEP_WHOLE < block.height < FRAME_HEIGHT
    # Room for the heading and one line only: the whole step moves on.
    first_line_bottom = 3 * MM + 30 * MM + BODY.leading  # taller of QR and heading + 1 line
    pages = read_pdf(build(filler(FRAME_HEIGHT - first_line_bottom - 1), step(LINES[:6])))
    assert "見本の手続き" not in pages[0].flat
    assert squash("見本の手続きT01") in pages[1].flat and squash("（続き）") not in pages[1].flat


def test_a_long_step_splits_between_lines_and_says_it_continues():
    pages = read_pdf(build(filler(FRAME_HEIGHT * 0.4), step(LINES[:8])))
    assert len(pages) == 2
    first, second = pages
    assert squash("見本の手続きT01") in first.flat and [c.text for c in first.codes] == [URL]
    assert squash("見本の手続き（続き）") in second.flat and not second.codes
    # Every line once, in order, across the break.
    text = first.flat + second.flat.replace(squash("見本の手続き（続き）"), "")
    positions = [text.index(squash(line)) for line in LINES[:8]]
    assert positions == sorted(positions)
    # The first page was used: its lowest line is near the bottom margin.
    lowest = min(c.box[1] for c in first.chars)
    assert lowest - MARGIN < 3 * BODY.leading


def test_a_short_step_is_moved_rather_than_split():
    short = step(LINES[:2], qr=False)
    short.wrap(FRAME_WIDTH, FRAME_HEIGHT)
    assert short.height <= KEEP_WHOLE
    pages = read_pdf(build(filler(FRAME_HEIGHT - short.height + 2 * BODY.leading), short))
    assert len(pages) == 2 and "見本の手続き" not in pages[0].flat
    assert all(squash(line) in pages[1].flat for line in LINES[:2])


@pytest.mark.parametrize("lines", [38, 40])
def test_a_step_longer_than_a_page_runs_over_several(lines):
    pages = read_pdf(build(step(LINES[:lines])))
    assert len(pages) >= 3
    text = "".join(p.flat.replace(squash("見本の手続き（続き）"), "") for p in pages)
    for line in LINES[:lines]:
        assert text.count(squash(line)) == 1
    for page in pages[1:]:
        assert page.flat.startswith(squash("見本の手続き（続き）"))
    assert not any(overlaps(c.em_box, q.with_quiet_zone) for p in pages for c in p.chars for q in p.codes)


def test_a_lead_in_goes_on_with_the_list_it_introduces():
    lead = Paragraph("<b>持ち物:</b>", STYLES["lead_in"])
    items = [Paragraph(f"〈{n}〉の書類", STYLES["bullet"], bulletText="・") for n in range(1, 9)]
    block = StepBlock(
        [Paragraph("見本の手続き T01", STYLES["step"])],
        [Paragraph(line, BODY) for line in LINES[:4]] + [lead, *items],
        box=TickBox(7 * MM),
        side=[],
        box_width=11 * MM,
        side_width=0,
        padding=3 * MM,
        gutter=0,
        min_lines=2 * BODY.leading,
        continued=lambda: Paragraph("見本の手続き（続き）", STYLES["label"]),
    )
    block.wrap(FRAME_WIDTH, FRAME_HEIGHT)
    lead_bottom = 2 * 3 * MM + sum(block._heights[: 1 + 4 + 1])  # padding, heading, 4 lines, lead-in
    pages = read_pdf(build(filler(FRAME_HEIGHT - lead_bottom - 2), block))
    assert len(pages) == 2
    assert "持ち物" not in pages[0].flat  # not left alone at the foot of the page
    assert pages[1].flat.startswith(squash("見本の手続き（続き）持ち物:・〈1〉の書類"))
