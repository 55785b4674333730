"""Opening the database from the window: the passphrase, recovery-key and damaged-file questions,
answered in real dialogs on a real encrypted file, then the sign-in page and the pages; the check
of every page running while the sign-in page is up; the recovery sheet for supervisors only."""

from __future__ import annotations

import datetime as dt

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from assist_app.config import load_config
from assist_app.gui.app import Application
from assist_app.gui.damaged_database_dialog import DamagedDatabaseDialog
from assist_app.gui.recovery_sheet_dialog import RecoverySheetDialog
from assist_app.gui.unlock_dialog import Mode, UnlockDialog
from assist_app.security.database_key import Credentials
from assist_app.services.core import open_core
from assist_app.services.views import ConsentInput, ResidentInput
from tests.gui.message_box import read_message_box

PASSPHRASE = "ume ga saita haru"
PIN = "2468"  # as in tests/conftest.py


@pytest.fixture
def launch(qtbot, monkeypatch):
    """Start the app on a folder and return it before the core is open (questions may come first)."""
    monkeypatch.delenv("ASSIST_APP_PASSPHRASE", raising=False)
    started = []

    def start(folder) -> Application:
        application = Application(["--data-dir", str(folder)])
        application.settings.helper_id = 1
        qtbot.addWidget(application.window)
        application.start()
        started.append(application)
        return application

    yield start
    for application in started:
        if application.window.isVisible():
            application.window.close()
        application.background.wait()


def wait_for_dialog(qtbot, application, kind):
    qtbot.waitUntil(
        lambda: isinstance(application.opening and application.opening.dialog, kind), timeout=20000
    )
    return application.opening.dialog


def ok(dialog):
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def sign_in(qtbot, application, helper_id: int = 1) -> None:
    """Through the sign-in page, once it is up; returns when the pages are."""
    qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
    page = application.session.page
    qtbot.waitUntil(lambda: application.window.ui.pages.currentWidget() is page, timeout=20000)
    assert page.select_helper(helper_id)
    page.pin.setText(PIN)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)


def with_resident(folder, credentials=None, sheet_saved=True):
    """A data folder with its supervisor (1), a volunteer (2) and one resident."""
    core = open_core(load_config(folder), credentials=credentials)
    boss = core.accounts.create_first_account("試験 責任者", PIN)
    core.accounts.add_account(boss, "例示 ボランティア", "volunteer", PIN)
    core.residents.add_resident(
        boss, ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", dt.date.today())
    )
    if sheet_saved:
        core.database_key.recovery_sheet_pdf(boss)
    return core


def test_first_start_without_keychain_chooses_a_passphrase_and_saves_the_recovery_sheet(
    qtbot, launch, tmp_path, no_keychain
):
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert dialog.mode is Mode.CHOOSE and "使えるキーチェーンがありません" in dialog.ui.reasonLabel.text()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "short")
    qtbot.keyClicks(dialog.ui.confirmEdit, "short")
    ok(dialog)
    assert dialog.isVisible() and "8文字以上" in dialog.ui.errorLabel.text()
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.confirmEdit.setText(PASSPHRASE + "x")
    ok(dialog)
    assert "一致しません" in dialog.ui.errorLabel.text()
    dialog.ui.confirmEdit.setText(PASSPHRASE)
    ok(dialog)

    # The first account is made on the sign-in page; that supervisor then gets the sheet to save.
    qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
    page = application.session.page
    assert page.first_box.isVisibleTo(application.window)
    page.first_name.setText("試験 責任者")
    page.first_pin.setText(PIN)
    page.first_again.setText(PIN)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
    qtbot.waitUntil(lambda: application.safety.sheet_dialog is not None, timeout=20000)
    sheet = application.safety.sheet_dialog
    assert sheet.isVisible()  # set-up shows the recovery sheet to save
    target = tmp_path / "recovery-sheet.pdf"
    sheet.save_to(target)
    image = pypdfium2.PdfDocument(target)[0].render(scale=2).to_pil()
    [qr] = zxingcpp.read_barcodes(image)
    core = application.controller.context.core
    assert qr.text == core.keys.recovery_key
    assert sheet.key_label.text().split()[0] == qr.text.split("-")[0]
    assert not core.database_key.sheet_due  # saved: not offered again
    actor = application.context.helper.actor
    assert [e.action for e in core.audit.entries(actor, kind="print")] == [
        "recovery_sheet_saved",
        "recovery_sheet_shown",
    ]


def test_wrong_passphrase_asks_again_then_opens(qtbot, launch, tmp_path, no_keychain, cheap_scrypt):
    with_resident(tmp_path, Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)).close()
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert dialog.mode is Mode.ENTER and "使えるキーチェーンがありません" in dialog.ui.reasonLabel.text()
    assert not dialog.ui.confirmEdit.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "ume ga saita natsu")
    ok(dialog)
    qtbot.waitUntil(lambda: application.opening.dialog not in (None, dialog), timeout=20000)
    again = application.opening.dialog
    assert "パスフレーズが違います" in again.ui.errorLabel.text() and again.mode is Mode.ENTER
    qtbot.keyClicks(again.ui.passphraseEdit, PASSPHRASE)
    ok(again)
    sign_in(qtbot, application)
    assert application.controller.today.model.rowCount() == 0  # open, with no case yet
    assert application.safety.sheet_dialog is None  # the sheet was saved at set-up: not offered again


