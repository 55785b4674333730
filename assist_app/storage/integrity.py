"""Is the file sound? SQLite's own checks, run on a raw driver connection.

``quick_check`` reads every page of every table and index (and, with SQLCipher, verifies each page's
HMAC as it decrypts it) without cross-checking indexes against tables: linear time, so it is cheap
enough for every start. ``integrity_check`` adds the cross-checks and is run on demand.
"""

from __future__ import annotations

from pathlib import Path

from assist_app.storage import driver

MAX_PROBLEMS = 5


def check_connection(conn, full: bool = False) -> list[str]:
    """The problems SQLite reports (at most a few); an empty list when the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except driver.sqlcipher().DatabaseError as exc:  # a page so damaged that the check itself stops
        return [str(exc)]
    return [row[0] for row in rows if row[0] != "ok"]


def check_file(path: Path, key: bytes | None, full: bool = False) -> list[str]:
    """Check a database file that no engine has open (a backup, or a file about to be restored)."""
    try:
        conn = driver.connect(path, key, read_only=True)
    except driver.sqlcipher().Error as exc:
        return [str(exc)]
    try:
        return check_connection(conn, full)
    finally:
        conn.close()
