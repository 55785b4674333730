"""The helpers (counter staff and volunteers) to whom every change is attributed."""

from __future__ import annotations

from sqlalchemy import select

from assist_app.services.errors import InvalidInput, NotFound
from assist_app.services.views import HelperView
from assist_app.storage import Database
from assist_app.storage.models import Helper, HelperRole


def _view(helper: Helper) -> HelperView:
    return HelperView(helper.id, helper.name, helper.role)


class HelperService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add_helper(self, name: str, role: str) -> HelperView:
        name = name.strip()
        if not name:
            raise InvalidInput("Enter the helper's name.")
        if role not in {r.value for r in HelperRole}:
            raise InvalidInput(f"Unknown role {role!r}; expected counter_staff or volunteer.")
        with self._db.session() as session:
            helper = Helper(name=name, role=role)
            session.add(helper)
            session.flush()
            return _view(helper)

    def list_helpers(self) -> list[HelperView]:
        with self._db.session() as session:
            rows = session.scalars(select(Helper).where(Helper.active).order_by(Helper.name))
            return [_view(h) for h in rows]

    def get_helper(self, helper_id: int) -> HelperView:
        with self._db.session() as session:
            helper = session.get(Helper, helper_id)
            if helper is None:
                raise NotFound(f"No helper {helper_id}.")
            return _view(helper)
