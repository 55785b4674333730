"""Is the file sound? SQLite's and SQLCipher's own checks, run on a raw driver connection.

Three levels. ``cipher_integrity_check`` (encrypted files) verifies the HMAC of every page without
decoding the B-trees: any changed byte on disk — a bad sector, a torn write, an overwrite — fails
it, and it costs half a ``quick_check`` (measured: 1.5 s against 3.2 s on a 300 MB file), so it is
the check at every start. ``quick_check`` also walks every table and index; it runs on each new
backup copy, so the structure is checked daily in the background. ``integrity_check`` adds the
cross-checks between indexes and tables and runs on demand (``assist-app check --full``).
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


def check_pages(conn) -> list[str]:
    """Every page of an encrypted file against its HMAC, and the schema readable (the start-up check)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except driver.sqlcipher().DatabaseError as exc:
        return [str(exc)]
    return [row[0] for row in rows[:MAX_PROBLEMS]]


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
