"""Who may see what: the signed-in helper (Actor) and the rules every service applies.

Counter staff and supervisors see every resident and case. A volunteer sees only the cases
assigned to them or opened by them, and only the residents of those cases or added by them.
Only a supervisor sees the audit log and the reports, and manages accounts and policies.
The rules are applied in the queries themselves (``case_filter``/``resident_filter``), so a list,
a search or a count can never carry a row the helper may not see.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, bindparam, or_, select
from sqlalchemy.orm import Session

from assist_app.messages import Template
from assist_app.messages.cases import CASE_OF_ANOTHER_HELPER, RESIDENT_OF_ANOTHER_HELPER, SUPERVISOR_ONLY
from assist_app.services import audit_chain
from assist_app.services.errors import AccessDenied
from assist_app.storage.models import Case, HelperRole, Resident

F = TypeVar("F", bound=Callable)


@dataclass(frozen=True)
class Actor:
    """The helper on whose behalf a service call runs; made by AccountService at sign-in."""

    helper_id: int
    role: str
    name: str

    @property
    def id(self) -> int:
        return self.helper_id

    @property
    def sees_everything(self) -> bool:
        return self.role in (HelperRole.COUNTER_STAFF, HelperRole.SUPERVISOR)

    @property
    def is_supervisor(self) -> bool:
        return self.role == HelperRole.SUPERVISOR


def require_actor(actor: object) -> Actor:
    """Service calls take the signed-in helper, not a bare id (which anyone could make up)."""
    if not isinstance(actor, Actor):
        raise TypeError(f"expected the signed-in helper (Actor), got {type(actor).__name__}")
    return actor


# What a volunteer sees, as bound-parameter clauses, so that statements can be built once and cached
# (the today list and the search run on every keystroke); the helper's id goes in ``VIEWER``.
VIEWER = "viewer"


def own_cases_clause() -> ColumnElement[bool]:
    viewer = bindparam(VIEWER)
    return or_(Case.assigned_helper_id == viewer, Case.created_by == viewer)


def own_residents_clause() -> ColumnElement[bool]:
    own_cases = select(Case.resident_id).where(own_cases_clause())
    return or_(Resident.created_by == bindparam(VIEWER), Resident.id.in_(own_cases))


def may_see_case(actor: Actor, case: Case) -> bool:
    return require_actor(actor).sees_everything or actor.helper_id in (
        case.assigned_helper_id,
        case.created_by,
    )


def check_case(actor: Actor, case: Case) -> None:
    if not may_see_case(actor, case):
        raise AccessDenied(CASE_OF_ANOTHER_HELPER(case_id=case.id), "case", case.id)


def check_resident(session: Session, actor: Actor, resident_id: int) -> None:
    if require_actor(actor).sees_everything:
        return
    visible = session.execute(
        select(Resident.id).where(Resident.id == resident_id, own_residents_clause()),
        {VIEWER: actor.helper_id},
    ).first()
    if visible is None:
        raise AccessDenied(RESIDENT_OF_ANOTHER_HELPER(resident_id=resident_id), "resident", resident_id)


def require_supervisor(actor: Actor, action: Template) -> None:
    """``action``: what only a supervisor may do, a phrase of assist_app.messages.cases."""
    if not require_actor(actor).is_supervisor:
        raise AccessDenied(SUPERVISOR_ONLY(action=action()), "supervisor", None)


def records_denials(method: F) -> F:
    """Record a refused attempt in the audit log, in its own transaction (the call's own
    transaction is rolled back with the refusal). ``self._db`` is the service's database."""

    @functools.wraps(method)
    def wrapper(self, actor, *args, **kwargs):
        try:
            return method(self, actor, *args, **kwargs)
        except AccessDenied as exc:
            if not exc.recorded and isinstance(actor, Actor):
                exc.recorded = True
                with self._db.session() as session:
                    audit_chain.append(
                        session,
                        helper_id=actor.helper_id,
                        role=actor.role,
                        kind="access",
                        action="refused",
                        resident_id=exc.record_id if exc.record_type == "resident" else None,
                        case_id=exc.record_id if exc.record_type == "case" else None,
                        record_type=exc.record_type,
                        detail={"call": method.__name__},
                    )
            raise

    return wrapper  # type: ignore[return-value]
