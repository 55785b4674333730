"""The password of the PostgreSQL server: in the OS keychain, else in a passphrase vault; never in
``config.json``, which holds the URL without it.

Where the app looks, in order:
1. ``PGPASSWORD`` (PostgreSQL's own variable, for scripts): the app passes nothing and the driver
   (libpq) uses it, as it also uses ``~/.pgpass`` when nothing else gives a password;
2. the keychain entry named after the server, user and database (``database-password:USER@HOST/DB``);
3. the passphrase vault ``server.keys.json`` in the data folder, for computers with no usable
   keychain (opened with the passphrase, like the SQLite key's vault; ``ASSIST_APP_PASSPHRASE`` in
   scripts). The vault also keeps the resume-code signing key there.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from assist_app.messages import Message
from assist_app.messages.keys import (
    KEYCHAIN_DID_NOT_KEEP_THE_PASSWORD,
    SERVER_CHOOSE_A_PASSPHRASE,
    SERVER_CHOOSE_A_PASSPHRASE_BECAUSE,
    SERVER_ENTER_THE_PASSPHRASE,
    SERVER_ENTER_THE_PASSPHRASE_BECAUSE,
)
from assist_app.security.database_key import Credentials, PassphraseRequired
from assist_app.security.passphrase_vault import DamagedVault, PassphraseVault
from assist_app.security.secret_store import SecretStore, SecretStoreError
from assist_app.storage.files import write_durably
from assist_app.storage.postgres import ENV_PASSWORD

VAULT_FILE = "server.keys.json"
ENTRY_PREFIX = "database-password:"


class ServerPassphraseRequired(PassphraseRequired):
    """The passphrase of the vault that keeps the server's password (``first_start``: choose one)."""

    @staticmethod
    def message(problem: Message | None, first_start: bool) -> Message:
        if problem is None:
            return SERVER_CHOOSE_A_PASSPHRASE() if first_start else SERVER_ENTER_THE_PASSPHRASE()
        if first_start:
            return SERVER_CHOOSE_A_PASSPHRASE_BECAUSE(problem=problem)
        return SERVER_ENTER_THE_PASSPHRASE_BECAUSE(problem=problem)


def entry_name(server: str) -> str:
    """The keychain entry (and vault entry) for ``server`` as ``postgres.describe`` spells it."""
    return f"{ENTRY_PREFIX}{server}"


@dataclass
class ServerPassword:
    """What was found for one server. ``password`` None: let the driver find one (PGPASSWORD,
    ~/.pgpass) or go without (a server that trusts this computer)."""

    password: str | None = field(default=None, repr=False)
    source: str = "none"  # "environment", "keychain", "passphrase" or "none"
    vault: PassphraseVault | None = None  # open when the passphrase was given
    keychain_problem: SecretStoreError | None = None


def vault_path(data_dir: Path) -> Path:
    return data_dir / VAULT_FILE


def _load_vault_record(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise DamagedVault() from None


def _save_vault_record(path: Path, record: dict) -> None:
    write_durably(path, json.dumps(record, indent=2).encode("utf-8"))


def _open_vault(path: Path, credentials: Credentials, problem: SecretStoreError | None) -> PassphraseVault:
    record = _load_vault_record(path)
    if not credentials.passphrase:
        raise ServerPassphraseRequired(problem, first_start=False)
    return PassphraseVault.unlock(record, credentials.passphrase, lambda r: _save_vault_record(path, r))


def find_password(
    server: str, data_dir: Path, credentials: Credentials, keychain: SecretStore
) -> ServerPassword:
    """The password for ``server`` (``postgres.describe``), from where the module docstring says.

    Raises PassphraseRequired when only the vault holds it and no passphrase was given."""
    problem = None
    try:
        stored = keychain.get(entry_name(server))
    except SecretStoreError as exc:
        stored, problem = None, exc
    path = vault_path(data_dir)
    if os.environ.get(ENV_PASSWORD):
        # The script's own password wins; the vault is opened only if the passphrase was given,
        # for the signing key it keeps.
        vault = None
        if problem is not None and path.exists() and credentials.passphrase:
            vault = _open_vault(path, credentials, problem)
        return ServerPassword(None, "environment", vault, problem)
    if stored is not None:
        return ServerPassword(stored, "keychain")
    if not path.exists():
        return ServerPassword(None, "none", None, problem)
    vault = _open_vault(path, credentials, problem)
    password = vault.get(entry_name(server))
    return ServerPassword(password, "passphrase" if password is not None else "none", vault, problem)


def store_password(
    server: str,
    password: str | None,
    data_dir: Path,
    keychain: SecretStore,
    credentials: Credentials | None = None,
) -> str:
    """Keep ``password`` for ``server`` (None or "": forget it); returns where: "keychain" or
    "passphrase". Where no keychain works, the vault takes it: opened with ``credentials.passphrase``
    or, the first time, made with ``credentials.new_passphrase``; without either, PassphraseRequired
    says which keychain failure happened."""
    credentials = credentials or Credentials()
    name = entry_name(server)
    try:
        if not password:
            keychain.delete(name)
        else:
            keychain.set(name, password)
            if keychain.get(name) != password:
                raise SecretStoreError(KEYCHAIN_DID_NOT_KEEP_THE_PASSWORD())
        problem = None
    except SecretStoreError as exc:
        problem = exc
    path = vault_path(data_dir)
    if problem is None:
        if path.exists() and credentials.passphrase:  # an older copy in the vault would be stale
            with contextlib.suppress(SecretStoreError):
                _open_vault(path, credentials, None).delete(name)
        return "keychain"
    if path.exists():
        vault = _open_vault(path, credentials, problem)
    elif credentials.new_passphrase or credentials.passphrase:
        vault = PassphraseVault.create(
            credentials.new_passphrase or credentials.passphrase,
            credentials.cost,
            lambda r: _save_vault_record(path, r),
        )
    else:
        raise ServerPassphraseRequired(problem, first_start=True)
    if password:
        vault.set(name, password)
    else:
        vault.delete(name)
    if not path.exists():
        _save_vault_record(path, vault.record)
    return "passphrase"
