"""Cases on a real SQLite file: opening, working through, revising answers, ordering."""

import datetime as dt

import pytest

from assist_app.services.case_service import CaseService
from assist_app.services.errors import Conflict, ConsentRequired, InvalidInput
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage import open_database

D = dt.date
NHI = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}


@pytest.fixture
def helper(accounts):
    return accounts.add("counter_staff", "試験 担当")


def add_resident(core, helper, name="見本 花子", kana="ミホン ハナコ"):
    return core.residents.add_resident(
        helper, ResidentInput(name=name, kana=kana), ConsentInput("手続き支援の記録", D(2026, 11, 2))
    )


def items(view):
    return {i.procedure_id: i for i in view.items}


def test_open_case_derives_and_stores_the_checklist(core, helper):
    resident = add_resident(core, helper)
    view = core.cases.open_case(helper, resident.id, "mini", D(2026, 11, 2), NHI, known_date=D(2026, 11, 3))
    found = items(view)
    assert set(found) == {"registration", "insurance-loss", "pension-stop", "funeral-claim"}
    assert found["registration"].due_date == D(2026, 11, 9) and found["registration"].status == "todo"
    assert view.summary.next_procedure_id == "registration" and view.summary.next_due == D(2026, 11, 9)
    assert view.catalog_version == "1.0"
    assert [h.action for h in view.history] == ["case_opened"] and view.history[0].helper == "試験 担当"


def test_case_needs_consent_and_valid_answers(core, helper):
    resident = add_resident(core, helper)
    with pytest.raises(InvalidInput, match="insurance"):
        core.cases.open_case(helper, resident.id, "mini", D(2026, 11, 2), {"insurance": "kokuho"})
    with pytest.raises(ConsentRequired):
        core.residents.add_resident(
            helper, ResidentInput(name="架空 一郎"), ConsentInput(" ", D(2026, 11, 2))
        )


def test_status_notes_and_history_survive_reopening(core, helper, config, fixture_library):
    resident = add_resident(core, helper)
    view = core.cases.open_case(helper, resident.id, "mini", D(2026, 11, 2), NHI)
    reg = items(view)["registration"]
    core.cases.set_status(helper, reg.id, "done")
    loss = items(view)["insurance-loss"]
    core.cases.set_status(helper, loss.id, "blocked", reason="保険証が見つからない")
    core.cases.set_notes(helper, loss.id, "来週再訪")
    core.close()

    database = open_database(config.database_url, key=core.keys.key)  # a fresh engine: what is on disk
    reopened = CaseService(database, fixture_library).get_case(helper, view.id)
    database.dispose()
    found = items(reopened)
    assert found["registration"].status == "done"
    assert (found["insurance-loss"].status, found["insurance-loss"].blocked_reason) == (
        "blocked",
        "保険証が見つからない",
    )
    assert found["insurance-loss"].notes == "来週再訪" and found["insurance-loss"].updated_by == "試験 担当"
    # The next step moves on once registration is done; a blocked step is still open.
    assert reopened.summary.next_procedure_id == "insurance-loss"
    assert [h.action for h in reopened.history] == [
        "case_opened",
        "status_changed",
        "status_changed",
        "notes_changed",
    ]
    assert reopened.history[1].detail == {"old": "todo", "new": "done"}


def test_blocked_needs_a_reason(core, helper):
    view = core.cases.open_case(helper, add_resident(core, helper).id, "mini", D(2026, 11, 2), NHI)
    with pytest.raises(InvalidInput, match="blocked"):
        core.cases.set_status(helper, view.items[0].id, "blocked", reason="  ")


def test_stale_write_is_refused_not_overwritten(core, helper):
    view = core.cases.open_case(helper, add_resident(core, helper).id, "mini", D(2026, 11, 2), NHI)
    item = view.items[0]
    core.cases.set_status(helper, item.id, "in_progress", expected_version=item.row_version)
    with pytest.raises(Conflict):
        core.cases.set_status(helper, item.id, "done", expected_version=item.row_version)
    assert items(core.cases.get_case(helper, view.id))[item.procedure_id].status == "in_progress"


