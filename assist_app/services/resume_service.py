"""Bringing a scanned resume code back into the database.

Where the case exists here (same id, same creation time, same catalog), its statuses are compared
and every disagreement is returned for the helper to decide; nothing changes until ``apply``.
Where it does not, ``recreate`` opens a new case for a resident the helper picks. The code carries
no intake answers (they are personal), so the new case has every answer "unknown": conditional
steps show as "to confirm" until the helper asks again, and steps the paper says were not on the
checklist are left out. A refused code raises ResumeCodeRefused and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import selectinload

from assist_app.catalog import UNKNOWN, Catalog, Library
from assist_app.checklist import NO_LONGER, ItemStatus, next_step
from assist_app.messages import Word
from assist_app.messages.cases import NO_CASE
from assist_app.messages.paper import (
    CODE_CASE_NOT_HERE,
    CODE_CATALOG_DIFFERS,
    CODE_CATALOG_NOT_LOADED,
    CODE_STEP_CHANGED,
)
from assist_app.resume import TrustStore, VerifiedResume, layout_hash, verify_code
from assist_app.resume.payload import to_milliseconds
from assist_app.resume.reading import code_from_image, code_from_pdf, code_from_text
from assist_app.services.access import Actor, check_case, records_denials, require_actor
from assist_app.services.case_service import CaseService
from assist_app.services.errors import Conflict, InvalidInput, NotFound, ServiceError
from assist_app.services.history import record
from assist_app.services.views import CaseView
from assist_app.storage import Database
from assist_app.storage.models import Case, utcnow

BLOCKED_FROM_PAPER = "再開コードから（理由は記録されていません）"


class CatalogMismatch(ServiceError):
    """The code was made with a catalog whose procedure list this installation does not have."""


@dataclass(frozen=True)
class StepDisagreement:
    procedure_id: str
    short_code: str
    title: str
    paper: str  # status on the paper
    here: str  # status in this database
    here_updated_at: dt.datetime
    item_id: int
    row_version: int

    def newer(self, issued_at: dt.datetime) -> str:
        """Which side changed last: "paper" or "here" — a hint, the helper decides."""
        return "paper" if issued_at > self.here_updated_at else "here"


@dataclass(frozen=True)
class ResumeScan:
    verified: VerifiedResume
    steps: dict[str, str | None]  # procedure id → status on paper (None: not on its checklist)
    case_id: int | None  # the same case in this database, if it is here
    disagreements: tuple[StepDisagreement, ...] = ()
    agreeing: int = 0
    only_on_paper: tuple[str, ...] = ()  # on the paper's checklist, not on this case's
    only_here: tuple[str, ...] = ()

    @property
    def issued_at(self) -> dt.datetime:
        return self.verified.content.issued_at


@dataclass(frozen=True)
class RecreatedCase:
    case: CaseView
    not_restored: tuple[str, ...]  # on the paper, but not derivable without the answers


class ResumeService:
    def __init__(
        self,
        database: Database,
        library: Library,
        cases: CaseService,
        trust: Callable[[], TrustStore],
        now: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self._db, self._library, self._cases = database, library, cases
        self._trust, self._now = trust, now

    # reading ---------------------------------------------------------------------------------
    def verify(self, text: str) -> VerifiedResume:
        return verify_code(code_from_text(text), self._trust(), self._now())

    @records_denials
    def scan_text(self, actor: Actor, text: str) -> ResumeScan:
        """What the scanner typed (or a person typed) → the comparison with this database."""
        return self._scan(require_actor(actor), self.verify(text))

    @records_denials
    def scan_image(self, actor: Actor, path: Path) -> ResumeScan:
        require_actor(actor)
        return self._scan(actor, verify_code(code_from_image(path), self._trust(), self._now()))

    @records_denials
    def scan_pdf(self, actor: Actor, path: Path) -> ResumeScan:
        require_actor(actor)
        return self._scan(actor, verify_code(code_from_pdf(path), self._trust(), self._now()))

    def _catalog(self, verified: VerifiedResume) -> Catalog:
        content = verified.content
        catalog = self._library.catalog(content.catalog_id)
        if catalog is None:
            raise CatalogMismatch(CODE_CATALOG_NOT_LOADED(catalog=Word("life_event", content.catalog_id)))
        if layout_hash(p.id for p in catalog.procedures) != content.layout:
            raise CatalogMismatch(
                CODE_CATALOG_DIFFERS(
                    catalog=Word("life_event", content.catalog_id),
                    version=content.catalog_version,
                    loaded=catalog.version,
                )
            )
        return catalog

    def _scan(self, actor: Actor, verified: VerifiedResume) -> ResumeScan:
        catalog = self._catalog(verified)
        content = verified.content
        steps = {p.id: s for p, s in zip(catalog.procedures, content.statuses, strict=True)}
        origin = {"key_id": verified.signer.key_id_hex, "issued_at": content.issued_at.isoformat()}
        with self._db.session() as session:
            case = session.get(Case, content.case_id, options=[selectinload(Case.items)])
            same = (
                case is not None
                and case.catalog_id == content.catalog_id
                and to_milliseconds(case.created_at) == content.case_created_at
            )
            if not same:
                record(session, "resume_scanned", actor, found=False, origin_case=content.case_id, **origin)
                return ResumeScan(verified, steps, None)
            check_case(actor, case)
            items = {i.procedure_id: i for i in case.items if i.applies != NO_LONGER}
            disagreements, agreeing = [], 0
            for procedure in catalog.procedures:
                paper, item = steps[procedure.id], items.get(procedure.id)
                if paper is None or item is None:
                    continue
                if paper == item.status:
                    agreeing += 1
                    continue
                disagreements.append(
                    StepDisagreement(
                        procedure.id,
                        procedure.short_code,
                        procedure.title.ja,
                        paper,
                        item.status,
                        item.updated_at,
                        item.id,
                        item.row_version,
                    )
                )
            scan = ResumeScan(
                verified,
                steps,
                case.id,
                tuple(disagreements),
                agreeing,
                tuple(pid for pid, s in steps.items() if s is not None and pid not in items),
                tuple(pid for pid in items if steps.get(pid) is None),
            )
            record(
                session,
                "resume_scanned",
                actor,
                case_id=case.id,
                found=True,
                disagreements=[d.procedure_id for d in disagreements],
                **origin,
            )
            return scan

    # applying --------------------------------------------------------------------------------
    @records_denials
    def apply(self, actor: Actor, scan: ResumeScan, take_paper: Iterable[str]) -> CaseView:
        """Set the paper's status on the chosen steps; the others keep this database's status."""
        if scan.case_id is None:
            raise InvalidInput(CODE_CASE_NOT_HERE())
        chosen = {d.procedure_id: d for d in scan.disagreements if d.procedure_id in set(take_paper)}
        with self._db.session() as session:
            case = session.get(Case, scan.case_id, options=[selectinload(Case.items)])
            if case is None:
                raise NotFound(NO_CASE(case_id=scan.case_id))
            check_case(actor, case)
            by_id = {i.id: i for i in case.items}
            for pid, disagreement in chosen.items():
                item = by_id.get(disagreement.item_id)
                if item is None or item.row_version != disagreement.row_version:
                    raise Conflict(CODE_STEP_CHANGED(step=disagreement.short_code))
                old = item.status
                _set_status(item, disagreement.paper, actor.helper_id)
                record(
                    session,
                    "status_changed",
                    actor,
                    case_id=case.id,
                    procedure_id=pid,
                    old=old,
                    new=disagreement.paper,
                    source="resume_code",
                )
            _refresh_next(case, self._library.catalog(case.catalog_id))
            kept = [d.procedure_id for d in scan.disagreements if d.procedure_id not in chosen]
            record(
                session,
                "resume_applied",
                actor,
                case_id=case.id,
                taken_from_paper=list(chosen),
                kept_here=kept,
            )
        return self._cases.view(actor, scan.case_id)

    @records_denials
    def recreate(
        self, actor: Actor, scan: ResumeScan, resident_id: int, ward: str | None = None
    ) -> RecreatedCase:
        """A new case for ``resident_id`` with the paper's progress; every answer is "unknown"."""
        content = scan.verified.content
        catalog = self._catalog(scan.verified)
        answers = {q.id: UNKNOWN for q in catalog.questions}
        view = self._cases.open_case(
            actor, resident_id, catalog.id, content.event_date, answers, content.known_date, ward
        )
        with self._db.session() as session:
            case = session.get(Case, view.id, options=[selectinload(Case.items)])
            for item in list(case.items):
                status = scan.steps.get(item.procedure_id)
                if status is None:
                    case.items.remove(item)  # the paper says it was not on this resident's checklist
                elif status != ItemStatus.TODO:
                    _set_status(item, status, actor.helper_id)
            _refresh_next(case, catalog)
            present = {i.procedure_id for i in case.items}
            missing = tuple(pid for pid, s in scan.steps.items() if s is not None and pid not in present)
            record(
                session,
                "case_recreated",
                actor,
                case_id=case.id,
                resident_id=resident_id,
                origin_case=content.case_id,
                key_id=scan.verified.signer.key_id_hex,
                issued_at=content.issued_at.isoformat(),
                answers="unknown",
                not_restored=list(missing),
            )
        return RecreatedCase(self._cases.view(actor, view.id), missing)


def _set_status(item, status: str, helper_id: int) -> None:
    item.status = status
    item.blocked_reason = BLOCKED_FROM_PAPER if status == ItemStatus.BLOCKED else ""
    item.updated_by, item.updated_at = helper_id, utcnow()


def _refresh_next(case: Case, catalog: Catalog | None) -> None:
    """Keep the denormalised next step current, as CaseService does after every change."""
    order = {p.id: i for i, p in enumerate(catalog.procedures)} if catalog else {}
    first = next_step(case.items, order)
    case.next_due = first.due_date if first else None
    case.next_procedure_id = first.procedure_id if first else None
