"""Driving the real window: today list, wizard, statuses by mouse and keyboard, answers, handover."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from assist_app.config import load_config
from assist_app.gui.checklist_widget import ITEM_ID
from assist_app.services.core import open_core


def open_first_case(application):
    controller = application.controller
    assert controller.today.model.rowCount() == 1
    controller.open_case(controller.today.model.case_at(0).id)
    return controller.case


def select_step(case_page, procedure_id):
    item = next(i for i in case_page.view.items if i.procedure_id == procedure_id)
    assert case_page.checklist.select_item(item.id)
    return item


def stored_items(data_dir):
    core = open_core(load_config(data_dir))
    try:
        actor = core.accounts.sign_in(1, "2468").actor
        case = core.cases.list_open_cases(actor)[0]
        view = core.cases.get_case(actor, case.id)
        return {i.procedure_id: i for i in view.items}, view
    finally:
        core.close()


def test_today_lists_the_case_with_its_next_step(start_app):
    application = start_app()
    model = application.controller.today.model
    assert model.rowCount() == 1
    case = model.case_at(0)
    assert case.resident_name == "見本 花子" and case.next_procedure_id == "death-registration"
    assert application.window.helper_label.text().endswith("試験 窓口")


def test_search_as_you_type_finds_by_kana(start_app, qtbot):
    today = start_app().controller.today
    # QTest cannot type kana; setText emits the same textChanged the keyboard does.
    today.search.setText("ﾐﾎﾝ")
    qtbot.waitUntil(lambda: "ﾐﾎﾝ" in today.status.text())
    assert today.model.rowCount() == 1
    today.search.setText("さとう")
    qtbot.waitUntil(lambda: "さとう" in today.status.text())
    assert today.model.rowCount() == 0


def test_status_by_mouse_and_keyboard_is_saved(start_app, qtbot, data_dir):
    application = start_app()
    page = open_first_case(application)
    select_step(page, "death-registration")
    qtbot.mouseClick(page.step.buttons["in_progress"], Qt.MouseButton.LeftButton)
    select_step(page, "cremation-permit")
    page.checklist.setFocus()
    qtbot.keyClick(page.checklist, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Done
    select_step(page, "bank-accounts")
    qtbot.keyClick(
        page.checklist, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier
    )  # Blocked, no reason yet
    assert page.step.saved.text() == "保留の理由を入力してから、もう一度「保留」を選んでください。"
    assert page.step.reason.hasFocus()  # where the reason goes
    page.step.reason.setText("通帳が見つからない")
    qtbot.mouseClick(page.step.buttons["blocked"], Qt.MouseButton.LeftButton)
    items, view = stored_items(data_dir)
    assert items["death-registration"].status == "in_progress"
    assert items["cremation-permit"].status == "done"
    assert (items["bank-accounts"].status, items["bank-accounts"].blocked_reason) == (
        "blocked",
        "通帳が見つからない",
    )
    assert items["bank-accounts"].updated_by == "試験 窓口"
    assert [h.action for h in view.history].count("status_changed") == 3


def test_notes_are_saved_while_typing(start_app, qtbot, data_dir):
    page = open_first_case(start_app())
    select_step(page, "pension-stop")
    page.step.notes.insertPlainText("年金証書を持参")
    qtbot.waitUntil(lambda: page.step.saved.text() == page.step.tr("Saved"), timeout=5000)
    items, _ = stored_items(data_dir)
    assert items["pension-stop"].notes == "年金証書を持参"


def test_revising_an_answer_updates_the_checklist(start_app, qtbot, data_dir):
    page = open_first_case(start_app())
    before = {i.procedure_id: i.applies for i in page.view.items}
    assert before["nhi-loss"] == "to_confirm"
    page.tabs.setCurrentIndex(1)
    page.form.editor("insurance").buttons["employee"].setChecked(True)
    qtbot.mouseClick(page.apply_answers, Qt.MouseButton.LeftButton)
    after = {i.procedure_id: i.applies for i in page.view.items}
    assert "nhi-loss" not in after and after.get("employee-insurance-loss") == "yes"
    assert "削除 1件" in page.answers_result.text()
    _, view = stored_items(data_dir)
    assert view.answers["insurance"] == "employee"


def test_hand_over_with_a_note(start_app, qtbot, data_dir):
    page = open_first_case(start_app())

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.ui.noteEdit.setPlainText("年金事務所は予約済み")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(page.handover, Qt.MouseButton.LeftButton)
    _, view = stored_items(data_dir)
    assert view.summary.assigned_helper_id == 2
    assert (
        view.history[-1].action == "handed_over" and view.history[-1].detail["note"] == "年金事務所は予約済み"
    )


def test_wizard_end_to_end_creates_resident_consent_and_case(start_app, qtbot, data_dir):
    from assist_app.gui.new_case_wizard import NewCaseWizard
    from assist_app.gui.window_controller import ResidentSearchAs

    application = start_app()
    controller = application.controller
    actor = controller.context.helper.actor
    wizard = NewCaseWizard(
        controller.context.core.library, ResidentSearchAs(controller.context), "ja", application.window
    )
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # no name yet
    wizard.resident_page.name.setText("試験 太郎")
    wizard.next()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # consent not recorded
    wizard.consent_page.records.setChecked(True)
    wizard.consent_page.paper.setChecked(True)
    wizard.next()
    page = wizard.event_page
    page.event_combo.setCurrentIndex(page.event_combo.findData("birth"))
    page.event_date_edit.setDate(dt.date(2026, 11, 10))
    wizard.next()
    wizard.questions_page.form.editor("born_abroad").buttons["no"].setChecked(True)
    wizard.next()
    preview = wizard.preview_page.tree
    assert preview.topLevelItem(0).text(0) == "2026-11-24"  # birth registration: day 14 is a holiday
    case_id = controller.create_case(wizard.request())
    wizard.accept()
    view = controller.context.core.cases.get_case(actor, case_id)
    assert view.summary.resident_name == "試験 太郎" and view.summary.catalog_id == "birth"
    assert next(i for i in view.items if i.procedure_id == "birth-registration").due_date == dt.date(
        2026, 11, 24
    )
    resident = controller.context.core.residents.get_resident(actor, view.summary.resident_id)
    assert resident.has_consent


def test_a_finished_step_keeps_its_date_but_no_overdue_countdown(start_app, data_dir):
    core = open_core(load_config(data_dir))
    actor = core.accounts.sign_in(1, "2468").actor
    resident_id = core.cases.list_open_cases(actor)[0].resident_id
    answers = {"died_abroad": "no", "insurance": "nhi", "deceased_age": 80}
    old = core.cases.open_case(actor, resident_id, "death", dt.date.today() - dt.timedelta(days=30), answers)
    done = next(i for i in old.items if i.procedure_id == "death-registration")
    late = next(i for i in old.items if i.procedure_id == "nhi-loss")  # 14 days: still open, late
    core.cases.set_status(actor, done.id, "done")
    core.close()
    application = start_app("en")
    application.controller.open_case(old.id)
    page = application.controller.case
    groups = [page.checklist.topLevelItem(n) for n in range(page.checklist.topLevelItemCount())]
    rows = {
        row.data(0, ITEM_ID): row for group in groups for row in map(group.child, range(group.childCount()))
    }
    assert rows[done.id].text(1) == done.due_date.isoformat()  # finished: the date alone
    assert "Overdue by" in rows[late.id].text(1)  # open and late: said in words
    select_step(page, "death-registration")
    assert page.step.due.text().endswith(f": {done.due_date.isoformat()}")  # no countdown after it
    select_step(page, "nhi-loss")
    assert "Overdue by" in page.step.due.text()
