"""Unlocking the database key: keychain first, then the passphrase, then the recovery key — and
when the keychain cannot be used, the message says which of its failures happened."""

import dataclasses

import pytest
from keyring.backends import fail

from assist_app.security import SecretStore
from assist_app.security.database_key import (
    Credentials,
    KeychainEntryMissing,
    PassphraseRequired,
    RecoveryKeyMismatch,
    RecoveryKeyRequired,
    unlock_database_key,
)
from assist_app.security.key_file import KeyFile
from assist_app.security.passphrase_vault import WrongPassphrase
from assist_app.security.recovery_key import format_recovery_key
from assist_app.security.secret_store import KeychainLocked, NoKeychain, NoSecretService, UnsafeKeychain


@pytest.fixture
def key_path(tmp_path):
    return tmp_path / "assist.keys.json"


def unlock(key_path, exists=True, **credentials):
    return unlock_database_key(key_path, Credentials(**credentials), SecretStore(), database_exists=exists)


def test_first_start_keeps_the_key_in_the_keychain_and_nothing_in_clear_on_disk(key_path, memory_keychain):
    made = unlock(key_path, exists=False)
    assert made.how == "created" and len(made.key) == 32
    [(service, entry)] = memory_keychain.secrets
    assert memory_keychain.secrets[(service, entry)] == made.key.hex()
    text = key_path.read_text()
    assert made.key.hex() not in text and made.recovery_key.replace("-", "") not in text
    again = unlock(key_path)
    assert (again.how, again.key) == ("keychain", made.key)


def test_missing_keychain_says_so_and_the_passphrase_path_works(key_path, no_keychain, cheap_scrypt):
    with pytest.raises(PassphraseRequired, match="No keychain is available") as first:
        unlock(key_path, exists=False)
    assert first.value.first_start and isinstance(first.value.keychain_problem, NoKeychain)
    made = unlock(key_path, exists=False, new_passphrase="long enough passphrase", cost=cheap_scrypt)
    assert made.key.hex() not in key_path.read_text()
    with pytest.raises(PassphraseRequired, match="enter it") as later:
        unlock(key_path)
    assert not later.value.first_start
    with pytest.raises(WrongPassphrase):
        unlock(key_path, passphrase="long enough passphrasf")
    opened = unlock(key_path, passphrase="long enough passphrase")
    assert (opened.how, opened.key) == ("passphrase", made.key)


def test_d_bus_without_secret_service_is_its_own_case(key_path, monkeypatch):
    import sys

    import keyring

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
    monkeypatch.setattr(sys, "platform", "linux")
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(PassphraseRequired, match="Secret Service") as caught:
        unlock(key_path, exists=False)
    assert isinstance(caught.value.keychain_problem, NoSecretService)


def test_locked_keychain_falls_back_to_the_passphrase(key_path, memory_keychain, cheap_scrypt):
    made = unlock(key_path, exists=False, new_passphrase="long enough passphrase", cost=cheap_scrypt)
    memory_keychain.locked = True
    with pytest.raises(PassphraseRequired, match="locked") as caught:
        unlock(key_path)
    assert isinstance(caught.value.keychain_problem, KeychainLocked)
    assert unlock(key_path, passphrase="long enough passphrase").key == made.key


def test_entry_gone_without_a_passphrase_needs_the_recovery_key(key_path, memory_keychain):
    made = unlock(key_path, exists=False)
    memory_keychain.secrets.clear()
    with pytest.raises(RecoveryKeyRequired, match="no longer holds") as caught:
        unlock(key_path)
    assert isinstance(caught.value.keychain_problem, KeychainEntryMissing)
    recovered = unlock(key_path, recovery_key=made.recovery_key.lower())
    assert (recovered.how, recovered.key) == ("recovery_key", made.key)
    # The keychain works, so the entry was put back: the next start needs nothing.
    assert unlock(key_path).how == "keychain"


def test_recovery_key_of_another_database_is_refused(key_path):
    unlock(key_path, exists=False)
    with pytest.raises(RecoveryKeyMismatch, match="another database"):
        unlock(key_path, recovery_key=format_recovery_key(bytes(32)))


def test_lost_key_file_beside_an_encrypted_database(key_path):
    made = unlock(key_path, exists=False)
    key_path.unlink()
    with pytest.raises(RecoveryKeyRequired, match="key file beside it is missing"):
        unlock(key_path)
    assert unlock(key_path, recovery_key=made.recovery_key).key == made.key
    assert KeyFile.load(key_path).key_id == made.key_file.key_id


def test_recovery_without_keychain_asks_for_a_new_passphrase(
    key_path, memory_keychain, no_keychain, cheap_scrypt
):
    import keyring

    keyring.set_keyring(memory_keychain)
    made = unlock(key_path, exists=False)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(RecoveryKeyRequired, match="No keychain is available"):
        unlock(key_path)
    recovered = unlock(key_path, recovery_key=made.recovery_key)
    assert recovered.needs_passphrase_choice is False  # the keychain entry is still named in the file
    recovered.set_passphrase("a new passphrase", cheap_scrypt)
    assert unlock(key_path, passphrase="a new passphrase").key == made.key


def test_plaintext_keyring_is_refused_and_the_passphrase_used(key_path, cheap_scrypt):
    import keyring
    from keyring.backend import KeyringBackend

    class PlainFile(KeyringBackend):  # stands for keyrings.alt's file backend
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("a plaintext keyring must never receive a secret")

        def delete_password(self, service, username):
            pass

    PlainFile.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlainFile())
    with pytest.raises(PassphraseRequired, match="plain file") as caught:
        unlock(key_path, exists=False)
    assert isinstance(caught.value.keychain_problem, UnsafeKeychain)
    made = unlock(key_path, exists=False, new_passphrase="long enough passphrase", cost=cheap_scrypt)
    assert made.key_file.keychain_entry is None


def test_credentials_from_the_environment(monkeypatch):
    monkeypatch.setenv("ASSIST_APP_PASSPHRASE", "from the environment")
    found = Credentials.from_environment()
    assert dataclasses.astuple(found)[:3] == ("from the environment", None, None)


def test_a_keychain_that_works_again_takes_the_key_back(key_path, memory_keychain, cheap_scrypt):
    import keyring

    keyring.set_keyring(fail.Keyring())
    made = unlock(key_path, exists=False, new_passphrase="long enough passphrase", cost=cheap_scrypt)
    keyring.set_keyring(memory_keychain)
    with pytest.raises(PassphraseRequired, match="protected by a passphrase"):
        unlock(key_path)
    assert unlock(key_path, passphrase="long enough passphrase").how == "passphrase"
    again = unlock(key_path)
    assert (again.how, again.key) == ("keychain", made.key)


def test_a_different_key_in_the_keychain_is_not_used(key_path, memory_keychain):
    made = unlock(key_path, exists=False)
    [(service, entry)] = memory_keychain.secrets
    memory_keychain.secrets[(service, entry)] = bytes(32).hex()  # another database's key
    with pytest.raises(RecoveryKeyRequired, match="different key"):
        unlock(key_path)
    assert unlock(key_path, recovery_key=made.recovery_key).key == made.key
    assert unlock(key_path).how == "keychain"  # the entry was put right
