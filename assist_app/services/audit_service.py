"""The audit log as a supervisor reads it: the entries (newest first, filtered) and the check of
its hash chain. Reading or checking the log is itself recorded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from assist_app.messages.cases import CHECK_THE_AUDIT_LOG, READ_THE_AUDIT_LOG
from assist_app.services.access import Actor, records_denials, require_supervisor
from assist_app.services.audit_chain import ChainCheck, verify_chain
from assist_app.services.history import audit
from assist_app.storage import Database
from assist_app.storage.models import AuditEntry, Helper


@dataclass(frozen=True)
class AuditEntryView:
    id: int
    at: dt.datetime
    helper_id: int | None
    helper: str | None
    role: str
    kind: str
    action: str
    resident_id: int | None
    case_id: int | None
    record_type: str | None
    record_ids: list[int] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)


class AuditService:
    def __init__(self, database: Database) -> None:
        self._db = database

    @records_denials
    def entries(
        self,
        actor: Actor,
        *,
        limit: int = 200,
        before_id: int | None = None,
        kind: str | None = None,
        helper_id: int | None = None,
        resident_id: int | None = None,
        case_id: int | None = None,
    ) -> list[AuditEntryView]:
        require_supervisor(actor, READ_THE_AUDIT_LOG)
        stmt = select(AuditEntry, Helper.name).outerjoin(Helper, Helper.id == AuditEntry.helper_id)
        for column, value in (
            (AuditEntry.kind, kind),
            (AuditEntry.helper_id, helper_id),
            (AuditEntry.resident_id, resident_id),
            (AuditEntry.case_id, case_id),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        if before_id is not None:
            stmt = stmt.where(AuditEntry.id < before_id)
        stmt = stmt.order_by(AuditEntry.id.desc()).limit(limit)
        with self._db.session() as session:
            rows = [
                AuditEntryView(
                    e.id,
                    e.at,
                    e.helper_id,
                    name,
                    e.role,
                    e.kind,
                    e.action,
                    e.resident_id,
                    e.case_id,
                    e.record_type,
                    list(e.record_ids or []),
                    dict(e.detail or {}),
                )
                for e, name in session.execute(stmt)
            ]
            audit(session, actor, "access", "audit_read", rows=len(rows))
            return rows

    @records_denials
    def verify(self, actor: Actor) -> ChainCheck:
        """Walk the whole chain; the first broken link, if any, is in the answer."""
        require_supervisor(actor, CHECK_THE_AUDIT_LOG)
        with self._db.session() as session:
            check = verify_chain(session)
        with self._db.session() as session:
            audit(session, actor, "access", "audit_checked", ok=check.ok, rows=check.rows)
        return check
