"""Engine and sessions. SQLite gets WAL + synchronous FULL, foreign keys and real transactions.

Every SQLite file is opened through sqlcipher3 (see ``driver``): encrypted files through SQLAlchemy's
``sqlite+pysqlcipher`` dialect with a raw 256-bit key, plain ones (tests, benchmarks, the file of an
older release before it is encrypted) through the same driver module without a key.

Python's sqlite3 does not begin a transaction before DDL, so a failed migration could leave a
half-migrated schema; the driver's own transaction handling is switched off and BEGIN emitted
here instead (SQLAlchemy's documented recipe), which also makes migrations roll back whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from assist_app.messages import Message
from assist_app.messages.storage import (
    DISK_FULL,
    FOLDER_READ_ONLY,
    FOLDER_READ_ONLY_AT_OPENING,
    OPENED_READ_ONLY,
    THE_DATABASE_SERVER,
    UNREADABLE,
    UNREADABLE_OPENED_READ_ONLY,
)
from assist_app.storage import driver

CACHE_KIB = 64 * 1024

READ_ONLY = "assist_read_only"  # execution option of Database.read(); Session.info key of read-only files


class DatabaseError(Exception):
    """The database cannot be used; the message (assist_app.messages) says what to do."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)


class StorageFull(DatabaseError):
    def __init__(self) -> None:
        super().__init__(DISK_FULL())


class StorageReadOnly(DatabaseError):
    def __init__(self, where: Path | Message, opened_read_only: bool = False, opening: bool = False) -> None:
        if opened_read_only:
            super().__init__(OPENED_READ_ONLY())
        elif opening:
            super().__init__(FOLDER_READ_ONLY_AT_OPENING(where=where))
        else:
            super().__init__(FOLDER_READ_ONLY(where=where))


class StorageUnreadable(DatabaseError):
    """The file went bad while in use (I/O error, damaged page)."""

    def __init__(self, where: Path | Message, opened_read_only: bool = False) -> None:
        if opened_read_only:
            super().__init__(UNREADABLE_OPENED_READ_ONLY(where=where))
        else:
            super().__init__(UNREADABLE(where=where))


def _sqlite_pragmas(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 5000")
        # Pages stay decoded in SQLite's cache (grown only as used): with SQLCipher a page read again
        # from the OS cache is decrypted and authenticated again, which made list queries 3-5× slower.
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute("PRAGMA temp_store = MEMORY")  # sorts spill to memory, not to (encrypted) temp files
        if read_only:
            cursor.execute("PRAGMA query_only = 1")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # IMMEDIATE: take the write lock up front, so two writers wait (busy_timeout) instead of
        # failing at once when a reader tries to upgrade; WAL readers are never blocked, so a
        # read-only unit of work (Database.read, or a database opened read-only) takes no lock.
        if read_only or connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def sqlite_path(url: str | URL) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_engine(path: Path, key: bytes | None, read_only: bool, immutable: bool) -> Engine:
    database, query = str(path), {}
    if read_only:
        database, query = path.resolve().as_uri(), {"mode": "ro", "uri": "true"}
        if immutable:  # a WAL database in a read-only folder cannot make its -shm file otherwise
            query["immutable"] = "1"
    # The GUI opens the database on a worker thread; the pool still gives a connection to one
    # thread at a time, so SQLite's same-thread check only gets in the way.
    options = dict(connect_args={"check_same_thread": False}, poolclass=QueuePool)
    module = driver.sqlcipher()
    if key is None:
        url = URL.create("sqlite", database=database, query=query)
        return create_engine(url, module=module, **options)
    # The empty username matters: without it SQLAlchemy drops the password, and the key with it.
    url = URL.create(
        "sqlite+pysqlcipher",
        username="",
        password=driver.key_pragma_value(key),
        database=database,
        query=query,
    )
    return create_engine(url, **options)


def create_database_engine(
    url: str, key: bytes | None = None, *, read_only: bool = False, immutable: bool = False
) -> Engine:
    """An engine on ``url``; for a SQLite file, encrypted with ``key`` when one is given.

    ``immutable`` (read-only only) tells SQLite nothing can change the file while it is open.
    """
    path = sqlite_path(url)
    if path is None and make_url(url).get_backend_name() != "sqlite":
        from assist_app.storage import postgres

        return postgres.create_server_engine(postgres.server_url(url), read_only=read_only)
    if path is not None:
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = _sqlite_engine(path, key, read_only, immutable)
    else:
        engine = create_engine(url)  # an in-memory SQLite database
    _sqlite_pragmas(engine, read_only)
    return engine


def storage_error(
    exc: DBAPIError, where: Path | Message, read_only: bool = False, opening: bool = False
) -> DatabaseError | None:
    """The plain-words error for a failure of the disk or the file (or of the server), None for
    anything else."""
    if exc.orig is not None and type(exc.orig).__module__.startswith("psycopg"):
        from assist_app.storage import postgres

        if postgres.sqlstate(exc) == postgres.READ_ONLY_TRANSACTION:
            return StorageReadOnly(where, opened_read_only=True)
        message = postgres.in_use_error(exc)
        return DatabaseError(message) if message is not None else None
    code = driver.error_code(exc)
    if code == driver.SQLITE_FULL:
        return StorageFull()
    if code in (driver.SQLITE_READONLY, driver.SQLITE_CANTOPEN):
        return StorageReadOnly(where, read_only, opening)
    if code in (driver.SQLITE_IOERR, driver.SQLITE_CORRUPT, driver.SQLITE_NOTADB):
        return StorageUnreadable(where, read_only)
    return None


class Database:
    """Owns the engine; hands out short-lived sessions to the services only."""

    def __init__(self, engine: Engine, *, read_only: bool = False, path: Path | None = None) -> None:
        self.engine = engine
        self.read_only = read_only
        self.path = path if path is not None else sqlite_path(engine.url)
        # ``info`` tells the services a session cannot write (the audit log skips its rows then).
        self._sessions = sessionmaker(engine, expire_on_commit=False, info={READ_ONLY: read_only})
        self._read_engine = engine.execution_options(**{READ_ONLY: True})

    @property
    def url(self) -> str:
        """For messages: the file's path, or the server URL without its password."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def encrypted(self) -> bool:
        return self.engine.dialect.driver == "pysqlcipher"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error.

        A full disk, a read-only folder or a failing file becomes a DatabaseError in plain words;
        SQLite has rolled the unit back, so everything committed before it is untouched. On a
        database opened read-only the unit is always rolled back: what a service changes in passing
        (a sign-in's time, say) is dropped instead of failing the read.
        """
        with self._storage_errors():
            if self.read_only:
                with self._sessions() as session:
                    session.begin()
                    try:
                        yield session
                    finally:
                        session.rollback()
                return
            with self._sessions() as session, session.begin():
                yield session

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Core connection for queries that only read and build views from rows (no ORM
        entities): the lists and searches that run on every keystroke. On SQLite it takes no write
        lock, so other seats never wait for a search."""
        with self._storage_errors(), self._read_engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _storage_errors(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            plain = storage_error(exc, self.path or THE_DATABASE_SERVER(), self.read_only)
            if plain is None:
                raise
            raise plain from exc

    def adopt(self, other: Database) -> None:
        """Use ``other``'s engine from now on (the file after a restore, or the damaged file opened
        read-only): every service holding this Database reads the new one. No session may be open."""
        self.engine.dispose()
        self.engine, self.read_only, self.path = other.engine, other.read_only, other.path
        self._sessions, self._read_engine = other._sessions, other._read_engine

    def dispose(self) -> None:
        self.engine.dispose()
