"""Accounts on a real SQLite file: the first account, signing in, the growing delay after wrong PINs
(kept across restarts), and what only a supervisor may do."""

import datetime as dt

import pytest
from sqlalchemy import select

from assist_app.security import pin
from assist_app.services.access import Actor
from assist_app.services.account_service import FREE_TRIES, LONGEST_WAIT, AccountService, wait_after
from assist_app.services.errors import AccessDenied, Conflict, InvalidInput
from assist_app.storage import open_database
from assist_app.storage.models import AuditEntry, Helper

PIN = "2468"
START = dt.datetime(2026, 11, 25, 9, 0, 0)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def service(core, clock):
    return AccountService(core.database, now=clock)


def test_first_account_is_a_supervisor_and_only_once(service):
    assert service.needs_first_account()
    actor = service.create_first_account("試験 責任者", PIN)
    assert actor.role == "supervisor" and actor.name == "試験 責任者"
    assert not service.needs_first_account()
    with pytest.raises(Conflict):
        service.create_first_account("例示 二人目", "1357")
    assert [h.name for h in service.sign_in_choices()] == ["試験 責任者"]


def test_first_account_can_claim_a_helper_from_before_accounts(core, service):
    with core.database.session() as session:
        session.add(Helper(name="例示 古参", role="counter_staff", active=True))
    assert service.needs_first_account()  # a helper without a PIN cannot sign in
    actor = service.create_first_account("", PIN, claim_helper_id=1)
    assert (actor.helper_id, actor.role, actor.name) == (1, "supervisor", "例示 古参")


def test_sign_in_with_the_right_pin_gives_an_actor(service):
    first = service.create_first_account("試験 責任者", PIN)
    result = service.sign_in(first.helper_id, PIN)
    assert result.ok and result.actor == first and result.wait_seconds == 0


def test_wrong_pins_then_a_growing_wait_enforced_without_sleeping(service, clock):
    helper = service.create_first_account("試験 責任者", PIN).helper_id
    for n in range(1, FREE_TRIES):
        result = service.sign_in(helper, "0000")
        assert not result.ok and result.wait_seconds == 0 and f"{FREE_TRIES - n} more" in str(result.message)
    result = service.sign_in(helper, "0000")
    assert not result.ok and result.wait_seconds == wait_after(FREE_TRIES) == 30
    # While the wait runs even the right PIN is not looked at.
    clock.advance(29)
    waiting = service.sign_in(helper, PIN)
    assert not waiting.ok and waiting.wait_seconds == 1 and "wait 1 s" in str(waiting.message)
    clock.advance(1)
    result = service.sign_in(helper, "0000")  # the next wrong PIN doubles the wait
    assert result.wait_seconds == 60
    clock.advance(60)
    assert service.sign_in(helper, PIN).ok
    # A good PIN resets the count: the next wrong one costs no wait.
    assert service.sign_in(helper, "0000").wait_seconds == 0


def test_the_wait_survives_a_restart(core, config, fixture_library, clock):
    service = AccountService(core.database, now=clock)
    helper = service.create_first_account("試験 責任者", PIN).helper_id
    for _ in range(FREE_TRIES):
        service.sign_in(helper, "0000")
    clock.advance(10)
    core.close()
    database = open_database(config.database_url, key=core.keys.key)  # the app quit and started again
    try:
        again = AccountService(database, now=clock).sign_in(helper, PIN)
        assert not again.ok and again.wait_seconds == 20
    finally:
        database.dispose()


def test_the_wait_is_capped_even_if_the_clock_went_back(service, clock):
    helper = service.create_first_account("試験 責任者", PIN).helper_id
    for _ in range(FREE_TRIES + 20):
        clock.advance(LONGEST_WAIT)
        service.sign_in(helper, "0000")
    assert wait_after(FREE_TRIES + 20) == LONGEST_WAIT
    clock.advance(-10 * 24 * 3600)  # someone set the clock back ten days
    assert service.sign_in(helper, PIN).wait_seconds == LONGEST_WAIT


