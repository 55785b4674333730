"""What re-deriving a checklist would change, computed without touching storage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from assist_app.checklist.derive import DerivedItem
from assist_app.checklist.status import NO_LONGER


@dataclass(frozen=True, slots=True)
class CurrentItem:
    procedure_id: str
    applies: str
    due_date: dt.date | None
    touched: bool  # has progress or notes that must not be thrown away


@dataclass(frozen=True, slots=True)
class DueChange:
    procedure_id: str
    old: dt.date | None
    new: dt.date | None


@dataclass
class ChecklistChange:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # untouched items that no longer apply
    kept_no_longer_applies: list[str] = field(default_factory=list)  # touched, so kept and marked
    due_changed: list[DueChange] = field(default_factory=list)
    applies_changed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.kept_no_longer_applies
            or self.due_changed
            or self.applies_changed
        )


def diff_checklist(current: Iterable[CurrentItem], derived: Iterable[DerivedItem]) -> ChecklistChange:
    change = ChecklistChange()
    existing = {c.procedure_id: c for c in current}
    wanted = {d.procedure_id: d for d in derived}
    for pid, item in wanted.items():
        old = existing.get(pid)
        if old is None:
            change.added.append(pid)
            continue
        if old.due_date != item.due.date:
            change.due_changed.append(DueChange(pid, old.due_date, item.due.date))
        if old.applies != item.applies.value:
            change.applies_changed.append(pid)
    for pid, old in existing.items():
        if pid in wanted or old.applies == NO_LONGER:
            continue
        (change.kept_no_longer_applies if old.touched else change.removed).append(pid)
    return change
