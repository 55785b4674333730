"""Plain read-only views the services hand out; no ORM object or session leaves a service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only named in an annotation; importing it would load the catalogs at start-up
    from assist_app.checklist import ChecklistChange


@dataclass(frozen=True)
class HelperView:
    id: int
    name: str
    role: str


@dataclass(frozen=True)
class AccountView:
    """A helper's account as a supervisor sees it (never the PIN hash)."""

    id: int
    name: str
    role: str
    active: bool
    has_pin: bool
    failed_pins: int
    waiting_until: dt.datetime | None  # wrong PINs: no try is taken before this
    last_sign_in_at: dt.datetime | None


@dataclass(frozen=True)
class ResidentInput:
    name: str
    kana: str = ""
    birth_date: dt.date | None = None
    phone: str = ""
    address: str = ""
    preferred_language: str = "ja"
    large_print: bool = False
    needs: str = ""


@dataclass(frozen=True)
class ConsentInput:
    scope: str  # what the resident agreed to, in words
    given_on: dt.date
    paper_form: bool = False


@dataclass(frozen=True)
class ResidentView:
    id: int
    name: str
    kana: str
    birth_date: dt.date | None
    phone: str
    address: str
    preferred_language: str
    large_print: bool
    needs: str
    has_consent: bool


@dataclass(frozen=True)
class ItemView:
    id: int
    procedure_id: str
    short_code: str
    title: str
    applies: str
    due_date: dt.date | None
    due_kind: str
    status: str
    blocked_reason: str
    notes: str
    updated_at: dt.datetime
    updated_by: str | None
    row_version: int


@dataclass(frozen=True)
class CaseSummary:
    id: int
    resident_id: int
    resident_name: str
    resident_kana: str
    catalog_id: str
    event_date: dt.date
    next_due: dt.date | None
    next_procedure_id: str | None
    next_title: str | None
    status: str
    assigned_helper_id: int | None

    def days_left(self, today: dt.date) -> int | None:
        return None if self.next_due is None else (self.next_due - today).days


@dataclass(frozen=True)
class HistoryView:
    at: dt.datetime
    helper: str | None
    action: str
    procedure_id: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class CaseView:
    summary: CaseSummary
    catalog_version: str
    known_date: dt.date | None
    answers: dict[str, Any]
    ward: str | None
    created_at: dt.datetime
    row_version: int
    items: list[ItemView] = field(default_factory=list)
    history: list[HistoryView] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class CatalogUpdate:
    case_id: int
    from_version: str
    to_version: str
    change: ChecklistChange
