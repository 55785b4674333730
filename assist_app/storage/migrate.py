"""Brings a database to the schema of this release, safely.

Order: read the revision (no Alembic import when none is due); refuse a database from a newer
release; back up an existing SQLite file; migrate in one transaction with foreign keys off (a batch
migration of a parent table would otherwise cascade-delete its children); check foreign keys;
commit or roll back whole.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from assist_app.messages.storage import MIGRATION_BROKE_REFERENCES, NOT_OUR_DATABASE, WRITTEN_BY_NEWER_RELEASE
from assist_app.storage.backup import backup_name, backup_sqlite
from assist_app.storage.database import DatabaseError
from assist_app.storage.schema_revisions import HEAD, REVISIONS

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseTooNew(DatabaseError):
    pass


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):
            conn.rollback()
            if inspect(conn).get_table_names():
                raise DatabaseError(NOT_OUR_DATABASE()) from None
            return None


def _run_alembic(conn, target: str, scripts: Path) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts))
    config.attributes["connection"] = conn
    command.upgrade(config, target)


def upgrade_database(
    engine: Engine,
    backup_dir: Path | None,
    target: str = HEAD,
    known: tuple[str, ...] = REVISIONS,
    scripts: Path = MIGRATIONS_DIR,
) -> Path | None:
    """Migrate to ``target``; returns the path of the backup taken, if any."""
    current = current_revision(engine)
    if current == target:
        return None
    if current is not None and current not in known:
        raise DatabaseTooNew(WRITTEN_BY_NEWER_RELEASE(revision=current))
    backup = None
    sqlite = engine.dialect.name == "sqlite"
    if current is not None and sqlite and backup_dir is not None:
        backup = backup_sqlite(engine, backup_dir / backup_name(f"before-{target}"))
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
        try:
            with conn.begin():
                _run_alembic(conn, target, scripts)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(MIGRATION_BROKE_REFERENCES(count=len(broken)))
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
    return backup