def test_locked_keychain_can_be_tried_again(qtbot, launch, tmp_path, memory_keychain, cheap_scrypt):
    with_resident(tmp_path, Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)).close()
    memory_keychain.locked = True
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert "キーチェーンがロックされています" in dialog.ui.reasonLabel.text()
    assert dialog.keychain_button.isVisible()
    memory_keychain.locked = False  # the helper unlocked it
    dialog.keychain_button.click()
    sign_in(qtbot, application)
    assert application.controller.context.core.keys.how == "keychain"


def test_recovery_key_when_the_keychain_entry_is_gone(qtbot, launch, tmp_path, memory_keychain):
    core = with_resident(tmp_path)
    recovery_key = core.keys.recovery_key
    core.close()
    memory_keychain.secrets.clear()
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert dialog.mode is Mode.RECOVER and "このデータベースの鍵がありません" in dialog.ui.reasonLabel.text()
    assert not dialog.ui.newPassphraseEdit.isVisible()  # the keychain works: it takes the key back
    qtbot.keyClicks(dialog.ui.recoveryEdit, recovery_key[:-1] + ("0" if recovery_key[-1] != "0" else "1"))
    ok(dialog)
    assert "入力の誤り" in dialog.ui.errorLabel.text()  # the core's message, in Japanese
    # Typed with full-width characters (a keyboard left in Japanese mode), lower case, spaced:
    # folded as typed, and taken.
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in recovery_key.lower().replace("-", ""))
    dialog.ui.recoveryEdit.clear()
    for character in "\u3000".join(full_width[i : i + 4] for i in range(0, len(full_width), 4)):
        # (QTest's keyClicks takes Latin-1 only: the key events are made here.)
        press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(dialog.ui.recoveryEdit, press)
    assert dialog.ui.recoveryEdit.text().replace(" ", "") == recovery_key.lower().replace("-", "")
    ok(dialog)
    sign_in(qtbot, application)
    assert len(memory_keychain.secrets) == 1


def damaged_folder(folder):
    core = with_resident(folder)
    core.backups.backup_now()
    core.close()
    database = folder / "assist.sqlite3"
    with database.open("r+b") as stream:
        stream.seek(database.stat().st_size // 2)
        stream.write(b"\x00" * 4096)


def test_damaged_database_restored_from_the_window(qtbot, launch, tmp_path):
    damaged_folder(tmp_path)
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, DamagedDatabaseDialog)
    assert dialog.restore_button is not None and "最新の正常なバックアップ" in dialog.informativeText()
    dialog.restore_button.click()
    sign_in(qtbot, application)
    core = application.controller.context.core
    actor = application.context.helper.actor
    assert not core.read_only and [r.name for r in core.residents.search(actor, "ミホン")] == ["見本 花子"]
    assert "から復元しました" in application.window.statusBar().currentMessage()
    assert list((tmp_path / "backups").glob("*-set-aside.sqlite3"))  # the damaged file was kept
    assert core.audit.verify(actor).ok


def test_damaged_database_opened_read_only(qtbot, launch, tmp_path):
    damaged_folder(tmp_path)
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, DamagedDatabaseDialog)
    dialog.read_only_button.click()
    sign_in(qtbot, application)  # signing in works, though nothing of it can be recorded
    assert application.controller.context.core.read_only
    assert application.window.read_only_label.isVisible()
    assert not application.safety.backup_action.isEnabled()


def test_the_page_check_runs_after_the_sign_in_page_is_up(qtbot, launch, tmp_path):
    """A sound file: the sign-in page comes first, the check of every page after it, and only a
    checked file is backed up."""
    with_resident(tmp_path).close()
    application = launch(tmp_path)
    qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
    assert not application.checked or application.session.page.isVisible()
    qtbot.waitUntil(lambda: application.checked, timeout=20000)
    application.background.wait()
    assert [b.reason for b in application.context.core.backups.backups()] == ["daily"]


def test_damage_found_after_signing_in_locks_the_window_then_restores(qtbot, launch, tmp_path, monkeypatch):
    """The check finds the damage once a helper is already at work (a fast typist, a huge file):
    the window locks, the choice is asked, and the open core goes on with the restored file."""
    from assist_app.gui.opening_flow import DatabaseOpening

    damaged_folder(tmp_path)  # a page the sign-in and the list never read
    held = []
    monkeypatch.setattr(DatabaseOpening, "check", lambda self, core, mark=None: held.append((self, core)))
    application = launch(tmp_path)
    sign_in(qtbot, application)  # before the check has run
    assert not application.session.locked and not application.checked
    assert application.controller.today.model.rowCount() == 0  # working on the damaged file
    monkeypatch.undo()
    opening, core = held[0]
    opening.check(core)
    dialog = wait_for_dialog(qtbot, application, DamagedDatabaseDialog)
    assert application.session.locked  # nothing read from the damaged file stays on screen
    assert application.window.ui.pages.currentWidget() is application.window.loading
    dialog.restore_button.click()
    sign_in(qtbot, application)
    actor = application.context.helper.actor
    assert application.context.core is core  # the same core, on the restored file
    assert [r.name for r in core.residents.search(actor, "ミホン")] == ["見本 花子"]
    assert core.find_damage() is None and core.audit.verify(actor).ok


