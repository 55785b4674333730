"""Turning a plain SQLite file (an older release's database or backup) into an encrypted one.

``sqlcipher_export`` copies schema, rows, indexes and triggers into a new keyed file; the copy is
checked against the original table by table before it replaces it, and the plain file is then
overwritten with zeros. The original stays untouched until the encrypted copy is proven whole.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from assist_app.messages.storage import ENCRYPTED_COPY_DIFFERS
from assist_app.storage import driver
from assist_app.storage.files import fsync_dir, fsync_file, overwrite, scrub, side_files
from assist_app.storage.integrity import check_connection

PLAIN_HEADER = b"SQLite format 3\x00"


class EncryptionError(Exception):
    """The file could not be encrypted; the original was left as it was."""


class FileState(Enum):
    MISSING = "missing"  # no file, or an empty one (SQLite creates those)
    PLAIN = "plain"
    ENCRYPTED = "encrypted"  # or not SQLite at all: without the key the two look the same


def file_state(path: Path) -> FileState:
    try:
        with path.open("rb") as stream:
            header = stream.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return FileState.MISSING
    if not header:
        return FileState.MISSING
    return FileState.PLAIN if header == PLAIN_HEADER else FileState.ENCRYPTED


def _tables(conn, schema: str) -> list[str]:
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def _differences(conn) -> list[str]:
    """Where the attached encrypted copy differs from the main (plain) database."""
    problems = []
    for schema in ("main", "encrypted"):
        objects = conn.execute(f"SELECT type, name, sql FROM {schema}.sqlite_master ORDER BY type, name")
        if schema == "main":
            original = objects.fetchall()
        elif objects.fetchall() != original:
            problems.append("the schema differs")
    for table in _tables(conn, "main"):
        counts = [
            conn.execute(f'SELECT count(*) FROM {s}."{table}"').fetchone()[0] for s in ("main", "encrypted")
        ]
        if counts[0] != counts[1]:
            problems.append(f"table {table} has {counts[1]} rows instead of {counts[0]}")
    return problems


def export_encrypted(plain: Path, destination: Path, key: bytes) -> None:
    """Write an encrypted copy of ``plain`` to ``destination`` and prove it matches."""
    destination.unlink(missing_ok=True)
    conn = driver.connect(plain, None)
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(destination), driver.key_pragma_value(key)))
        try:
            conn.execute("SELECT sqlcipher_export('encrypted')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            problems = _differences(conn)
        finally:
            conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    check = driver.connect(destination, key)
    try:
        problems += check_connection(check)
    finally:
        check.close()
    if problems:
        destination.unlink(missing_ok=True)
        raise EncryptionError(ENCRYPTED_COPY_DIFFERS(problem=problems[0]))
    fsync_file(destination)


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Replace the plain database at ``path`` by an encrypted copy; no connection may be open.

    The swap is one rename, so the path always holds a whole database, plain or encrypted. The
    export checkpointed the WAL into the file, so the side files hold nothing that is not in it.
    """
    incoming = path.with_name(path.name + ".encrypting")
    try:
        export_encrypted(path, incoming, key)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    for side in side_files(path):
        scrub(side)
    if os.name != "posix":  # Windows cannot rename over an open file: no overwrite there
        incoming.replace(path)
        return
    with path.open("rb+") as old:  # the plain inode stays reachable through this handle
        incoming.replace(path)
        fsync_dir(path.parent)
        overwrite(old)
