"""The services on a real PostgreSQL server: the open-case list in order and in pages, two seats
on one case (a stale change refused in plain words), accounts and the wrong-PIN wait, consent,
erasure, retention and the audit chain — through the same calls the window makes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import event, text

from assist_app.__main__ import main
from assist_app.services.account_service import FREE_TRIES, AccountService
from assist_app.services.core import open_core
from assist_app.services.errors import AccessDenied, Conflict, ConsentRequired
from assist_app.services.retention_service import RetentionService
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage.models import Case, utcnow
from tests.core.services.test_accounts import Clock

D = dt.date
PIN = "2468"  # as in tests/conftest.py
NHI = {"insurance": "nhi", "age": 80, "pension": "yes", "funeral_date": "2026-11-08"}
EMPLOYEE = {"insurance": "employee", "age": 50}
CONSENT = ConsentInput("手続き支援のための記録", D(2026, 11, 2))
MARKER = "消去 目印子"


@pytest.fixture
def staff(accounts):
    return accounts.add("counter_staff", "試験 窓口")


EVENT = D(2026, 11, 2)


def add(core, actor, name="見本 花子", kana="ミホン ハナコ", event=EVENT, answers=NHI):
    resident = core.residents.add_resident(actor, ResidentInput(name, kana), CONSENT)
    return resident, core.cases.open_case(actor, resident.id, "mini", event, answers)


# the open-case list ----------------------------------------------------------------------------
def test_open_cases_nearest_first_undated_last_and_pages_that_add_up(core, staff):
    events = [D(2026, 11, 20), D(2026, 10, 1), D(2026, 11, 10), D(2026, 9, 15), D(2026, 11, 1)]
    dated = {}
    for n, day in enumerate(events):
        _, case = add(core, staff, f"見本 {n}", f"ミホン {n}", day, EMPLOYEE)
        dated[day] = case.id
    undated = []
    for n in range(2):  # the only step done: nothing left with a date
        _, case = add(core, staff, f"試験 {n}", f"シケン {n}", D(2026, 11, 1), EMPLOYEE)
        core.cases.set_status(staff, case.items[0].id, "done")
        undated.append(case.id)
    _, closed = add(core, staff, "例示 閉", "レイジ", D(2026, 8, 1), EMPLOYEE)
    core.cases.close_case(staff, closed.id)

    listed = core.cases.list_open_cases(staff)
    assert [c.id for c in listed] == [dated[d] for d in sorted(events)] + sorted(undated)
    assert [c.next_due is None for c in listed] == [False] * len(events) + [True, True]
    assert listed[0].days_left(D(2026, 11, 25)) < 0  # overdue first
    pages = [core.cases.list_open_cases(staff, limit=3, offset=start) for start in (0, 3, 6)]
    assert [c.id for page in pages for c in page] == [c.id for c in listed]
    assert [len(p) for p in pages] == [3, 3, 1]


def test_the_open_case_list_is_read_through_its_index(core, staff):
    add(core, staff)
    with core.database.session() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))  # a few rows: make the planner show its hand
        plan = "\n".join(
            row[0]
            for row in session.execute(
                text(
                    "EXPLAIN SELECT id FROM cases WHERE status = 'open' "
                    "ORDER BY next_due ASC NULLS LAST, id LIMIT 50"
                )
            )
        )
    # PostgreSQL's index order is ascending with NULLs last already: no sort step is needed.
    assert "ix_cases_status_next_due" in plan and "Sort" not in plan


# two seats -------------------------------------------------------------------------------------
@pytest.fixture
def second_seat(config, fixture_library):
    """A second Core on the same database, as another counter's PC would have it."""
    seat = open_core(config, fixture_library, today=lambda: D(2026, 11, 25))
    yield seat
    seat.close()


def test_a_stale_step_from_another_seat_is_refused_in_plain_words(core, staff, second_seat):
    _, case = add(core, staff)
    item = case.items[0]
    other = second_seat.accounts.sign_in(staff.helper_id, PIN).actor
    second_seat.cases.set_status(other, item.id, "in_progress", expected_version=item.row_version)
    with pytest.raises(Conflict, match="changed by someone else meanwhile; reload"):
        core.cases.set_status(staff, item.id, "done", expected_version=item.row_version)
    seen = {i.id: i for i in core.cases.get_case(staff, case.id).items}[item.id]
    assert seen.status == "in_progress" and seen.row_version == item.row_version + 1


def test_a_case_changed_by_another_seat_while_this_one_works_on_it_is_a_conflict(
    core, accounts, staff, second_seat
):
    """Seat 2 closes the case after seat 1 has read it and before seat 1 writes: PostgreSQL's row
    version check (SQLAlchemy's version_id_col) refuses seat 1's write instead of overwriting."""
    colleague = accounts.add("counter_staff", "例示 同僚")
    _, case = add(core, staff)
    other = second_seat.accounts.sign_in(staff.helper_id, PIN).actor
    done = []

    def meanwhile(_session, instance) -> None:
        if isinstance(instance, Case) and not done:
            done.append(True)
            second_seat.cases.close_case(other, case.id)  # committed on its own connection

    event.listen(core.database._sessions, "loaded_as_persistent", meanwhile)
    try:
        with pytest.raises(Conflict, match="This case was changed by someone else meanwhile"):
            core.cases.hand_over(staff, case.id, colleague.helper_id, "引き継ぎ")
    finally:
        event.remove(core.database._sessions, "loaded_as_persistent", meanwhile)
    after = core.cases.get_case(staff, case.id)
    assert done and after.summary.status == "closed" and after.summary.assigned_helper_id == staff.helper_id
    assert [h.action for h in after.history] == ["case_opened", "case_closed"]  # no hand-over


