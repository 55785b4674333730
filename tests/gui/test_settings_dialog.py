"""The settings dialog's database fields: a PostgreSQL URL goes to config.json without its
password, the password to the keychain (the in-memory one), never to the settings file; a wrong
URL or a missing keychain keeps the dialog open and says why, changing nothing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from assist_app.config import CONFIG_FILE, load_config
from assist_app.gui.settings import Settings
from assist_app.gui.settings_dialog import SettingsDialog
from assist_app.security import SecretStore
from assist_app.security.server_password import entry_name

SERVER = "postgresql://madoguchi@db.example.lg.jp:5433/assist"
STORED = "postgresql+psycopg://madoguchi@db.example.lg.jp:5433/assist"
PASSWORD = "kagi-Ume-2468"
ENTRY = entry_name("madoguchi@db.example.lg.jp:5433/assist")


@pytest.fixture
def dialog(qtbot, tmp_path, fixture_library):
    def make() -> SettingsDialog:
        config = load_config(tmp_path)
        made = SettingsDialog(Settings.in_folder(tmp_path), fixture_library, tmp_path, config.database_url)
        qtbot.addWidget(made)
        made.show()
        return made

    return make


def ok(dialog: SettingsDialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def every_file(folder) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def test_a_server_url_and_its_password_are_kept_apart(dialog, tmp_path, qtbot):
    first = dialog()
    assert first.ui.databaseUrlEdit.text() == ""  # the default SQLite file
    qtbot.keyClicks(first.ui.databaseUrlEdit, SERVER)
    qtbot.keyClicks(first.ui.databasePasswordEdit, PASSWORD)
    ok(first)
    assert first.result() == first.DialogCode.Accepted
    first.settings.sync()
    assert json.loads((tmp_path / CONFIG_FILE).read_text(encoding="utf-8")) == {"database_url": STORED}
    assert SecretStore().get(ENTRY) == PASSWORD
    assert PASSWORD not in every_file(tmp_path)  # not config.json, not settings.ini

    again = dialog()  # the next time: the URL shown, the password not
    assert again.ui.databaseUrlEdit.text() == STORED and again.ui.databasePasswordEdit.text() == ""
    ok(again)  # nothing typed: the stored password stays
    assert SecretStore().get(ENTRY) == PASSWORD

    back = dialog()
    back.ui.databaseUrlEdit.clear()
    ok(back)
    assert load_config(tmp_path).database_url == f"sqlite:///{tmp_path / 'assist.sqlite3'}"


def test_a_password_typed_into_the_url_is_moved_out_of_it(dialog, tmp_path):
    form = dialog()
    form.ui.databaseUrlEdit.setText(f"postgresql://madoguchi:{PASSWORD}@db.example.lg.jp:5433/assist")
    ok(form)
    assert form.ui.databaseUrlEdit.text() == STORED
    assert SecretStore().get(ENTRY) == PASSWORD and PASSWORD not in every_file(tmp_path)


def test_a_url_that_is_no_database_keeps_the_dialog_open(dialog, tmp_path):
    form = dialog()
    form.ui.databaseUrlEdit.setText("mysql://madoguchi@db.example.lg.jp/assist")
    ok(form)
    assert form.isVisible() and form.ui.errorLabel.isVisible()
    assert "postgresql://" in form.ui.errorLabel.text()  # the form to write it in (any language)
    assert not (tmp_path / CONFIG_FILE).exists()


def test_without_a_keychain_the_password_is_not_written_anywhere(dialog, tmp_path, no_keychain):
    form = dialog()
    form.ui.databaseUrlEdit.setText(SERVER)
    form.ui.databasePasswordEdit.setText(PASSWORD)
    ok(form)
    assert form.isVisible() and "assist-app database password" in form.ui.errorLabel.text()
    assert not (tmp_path / CONFIG_FILE).exists() and PASSWORD not in every_file(tmp_path)
