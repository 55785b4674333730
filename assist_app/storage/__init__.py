"""Storage: the ORM, the engine, migrations and backups. Sessions never leave the services."""

from assist_app.storage.database import Database, DatabaseError, create_database_engine
from assist_app.storage.migrate import DatabaseTooNew, upgrade_database


def open_database(url: str, backup_dir=None) -> Database:
    """An engine on ``url`` with the schema brought up to date."""
    engine = create_database_engine(url)
    try:
        upgrade_database(engine, backup_dir)
    except Exception:
        engine.dispose()
        raise
    return Database(engine)


__all__ = [
    "Database",
    "DatabaseError",
    "DatabaseTooNew",
    "create_database_engine",
    "open_database",
    "upgrade_database",
]
