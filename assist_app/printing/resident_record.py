"""The resident's own copy of everything held about them, as a readable PDF.

Built from the same plain data as the JSON export (services/export_service.py), so the two never
disagree. Labels are Japanese or English after the resident's language; values are as stored.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from assist_app.printing.fonts import REGULAR
from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.page_frame import PageInfo, numbered_canvas
from assist_app.printing.styles import RULE, paragraph_styles

LABELS = {
    "title": ("あなたについて記録している情報", "Everything recorded about you"),
    "intro": (
        "手続きアシストに記録されている内容のすべてです。訂正や削除を希望するときは窓口にお申し出ください。",
        "This is everything Procedure Assist holds about you. Ask at the counter to correct or erase it.",
    ),
    "resident": ("ご本人", "You"),
    "name": ("氏名", "Name"),
    "kana": ("フリガナ", "Kana"),
    "birth_date": ("生年月日", "Date of birth"),
    "phone": ("電話", "Phone"),
    "address": ("住所", "Address"),
    "preferred_language": ("言語", "Language"),
    "large_print": ("大きな文字", "Large print"),
    "needs": ("配慮事項", "Needs"),
    "recorded_at": ("記録日時", "Recorded at"),
    "recorded_by": ("記録者", "Recorded by"),
    "consents": ("同意", "Consent"),
    "history": ("記録の履歴", "History"),
    "case": ("案件", "Case"),
    "answers": ("お聞きした内容", "Answers"),
    "steps": ("手続き", "Steps"),
    "access": ("記録を見た・扱った記録", "Who looked at or handled your records"),
    "exported": ("作成日時", "Made on"),
    "page": ("{n} / {m} ページ", "page {n} of {m}"),
    "record_no": ("記録番号", "Record no."),
    "none": ("なし", "none"),
    # column headings
    "scope": ("同意の内容", "What you agreed to"),
    "given_on": ("同意日", "Given on"),
    "paper_form": ("書面", "On paper"),
    "withdrawn_at": ("撤回", "Withdrawn"),
    "at": ("日時", "When"),
    "helper": ("担当者", "Helper"),
    "role": ("役割", "Role"),
    "kind": ("種類", "Kind"),
    "action": ("内容", "What"),
    "case_no": ("案件", "Case"),
    "detail": ("詳細", "Details"),
    "question": ("質問", "Question"),
    "answer": ("回答", "Answer"),
    "step": ("手続き", "Step"),
    "due": ("期限", "Due"),
    "status": ("状態", "Status"),
    "notes": ("メモ", "Notes"),
    "updated": ("更新", "Updated"),
}

# Stored words shown in the resident's language; anything else is shown as stored.
WORDS = {
    "todo": ("未着手", "to do"),
    "in_progress": ("手続き中", "in progress"),
    "done": ("完了", "done"),
    "not_needed": ("不要", "not needed"),
    "blocked": ("保留", "on hold"),
    "open": ("対応中", "open"),
    "closed": ("終了", "closed"),
    "counter_staff": ("窓口職員", "counter staff"),
    "volunteer": ("ボランティア", "volunteer"),
    "supervisor": ("責任者", "supervisor"),
    "view": ("閲覧", "viewed"),
    "change": ("変更", "changed"),
    "print": ("印刷", "printed"),
    "export": ("書き出し", "exported"),
    "scan": ("読み取り", "scanned"),
    "erase": ("削除", "erased"),
    "access": ("アクセス", "access"),
    "resident_added": ("登録", "you were registered"),
    "consent_recorded": ("同意の記録", "consent recorded"),
    "resident_updated": ("登録内容の変更", "your details changed"),
    "resident_viewed": ("登録内容の閲覧", "your details viewed"),
    "residents_found": ("検索結果に表示", "shown in a search"),
    "case_opened": ("案件の開始", "case opened"),
    "case_viewed": ("案件の閲覧", "case viewed"),
    "cases_listed": ("一覧に表示", "shown in a list"),
    "status_changed": ("状態の変更", "status changed"),
    "notes_changed": ("メモの変更", "notes changed"),
    "answers_changed": ("回答の変更", "answers changed"),
    "catalog_updated": ("手続き情報の更新", "procedure data updated"),
    "handed_over": ("担当の交代", "handed over"),
    "case_closed": ("案件の終了", "case closed"),
    "printed": ("印刷", "printed"),
    "resume_scanned": ("再開コードの読み取り", "resume code scanned"),
    "resume_applied": ("紙の内容を反映", "paper progress entered"),
    "case_recreated": ("案件の再作成", "case recreated"),
    "resident_exported": ("記録の書き出し", "record exported"),
    "refused": ("拒否されたアクセス", "access refused"),
}


def _label(key: str, lang: str) -> str:
    ja, en = LABELS[key]
    return en if lang == "en" else ja


def _word(value: Any, lang: str) -> Any:
    if isinstance(value, str) and value in WORDS:
        ja, en = WORDS[value]
        return en if lang == "en" else ja
    return value


def _local(iso: str | None) -> str | None:
    """A stored UTC time as this computer's local time, to the minute (the JSON keeps UTC)."""
    if not iso:
        return None
    moment = dt.datetime.fromisoformat(iso).replace(tzinfo=dt.UTC).astimezone()
    return f"{moment:%Y-%m-%d %H:%M}"


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False) if value else "—"
    return str(value)