def test_changing_an_answer_rederives_and_keeps_progress(core, helper):
    answers = {"insurance": "unknown", "age": 50, "pension": "no"}
    view = core.cases.open_case(helper, add_resident(core, helper).id, "mini", D(2026, 11, 2), answers)
    found = items(view)
    assert found["insurance-loss"].applies == "to_confirm" and "pension-stop" not in found
    core.cases.set_status(helper, found["registration"].id, "done")
    core.cases.set_notes(helper, found["funeral-claim"].id, "葬儀社に確認中")

    change = core.cases.change_answers(helper, view.id, {"insurance": "employee", "pension": "yes"})
    assert change.added == ["pension-stop"]
    assert change.removed == ["insurance-loss"]  # untouched: removed
    assert change.kept_no_longer_applies == ["funeral-claim"]  # has a note: kept, marked
    after = items(core.cases.get_case(helper, view.id))
    assert after["registration"].status == "done"  # progress kept
    assert after["funeral-claim"].applies == "no_longer" and after["funeral-claim"].notes == "葬儀社に確認中"
    assert "insurance-loss" not in after and after["pension-stop"].status == "todo"
    assert core.cases.get_case(helper, view.id).answers["insurance"] == "employee"


def test_open_cases_list_overdue_first_then_by_due_date(core, helper):
    ids = {}
    for n, event in enumerate([D(2026, 11, 20), D(2026, 10, 1), D(2026, 11, 10)]):
        resident = add_resident(core, helper, name=f"見本 {n}", kana=f"ミホン {n}")
        ids[event] = core.cases.open_case(
            helper, resident.id, "mini", event, {"insurance": "employee", "age": 50}
        ).id
    undated = add_resident(core, helper, name="見本 無", kana="ミホン ナシ")
    view = core.cases.open_case(
        helper, undated.id, "mini", D(2026, 11, 1), {"insurance": "employee", "age": 50}
    )
    core.cases.set_status(helper, view.items[0].id, "done")
    listed = core.cases.list_open_cases(helper)
    assert [c.id for c in listed] == [
        ids[D(2026, 10, 1)],
        ids[D(2026, 11, 10)],
        ids[D(2026, 11, 20)],
        view.id,
    ]
    assert listed[0].days_left(D(2026, 11, 25)) < 0  # overdue
    assert listed[-1].next_due is None
    assert (
        listed[0].next_title == "届出"
        and core.cases.list_open_cases(helper, lang="en")[0].next_title == "Registration"
    )
    core.cases.close_case(helper, ids[D(2026, 10, 1)])
    assert ids[D(2026, 10, 1)] not in [c.id for c in core.cases.list_open_cases(helper)]


def test_hand_over_assigns_the_case_and_records_the_note(core, helper, accounts):
    other = accounts.add("volunteer", "例示 ボランティア")
    view = core.cases.open_case(helper, add_resident(core, helper).id, "mini", D(2026, 11, 2), NHI)
    core.cases.hand_over(helper, view.id, other.id, "年金事務所の予約済み")
    after = core.cases.get_case(helper, view.id)
    assert after.summary.assigned_helper_id == other.id
    last = after.history[-1]
    assert (last.action, last.helper, last.detail["note"], last.detail["new"]) == (
        "handed_over",
        "試験 担当",
        "年金事務所の予約済み",
        other.id,
    )
    assert [c.id for c in core.cases.list_open_cases(helper, helper_id=other.id)] == [view.id]
    assert core.cases.list_open_cases(helper, helper_id=helper.id) == []


def test_list_filtered_by_residents(core, helper):
    a, b = add_resident(core, helper), add_resident(core, helper, "試験 太郎", "シケン タロウ")
    case_a = core.cases.open_case(helper, a.id, "mini", D(2026, 11, 2), NHI).id
    core.cases.open_case(helper, b.id, "mini", D(2026, 11, 2), NHI)
    assert [c.id for c in core.cases.list_open_cases(helper, resident_ids=[a.id])] == [case_a]
