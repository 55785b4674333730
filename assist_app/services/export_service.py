"""Everything held about one resident, for the resident: a JSON file and a readable PDF built from
the same content (their details, consents, cases with answers, steps, notes and history, and
who looked at their records when). File names carry the record number, never a name."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from assist_app.catalog import UNKNOWN, Library, Question, QuestionType
from assist_app.messages.cases import NO_RESIDENT
from assist_app.services.access import Actor, check_resident, records_denials
from assist_app.services.errors import NotFound
from assist_app.services.history import audit
from assist_app.storage import Database
from assist_app.storage.files import write_durably
from assist_app.storage.models import AuditEntry, Case, Consent, Helper, HistoryEntry, Resident, utcnow

FORMAT = "assist-app resident record 1"
_ANSWER_WORDS = {
    "ja": {"yes": "はい", "no": "いいえ", UNKNOWN: "わからない"},
    "en": {"yes": "yes", "no": "no", UNKNOWN: "don't know"},
}


def answer_words(question: Question | None, value: Any, lang: str) -> str:
    """An intake answer as the resident would say it (the stored value is kept beside it)."""
    words = _ANSWER_WORDS["en" if lang == "en" else "ja"]
    if (
        isinstance(value, str)
        and value in words
        and (question is None or value == UNKNOWN or question.type == QuestionType.YES_NO)
    ):
        return words[value]
    if question is not None and isinstance(value, str):
        option = question.option(value)
        if option is not None:
            return option.label.get(lang)
    unit = question.unit.get(lang) if question is not None and question.unit else ""
    return f"{value}{unit}" if unit and not isinstance(value, str) else str(value)


@dataclass(frozen=True)
class ExportedFiles:
    json_path: Path
    pdf_path: Path


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class ExportService:
    def __init__(self, database: Database, library: Library, now: Callable[[], dt.datetime] = utcnow) -> None:
        self._db, self._library, self._now = database, library, now

    def _record(self, session, resident: Resident, lang: str) -> dict[str, Any]:
        names = dict(session.execute(select(Helper.id, Helper.name)).all())
        cases = session.scalars(
            select(Case)
            .where(Case.resident_id == resident.id)
            .options(selectinload(Case.items))
            .order_by(Case.id)
        ).all()
        case_ids = [c.id for c in cases]
        history = session.scalars(
            select(HistoryEntry)
            .where(or_(HistoryEntry.resident_id == resident.id, HistoryEntry.case_id.in_(case_ids)))
            .order_by(HistoryEntry.id)
        ).all()
        access = session.scalars(
            select(AuditEntry)
            .where(or_(AuditEntry.resident_id == resident.id, AuditEntry.case_id.in_(case_ids)))
            .order_by(AuditEntry.id)
        ).all()
        consents = session.scalars(
            select(Consent).where(Consent.resident_id == resident.id).order_by(Consent.id)
        ).all()
        return {
            "format": FORMAT,
            "exported_at": _iso(self._now().replace(microsecond=0)),
            "times": "UTC",
            "language": lang,
            "resident": {
                "id": resident.id,
                "name": resident.name,
                "kana": resident.kana,
                "birth_date": _iso(resident.birth_date),
                "phone": resident.phone,
                "address": resident.address,
                "preferred_language": resident.preferred_language,
                "large_print": resident.large_print,
                "needs": resident.needs,
                "recorded_at": _iso(resident.created_at),
                "recorded_by": names.get(resident.created_by),
            },
            "consents": [
                {
                    "scope": c.scope,
                    "given_on": _iso(c.given_on),
                    "paper_form": c.paper_form,
                    "recorded_by": names.get(c.recorded_by),
                    "recorded_at": _iso(c.recorded_at),
                    "withdrawn_at": _iso(c.withdrawn_at),
                }
                for c in consents
            ],
            "history": [  # about the resident, outside any case (added, consent recorded …)
                {"at": _iso(h.at), "helper": names.get(h.helper_id), "action": h.action, "detail": h.detail}
                for h in history
                if h.case_id is None
            ],
            "cases": [self._case(case, names, lang, history) for case in cases],
            "access_log": [
                {
                    "at": _iso(a.at),
                    "helper": names.get(a.helper_id),
                    "role": a.role,
                    "kind": a.kind,
                    "action": a.action,
                    "case_id": a.case_id,
                }
                for a in access
            ],
        }

    def _case(self, case: Case, names: dict, lang: str, history: list[HistoryEntry]) -> dict[str, Any]:
        catalog = self._library.catalog(case.catalog_id)
        questions = {q.id: q for q in catalog.questions} if catalog else {}
        procedures = {p.id: p for p in catalog.procedures} if catalog else {}

        def question(qid: str) -> str:
            return questions[qid].text.get(lang) if qid in questions else qid

        def title(pid: str | None) -> str | None:
            return procedures[pid].title.get(lang) if pid in procedures else pid

        return {
            "id": case.id,
            "life_event": catalog.title.get(lang) if catalog else case.catalog_id,
            "catalog": case.catalog_id,
            "catalog_version": case.catalog_version,
            "event_date": _iso(case.event_date),
            "known_date": _iso(case.known_date),
            "ward": case.ward,
            "status": case.status,
            "helper": names.get(case.assigned_helper_id),
            "opened_at": _iso(case.created_at),
            "closed_at": _iso(case.closed_at),
            "answers": [
                {"question": question(k), "answer": answer_words(questions.get(k), v, lang), "value": v}
                for k, v in sorted(case.answers.items())
            ],
            "steps": [
                {
                    "procedure": i.procedure_id,
                    "title": title(i.procedure_id),
                    "applies": i.applies,
                    "due_date": _iso(i.due_date),
                    "status": i.status,
                    "blocked_reason": i.blocked_reason,
                    "notes": i.notes,
                    "updated_at": _iso(i.updated_at),
                    "updated_by": names.get(i.updated_by),
                }
                for i in case.items
            ],
            "history": [
                {
                    "at": _iso(h.at),
                    "helper": names.get(h.helper_id),
                    "action": h.action,
                    "step": title(h.procedure_id),
                    "detail": h.detail,
                }
                for h in history
                if h.case_id == case.id
            ],
        }

    @records_denials
    def resident_record(self, actor: Actor, resident_id: int, lang: str | None = None) -> dict[str, Any]:
        """The content of the export, as plain JSON-ready data; recorded as an export."""
        with self._db.session() as session:
            resident = session.get(Resident, resident_id)
            if resident is None:
                raise NotFound(NO_RESIDENT(resident_id=resident_id))
            check_resident(session, actor, resident_id)
            record = self._record(session, resident, lang or resident.preferred_language)
            audit(session, actor, "export", "resident_exported", resident_id=resident_id)
            return record

    def export_resident(
        self, actor: Actor, resident_id: int, out_dir: Path, lang: str | None = None
    ) -> ExportedFiles:
        """Write ``resident-<id>.json`` and ``resident-<id>.pdf`` into ``out_dir``."""
        from assist_app.printing.resident_record import build_resident_record  # ReportLab: only here

        record = self.resident_record(actor, resident_id, lang)
        out_dir.mkdir(parents=True, exist_ok=True)
        json_path = out_dir / f"resident-{resident_id}.json"
        pdf_path = out_dir / f"resident-{resident_id}.pdf"
        write_durably(json_path, json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"))
        write_durably(pdf_path, build_resident_record(record))
        return ExportedFiles(json_path, pdf_path)
