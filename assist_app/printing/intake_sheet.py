"""The blank intake sheet of one life event: every question with tick boxes, "don't know" included."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from assist_app.catalog import Catalog, QuestionType
from assist_app.printing.kit_wording import kit_words
from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.styles import RULE


def _answers_line(question, lang: str, w: dict[str, str]) -> str:
    unknown = f"□ {w['unknown']}"
    if question.type is QuestionType.YES_NO:
        boxes = [f"□ {w['yes']}", f"□ {w['no']}", unknown]
    elif question.type is QuestionType.CHOICE:
        boxes = [f"□ {o.label.get(lang)}" for o in question.options] + [unknown]
        if sum(len(b) for b in boxes) > 40:  # long options: one a line, so each box is clearly its own
            return "<br/>".join(escape(b) for b in boxes)
    elif question.type is QuestionType.DATE:
        boxes = [w["date_blank"], unknown]
    else:
        unit = question.unit.get(lang) if question.unit else ""
        boxes = [f"{w['number_blank']} {unit}".rstrip(), unknown]
    return "\u2003\u2003".join(escape(b) for b in boxes)  # em spaces: clear gaps in either script


def header_fields(catalog: Catalog, lang: str, styles: dict) -> Table:
    w = kit_words(lang)
    event = catalog.event_date_label.get(lang)
    rows = [
        [
            Paragraph(escape(w["resident"]), styles["label"]),
            "",
            Paragraph(escape(w["received_on"]), styles["label"]),
            "",
        ],
        [
            Paragraph(escape(event), styles["label"]),
            Paragraph(w["date_blank"], styles["body"]),
            Paragraph(escape(w["helper"]), styles["label"]),
            "",
        ],
    ]
    if catalog.known_date_label:
        rows.append(
            [
                Paragraph(escape(catalog.known_date_label.get(lang)), styles["label"]),
                Paragraph(w["date_blank"], styles["body"]),
                Paragraph(escape(w["case"]), styles["label"]),
                "",
            ]
        )
    rows.append([Paragraph(f"□ {escape(w['consent_given'])}", styles["body"]), "", "", ""])
    table = Table(rows, colWidths=[38 * mm, 62 * mm, 24 * mm, 56 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -2), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("SPAN", (0, -1), (-1, -1)),
            ]
        )
    )
    return table


def intake_sheet(catalog: Catalog, lang: str, styles: dict) -> list:
    w = kit_words(lang)
    story: list = [header_fields(catalog, lang, styles), Spacer(1, 4 * mm)]
    story.append(Paragraph(escape(w["intake_help"]), styles["small"]))
    rows = []
    for number, question in enumerate(catalog.questions, start=1):
        cell = [
            Paragraph(f"<b>{escape(question.text.get(lang))}</b>", styles["body"]),
            Paragraph(_answers_line(question, lang, w), styles["body"]),
        ]
        if question.help is not None:
            cell.append(Paragraph(escape(question.help.get(lang)), styles["small"]))
        rows.append([Paragraph(f"<b>Q{number}</b>", styles["nowrap"]), cell])
    table = Table(rows, colWidths=[14 * mm, 166 * mm])  # a question never splits from its boxes
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    return [*story, table]
