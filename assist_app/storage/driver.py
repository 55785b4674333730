"""The one SQLite driver of the process: sqlcipher3, for plain and encrypted files alike.

Two SQLite libraries in one process (the standard ``sqlite3`` module and sqlcipher3) keep separate
lock tables, so a file opened through both can be corrupted; everything here goes through sqlcipher3.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import ModuleType

_lock = threading.Lock()
_quiet = False

KEY_BYTES = 32


def sqlcipher() -> ModuleType:
    """The driver module, with SQLCipher's own stderr logging turned off (once per process).

    SQLCipher logs decryption failures to stderr by default; our messages say what happened.
    """
    global _quiet
    import sqlcipher3

    with _lock:
        if not _quiet:
            probe = sqlcipher3.connect(":memory:")
            try:
                probe.execute("PRAGMA cipher_log_level = NONE")
            finally:
                probe.close()
            _quiet = True
    return sqlcipher3


def key_pragma_value(key: bytes) -> str:
    """SQLCipher's raw-key form ``x'<64 hex digits>'``: no KDF runs when a connection opens."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"x'{key.hex()}'"


def connect(path: Path | str, key: bytes | None, *, read_only: bool = False):
    """A raw driver connection (for backups, exports and checks), keyed when ``key`` is given."""
    driver = sqlcipher()
    if read_only:
        conn = driver.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = driver.connect(str(path), check_same_thread=False)
    conn.isolation_level = None
    if key is not None:
        conn.execute(f'PRAGMA key = "{key_pragma_value(key)}"')
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


SQLITE_BUSY, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26

# SQLite's fixed messages, for the errors that come without a result code (e.g. from the backup API)
_MESSAGES = {
    "database or disk is full": SQLITE_FULL,
    "attempt to write a readonly database": SQLITE_READONLY,
    "unable to open database file": SQLITE_CANTOPEN,
    "disk I/O error": SQLITE_IOERR,
    "database disk image is malformed": SQLITE_CORRUPT,
    "file is not a database": SQLITE_NOTADB,
}


def error_code(exc: BaseException) -> int | None:
    """The SQLite primary result code of a driver error (or SQLAlchemy's wrapper of one)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    return _MESSAGES.get(str(orig).strip())
