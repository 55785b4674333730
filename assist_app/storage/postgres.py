"""What is particular to a database on a PostgreSQL server: its URL, its engine, its errors in words.

A ward office's seats share one server. Its files, their encryption and their backups are the
server's business; the app connects with psycopg 3 (``pip install 'assist-app[postgres]'``), the
password coming from the keychain or the environment, never from ``config.json`` (see
``security.server_password``).
"""

from __future__ import annotations

from sqlalchemy import URL, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from assist_app.messages import Message
from assist_app.messages.storage import (
    DATABASE_NOT_SUPPORTED,
    DATABASE_URL_NAMES_NO_DATABASE,
    DATABASE_URL_UNREADABLE,
    NO_POSTGRES_DRIVER,
    SEATS_CHANGED_THE_SAME_RECORDS,
    SERVER_CONNECTION_LOST,
    SERVER_DISK_FULL,
    SERVER_HAS_NO_SUCH_DATABASE,
    SERVER_PASSWORD_MISSING,
    SERVER_PASSWORD_REFUSED,
    SERVER_REFUSED_CONNECTION,
    SERVER_STARTING_OR_STOPPING,
    SERVER_UNREACHABLE,
    SERVER_USER_HAS_NO_RIGHTS,
    THIS_USER,
)
from assist_app.storage.database import DatabaseError

DRIVER = "postgresql+psycopg"
SCHEMES = ("postgresql", "postgres")  # with or without a driver; psycopg 3 is always the one used
CONNECT_TIMEOUT_S = 10  # an unreachable server is reported instead of hanging the window
ENV_PASSWORD = "PGPASSWORD"  # PostgreSQL's own variable: the driver (libpq) reads it by itself

# SQLSTATEs told apart in messages (PostgreSQL's "Appendix A. Error Codes")
INVALID_PASSWORD = "28P01"
INVALID_AUTHORIZATION = "28000"
NO_SUCH_DATABASE = "3D000"
INSUFFICIENT_PRIVILEGE = "42501"
READ_ONLY_TRANSACTION = "25006"
DEADLOCK = "40P01"
SERIALIZATION_FAILURE = "40001"
DISK_FULL = "53100"
CANNOT_CONNECT_NOW = "57P03"  # the server is starting up or shutting down
ADMIN_SHUTDOWN = "57P01"


class UnsupportedDatabase(DatabaseError):
    """A URL that names neither a SQLite file nor a PostgreSQL server."""


def is_server_url(url: str | URL) -> bool:
    try:
        return make_url(url).get_backend_name() in SCHEMES
    except ArgumentError:
        return False


def server_url(url: str | URL) -> URL:
    """``url`` with the driver this app uses (``postgresql://`` and ``postgres://`` are accepted).

    Raises UnsupportedDatabase for anything that is not a PostgreSQL URL with a database name.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UnsupportedDatabase(DATABASE_URL_UNREADABLE()) from None
    if parsed.get_backend_name() not in SCHEMES:
        raise UnsupportedDatabase(DATABASE_NOT_SUPPORTED(backend=parsed.get_backend_name()))
    if not parsed.database:
        raise UnsupportedDatabase(DATABASE_URL_NAMES_NO_DATABASE())
    return parsed.set(drivername=DRIVER)


def without_password(url: str | URL) -> tuple[str, str | None]:
    """The URL as it may be written to ``config.json``, and the password it carried (if any)."""
    parsed = make_url(url)
    password = parsed.password
    if password is None:
        return str(url), None
    # URL.set(password=None) would leave the password as it is: None means "unchanged" there.
    return parsed._replace(password=None).render_as_string(hide_password=False), str(password)


def describe(url: str | URL) -> str:
    """``user@host:port/database``: for messages and for naming the password in the keychain."""
    parsed = make_url(url)
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    return f"{user}{parsed.host or 'localhost'}{port}/{parsed.database}"


def create_server_engine(url: URL, *, read_only: bool = False) -> Engine:
    try:
        import psycopg  # noqa: F401  (only to say plainly what is missing)
    except ImportError:
        raise UnsupportedDatabase(NO_POSTGRES_DRIVER()) from None
    options = "-c default_transaction_read_only=on" if read_only else ""
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "assist-app"}
    if options:
        connect_args["options"] = options
    # pre_ping: a pooled connection left over from before a server restart is replaced, not failed.
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None)


def _server_reason(exc: DBAPIError) -> str | None:
    """The server's own reason for refusing a connection (libpq reports it as text, without a
    SQLSTATE); None when no server answered."""
    text = str(exc.orig)
    if "FATAL:" not in text:
        return None
    return text.split("FATAL:", 1)[1].strip().splitlines()[0]


def opening_error(exc: DBAPIError, url: str | URL, password_known: bool) -> Message:
    """Why the server could not be opened, and what to do, in one or two sentences.

    A refused connection carries no SQLSTATE, only libpq's text with the server's reason after
    "FATAL:" (in the server's language), so the common cases are told apart by their English words
    and anything else is shown with the server's own reason."""
    parsed = make_url(url)
    where, user = describe(url), parsed.username or THIS_USER()
    state, reason = sqlstate(exc), _server_reason(exc)
    text = str(exc.orig)
    if "no password supplied" in text or (
        not password_known and state in (INVALID_PASSWORD, INVALID_AUTHORIZATION)
    ):
        return SERVER_PASSWORD_MISSING(user=user, server=where)
    if state in (INVALID_PASSWORD, INVALID_AUTHORIZATION) or "password authentication failed" in text:
        return SERVER_PASSWORD_REFUSED(user=user, server=where)
    missing = bool(reason) and reason.startswith("database ") and "does not exist" in reason
    if state == NO_SUCH_DATABASE or missing:
        return SERVER_HAS_NO_SUCH_DATABASE(database=parsed.database, server=where)
    if state == INSUFFICIENT_PRIVILEGE or (reason and "permission denied" in reason):
        return SERVER_USER_HAS_NO_RIGHTS(server=where)
    if state in (CANNOT_CONNECT_NOW, ADMIN_SHUTDOWN) or (reason and "starting up" in reason):
        return SERVER_STARTING_OR_STOPPING(server=where)
    if reason is None and state is None:
        return SERVER_UNREACHABLE(server=where)
    return SERVER_REFUSED_CONNECTION(server=where, reason=reason or exc.orig.__class__.__name__)


def in_use_error(exc: DBAPIError) -> Message | None:
    """A failure while the app works, in words; None for errors that are not about the server
    (a bug, a refused statement), which go on as they are."""
    state = sqlstate(exc)
    if state == DISK_FULL:
        return SERVER_DISK_FULL()
    if state in (DEADLOCK, SERIALIZATION_FAILURE):
        return SEATS_CHANGED_THE_SAME_RECORDS()
    # No SQLSTATE: the server never answered (network down, server stopped mid-session).
    if state in (CANNOT_CONNECT_NOW, ADMIN_SHUTDOWN) or (state is None and exc.connection_invalidated):
        return SERVER_CONNECTION_LOST()
    return None
