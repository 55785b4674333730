"""Derives a case's checklist from a catalog, the event dates and the intake answers."""

from assist_app.checklist.derive import Applies, DerivedItem, derive_checklist
from assist_app.checklist.diff import (
    NO_LONGER,
    ChecklistChange,
    CurrentItem,
    DueChange,
    diff_checklist,
)

__all__ = [
    "NO_LONGER",
    "Applies",
    "ChecklistChange",
    "CurrentItem",
    "DerivedItem",
    "DueChange",
    "derive_checklist",
    "diff_checklist",
]