def test_failed_and_good_sign_ins_are_audited_without_the_pin(core, service):
    helper = service.create_first_account("試験 責任者", PIN).helper_id
    service.sign_in(helper, "1357")
    service.sign_in(helper, PIN)
    with core.database.session() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        actions = [(r.action, r.helper_id) for r in rows]
        assert ("sign_in_refused", None) in actions and actions[-1] == ("signed_in", helper)
        assert all("1357" not in str(r.detail) and PIN not in str(r.detail) for r in rows)


def test_only_a_supervisor_manages_accounts(service):
    boss = service.create_first_account("試験 責任者", PIN)
    staff_view = service.add_account(boss, "試験 窓口", "counter_staff", "1357")
    staff = service.sign_in(staff_view.id, "1357").actor
    for attempt in (
        lambda: service.add_account(staff, "例示 勝手", "supervisor", "9052"),
        lambda: service.list_accounts(staff),
        lambda: service.set_role(staff, staff.helper_id, "supervisor"),
        lambda: service.set_pin(staff, boss.helper_id, "9052"),
        lambda: service.set_active(staff, boss.helper_id, False),
    ):
        with pytest.raises(AccessDenied, match="supervisor"):
            attempt()
    assert {a.name for a in service.list_accounts(boss)} == {"試験 責任者", "試験 窓口"}


def test_own_pin_needs_the_current_one_and_a_supervisor_reset_ends_the_wait(service, clock):
    boss = service.create_first_account("試験 責任者", PIN)
    staff_view = service.add_account(boss, "試験 窓口", "counter_staff", "1357")
    staff = service.sign_in(staff_view.id, "1357").actor
    with pytest.raises(InvalidInput, match="current PIN"):
        service.set_pin(staff, staff.helper_id, "9052", current_pin="0000")
    service.set_pin(staff, staff.helper_id, "9052", current_pin="1357")
    assert service.sign_in(staff.helper_id, "9052").ok
    for _ in range(FREE_TRIES):
        service.sign_in(staff.helper_id, "0000")
    assert service.sign_in(staff.helper_id, "9052").wait_seconds > 0
    service.set_pin(boss, staff.helper_id, "8642")  # forgotten PIN: the supervisor sets a new one
    assert service.sign_in(staff.helper_id, "8642").ok


def test_new_pins_are_checked(service):
    with pytest.raises(InvalidInput, match="easy to guess"):
        service.create_first_account("試験 責任者", "1234")


def test_the_last_supervisor_stays(service):
    boss = service.create_first_account("試験 責任者", PIN)
    with pytest.raises(Conflict, match="last supervisor"):
        service.set_role(boss, boss.helper_id, "counter_staff")
    with pytest.raises(Conflict, match="last supervisor"):
        service.set_active(boss, boss.helper_id, False)


def test_a_deactivated_helper_cannot_sign_in(service):
    boss = service.create_first_account("試験 責任者", PIN)
    gone = service.add_account(boss, "例示 退職", "volunteer", "1357")
    service.set_active(boss, gone.id, False)
    result = service.sign_in(gone.id, "1357")
    assert not result.ok and "supervisor" in str(result.message)
    assert gone.id not in [h.id for h in service.sign_in_choices()]


def test_a_weak_stored_hash_is_remade_at_the_next_good_sign_in(core, service, monkeypatch):
    helper = service.create_first_account("試験 責任者", PIN).helper_id
    monkeypatch.setattr(pin, "DEFAULT_COST", pin.ScryptCost(log2_n=11))  # a later release asks more
    assert service.sign_in(helper, PIN).ok
    with core.database.session() as session:
        assert session.get(Helper, helper).pin_hash.startswith("scrypt$11$")
    assert service.sign_in(helper, PIN).ok


def test_services_refuse_a_bare_helper_id(core, service):
    boss = service.create_first_account("試験 責任者", PIN)
    assert isinstance(boss, Actor)
    with pytest.raises(TypeError, match="signed-in helper"):
        core.cases.list_open_cases(boss.helper_id)


def test_even_a_supervisor_gives_the_current_pin_to_change_their_own(service):
    boss = service.create_first_account("試験 責任者", PIN)
    with pytest.raises(InvalidInput, match="current PIN"):
        service.set_pin(boss, boss.helper_id, "9052")
    service.set_pin(boss, boss.helper_id, "9052", current_pin=PIN)
    assert service.sign_in(boss.helper_id, "9052").ok
