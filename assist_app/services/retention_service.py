"""Keeping residents' data no longer than its purpose: closed cases are erased once the retention
period (a policy) has passed since they were closed, and with them residents who have nothing
left here. A supervisor first sees the preview of what will go; erasing takes only what the
preview showed and is still due, then scrubs the freed space from the database file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, exists, select

from assist_app.messages.cases import APPLY_RETENTION, PREVIEW_RETENTION
from assist_app.services.access import Actor, records_denials, require_supervisor
from assist_app.services.history import audit
from assist_app.services.policy_service import PolicyService
from assist_app.storage import Database
from assist_app.storage.erasure import erase_cases, erase_residents, scrub_freed_space
from assist_app.storage.models import Case, CaseStatus, Resident, utcnow


@dataclass(frozen=True)
class DueCase:
    case_id: int
    resident_id: int
    resident_name: str
    catalog_id: str
    closed_at: dt.datetime


@dataclass(frozen=True)
class DueResident:
    resident_id: int
    name: str


@dataclass(frozen=True)
class RetentionPreview:
    retention_days: int
    cutoff: dt.datetime  # closed before this → erased
    cases: tuple[DueCase, ...]
    residents: tuple[DueResident, ...]  # nothing of theirs is left once those cases go

    @property
    def empty(self) -> bool:
        return not self.cases and not self.residents


@dataclass(frozen=True)
class RetentionResult:
    cases: int
    residents: int


class RetentionService:
    def __init__(
        self, database: Database, policies: PolicyService, now: Callable[[], dt.datetime] = utcnow
    ) -> None:
        self._db, self._policies, self._now = database, policies, now

    def _due(self, session, cutoff: dt.datetime) -> tuple[list[DueCase], list[DueResident]]:
        expired = and_(Case.status == CaseStatus.CLOSED, Case.closed_at < cutoff)
        cases = [
            DueCase(*row)
            for row in session.execute(
                select(Case.id, Case.resident_id, Resident.name, Case.catalog_id, Case.closed_at)
                .join(Resident, Resident.id == Case.resident_id)
                .where(expired)
                .order_by(Case.closed_at, Case.id)
            )
        ]
        # Residents with no case that is kept: every case expired, or none at all since before cutoff.
        kept = exists().where(Case.resident_id == Resident.id, ~expired)
        residents = [
            DueResident(*row)
            for row in session.execute(
                select(Resident.id, Resident.name)
                .where(~kept, Resident.created_at < cutoff)
                .order_by(Resident.id)
            )
        ]
        return cases, residents

    @records_denials
    def preview(self, actor: Actor) -> RetentionPreview:
        require_supervisor(actor, PREVIEW_RETENTION)
        days = self._policies.policies(actor).retention_days
        cutoff = self._now() - dt.timedelta(days=days)
        with self._db.session() as session:
            cases, residents = self._due(session, cutoff)
            audit(
                session,
                actor,
                "view",
                "retention_previewed",
                record_type="case",
                record_ids=[c.case_id for c in cases],
            )
        return RetentionPreview(days, cutoff, tuple(cases), tuple(residents))

    @records_denials
    def apply(self, actor: Actor, preview: RetentionPreview) -> RetentionResult:
        """Erase what ``preview`` listed and is still due now (nothing the supervisor did not see)."""
        require_supervisor(actor, APPLY_RETENTION)
        with self._db.session() as session:
            cases, residents = self._due(session, preview.cutoff)
            case_ids = sorted({c.case_id for c in cases} & {c.case_id for c in preview.cases})
            resident_ids = sorted(
                {r.resident_id for r in residents} & {r.resident_id for r in preview.residents}
            )
            erase_cases(session, case_ids)
            erase_residents(session, resident_ids)
            audit(session, actor, "erase", "retention_erased", record_type="case", record_ids=case_ids)
            if resident_ids:
                audit(
                    session,
                    actor,
                    "erase",
                    "retention_erased",
                    record_type="resident",
                    record_ids=resident_ids,
                )
        if case_ids or resident_ids:
            scrub_freed_space(self._db.engine)
        return RetentionResult(len(case_ids), len(resident_ids))
