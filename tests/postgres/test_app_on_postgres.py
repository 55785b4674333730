"""The window on a PostgreSQL server: it opens without asking anything (the password is in the
keychain), shows the sign-in page, signs in, fills today's list and finds a resident by a kana
prefix as the helper types — the same path a counter's PC takes every morning."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from assist_app.gui.app import Application
from assist_app.services.core import open_core
from assist_app.services.views import ConsentInput, ResidentInput

PIN = "2468"  # as in tests/conftest.py


def test_the_app_starts_on_the_server_signs_in_and_lists_todays_cases(qtbot, config):
    core = open_core(config)  # the bundled catalogs, as the app has them
    staff = core.accounts.create_first_account("試験 窓口", PIN)
    for name, kana, days_ago in (("見本 花子", "ミホン ハナコ", 2), ("見本 一郎", "ミホン イチロウ", 5)):
        resident = core.residents.add_resident(
            staff, ResidentInput(name, kana), ConsentInput("記録", dt.date.today())
        )
        answers = {"died_abroad": "no", "insurance": "nhi", "deceased_age": 80}
        core.cases.open_case(
            staff, resident.id, "death", dt.date.today() - dt.timedelta(days=days_ago), answers
        )
    core.close()

    application = Application(["--data-dir", str(config.data_dir)])
    application.settings.helper_id = 1
    qtbot.addWidget(application.window)
    try:
        application.start()
        qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
        page = application.session.page
        qtbot.waitUntil(lambda: application.window.ui.pages.currentWidget() is page, timeout=20000)
        assert application.opening.dialog is None  # no passphrase, no damaged-file question
        assert page.select_helper(1)
        page.pin.setText(PIN)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)

        today = application.controller.today
        qtbot.waitUntil(lambda: today.model.rowCount() == 2, timeout=20000)
        # nearest deadline first: the case from five days ago is due sooner
        assert [today.model.case_at(i).resident_name for i in range(2)] == ["見本 一郎", "見本 花子"]
        today.search.setText("ﾐﾎﾝ ﾊ")  # half-width katakana, as an old keyboard setting types it
        qtbot.waitUntil(lambda: "ﾐﾎﾝ ﾊ" in today.status.text(), timeout=20000)
        assert today.model.rowCount() == 1 and today.model.case_at(0).resident_name == "見本 花子"
    finally:
        if application.window.isVisible():
            application.window.close()
        application.background.wait()


def test_the_settings_dialog_points_a_laptop_at_the_server(
    qtbot, tmp_path, pg_url, fixture_library, monkeypatch
):
    """A data folder on its SQLite file is pointed at the server in Settings; the next start opens
    the server with the password from the keychain, and config.json never held it."""
    from assist_app.config import CONFIG_FILE, load_config
    from assist_app.gui.settings import Settings
    from assist_app.gui.settings_dialog import SettingsDialog
    from assist_app.storage import postgres

    monkeypatch.delenv("PGPASSWORD", raising=False)
    url, password = postgres.without_password(pg_url)
    dialog = SettingsDialog(
        Settings.in_folder(tmp_path), fixture_library, tmp_path, load_config(tmp_path).database_url
    )
    qtbot.addWidget(dialog)
    dialog.ui.databaseUrlEdit.setText(url)
    dialog.ui.databasePasswordEdit.setText(password)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert password not in (tmp_path / CONFIG_FILE).read_text(encoding="utf-8")
    core = open_core(load_config(tmp_path), fixture_library)
    try:
        assert core.database.path is None and core.accounts.needs_first_account()
    finally:
        core.close()


def test_without_a_keychain_the_window_asks_for_the_vaults_passphrase(
    qtbot, tmp_path, pg_url, no_keychain, cheap_scrypt, monkeypatch
):
    """No keychain on this PC: the server's password is in the passphrase vault, and the window
    asks for the passphrase (the unlock dialog) before the sign-in page."""
    from PySide6.QtWidgets import QDialogButtonBox

    from assist_app.config import load_config
    from assist_app.gui.unlock_dialog import Mode, UnlockDialog
    from assist_app.security import SecretStore
    from assist_app.security.database_key import Credentials
    from assist_app.services.database_choice import choose_database
    from assist_app.storage import postgres

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("ASSIST_APP_PASSPHRASE", raising=False)
    passphrase = "ume ga saita haru"
    url, password = postgres.without_password(pg_url)
    new = Credentials(new_passphrase=passphrase, cost=cheap_scrypt)
    assert choose_database(tmp_path, url, password, SecretStore(), new).password_kept == "passphrase"
    core = open_core(load_config(tmp_path), credentials=Credentials(passphrase=passphrase))
    core.accounts.create_first_account("試験 窓口", PIN)
    core.close()

    application = Application(["--data-dir", str(tmp_path)])
    application.settings.helper_id = 1
    qtbot.addWidget(application.window)
    try:
        application.start()
        qtbot.waitUntil(
            lambda: isinstance(application.opening and application.opening.dialog, UnlockDialog),
            timeout=20000,
        )
        dialog = application.opening.dialog
        assert dialog.mode is Mode.ENTER
        dialog.ui.passphraseEdit.setText(passphrase)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
        page = application.session.page
        assert page.select_helper(1)
        page.pin.setText(PIN)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
    finally:
        if application.window.isVisible():
            application.window.close()
        application.background.wait()
