"""The resume-code signing key where there is no keychain: kept in the passphrase vault, so
handouts still carry a resume code; and it follows the database key when the keychain comes back."""

from __future__ import annotations

import json

import keyring
from keyring.backends import fail

from assist_app.__main__ import main
from assist_app.security.database_key import Credentials
from assist_app.security.key_file import key_file_path
from assist_app.services.core import open_core

PASSPHRASE = "correct horse battery"


def test_signing_key_lives_in_the_vault_without_keychain_and_follows_the_key_back(
    config, fixture_library, memory_keychain, cheap_scrypt
):
    keyring.set_keyring(fail.Keyring())
    core = open_core(
        config, fixture_library, credentials=Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)
    )
    signing = core.signing_key()
    core.close()
    stored = json.loads(key_file_path(config.data_dir / "assist.sqlite3").read_text())
    assert "resume-signing-key" in stored["passphrase"]["secrets"]
    core = open_core(config, fixture_library, credentials=Credentials(passphrase=PASSPHRASE))
    assert core.signing_key().key_id == signing.key_id  # the same key, not a new one
    core.close()

    keyring.set_keyring(memory_keychain)  # the keychain works again
    core = open_core(config, fixture_library, credentials=Credentials(passphrase=PASSPHRASE))
    core.close()
    core = open_core(config, fixture_library)  # no passphrase needed any more
    assert core.keys.how == "keychain"
    assert core.signing_key().key_id == signing.key_id
    core.close()


def test_handout_printed_without_keychain_carries_its_resume_code(
    capsys, tmp_path, no_keychain, monkeypatch, cheap_scrypt
):
    from assist_app.config import load_config

    credentials = Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)  # cheap to unlock below
    open_core(load_config(tmp_path), credentials=credentials).close()
    monkeypatch.setenv("ASSIST_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASSIST_APP_NEW_PIN", "2468")
    monkeypatch.setenv("ASSIST_APP_PIN", "2468")
    data = str(tmp_path)
    assert main(["--data-dir", data, "account", "first", "--name", "試験 責任者"]) == 0
    assert main(["--data-dir", data, "demo", "--residents", "1"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "handout", "1", "-o", str(tmp_path / "h.pdf")]) == 0
    out, err = capsys.readouterr()
    assert "with resume code" in out and "without a resume code" not in err
    assert main(["--data-dir", data, "keys", "export", "-o", str(tmp_path / "key.txt")]) == 0
    assert main(["--data-dir", data, "resume-code", "decode", "--pdf", str(tmp_path / "h.pdf")]) == 0
    out, _ = capsys.readouterr()
    assert '"own": true' in out
