"""The command line for keys and backups: backup, restore, check, recovery sheet, passphrase, and the
one-line messages when the keychain is missing or the database is damaged."""

from __future__ import annotations

import io
import json

import pypdfium2
import pytest
import zxingcpp
from command_line import run

from assist_app.storage.encryption import FileState, file_state


@pytest.fixture(autouse=True)
def pins(monkeypatch):
    """The first account's PIN (and any account's added here), for the commands that sign in."""
    monkeypatch.setenv("ASSIST_APP_NEW_PIN", "2468")
    monkeypatch.setenv("ASSIST_APP_PIN", "2468")


def demo(capsys, data: str, residents: int) -> None:
    """A data folder with its first account (1, a supervisor) and fictional residents."""
    assert run(capsys, "--data-dir", data, "account", "first", "--name", "試験 責任者")[0] == 0
    assert run(capsys, "--data-dir", data, "demo", "--residents", str(residents))[0] == 0


def test_backup_check_and_restore_latest(capsys, tmp_path, monkeypatch):
    data = str(tmp_path)
    demo(capsys, data, 3)
    code, out, _ = run(capsys, "--data-dir", data, "backup")
    assert code == 0 and "-manual.sqlite3" in out
    export = tmp_path / "export.sqlite3"
    assert (
        run(
            capsys, "--data-dir", data, "account", "add", "--name", "例示 ボランティア", "--role", "volunteer"
        )[0]
        == 0
    )
    code, _, err = run(capsys, "--data-dir", data, "--helper", "2", "backup", "-o", str(export))
    assert code == 1 and "Only a supervisor" in err and not export.exists()  # every resident, elsewhere
    code, out, _ = run(capsys, "--data-dir", data, "--helper", "1", "backup", "-o", str(export))
    assert code == 0 and file_state(export) is FileState.ENCRYPTED
    monkeypatch.delenv("ASSIST_APP_PIN")  # the check shows no resident: no sign-in
    assert run(capsys, "--data-dir", data, "check", "--full")[:2] == (
        0,
        f"ok (full check of {tmp_path / 'assist.sqlite3'})\n",
    )
    monkeypatch.setenv("ASSIST_APP_PIN", "2468")

    database = tmp_path / "assist.sqlite3"
    with database.open("r+b") as stream:
        stream.seek(database.stat().st_size // 2)
        stream.write(b"\x00" * 3000)
    code, _, err = run(capsys, "--data-dir", data, "cases", "list")
    assert code == 1 and err.count("\n") == 1
    assert "is damaged" in err and "assist-app restore --latest | --read-only" in err

    code, out, err = run(capsys, "--data-dir", data, "restore", "--latest")
    assert code == 0, err
    assert out.startswith("restored assist-") and "set-aside" in out
    code, out, _ = run(capsys, "--data-dir", data, "--helper", "1", "cases", "list", "--format", "json")
    assert code == 0 and out.count('"resident_name"') == 3
    # The restored file carries the backup's audit log, chained on by the restore itself.
    code, out, _ = run(capsys, "--data-dir", data, "--helper", "1", "audit", "verify")
    assert code == 0 and out.startswith("ok, ")
    code, out, _ = run(capsys, "--data-dir", data, "--helper", "1", "audit", "list", "--format", "json")
    actions = [entry["action"] for entry in json.loads(out)]
    assert "backup_restored" in actions and "backup_made" in actions


def test_no_keychain_names_the_case_and_the_variable(capsys, tmp_path, no_keychain, monkeypatch):
    # The default scrypt cost on purpose: this is the path scripts take.
    monkeypatch.delenv("ASSIST_APP_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "cases", "list")
    assert code == 1 and err.count("\n") == 1
    assert "No keychain is available" in err and "ASSIST_APP_PASSPHRASE" in err
    assert not (tmp_path / "assist.sqlite3").exists()  # nothing was created without a key store

    monkeypatch.setenv("ASSIST_APP_PASSPHRASE", "a passphrase for scripts")
    demo(capsys, str(tmp_path), 2)
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "cases", "list")
    assert code == 0 and "見本 花子" in out
    monkeypatch.setenv("ASSIST_APP_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "cases", "list")
    assert (code, err) == (
        1,
        "assist-app: The passphrase is not right. Check the keyboard layout and input mode, and try again.\n",
    )


def test_recovery_sheet_then_recovery_key_from_stdin(capsys, tmp_path, memory_keychain, monkeypatch):
    data = str(tmp_path)
    demo(capsys, data, 2)
    sheet = tmp_path / "sheet.pdf"
    assert (
        run(capsys, "--data-dir", data, "account", "add", "--name", "例示 窓口", "--role", "counter_staff")[0]
        == 0
    )
    code, _, err = run(capsys, "--data-dir", data, "--helper", "2", "recovery-sheet", "-o", str(sheet))
    assert code == 1 and "Only a supervisor" in err and not sheet.exists()
    code, out, _ = run(capsys, "--data-dir", data, "--helper", "1", "recovery-sheet", "-o", str(sheet))
    assert code == 0 and "keep it locked away" in out
    image = pypdfium2.PdfDocument(sheet)[0].render(scale=2).to_pil()
    [qr] = zxingcpp.read_barcodes(image)

    memory_keychain.secrets.clear()
    code, _, err = run(capsys, "--data-dir", data, "cases", "list")
    assert code == 1 and "no longer holds" in err and "--recovery-key" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(qr.text + "\n"))
    code, out, err = run(capsys, "--data-dir", data, "--helper", "1", "--recovery-key", "cases", "list")
    assert code == 0 and "見本 花子" in out
    code, out, _ = run(capsys, "--data-dir", data, "--helper", "1", "cases", "list")  # keychain entry back
    assert code == 0 and "見本 花子" in out


def test_passphrase_set_then_opens_without_keychain(capsys, tmp_path, memory_keychain, monkeypatch):
    import keyring
    from keyring.backends import fail

    data = str(tmp_path)
    demo(capsys, data, 1)
    monkeypatch.setenv("ASSIST_APP_NEW_PASSPHRASE", "office safe passphrase")
    code, out, _ = run(capsys, "--data-dir", data, "passphrase", "set")
    assert code == 0 and "passphrase set" in out
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("ASSIST_APP_PASSPHRASE", "office safe passphrase")
    code, out, _ = run(capsys, "--data-dir", data, "cases", "list")
    assert code == 0 and "見本 花子" in out


def test_restore_waits_for_the_open_window(capsys, tmp_path):
    """A backup put under an open window would be written over by it: restore refuses, changes
    nothing, and works once the window (here, another holder of the folder lock) is gone."""
    from assist_app.folder_lock import FolderLock

    data = str(tmp_path)
    demo(capsys, data, 1)
    assert run(capsys, "--data-dir", data, "backup")[0] == 0
    database = tmp_path / "assist.sqlite3"
    before = database.read_bytes()
    window = FolderLock(tmp_path)
    assert window.acquire()
    code, _, err = run(capsys, "--data-dir", data, "restore", "--latest")
    assert code == 1 and "the app is open on this data folder" in err and err.count("\n") == 1
    assert database.read_bytes() == before and not list((tmp_path / "backups").glob("*set-aside*"))
    window.release()
    code, out, err = run(capsys, "--data-dir", data, "restore", "--latest")
    assert code == 0 and out.startswith("restored "), err


def test_signing_key_made_by_the_command_line_without_a_keychain_is_kept(
    capsys, tmp_path, no_keychain, monkeypatch
):
    """`keys export` makes the signing key in the passphrase vault; the vault must keep it, or each
    run would make (and export) another key and every code printed before would stop verifying."""
    data = str(tmp_path)
    monkeypatch.setenv("ASSIST_APP_PASSPHRASE", "a passphrase for scripts")
    assert run(capsys, "--data-dir", data, "account", "first", "--name", "試験 責任者")[0] == 0
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    code, out, err = run(capsys, "--data-dir", data, "keys", "export", "-o", str(first))
    assert code == 0, err
    code, again, err = run(capsys, "--data-dir", data, "keys", "export", "-o", str(second))
    assert code == 0, err
    assert out.split("(key ")[1] == again.split("(key ")[1]
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command", [["cases", "list"], ["database", "use", "postgresql://assist@localhost:9/nowhere"]]
)
def test_a_prompt_left_with_ctrl_d_says_cancelled(capsys, tmp_path, monkeypatch, command):
    """Every hidden prompt (PIN, server password, passphrase) ends the same way on Ctrl+D: exit 2,
    "cancelled", nothing changed."""

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    def closed(prompt=""):
        raise EOFError

    data = str(tmp_path)
    demo(capsys, data, 1)
    monkeypatch.delenv("ASSIST_APP_PIN")
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", closed)
    code, out, err = run(capsys, "--data-dir", data, *command)
    assert (code, out, err) == (2, "", "assist-app: error: cancelled\n")
