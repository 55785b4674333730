"""The full blank checklist of one life event: every procedure with its short code, when it
applies, its deadline rule, where and what to bring, and boxes to tick its status by hand."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from assist_app.catalog import Catalog, Library
from assist_app.catalog.describe import describe_deadline
from assist_app.printing.condition_words import ConditionWords
from assist_app.printing.kit_wording import kit_words
from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.styles import RULE


def checklist_sheet(
    catalog: Catalog, library: Library, lang: str, styles: dict, ward: str | None = None
) -> list:
    w = kit_words(lang)
    conditions = ConditionWords(catalog, lang)
    cell, bold = styles["cell"], styles["cell_bold"]
    rows = []
    for procedure in catalog.procedures:
        office = library.office(procedure.office, ward)
        mark = "" if procedure.verified else f" {w['unverified']}"
        office_mark = "" if office.verified else f" {w['unverified']}"
        documents = (
            "、".join(d.get(lang) for d in procedure.documents)
            if lang != "en"
            else "; ".join(d.get(lang) for d in procedure.documents)
        )
        rule = describe_deadline(procedure.deadline, lang, conditions.date_question)
        details = [
            Paragraph(
                f"<b>{escape(procedure.short_code)}</b>　<b>{escape(procedure.title.get(lang))}</b>",
                styles["body"],
            ),
            Paragraph(f"<b>{escape(w['applies'])}:</b> {escape(conditions(procedure.applies_when))}", cell),
            Paragraph(f"<b>{escape(w['deadline'])}:</b> {escape(rule)}{mark}", cell),
            Paragraph(f"<b>{escape(w['where'])}:</b> {escape(office.name.get(lang))}{office_mark}", cell),
            Paragraph(f"<b>{escape(w['bring'])}:</b> {escape(documents or w['nothing'])}", cell),
        ]
        ticks = [
            Paragraph(f"<b>{escape(procedure.short_code)}</b>", bold),
            Paragraph("<br/>".join(escape(line) for line in w["statuses"].split("|")), cell),
            Paragraph(escape(w["due_blank"]), cell),
        ]
        rows.append([details, ticks])
    # A procedure's row is never split: its status boxes must stay beside its name.
    table = Table(rows, colWidths=[140 * mm, 40 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBEFORE", (1, 0), (1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.8 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
            ]
        )
    )
    return [Paragraph(escape(w["status_help"]), styles["small"]), table]
