"""Consistent copies of a live SQLite database through the SQLite backup API, and putting one back.

A copy is made by the same driver and with the same key as the database (an encrypted database
gives an encrypted backup), checked, flushed, and only then given its final name, so a file named
like a backup is always a whole, sound one.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from assist_app.messages import Message
from assist_app.messages.storage import (
    BACKUP_DAMAGED,
    BACKUP_DAMAGED_OR_OTHER_KEY,
    BACKUP_DISK_FULL,
    BACKUP_FAILED_CHECK,
    BACKUP_FOLDER_READ_ONLY,
    BACKUP_FROM_NEWER_RELEASE,
    BACKUP_NOT_MADE,
    BACKUP_NOT_OURS,
)
from assist_app.storage import driver
from assist_app.storage.database import DatabaseError
from assist_app.storage.files import durable_copy, fsync_dir, fsync_file, side_files
from assist_app.storage.integrity import check_connection, check_file

_NAME = re.compile(r"^assist-(\d{8}-\d{6})(?:-\d+)?-([a-z0-9-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(DatabaseError):
    """A backup could not be made or used; the message says why and what to do."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: dt.datetime
    reason: str  # "daily", "manual", "before-0002", "before-restore", "set-aside", …


def backup_name(reason: str, now: dt.datetime | None = None) -> str:
    return f"assist-{(now or dt.datetime.now()).strftime(_STAMP)}-{reason}.sqlite3"


def unique_backup_path(folder: Path, reason: str, now: dt.datetime | None = None) -> Path:
    path = folder / backup_name(reason, now)
    counter = 2
    while path.exists():
        stem = (now or dt.datetime.now()).strftime(_STAMP)
        path = folder / f"assist-{stem}-{counter}-{reason}.sqlite3"
        counter += 1
    return path


def engine_key(engine: Engine) -> bytes | None:
    """The raw key of an engine opened by ``create_database_engine`` on an encrypted file."""
    if engine.dialect.driver != "pysqlcipher":
        return None
    value = engine.url.password or ""
    return bytes.fromhex(value[2:-1])  # x'<hex>'


def backup_sqlite(engine: Engine, destination: Path) -> Path:
    """Copy the database behind ``engine`` to ``destination`` (same driver and key, so same locking
    and the same encryption); the copy is checked before it gets its name."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with engine.connect() as conn:
            source = conn.connection.dbapi_connection
            target = driver.connect(partial, engine_key(engine))
            try:
                source.backup(target)
                # A backup is one self-contained file: rollback-journal mode, so reading it later
                # leaves no -wal or -shm beside it (the live database switches to WAL when opened).
                target.execute("PRAGMA journal_mode = DELETE")
                problems = check_connection(target)
            finally:
                target.close()
        if problems:
            raise BackupError(BACKUP_FAILED_CHECK(problem=problems[0]))
        fsync_file(partial)
        partial.replace(destination)
        fsync_dir(destination.parent)
    except driver.sqlcipher().Error as exc:
        partial.unlink(missing_ok=True)
        raise _backup_failed(exc, destination.parent) from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise _backup_failed(exc, destination.parent) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def _backup_failed(exc: BaseException, folder: Path) -> BackupError:
    code = driver.error_code(exc)
    if code == driver.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return BackupError(BACKUP_DISK_FULL(folder=folder))
    if code in (driver.SQLITE_READONLY, driver.SQLITE_CANTOPEN) or isinstance(exc, PermissionError):
        return BackupError(BACKUP_FOLDER_READ_ONLY(folder=folder))
    reason = getattr(exc, "strerror", None) or str(exc)
    return BackupError(BACKUP_NOT_MADE(folder=folder, reason=reason))


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first; files not named like a backup are left out."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            made = dt.datetime.strptime(match.group(1), _STAMP)
            found.append(BackupFile(path, made, match.group(2)))
    found.sort(key=lambda b: (b.made, b.path.name), reverse=True)
    return found


def schema_revision(path: Path, key: bytes | None) -> str | None:
    conn = driver.connect(path, key, read_only=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def check_backup(path: Path, key: bytes | None, known_revisions: tuple[str, ...]) -> Message | None:
    """Why ``path`` cannot be restored with ``key`` (a phrase), or None when it can."""
    problems = check_file(path, key)
    if problems:
        if "not a database" in problems[0]:
            return BACKUP_DAMAGED_OR_OTHER_KEY()
        return BACKUP_DAMAGED(problem=problems[0])
    try:
        revision = schema_revision(path, key)
    except driver.sqlcipher().Error:
        return BACKUP_NOT_OURS()
    if revision not in known_revisions:
        return BACKUP_FROM_NEWER_RELEASE(revision=revision)
    return None


def replace_database_file(source: Path, database: Path, set_aside: Path | None) -> None:
    """Put ``source`` in place of ``database``; no connection to ``database`` may be open.

    The current file and its WAL are first copied to ``set_aside`` (when it exists and a path is
    given); then the WAL and shared-memory files are removed, because SQLite would replay an old
    WAL into the new file; then the copy replaces the database in one rename.
    """
    incoming = database.with_name(database.name + ".restoring")
    durable_copy(source, incoming)
    try:
        if set_aside is not None and database.exists():
            set_aside.parent.mkdir(parents=True, exist_ok=True)
            durable_copy(database, set_aside)
            wal = database.with_name(database.name + "-wal")
            if wal.exists() and wal.stat().st_size:
                durable_copy(wal, set_aside.with_name(set_aside.name + "-wal"))
        for side in side_files(database):
            side.unlink(missing_ok=True)
        incoming.replace(database)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    fsync_dir(database.parent)
