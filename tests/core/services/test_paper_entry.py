"""Entering an outage-kit sheet by short code, on a real SQLite file with the small fixture catalog."""

import datetime as dt

import pytest

from assist_app.services.errors import InvalidInput
from assist_app.services.paper_entry import (
    PAPER_BLOCKED_REASON,
    EntryError,
    PaperEntryService,
    SheetReader,
    form_code_from_scan,
)
from assist_app.services.views import ConsentInput, ResidentInput

D = dt.date


@pytest.fixture
def reader(fixture_library):
    return SheetReader(fixture_library.catalog("mini"))


@pytest.fixture
def entry(core):
    return PaperEntryService(core.database, core.library, core.cases)


@pytest.fixture
def helper(accounts):
    return accounts.add("counter_staff", "試験 担当")


@pytest.fixture
def resident(core, helper):
    return core.residents.add_resident(
        helper, ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", D(2026, 11, 20))
    )


def read(reader, text):
    return [(e.code, e.target, e.value) for e in reader.read(text)]


def test_status_keys_follow_the_printed_boxes(reader):
    assert read(reader, "T01 1") == [("T01", "registration", "done")]
    assert read(reader, "t02p") == [("T02", "insurance-loss", "in_progress")]
    assert read(reader, "T03 3, T04 4") == [
        ("T03", "pension-stop", "not_needed"),
        ("T04", "funeral-claim", "blocked"),
    ]
    assert read(reader, "T01x T02 0") == [
        ("T01", "registration", "not_needed"),
        ("T02", "insurance-loss", "todo"),
    ]
    # Typed with a Japanese input method on: full-width letters and digits.
    assert read(reader, "Ｔ０１　ｄ") == [("T01", "registration", "done")]


def test_answers_by_box_position_or_question_mark(reader):
    assert read(reader, "Q1 1") == [("Q1", "insurance", "nhi")]
    assert read(reader, "Q1 3") == [("Q1", "insurance", "unknown")]  # the last box: don't know
    assert read(reader, "Q2 82") == [("Q2", "age", 82)]
    assert read(reader, "Q3 y Q3 2") == [("Q3", "pension", "yes"), ("Q3", "pension", "no")]
    assert read(reader, "Q4 20261108") == [("Q4", "funeral_date", "2026-11-08")]
    assert read(reader, "q4=2026/11/8") == [("Q4", "funeral_date", "2026-11-08")]
    assert read(reader, "Q2 ?") == [("Q2", "age", "unknown")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("T09 1", "T09"),
        ("T01 9", "status key"),
        ("T01", "status key after"),
        ("Q1 4", "1 to 3"),
        ("Q2 200", "outside"),
        ("Q3 maybe", r"1 \(yes\)"),
        ("Q4 20261132", "not a date"),
        ("Q2", "answer after"),
        ("", "Type a code"),
    ],
)
def test_unreadable_input_names_the_code_and_what_is_expected(reader, text, words):
    with pytest.raises(EntryError, match=words):
        reader.read(text)


def test_while_typing_only_a_finished_command_is_taken(reader):
    assert reader.read("T0", final=False) is None
    assert reader.read("T01", final=False) is None
    assert [e.value for e in reader.read("T01d", final=False)] == ["done"]
    assert reader.read("Q3 ", final=False) is None
    assert [e.value for e in reader.read("Q3 1", final=False)] == ["yes"]
    assert reader.read("Q2 8", final=False) is None  # a number may go on: Enter ends it
    assert reader.read("T01 9", final=False) is None  # not yet an error while typing
    assert reader.code_at_end("T01") == "T01" and reader.code_at_end("Q2 8") == "Q2"
    assert reader.code_at_end("X") is None


