"""Cases: opening one from intake answers, working through its checklist, keeping it current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from assist_app.catalog import UNKNOWN, Catalog, Library
from assist_app.catalog.answers import AnswerError, normalize_answers
from assist_app.checklist import (
    NO_LONGER,
    ChecklistChange,
    CurrentItem,
    ItemStatus,
    derive_checklist,
    diff_checklist,
    next_step,
)
from assist_app.services.case_views import case_view, summary_query, summary_view
from assist_app.services.errors import Conflict, ConsentRequired, InvalidInput, NotFound
from assist_app.services.history import record
from assist_app.services.views import CaseSummary, CaseView, CatalogUpdate
from assist_app.storage import Database
from assist_app.storage.models import Case, CaseStatus, ChecklistItem, Consent, Helper, Resident, utcnow


class CaseService:
    def __init__(self, database: Database, library: Library, today: Callable[[], dt.date] = dt.date.today):
        self._db = database
        self._library = library
        self._today = today

    # helpers ---------------------------------------------------------------------------------
    def _catalog(self, catalog_id: str) -> Catalog:
        catalog = self._library.catalog(catalog_id)
        if catalog is None:
            raise NotFound(f"No catalog {catalog_id!r} is loaded; check `assist-app catalog check`.")
        return catalog

    def _load(self, session: Session, case_id: int) -> Case:
        case = session.get(Case, case_id, options=[selectinload(Case.items)])
        if case is None:
            raise NotFound(f"No case {case_id}.")
        return case

    @staticmethod
    def _answers(catalog: Catalog, answers: Mapping[str, Any]) -> dict[str, Any]:
        try:
            return normalize_answers(catalog, answers)
        except AnswerError as exc:
            raise InvalidInput(str(exc)) from None

    @staticmethod
    def _refresh_next(case: Case, catalog: Catalog | None) -> None:
        """Denormalised soonest open step, so the open-case list is one indexed query."""
        order = {p.id: i for i, p in enumerate(catalog.procedures)} if catalog else {}
        first = next_step(case.items, order)
        case.next_due = first.due_date if first else None
        case.next_procedure_id = first.procedure_id if first else None

    def _apply(
        self, session: Session, case: Case, catalog: Catalog, helper_id: int | None
    ) -> ChecklistChange:
        derived = derive_checklist(catalog, case.event_date, case.answers, case.known_date)
        current = [_current(i) for i in case.items]
        change = diff_checklist(current, derived)
        by_id = {i.procedure_id: i for i in case.items}
        for item in derived:
            row = by_id.get(item.procedure_id)
            if row is None:
                case.items.append(
                    ChecklistItem(
                        procedure_id=item.procedure_id,
                        applies=item.applies.value,
                        due_date=item.due.date,
                        due_kind=item.due.kind.value,
                        updated_by=helper_id,
                        status=ItemStatus.TODO.value,
                        notes="",
                        blocked_reason="",
                    )
                )
            else:
                row.applies, row.due_date, row.due_kind = (
                    item.applies.value,
                    item.due.date,
                    item.due.kind.value,
                )
        for pid in change.removed:
            case.items.remove(by_id[pid])
        for pid in change.kept_no_longer_applies:
            by_id[pid].applies = NO_LONGER
        self._refresh_next(case, catalog)
        return change

    # commands --------------------------------------------------------------------------------
    def open_case(
        self,
        helper_id: int | None,
        resident_id: int,
        catalog_id: str,
        event_date: dt.date,
        answers: Mapping[str, Any],
        known_date: dt.date | None = None,
        ward: str | None = None,
    ) -> CaseView:
        catalog = self._catalog(catalog_id)
        normalized = self._answers(catalog, answers)
        if known_date is not None and known_date < event_date:
            raise InvalidInput("The day it became known cannot be before the event date.")
        with self._db.session() as session:
            if session.get(Resident, resident_id) is None:
                raise NotFound(f"No resident {resident_id}.")
            consent = select(Consent.id).where(
                Consent.resident_id == resident_id, Consent.withdrawn_at.is_(None)
            )
            if session.execute(consent.limit(1)).first() is None:
                raise ConsentRequired("Record the resident's consent before opening a case.")
            case = Case(
                resident_id=resident_id,
                catalog_id=catalog.id,
                catalog_version=catalog.version,
                event_date=event_date,
                known_date=known_date,
                answers=normalized,
                ward=ward,
                status=CaseStatus.OPEN,
                assigned_helper_id=helper_id,
                created_by=helper_id,
            )
            session.add(case)
            self._apply(session, case, catalog, helper_id)
            session.flush()
            record(
                session,
                "case_opened",
                helper_id,
                case_id=case.id,
                resident_id=resident_id,
                catalog=catalog.id,
                version=catalog.version,
                items=len(case.items),
            )
        return self.get_case(case.id)

    def set_status(
        self,
        helper_id: int | None,
        item_id: int,
        status: str,
        reason: str = "",
        expected_version: int | None = None,
    ) -> None:
        try:
            new = ItemStatus(status)
        except ValueError:
            raise InvalidInput(f"Unknown status {status!r}.") from None
        reason = reason.strip()
        if new is ItemStatus.BLOCKED and not reason:
            raise InvalidInput("Say why the step is blocked.")
        with _stale_guard(), self._db.session() as session:
            item = self._item(session, item_id, expected_version)
            old = item.status
            item.status = new.value
            item.blocked_reason = reason if new is ItemStatus.BLOCKED else ""
            item.updated_by, item.updated_at = helper_id, utcnow()
            self._refresh_next(item.case, self._library.catalog(item.case.catalog_id))
            record(
                session,
                "status_changed",
                helper_id,
                case_id=item.case_id,
                procedure_id=item.procedure_id,
                old=old,
                new=new.value,
                **({"reason": reason} if reason else {}),
            )

    def set_notes(
        self, helper_id: int | None, item_id: int, notes: str, expected_version: int | None = None
    ) -> None:
        with _stale_guard(), self._db.session() as session:
            item = self._item(session, item_id, expected_version)
            if item.notes == notes:
                return
            item.notes = notes
            item.updated_by, item.updated_at = helper_id, utcnow()
            record(
                session,
                "notes_changed",
                helper_id,
                case_id=item.case_id,
                procedure_id=item.procedure_id,
                notes=notes,
            )

    def change_answers(
        self, helper_id: int | None, case_id: int, answers: Mapping[str, Any]
    ) -> ChecklistChange:
        """Revise some answers; the checklist follows and progress on kept items stays."""
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, case_id)
            catalog = self._catalog(case.catalog_id)
            normalized = self._answers(catalog, answers)
            changed = {k: v for k, v in normalized.items() if case.answers.get(k, UNKNOWN) != v}
            if not changed:
                return ChecklistChange()
            case.answers = {**case.answers, **normalized}
            change = self._apply(session, case, catalog, helper_id)
            record(
                session,
                "answers_changed",
                helper_id,
                case_id=case_id,
                answers=changed,
                added=change.added,
                removed=change.removed,
            )
            return change

    def preview_catalog_update(self, case_id: int) -> CatalogUpdate | None:
        """What moving the case to the newest catalog would change; None if it is current."""
        with self._db.session() as session:
            case = self._load(session, case_id)
            catalog = self._catalog(case.catalog_id)
            if catalog.version == case.catalog_version:
                return None
            derived = derive_checklist(catalog, case.event_date, case.answers, case.known_date)
            change = diff_checklist([_current(i) for i in case.items], derived)
            return CatalogUpdate(case_id, case.catalog_version, catalog.version, change)

    def apply_catalog_update(self, helper_id: int | None, case_id: int) -> CatalogUpdate | None:
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, case_id)
            catalog = self._catalog(case.catalog_id)
            if catalog.version == case.catalog_version:
                return None
            # Answers to questions the new version dropped are kept: they cost nothing and
            # would be needed if the question came back.
            old_version = case.catalog_version
            change = self._apply(session, case, catalog, helper_id)
            case.catalog_version = catalog.version
            record(
                session,
                "catalog_updated",
                helper_id,
                case_id=case_id,
                old=old_version,
                new=catalog.version,
                added=change.added,
                removed=change.removed,
            )
            return CatalogUpdate(case_id, old_version, catalog.version, change)

    def hand_over(self, helper_id: int | None, case_id: int, to_helper_id: int, note: str = "") -> None:
        """Give the case to another helper, with a note on where things stand."""
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, case_id)
            if session.get(Helper, to_helper_id) is None:
                raise NotFound(f"No helper {to_helper_id}.")
            old = case.assigned_helper_id
            case.assigned_helper_id = to_helper_id
            record(
                session,
                "handed_over",
                helper_id,
                case_id=case_id,
                old=old,
                new=to_helper_id,
                note=note.strip(),
            )

    def close_case(self, helper_id: int | None, case_id: int) -> None:
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, case_id)
            case.status, case.closed_at = CaseStatus.CLOSED, utcnow()
            record(session, "case_closed", helper_id, case_id=case_id)

    # queries ---------------------------------------------------------------------------------
    def get_case(self, case_id: int, lang: str = "ja") -> CaseView:
        with self._db.session() as session:
            case = self._load(session, case_id)
            return case_view(session, case, self._library.catalog(case.catalog_id), lang)

    def list_open_cases(
        self,
        limit: int = 50,
        offset: int = 0,
        lang: str = "ja",
        helper_id: int | None = None,
        resident_ids: Collection[int] | None = None,
    ) -> list[CaseSummary]:
        """Open cases, soonest next due date first (so overdue ones lead); undated ones last."""
        stmt = summary_query().where(Case.status == CaseStatus.OPEN)
        if helper_id is not None:
            stmt = stmt.where(Case.assigned_helper_id == helper_id)
        if resident_ids is not None:
            stmt = stmt.where(Case.resident_id.in_(list(resident_ids)))
        stmt = stmt.order_by(Case.next_due.is_(None), Case.next_due, Case.id).limit(limit).offset(offset)
        with self._db.session() as session:
            return [
                summary_view(row, self._library.catalog(row.catalog_id), lang)
                for row in session.execute(stmt)
            ]

    # internals -------------------------------------------------------------------------------
    def _item(self, session: Session, item_id: int, expected_version: int | None) -> ChecklistItem:
        item = session.get(ChecklistItem, item_id)
        if item is None:
            raise NotFound(f"No checklist item {item_id}.")
        if expected_version is not None and item.row_version != expected_version:
            raise Conflict("This step was changed by someone else meanwhile; reload the case to see it.")
        return item


@contextmanager
def _stale_guard() -> Iterator[None]:
    """Turns SQLAlchemy's optimistic-locking error into a Conflict the helper can act on."""
    try:
        yield
    except StaleDataError:
        raise Conflict("This case was changed by someone else meanwhile; reload it and try again.") from None


def _current(item: ChecklistItem) -> CurrentItem:
    touched = item.status != ItemStatus.TODO or bool(item.notes)
    return CurrentItem(item.procedure_id, item.applies, item.due_date, touched)
