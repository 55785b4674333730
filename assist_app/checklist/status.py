"""Where a checklist item stands, and which item is the next step of a case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Protocol

NO_LONGER = "no_longer"  # `applies` of a kept item whose procedure no longer applies


class ItemStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_NEEDED = "not_needed"
    BLOCKED = "blocked"

    @property
    def is_open(self) -> bool:
        return self in (ItemStatus.TODO, ItemStatus.IN_PROGRESS, ItemStatus.BLOCKED)


class StepLike(Protocol):
    procedure_id: str
    status: str
    applies: str
    due_date: dt.date | None


def next_step(items: Iterable[StepLike], order: Mapping[str, int]) -> StepLike | None:
    """The open item due soonest (undated ones after dated ones, then in catalog order)."""
    open_items = [i for i in items if ItemStatus(i.status).is_open and i.applies != NO_LONGER]
    return min(
        open_items,
        key=lambda i: (i.due_date is None, i.due_date or dt.date.max, order.get(i.procedure_id, len(order))),
        default=None,
    )
