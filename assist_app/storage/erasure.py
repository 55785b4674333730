"""Erasing a resident's records for real, past the append-only guard on the history.

The marker row lives only inside the erasing transaction (writers are serialised by BEGIN
IMMEDIATE), so no other write ever sees the guard lowered.
"""

from __future__ import annotations

from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from assist_app.storage.models import Resident


def erase_resident(session: Session, resident_id: int) -> None:
    """Delete the resident and, by cascade, their consents, cases, items and history."""
    session.flush()
    session.execute(text("INSERT INTO erasure_marker (id) VALUES (1)"))
    try:
        session.execute(delete(Resident).where(Resident.id == resident_id))
    finally:
        session.execute(text("DELETE FROM erasure_marker"))
