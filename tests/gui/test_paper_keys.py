"""Resume-code keys in the app: export this installation's public key, import another's, see the
trusted keys, and scan a code signed by the imported installation."""

from __future__ import annotations

import datetime as dt
import json

from paper_support import actor, open_the_case
from PySide6.QtCore import Qt

from assist_app.gui.keys_dialog import KeysDialog, grouped
from assist_app.gui.scan_dialog import ScanDialog
from assist_app.resume import SigningKey, issue_code
from assist_app.resume.trust import export_public_key
from assist_app.services.handout_service import resume_content


def open_keys_dialog(application, qtbot) -> KeysDialog:
    paper = application.controller.paper
    application.window.ui.actionKeys.trigger()
    qtbot.waitUntil(lambda: isinstance(paper.dialog, KeysDialog))
    return paper.dialog


def test_export_own_key_then_import_and_remove_another(paper_app, qtbot, tmp_path, data_dir):
    dialog = open_keys_dialog(paper_app, qtbot)
    ui = dialog.ui
    assert ui.keysTable.rowCount() == 0 and "None yet" in ui.ownKeyLabel.text()
    ui.nameEdit.setText("港区 窓口1")
    assert dialog.export_to(tmp_path / "mine.json")
    exported = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert exported["format"] == "assist-app-public-key" and exported["label"] == "港区 窓口1"
    assert ui.ownKeyLabel.text() == grouped(exported["key_id"])
    assert ui.keysTable.rowCount() == 1 and not ui.removeButton.isEnabled()

    laptop = SigningKey.generate()
    key_file = tmp_path / "laptop.json"
    key_file.write_text(export_public_key(laptop, "ボランティア端末 A"), encoding="utf-8")
    asked = []
    assert dialog.import_file(key_file, lambda key: asked.append(key.label) or True)
    assert asked == ["ボランティア端末 A"]
    assert ui.keysTable.rowCount() == 2
    assert ui.keysTable.item(1, 0).text() == "ボランティア端末 A"
    assert ui.keysTable.item(1, 1).text() == grouped(laptop.key_id.hex())
    assert ui.keysTable.item(1, 2).text() == dt.date.today().isoformat()
    stored = json.loads((data_dir / "trusted_keys.json").read_text(encoding="utf-8"))
    assert [k["key_id"] for k in stored["keys"]] == [laptop.key_id.hex()]

    assert not dialog.import_file(key_file, lambda key: True)  # already trusted: said so, no duplicate
    assert "already" in ui.resultLabel.text() and ui.keysTable.rowCount() == 2
    not_a_key = tmp_path / "memo.txt"
    not_a_key.write_text("meeting at 10", encoding="utf-8")
    assert not dialog.import_file(not_a_key, lambda key: True)
    assert "memo.txt" in ui.resultLabel.text() and ui.keysTable.rowCount() == 2

    ui.keysTable.selectRow(1)
    assert ui.removeButton.isEnabled()
    dialog.remove(dialog.shown[1])
    assert ui.keysTable.rowCount() == 1
    assert json.loads((data_dir / "trusted_keys.json").read_text(encoding="utf-8"))["keys"] == []


def test_a_code_from_an_imported_installation_is_accepted(paper_app, qtbot, tmp_path):
    case_id = open_the_case(paper_app)
    core = paper_app.controller.context.core
    laptop = SigningKey.generate()
    view = core.cases.get_case(actor(paper_app), case_id)
    code = issue_code(
        resume_content(view, core.library.catalog("death"), laptop.key_id, dt.datetime.now()), laptop
    )
    key_file = tmp_path / "laptop.json"
    key_file.write_text(export_public_key(laptop, "ボランティア端末 A"), encoding="utf-8")
    keys = open_keys_dialog(paper_app, qtbot)
    assert keys.import_file(key_file, lambda key: True)
    keys.reject()
    qtbot.waitUntil(lambda: paper_app.controller.paper.dialog is None)

    paper_app.window.ui.actionScanCode.trigger()
    qtbot.waitUntil(lambda: isinstance(paper_app.controller.paper.dialog, ScanDialog))
    scan = paper_app.controller.paper.dialog
    qtbot.keyClicks(scan.ui.codeEdit, code)
    qtbot.keyClick(scan.ui.codeEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: paper_app.controller.paper.dialog is None)
    assert "agrees" in paper_app.window.statusBar().currentMessage()
    scanned = core.cases.get_case(actor(paper_app), case_id).history[-1]
    assert scanned.action == "resume_scanned" and scanned.detail["key_id"] == laptop.key_id.hex()


def test_without_a_keychain_the_keys_dialog_says_why_in_the_interface_language(start_app, qtbot):
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from assist_app.gui.core_messages import translated
    from assist_app.messages import message_of
    from assist_app.security.secret_store import NoKeychain, NoSecretService

    application = start_app("ja")  # (the database key, where it is encrypted, is read by then)
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        dialog = open_keys_dialog(application, qtbot)
        assert "キーチェーン" in dialog.ui.ownKeyLabel.text()
        assert not dialog.export_to(application.controller.context.core.config.data_dir / "mine.json")
        # Which of the two depends on whether a D-Bus session is running.
        assert dialog.ui.resultLabel.text() in (
            translated(message_of(NoKeychain())),
            translated(message_of(NoSecretService())),
        )
        assert "keychain" not in dialog.ui.resultLabel.text().lower()
    finally:
        keyring.set_keyring(previous)