def test_recovery_sheet_is_a_supervisors_only(qtbot, launch, tmp_path):
    with_resident(tmp_path, sheet_saved=False).close()
    application = launch(tmp_path)
    sign_in(qtbot, application, helper_id=2)  # a volunteer first: the sheet is not offered
    assert not application.safety.sheet_action.isVisible() and application.safety.sheet_dialog is None
    application.window.ui.actionSwitchHelper.trigger()
    sign_in(qtbot, application, helper_id=1)
    qtbot.waitUntil(lambda: isinstance(application.safety.sheet_dialog, RecoverySheetDialog))
    assert application.safety.sheet_action.isEnabled()
    application.window.ui.actionLock.trigger()  # locking closes it: the key is not left on screen
    assert not application.safety.sheet_dialog.isVisible()


def test_a_cancelled_passphrase_can_be_tried_again_from_the_window(
    qtbot, launch, tmp_path, no_keychain, cheap_scrypt
):
    with_resident(tmp_path, Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)).close()
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    text = read_message_box(qtbot, dialog.reject)
    page = application.window.start_error
    assert application.window.ui.pages.currentWidget() is page
    assert "再試行" in text and page.message.text() == text
    assert page.retry_button.isVisibleTo(page) and not page.settings_button.isVisibleTo(page)  # a file
    page.retry_button.click()
    again = wait_for_dialog(qtbot, application, UnlockDialog)
    qtbot.keyClicks(again.ui.passphraseEdit, PASSPHRASE)
    ok(again)
    sign_in(qtbot, application)
    assert application.controller.context.core.keys.how == "passphrase"


def test_an_unreachable_server_can_be_changed_before_signing_in(qtbot, launch, tmp_path, monkeypatch):
    """Nobody can sign in to a server that cannot be reached, so its settings are offered on the
    error page; here the seat goes back to its own file, and the app opens it without a restart."""
    from assist_app.config import save_database_url
    from assist_app.gui.settings_dialog import SettingsDialog

    save_database_url(tmp_path, "postgresql+psycopg://assist@127.0.0.1:1/assist")  # nothing listens
    monkeypatch.setenv("PGPASSWORD", "not-used")
    started = []
    text = read_message_box(qtbot, lambda: started.append(launch(tmp_path)))
    application = started[0]
    page = application.window.start_error
    assert application.window.ui.pages.currentWidget() is page and page.message.text() == text
    assert page.settings_button.isVisibleTo(page) and application.session is None
    assert "127.0.0.1" in text  # which server, so the helper can tell it to the office's IT

    def back_to_the_file():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, back_to_the_file)
            return
        assert dialog.ui.databaseUrlEdit.text().startswith("postgresql")
        dialog.ui.databaseUrlEdit.clear()
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, back_to_the_file)
    page.settings_button.click()
    assert load_config(tmp_path).database_url.startswith("sqlite")
    qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
    assert application.window.ui.pages.currentWidget() is application.session.page
    assert (tmp_path / "assist.sqlite3").exists()


def test_a_servers_password_behind_a_passphrase_is_asked_for_as_such(
    qtbot, launch, tmp_path, no_keychain, cheap_scrypt, monkeypatch
):
    """No keychain: the server's password is in the passphrase vault. The question is about that
    password (no recovery key: the data is on the server), and the right passphrase opens it."""
    from assist_app.config import save_database_url
    from assist_app.security import SecretStore
    from assist_app.security.server_password import store_password
    from assist_app.storage import postgres

    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = "postgresql+psycopg://assist@127.0.0.1:1/assist"  # nothing listens there
    save_database_url(tmp_path, url)
    kept = store_password(
        postgres.describe(url),
        "server-secret",
        tmp_path,
        SecretStore(),
        Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt),
    )
    assert kept == "passphrase"
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert dialog.for_server and dialog.mode is Mode.ENTER
    assert "データベースサーバーのパスワード" in dialog.ui.reasonLabel.text()
    assert "回復" not in dialog.ui.reasonLabel.text() and not dialog.recovery_button.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.ui.passphraseEdit, "ume ga saita natsu")
    ok(dialog)
    qtbot.waitUntil(lambda: application.opening.dialog not in (None, dialog), timeout=20000)
    again = application.opening.dialog
    assert again.for_server and "パスフレーズが違います" in again.ui.errorLabel.text()
    qtbot.keyClicks(again.ui.passphraseEdit, PASSPHRASE)
    text = read_message_box(qtbot, lambda: ok(again))
    assert "127.0.0.1" in text  # the vault opened; the server itself is what is missing
    assert application.window.start_error.settings_button.isVisibleTo(application.window.start_error)