# accounts --------------------------------------------------------------------------------------
def test_wrong_pins_bring_a_wait_that_another_seat_and_a_restart_keep(core, config, fixture_library):
    clock = Clock()
    service = AccountService(core.database, now=clock)
    helper = service.create_first_account("試験 責任者", PIN).helper_id
    for _ in range(FREE_TRIES):
        result = service.sign_in(helper, "0000")
    assert not result.ok and result.wait_seconds == 30
    clock.advance(10)
    core.close()
    seat = open_core(config, fixture_library)  # another seat, or the app started again
    try:
        again = AccountService(seat.database, now=clock).sign_in(helper, PIN)
        assert not again.ok and again.wait_seconds == 20
        clock.advance(20)
        assert AccountService(seat.database, now=clock).sign_in(helper, PIN).ok
    finally:
        seat.close()


def test_a_volunteer_sees_only_their_own_residents_and_cases(core, accounts, staff):
    mine = accounts.add("volunteer", "例示 ボランティア")
    theirs = accounts.add("volunteer", "例示 二人目")
    _, case = add(core, mine)
    add(core, theirs, "試験 太郎", "シケン タロウ")
    assert [c.id for c in core.cases.list_open_cases(mine)] == [case.id]
    # 試験 太郎 is found by staff and by the volunteer who looks after them, not by the other one.
    assert [r.name for r in core.residents.search(staff, "し")] == ["試験 太郎"]
    assert [r.name for r in core.residents.search(theirs, "し")] == ["試験 太郎"]
    assert [r.id for r in core.residents.search(mine, "し")] == []
    with pytest.raises(AccessDenied):
        core.cases.get_case(theirs, case.id)
    assert {r.name for r in core.residents.search(staff, "")} == set()  # an empty query finds nobody
    assert len(core.cases.list_open_cases(staff)) == 2


# consent, erasure, retention -------------------------------------------------------------------
def test_nothing_is_stored_without_consent(core, staff):
    with pytest.raises(ConsentRequired):
        core.residents.add_resident(staff, ResidentInput("架空 一郎"), ConsentInput(" ", D(2026, 11, 2)))
    with core.database.session() as session:
        assert session.execute(text("SELECT count(*) FROM residents")).scalar() == 0


def dump(pg_url) -> str:
    """The whole database as pg_dump writes it: every table, every row."""
    from tests.postgres.conftest import conninfo

    return subprocess.run(
        [shutil.which("pg_dump"), "--data-only", conninfo(pg_url)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump (PostgreSQL's client) is not installed")
def test_withdrawn_consent_erases_the_resident_from_every_table(core, staff, pg_url):
    resident, case = add(core, staff, MARKER, "ショウキョ メジルシコ")
    core.cases.set_notes(staff, case.items[0].id, f"{MARKER}さんに電話済み")
    keep, _ = add(core, staff, "見本 残子", "ミホン ノココ")
    assert MARKER in dump(pg_url)  # so the check below could fail
    assert core.residents.withdraw_consent(staff, resident.id) == 1
    after = dump(pg_url)
    assert MARKER not in after and "ショウキョ" not in after and "しょうきょ" not in after
    assert "見本 残子" in after and core.residents.get_resident(staff, keep.id).name == "見本 残子"
    boss = core.accounts.sign_in(1, PIN).actor
    assert core.audit.verify(boss).ok  # the erasure is in the log, and the chain holds


def test_retention_erases_only_the_closed_cases_it_previewed(core, accounts, staff):
    boss = accounts.supervisor
    gone, gone_case = add(core, staff, MARKER)
    _, kept_case = add(core, staff, "見本 一郎")
    core.cases.close_case(staff, gone_case.id)
    moment = utcnow() + dt.timedelta(days=400)
    retention = RetentionService(core.database, core.policies, now=lambda: moment)
    preview = retention.preview(boss)
    assert [c.case_id for c in preview.cases] == [gone_case.id]
    assert [r.resident_id for r in preview.residents] == [gone.id]
    result = retention.apply(boss, preview)
    assert (result.cases, result.residents) == (1, 1)
    assert [r.name for r in core.residents.search(staff, "見本")] == ["見本 一郎"]
    assert [c.id for c in core.cases.list_open_cases(staff)] == [kept_case.id]
    assert retention.preview(boss).empty


# the audit chain -------------------------------------------------------------------------------
def test_the_audit_chain_verifies_and_finds_a_row_altered_behind_the_guards(core, accounts, staff, config):
    add(core, staff)
    boss = accounts.supervisor
    assert core.audit.verify(boss).ok
    with core.database.session() as session:  # the database owner can switch the triggers off
        rows = session.execute(text("SELECT count(*) FROM audit_log")).scalar()
        session.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        session.execute(text("UPDATE audit_log SET action = 'case_closed' WHERE id = 3"))
        session.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
    check = core.audit.verify(boss)
    assert not check.ok and check.broken_at == 3 and "row 3 of the audit log was altered" in check.problem
    assert rows > 3


def test_cli_audit_verify_on_the_server(core, accounts, staff, config, capsys, monkeypatch):
    add(core, staff)
    core.close()
    monkeypatch.setenv("ASSIST_APP_HELPER", "1")
    monkeypatch.setenv("ASSIST_APP_PIN", PIN)
    assert main(["--data-dir", str(config.data_dir), "audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("ok, ")
