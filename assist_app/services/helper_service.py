"""The helpers (counter staff, volunteers, supervisors) to whom every change is attributed.

Staff names only: this is the directory a case is handed over through. Accounts (PINs, roles,
adding helpers) are services/account_service.py.
"""

from __future__ import annotations

from sqlalchemy import select

from assist_app.services.views import HelperView
from assist_app.storage import Database
from assist_app.storage.models import Helper


def _view(helper: Helper) -> HelperView:
    return HelperView(helper.id, helper.name, helper.role)


class HelperService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_helpers(self) -> list[HelperView]:
        with self._db.session() as session:
            rows = session.scalars(select(Helper).where(Helper.active).order_by(Helper.name))
            return [_view(h) for h in rows]
