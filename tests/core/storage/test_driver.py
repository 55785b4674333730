"""One SQLite library per process: nothing in the app opens files through the standard sqlite3
module, which would keep its own lock table beside sqlcipher3's and could corrupt a shared file."""

from __future__ import annotations

import re
from pathlib import Path

import assist_app
import bench

STDLIB_SQLITE = re.compile(r"^\s*(import sqlite3\b|from sqlite3\b)", re.MULTILINE)


def test_no_module_uses_the_standard_sqlite3_module():
    roots = [Path(assist_app.__file__).parent, Path(bench.__file__).parent]
    offenders = [
        str(path)
        for root in roots
        for path in root.rglob("*.py")
        if STDLIB_SQLITE.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_engines_use_sqlcipher3_for_plain_and_encrypted_files(tmp_path):
    import sqlcipher3

    from assist_app.storage import create_database_engine

    plain = create_database_engine(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    encrypted = create_database_engine(f"sqlite:///{tmp_path / 'enc.sqlite3'}", key=bytes(range(32)))
    assert plain.dialect.dbapi is sqlcipher3 and encrypted.dialect.dbapi is sqlcipher3
    assert encrypted.dialect.driver == "pysqlcipher"
    with encrypted.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
    plain.dispose()
    encrypted.dispose()
