"""Language, large text, and what survives closing and reopening the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_japanese_by_default_and_complete_english(start_app):
    application = start_app("ja")
    ui = application.window.ui
    assert ui.actionNewCase.text().replace("&", "").startswith("新")
    assert application.controller.case.tabs.tabText(0).replace("&", "") != "Checklist"
    application.set_language("en")
    assert ui.actionNewCase.text().replace("&", "") == "New case…"
    assert application.controller.today.title.text() == "Today's work"
    assert application.controller.case.tabs.tabText(0).replace("&", "") == "Checklist"


def test_large_text_scales_the_whole_app(start_app):
    application = start_app()
    normal = QApplication.font().pointSizeF()
    application.set_large_text(True)
    assert QApplication.font().pointSizeF() >= normal * 1.45
    page = application.controller.today
    assert page.table.font().pointSizeF() >= normal * 1.45
    application.set_large_text(False)
    assert QApplication.font().pointSizeF() == normal


def test_restart_shows_what_was_saved(start_app, qtbot):
    application = start_app()
    controller = application.controller
    case_id = controller.today.model.case_at(0).id
    controller.open_case(case_id)
    page = controller.case
    item = next(i for i in page.view.items if i.procedure_id == "seal-registration")
    page.checklist.select_item(item.id)
    page.step.request_status("not_needed")
    application.window.resize(700, 500)
    application.window.close()

    again = start_app()
    assert (again.window.size().width(), again.window.size().height()) == (700, 500)
    assert again.window.ui.pages.currentWidget() is again.controller.case  # last page remembered
    shown = {i.procedure_id: i.status for i in again.controller.case.view.items}
    assert shown["seal-registration"] == "not_needed"
    assert again.controller.case.view.id == case_id
