"""Reports for a supervisor: how many cases are open, closed and overdue per life event, and who is
carrying how many. Counts and staff names only, never a resident's name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import case, func, select

from assist_app.messages.cases import SEE_THE_REPORTS
from assist_app.services.access import Actor, records_denials, require_supervisor
from assist_app.services.history import audit
from assist_app.storage import Database
from assist_app.storage.models import Case, CaseStatus, Helper, Resident


@dataclass(frozen=True)
class EventCounts:
    catalog_id: str
    open: int
    overdue: int  # open, with the next step's date passed
    closed: int


@dataclass(frozen=True)
class HelperLoad:
    helper_id: int
    name: str
    role: str
    open: int
    overdue: int


@dataclass(frozen=True)
class Report:
    today: dt.date
    residents: int
    by_event: tuple[EventCounts, ...]
    by_helper: tuple[HelperLoad, ...]


class ReportService:
    def __init__(self, database: Database, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._db, self._today = database, today

    @records_denials
    def summary(self, actor: Actor) -> Report:
        require_supervisor(actor, SEE_THE_REPORTS)
        today = self._today()
        is_open = Case.status == CaseStatus.OPEN
        overdue = is_open & (Case.next_due < today)

        def count(condition):
            return func.sum(case((condition, 1), else_=0))

        with self._db.session() as session:
            events = session.execute(
                select(Case.catalog_id, count(is_open), count(overdue), count(~is_open))
                .group_by(Case.catalog_id)
                .order_by(Case.catalog_id)
            ).all()
            helpers = session.execute(
                select(Helper.id, Helper.name, Helper.role, count(is_open), count(overdue))
                .join(Case, Case.assigned_helper_id == Helper.id)
                .group_by(Helper.id, Helper.name, Helper.role)
                .order_by(Helper.name)
            ).all()
            residents = session.scalar(select(func.count()).select_from(Resident))
            audit(session, actor, "access", "report_read")
        return Report(
            today,
            residents,
            tuple(EventCounts(c, int(o or 0), int(d or 0), int(x or 0)) for c, o, d, x in events),
            tuple(HelperLoad(i, n, r, int(o or 0), int(d or 0)) for i, n, r, o, d in helpers),
        )
