"""Opening the database from the window: the passphrase, recovery-key and damaged-file questions,
answered in real dialogs on a real encrypted file."""

from __future__ import annotations

import datetime as dt

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from assist_app.config import load_config
from assist_app.gui.app import Application
from assist_app.gui.damaged_database_dialog import DamagedDatabaseDialog
from assist_app.gui.helper_dialog import HelperDialog
from assist_app.gui.unlock_dialog import Mode, UnlockDialog
from assist_app.security.database_key import Credentials
from assist_app.services.core import open_core
from assist_app.services.views import ConsentInput, ResidentInput

PASSPHRASE = "ume ga saita haru"


@pytest.fixture
def launch(qtbot, monkeypatch):
    """Start the app on a folder and return it before the core is open (questions may come first)."""
    monkeypatch.delenv("ASSIST_APP_PASSPHRASE", raising=False)
    started = []
    # A new database has no helper yet: the helper question would block these tests, so dismiss it.
    dismisser = QTimer()
    dismisser.timeout.connect(
        lambda: [
            w.reject()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, HelperDialog) and w.isVisible()
        ]
    )
    dismisser.start(20)

    def start(folder) -> Application:
        application = Application(["--data-dir", str(folder)])
        application.settings.helper_id = 1
        qtbot.addWidget(application.window)
        application.start()
        started.append(application)
        return application

    yield start
    dismisser.stop()
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


def with_resident(folder, credentials=None):
    core = open_core(load_config(folder), credentials=credentials)
    helper = core.helpers.add_helper("試験 窓口", "counter_staff")
    core.residents.add_resident(
        helper.id, ResidentInput("見本 花子", "ミホン ハナコ"), ConsentInput("記録", dt.date.today())
    )
    return core


def test_first_start_without_keychain_chooses_a_passphrase_and_saves_the_recovery_sheet(
    qtbot, launch, tmp_path, no_keychain
):
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert dialog.mode is Mode.CHOOSE and "No keychain is available" in dialog.ui.reasonLabel.text()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "short")
    qtbot.keyClicks(dialog.ui.confirmEdit, "short")
    ok(dialog)
    assert dialog.isVisible() and "at least 8" in dialog.ui.errorLabel.text()
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.confirmEdit.setText(PASSPHRASE + "x")
    ok(dialog)
    assert "differ" in dialog.ui.errorLabel.text()
    dialog.ui.confirmEdit.setText(PASSPHRASE)
    ok(dialog)

    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
    sheet = application.safety.sheet_dialog
    assert sheet is not None and sheet.isVisible()  # set-up shows the recovery sheet to save
    target = tmp_path / "recovery-sheet.pdf"
    sheet.save_to(target)
    image = pypdfium2.PdfDocument(target)[0].render(scale=2).to_pil()
    [qr] = zxingcpp.read_barcodes(image)
    assert qr.text == application.controller.context.core.keys.recovery_key
    assert sheet.key_label.text().split()[0] == qr.text.split("-")[0]


def test_wrong_passphrase_asks_again_then_opens(qtbot, launch, tmp_path, no_keychain, cheap_scrypt):
    with_resident(tmp_path, Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)).close()
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert dialog.mode is Mode.ENTER and "No keychain is available" in dialog.ui.reasonLabel.text()
    assert not dialog.ui.confirmEdit.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "ume ga saita natsu")
    ok(dialog)
    qtbot.waitUntil(lambda: application.opening.dialog not in (None, dialog), timeout=20000)
    again = application.opening.dialog
    assert "not right" in again.ui.errorLabel.text() and again.mode is Mode.ENTER
    qtbot.keyClicks(again.ui.passphraseEdit, PASSPHRASE)
    ok(again)
    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
    assert application.controller.today.model.rowCount() == 0  # open, with no case yet
    assert application.safety.sheet_dialog is None  # not a first start: no sheet forced on anyone


def test_locked_keychain_can_be_tried_again(qtbot, launch, tmp_path, memory_keychain, cheap_scrypt):
    with_resident(tmp_path, Credentials(new_passphrase=PASSPHRASE, cost=cheap_scrypt)).close()
    memory_keychain.locked = True
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert "keychain is locked" in dialog.ui.reasonLabel.text() and dialog.keychain_button.isVisible()
    memory_keychain.locked = False  # the helper unlocked it
    dialog.keychain_button.click()
    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
    assert application.controller.context.core.keys.how == "keychain"


def test_recovery_key_when_the_keychain_entry_is_gone(qtbot, launch, tmp_path, memory_keychain):
    core = with_resident(tmp_path)
    recovery_key = core.keys.recovery_key
    core.close()
    memory_keychain.secrets.clear()
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, UnlockDialog)
    assert dialog.mode is Mode.RECOVER and "no longer holds" in dialog.ui.reasonLabel.text()
    assert not dialog.ui.newPassphraseEdit.isVisible()  # the keychain works: it takes the key back
    qtbot.keyClicks(dialog.ui.recoveryEdit, recovery_key[:-1] + ("0" if recovery_key[-1] != "0" else "1"))
    ok(dialog)
    assert "typing mistake" in dialog.ui.errorLabel.text()
    dialog.ui.recoveryEdit.setText(recovery_key.lower().replace("-", " "))
    ok(dialog)
    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
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
    assert dialog.restore_button is not None and "latest good backup" in dialog.informativeText()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
    core = application.controller.context.core
    assert not core.read_only and [r.name for r in core.residents.search("ミホン")] == ["見本 花子"]
    assert "Restored the backup" in application.window.statusBar().currentMessage()
    assert list((tmp_path / "backups").glob("*-set-aside.sqlite3"))  # the damaged file was kept


def test_damaged_database_opened_read_only(qtbot, launch, tmp_path):
    damaged_folder(tmp_path)
    application = launch(tmp_path)
    dialog = wait_for_dialog(qtbot, application, DamagedDatabaseDialog)
    dialog.read_only_button.click()
    qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
    assert application.controller.context.core.read_only
    assert application.window.read_only_label.isVisible()
    assert not application.safety.backup_action.isEnabled()
