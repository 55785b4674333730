"""Signing in, locking (Ctrl+L, idle time, switching helper) and the supervisor's views, on the real
window over a real SQLite file. While locked, no widget anywhere holds a resident's name. The
window is in Japanese, as it starts by default: its messages are checked in Japanese."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from assist_app.config import load_config
from assist_app.gui.app import Application
from assist_app.services.core import open_core
from tests.core.storage.page_bytes import page_bytes

PIN = "2468"  # as in conftest.py
RESIDENT = "見本 花子"


def all_texts() -> list[str]:
    """Every text any widget of the app holds, shown or hidden, item views included."""
    texts = []
    for top in QApplication.topLevelWidgets():
        texts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                texts.append(widget.toPlainText())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                texts.extend(model_texts(widget.model()))
    return texts


def model_texts(model, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        columns = 1
    found = []
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            found.append(str(model.data(index) or ""))
            found.extend(model_texts(model, index))
    return found


def shows_resident() -> bool:
    return any(RESIDENT in t or "ミホン" in t for t in all_texts())


def start_unsigned(qtbot, data_dir) -> Application:
    application = Application(["--data-dir", str(data_dir)])
    qtbot.addWidget(application.window)
    application.start()
    qtbot.waitUntil(lambda: application.session is not None, timeout=20000)
    return application


def close(application) -> None:
    application.window.close()
    application.background.wait()


def test_the_app_starts_locked_and_a_wrong_pin_shows_nothing(qtbot, data_dir, sign_in):
    application = start_unsigned(qtbot, data_dir)
    try:
        session = application.session
        assert session.locked and application.window.ui.pages.currentWidget() is session.page
        assert not application.window.ui.actionNewCase.isEnabled()
        assert not shows_resident()
        sign_in(application, 1, "9999")
        assert session.locked and session.page.message.text().startswith("暗証番号が違います。あと2回")
        assert application.controller is None and not shows_resident()
        sign_in(application, 1, PIN)
        qtbot.waitUntil(lambda: application.controller is not None)
        assert application.controller.today.model.rowCount() == 1 and shows_resident()
    finally:
        close(application)


def test_repeated_wrong_pins_hold_the_sign_in_button(qtbot, data_dir, sign_in):
    application = start_unsigned(qtbot, data_dir)
    try:
        page = application.session.page
        for _ in range(3):
            sign_in(application, 2, "9999")
        assert not page.sign_in_button.isEnabled() and "30秒待って" in page.message.text()
        sign_in(application, 2, PIN)  # ignored while the wait runs
        assert application.session.locked
    finally:
        close(application)


def test_ctrl_l_locks_empties_every_page_and_unlocks_where_it_was(start_app, qtbot, sign_in):
    application = start_app()
    controller, window = application.controller, application.window
    case_id = controller.today.model.case_at(0).id
    controller.open_case(case_id)
    assert shows_resident()
    assert window.ui.actionLock.shortcut() == QKeySequence("Ctrl+L")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: application.session.locked)
    assert window.ui.pages.currentWidget() is application.session.page
    assert not shows_resident()  # not on screen, not in a hidden page, not in the title
    assert RESIDENT not in window.windowTitle()
    assert not window.ui.actionNewCase.isEnabled() and not window.ui.actionAuditLog.isEnabled()
    sign_in(application, 1, PIN)
    qtbot.waitUntil(lambda: not application.session.locked)
    assert window.ui.pages.currentWidget() is controller.case and controller.case.view.id == case_id


def test_idle_time_locks_the_app(qtbot, data_dir, sign_in):
    core = open_core(load_config(data_dir))
    boss = core.accounts.sign_in(1, PIN).actor
    core.policies.set_policy(boss, "idle_lock_seconds", 1)
    core.close()
    application = start_unsigned(qtbot, data_dir)
    try:
        sign_in(application, 1, PIN)
        qtbot.waitUntil(lambda: application.controller is not None)
        assert application.session.idle.running and shows_resident()
        qtbot.waitUntil(lambda: application.session.locked, timeout=5000)
        assert not shows_resident()
    finally:
        close(application)


def test_a_lock_closes_open_dialogs(start_app, qtbot):
    application = start_app()
    box = QMessageBox(QMessageBox.Icon.Information, "", f"{RESIDENT} さんの件", parent=application.window)
    box.show()
    qtbot.waitUntil(box.isVisible)
    application.window.ui.actionLock.trigger()
    assert not box.isVisible() and application.session.locked
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed dialog is gone
    assert not shows_resident()


def test_switching_to_a_volunteer_shows_only_their_cases(start_app, qtbot, sign_in):
    application = start_app()
    window = application.window
    application.controller.open_case(application.controller.today.model.case_at(0).id)
    window.ui.actionSwitchHelper.trigger()
    assert application.session.locked
    sign_in(application, 2, PIN)
    qtbot.waitUntil(lambda: not application.session.locked)
    assert application.controller.today.model.rowCount() == 0  # helper 1's case is not theirs
    assert window.ui.pages.currentWidget() is application.controller.today
    assert not shows_resident()
    assert window.helper_label.text().endswith("例示 ボランティア")
    assert not window.ui.actionAccounts.isEnabled() and not window.ui.actionAuditLog.isEnabled()
    assert window.ui.actionChangePin.isEnabled()


def test_first_start_creates_the_first_account_a_supervisor(qtbot, tmp_path):
    application = start_unsigned(qtbot, tmp_path)
    try:
        page = application.session.page
        assert page.first_box.isVisibleTo(application.window) and not page.sign_in_box.isVisibleTo(
            application.window
        )
        page.first_name.setText("試験 責任者")
        page.first_pin.setText("2580")
        page.first_again.setText("2851")
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        assert application.session.locked and "2つの暗証番号が違います" in page.message.text()
        page.first_again.setText("2580")
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: application.controller is not None)
        actor = application.session.context.helper.actor
        assert (actor.name, actor.role) == ("試験 責任者", "supervisor")
        assert application.window.ui.actionAuditLog.isEnabled()
    finally:
        close(application)


def test_the_supervisor_reads_and_checks_the_audit_log(start_app, qtbot):
    from assist_app.gui.audit_dialog import AuditDialog

    application = start_app()
    context = application.session.context
    dialog = AuditDialog(context.core.audit, context.helper.actor, application.window)
    qtbot.addWidget(dialog)
    rows = [dialog.table.item(row, 4) for row in range(dialog.table.rowCount())]
    assert {"signed_in", "cases_listed", "case_opened"} <= {item.toolTip() for item in rows}
    assert all(item.text() != item.toolTip() for item in rows)  # every action said in words
    assert not any(RESIDENT in t for t in model_texts(dialog.table.model()))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.result.text().startswith("記録はつながっています")


def test_the_resident_gets_their_copy_and_can_be_erased_from_the_window(start_app, qtbot, tmp_path):
    import json

    application = start_app()
    controller, actions = application.controller, application.session.resident_data
    assert actions.shown_resident() is None  # on the today page: nothing to export yet
    controller.open_case(controller.today.model.case_at(0).id)
    files = actions.export_to(tmp_path / "copy")
    assert json.loads(files.json_path.read_text(encoding="utf-8"))["resident"]["name"] == RESIDENT
    assert RESIDENT not in files.pdf_path.name and files.pdf_path.read_bytes().startswith(b"%PDF")
    resident_id, _ = actions.shown_resident()
    actions.erase(resident_id)
    qtbot.waitUntil(lambda: "消去しました" in application.window.statusBar().currentMessage())
    assert controller.today.model.rowCount() == 0 and not shows_resident()
    core = application.session.context.core
    database = core.config.data_dir / "assist.sqlite3"
    # The file is encrypted: read every page (free ones and the log's too) decrypted with its key.
    assert RESIDENT.encode() not in page_bytes(database, core.keys.key)


def test_a_helper_who_signs_in_while_the_core_still_opens_gets_the_pages_once_it_is_open(qtbot, data_dir):
    import threading

    application = Application(["--data-dir", str(data_dir)])
    gate = threading.Event()  # holds the second step (catalogs, other services) on its worker
    open_rest = application._open_core
    application._open_core = lambda config, database: gate.wait(20) and open_rest(config, database)
    qtbot.addWidget(application.window)
    application.start()
    try:
        qtbot.waitUntil(lambda: application.sign_in_page is not None, timeout=20000)
        page = application.sign_in_page
        assert application.window.ui.pages.currentWidget() is page and application.session is None
        assert page.select_helper(1)
        page.pin.setText(PIN)
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        assert application.controller is None and page.message.text() == "案件データベースを開いています…"
        assert not shows_resident() and not application.window.ui.actionNewCase.isEnabled()
        gate.set()
        qtbot.waitUntil(lambda: application.controller is not None, timeout=20000)
        assert application.session.context.helper.actor.helper_id == 1 and not application.session.locked
        assert application.controller.today.model.rowCount() == 1 and shows_resident()
    finally:
        gate.set()
        close(application)


def test_the_locked_page_follows_a_change_of_language(start_app):
    application = start_app()
    application.session.lock("on_demand")
    page = application.session.page
    assert page.helper_list.item(1).text() == "試験 窓口 — 責任者"
    application.set_language("en")
    try:
        assert page.title.text() == "Procedure Assist is locked" and page.intro.text().startswith("Choose")
        assert page.helper_list.item(1).text() == "試験 窓口 — Supervisor"
    finally:
        application.set_language("ja")
    assert page.helper_list.item(1).text() == "試験 窓口 — 責任者"
