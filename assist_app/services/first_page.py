"""The first page of open cases, read with the standard DB-API driver alone, for the first screen.

Importing SQLAlchemy costs more than showing the window, so the desktop app fills today's list
from here while the full core opens on a worker thread; once the core is open, it answers every
later request (CaseService.list_open_cases, which returns the same rows — a test holds them equal).

Only a plain SQLite file is read this way. Anything else (PostgreSQL, an encrypted database, no
file yet, a schema this SQL does not fit) returns None and the caller waits for the core, so this
never opens a database with a second driver or shows something the core would not.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from assist_app import paths
from assist_app.catalog import Library, load_library
from assist_app.services.views import CaseSummary

_COLUMNS = """cases.id, cases.resident_id, residents.name, residents.kana, cases.catalog_id,
    cases.event_date, cases.next_due, cases.next_procedure_id, cases.status, cases.assigned_helper_id"""
# Two queries so each walks the (status, next_due, id) index in order; one ORDER BY
# "next_due IS NULL" would sort every open case first.
_DATED = f"""SELECT {_COLUMNS} FROM cases JOIN residents ON residents.id = cases.resident_id
WHERE cases.status = 'open' AND cases.next_due IS NOT NULL ORDER BY cases.next_due, cases.id LIMIT ?"""
_UNDATED = f"""SELECT {_COLUMNS} FROM cases JOIN residents ON residents.id = cases.resident_id
WHERE cases.status = 'open' AND cases.next_due IS NULL ORDER BY cases.id LIMIT ?"""


def load_catalogs() -> Library:
    """The bundled catalogs and office layers, as services.core.load_catalogs gives them, but
    without importing SQLAlchemy on the way."""
    return load_library(paths.catalogs_dir(), paths.offices_dir())


def plain_sqlite_file(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL (no other dialect or driver), if it exists."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = Path(url[len(prefix) :])
    return path if path.is_file() else None


def read_first_page(url: str, library: Library, lang: str, limit: int = 50) -> list[CaseSummary] | None:
    path = plain_sqlite_file(url)
    if path is None:
        return None
    try:
        # Read-only: this connection never writes, never migrates, never creates a file.
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = connection.execute(_DATED, (limit,)).fetchall()
        if len(rows) < limit:
            rows += connection.execute(_UNDATED, (limit - len(rows),)).fetchall()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    try:
        return [_summary(row, library, lang) for row in rows]
    except (TypeError, ValueError):  # a value this reader does not understand: let the core decide
        return None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _summary(row: tuple, library: Library, lang: str) -> CaseSummary:
    case_id, resident_id, name, kana, catalog_id, event_date, next_due, next_id, status, helper_id = row
    catalog = library.catalog(catalog_id)
    procedure = catalog.procedure(next_id) if catalog and next_id else None
    return CaseSummary(
        id=case_id,
        resident_id=resident_id,
        resident_name=name,
        resident_kana=kana,
        catalog_id=catalog_id,
        event_date=_date(event_date),
        next_due=_date(next_due),
        next_procedure_id=next_id,
        next_title=procedure.title.get(lang) if procedure else next_id,
        status=status,
        assigned_helper_id=helper_id,
    )
