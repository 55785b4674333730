"""The database key: made at first start, kept in the OS keychain, or wrapped by a passphrase.

Unlocking tries, in order: a recovery key the helper typed; the keychain entry named in the key
file; the passphrase vault in the key file. When the keychain cannot be used, the error says which
of its failures happened (none, no Secret Service, locked, entry gone) and what will work instead: the
passphrase, or, when none was set, the recovery key. The key is never written to disk in clear and
never to a plaintext keyring.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from assist_app.messages import Message
from assist_app.messages.keys import (
    CHOOSE_A_PASSPHRASE,
    CHOOSE_A_PASSPHRASE_BECAUSE,
    ENTER_THE_PASSPHRASE,
    ENTER_THE_PASSPHRASE_BECAUSE,
    KEY_FILE_MISSING,
    KEYCHAIN_ENTRY_GONE,
    KEYCHAIN_KEY_DIFFERS,
    RECOVERY_KEY_OF_ANOTHER_DATABASE,
    USE_THE_RECOVERY_KEY,
    USE_THE_RECOVERY_KEY_BECAUSE,
)
from assist_app.security.key_file import KeyFile
from assist_app.security.passphrase_vault import DamagedVault, PassphraseVault, ScryptCost
from assist_app.security.recovery_key import KEY_BYTES, format_recovery_key, key_id, parse_recovery_key
from assist_app.security.secret_store import SecretStore, SecretStoreError

DATABASE_KEY = "database-key"  # the name of the key inside the passphrase vault
ENV_PASSPHRASE = "ASSIST_APP_PASSPHRASE"


class KeychainEntryMissing(SecretStoreError):
    reason = "entry_gone"

    def __init__(self) -> None:
        super().__init__(KEYCHAIN_ENTRY_GONE())


class KeychainKeyMismatch(SecretStoreError):
    reason = "entry_mismatch"

    def __init__(self) -> None:
        super().__init__(KEYCHAIN_KEY_DIFFERS())


class UnlockError(SecretStoreError):
    """The database key could not be had without more from the helper."""


class PassphraseRequired(UnlockError):
    """Ask for the passphrase (``first_start``: ask the helper to choose one)."""

    reason = "passphrase_required"

    def __init__(self, keychain_problem: SecretStoreError | None, first_start: bool) -> None:
        self.keychain_problem, self.first_start = keychain_problem, first_start
        problem = keychain_problem.describe() if keychain_problem is not None else None
        super().__init__(self.message(problem, first_start))

    @staticmethod
    def message(problem: Message | None, first_start: bool) -> Message:
        """The sentence; a subclass asking for another passphrase says which in its own."""
        if problem is None:
            return CHOOSE_A_PASSPHRASE() if first_start else ENTER_THE_PASSPHRASE()
        if first_start:
            return CHOOSE_A_PASSPHRASE_BECAUSE(problem=problem)
        return ENTER_THE_PASSPHRASE_BECAUSE(problem=problem)


class RecoveryKeyRequired(UnlockError):
    """Only the recovery key (on the recovery sheet) can open the database now."""

    reason = "recovery_key_required"

    def __init__(self, keychain_problem: SecretStoreError | None, key_file_missing: bool = False) -> None:
        self.keychain_problem, self.key_file_missing = keychain_problem, key_file_missing
        if key_file_missing:
            super().__init__(USE_THE_RECOVERY_KEY_BECAUSE(problem=KEY_FILE_MISSING()))
        elif keychain_problem is not None:
            super().__init__(USE_THE_RECOVERY_KEY_BECAUSE(problem=keychain_problem.describe()))
        else:
            super().__init__(USE_THE_RECOVERY_KEY())


class RecoveryKeyMismatch(UnlockError):
    reason = "recovery_key_mismatch"

    def __init__(self) -> None:
        super().__init__(RECOVERY_KEY_OF_ANOTHER_DATABASE())


@dataclass
class Credentials:
    """What the helper supplied beyond the keychain (all optional)."""

    passphrase: str | None = field(default=None, repr=False)  # to unlock the vault
    recovery_key: str | None = field(default=None, repr=False)  # the text from the recovery sheet
    new_passphrase: str | None = field(default=None, repr=False)  # to protect the key from now on
    cost: ScryptCost = field(default_factory=ScryptCost)  # for a new vault only

    @classmethod
    def from_environment(cls, recovery_key: str | None = None) -> Credentials:
        """For the command line and scripts: the passphrase from ASSIST_APP_PASSPHRASE."""
        passphrase = os.environ.get(ENV_PASSPHRASE) or None
        return cls(passphrase=passphrase, recovery_key=recovery_key)


@dataclass
class UnlockedKey:
    key: bytes = field(repr=False)
    how: str  # "keychain", "passphrase", "recovery_key" or "created"
    key_file: KeyFile
    keychain: SecretStore
    vault: PassphraseVault | None = None
    keychain_problem: SecretStoreError | None = None

    @property
    def recovery_key(self) -> str:
        return format_recovery_key(self.key)

    @property
    def needs_passphrase_choice(self) -> bool:
        """Opened with the recovery key, and nothing but the recovery key would open it next time."""
        return self.key_file.keychain_entry is None and self.key_file.passphrase is None

    def set_passphrase(self, passphrase: str, cost: ScryptCost | None = None) -> None:
        """Protect the key with ``passphrase`` (replacing an earlier one), keeping the other secrets."""
        cost = cost or ScryptCost()
        if self.vault is not None:
            vault = self.vault.rewrapped(passphrase, cost)
        else:
            vault = PassphraseVault.create(passphrase, cost)
            vault.set(DATABASE_KEY, self.key.hex())
        vault.on_change = self._save_vault
        self.vault = vault
        self._save_vault(vault.record)

    def _save_vault(self, record: dict) -> None:
        self.key_file.passphrase = record
        self.key_file.save()


def _store_in_keychain(keychain: SecretStore, key_file: KeyFile, key: bytes) -> SecretStoreError | None:
    """Put the key in the keychain (read back to be sure); the failure, if any, is returned."""
    entry = key_file.keychain_entry or f"{DATABASE_KEY}:{uuid.uuid4().hex}"
    try:
        keychain.set(entry, key.hex())
        if keychain.get(entry) != key.hex():
            return KeychainEntryMissing()
    except SecretStoreError as exc:
        return exc
    key_file.keychain_entry = entry
    return None


def _from_keychain(keychain: SecretStore, key_file: KeyFile) -> tuple[bytes | None, SecretStoreError | None]:
    try:
        stored = keychain.get(key_file.keychain_entry)
    except SecretStoreError as exc:
        return None, exc
    if stored is None:
        return None, KeychainEntryMissing()
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        return None, KeychainKeyMismatch()
    if len(key) != KEY_BYTES or key_id(key) != key_file.key_id:
        return None, KeychainKeyMismatch()
    return key, None


def _copy_to_keychain(vault: PassphraseVault, keychain: SecretStore) -> None:
    """The vault's other secrets (the signing key) follow the database key into the keychain, unless
    the keychain has its own already: a second signing key would orphan the codes printed earlier."""
    try:
        for name in vault.names():
            if name != DATABASE_KEY and keychain.get(name) is None:
                keychain.set(name, vault.get(name))
    except SecretStoreError:
        pass  # they stay in the vault, which SigningSecrets still reads when it is open


def _keychain_problem(keychain: SecretStore) -> SecretStoreError | None:
    try:
        keychain.check()
    except SecretStoreError as exc:
        return exc
    return None


def _vault_for(unlocked: UnlockedKey, passphrase: str) -> PassphraseVault:
    return PassphraseVault.unlock(unlocked.key_file.passphrase, passphrase, unlocked._save_vault)


def _create(path: Path, credentials: Credentials, keychain: SecretStore) -> UnlockedKey:
    key = os.urandom(KEY_BYTES)
    key_file = KeyFile(path, key_id(key))
    problem = _store_in_keychain(keychain, key_file, key)
    choice = credentials.new_passphrase or credentials.passphrase
    if problem is not None and not choice:
        raise PassphraseRequired(problem, first_start=True)
    unlocked = UnlockedKey(key, "created", key_file, keychain, keychain_problem=problem)
    if choice:
        unlocked.set_passphrase(choice, credentials.cost)  # saves the key file
    else:
        key_file.save()
    return unlocked


def _recover(
    path: Path, key_file: KeyFile | None, credentials: Credentials, keychain: SecretStore
) -> UnlockedKey:
    key = parse_recovery_key(credentials.recovery_key)
    if key_file is not None and key_file.key_id != key_id(key):
        raise RecoveryKeyMismatch()
    key_file = key_file or KeyFile(path, key_id(key))
    # Repair what failed: the keychain entry if the keychain works again, a new passphrase if given.
    problem = _store_in_keychain(keychain, key_file, key)
    unlocked = UnlockedKey(key, "recovery_key", key_file, keychain, keychain_problem=problem)
    if credentials.new_passphrase:
        unlocked.set_passphrase(credentials.new_passphrase, credentials.cost)
    else:
        key_file.save()
    if key_file.passphrase is not None and credentials.passphrase:
        unlocked.vault = _vault_for(unlocked, credentials.passphrase)
    return unlocked


def unlock_database_key(
    path: Path, credentials: Credentials, keychain: SecretStore, *, database_exists: bool
) -> UnlockedKey:
    """The key for the database whose key file is ``path``; made and stored when there is none.

    ``database_exists`` says an encrypted database is already there (so a missing key file means a
    lost key, not a first start).
    """
    key_file = KeyFile.load(path)
    if credentials.recovery_key:
        return _recover(path, key_file, credentials, keychain)
    if key_file is None:
        if database_exists:
            raise RecoveryKeyRequired(None, key_file_missing=True)
        return _create(path, credentials, keychain)
    if key_file.keychain_entry:
        key, problem = _from_keychain(keychain, key_file)
        if key is not None:
            unlocked = UnlockedKey(key, "keychain", key_file, keychain)
            if key_file.passphrase is not None and credentials.passphrase:
                unlocked.vault = _vault_for(unlocked, credentials.passphrase)
            return unlocked
    else:
        problem = _keychain_problem(keychain)
    if key_file.passphrase is None:
        raise RecoveryKeyRequired(problem)
    if not credentials.passphrase:
        raise PassphraseRequired(problem, first_start=False)
    vault = PassphraseVault.unlock(key_file.passphrase, credentials.passphrase)
    try:
        key = bytes.fromhex(vault.get(DATABASE_KEY) or "")
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES or key_id(key) != key_file.key_id:
        raise DamagedVault()
    unlocked = UnlockedKey(key, "passphrase", key_file, keychain, vault, keychain_problem=problem)
    vault.on_change = unlocked._save_vault
    # The keychain works now (it did not at set-up): keep the key there too, so the next start
    # needs no passphrase; the passphrase stays as the fallback.
    if (
        problem is None
        and key_file.keychain_entry is None
        and _store_in_keychain(keychain, key_file, key) is None
    ):
        _copy_to_keychain(vault, keychain)
        key_file.save()
    if credentials.new_passphrase:
        unlocked.set_passphrase(credentials.new_passphrase, credentials.cost)
    return unlocked


class SigningSecrets:
    """Where the resume-code signing key lives: the keychain when it works, else the passphrase vault.

    A key already in the vault stays there even once the keychain works again: making a second key
    would leave every code printed with the first one unverifiable here.
    """

    def __init__(self, keychain: SecretStore, vault: PassphraseVault | None) -> None:
        self._keychain, self._vault = keychain, vault

    def _store(self, name: str):
        if self._vault is not None and self._vault.get(name) is not None:
            return self._vault
        try:
            self._keychain.check()
        except SecretStoreError:
            if self._vault is None:
                raise
            return self._vault
        return self._keychain

    def get(self, name: str) -> str | None:
        return self._store(name).get(name)

    def set(self, name: str, value: str) -> None:
        self._store(name).set(name, value)

    def delete(self, name: str) -> None:
        self._store(name).delete(name)
