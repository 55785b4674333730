"""Declarative applicability conditions, evaluated with three-valued logic.

An answer of "don't know" (or no answer) makes an atom unknown; unknown never becomes "no", so a
procedure whose condition is unknown is kept as "to confirm" rather than silently dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Union


class Truth(Enum):
    NO = 0
    UNKNOWN = 1
    YES = 2

    def __invert__(self) -> Truth:
        return {Truth.NO: Truth.YES, Truth.YES: Truth.NO}.get(self, Truth.UNKNOWN)


OPERATORS = ("equals", "one_of", "at_least", "at_most", "answered", "unknown", "on_or_after", "before")


@dataclass(frozen=True, slots=True)
class Atom:
    question: str
    op: str
    value: Any = None


@dataclass(frozen=True, slots=True)
class All:
    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Condition


Condition = Union[Atom, All, AnyOf, Not]  # noqa: UP007 - a runtime alias used in isinstance


def is_unknown(value: Any) -> bool:
    return value is None or value == "unknown" or value == ""


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _atom(atom: Atom, answers: Mapping[str, Any]) -> Truth:
    value = answers.get(atom.question)
    if atom.op == "unknown":
        return Truth.YES if is_unknown(value) else Truth.NO
    if atom.op == "answered":
        return Truth.NO if is_unknown(value) else Truth.YES
    if is_unknown(value):
        return Truth.UNKNOWN
    try:
        if atom.op == "equals":
            result = str(value) == str(atom.value)
        elif atom.op == "one_of":
            result = str(value) in {str(v) for v in atom.value}
        elif atom.op == "at_least":
            result = float(value) >= float(atom.value)
        elif atom.op == "at_most":
            result = float(value) <= float(atom.value)
        elif atom.op == "on_or_after":
            result = _as_date(value) >= _as_date(atom.value)
        elif atom.op == "before":
            result = _as_date(value) < _as_date(atom.value)
        else:  # the validator rejects other operators
            return Truth.UNKNOWN
    except (TypeError, ValueError):
        return Truth.UNKNOWN  # a malformed stored answer is treated as not known
    return Truth.YES if result else Truth.NO


def evaluate(condition: Condition | None, answers: Mapping[str, Any]) -> Truth:
    if condition is None:
        return Truth.YES
    if isinstance(condition, Atom):
        return _atom(condition, answers)
    if isinstance(condition, Not):
        return ~evaluate(condition.item, answers)
    results = [evaluate(c, answers) for c in condition.items]
    if isinstance(condition, All):
        return min(results, key=lambda t: t.value, default=Truth.YES)
    return max(results, key=lambda t: t.value, default=Truth.NO)


def questions_in(condition: Condition | None) -> list[tuple[str, Atom]]:
    """Every (question id, atom) the condition refers to."""
    if condition is None:
        return []
    if isinstance(condition, Atom):
        return [(condition.question, condition)]
    if isinstance(condition, Not):
        return questions_in(condition.item)
    return [pair for item in condition.items for pair in questions_in(item)]
