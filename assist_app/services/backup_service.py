"""Backups: made on a schedule and on request, rotated, and put back when the database is damaged.

Each backup is a whole, checked, encrypted copy (see ``storage.backup``) in the backups folder, named
with its time and reason. Rotation keeps the newest few of each reason; copies of a damaged database
set aside before a restore are kept a little longer, since they may hold the only copy of some rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assist_app.messages.cases import BACK_UP_ELSEWHERE
from assist_app.messages.storage import (
    BACKUP_FOLDER_NOT_MADE,
    BACKUP_ON_SERVER,
    CANNOT_RESTORE,
    RESTORE_NOT_PUT_IN_PLACE,
)
from assist_app.services.access import Actor, require_supervisor
from assist_app.services.history import audit
from assist_app.storage import Database, DatabaseError
from assist_app.storage.backup import (
    BackupError,
    BackupFile,
    backup_sqlite,
    check_backup,
    list_backups,
    replace_database_file,
    unique_backup_path,
)
from assist_app.storage.schema_revisions import REVISIONS

KEEP = {"daily": 7, "manual": 10, "set-aside": 5}
KEEP_OTHER = 3  # before a migration, a restore or the encryption of an old plain file


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    set_aside: Path | None  # the replaced file, kept in the backups folder


class BackupService:
    def __init__(
        self,
        database: Database,
        folder: Path,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._db, self.folder, self._now = database, folder, now

    def _require_sqlite(self) -> None:
        if self._db.path is None:
            raise BackupError(BACKUP_ON_SERVER())

    def backup_now(
        self, reason: str = "manual", destination: Path | None = None, *, actor: Actor | None = None
    ) -> Path:
        """A checked, encrypted copy; in the backups folder unless ``destination`` is given, which
        takes a supervisor (a copy of every resident leaves the data folder). Recorded in the audit
        log with the helper, if any (the scheduled one has none), and the reason."""
        self._require_sqlite()
        if destination is not None:
            require_supervisor(actor, BACK_UP_ELSEWHERE)
        target = destination or unique_backup_path(self.folder, reason, self._now())
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(BACKUP_FOLDER_NOT_MADE(folder=target.parent, reason=exc.strerror)) from None
        made = backup_sqlite(self._db.engine, target)
        if destination is None:
            self.prune()
        with self._db.session() as session:
            audit(session, actor, "export", "backup_made", reason=reason, elsewhere=destination is not None)
        return made

    def backup_if_due(self) -> Path | None:
        """Today's scheduled backup, if none was made today; None when nothing was due."""
        if self._db.path is None or self._db.read_only:
            return None
        today = self._now().date()
        if any(b.reason == "daily" and b.made.date() == today for b in list_backups(self.folder)):
            return None
        return self.backup_now("daily")

    def backups(self) -> list[BackupFile]:
        return list_backups(self.folder)

    def prune(self) -> list[Path]:
        """Delete all but the newest few backups of each reason; returns what was deleted."""
        seen: dict[str, int] = {}
        removed = []
        for backup in list_backups(self.folder):  # newest first
            seen[backup.reason] = seen.get(backup.reason, 0) + 1
            if seen[backup.reason] > KEEP.get(backup.reason, KEEP_OTHER):
                backup.path.unlink(missing_ok=True)
                backup.path.with_name(backup.path.name + "-wal").unlink(missing_ok=True)
                removed.append(backup.path)
        return removed


def latest_good_backup(folder: Path, key: bytes | None) -> BackupFile | None:
    """The newest backup that opens with ``key`` and passes its check (older ones are tried in turn)."""
    for backup in list_backups(folder):
        if backup.reason == "set-aside":
            continue
        if check_backup(backup.path, key, REVISIONS) is None:
            return backup
    return None


def restore_backup(
    database_path: Path,
    backup: Path,
    key: bytes | None,
    folder: Path,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> RestoreResult:
    """Put ``backup`` in place of the database (whose engine must be closed).

    The backup is checked first; the replaced file is kept in ``folder`` as a "set-aside" copy, so a
    restore never destroys anything.
    """
    why_not = check_backup(backup, key, REVISIONS)
    if why_not is not None:
        raise DatabaseError(CANNOT_RESTORE(backup=backup.name, why=why_not))
    set_aside = unique_backup_path(folder, "set-aside", now()) if database_path.exists() else None
    try:
        replace_database_file(backup, database_path, set_aside)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DatabaseError(RESTORE_NOT_PUT_IN_PLACE(reason=reason)) from None
    return RestoreResult(backup, set_aside)
