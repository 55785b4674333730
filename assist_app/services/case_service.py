"""Cases: opening one from intake answers, working through its checklist, keeping it current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam
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
from assist_app.messages import Word, message_of
from assist_app.messages.cases import (
    BLOCKED_NEEDS_REASON,
    CASE_CHANGED_MEANWHILE,
    CHANGING_A_STEP,
    CHANGING_THE_ANSWERS,
    KNOWN_BEFORE_EVENT,
    NO_CASE,
    NO_CATALOG,
    NO_CHECKLIST_ITEM,
    NO_HELPER,
    NO_RESIDENT,
    OPENING_A_CASE,
    STEP_CHANGED_MEANWHILE,
    UNKNOWN_STATUS,
)
from assist_app.services.access import (
    VIEWER,
    Actor,
    check_case,
    check_resident,
    own_cases_clause,
    records_denials,
    require_actor,
)
from assist_app.services.case_views import case_view, summary_query, summary_view
from assist_app.services.errors import Conflict, InvalidInput, NotFound
from assist_app.services.history import record, viewed
from assist_app.services.resident_service import require_consent
from assist_app.services.views import CaseSummary, CaseView, CatalogUpdate
from assist_app.storage import Database
from assist_app.storage.models import Case, CaseStatus, ChecklistItem, Helper, Resident, utcnow


class CaseService:
    """Every call takes the signed-in helper (Actor); see services/access.py for who sees what."""

    def __init__(self, database: Database, library: Library, today: Callable[[], dt.date] = dt.date.today):
        self._db = database
        self._library = library
        self._today = today

    # helpers ---------------------------------------------------------------------------------
    def _catalog(self, catalog_id: str) -> Catalog:
        catalog = self._library.catalog(catalog_id)
        if catalog is None:
            raise NotFound(NO_CATALOG(catalog=Word("life_event", catalog_id)))
        return catalog

    def _load(self, session: Session, actor: Actor, case_id: int) -> Case:
        case = session.get(Case, case_id, options=[selectinload(Case.items)])
        if case is None:
            raise NotFound(NO_CASE(case_id=case_id))
        check_case(actor, case)
        return case

    @staticmethod
    def _answers(catalog: Catalog, answers: Mapping[str, Any]) -> dict[str, Any]:
        try:
            return normalize_answers(catalog, answers)
        except AnswerError as exc:
            raise InvalidInput(message_of(exc)) from None

    @staticmethod
    def _refresh_next(case: Case, catalog: Catalog | None) -> None:
        """Denormalised soonest open step, so the open-case list is one indexed query."""
        order = {p.id: i for i, p in enumerate(catalog.procedures)} if catalog else {}
        first = next_step(case.items, order)
        case.next_due = first.due_date if first else None
        case.next_procedure_id = first.procedure_id if first else None

    def _apply(self, session: Session, case: Case, catalog: Catalog, helper_id: int) -> ChecklistChange:
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
    @records_denials
    def open_case(
        self,
        actor: Actor,
        resident_id: int,
        catalog_id: str,
        event_date: dt.date,
        answers: Mapping[str, Any],
        known_date: dt.date | None = None,
        ward: str | None = None,
    ) -> CaseView:
        """The new case is assigned to the helper who opens it."""
        require_actor(actor)
        catalog = self._catalog(catalog_id)
        normalized = self._answers(catalog, answers)
        if known_date is not None and known_date < event_date:
            raise InvalidInput(KNOWN_BEFORE_EVENT())
        with self._db.session() as session:
            if session.get(Resident, resident_id) is None:
                raise NotFound(NO_RESIDENT(resident_id=resident_id))
            check_resident(session, actor, resident_id)
            require_consent(session, resident_id, OPENING_A_CASE)
            case = Case(
                resident_id=resident_id,
                catalog_id=catalog.id,
                catalog_version=catalog.version,
                event_date=event_date,
                known_date=known_date,
                answers=normalized,
                ward=ward,
                status=CaseStatus.OPEN,
                assigned_helper_id=actor.helper_id,
                created_by=actor.helper_id,
            )
            session.add(case)
            self._apply(session, case, catalog, actor.helper_id)
            session.flush()
            record(
                session,
                "case_opened",
                actor,
                case_id=case.id,
                resident_id=resident_id,
                catalog=catalog.id,
                version=catalog.version,
                items=len(case.items),
            )
        return self.view(actor, case.id)

    @records_denials
    def set_status(
        self,
        actor: Actor,
        item_id: int,
        status: str,
        reason: str = "",
        expected_version: int | None = None,
    ) -> None:
        try:
            new = ItemStatus(status)
        except ValueError:
            raise InvalidInput(UNKNOWN_STATUS(status=status)) from None
        reason = reason.strip()
        if new is ItemStatus.BLOCKED and not reason:
            raise InvalidInput(BLOCKED_NEEDS_REASON())
        with _stale_guard(), self._db.session() as session:
            item = self._item(session, actor, item_id, expected_version)
            old = item.status
            item.status = new.value
            item.blocked_reason = reason if new is ItemStatus.BLOCKED else ""
            item.updated_by, item.updated_at = actor.helper_id, utcnow()
            self._refresh_next(item.case, self._library.catalog(item.case.catalog_id))
            record(
                session,
                "status_changed",
                actor,
                case_id=item.case_id,
                procedure_id=item.procedure_id,
                old=old,
                new=new.value,
                **({"reason": reason} if reason else {}),
            )

    @records_denials
    def set_notes(self, actor: Actor, item_id: int, notes: str, expected_version: int | None = None) -> None:
        with _stale_guard(), self._db.session() as session:
            item = self._item(session, actor, item_id, expected_version)
            if item.notes == notes:
                return
            item.notes = notes
            item.updated_by, item.updated_at = actor.helper_id, utcnow()
            record(
                session,
                "notes_changed",
                actor,
                case_id=item.case_id,
                procedure_id=item.procedure_id,
                notes=notes,
            )

    @records_denials
    def change_answers(self, actor: Actor, case_id: int, answers: Mapping[str, Any]) -> ChecklistChange:
        """Revise some answers; the checklist follows and progress on kept items stays."""
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, actor, case_id)
            require_consent(session, case.resident_id, CHANGING_THE_ANSWERS)
            catalog = self._catalog(case.catalog_id)
            normalized = self._answers(catalog, answers)
            changed = {k: v for k, v in normalized.items() if case.answers.get(k, UNKNOWN) != v}
            if not changed:
                return ChecklistChange()
            case.answers = {**case.answers, **normalized}
            change = self._apply(session, case, catalog, actor.helper_id)
            record(
                session,
                "answers_changed",
                actor,
                case_id=case_id,
                answers=changed,
                added=change.added,
                removed=change.removed,
            )
            return change

    @records_denials
    def preview_catalog_update(self, actor: Actor, case_id: int) -> CatalogUpdate | None:
        """What moving the case to the newest catalog would change; None if it is current."""
        with self._db.session() as session:
            case = self._load(session, actor, case_id)
            catalog = self._catalog(case.catalog_id)
            if catalog.version == case.catalog_version:
                return None
            derived = derive_checklist(catalog, case.event_date, case.answers, case.known_date)
            change = diff_checklist([_current(i) for i in case.items], derived)
            return CatalogUpdate(case_id, case.catalog_version, catalog.version, change)

    @records_denials
    def apply_catalog_update(self, actor: Actor, case_id: int) -> CatalogUpdate | None:
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, actor, case_id)
            catalog = self._catalog(case.catalog_id)
            if catalog.version == case.catalog_version:
                return None
            # Answers to questions the new version dropped are kept: they cost nothing and
            # would be needed if the question came back.
            old_version = case.catalog_version
            change = self._apply(session, case, catalog, actor.helper_id)
            case.catalog_version = catalog.version
            record(
                session,
                "catalog_updated",
                actor,
                case_id=case_id,
                old=old_version,
                new=catalog.version,
                added=change.added,
                removed=change.removed,
            )
            return CatalogUpdate(case_id, old_version, catalog.version, change)

    @records_denials
    def hand_over(self, actor: Actor, case_id: int, to_helper_id: int, note: str = "") -> None:
        """Give the case to another helper, with a note on where things stand."""
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, actor, case_id)
            to_helper = session.get(Helper, to_helper_id)
            if to_helper is None or not to_helper.active:
                raise NotFound(NO_HELPER(helper_id=to_helper_id))
            old = case.assigned_helper_id
            case.assigned_helper_id = to_helper_id
            record(
                session,
                "handed_over",
                actor,
                case_id=case_id,
                old=old,
                new=to_helper_id,
                note=note.strip(),
            )

    @records_denials
    def close_case(self, actor: Actor, case_id: int) -> None:
        with _stale_guard(), self._db.session() as session:
            case = self._load(session, actor, case_id)
            case.status, case.closed_at = CaseStatus.CLOSED, utcnow()
            record(session, "case_closed", actor, case_id=case_id)

    # queries ---------------------------------------------------------------------------------
    @records_denials
    def get_case(self, actor: Actor, case_id: int, lang: str = "ja") -> CaseView:
        """The case with its checklist and history; the look is recorded in the audit log."""
        with self._db.session() as session:
            case = self._load(session, actor, case_id)
            view = case_view(session, case, self._library.catalog(case.catalog_id), lang)
            viewed(session, actor, "case_viewed", resident_id=case.resident_id, case_id=case.id)
            return view

    @records_denials
    def view(self, actor: Actor, case_id: int, lang: str = "ja") -> CaseView:
        """The case as a command reads it or hands it back (access checked, not recorded as a look:
        the command records what it did). What a helper opens to look at goes through ``get_case``."""
        with self._db.session() as session:
            case = self._load(session, actor, case_id)
            return case_view(session, case, self._library.catalog(case.catalog_id), lang)

    @records_denials
    def list_open_cases(
        self,
        actor: Actor,
        limit: int = 50,
        offset: int = 0,
        lang: str = "ja",
        helper_id: int | None = None,
        resident_ids: Collection[int] | None = None,
    ) -> list[CaseSummary]:
        """Open cases the helper may see, soonest next due date first (so overdue ones lead);
        undated ones last. ``helper_id``: only those assigned to that helper."""
        own_only = not require_actor(actor).sees_everything
        stmt = _open_list_statement(helper_id is not None, resident_ids is not None, own_only)
        params = {"limit": limit, "offset": offset, "helper_id": helper_id, VIEWER: actor.helper_id}
        if resident_ids is not None:
            params["resident_ids"] = list(resident_ids)
        with self._db.read() as conn:
            rows = conn.execute(stmt, params).all()
        found = [summary_view(row, self._library.catalog(row[4]), lang) for row in rows]
        # The list shows residents' names: recorded as a look, after the lock-free read.
        with self._db.session() as session:
            viewed(session, actor, "cases_listed", record_type="case", record_ids=[c.id for c in found])
        return found

    # internals -------------------------------------------------------------------------------
    def _item(
        self, session: Session, actor: Actor, item_id: int, expected_version: int | None
    ) -> ChecklistItem:
        item = session.get(ChecklistItem, item_id)
        if item is None:
            raise NotFound(NO_CHECKLIST_ITEM(item_id=item_id))
        check_case(actor, item.case)
        require_consent(session, item.case.resident_id, CHANGING_A_STEP)
        if expected_version is not None and item.row_version != expected_version:
            raise Conflict(STEP_CHANGED_MEANWHILE())
        return item


@cache
def _open_list_statement(by_helper: bool, by_residents: bool, own_only: bool) -> Select:
    """Built once per shape, with bound parameters: the today list is read on every refresh.
    ``own_only``: a volunteer's list, only the cases they look after (``VIEWER``)."""
    stmt = summary_query().where(Case.status == CaseStatus.OPEN)
    if own_only:
        stmt = stmt.where(own_cases_clause())
    if by_helper:
        stmt = stmt.where(Case.assigned_helper_id == bindparam("helper_id"))
    if by_residents:
        stmt = stmt.where(Case.resident_id.in_(bindparam("resident_ids", expanding=True)))
    # NULLS LAST rather than ``next_due IS NULL``: the (status, next_due, id) index serves it.
    stmt = stmt.order_by(Case.next_due.asc().nulls_last(), Case.id)
    return stmt.limit(bindparam("limit")).offset(bindparam("offset"))


@contextmanager
def _stale_guard() -> Iterator[None]:
    """Turns SQLAlchemy's optimistic-locking error into a Conflict the helper can act on."""
    try:
        yield
    except StaleDataError:
        raise Conflict(CASE_CHANGED_MEANWHILE()) from None


def _current(item: ChecklistItem) -> CurrentItem:
    touched = item.status != ItemStatus.TODO or bool(item.notes)
    return CurrentItem(item.procedure_id, item.applies, item.due_date, touched)
