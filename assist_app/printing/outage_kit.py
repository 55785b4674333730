"""The outage kit: blank paper to run a counter with no computer, built from the catalogs.

For each life event an intake sheet and the full checklist; then one consent form and one blank
handout. Every page carries its sheet's form QR, so paper brought back opens the right entry form.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate

from assist_app.catalog import Library
from assist_app.messages.paper import KIT_NO_CATALOG, KIT_NO_CATALOGS
from assist_app.printing.blank_forms import blank_handout, consent_form
from assist_app.printing.checklist_sheet import checklist_sheet
from assist_app.printing.fonts import BOLD, REGULAR
from assist_app.printing.form_codes import GENERAL, KIT_VERSION, FormCode
from assist_app.printing.handout import PrintingError
from assist_app.printing.intake_sheet import intake_sheet
from assist_app.printing.kit_wording import kit_words
from assist_app.printing.page_frame import PageInfo, PageNote, numbered_canvas
from assist_app.printing.qr_drawing import draw_qr
from assist_app.printing.styles import RULE, paragraph_styles
from assist_app.printing.wording import format_date

MARGIN = 15 * mm
FORM_QR = 20 * mm


@dataclass(frozen=True)
class Sheet:
    title: str
    subtitle: str
    code: FormCode


def _frame(lang: str):
    w = kit_words(lang)

    def draw(canvas: Canvas, page: PageInfo) -> None:
        sheet: Sheet | None = page.note
        width, height = A4
        canvas.saveState()
        if sheet is not None:
            top = height - 10 * mm
            draw_qr(canvas, str(sheet.code), width - MARGIN - FORM_QR, top - FORM_QR, FORM_QR, "Q")
            canvas.setFont(REGULAR, 5.5)
            canvas.drawRightString(width - MARGIN, top - FORM_QR - 2.5 * mm, str(sheet.code))
            title_size = 15.0
            room = width - 2 * MARGIN - FORM_QR - 5 * mm
            while title_size > 9 and canvas.stringWidth(sheet.title, BOLD, title_size) > room:
                title_size -= 0.5  # a long catalog title shrinks rather than runs under the QR code
            canvas.setFont(BOLD, title_size)
            canvas.drawString(MARGIN, top - 7 * mm, sheet.title)
            canvas.setFont(REGULAR, 8.5)
            canvas.drawString(MARGIN, top - 13 * mm, sheet.subtitle)
            canvas.setStrokeColor(RULE)
            canvas.line(MARGIN, top - FORM_QR - 4 * mm, width - MARGIN, top - FORM_QR - 4 * mm)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(MARGIN, 9 * mm, w["kit"])
        canvas.drawRightString(width - MARGIN, 9 * mm, w["page"].format(n=page.number, m=page.count))
        canvas.restoreState()

    return draw


def build_outage_kit(
    library: Library,
    events: Sequence[str] | None = None,
    *,
    lang: str = "ja",
    ward: str | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    """The kit as PDF bytes: the given life events (default: every loaded catalog)."""
    ids = list(events) if events else list(library.catalogs)
    missing = [i for i in ids if library.catalog(i) is None]
    if missing or not ids:
        raise PrintingError(KIT_NO_CATALOG(catalogs=", ".join(missing)) if missing else KIT_NO_CATALOGS())
    styles = paragraph_styles(False, lang)
    w = kit_words(lang)
    printed = format_date(printed_on or dt.date.today(), lang)
    story: list = []
    for catalog_id in ids:
        catalog = library.catalog(catalog_id)
        version = w["version"].format(
            title=catalog.title.get(lang),
            version=catalog.version,
            checked=format_date(catalog.checked_on, lang),
        )
        for name, sheet_story in (
            ("intake", lambda c=catalog: intake_sheet(c, lang, styles)),
            ("checklist", lambda c=catalog: checklist_sheet(c, library, lang, styles, ward)),
        ):
            sheet = Sheet(
                f"{w[name]} — {catalog.title.get(lang)}", version, FormCode(catalog.id, catalog.version, name)
            )
            story += [PageNote(sheet), *sheet_story(), PageBreak()]
    general = f"{w['kit']} ({printed})"
    for name, sheet_story in (("consent", consent_form), ("handout", blank_handout)):
        sheet = Sheet(w[name], general, FormCode(GENERAL, KIT_VERSION, name))
        story += [PageNote(sheet), *sheet_story(lang, styles), PageBreak()]
    story.pop()  # no blank page at the end
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=10 * mm + FORM_QR + 8 * mm,
        bottomMargin=16 * mm,
        title=escape(w["kit"]),
        author="Procedure Assist",
        lang="en" if lang == "en" else "ja",
    )
    doc.build(story, canvasmaker=numbered_canvas(_frame(lang)))
    return buffer.getvalue()
