"""Paragraph styles for normal and large print. In large print everything a resident reads in the
page body is ≥ 14 pt (body text 15 pt, notes 14 pt); only the running header and footer are smaller."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from assist_app.printing.fonts import BOLD, REGULAR, register_fonts

GREY = HexColor("#555555")
RULE = HexColor("#999999")


@dataclass(frozen=True)
class Sizes:
    body: float
    small: float
    step: float
    heading: float
    frame: float  # header and footer
    checkbox: float
    qr: float  # official-page QR codes
    # The resume code, quiet zone included: the symbol itself (57 of 65 modules at version 10) stays
    # ≥ 35 mm wide: ≈4.8 px a module in a 200-dpi scan, enough to survive blur (TECH_NOTES).
    resume_qr: float


NORMAL = Sizes(
    body=10.5, small=8.5, step=13, heading=18, frame=8.5, checkbox=5 * mm, qr=24 * mm, resume_qr=42 * mm
)
LARGE = Sizes(
    body=15, small=14, step=18, heading=24, frame=11, checkbox=7 * mm, qr=30 * mm, resume_qr=46 * mm
)


@cache
def paragraph_styles(large: bool, lang: str) -> dict[str, ParagraphStyle]:
    register_fonts()
    s = LARGE if large else NORMAL
    # CJK wrapping applies kinsoku rules; English keeps whole words together.
    wrap = None if lang == "en" else "CJK"
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=s.body, leading=s.body * 1.45, wordWrap=wrap)

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": style("small", fontSize=s.small, leading=s.small * 1.4, textColor=GREY),
        "heading": style(
            "heading", fontName=BOLD, fontSize=s.heading, leading=s.heading * 1.3, spaceAfter=2 * mm
        ),
        "step": style("step", fontName=BOLD, fontSize=s.step, leading=s.step * 1.35),
        "due": style("due", fontName=BOLD, fontSize=s.body * 1.1, leading=s.body * 1.55),
        "label": style("label", fontName=BOLD),
        "lead_in": style("lead_in", keepWithNext=1),  # "What to bring:" stays with the list
        "nowrap": style("nowrap", wordWrap=None),
        "bullet": style(
            "bullet",
            leftIndent=s.body * 1.2,
            bulletIndent=s.body * 0.2,
            bulletFontName=REGULAR,
            bulletFontSize=s.body,  # ReportLab's default is 10 pt, too small in large print
        ),
        "caption": style("caption", fontSize=s.small, leading=s.small * 1.3, alignment=1),
        # Under a QR code: short words, broken only at spaces ("くわしい ページ", not "ペー|ジ").
        "qr_label": style("qr_label", fontSize=s.small, leading=s.small * 1.3, alignment=1, wordWrap=None),
        "cell": style("cell", fontSize=s.small, leading=s.small * 1.35),
        "cell_bold": style("cell_bold", fontName=BOLD, fontSize=s.small, leading=s.small * 1.35),
    }


def sizes(large: bool) -> Sizes:
    return LARGE if large else NORMAL
