"""Storage: the ORM, the engine, migrations and backups. Sessions never leave the services."""

import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from assist_app.messages.storage import (
    CANNOT_OPEN,
    DAMAGED_WITH_BACKUP,
    DAMAGED_WITHOUT_BACKUP,
    SCHEMA_NOT_READABLE_READ_ONLY,
    THE_DATABASE_SERVER,
)
from assist_app.storage import driver, postgres
from assist_app.storage.database import (
    Database,
    DatabaseError,
    StorageFull,
    StorageReadOnly,
    create_database_engine,
    sqlite_path,
    storage_error,
)
from assist_app.storage.integrity import check_connection, check_pages
from assist_app.storage.migrate import DatabaseTooNew, current_revision, upgrade_database
from assist_app.storage.schema_revisions import HEAD


class DatabaseDamaged(DatabaseError):
    """The file fails SQLite's checks or cannot be decrypted with its own key.

    ``latest_good`` is filled in by whoever knows the backups (the services), for the message.
    """

    def __init__(self, path: Path, problems: list[str], latest_good=None) -> None:
        # the checks report "*** in database main ***" and then one line per damaged page
        lines = [line for p in problems for line in p.splitlines() if line and not line.startswith("***")]
        problems = lines or problems
        self.path, self.problems, self.latest_good = path, problems, latest_good
        if latest_good is not None:
            made = f"{latest_good.made:%Y-%m-%d %H:%M}"
            super().__init__(DAMAGED_WITH_BACKUP(path=path, problem=problems[0], made=made))
        else:
            super().__init__(DAMAGED_WITHOUT_BACKUP(path=path, problem=problems[0]))


def _damage(exc: DBAPIError) -> bool:
    return driver.error_code(exc) in (driver.SQLITE_CORRUPT, driver.SQLITE_NOTADB)


def open_database(
    url: str,
    backup_dir: Path | None = None,
    key: bytes | None = None,
    *,
    read_only: bool = False,
    defer_check: bool = False,
) -> Database:
    """An engine on ``url`` (encrypted with ``key``), checked, with the schema brought up to date.

    ``defer_check``: skip the check of every page when no migration is due, for a caller that runs
    ``find_problems`` itself later (the window, after the sign-in page is up); a file about to be
    migrated is always checked first. Read-only opens skip the check and the migration (they change
    nothing, and they are the way to read what is left of a damaged file); they need a database
    already at this release's schema. In a read-only folder they fall back to SQLite's immutable
    mode, which needs no -shm file.
    """
    if not read_only:
        return _open(url, backup_dir, key, defer_check, read_only=False, immutable=False)
    try:
        return _open(url, backup_dir, key, defer_check, read_only=True, immutable=False)
    except StorageReadOnly:
        return _open(url, backup_dir, key, defer_check, read_only=True, immutable=True)


def _check(engine, encrypted: bool) -> list[str]:
    """The start-up check: every page of an encrypted file against its HMAC (SQLite's quick check
    for a plain one), in one read transaction, so that a checkpoint cannot move pages under it."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("BEGIN")
        try:
            return check_pages(raw) if encrypted else check_connection(raw)
        finally:
            if raw.in_transaction:  # SQLite may have ended it on an error; that error is the news
                raw.execute("COMMIT")


def find_problems(database: Database) -> list[str]:
    """The start-up check (``_check``) of an open SQLite database, for a caller that deferred it;
    an empty list when the file is sound."""
    if database.path is None:
        return []
    try:
        return _check(database.engine, database.encrypted)
    except DBAPIError as exc:
        return [str(exc.orig)]


def _open(url, backup_dir, key, defer_check, *, read_only: bool, immutable: bool) -> Database:
    engine = create_database_engine(url, key, read_only=read_only, immutable=immutable)
    path = sqlite_path(url)
    try:
        due = path is not None and not read_only
        if due and (not defer_check or current_revision(engine) != HEAD):
            problems = _check(engine, key is not None)
            if problems:
                raise DatabaseDamaged(path, problems)
        if read_only:
            revision = current_revision(engine)
            if revision != HEAD:
                raise DatabaseError(SCHEMA_NOT_READABLE_READ_ONLY(revision=revision))
        else:
            upgrade_database(engine, backup_dir)
    except DBAPIError as exc:
        engine.dispose()
        if path is None and postgres.is_server_url(url):
            password_known = make_url(url).password is not None or bool(os.environ.get(postgres.ENV_PASSWORD))
            raise DatabaseError(postgres.opening_error(exc, url, password_known)) from exc
        where = path or THE_DATABASE_SERVER()
        if path is not None and _damage(exc):
            raise DatabaseDamaged(path, [str(exc.orig)]) from exc
        plain = storage_error(exc, where, opening=True)
        if plain is not None:
            raise plain from exc
        raise DatabaseError(CANNOT_OPEN(where=where, error=exc.orig.__class__.__name__)) from exc
    except Exception:
        engine.dispose()
        raise
    return Database(engine, read_only=read_only, path=path)


__all__ = [
    "Database",
    "DatabaseDamaged",
    "DatabaseError",
    "DatabaseTooNew",
    "StorageFull",
    "StorageReadOnly",
    "create_database_engine",
    "find_problems",
    "open_database",
    "upgrade_database",
]
