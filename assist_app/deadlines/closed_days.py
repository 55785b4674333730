"""Closed days of Japanese public offices.

Saturdays, Sundays, national holidays (国民の祝日に関する法律, with substitute and
"citizens'" holidays, taken from the maintained ``jpholiday`` package) and the year-end break
29 December – 3 January (行政機関の休日に関する法律1条).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


def _is_year_end_break(day: dt.date) -> bool:
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


@lru_cache(maxsize=4096)
def is_closed_day(day: dt.date) -> bool:
    import jpholiday  # here, not at the top: its import (≈20 ms) would delay the app's first list

    return day.weekday() >= 5 or _is_year_end_break(day) or jpholiday.is_holiday(day)


def next_open_day(day: dt.date) -> dt.date:
    """The day itself if offices are open, else the next day they are."""
    while is_closed_day(day):
        day += dt.timedelta(days=1)
    return day
