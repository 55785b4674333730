"""The installation's rules that a supervisor sets: how long closed cases are kept, and after how
long without input the app locks. Kept in the database, so every seat on a shared database follows
the same rules and a helper cannot loosen them in a settings file."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from assist_app.messages.cases import CHANGE_THE_RULES, IDLE_LOCK_BETWEEN, RETENTION_BETWEEN, UNKNOWN_SETTING
from assist_app.services.access import Actor, records_denials, require_actor, require_supervisor
from assist_app.services.errors import InvalidInput
from assist_app.services.history import audit
from assist_app.storage import Database
from assist_app.storage.models import Policy


@dataclass(frozen=True)
class Policies:
    retention_days: int = 365  # closed cases are erased this long after closing
    idle_lock_seconds: int = 300  # the app locks after this long without input


LIMITS = {"retention_days": (30, 3650), "idle_lock_seconds": (1, 3600)}


class PolicyService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def policies(self, actor: Actor) -> Policies:
        require_actor(actor)
        with self._db.session() as session:
            stored = dict(session.execute(select(Policy.key, Policy.value)).all())
        values = {}
        for f in fields(Policies):
            try:
                values[f.name] = int(stored[f.name])
            except (KeyError, ValueError):
                values[f.name] = f.default
        return Policies(**values)

    @records_denials
    def set_policy(self, actor: Actor, name: str, value: int) -> Policies:
        require_supervisor(actor, CHANGE_THE_RULES)
        if name not in LIMITS:
            raise InvalidInput(UNKNOWN_SETTING(setting=name))
        low, high = LIMITS[name]
        if not low <= int(value) <= high:
            if name == "retention_days":
                raise InvalidInput(RETENTION_BETWEEN(low=low, high=high))
            raise InvalidInput(IDLE_LOCK_BETWEEN(low=low, high=high))
        with self._db.session() as session:
            row = session.get(Policy, name)
            old = row.value if row else None
            if row is None:
                session.add(Policy(key=name, value=str(int(value))))
            else:
                row.value = str(int(value))
            audit(session, actor, "access", "policy_set", setting=name, old=old, new=int(value))
        return self.policies(actor)
