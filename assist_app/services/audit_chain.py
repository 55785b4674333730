"""The audit log's hash chain: appending a row and checking the whole chain.

Each row's hash is SHA-256 over the previous row's hash and the row's canonical JSON form, and
rows are numbered 1, 2, 3 … without gaps. The anchor row holds the count and the last hash,
updated in the same transaction as every append: a changed row breaks its own hash, a removed
row breaks the next row's link (and the numbering), and removed last rows no longer match the
anchor. Writers are serialised (SQLite: BEGIN IMMEDIATE; elsewhere: the anchor row is locked FOR
UPDATE), so two seats never chain onto the same row.

What this proves is that the log was not edited through the app or by someone who left the
anchor alone; whoever can rewrite the whole database file can also rewrite the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from assist_app.storage.database import READ_ONLY
from assist_app.storage.models import AuditAnchor, AuditEntry, utcnow

GENESIS = "0" * 64
KINDS = ("view", "change", "print", "export", "scan", "erase", "access")


def canonical(row) -> str:
    """The row as hashed: every field but the hashes, in a fixed order, JSON with sorted keys."""
    return json.dumps(
        [
            row.id,
            row.at.isoformat(timespec="microseconds"),
            row.helper_id,
            row.role,
            row.kind,
            row.action,
            row.resident_id,
            row.case_id,
            row.record_type,
            list(row.record_ids or []),
            dict(row.detail or {}),
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def link_hash(prev_hash: str, row) -> str:
    """``row``: an AuditEntry or a plain row of the audit_log table."""
    return hashlib.sha256((prev_hash + canonical(row)).encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    helper_id: int | None,
    role: str,
    kind: str,
    action: str,
    resident_id: int | None = None,
    case_id: int | None = None,
    record_type: str | None = None,
    record_ids: Iterable[int] = (),
    detail: Mapping[str, Any] | None = None,
) -> str:
    """Add one row to the chain in ``session``'s transaction (it commits or rolls back with it);
    returns the row's hash. Plain statements, no ORM objects: lists and searches append one row
    each, on every refresh.

    A database opened read-only (what is left of a damaged file) cannot take the row: nothing is
    appended and "" is returned.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown audit kind {kind!r}")
    if session.info.get(READ_ONLY):
        return ""
    count, prev = session.execute(_ANCHOR).one()
    values = dict(
        id=count + 1,
        at=utcnow(),
        helper_id=helper_id,
        role=role,
        kind=kind,
        action=action,
        resident_id=resident_id,
        case_id=case_id,
        record_type=record_type,
        record_ids=[int(i) for i in record_ids],
        detail=dict(detail or {}),
        prev_hash=prev,
    )
    values["row_hash"] = link_hash(prev, SimpleNamespace(**values))
    session.execute(insert(AuditEntry.__table__), values)
    session.execute(_MOVE_ANCHOR, {"count": values["id"], "hash": values["row_hash"]})
    return values["row_hash"]


_ANCHOR = (
    select(AuditAnchor.__table__.c.row_count, AuditAnchor.__table__.c.last_hash)
    .where(AuditAnchor.__table__.c.id == 1)
    .with_for_update()
)
_MOVE_ANCHOR = (
    update(AuditAnchor.__table__)
    .where(AuditAnchor.__table__.c.id == 1)
    .values(row_count=bindparam("count"), last_hash=bindparam("hash"))
)


@dataclass(frozen=True)
class ChainCheck:
    rows: int
    broken_at: int | None = None  # the first row whose link does not hold
    problem: str | None = None  # in words, for the supervisor

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_chain(session: Session, batch: int = 2000) -> ChainCheck:
    """Walk the whole log in id order; the first broken link is reported."""
    prev, expected, seen = GENESIS, 1, 0
    # Plain rows, not ORM objects: a long log is checked about three times faster. On PostgreSQL
    # yield_per reads through a server-side cursor, closed here also when a broken link ends the walk.
    stmt = select(AuditEntry.__table__).order_by(AuditEntry.id).execution_options(yield_per=batch)
    with closing(session.execute(stmt)) as result:
        for row in result:
            if row.id != expected:
                if row.id == expected + 1:
                    return ChainCheck(seen, expected, f"row {expected} of the audit log was removed.")
                removed = f"rows {expected}–{row.id - 1} of the audit log were removed."
                return ChainCheck(seen, expected, removed)
            if row.prev_hash != prev:
                return ChainCheck(seen, row.id, f"row {row.id} does not follow row {row.id - 1}.")
            if link_hash(prev, row) != row.row_hash:
                return ChainCheck(seen, row.id, f"row {row.id} of the audit log was altered.")
            prev, expected, seen = row.row_hash, expected + 1, seen + 1
    anchor = session.get(AuditAnchor, 1)
    if anchor is None:
        return ChainCheck(seen, seen + 1, "the audit anchor was removed.")
    if anchor.row_count > seen:
        return ChainCheck(
            seen, seen + 1, f"the last {anchor.row_count - seen} row(s) of the audit log were removed."
        )
    if anchor.row_count != seen or anchor.last_hash != prev:
        return ChainCheck(seen, seen, "the audit anchor does not match the last row.")
    return ChainCheck(seen)
