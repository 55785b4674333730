"""What the core says reaches the helper in the interface language: real errors, raised by the core
behind real screens, read where the helper reads them (message box, label), in Japanese and English."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from paper_support import actor, open_the_case
from PySide6.QtCore import Qt

from assist_app.gui.app import Application
from assist_app.gui.paper_entry_dialog import PaperEntryDialog
from assist_app.gui.scan_dialog import ScanDialog
from assist_app.gui.unlock_dialog import UnlockDialog
from assist_app.security.database_key import Credentials, PassphraseRequired
from assist_app.security.secret_store import NoKeychain
from assist_app.services.paper_services import HandoutChoice
from tests.gui.message_box import read_message_box
from tests.gui.test_window_state import ENGLISH_WORDS

# (Japanese words the message must hold, the English sentence's words), per situation.
STALE_STEP = ("ほかの人がこの手続きを変更しました", "This step was changed by someone else meanwhile")
DAMAGED_CODE = ("検査用の数字が合いません", "its check digits do not match")
WRONG_ANSWER = ("の範囲外です", "is outside 0–130")
WEAK_PASSPHRASE = ("8文字以上", "Choose a passphrase of at least 8 characters")
NO_KEYCHAIN = ("使えるキーチェーンがありません", "No keychain is available on this computer")
READ_ONLY_FOLDER = ("編集できる状態では開けません", "so it cannot be opened for editing")


def in_language(text: str, words: tuple[str, str], lang: str, path: str = "") -> bool:
    """The message in ``lang``: the Japanese words and no English sentence (a file's ``path`` aside),
    or the English words."""
    japanese, english = words
    if lang == "ja":
        return japanese in text and not ENGLISH_WORDS.search(text.replace(path, "") if path else text)
    return english in text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_errors_of_the_core_are_shown_in_the_interface_language(start_app, qtbot, lang):
    application = start_app(lang)
    core = application.controller.context.core

    # A step changed by another seat since the case was shown: the status button meets a Conflict.
    case_id = open_the_case(application)
    page = application.controller.case
    item = next(i for i in page.view.items if i.procedure_id == "death-registration")
    assert page.checklist.select_item(item.id)
    core.cases.set_status(actor(application), item.id, "done")  # the other seat
    button = page.step.buttons["in_progress"]
    text = read_message_box(qtbot, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert in_language(text, STALE_STEP, lang), text
    statuses = {i.procedure_id: i.status for i in core.cases.get_case(actor(application), case_id).items}
    assert statuses["death-registration"] == "done"  # the other seat's change stands

    # A damaged resume code typed into the scan dialog.
    paper = application.controller.paper
    paper.with_services(lambda _services: None)
    qtbot.waitUntil(lambda: paper.services is not None, timeout=20000)
    code = paper.services.preview_handout(actor(application), case_id, HandoutChoice("ja", False)).resume_code
    middle = len(code) // 2
    damaged = code[:middle] + str((int(code[middle]) + 1) % 10) + code[middle + 1 :]
    application.window.ui.actionScanCode.trigger()
    qtbot.waitUntil(lambda: isinstance(paper.dialog, ScanDialog))
    dialog = paper.dialog
    qtbot.keyClicks(dialog.ui.codeEdit, damaged)
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert in_language(dialog.ui.resultLabel.text(), DAMAGED_CODE, lang), dialog.ui.resultLabel.text()
    dialog.reject()
    qtbot.waitUntil(lambda: paper.dialog is None)

    # An answer out of its question's range, typed from a paper sheet.
    application.window.ui.actionPaperEntry.trigger()
    qtbot.waitUntil(lambda: isinstance(paper.dialog, PaperEntryDialog), timeout=20000)
    dialog = paper.dialog
    dialog.ui.sheetCombo.setCurrentIndex(dialog.ui.sheetCombo.findData("death"))
    age = dialog.reader.question_code("deceased_age")
    dialog.ui.entryEdit.setText(f"{age} 200")
    qtbot.keyClick(dialog.ui.entryEdit, Qt.Key.Key_Return)
    words = dialog.ui.hintLabel.text()
    assert age in words and in_language(words, WRONG_ANSWER, lang), words
    assert dialog.entries == {}
    dialog.reject()

    # A passphrase too short, chosen where no keychain works.
    unlock = UnlockDialog(
        PassphraseRequired(NoKeychain(), first_start=True), Credentials(), "", application.window
    )
    qtbot.addWidget(unlock)
    assert in_language(unlock.ui.reasonLabel.text(), NO_KEYCHAIN, lang), unlock.ui.reasonLabel.text()
    unlock.ui.passphraseEdit.setText("short")
    unlock.ui.confirmEdit.setText("short")
    unlock.accept()
    assert unlock.result() != UnlockDialog.DialogCode.Accepted and unlock.credentials.new_passphrase is None
    assert in_language(unlock.ui.errorLabel.text(), WEAK_PASSPHRASE, lang), unlock.ui.errorLabel.text()


@pytest.fixture
def read_only_folder(tmp_path_factory, data_dir):
    """A copy of ``data_dir`` in a folder nothing may be written to: a tmpfs remounted read-only
    (root ignores file permissions), else a folder without write permission."""
    if os.geteuid() != 0:
        folder = tmp_path_factory.mktemp("locked") / "data"
        shutil.copytree(data_dir, folder)
        for path in [*folder.rglob("*"), folder]:
            path.chmod(0o444 if path.is_file() else 0o555)
        yield folder
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o644 if path.is_file() else 0o755)
        return
    mount = tmp_path_factory.mktemp("fs")  # not inside data_dir, which is copied into it
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip()})")
    try:
        shutil.copytree(data_dir, mount / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "data"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_read_only_data_folder_is_explained_in_the_interface_language(qtbot, read_only_folder, lang):
    application = Application(["--data-dir", str(read_only_folder)])
    application.settings.helper_id = 1
    if application.settings.language != lang:
        application.set_language(lang)
    qtbot.addWidget(application.window)
    try:
        text = read_message_box(qtbot, application.start)
        assert in_language(text, READ_ONLY_FOLDER, lang, path=str(read_only_folder)), text
        assert str(read_only_folder) in text  # which folder, so the helper can fix it
        assert application.window.start_error.message.text() == text and application.controller is None
    finally:
        application.background.wait()
