"""The core composition: configuration, catalogs, database and services, built once.

The GUI's composition root and the command line both start here and pass what they need down.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assist_app import paths
from assist_app.catalog import Library, load_library
from assist_app.config import Config
from assist_app.security import SecretStore
from assist_app.security.database_key import Credentials, SigningSecrets, UnlockedKey
from assist_app.services.account_service import AccountService
from assist_app.services.audit_service import AuditService
from assist_app.services.backup_service import BackupService, RestoreResult
from assist_app.services.case_service import CaseService
from assist_app.services.database_opening import (
    OpenedDatabase,
    find_damage,
    open_database_unlocked,
    restore_with_key,
)
from assist_app.services.export_service import ExportService
from assist_app.services.helper_service import HelperService
from assist_app.services.key_service import KeyService
from assist_app.services.policy_service import PolicyService
from assist_app.services.report_service import ReportService
from assist_app.services.resident_service import ResidentService
from assist_app.services.retention_service import RetentionService
from assist_app.storage import Database, DatabaseDamaged, open_database


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
    # accounts, audit, consent and retention (issue 5 part B)
    accounts: AccountService
    audit: AuditService
    policies: PolicyService
    retention: RetentionService
    exports: ExportService
    reports: ReportService
    # encryption and backups (issue 5 part A)
    backups: BackupService | None = None
    database_key: KeyService | None = None  # the recovery sheet and the passphrase
    keys: UnlockedKey | None = None  # how the database key was had; None for a server database
    secrets: SigningSecrets | SecretStore | None = None  # where the resume-code signing key lives

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    def signing_key(self, create: bool = True):
        """This installation's resume-code signing key (made on first use when ``create``, else None
        until then); SecretStoreError if the keychain and the passphrase vault are both out of reach."""
        from assist_app.resume import load_signing_key

        return load_signing_key(self.secrets or SecretStore(), create=create)

    # the start-up check, when open_core was told to defer it (the window) ----------------------
    def find_damage(self) -> DatabaseDamaged | None:
        """Check every page of the open file; the damage (latest good backup named) or None."""
        return find_damage(self.database, self.config.backup_dir, self.keys.key if self.keys else None)

    def reopen(self, *, read_only: bool = False) -> None:
        """Open the file again in place of the one open (read-only: what is left of a damaged one);
        every service goes on with the new one."""
        key = self.keys.key if self.keys else None
        # A server's engine URL carries the password found at opening; config.json never does.
        url = self.config.database_url if self.database.path is not None else self.database.engine.url
        self.database.adopt(open_database(url, self.config.backup_dir, key, read_only=read_only))

    def restore(self, backup: Path) -> RestoreResult:
        """Put ``backup`` in place of the damaged database, then go on with it (see ``reopen``)."""
        self.database.dispose()
        result = restore_with_key(self.config, self.keys.key if self.keys else None, backup)
        self.reopen()
        return result

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
    defer_check: bool = False,
    opened: OpenedDatabase | None = None,
) -> Core:
    """Open everything. Raises UnlockError subclasses when the key needs the helper (passphrase,
    recovery key), DatabaseDamaged for a damaged file, other DatabaseErrors in plain words.
    ``defer_check``: the caller runs ``Core.find_damage`` itself, soon after (the window).
    ``opened``: the database already unlocked and opened by ``open_database_unlocked`` (the window
    does that first, to show the sign-in page sooner); the other arguments about it are unused then."""
    library = library if library is not None else load_catalogs()
    if opened is not None and opened.unlocked is not None:
        keychain = opened.unlocked.keychain
    keychain = keychain or SecretStore()
    if opened is None:
        opened = open_database_unlocked(
            config, credentials or Credentials(), keychain, read_only=read_only, defer_check=defer_check
        )
    database = opened.database
    if opened.unlocked is not None:
        vault = opened.unlocked.vault
    else:  # a server: the vault that keeps its password, where no keychain works
        vault = opened.server_password.vault if opened.server_password else None
    policies = PolicyService(database)
    audit = AuditService(database)
    return Core(
        config=config,
        library=library,
        database=database,
        cases=CaseService(database, library, today),
        residents=ResidentService(database),
        helpers=HelperService(database),
        accounts=AccountService(database),
        audit=audit,
        policies=policies,
        retention=RetentionService(database, policies),
        exports=ExportService(database, library),
        reports=ReportService(database, today),
        backups=BackupService(database, config.backup_dir),
        database_key=KeyService(database, opened.unlocked, config.data_dir, today),
        keys=opened.unlocked,
        secrets=SigningSecrets(keychain, vault),
    )
