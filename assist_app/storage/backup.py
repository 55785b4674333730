"""Consistent copies of a live SQLite database through the SQLite backup API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine


def backup_sqlite(engine: Engine, destination: Path) -> Path:
    """Copy the database behind ``engine`` to ``destination`` (same driver, so same locking)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_suffix(destination.suffix + ".partial")
    partial.unlink(missing_ok=True)
    dbapi = engine.dialect.dbapi
    with engine.connect() as conn:
        source = conn.connection.dbapi_connection
        target = dbapi.connect(str(partial))
        try:
            source.backup(target)
        finally:
            target.close()
    partial.replace(destination)
    return destination


def backup_name(reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"assist-{stamp}-{reason}.sqlite3"
