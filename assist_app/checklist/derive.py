"""Which procedures apply, and when each falls due.

A procedure applies when its condition is yes, is kept as "to confirm" when the condition is
unknown, and is left out only when the condition is no. A deadline override is used only when its
condition is yes: with an unknown answer the default (shorter, domestic) deadline stands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from assist_app.catalog.conditions import Truth, evaluate, is_unknown, questions_in
from assist_app.catalog.model import Catalog, Deadline, Procedure
from assist_app.deadlines import Due, compute_due


class Applies(StrEnum):
    YES = "yes"
    TO_CONFIRM = "to_confirm"


@dataclass(frozen=True, slots=True)
class DerivedItem:
    procedure: Procedure
    applies: Applies
    deadline: Deadline  # the rule used, after overrides
    due: Due
    to_confirm: tuple[str, ...] = ()  # question ids whose "don't know" leaves this open

    @property
    def procedure_id(self) -> str:
        return self.procedure.id


def _context(answers: Mapping[str, Any], event_date: dt.date, known_date: dt.date | None) -> dict:
    context = dict(answers)
    context["event_date"] = event_date.isoformat()
    context["known_date"] = (known_date or event_date).isoformat()
    return context


def _start(start: str, context: Mapping[str, Any]) -> dt.date | None:
    key = {"event": "event_date", "known": "known_date"}.get(start, start.removeprefix("answer:"))
    value = context.get(key)
    if is_unknown(value):
        return None
    try:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _deadline(procedure: Procedure, context: Mapping[str, Any]) -> Deadline:
    for override in procedure.deadline_overrides:
        if evaluate(override.when, context) is Truth.YES:
            return override.deadline
    return procedure.deadline


def unknown_questions(procedure: Procedure, answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The questions of the procedure's condition that are answered "don't know" (or not at all)."""
    ids = (q for q, _ in questions_in(procedure.applies_when) if is_unknown(answers.get(q)))
    return tuple(dict.fromkeys(ids))


def derive_item(procedure: Procedure, context: Mapping[str, Any]) -> DerivedItem | None:
    truth = evaluate(procedure.applies_when, context)
    if truth is Truth.NO:
        return None
    deadline = _deadline(procedure, context)
    due = compute_due(deadline.rule, _start(deadline.rule.start, context))
    unknown = unknown_questions(procedure, context) if truth is Truth.UNKNOWN else ()
    applies = Applies.YES if truth is Truth.YES else Applies.TO_CONFIRM
    return DerivedItem(procedure, applies, deadline, due, unknown)


def sort_key(item: DerivedItem, order: Mapping[str, int]) -> tuple:
    return (item.due.date is None, item.due.date or dt.date.max, order[item.procedure_id])


def derive_checklist(
    catalog: Catalog,
    event_date: dt.date,
    answers: Mapping[str, Any],
    known_date: dt.date | None = None,
) -> list[DerivedItem]:
    """The applicable procedures, soonest due first; undated ones last in catalog order."""
    context = _context(answers, event_date, known_date)
    order = {p.id: i for i, p in enumerate(catalog.procedures)}
    items = [item for p in catalog.procedures if (item := derive_item(p, context)) is not None]
    return sorted(items, key=lambda item: sort_key(item, order))
