"""Helper accounts: the first account, signing in with a PIN, the growing delay after wrong PINs,
and the accounts a supervisor manages.

Wrong PINs in a row are counted in the database with the time before which the next try is
refused, so quitting and restarting the app does not reset the delay. While the delay runs, a
try is answered "wait N s" without looking at the PIN; the core never sleeps.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, update

from assist_app.messages import Message, message_of
from assist_app.messages.cases import (
    ACCOUNT_CANNOT_SIGN_IN,
    ACCOUNT_EXISTS,
    ADD_ACCOUNTS,
    CHANGE_ROLES,
    CURRENT_PIN_WRONG,
    DEACTIVATE_ACCOUNTS,
    ENTER_HELPER_NAME,
    ENTER_YOUR_NAME,
    LAST_SUPERVISOR,
    MANAGE_ACCOUNTS,
    NO_HELPER,
    SET_ANOTHER_HELPERS_PIN,
    UNKNOWN_ROLE,
    WAIT_AFTER_WRONG_PINS,
    WRONG_PIN,
    WRONG_PIN_NOW_WAIT,
    WRONG_PIN_ONE_TRY_LEFT,
    WRONG_PIN_TRIES_LEFT,
)
from assist_app.security.pin import PinError, check_new_pin, hash_pin, needs_rehash, verify_pin
from assist_app.services.access import Actor, records_denials, require_supervisor
from assist_app.services.errors import Conflict, InvalidInput, NotFound
from assist_app.services.history import audit
from assist_app.services.views import AccountView, HelperView
from assist_app.storage import Database
from assist_app.storage.models import Helper, HelperRole, utcnow

FREE_TRIES = 3  # wrong PINs before the first wait
FIRST_WAIT = 30  # seconds after the FREE_TRIES-th wrong PIN; doubles with each further one
LONGEST_WAIT = 15 * 60
ROLES = tuple(r.value for r in HelperRole)
# Scripts and the start-up probe sign in from the environment, as with ASSIST_APP_PASSPHRASE.
ENV_HELPER = "ASSIST_APP_HELPER"
ENV_PIN = "ASSIST_APP_PIN"


def wait_after(failures: int) -> int:
    """Seconds to refuse tries after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_WAIT * 2 ** (failures - FREE_TRIES), LONGEST_WAIT)


@dataclass(frozen=True)
class SignIn:
    """The answer to a sign-in: an Actor, or why not (and how long to wait before trying again).

    ``message`` says why (``str`` of it in English, for the command line; the window translates it);
    ``reason`` says it in a word ("unavailable", "waiting", "wrong_pin", "damaged_pin")."""

    actor: Actor | None
    message: Message | None = None
    wait_seconds: int = 0
    reason: str = ""
    tries_left: int = 0

    @property
    def ok(self) -> bool:
        return self.actor is not None


def _account(helper: Helper, now: dt.datetime) -> AccountView:
    waiting = helper.pin_locked_until if helper.pin_locked_until and helper.pin_locked_until > now else None
    return AccountView(
        id=helper.id,
        name=helper.name,
        role=helper.role,
        active=helper.active,
        has_pin=helper.pin_hash is not None,
        failed_pins=helper.failed_pins,
        waiting_until=waiting,
        last_sign_in_at=helper.last_sign_in_at,
    )


def _pin(pin: str) -> str:
    try:
        check_new_pin(pin)
    except PinError as exc:
        raise InvalidInput(message_of(exc)) from None
    return hash_pin(pin)


def _role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(UNKNOWN_ROLE(role=role, roles=", ".join(ROLES)))
    return role


