"""Writes the append-only history: who did what, when, to which record."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from assist_app.storage.models import HistoryEntry


def record(
    session: Session,
    action: str,
    helper_id: int | None,
    *,
    case_id: int | None = None,
    resident_id: int | None = None,
    procedure_id: str | None = None,
    **detail: Any,
) -> None:
    session.add(
        HistoryEntry(
            action=action,
            helper_id=helper_id,
            case_id=case_id,
            resident_id=resident_id,
            procedure_id=procedure_id,
            detail=detail,
        )
    )
