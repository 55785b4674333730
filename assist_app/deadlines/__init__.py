"""Legal deadline counting (Japanese rules), free of catalogs and storage."""

from assist_app.deadlines.closed_days import is_closed_day, next_open_day
from assist_app.deadlines.rules import Due, DueKind, Period, Rule, compute_due

__all__ = ["Due", "DueKind", "Period", "Rule", "compute_due", "is_closed_day", "next_open_day"]
