"""Opening the database: unlock its key, encrypt a plain file of an older release, check, migrate.

For a SQLite file the order is: find out what is on disk (nothing, plain, encrypted); unlock the key
(or make one at first start); encrypt a plain file (its old plain backups too) after an encrypted
backup of it; open with the key, check the file and migrate. A damaged file comes back as
``DatabaseDamaged`` with the latest good backup named, for the helper to choose: restore it, or
open read-only. A database on a server is opened as it is; its encryption is the server's business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from assist_app.config import Config
from assist_app.security import SecretStore
from assist_app.security.database_key import Credentials, UnlockedKey, unlock_database_key
from assist_app.security.key_file import key_file_path
from assist_app.services.backup_service import RestoreResult, latest_good_backup, restore_backup
from assist_app.storage import Database, DatabaseDamaged, DatabaseError, open_database
from assist_app.storage.backup import unique_backup_path
from assist_app.storage.database import sqlite_path
from assist_app.storage.encryption import FileState, encrypt_in_place, export_encrypted, file_state
from assist_app.storage.files import scrub


@dataclass
class OpenedDatabase:
    database: Database
    unlocked: UnlockedKey | None  # None for a server database
    encrypted_now: bool = False  # a plain file was encrypted during this opening


def encrypt_plain_backups(folder: Path, key: bytes) -> int:
    """Encrypt the plain backups an older release left in ``folder``; returns how many."""
    count = 0
    if not folder.is_dir():
        return 0
    for path in sorted(folder.glob("*.sqlite3")):
        if file_state(path) is FileState.PLAIN:
            encrypt_in_place(path, key)
            count += 1
    for leftover in folder.glob("*.partial"):
        if file_state(leftover) is FileState.PLAIN:
            scrub(leftover)
    return count


def _encrypt_plain_database(path: Path, key: bytes, backup_dir: Path) -> None:
    backup_dir.mkdir(parents=True, exist_ok=True)
    export_encrypted(path, unique_backup_path(backup_dir, "before-encryption", dt.datetime.now()), key)
    encrypt_in_place(path, key)
    encrypt_plain_backups(backup_dir, key)


def open_database_unlocked(
    config: Config, credentials: Credentials, keychain: SecretStore, *, read_only: bool = False
) -> OpenedDatabase:
    path = sqlite_path(config.database_url)
    if path is None:
        return OpenedDatabase(
            open_database(config.database_url, config.backup_dir, read_only=read_only), None
        )
    state = file_state(path)
    unlocked = unlock_database_key(
        key_file_path(path), credentials, keychain, database_exists=state is FileState.ENCRYPTED
    )
    encrypted_now = False
    key: bytes | None = unlocked.key
    if state is FileState.PLAIN:
        if read_only:
            key = None  # read what is there; encryption waits for a normal start
        else:
            _encrypt_plain_database(path, unlocked.key, config.backup_dir)
            encrypted_now = True
    try:
        database = open_database(config.database_url, config.backup_dir, key, read_only=read_only)
    except DatabaseDamaged as exc:
        exc.latest_good = latest_good_backup(config.backup_dir, unlocked.key)
        raise DatabaseDamaged(exc.path, exc.problems, exc.latest_good) from None
    return OpenedDatabase(database, unlocked, encrypted_now)


def restore_from_backup(
    config: Config, credentials: Credentials, keychain: SecretStore, backup: Path | None = None
) -> RestoreResult:
    """Put ``backup`` (default: the latest good one) in place of the database, which no engine may
    have open; the replaced file is kept in the backups folder. Then check and migrate the result."""
    path = sqlite_path(config.database_url)
    if path is None:
        raise DatabaseError("This database is on a server; restore it with the server's own tools.")
    unlocked = unlock_database_key(
        key_file_path(path), credentials, keychain, database_exists=file_state(path) is FileState.ENCRYPTED
    )
    if backup is None:
        found = latest_good_backup(config.backup_dir, unlocked.key)
        if found is None:
            raise DatabaseError(f"No backup in {config.backup_dir} passes its check; nothing was changed.")
        backup = found.path
    result = restore_backup(path, backup, unlocked.key, config.backup_dir)
    open_database(config.database_url, config.backup_dir, unlocked.key).dispose()
    return result
