"""Encryption at rest on real files: nothing readable without the key, the right message with a wrong
one, plain databases of an older release encrypted (backups too), and the recovery sheet's QR code
opening the database."""

from __future__ import annotations

import datetime as dt
from contextlib import closing

import pypdfium2
import pytest
import zxingcpp

from assist_app.config import Config
from assist_app.security.database_key import Credentials, PassphraseRequired
from assist_app.security.key_file import key_file_path
from assist_app.security.passphrase_vault import WrongPassphrase
from assist_app.services.account_service import AccountService
from assist_app.services.core import open_core
from assist_app.services.errors import AccessDenied
from assist_app.services.resident_service import ResidentService
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage import DatabaseDamaged, driver, open_database
from assist_app.storage.backup import backup_sqlite
from assist_app.storage.encryption import FileState, file_state
from tests.core.storage.marker import MARKER, MARKER_KANA, PIN, add_residents, clear_text_hits, signed_in


def test_database_wal_and_backups_hold_no_name_in_clear(config, fixture_library):
    core = open_core(config, fixture_library)
    add_residents(core, 3)
    core.backups.backup_now()
    with core.database.engine.connect() as conn:  # read while the WAL still holds the rows
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert (config.data_dir / "assist.sqlite3-wal").exists()
        assert clear_text_hits(config.data_dir, MARKER, MARKER_KANA) == []
    core.close()
    assert file_state(config.data_dir / "assist.sqlite3") is FileState.ENCRYPTED
    assert len(list((config.data_dir / "backups").iterdir())) == 1
    assert clear_text_hits(config.data_dir, MARKER, MARKER_KANA, "ミホン") == []


def test_the_file_opens_only_with_its_key(config, fixture_library):
    core = open_core(config, fixture_library)
    add_residents(core)
    key = core.keys.key
    core.close()
    path = config.data_dir / "assist.sqlite3"
    with closing(driver.connect(path, bytes(32))) as wrong, pytest.raises(Exception, match="not a database"):
        wrong.execute("SELECT count(*) FROM residents").fetchone()
    with pytest.raises(DatabaseDamaged):  # without a key the file is noise
        open_database(config.database_url)
    with closing(driver.connect(path, key)) as right:
        assert right.execute("SELECT name FROM residents").fetchall() == [(MARKER,)]


def test_wrong_passphrase_gives_the_right_message(config, fixture_library, no_keychain, cheap_scrypt):
    with pytest.raises(PassphraseRequired, match=r"No keychain is available.*Choose a passphrase"):
        open_core(config, fixture_library)
    core = open_core(
        config,
        fixture_library,
        credentials=Credentials(new_passphrase="梅が咲いたら春が来る", cost=cheap_scrypt),
    )
    add_residents(core)
    core.close()
    with pytest.raises(PassphraseRequired, match=r"No keychain is available.*enter it"):
        open_core(config, fixture_library)
    with pytest.raises(WrongPassphrase, match="passphrase is not right"):
        open_core(config, fixture_library, credentials=Credentials(passphrase="梅が咲いたら夏が来る"))
    core = open_core(config, fixture_library, credentials=Credentials(passphrase="梅が咲いたら春が来る"))
    assert [r.name for r in core.residents.search(signed_in(core), "ミホン")] == [MARKER]
    core.close()


def test_plain_database_and_its_backups_are_encrypted_on_open(tmp_path, fixture_library):
    """A data folder of the previous release: plain database, plain backup; both end up encrypted."""
    config = Config(tmp_path, f"sqlite:///{tmp_path / 'assist.sqlite3'}")
    plain = open_database(config.database_url)
    helper = AccountService(plain).create_first_account("試験 責任者", PIN)
    ResidentService(plain).add_resident(
        helper, ResidentInput(MARKER, MARKER_KANA), ConsentInput("記録", dt.date(2026, 11, 1))
    )
    old_backup = backup_sqlite(plain.engine, tmp_path / "backups" / "assist-20261101-090000-daily.sqlite3")
    plain.dispose()
    assert clear_text_hits(tmp_path, MARKER) == ["assist.sqlite3", "backups/" + old_backup.name]

    core = open_core(config, fixture_library)
    assert [r.name for r in core.residents.search(signed_in(core), "ミホン")] == [MARKER]
    assert core.database_key.sheet_due  # a key made for an old file: its sheet is still to print
    core.close()
    assert clear_text_hits(tmp_path, MARKER, MARKER_KANA) == []
    assert file_state(tmp_path / "assist.sqlite3") is FileState.ENCRYPTED
    reasons = sorted(p.name.split("-", 3)[-1] for p in (tmp_path / "backups").iterdir())
    assert reasons == ["before-encryption.sqlite3", "daily.sqlite3"]
    for backup in (tmp_path / "backups").iterdir():  # each opens with the key and holds the resident
        with closing(driver.connect(backup, core.keys.key)) as conn:
            assert conn.execute("SELECT name FROM residents").fetchall() == [(MARKER,)]
    with closing(driver.connect(tmp_path / "assist.sqlite3", core.keys.key)) as conn:
        triggers = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers  # the append-only and erasure triggers came across with the export


def test_recovery_sheet_qr_opens_the_database_when_everything_else_is_lost(
    config, fixture_library, memory_keychain, tmp_path
):
    core = open_core(config, fixture_library)
    add_residents(core)
    supervisor = signed_in(core)
    volunteer = core.accounts.add_account(supervisor, "例示 ボランティア", "volunteer", PIN)
    with pytest.raises(AccessDenied):  # the key opens every record: a supervisor's only
        core.database_key.recovery_sheet_pdf(core.accounts.sign_in(volunteer.id, PIN).actor)
    assert core.database_key.sheet_due
    pdf = core.database_key.recovery_sheet_pdf(supervisor)
    assert not core.database_key.sheet_due  # saved once: no longer offered at sign-in
    recorded = [e.action for e in core.audit.entries(supervisor, kind="print")]
    assert recorded == ["recovery_sheet_saved"]  # and no key in the log (ids only, by design)
    assert core.keys.recovery_key not in str(core.audit.entries(supervisor))
    core.close()

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=150 / 72).to_pil().convert("L")
    [code] = zxingcpp.read_barcodes(image)
    text = page.get_textpage().get_text_range()
    assert "回復キー" in text and "recovery key" in text and code.text.split("-")[0] in text

    memory_keychain.secrets.clear()  # the keychain entry is gone
    key_file_path(config.data_dir / "assist.sqlite3").unlink()  # and the key file with it
    reopened = open_core(config, fixture_library, credentials=Credentials(recovery_key=code.text))
    assert [r.name for r in reopened.residents.search(signed_in(reopened), "ミホン")] == [MARKER]
    assert reopened.keys.how == "recovery_key"
    reopened.close()
    assert open_core(config, fixture_library).keys.how == "keychain"  # put back in the keychain
