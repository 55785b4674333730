"""The core composition: configuration, catalogs, database and services, built once.

The GUI's composition root and the command line both start here and pass what they need down.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from assist_app import paths
from assist_app.catalog import Library, load_library
from assist_app.config import Config
from assist_app.security import SecretStore
from assist_app.security.database_key import Credentials, SigningSecrets, UnlockedKey
from assist_app.services.backup_service import BackupService
from assist_app.services.case_service import CaseService
from assist_app.services.database_opening import open_database_unlocked
from assist_app.services.helper_service import HelperService
from assist_app.services.resident_service import ResidentService
from assist_app.storage import Database


def load_catalogs() -> Library:
    return load_library(paths.catalogs_dir(), paths.offices_dir())


@dataclass
class Core:
    config: Config
    library: Library
    database: Database
    cases: CaseService
    residents: ResidentService
    helpers: HelperService
    backups: BackupService | None = None
    keys: UnlockedKey | None = None  # how the database key was had; None for a server database
    secrets: SigningSecrets | SecretStore | None = None  # where the resume-code signing key lives

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    def signing_key(self):
        """This installation's resume-code signing key (made on first use); SecretStoreError if the
        keychain and the passphrase vault are both out of reach."""
        from assist_app.resume import load_signing_key

        return load_signing_key(self.secrets or SecretStore())

    def close(self) -> None:
        self.database.dispose()


def open_core(
    config: Config,
    library: Library | None = None,
    today: Callable[[], dt.date] = dt.date.today,
    *,
    credentials: Credentials | None = None,
    keychain: SecretStore | None = None,
    read_only: bool = False,
) -> Core:
    """Open everything. Raises UnlockError subclasses when the key needs the helper (passphrase,
    recovery key), DatabaseDamaged for a damaged file, other DatabaseErrors in plain words."""
    library = library if library is not None else load_catalogs()
    keychain = keychain or SecretStore()
    opened = open_database_unlocked(config, credentials or Credentials(), keychain, read_only=read_only)
    database = opened.database
    vault = opened.unlocked.vault if opened.unlocked else None
    return Core(
        config=config,
        library=library,
        database=database,
        cases=CaseService(database, library, today),
        residents=ResidentService(database),
        helpers=HelperService(database),
        backups=BackupService(database, config.backup_dir),
        keys=opened.unlocked,
        secrets=SigningSecrets(keychain, vault),
    )
