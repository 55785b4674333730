"""Due dates counted as ../shared/domain/deadlines.md says Japanese law counts them."""

import datetime as dt

import pytest

from assist_app.deadlines import Due, DueKind, Period, Rule, compute_due
from assist_app.deadlines.rules import Unit, period_end

D = dt.date


def rule(amount, unit, counted, extend=True, kind=DueKind.DEADLINE):
    return Rule(
        kind, "event", Period(amount, Unit(unit)), counted, "basis", extend, "closed basis" if extend else ""
    )


# Rule 1: family-register filings count the first day (戸籍法43条1項).
def test_death_registration_seven_days_first_day_counted():
    # Known on Monday 2026-11-02: day 1 is 11-02, day 7 is 11-08 (a Sunday) -> Monday 11-09.
    assert period_end(D(2026, 11, 2), Period(7, Unit.DAYS), True) == D(2026, 11, 8)
    assert compute_due(rule(7, "days", True), D(2026, 11, 2)).date == D(2026, 11, 9)


def test_birth_registration_fourteen_days_includes_birth_day():
    # Born Tuesday 2026-11-10 -> day 14 is Monday 11-23, 勤労感謝の日 -> Tuesday 11-24.
    due = compute_due(rule(14, "days", True), D(2026, 11, 10))
    assert due == Due(DueKind.DEADLINE, D(2026, 11, 24), unextended=D(2026, 11, 23))


# Rule 2: other periods do not count the first day (民法140条).
def test_fourteen_days_first_day_not_counted():
    # Event Wednesday 2026-11-04 -> ends 11-18 (Wednesday), no move.
    due = compute_due(rule(14, "days", False), D(2026, 11, 4))
    assert due.date == D(2026, 11, 18) and not due.moved


def test_child_allowance_fifteen_days_from_day_after_birth():
    assert period_end(D(2026, 6, 1), Period(15, Unit.DAYS), False) == D(2026, 6, 16)


# Rule 3: months and years follow the calendar (民法143条).
@pytest.mark.parametrize(
    ("known", "months", "expected"),
    [
        (D(2026, 1, 10), 3, D(2026, 4, 10)),  # inheritance renunciation, the example in deadlines.md
        (D(2026, 1, 10), 4, D(2026, 5, 10)),  # final income tax return
        (D(2026, 1, 10), 10, D(2026, 11, 10)),  # inheritance tax
        (D(2026, 11, 30), 3, D(2027, 2, 28)),  # no 31 Feb: the last day of February
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # ... of a leap year
        (D(2026, 1, 31), 1, D(2026, 2, 28)),  # starts 1 Feb, ends the day before 1 Mar
        (D(2026, 12, 31), 2, D(2027, 2, 28)),  # across the year end
    ],
)
def test_calendar_months_first_day_not_counted(known, months, expected):
    assert period_end(known, Period(months, Unit.MONTHS), False) == expected


def test_months_first_day_counted_without_corresponding_day_ends_on_month_end():
    # Born abroad on 30 November, 3 months counting the birth day: 30 Feb does not exist.
    assert period_end(D(2026, 11, 30), Period(3, Unit.MONTHS), True) == D(2027, 2, 28)
    assert period_end(D(2026, 1, 10), Period(3, Unit.MONTHS), True) == D(2026, 4, 9)


def test_twenty_ninth_february_start():
    # Leap-day event, 1 year, first day not counted: starts 1 Mar 2028, ends 28 Feb 2029.
    assert period_end(D(2028, 2, 29), Period(1, Unit.YEARS), False) == D(2029, 2, 28)
    # First day counted: 起算日 29 Feb 2028 has no match in 2029 -> last day of February.
    assert period_end(D(2028, 2, 29), Period(1, Unit.YEARS), True) == D(2029, 2, 28)
    # Two years from 28 Feb 2026 (not counted): starts 1 Mar 2026, ends 29 Feb 2028.
    assert period_end(D(2026, 2, 28), Period(2, Unit.YEARS), False) == D(2028, 2, 29)


def test_years_equal_twelve_months():
    start = D(2026, 5, 17)
    assert period_end(start, Period(2, Unit.YEARS), False) == period_end(
        start, Period(24, Unit.MONTHS), False
    )


# Rule 4: a deadline on a closed day moves to the next open day.
def test_year_end_example_from_deadlines_md():
    # Known 28 Dec 2026, 7 days counted -> 3 Jan 2027 (closed) -> Monday 4 Jan 2027.
    due = compute_due(rule(7, "days", True), D(2026, 12, 28))
    assert due == Due(DueKind.DEADLINE, D(2027, 1, 4), unextended=D(2027, 1, 3))


def test_year_end_break_into_coming_of_age_day():
    # Ends Sunday 10 Jan 2027; Monday 11 Jan is 成人の日 -> Tuesday 12 Jan.
    due = compute_due(rule(14, "days", False), D(2026, 12, 27))
    assert due.date == D(2027, 1, 12)


def test_golden_week_moves_past_substitute_holiday():
    # Ends Sunday 3 May 2026 (憲法記念日); 4, 5 and the substitute 6 May are closed -> 7 May.
    due = compute_due(rule(14, "days", False), D(2026, 4, 19))
    assert due.unextended == D(2026, 5, 3)
    assert due.date == D(2026, 5, 7)


def test_citizens_holiday_between_two_holidays():
    # 22 Sep 2026 is a 国民の休日 between 敬老の日 and 秋分の日 -> moves to Thursday 24 Sep.
    due = compute_due(rule(1, "days", True), D(2026, 9, 19))  # Saturday
    assert due.date == D(2026, 9, 24)


def test_substitute_holiday_in_march_2027():
    # 春分の日 falls on Sunday 21 Mar 2027; Monday 22 Mar is its substitute -> 23 Mar.
    assert compute_due(rule(1, "days", True), D(2027, 3, 21)).date == D(2027, 3, 23)


def test_keep_rule_does_not_move_off_a_closed_day():
    due = compute_due(rule(7, "days", True, extend=False, kind=DueKind.CLAIM_BY), D(2026, 12, 28))
    assert due == Due(DueKind.CLAIM_BY, D(2027, 1, 3))


def test_an_open_day_is_not_moved():
    due = compute_due(rule(7, "days", True), D(2026, 11, 4))  # ends Tuesday 10 Nov
    assert due.date == D(2026, 11, 10) and due.unextended is None


# Items without a date.
@pytest.mark.parametrize("kind", [DueKind.GUIDANCE, DueKind.NONE])
def test_guidance_and_none_never_get_a_date(kind):
    assert compute_due(Rule(kind), D(2026, 11, 4)) == Due(kind, None)


def test_unknown_start_gives_no_date_but_keeps_the_kind():
    assert compute_due(rule(2, "years", False, kind=DueKind.CLAIM_BY), None) == Due(DueKind.CLAIM_BY, None)
