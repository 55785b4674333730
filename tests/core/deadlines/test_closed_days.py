import datetime as dt

import pytest

from assist_app.deadlines import is_closed_day, next_open_day

D = dt.date


@pytest.mark.parametrize(
    "day",
    [
        D(2026, 12, 29),
        D(2026, 12, 31),
        D(2027, 1, 1),
        D(2027, 1, 3),  # year-end break
        D(2026, 11, 28),
        D(2026, 11, 29),  # Saturday, Sunday
        D(2026, 11, 23),  # 勤労感謝の日
        D(2026, 5, 6),  # substitute holiday
        D(2026, 9, 22),  # 国民の休日
    ],
)
def test_closed(day):
    assert is_closed_day(day)


@pytest.mark.parametrize("day", [D(2026, 12, 28), D(2027, 1, 4), D(2026, 11, 24), D(2028, 2, 29)])
def test_open(day):
    assert not is_closed_day(day)


def test_next_open_day_after_new_year():
    assert next_open_day(D(2026, 12, 29)) == D(2027, 1, 4)
    assert next_open_day(D(2027, 1, 4)) == D(2027, 1, 4)
