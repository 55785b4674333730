"""Derivation for several households, with "don't know" answers kept as steps to confirm."""

import datetime as dt

from assist_app.checklist import Applies, derive_checklist
from assist_app.deadlines import DueKind

D = dt.date


def by_id(items):
    return {i.procedure_id: i for i in items}


def test_nhi_household_with_pension(fixture_library):
    catalog = fixture_library.catalog("mini")
    answers = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}
    items = derive_checklist(catalog, D(2026, 11, 2), answers, known_date=D(2026, 11, 3))
    found = by_id(items)
    assert set(found) == {"registration", "insurance-loss", "pension-stop", "funeral-claim"}
    assert all(i.applies is Applies.YES for i in items)
    # Registration counts from the known day, first day included: 3 + 6 = 9 Nov (Monday).
    assert found["registration"].due.date == D(2026, 11, 9)
    # Insurance loss counts from the event, first day excluded: 2 + 14 = 16 Nov.
    assert found["insurance-loss"].due.date == D(2026, 11, 16)
    # Claim: two years from the funeral (not counted) -> 8 Nov 2028, not moved.
    assert found["funeral-claim"].due == found["funeral-claim"].due.__class__(
        DueKind.CLAIM_BY, D(2028, 11, 8)
    )
    assert found["pension-stop"].due.date is None and found["pension-stop"].due.kind is DueKind.GUIDANCE
    # Soonest first, undated last.
    assert [i.procedure_id for i in items] == [
        "registration",
        "insurance-loss",
        "funeral-claim",
        "pension-stop",
    ]


def test_employee_household_without_pension_drops_what_does_not_apply(fixture_library):
    answers = {"insurance": "employee", "age": 50, "pension": "no"}
    found = by_id(derive_checklist(fixture_library.catalog("mini"), D(2026, 11, 2), answers))
    assert set(found) == {"registration"}


def test_dont_know_answers_become_steps_to_confirm(fixture_library):
    answers = {"insurance": "unknown", "age": "unknown", "pension": "unknown"}
    found = by_id(derive_checklist(fixture_library.catalog("mini"), D(2026, 11, 2), answers))
    assert set(found) == {"registration", "insurance-loss", "pension-stop", "funeral-claim"}
    assert found["insurance-loss"].applies is Applies.TO_CONFIRM
    assert found["insurance-loss"].to_confirm == ("insurance", "age")
    assert found["pension-stop"].to_confirm == ("pension",)
    assert found["registration"].applies is Applies.YES
    # The funeral date is not known: the claim limit is shown without an invented date.
    assert found["funeral-claim"].due.date is None and found["funeral-claim"].due.kind is DueKind.CLAIM_BY


def test_one_known_answer_settles_an_any_condition(fixture_library):
    answers = {"insurance": "unknown", "age": 90}
    found = by_id(derive_checklist(fixture_library.catalog("mini"), D(2026, 11, 2), answers))
    assert found["insurance-loss"].applies is Applies.YES


def test_no_answers_at_all_keeps_everything_to_confirm(fixture_library):
    items = derive_checklist(fixture_library.catalog("mini"), D(2026, 11, 2), {})
    assert len(items) == 4
    assert sum(i.applies is Applies.TO_CONFIRM for i in items) == 3
