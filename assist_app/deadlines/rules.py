"""Deadline rules and how a due date is counted (see docs/catalog-format.md).

- Days: first day counted (戸籍法43条) ends on start + n - 1; not counted (民法140条) on start + n.
- Months and years follow the calendar (民法143条): the period ends the day before the day that
  corresponds to its first day in the last month, or that month's last day if there is none.
- A deadline on a closed day moves to the next open day when the rule says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from assist_app.deadlines.closed_days import next_open_day


class DueKind(StrEnum):
    DEADLINE = "deadline"  # a filing deadline
    CLAIM_BY = "claim_by"  # a right is lost after this day (時効)
    GUIDANCE = "guidance"  # a practical target, never a date
    NONE = "none"


class Unit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class Period:
    amount: int
    unit: Unit


@dataclass(frozen=True, slots=True)
class Rule:
    kind: DueKind
    start: str = "event"  # "event", "known" or "answer:<question id>"
    period: Period | None = None
    first_day_counted: bool = False
    counting_basis: str = ""
    extend_on_closed_day: bool = False
    closed_days_basis: str = ""


@dataclass(frozen=True, slots=True)
class Due:
    kind: DueKind
    date: dt.date | None  # None: no date (guidance, none, or the start date is unknown)
    unextended: dt.date | None = None  # the date before moving past closed days, if moved

    @property
    def moved(self) -> bool:
        return self.unextended is not None


def add_months(day: dt.date, months: int) -> tuple[dt.date, bool]:
    """The day corresponding to ``day`` ``months`` later, and whether that day exists."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    if day.day > last:
        return dt.date(year, month, last), False
    return dt.date(year, month, day.day), True


def period_end(start: dt.date, period: Period, first_day_counted: bool) -> dt.date:
    """Last day of a period whose triggering day is ``start``."""
    first = start if first_day_counted else start + dt.timedelta(days=1)  # 起算日
    if period.unit is Unit.DAYS:
        return first + dt.timedelta(days=period.amount - 1)
    months = period.amount * (12 if period.unit is Unit.YEARS else 1)
    corresponding, exists = add_months(first, months)
    return corresponding - dt.timedelta(days=1) if exists else corresponding


def compute_due(rule: Rule, start: dt.date | None) -> Due:
    """Due date of ``rule`` for the triggering day ``start`` (None when it is not known)."""
    if rule.kind in (DueKind.GUIDANCE, DueKind.NONE) or rule.period is None or start is None:
        return Due(rule.kind, None)
    end = period_end(start, rule.period, rule.first_day_counted)
    if rule.extend_on_closed_day:
        moved = next_open_day(end)
        if moved != end:
            return Due(rule.kind, moved, unextended=end)
    return Due(rule.kind, end)