class AccountService:
    def __init__(self, database: Database, now: Callable[[], dt.datetime] = utcnow) -> None:
        self._db, self._now = database, now

    # first start -----------------------------------------------------------------------------
    def needs_first_account(self) -> bool:
        """True while no active helper can sign in (a new database, or one from before accounts)."""
        with self._db.session() as session:
            query = select(Helper.id).where(Helper.active, Helper.pin_hash.is_not(None)).limit(1)
            return session.execute(query).first() is None

    def create_first_account(self, name: str, pin: str, claim_helper_id: int | None = None) -> Actor:
        """The first account is a supervisor. ``claim_helper_id``: an existing helper (from before
        accounts) who becomes that supervisor, keeping what is already attributed to them."""
        name, stored = name.strip(), _pin(pin)
        with self._db.session() as session:
            if session.execute(select(Helper.id).where(Helper.pin_hash.is_not(None)).limit(1)).first():
                raise Conflict(ACCOUNT_EXISTS())
            if claim_helper_id is not None:
                helper = session.get(Helper, claim_helper_id)
                if helper is None or not helper.active:
                    raise NotFound(NO_HELPER(helper_id=claim_helper_id))
            else:
                if not name:
                    raise InvalidInput(ENTER_YOUR_NAME())
                helper = Helper(name=name, role=HelperRole.SUPERVISOR, active=True)
                session.add(helper)
            helper.role, helper.pin_hash, helper.last_sign_in_at = HelperRole.SUPERVISOR, stored, self._now()
            session.flush()
            actor = Actor(helper.id, helper.role, helper.name)
            audit(session, actor, "access", "first_account", record_type="helper", record_ids=[helper.id])
            audit(session, actor, "access", "signed_in")
            return actor

    # signing in ------------------------------------------------------------------------------
    def sign_in_choices(self) -> list[HelperView]:
        """Who can sign in: names and roles of staff only, fit for the lock screen."""
        with self._db.session() as session:
            rows = session.scalars(
                select(Helper).where(Helper.active, Helper.pin_hash.is_not(None)).order_by(Helper.name)
            )
            return [HelperView(h.id, h.name, h.role) for h in rows]

    def sign_in(self, helper_id: int, pin: str) -> SignIn:
        now = self._now()
        with self._db.session() as session:
            helper = session.get(Helper, helper_id)
            if helper is None or not helper.active or helper.pin_hash is None:
                audit(
                    session, None, "access", "sign_in_refused", record_type="helper", record_ids=[helper_id]
                )
                return SignIn(None, ACCOUNT_CANNOT_SIGN_IN(), reason="unavailable")
            until = helper.pin_locked_until
            if until is not None and until > now:
                # A clock set back must not lock anyone out for longer than the longest wait.
                wait = min(math.ceil((until - now).total_seconds()), LONGEST_WAIT)
                return SignIn(None, WAIT_AFTER_WRONG_PINS(seconds=wait), wait, "waiting")
            stored, name, role = helper.pin_hash, helper.name, helper.role
        try:
            good = verify_pin(pin, stored)  # slow on purpose: outside any transaction
        except PinError as exc:
            return SignIn(None, message_of(exc), reason="damaged_pin")
        with self._db.session() as session:
            helper = session.get(Helper, helper_id)
            if good:
                helper.failed_pins, helper.pin_locked_until, helper.last_sign_in_at = 0, None, now
                if needs_rehash(stored):
                    helper.pin_hash = hash_pin(pin)
                actor = Actor(helper_id, role, name)
                audit(session, actor, "access", "signed_in")
                return SignIn(actor)
            if self._db.read_only:  # what is left of a damaged file: nothing can be counted in it
                return SignIn(None, WRONG_PIN())
            # Counted in SQL, so two seats trying at once both count.
            session.execute(
                update(Helper).where(Helper.id == helper_id).values(failed_pins=Helper.failed_pins + 1)
            )
            session.refresh(helper)
            wait = wait_after(helper.failed_pins)
            helper.pin_locked_until = now + dt.timedelta(seconds=wait) if wait else None
            audit(
                session,
                None,
                "access",
                "sign_in_refused",
                record_type="helper",
                record_ids=[helper_id],
                failures=helper.failed_pins,
            )
            if wait:
                return SignIn(None, WRONG_PIN_NOW_WAIT(seconds=wait), wait, "wrong_pin")
            left = FREE_TRIES - helper.failed_pins
            message = WRONG_PIN_ONE_TRY_LEFT() if left == 1 else WRONG_PIN_TRIES_LEFT(tries=left)
            return SignIn(None, message, reason="wrong_pin", tries_left=left)

    def signed_out(self, actor: Actor, reason: str) -> None:
        """Locking (idle, on demand, switching helper) is recorded, so the log shows who had the app."""
        with self._db.session() as session:
            audit(session, actor, "access", "locked", reason=reason)

    # accounts --------------------------------------------------------------------------------
    @records_denials
    def list_accounts(self, actor: Actor) -> list[AccountView]:
        require_supervisor(actor, MANAGE_ACCOUNTS)
        now = self._now()
        with self._db.session() as session:
            return [_account(h, now) for h in session.scalars(select(Helper).order_by(Helper.name))]

    @records_denials
    def add_account(self, actor: Actor, name: str, role: str, pin: str | None = None) -> HelperView:
        """A new helper. Without a PIN they cannot sign in until one is set (``set_pin``)."""
        require_supervisor(actor, ADD_ACCOUNTS)
        name, role = name.strip(), _role(role)
        if not name:
            raise InvalidInput(ENTER_HELPER_NAME())
        stored = _pin(pin) if pin is not None else None
        with self._db.session() as session:
            helper = Helper(name=name, role=role, active=True, pin_hash=stored)
            session.add(helper)
            session.flush()
            audit(
                session,
                actor,
                "access",
                "account_added",
                record_type="helper",
                record_ids=[helper.id],
                role=role,
            )
            return HelperView(helper.id, helper.name, helper.role)

    @records_denials
    def set_pin(self, actor: Actor, helper_id: int, new_pin: str, current_pin: str | None = None) -> None:
        """Your own PIN (give the current one: the app may have been left open), or anyone else's
        as a supervisor (a forgotten PIN); clears the wait after wrong PINs."""
        if helper_id != actor.helper_id:
            require_supervisor(actor, SET_ANOTHER_HELPERS_PIN)
        else:
            with self._db.session() as session:
                stored = session.get(Helper, helper_id).pin_hash
            if current_pin is None or stored is None or not verify_pin(current_pin, stored):
                raise InvalidInput(CURRENT_PIN_WRONG())
        stored = _pin(new_pin)
        with self._db.session() as session:
            helper = session.get(Helper, helper_id)
            if helper is None:
                raise NotFound(NO_HELPER(helper_id=helper_id))
            helper.pin_hash, helper.failed_pins, helper.pin_locked_until = stored, 0, None
            audit(session, actor, "access", "pin_set", record_type="helper", record_ids=[helper_id])

    @records_denials
    def set_role(self, actor: Actor, helper_id: int, role: str) -> None:
        require_supervisor(actor, CHANGE_ROLES)
        role = _role(role)
        with self._db.session() as session:
            helper = session.get(Helper, helper_id)
            if helper is None:
                raise NotFound(NO_HELPER(helper_id=helper_id))
            if helper.role == HelperRole.SUPERVISOR and role != HelperRole.SUPERVISOR:
                self._keep_a_supervisor(session, helper_id)
            helper.role = role
            audit(
                session, actor, "access", "role_set", record_type="helper", record_ids=[helper_id], role=role
            )

    @records_denials
    def set_active(self, actor: Actor, helper_id: int, active: bool) -> None:
        """A helper who leaves is deactivated, never deleted: the history keeps their name."""
        require_supervisor(actor, DEACTIVATE_ACCOUNTS)
        with self._db.session() as session:
            helper = session.get(Helper, helper_id)
            if helper is None:
                raise NotFound(NO_HELPER(helper_id=helper_id))
            if not active and helper.role == HelperRole.SUPERVISOR:
                self._keep_a_supervisor(session, helper_id)
            helper.active = active
            audit(
                session,
                actor,
                "access",
                "account_active",
                record_type="helper",
                record_ids=[helper_id],
                active=active,
            )

    @staticmethod
    def _keep_a_supervisor(session, leaving_id: int) -> None:
        others = select(Helper.id).where(
            Helper.role == HelperRole.SUPERVISOR,
            Helper.active,
            Helper.pin_hash.is_not(None),
            Helper.id != leaving_id,
        )
        if session.execute(others.limit(1)).first() is None:
            raise Conflict(LAST_SUPERVISOR())
