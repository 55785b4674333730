"""ORM classes: helpers, residents, consent, cases, checklist items, their history, the audit log."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from assist_app.checklist.status import ItemStatus


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class HelperRole(StrEnum):
    COUNTER_STAFF = "counter_staff"
    VOLUNTEER = "volunteer"
    SUPERVISOR = "supervisor"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Helper(Base):
    __tablename__ = "helpers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The PIN or password as a slow salted hash with its parameters (security/pin.py); None: the
    # helper cannot sign in until a supervisor sets one.
    pin_hash: Mapped[str | None] = mapped_column(String(300))
    # Wrong PINs in a row, and until when the next try is refused: kept here so a restart does
    # not reset the growing delay.
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Resident(Base):
    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kana: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_language: Mapped[str] = mapped_column(String(10), default="ja")
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    needs: Mapped[str] = mapped_column(Text, default="")  # e.g. interpreter, hearing
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("helpers.id"), index=True)

    search_keys: Mapped[list[ResidentSearchKey]] = relationship(
        back_populates="resident", cascade="all, delete-orphan"
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="resident", cascade="all, delete-orphan")


# Compared by code point, as SQLite does, so a prefix is a range of keys (migration 0003).
SEARCH_KEY = String(200).with_variant(String(200, collation="C"), "postgresql")


class ResidentSearchKey(Base):
    """Folded name parts (see textfold), so a prefix search uses an index."""

    __tablename__ = "resident_search_keys"
    # On PostgreSQL the index carries resident_id too, so a search reads the index alone (0003).
    __table_args__ = (Index("ix_resident_search_keys_key", "key", postgresql_include=["resident_id"]),)

    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(SEARCH_KEY, primary_key=True)

    resident: Mapped[Resident] = relationship(back_populates="search_keys")


class Consent(Base):
    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(Text)  # what the resident agreed to, in words
    given_on: Mapped[dt.date] = mapped_column(Date)
    paper_form: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("helpers.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    resident: Mapped[Resident] = relationship(back_populates="consents")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status_next_due", "status", "next_due", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    catalog_id: Mapped[str] = mapped_column(String(50))
    catalog_version: Mapped[str] = mapped_column(String(30))
    event_date: Mapped[dt.date] = mapped_column(Date)
    known_date: Mapped[dt.date | None] = mapped_column(Date)
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    ward: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(10), default=CaseStatus.OPEN)
    assigned_helper_id: Mapped[int | None] = mapped_column(ForeignKey("helpers.id"), index=True)
    next_due: Mapped[dt.date | None] = mapped_column(Date)  # soonest open dated item
    next_procedure_id: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("helpers.id"), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    resident: Mapped[Resident] = relationship()
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ChecklistItem.id"
    )

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (Index("ix_checklist_items_case_procedure", "case_id", "procedure_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    procedure_id: Mapped[str] = mapped_column(String(80))
    applies: Mapped[str] = mapped_column(String(12))  # yes, to_confirm, no_longer
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    due_kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), default=ItemStatus.TODO)
    blocked_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("helpers.id"))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False)

    case: Mapped[Case] = relationship(back_populates="items")

    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012


class HistoryEntry(Base):
    """Append-only: triggers refuse UPDATE, and DELETE outside an erasure (see erasure.py)."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    helper_id: Mapped[int | None] = mapped_column(ForeignKey("helpers.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(40))
    procedure_id: Mapped[str | None] = mapped_column(String(80))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class AuditEntry(Base):
    """Who looked at or changed which record, when. No names or values: ids and action words only.

    Append-only (triggers refuse UPDATE and DELETE, erasures included: the log must show the
    erasure itself) and chained: ``row_hash`` is SHA-256 over the previous row's hash and this row's
    canonical form (services/audit_chain.py). Ids run 1, 2, 3 … with no gap.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    helper_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: outlives anything
    role: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))  # view, change, print, export, scan, erase, access
    action: Mapped[str] = mapped_column(String(40))
    resident_id: Mapped[int | None] = mapped_column(Integer, index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    record_type: Mapped[str | None] = mapped_column(String(20))  # what record_ids are: case, resident …
    record_ids: Mapped[list] = mapped_column(JSON, default=list)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditAnchor(Base):
    """One row: how many audit rows there are and the last hash, so cutting the tail shows."""

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    row_count: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class Policy(Base):
    """Rules of the installation set by a supervisor (retention period …), as text by key."""

    __tablename__ = "policies"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
