"""Opening the database: unlock its key, encrypt a plain file of an older release, check, migrate.

For a SQLite file the order is: find out what is on disk (nothing, plain, encrypted); unlock the key
(or make one at first start); encrypt a plain file (its old plain backups too) after an encrypted
backup of it; open with the key, check the file and migrate. A damaged file comes back as
``DatabaseDamaged`` with the latest good backup named, for the helper to choose: restore it, or
open read-only. A database on a PostgreSQL server is opened with its password (see
``security.server_password``) and migrated; its encryption, checks and backups are the server's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from assist_app.config import Config, save_database_url
from assist_app.messages.storage import NO_GOOD_BACKUP, RESTORE_ON_SERVER
from assist_app.security import SecretStore
from assist_app.security.database_key import Credentials, UnlockedKey, unlock_database_key
from assist_app.security.key_file import key_file_path
from assist_app.security.server_password import ServerPassword, find_password, store_password
from assist_app.services.backup_service import RestoreResult, latest_good_backup, restore_backup
from assist_app.services.history import audit
from assist_app.storage import (
    Database,
    DatabaseDamaged,
    DatabaseError,
    find_problems,
    open_database,
    postgres,
)
from assist_app.storage.backup import unique_backup_path
from assist_app.storage.database import sqlite_path
from assist_app.storage.encryption import FileState, encrypt_in_place, export_encrypted, file_state
from assist_app.storage.files import scrub


@dataclass
class OpenedDatabase:
    database: Database
    unlocked: UnlockedKey | None  # None for a server database
    encrypted_now: bool = False  # a plain file was encrypted during this opening
    server_password: ServerPassword | None = None  # where a server's password came from


def _open_server(
    config: Config, credentials: Credentials, keychain: SecretStore, read_only: bool
) -> OpenedDatabase:
    """A PostgreSQL server: its password from the environment, keychain or vault, never the file.

    A password found in ``config.json`` (written there by hand) is moved to the keychain (or the
    vault) and the file rewritten without it, before anything else."""
    url, in_file = postgres.without_password(config.database_url)
    server = postgres.describe(url)
    if in_file is not None:
        store_password(server, in_file, config.data_dir, keychain, credentials)
        save_database_url(config.data_dir, url)
    found = find_password(server, config.data_dir, credentials, keychain)
    connect = postgres.server_url(url)
    if found.password is not None:
        connect = connect.set(password=found.password)
    database = open_database(connect, config.backup_dir, read_only=read_only)
    return OpenedDatabase(database, None, server_password=found)


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
    config: Config,
    credentials: Credentials,
    keychain: SecretStore,
    *,
    read_only: bool = False,
    defer_check: bool = False,
) -> OpenedDatabase:
    """``defer_check``: the caller runs ``find_damage`` once the helper sees something (see
    ``storage.open_database``)."""
    path = sqlite_path(config.database_url)
    if path is None:
        return _open_server(config, credentials, keychain, read_only)
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
        database = open_database(
            config.database_url, config.backup_dir, key, read_only=read_only, defer_check=defer_check
        )
    except DatabaseDamaged as exc:
        exc.latest_good = latest_good_backup(config.backup_dir, unlocked.key)
        raise DatabaseDamaged(exc.path, exc.problems, exc.latest_good) from None
    return OpenedDatabase(database, unlocked, encrypted_now)


def find_damage(database: Database, backup_dir: Path, key: bytes | None) -> DatabaseDamaged | None:
    """The check ``defer_check`` left out, on the open database; the damage (with the latest good
    backup named) or None when the file is sound."""
    if database.read_only:
        return None
    problems = find_problems(database)
    if not problems:
        return None
    return DatabaseDamaged(database.path, problems, latest_good_backup(backup_dir, key))


def restore_from_backup(
    config: Config, credentials: Credentials, keychain: SecretStore, backup: Path | None = None
) -> RestoreResult:
    """Put ``backup`` (default: the latest good one) in place of the database, which no engine may
    have open; the replaced file is kept in the backups folder. Then check and migrate the result."""
    path = sqlite_path(config.database_url)
    if path is None:
        raise DatabaseError(RESTORE_ON_SERVER())
    unlocked = unlock_database_key(
        key_file_path(path), credentials, keychain, database_exists=file_state(path) is FileState.ENCRYPTED
    )
    if backup is None:
        found = latest_good_backup(config.backup_dir, unlocked.key)
        if found is None:
            raise DatabaseError(NO_GOOD_BACKUP(folder=config.backup_dir))
        backup = found.path
    return restore_with_key(config, unlocked.key, backup)


def restore_with_key(config: Config, key: bytes | None, backup: Path) -> RestoreResult:
    """The restore itself, with the key at hand. The restored file brings its own audit log, which
    goes on from the backup's last row; the restore is its next row (ids and the backup's name only)."""
    path = sqlite_path(config.database_url)
    result = restore_backup(path, backup, key, config.backup_dir)
    database = open_database(config.database_url, config.backup_dir, key)
    try:
        with database.session() as session:
            audit(session, None, "change", "backup_restored", backup=Path(backup).name)
    finally:
        database.dispose()
    return result
