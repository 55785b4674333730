"""The passphrase vault: secrets wrapped by scrypt + AES-GCM, wrong passphrase and tampering told apart."""

import json

import pytest

from assist_app.security.passphrase_vault import (
    DamagedVault,
    PassphraseVault,
    WeakPassphrase,
    WrongPassphrase,
)


def test_round_trip_through_json_and_nothing_in_clear(cheap_scrypt):
    saved = []
    vault = PassphraseVault.create("梅の花 咲く 春", cheap_scrypt, on_change=saved.append)
    vault.set("database-key", "ab" * 32)
    text = json.dumps(saved[-1])
    assert "ab" * 32 not in text and "梅の花" not in text
    reopened = PassphraseVault.unlock(json.loads(text), "梅の花 咲く 春")
    assert reopened.get("database-key") == "ab" * 32 and reopened.names() == ["database-key"]


def test_wrong_passphrase_is_told_apart_from_damage(cheap_scrypt):
    vault = PassphraseVault.create("correct horse", cheap_scrypt)
    vault.set("database-key", "secret")
    with pytest.raises(WrongPassphrase, match="not right"):
        PassphraseVault.unlock(vault.record, "correct house")
    damaged = json.loads(json.dumps(vault.record))
    damaged["kdf"]["salt"] = "not base64!"
    with pytest.raises(DamagedVault, match="recovery key"):
        PassphraseVault.unlock(damaged, "correct horse")


def test_entries_cannot_be_swapped_or_altered(cheap_scrypt):
    vault = PassphraseVault.create("correct horse", cheap_scrypt)
    vault.set("database-key", "one")
    vault.set("resume-signing-key", "two")
    record = vault.record
    record["secrets"]["database-key"], record["secrets"]["resume-signing-key"] = (
        record["secrets"]["resume-signing-key"],
        record["secrets"]["database-key"],
    )
    reopened = PassphraseVault.unlock(record, "correct horse")
    with pytest.raises(DamagedVault):
        reopened.get("database-key")


def test_full_width_input_gives_the_same_key(cheap_scrypt):
    vault = PassphraseVault.create("Sakura2026", cheap_scrypt)
    assert PassphraseVault.unlock(vault.record, "Ｓａｋｕｒａ２０２６") is not None


def test_short_passphrase_is_refused(cheap_scrypt):
    with pytest.raises(WeakPassphrase, match="at least 8"):
        PassphraseVault.create("short", cheap_scrypt)


def test_rewrapping_keeps_secrets_under_the_new_passphrase_only(cheap_scrypt):
    vault = PassphraseVault.create("first passphrase", cheap_scrypt)
    vault.set("database-key", "k")
    new = vault.rewrapped("second passphrase", cheap_scrypt)
    assert PassphraseVault.unlock(new.record, "second passphrase").get("database-key") == "k"
    with pytest.raises(WrongPassphrase):
        PassphraseVault.unlock(new.record, "first passphrase")
