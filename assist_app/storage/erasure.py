"""Erasing residents' records for real, past the append-only guard on the history.

The marker row lives only inside the erasing transaction (writers are serialised by BEGIN
IMMEDIATE), so no other write ever sees the guard lowered.

Deleting rows is not enough: SQLite leaves their bytes in free pages and in the write-ahead log.
The erasing connection turns on ``secure_delete`` (freed content is overwritten with zeros), and
after the commit ``scrub_freed_space`` empties the write-ahead log and rebuilds the file
(VACUUM), so the name is gone from every byte of the database file.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Delete, Engine, delete, text
from sqlalchemy.orm import Session

from assist_app.storage.models import Case, Resident


def _erase(session: Session, statement: Delete) -> None:
    """Run ``statement`` with the history's guard lowered for this transaction only."""
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))
    session.execute(text("INSERT INTO erasure_marker (id) VALUES (1)"))
    try:
        session.execute(statement)
    finally:
        session.execute(text("DELETE FROM erasure_marker"))
    session.expire_all()


def erase_residents(session: Session, resident_ids: Collection[int]) -> None:
    """Delete the residents and, by cascade, their consents, cases, items and history."""
    if resident_ids:
        _erase(session, delete(Resident).where(Resident.id.in_(list(resident_ids))))


def erase_resident(session: Session, resident_id: int) -> None:
    erase_residents(session, [resident_id])


def erase_cases(session: Session, case_ids: Collection[int]) -> None:
    """Delete cases and, by cascade, their checklist items and history."""
    if case_ids:
        _erase(session, delete(Case).where(Case.id.in_(list(case_ids))))


def scrub_freed_space(engine: Engine) -> None:
    """After an erasure has committed: fold the write-ahead log into the file and truncate it, then
    VACUUM (a fresh copy of the live pages only). Nothing to do here on PostgreSQL, whose server
    reclaims dead rows on its own schedule and whose files are the server's to protect."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # VACUUM cannot run inside a transaction
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
