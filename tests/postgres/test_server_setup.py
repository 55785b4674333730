"""Pointing the app at a PostgreSQL server: the password kept out of config.json (keychain,
passphrase vault or PGPASSWORD), the server's troubles said plainly, and what only a SQLite file has
(backups, checks, the recovery key) declined in one line instead of failing; connections lost to
a server restart replaced, or the lost change said plainly."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import event

from assist_app.__main__ import main
from assist_app.config import CONFIG_FILE, load_config
from assist_app.resume.signing_key import SECRET_NAME
from assist_app.security import SecretStore
from assist_app.security.database_key import Credentials
from assist_app.security.passphrase_vault import WrongPassphrase
from assist_app.security.server_password import VAULT_FILE, ServerPassphraseRequired, entry_name
from assist_app.services.core import open_core
from assist_app.services.database_choice import choose_database
from assist_app.services.views import ConsentInput, ResidentInput
from assist_app.storage import DatabaseError, postgres
from assist_app.storage.models import ChecklistItem
from tests.postgres.conftest import admin

PIN = "2468"  # as in tests/conftest.py
PASSPHRASE = "ume ga saita haru"


def split(pg_url: str) -> tuple[str, str]:
    url, password = postgres.without_password(pg_url)
    assert password  # the test server's role has one
    return url, password


def write_config(folder, url: str) -> None:
    (folder / CONFIG_FILE).write_text(json.dumps({"database_url": url}), encoding="utf-8")


@pytest.fixture(autouse=True)
def _no_pgpassword(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)


# the password ----------------------------------------------------------------------------------
def test_the_password_lives_in_the_keychain_and_never_in_config_json(config, pg_url, memory_keychain):
    _, password = split(pg_url)
    core = open_core(config)
    try:
        assert password not in core.database.url  # what messages show
        assert core.accounts.needs_first_account()  # really connected: the schema is there
    finally:
        core.close()
    text = (config.data_dir / CONFIG_FILE).read_text(encoding="utf-8")
    assert password not in text and json.loads(text)["database_url"] == config.database_url
    assert SecretStore().get(entry_name(postgres.describe(config.database_url))) == password


def test_a_password_written_into_config_json_is_moved_to_the_keychain(tmp_path, pg_url):
    url, password = split(pg_url)
    write_config(tmp_path, pg_url)  # by hand, password and all
    open_core(load_config(tmp_path)).close()
    written = json.loads((tmp_path / CONFIG_FILE).read_text(encoding="utf-8"))["database_url"]
    assert password not in written and postgres.describe(written) == postgres.describe(url)
    assert SecretStore().get(entry_name(postgres.describe(url))) == password
    open_core(load_config(tmp_path)).close()  # and the next start finds it there


def test_scripts_give_the_password_in_pgpassword(tmp_path, pg_url, monkeypatch):
    url, password = split(pg_url)
    write_config(tmp_path, url)
    with pytest.raises(DatabaseError, match="asks for a password"):
        open_core(load_config(tmp_path))
    monkeypatch.setenv("PGPASSWORD", password)
    core = open_core(load_config(tmp_path))
    assert core.accounts.needs_first_account()
    core.close()
    assert SecretStore().get(entry_name(postgres.describe(url))) is None  # nothing was stored


def test_without_a_keychain_a_passphrase_vault_keeps_the_password_and_the_signing_key(
    tmp_path, pg_url, no_keychain, cheap_scrypt
):
    url, password = split(pg_url)
    with pytest.raises(ServerPassphraseRequired, match=r"No keychain.*Choose a passphrase") as asked:
        choose_database(tmp_path, url, password, SecretStore())
    assert asked.value.first_start
    choice = choose_database(
        tmp_path, url, password, SecretStore(), Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)
    )
    assert choice.password_kept == "passphrase"
    vault = (tmp_path / VAULT_FILE).read_text(encoding="utf-8")
    assert password not in vault and password not in (tmp_path / CONFIG_FILE).read_text(encoding="utf-8")

    with pytest.raises(ServerPassphraseRequired, match="protected by a passphrase") as asked:
        open_core(load_config(tmp_path))
    assert not asked.value.first_start
    with pytest.raises(WrongPassphrase):
        open_core(load_config(tmp_path), credentials=Credentials(passphrase="not the one at all"))
    core = open_core(load_config(tmp_path), credentials=Credentials(passphrase=PASSPHRASE))
    try:
        assert core.accounts.needs_first_account()
        key = core.signing_key()  # resume codes need it; no keychain: it goes to the vault
    finally:
        core.close()
    names = json.loads((tmp_path / VAULT_FILE).read_text(encoding="utf-8"))["secrets"]
    assert {entry_name(postgres.describe(url)), SECRET_NAME} <= set(names)
    again = open_core(load_config(tmp_path), credentials=Credentials(passphrase=PASSPHRASE))
    assert again.signing_key().key_id == key.key_id
    again.close()


# the server's troubles, in words ---------------------------------------------------------------
def test_the_servers_troubles_are_said_plainly_without_the_password(tmp_path, pg_url, databases):
    url, password = split(pg_url)
    server = postgres.describe(url)
    cases = [
        (url, "wrong password", "refused the password for assist_test"),
        (url, None, "asks for a password for assist_test"),
        (postgres.server_url(url).set(port=1).render_as_string(False), password, "cannot be reached"),
        (
            postgres.server_url(url).set(database="assist_t_none").render_as_string(False),
            password,
            "no database named",
        ),
        ("mysql://someone@localhost/assist", None, "Only SQLite files and PostgreSQL servers"),
    ]
    for target, stored, expected in cases:
        write_config(tmp_path, target)
        keychain = SecretStore()
        keychain.delete(entry_name(server))
        if stored is not None and postgres.is_server_url(target):
            keychain.set(entry_name(postgres.describe(target)), stored)
        with pytest.raises(DatabaseError, match=expected) as failed:
            open_core(load_config(tmp_path))
        assert password not in str(failed.value)


def test_a_read_only_opening_refuses_changes_in_words(config, accounts):
    accounts.core.close()
    core = open_core(config, read_only=True)
    try:
        with pytest.raises(DatabaseError, match="opened read-only"):
            core.accounts.add_account(core.accounts.sign_in(1, PIN).actor, "例示 追加", "volunteer", PIN)
    finally:
        core.close()


# what only a SQLite file has -------------------------------------------------------------------
def test_file_only_tasks_are_declined_in_one_line_on_a_server(core, accounts, config, capsys, monkeypatch):
    assert core.find_damage() is None  # the start-up check of pages: nothing to check here
    assert core.backups.backup_if_due() is None and not core.database_key.has_key
    assert not (config.data_dir / "backups").exists()
    core.close()
    monkeypatch.setenv("ASSIST_APP_HELPER", "1")
    monkeypatch.setenv("ASSIST_APP_PIN", PIN)
    declined = {
        ("backup",): "server's own tools (pg_dump)",
        ("backup", "-o", str(config.data_dir / "copy.sqlite3")): "server's own tools (pg_dump)",
        ("check",): "checks its own files",
        ("restore", "--latest"): "restore it with the server's own tools",
        ("recovery-sheet", "-o", str(config.data_dir / "sheet.pdf")): "no recovery key",
    }
    for argv, expected in declined.items():
        capsys.readouterr()
        assert main(["--data-dir", str(config.data_dir), *argv]) == 1, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and expected in err and "Traceback" not in err, err
    assert not (config.data_dir / "copy.sqlite3").exists() and not (config.data_dir / "sheet.pdf").exists()
    assert main(["--data-dir", str(config.data_dir), "cases", "list"]) == 0  # and the rest works


def test_cli_points_a_data_folder_at_the_server_and_back(tmp_path, pg_url, capsys, monkeypatch):
    url, password = split(pg_url)
    folder = ["--data-dir", str(tmp_path)]
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    assert main([*folder, "database", "use", url, "--password-stdin"]) == 0
    assert "kept in the keychain" in capsys.readouterr().out
    assert password not in (tmp_path / CONFIG_FILE).read_text(encoding="utf-8")
    assert main([*folder, "database", "show"]) == 0
    shown = capsys.readouterr().out
    assert "(PostgreSQL server)" in shown and "password: kept in the keychain" in shown
    monkeypatch.setenv("ASSIST_APP_NEW_PIN", PIN)
    assert main([*folder, "account", "first", "--name", "試験 責任者"]) == 0  # on the server
    core = open_core(load_config(tmp_path))
    assert not core.accounts.needs_first_account()
    core.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("not-the-password\n"))
    assert main([*folder, "database", "password", "--password-stdin"]) == 0
    assert main([*folder, "cases", "list"]) == 1
    assert "refused the password" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    assert main([*folder, "database", "password", "--password-stdin"]) == 0
    monkeypatch.setenv("ASSIST_APP_PIN", PIN)
    assert main([*folder, "cases", "list"]) == 0
    assert main([*folder, "database", "use", "--file"]) == 0
    assert "database_url" not in json.loads((tmp_path / CONFIG_FILE).read_text(encoding="utf-8"))
    assert load_config(tmp_path).database_url.startswith("sqlite:///")
    assert main([*folder, "database", "use", "mysql://x@y/z"]) == 1
    assert "Only SQLite files and PostgreSQL servers" in capsys.readouterr().err


# the connection ------------------------------------------------------------------------------
def drop_connections(url: str) -> int:
    """What a server restart or a network cut does to the app's open connections."""
    name = postgres.server_url(url).database
    with admin() as conn:
        return len(
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            ).fetchall()
        )


def test_connections_lost_between_calls_are_replaced_and_one_lost_mid_change_is_said_plainly(
    core, accounts, pg_url
):
    staff = accounts.add("counter_staff", "試験 窓口")
    resident = core.residents.add_resident(
        staff, ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", core.cases._today())
    )
    case = core.cases.open_case(staff, resident.id, "mini", core.cases._today(), {"insurance": "nhi"})
    assert drop_connections(pg_url) >= 1
    assert [c.id for c in core.cases.list_open_cases(staff)] == [case.id]  # a new connection, silently

    def cut(_session, instance) -> None:
        if isinstance(instance, ChecklistItem):
            drop_connections(pg_url)

    event.listen(core.database._sessions, "loaded_as_persistent", cut)
    try:
        with pytest.raises(DatabaseError, match="connection to the database server was lost"):
            core.cases.set_status(staff, case.items[0].id, "done")
    finally:
        event.remove(core.database._sessions, "loaded_as_persistent", cut)
    item = core.cases.get_case(staff, case.id).items[0]
    assert item.status == "todo"  # not half-saved: the change is simply not there; try again
    core.cases.set_status(staff, item.id, "done")
    assert core.cases.get_case(staff, case.id).items[0].status == "done"
