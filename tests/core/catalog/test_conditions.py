import pytest

from assist_app.catalog.conditions import All, AnyOf, Atom, Not, Truth, evaluate

Y, N, U = Truth.YES, Truth.NO, Truth.UNKNOWN
NHI = Atom("insurance", "equals", "nhi")
OLD = Atom("age", "at_least", 75)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"insurance": "nhi"}, Y),
        ({"insurance": "employee"}, N),
        ({"insurance": "unknown"}, U),
        ({}, U),  # unanswered counts as unknown, never as no
    ],
)
def test_atom(answers, expected):
    assert evaluate(NHI, answers) is expected


def test_three_valued_all_any_not():
    assert evaluate(All((NHI, OLD)), {"insurance": "nhi", "age": 80}) is Y
    assert evaluate(All((NHI, OLD)), {"insurance": "employee", "age": "unknown"}) is N
    assert evaluate(All((NHI, OLD)), {"insurance": "nhi", "age": "unknown"}) is U
    assert evaluate(AnyOf((NHI, OLD)), {"insurance": "unknown", "age": 80}) is Y
    assert evaluate(AnyOf((NHI, OLD)), {"insurance": "employee", "age": "unknown"}) is U
    assert evaluate(AnyOf((NHI, OLD)), {"insurance": "employee", "age": 60}) is N
    assert evaluate(Not(NHI), {"insurance": "unknown"}) is U
    assert evaluate(Not(NHI), {"insurance": "employee"}) is Y


def test_answered_and_unknown_tests_are_never_unknown():
    assert evaluate(Atom("x", "unknown", True), {"x": "unknown"}) is Y
    assert evaluate(Atom("x", "unknown", True), {}) is Y
    assert evaluate(Atom("x", "answered", True), {"x": "no"}) is Y
    assert evaluate(Atom("x", "answered", True), {}) is N


def test_numbers_one_of_and_dates():
    assert evaluate(Atom("age", "at_most", 64), {"age": 64}) is Y
    assert evaluate(Atom("age", "at_most", 64), {"age": "65"}) is N
    assert evaluate(Atom("t", "one_of", ("a", "b")), {"t": "b"}) is Y
    assert evaluate(Atom("event_date", "on_or_after", "2025-04-01"), {"event_date": "2025-04-01"}) is Y
    assert evaluate(Atom("event_date", "before", "2025-04-01"), {"event_date": "2025-04-01"}) is N


def test_a_malformed_stored_answer_is_unknown_not_an_error():
    assert evaluate(OLD, {"age": "eighty"}) is U


def test_no_condition_always_applies():
    assert evaluate(None, {}) is Y
