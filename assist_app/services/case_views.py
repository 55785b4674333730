"""Builds the read-only views of cases from rows, with titles in the requested language."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from assist_app.catalog import Catalog
from assist_app.services.views import CaseSummary, CaseView, HistoryView, ItemView
from assist_app.storage.models import Case, Helper, HistoryEntry, Resident


def summary_query() -> Select:
    return select(
        Case.id,
        Case.resident_id,
        Resident.name,
        Resident.kana,
        Case.catalog_id,
        Case.event_date,
        Case.next_due,
        Case.next_procedure_id,
        Case.status,
        Case.assigned_helper_id,
    ).join(Resident, Resident.id == Case.resident_id)


def _title(catalog: Catalog | None, procedure_id: str | None, lang: str) -> str | None:
    if procedure_id is None:
        return None
    procedure = catalog.procedure(procedure_id) if catalog else None
    return procedure.title.get(lang) if procedure else procedure_id


def summary_view(row, catalog: Catalog | None, lang: str) -> CaseSummary:
    # Unpacked by position (summary_query's column order): rows of a list are built by the hundred.
    case_id, resident_id, name, kana, catalog_id, event_date, next_due, next_id, status, helper_id = row
    return CaseSummary(
        id=case_id,
        resident_id=resident_id,
        resident_name=name,
        resident_kana=kana,
        catalog_id=catalog_id,
        event_date=event_date,
        next_due=next_due,
        next_procedure_id=next_id,
        next_title=_title(catalog, next_id, lang),
        status=status,
        assigned_helper_id=helper_id,
    )


def case_view(session: Session, case: Case, catalog: Catalog | None, lang: str) -> CaseView:
    helper_names = dict(session.execute(select(Helper.id, Helper.name)).all())
    order = {p.id: i for i, p in enumerate(catalog.procedures)} if catalog else {}
    items = sorted(
        case.items,
        key=lambda i: (i.due_date is None, i.due_date or case.event_date.max, order.get(i.procedure_id, 999)),
    )
    item_views = []
    for item in items:
        procedure = catalog.procedure(item.procedure_id) if catalog else None
        item_views.append(
            ItemView(
                id=item.id,
                procedure_id=item.procedure_id,
                short_code=procedure.short_code if procedure else "",
                title=procedure.title.get(lang) if procedure else item.procedure_id,
                applies=item.applies,
                due_date=item.due_date,
                due_kind=item.due_kind,
                status=item.status,
                blocked_reason=item.blocked_reason,
                notes=item.notes,
                updated_at=item.updated_at,
                updated_by=helper_names.get(item.updated_by),
                row_version=item.row_version,
            )
        )
    history_helper = aliased(Helper)
    rows = session.execute(
        select(HistoryEntry, history_helper.name)
        .outerjoin(history_helper, history_helper.id == HistoryEntry.helper_id)
        .where(HistoryEntry.case_id == case.id)
        .order_by(HistoryEntry.id)
    )
    history = [HistoryView(h.at, name, h.action, h.procedure_id, h.detail) for h, name in rows]
    row = session.execute(summary_query().where(Case.id == case.id)).one()
    return CaseView(
        summary=summary_view(row, catalog, lang),
        catalog_version=case.catalog_version,
        known_date=case.known_date,
        answers=dict(case.answers),
        ward=case.ward,
        created_at=case.created_at,
        row_version=case.row_version,
        items=item_views,
        history=history,
    )
