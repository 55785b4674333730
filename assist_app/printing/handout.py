"""The resident's handout: every remaining step of one case, soonest first, on A4.

Input is plain data (a CaseView, the resident's view, the helper's name, the Library), so the same
call serves the GUI, the command line and batch printing, and needs no database session.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from assist_app.catalog import Library
from assist_app.catalog.describe import describe_deadline
from assist_app.catalog.model import Deadline, Office
from assist_app.checklist import NO_LONGER, ItemStatus, derive_checklist
from assist_app.messages import Word
from assist_app.messages.paper import HANDOUT_NO_CATALOG
from assist_app.printing.fonts import REGULAR
from assist_app.printing.line_breaking import Paragraph
from assist_app.printing.marks import TickBox
from assist_app.printing.page_frame import PageInfo, numbered_canvas
from assist_app.printing.qr_drawing import QrFlowable
from assist_app.printing.step_block import StepBlock
from assist_app.printing.styles import RULE, paragraph_styles, sizes
from assist_app.printing.wording import format_date, kind_label, words

if TYPE_CHECKING:
    from assist_app.services.views import CaseView, ItemView, ResidentView

MARGIN = 15 * mm


class PrintingError(Exception):
    """The document cannot be made from this input; the message says why."""


@dataclass(frozen=True)
class HandoutJob:
    """Everything one handout needs, for batches."""

    case: CaseView
    resident: ResidentView
    helper_name: str
    lang: str = "ja"
    large: bool = False
    resume_code: str | None = None


def open_steps(case: CaseView) -> list[ItemView]:
    """Steps still to do (to do, in progress, blocked), soonest due first, undated last."""
    steps = [i for i in case.items if ItemStatus(i.status).is_open and i.applies != NO_LONGER]
    return sorted(steps, key=lambda i: (i.due_date is None, i.due_date or dt.date.max))


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


class _Handout:
    def __init__(self, case, library: Library, resident, helper_name, lang, large, resume_code, printed_on):
        catalog = library.catalog(case.summary.catalog_id)
        if catalog is None:
            raise PrintingError(HANDOUT_NO_CATALOG(catalog=Word("life_event", case.summary.catalog_id)))
        self.case, self.library, self.catalog = case, library, catalog
        self.resident, self.helper_name = resident, helper_name
        self.lang, self.large, self.resume_code, self.printed_on = lang, large, resume_code, printed_on
        self.w = words(lang)
        self.st = paragraph_styles(large, lang)
        self.sz = sizes(large)
        derived = derive_checklist(catalog, case.summary.event_date, case.answers, case.known_date)
        self.deadlines: dict[str, Deadline] = {d.procedure_id: d.deadline for d in derived}

    # ------------------------------------------------------------------ frame
    def draw_frame(self, canvas: Canvas, page: PageInfo) -> None:
        w, s = self.w, self.sz
        width, height = A4
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = height - 12 * mm
        left = f"{w['title']} — {w['honorific'].format(name=self.resident.name)}"
        right = f"{w['case']} {self.case.id}   {w['helper']} {self.helper_name or '—'}"
        _fit_line(canvas, left, MARGIN, top, width / 2 - MARGIN, s.frame)
        _fit_line(canvas, right, width - MARGIN, top, width / 2 - MARGIN - 4 * mm, s.frame, align="right")
        canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        bottom = 9 * mm
        canvas.line(MARGIN, bottom + s.frame + 2 * mm, width - MARGIN, bottom + s.frame + 2 * mm)
        checked = format_date(self.catalog.checked_on, self.lang)
        catalog = w["catalog"].format(version=self.catalog.version, checked=checked)
        printed = w["printed"].format(date=format_date(self.printed_on, self.lang))
        page_text = w["page"].format(n=page.number, m=page.count)
        page_width = canvas.stringWidth(page_text, REGULAR, s.frame)
        _fit_line(
            canvas,
            f"{catalog}   {printed}",
            MARGIN,
            bottom,
            width - 2 * MARGIN - page_width - 8 * mm,
            s.frame,
        )
        _fit_line(canvas, page_text, width - MARGIN, bottom, page_width, s.frame, align="right")
        canvas.restoreState()

    # ------------------------------------------------------------------ content
    def opening(self, steps: list[ItemView]) -> list:
        w, st, c = self.w, self.st, self.case
        event = format_date(c.summary.event_date, self.lang)
        left = [
            _p(w["honorific"].format(name=self.resident.name), st["step"]),
            _p(f"{self.catalog.event_date_label.get(self.lang)}: {event}", st["body"]),
        ]
        if c.known_date and c.known_date != c.summary.event_date and self.catalog.known_date_label:
            label = self.catalog.known_date_label.get(self.lang)
            left.append(_p(f"{label}: {format_date(c.known_date, self.lang)}", st["body"]))
        left += [
            Spacer(1, 2 * mm),
            _p(w["intro"], st["body"]),
            _p(w["steps_left"].format(n=len(steps)) if steps else w["no_steps"], st["label"]),
        ]
        right = self.resume_block()
        width = A4[0] - 2 * MARGIN
        right_width = self.sz.resume_qr + (24 if self.large else 16) * mm
        table = Table([[left, right]], colWidths=[width - right_width, right_width])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("BOX", (1, 0), (1, 0), 0.75, RULE),
                    ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ]
            )
        )
        # The title spans the page: beside the resume code it would break in the middle of a word.
        return [_p(self.catalog.title.get(self.lang), st["heading"]), table, Spacer(1, 4 * mm)]

    def resume_block(self) -> list:
        w, st = self.w, self.st
        if not self.resume_code:
            return [_p(w["resume_title"], st["label"]), _p(w["no_resume"], st["small"])]
        return [
            _p(w["resume_title"], st["label"]),
            QrFlowable(self.resume_code, self.sz.resume_qr, "Q"),
            _p(w["resume_text"], st["caption"]),
        ]

    def office_lines(self, office: Office) -> list[Paragraph]:
        w, st, lang = self.w, self.st, self.lang
        mark = "" if office.verified else f" {w['unverified']}"
        lines = [
            Paragraph(
                f"<b>{escape(w['where'])}:</b> {escape(office.name.get(lang))}{escape(mark)}", st["body"]
            )
        ]
        for key, value in (
            ("counter", office.counter.get(lang) if office.counter else ""),
            ("address", office.address.get(lang) if office.address else ""),
            ("hours", office.hours.get(lang) if office.hours else ""),
            ("phone", office.phone or ""),
        ):
            if value:
                lines.append(Paragraph(f"{escape(w[key])}: {escape(value)}", st["body"]))
        return lines

    def question_text(self, question_id: str) -> str:
        question = self.catalog.question(question_id)
        return f"「{question.text.get(self.lang)}」" if question else question_id

    def due_line(self, item: ItemView) -> list[Paragraph]:
        w, st, lang = self.w, self.st, self.lang
        kind = kind_label(item.due_kind, lang)
        kind = kind[:1].upper() + kind[1:]
        deadline = self.deadlines.get(item.procedure_id)
        procedure = self.catalog.procedure(item.procedure_id)
        if deadline is None and procedure is not None:
            deadline = procedure.deadline
        if item.due_date is not None:
            text = f"{kind}: {format_date(item.due_date, lang)}"
        elif deadline is not None and deadline.note is not None:
            text = f"{kind}: {deadline.note.get(lang)}"
        elif deadline is not None and deadline.rule.period is not None:
            rule = describe_deadline(deadline, lang, self.question_text)
            text = f"{kind}: {w['no_date']} — {rule}"
        else:
            text = kind
        if procedure is not None and not procedure.verified:
            text = f"{text} {w['unverified']}"
        out = [_p(text, st["due"])]
        if item.due_date is not None and deadline is not None and deadline.note is not None:
            out.append(_p(deadline.note.get(lang), st["small"]))
        if item.due_date is not None and item.due_date < self.printed_on:
            out.append(Paragraph(f"<b>！ {escape(w['overdue'])}</b>", st["body"]))
        return out

    def step(self, item: ItemView) -> StepBlock:
        w, st, lang, sz = self.w, self.st, self.lang, self.sz
        procedure = self.catalog.procedure(item.procedure_id)
        title = procedure.title.get(lang) if procedure else item.title
        status = ""
        if item.status == ItemStatus.IN_PROGRESS:
            status = f"［{w['in_progress']}］"
        elif item.status == ItemStatus.BLOCKED:
            reason = f"：{item.blocked_reason}" if item.blocked_reason and lang != "en" else ""
            reason = f": {item.blocked_reason}" if item.blocked_reason and lang == "en" else reason
            status = f"［{w['blocked']}{reason}］"
        code = (
            f' <font size="{sz.small}" color="#555555">{escape(item.short_code)}</font>'
            if item.short_code
            else ""
        )
        head: list = [Paragraph(f"{escape(title)}{code}", st["step"])]
        if status:
            head.append(_p(status, st["label"]))
        # The heading (name and due date) never ends a page alone; the rest may flow to the next.
        due, *due_notes = self.due_line(item)
        head.append(due)
        body: list = due_notes
        if item.applies == "to_confirm":
            body.append(Paragraph(f"<b>{escape(w['to_confirm'])}</b>", st["body"]))
        if procedure is not None:
            body.append(_p(procedure.what.get(lang), st["body"]))
            body += self.office_lines(self.library.office(procedure.office, self.case.ward))
            body.append(Paragraph(f"<b>{escape(w['bring'])}:</b>", st["lead_in"]))
            docs = [d.get(lang) for d in procedure.documents] or [w["nothing_to_bring"]]
            body += [Paragraph(escape(d), st["bullet"], bulletText="・") for d in docs]
            if procedure.note is not None:
                body.append(_p(procedure.note.get(lang), st["small"]))
        side: list = []
        if procedure is not None and procedure.url:
            side = [QrFlowable(procedure.url, sz.qr, "Q"), _p(w["official_page"], st["qr_label"])]
        return StepBlock(
            head,
            body,
            box=TickBox(sz.checkbox, 1.2 if self.large else 1.0),
            side=side,
            box_width=sz.checkbox + 4 * mm,
            side_width=sz.qr + 2 * mm if side else 0,
            padding=3 * mm,
            gutter=sz.step,
            min_lines=2 * st["body"].leading,
            continued=lambda: _p(f"{title}{w['continued']}", st["label"]),
        )

    def has_unverified(self, steps: list[ItemView]) -> bool:
        for item in steps:
            procedure = self.catalog.procedure(item.procedure_id)
            if procedure is not None and (
                not procedure.verified or not self.library.office(procedure.office, self.case.ward).verified
            ):
                return True
        return False

    def story(self) -> list:
        steps = open_steps(self.case)
        story = self.opening(steps)
        if self.has_unverified(steps):
            story.insert(-1, _p(self.w["legend_unverified"], self.st["small"]))
        return story + [self.step(item) for item in steps]


def _fit_line(
    canvas: Canvas, text: str, x: float, y: float, max_width: float, size: float, align="left"
) -> None:
    """One line of header or footer text, made smaller rather than cut when it is too long."""
    while size > 5 and canvas.stringWidth(text, REGULAR, size) > max_width:
        size -= 0.5
    canvas.setFont(REGULAR, size)
    (canvas.drawRightString if align == "right" else canvas.drawString)(x, y, text)


def build_handout(
    case: CaseView,
    library: Library,
    resident: ResidentView,
    helper_name: str,
    *,
    lang: str = "ja",
    large: bool = False,
    resume_code: str | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    """The handout as PDF bytes."""
    handout = _Handout(
        case, library, resident, helper_name, lang, large, resume_code, printed_on or dt.date.today()
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=f"{handout.w['title']} {case.id}",
        author="Procedure Assist",
        lang="en" if lang == "en" else "ja",
    )
    story = handout.story()
    doc.build(story, canvasmaker=numbered_canvas(handout.draw_frame))
    return buffer.getvalue()


def build_job(job: HandoutJob, library: Library, printed_on: dt.date | None = None) -> bytes:
    return build_handout(
        job.case,
        library,
        job.resident,
        job.helper_name,
        lang=job.lang,
        large=job.large,
        resume_code=job.resume_code,
        printed_on=printed_on,
    )
