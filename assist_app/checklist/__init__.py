"""Derives a case's checklist from a catalog, the event dates and the intake answers."""

from assist_app.checklist.derive import Applies, DerivedItem, derive_checklist
from assist_app.checklist.diff import (
    ChecklistChange,
    CurrentItem,
    DueChange,
    diff_checklist,
)
from assist_app.checklist.status import NO_LONGER, ItemStatus, next_step

__all__ = [
    "NO_LONGER",
    "Applies",
    "ChecklistChange",
    "CurrentItem",
    "DerivedItem",
    "DueChange",
    "ItemStatus",
    "derive_checklist",
    "diff_checklist",
    "next_step",
]
