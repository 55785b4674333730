"""Storage: the ORM, the engine, migrations and backups. Sessions never leave the services."""

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from assist_app.storage.database import Database, DatabaseError, create_database_engine, sqlite_path
from assist_app.storage.migrate import DatabaseTooNew, upgrade_database


def open_database(url: str, backup_dir: Path | None = None) -> Database:
    """An engine on ``url`` with the schema brought up to date."""
    engine = create_database_engine(url)
    try:
        upgrade_database(engine, backup_dir)
    except DBAPIError as exc:
        engine.dispose()
        where = sqlite_path(url) or "the database server"
        raise DatabaseError(
            f"The database ({where}) cannot be opened: {exc.orig.__class__.__name__}. "
            "It may be damaged or locked; restore a backup or choose another data folder."
        ) from exc
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