class _Builder:
    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        self.lang = record.get("language", "ja")
        self.styles = paragraph_styles(False, self.lang)

    def p(self, text: Any, style: str = "body") -> Paragraph:
        return Paragraph(escape(_text(_word(text, self.lang))), self.styles[style])

    def heading(self, key: str, suffix: str = "") -> Paragraph:
        return Paragraph(escape(_label(key, self.lang) + suffix), self.styles["heading"])

    def table(self, header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        """A grid with headings (label keys); an empty one says "none" across the row."""
        data = [[self.p(_label(h, self.lang), "cell_bold") for h in header]]
        commands = [("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if rows:
            data += [[self.p(c, "cell") for c in row] for row in rows]
        else:
            data.append([self.p(_label("none", self.lang), "cell")] + [""] * (len(header) - 1))
            commands.append(("SPAN", (0, 1), (-1, 1)))
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def fields(self, values: dict[str, Any], keys: list[str]) -> Table:
        rows = [[self.p(_label(k, self.lang), "cell_bold"), self.p(values.get(k), "cell")] for k in keys]
        table = Table(rows, colWidths=[40 * mm, 130 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        return table

    def story(self) -> list:
        r, lang = self.record, self.lang
        story: list = [
            Paragraph(escape(_label("title", lang)), self.styles["heading"]),
            self.p(_label("intro", lang)),
            self.p(f"{_label('exported', lang)}: {_local(r['exported_at'])}", "small"),
            Spacer(1, 4 * mm),
            self.heading("resident"),
            self.fields(
                {**r["resident"], "recorded_at": _local(r["resident"]["recorded_at"])},
                [
                    "name",
                    "kana",
                    "birth_date",
                    "phone",
                    "address",
                    "preferred_language",
                    "large_print",
                    "needs",
                    "recorded_at",
                    "recorded_by",
                ],
            ),
            Spacer(1, 4 * mm),
            self.heading("consents"),
            self.table(
                ["scope", "given_on", "paper_form", "recorded_by", "withdrawn_at"],
                [
                    [c["scope"], c["given_on"], c["paper_form"], c["recorded_by"], _local(c["withdrawn_at"])]
                    for c in r["consents"]
                ],
                [70 * mm, 25 * mm, 20 * mm, 30 * mm, 25 * mm],
            ),
            Spacer(1, 4 * mm),
            self.heading("history"),
            self.history(r["history"]),
        ]
        for case in r["cases"]:
            story += self.case(case)
        story += [
            Spacer(1, 4 * mm),
            self.heading("access"),
            self.table(
                ["at", "helper", "role", "kind", "action", "case_no"],
                [
                    [_local(a["at"]), a["helper"], a["role"], a["kind"], a["action"], a["case_id"]]
                    for a in r["access_log"]
                ],
                [33 * mm, 32 * mm, 27 * mm, 22 * mm, 42 * mm, 14 * mm],
            ),
        ]
        return story

    def history(self, entries: list[dict]) -> Table:
        return self.table(
            ["at", "helper", "action", "detail"],
            [
                [
                    _local(h["at"]),
                    h["helper"],
                    _text(_word(h["action"], self.lang)) + (f" ({h['step']})" if h.get("step") else ""),
                    h["detail"],
                ]
                for h in entries
            ],
            [36 * mm, 30 * mm, 50 * mm, 54 * mm],
        )

    def case(self, case: dict) -> list:
        lang = self.lang
        return [
            Spacer(1, 6 * mm),
            self.heading("case", f" {case['id']}: {case['life_event']}"),
            self.p(
                f"{case['event_date']} · {_word(case['status'], lang)} · {case['helper'] or '—'} · "
                f"{case['catalog']} {case['catalog_version']}",
                "small",
            ),
            Spacer(1, 2 * mm),
            Paragraph(escape(_label("answers", lang)), self.styles["label"]),
            self.table(
                ["question", "answer"],
                [[a["question"], a["answer"]] for a in case["answers"]],
                [120 * mm, 50 * mm],
            ),
            Spacer(1, 2 * mm),
            Paragraph(escape(_label("steps", lang)), self.styles["label"]),
            self.table(
                ["step", "due", "status", "notes", "updated"],
                [
                    [
                        s["title"],
                        s["due_date"],
                        _text(_word(s["status"], lang))
                        + (f": {s['blocked_reason']}" if s["blocked_reason"] else ""),
                        s["notes"],
                        f"{_local(s['updated_at'])} {s['updated_by'] or ''}",
                    ]
                    for s in case["steps"]
                ],
                # the due column holds a whole date (YYYY-MM-DD) on one line, in either language
                [48 * mm, 28 * mm, 24 * mm, 38 * mm, 32 * mm],
            ),
            Spacer(1, 2 * mm),
            Paragraph(escape(_label("history", lang)), self.styles["label"]),
            self.history(case["history"]),
        ]

    def draw_frame(self, canvas: Canvas, page: PageInfo) -> None:
        canvas.setFont(REGULAR, 8.5)
        text = _label("page", self.lang).format(n=page.number, m=page.count)
        canvas.drawRightString(
            A4[0] - 20 * mm,
            10 * mm,
            f"{_label('record_no', self.lang)} {self.record['resident']['id']} · {text}",
        )


def build_resident_record(record: dict[str, Any]) -> bytes:
    builder = _Builder(record)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=_label("title", builder.lang),
        author="Procedure Assist",
    )
    doc.build(builder.story(), canvasmaker=numbered_canvas(builder.draw_frame))
    return out.getvalue()
