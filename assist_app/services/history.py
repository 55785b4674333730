"""Writes the append-only records: a case's history (who did what, with the values, for the helpers)
and the audit log (who touched which record, without names or values, for the supervisor).

Every change written to the history is also written to the audit log, so a new service that
records its changes here is audited without further work. Looking at records (views, searches,
lists) goes to the audit log only, through ``viewed``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from assist_app.services import audit_chain
from assist_app.services.access import Actor
from assist_app.storage.models import Case, HistoryEntry

# History actions that are not plain changes, by audit kind.
AUDIT_KIND = {"printed": "print", "resume_scanned": "scan", "resident_exported": "export"}


def record(
    session: Session,
    action: str,
    actor: Actor,
    *,
    case_id: int | None = None,
    resident_id: int | None = None,
    procedure_id: str | None = None,
    **detail: Any,
) -> None:
    session.add(
        HistoryEntry(
            action=action,
            helper_id=actor.helper_id,
            case_id=case_id,
            resident_id=resident_id,
            procedure_id=procedure_id,
            detail=detail,
        )
    )
    if resident_id is None and case_id is not None:
        case = session.get(Case, case_id)
        resident_id = case.resident_id if case is not None else None
    audit_chain.append(
        session,
        helper_id=actor.helper_id,
        role=actor.role,
        kind=AUDIT_KIND.get(action, "change"),
        action=action,
        resident_id=resident_id,
        case_id=case_id,
        detail={"procedure": procedure_id} if procedure_id else {},
    )


def viewed(
    session: Session,
    actor: Actor,
    action: str,
    *,
    resident_id: int | None = None,
    case_id: int | None = None,
    record_type: str | None = None,
    record_ids: Iterable[int] = (),
) -> None:
    """A look at residents' data: one record (``resident_id``/``case_id``) or a list of them."""
    audit(
        session,
        actor,
        "view",
        action,
        resident_id=resident_id,
        case_id=case_id,
        record_type=record_type,
        record_ids=record_ids,
    )


def audit(
    session: Session,
    actor: Actor | None,
    kind: str,
    action: str,
    *,
    resident_id: int | None = None,
    case_id: int | None = None,
    record_type: str | None = None,
    record_ids: Iterable[int] = (),
    **detail: Any,
) -> None:
    """Any other audited event (sign-in, export, erase, account changes); ``detail`` holds no names."""
    audit_chain.append(
        session,
        helper_id=actor.helper_id if actor else None,
        role=actor.role if actor else "anonymous",  # e.g. a sign-in that failed
        kind=kind,
        action=action,
        resident_id=resident_id,
        case_id=case_id,
        record_type=record_type,
        record_ids=record_ids,
        detail=detail,
    )