def test_going_down_the_sheet_one_key_a_line(reader):
    assert reader.codes == ["Q1", "Q2", "Q3", "Q4", "T01", "T02", "T03", "T04"]
    assert [(e.code, e.value) for e in reader.read("2", final=False, cursor="Q1")] == [("Q1", "employee")]
    assert reader.read("8", final=False, cursor="Q2") is None  # a number: Enter ends it
    assert [e.value for e in reader.read("82", cursor="Q2")] == [82]
    assert [e.value for e in reader.read("?", final=False, cursor="Q3")] == ["unknown"]
    assert [(e.code, e.value) for e in reader.read("4", final=False, cursor="T03")] == [("T03", "blocked")]
    assert [e.code for e in reader.read("T02 1", final=False, cursor="T03")] == ["T02"]  # a code wins
    assert reader.next_code("Q4") == "T01" and reader.next_code("T04") is None
    assert reader.code_named(" t03 ") == "T03" and reader.code_named("T03 1") is None
    with pytest.raises(EntryError, match="status key"):
        reader.read("7", cursor="T01")


def test_form_code_survives_a_scanner_on_the_wrong_layout():
    code = form_code_from_scan("PA-FORM+death+2026.11.1+intake")  # ':' typed on a JIS layout
    assert (code.catalog_id, code.version, code.sheet) == ("death", "2026.11.1", "intake")
    assert form_code_from_scan("pa-form:DEATH:2026.11.1:CHECKLIST").sheet == "checklist"
    assert form_code_from_scan("ＰＡ－ＦＯＲＭ：birth：2026.11.1：checklist").catalog_id == "birth"
    assert form_code_from_scan("7210451234") is None
    assert form_code_from_scan("PA-FORM:death:2026.11.1:poster") is None


def test_new_case_from_a_sheet(core, entry, reader, helper, resident):
    entries = reader.read("Q1 2 Q2 60 Q3 1 T01 1 T03 4 T02 1 T04 0")
    saved = entry.save_new(helper, resident.id, "mini", D(2026, 11, 20), entries, D(2026, 11, 21))
    view = saved.case
    items = {i.procedure_id: i for i in view.items}
    assert view.answers == {"insurance": "employee", "age": 60, "pension": "yes", "funeral_date": "unknown"}
    assert view.known_date == D(2026, 11, 21)
    assert items["registration"].status == "done"
    assert (items["pension-stop"].status, items["pension-stop"].blocked_reason) == (
        "blocked",
        PAPER_BLOCKED_REASON,
    )
    assert "insurance-loss" not in items  # employee insurance, under 75: not on this checklist
    assert saved.not_on_checklist == ("T02",) and saved.statuses_changed == 2
    last = view.history[-1]
    assert last.action == "paper_entered" and last.helper == "試験 担当"
    assert last.detail["not_on_checklist"] == ["T02"] and last.detail["version"] == "1.0"
    assert [h.action for h in view.history].count("status_changed") == 2


def test_sheet_for_an_existing_case_revises_answers_then_statuses(core, entry, reader, helper, resident):
    view = core.cases.open_case(
        helper, resident.id, "mini", D(2026, 11, 20), {"insurance": "employee", "age": 60}
    )
    assert "insurance-loss" not in {i.procedure_id for i in view.items}
    saved = entry.save_to_case(helper, view.id, "mini", reader.read("Q1 1 T02 2 T01 0"))
    items = {i.procedure_id: i for i in saved.case.items}
    assert saved.case.answers["insurance"] == "nhi"
    assert items["insurance-loss"].status == "in_progress"  # added by the revised answer, then ticked
    assert items["registration"].status == "todo" and saved.statuses_changed == 1
    actions = [h.action for h in saved.case.history]
    assert actions.index("answers_changed") < actions.index("status_changed") < actions.index("paper_entered")


def test_a_sheet_of_another_event_or_bad_dates_change_nothing(core, entry, reader, helper, resident):
    view = core.cases.open_case(helper, resident.id, "mini", D(2026, 11, 20), {})
    with pytest.raises(InvalidInput, match="same life event"):
        entry.save_to_case(helper, view.id, "death", reader.read("T01 1"))
    with pytest.raises(InvalidInput, match="known"):
        entry.save_new(helper, resident.id, "mini", D(2026, 11, 20), [], known_date=D(2026, 11, 1))
    assert [c.id for c in core.cases.list_open_cases(helper)] == [view.id]
    assert {i.status for i in core.cases.get_case(helper, view.id).items} == {"todo"}
