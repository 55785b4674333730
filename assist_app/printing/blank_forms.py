"""The outage kit's sheets that belong to no life event: the consent form and a blank handout."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from assist_app.printing.kit_wording import kit_words
from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.styles import RULE

# Bilingual on one sheet: the resident may read either, and staff file one form.
CONSENT_POINTS = (
    (
        "手続きのご案内のため、お名前・連絡先・手続きに必要な事項（聞き取り票の回答）と手続きの進み具合を記録します。",
        "To guide you through the procedures we record your name, contact details, the answers on the intake "
        "sheet and the progress of each procedure.",
    ),
    (
        "記録は手続きのご案内にだけ使い、ご本人の同意なく他の目的に使ったり外部に渡したりしません。",
        "The records are used only for this guidance and are not used for anything else or given to anyone "
        "without your consent.",
    ),
    (
        "記録は暗号化して保管し、保存期間が過ぎたら消去します。いつでも内容の確認・写し・消去を求められます。",
        "The records are stored encrypted and erased when the retention period ends. You may ask at any time "
        "to see, copy or erase them.",
    ),
    (
        "同意はいつでも取り消せます。同意しない場合も、紙でのご案内は受けられます。",
        "You may withdraw your consent at any time. Without consent you still get guidance on paper.",
    ),
)


def consent_form(lang: str, styles: dict) -> list:
    w = kit_words(lang)
    story: list = []
    for number, (ja, en) in enumerate(CONSENT_POINTS, start=1):
        story.append(Paragraph(f"{number}. {escape(ja)}", styles["body"]))
        story.append(Paragraph(escape(en), styles["small"]))
        story.append(Spacer(1, 2 * mm))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("□ 上記に同意します。 / I agree to the above.", styles["step"]))
    story.append(
        Paragraph(
            "□ 同意しません（紙でのご案内のみ）。 / I do not agree (paper guidance only).", styles["step"]
        )
    )
    story.append(Spacer(1, 8 * mm))
    rows = [
        ["日付 / Date", "＿＿＿＿年＿＿月＿＿日"],
        ["お名前（署名） / Name (signature)", ""],
        ["代理の場合 続柄 / If signing for someone: relationship", ""],
        [f"{w['helper']} / Helper", ""],
    ]
    table = Table(
        [[Paragraph(escape(a), styles["body"]), Paragraph(escape(b), styles["body"])] for a, b in rows],
        colWidths=[80 * mm, 100 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.75, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 6 * mm),
            ]
        )
    )
    return [*story, table]


def blank_handout(lang: str, styles: dict, rows: int = 12) -> list:
    w = kit_words(lang)
    head = Table(
        [
            [
                Paragraph(escape(w["resident"]), styles["label"]),
                "",
                Paragraph(escape(w["case"]), styles["label"]),
                "",
            ],
            [
                Paragraph(escape(w["helper"]), styles["label"]),
                "",
                Paragraph(escape(w["received_on"]), styles["label"]),
                "",
            ],
        ],
        colWidths=[24 * mm, 76 * mm, 24 * mm, 56 * mm],
    )
    head.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("TOPPADDING", (0, 0), (-1, -1), 3 * mm)])
    )
    header = ["", w["col_step"], w["col_due"], w["col_where"], w["col_bring"]]
    data = [[Paragraph(f"<b>{escape(h)}</b>", styles["cell"]) for h in header]]
    data += [[Paragraph("□", styles["step"]), "", "", "", ""] for _ in range(rows)]
    table = Table(
        data, colWidths=[9 * mm, 55 * mm, 26 * mm, 45 * mm, 45 * mm], rowHeights=[None] + [15 * mm] * rows
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [
        head,
        Spacer(1, 3 * mm),
        Paragraph(escape(w["handout_help"]), styles["small"]),
        Spacer(1, 2 * mm),
        table,
    ]
