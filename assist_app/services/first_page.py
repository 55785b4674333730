"""The first page of open cases, read with the standard DB-API driver alone, for the first screen.

Importing SQLAlchemy costs more than showing the window, so the desktop app fills today's list
from here while the full core opens on a worker thread; once the core is open, it answers every
later request (CaseService.list_open_cases, which returns the same rows — a test holds them equal).

Only a plain SQLite file is read this way. Anything else (PostgreSQL, an encrypted database, no
file yet, a schema this SQL does not fit) returns None and the caller waits for the core, so this
never opens a database with a second driver or shows something the core would not.

The list shows each case's next step by title. Loading the catalogs for those titles costs as
much again as the rest of this read, so the titles are also kept in a small file in the data
folder (``save_titles``, once the core is open; procedure titles only, nothing about residents);
a title missing there sends the caller back to the catalogs.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from assist_app.services.views import CaseSummary

if TYPE_CHECKING:  # imported when used: the point of this module is to start without them
    from assist_app.catalog import Library

TITLES_FILE = Path("cache") / "step-titles.json"
INTERFACE_LANGUAGES = ("ja", "en")
Titles = Mapping[str, Mapping[str, str]]  # catalog id → procedure id → title

_COLUMNS = """cases.id, cases.resident_id, residents.name, residents.kana, cases.catalog_id,
    cases.event_date, cases.next_due, cases.next_procedure_id, cases.status, cases.assigned_helper_id"""
# Two queries so each walks the (status, next_due, id) index in order; one ORDER BY
# "next_due IS NULL" would sort every open case first.
_DATED = f"""SELECT {_COLUMNS} FROM cases JOIN residents ON residents.id = cases.resident_id
WHERE cases.status = 'open' AND cases.next_due IS NOT NULL ORDER BY cases.next_due, cases.id LIMIT ?"""
_UNDATED = f"""SELECT {_COLUMNS} FROM cases JOIN residents ON residents.id = cases.resident_id
WHERE cases.status = 'open' AND cases.next_due IS NULL ORDER BY cases.id LIMIT ?"""


class _MissingTitle(Exception):
    pass


def load_catalogs() -> Library:
    """The bundled catalogs and office layers, as services.core.load_catalogs gives them, but
    without importing SQLAlchemy on the way."""
    from assist_app import paths
    from assist_app.catalog import load_library

    return load_library(paths.catalogs_dir(), paths.offices_dir())


def titles_of(library: Library, lang: str) -> dict[str, dict[str, str]]:
    return {c.id: {p.id: p.title.get(lang) for p in c.procedures} for c in library.catalogs.values()}


def save_titles(library: Library, data_dir: Path) -> None:
    """Keep the step titles for the next start; written only when they changed."""
    path = data_dir / TITLES_FILE
    content = json.dumps({lang: titles_of(library, lang) for lang in INTERFACE_LANGUAGES}, ensure_ascii=False)
    try:
        if path.exists() and path.read_text(encoding="utf-8") == content:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(content, encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # only a start-up shortcut: without it the next start loads the catalogs


def saved_titles(data_dir: Path, lang: str) -> Titles | None:
    try:
        saved = json.loads((data_dir / TITLES_FILE).read_text(encoding="utf-8"))
        return saved["en" if lang == "en" else "ja"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def plain_sqlite_file(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL (no other dialect or driver), if it exists."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = Path(url[len(prefix) :])
    return path if path.is_file() else None


def read_first_page(url: str, titles: Titles, limit: int = 50) -> list[CaseSummary] | None:
    """The first ``limit`` open cases as CaseService.list_open_cases lists them, or None when
    this reader cannot give exactly that (see the module's description)."""
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
        return [_summary(row, titles) for row in rows]
    except (TypeError, ValueError, _MissingTitle):  # something this reader does not know
        return None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _summary(row: tuple, titles: Titles) -> CaseSummary:
    case_id, resident_id, name, kana, catalog_id, event_date, next_due, next_id, status, helper_id = row
    title = None
    if next_id is not None:
        title = titles.get(catalog_id, {}).get(next_id)
        if title is None:
            raise _MissingTitle(next_id)
    return CaseSummary(
        id=case_id,
        resident_id=resident_id,
        resident_name=name,
        resident_kana=kana,
        catalog_id=catalog_id,
        event_date=_date(event_date),
        next_due=_date(next_due),
        next_procedure_id=next_id,
        next_title=title,
        status=status,
        assigned_helper_id=helper_id,
    )
