"""Scanning a resume code in the app: typed by a (simulated) keyboard-wedge scanner into the field,
or read from a scanned PDF; refusals change nothing; disagreements are decided step by step; a case
that is not here is made again for a resident the helper picks."""

from __future__ import annotations

import datetime as dt

from paper_support import actor, open_the_case
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from assist_app.config import Config
from assist_app.gui.labels import status_label
from assist_app.gui.resident_choice_wizard import ResidentChoiceWizard
from assist_app.gui.scan_dialog import ScanDialog
from assist_app.resume import SigningKey, issue_code
from assist_app.services.core import load_catalogs, open_core
from assist_app.services.handout_service import resume_content
from assist_app.services.paper_services import HandoutChoice, open_paper_services
from assist_app.services.views import ConsentInput, ResidentInput


def open_scan_dialog(application, qtbot) -> ScanDialog:
    paper = application.controller.paper
    application.window.ui.actionScanCode.trigger()
    qtbot.waitUntil(lambda: isinstance(paper.dialog, ScanDialog))
    return paper.dialog


def scan(qtbot, dialog: ScanDialog, text: str) -> None:
    dialog.ui.codeEdit.clear()
    qtbot.keyClicks(dialog.ui.codeEdit, text)
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)  # the scanner ends with Enter


def items_of(application, case_id):
    view = application.controller.context.core.cases.get_case(actor(application), case_id)
    return {i.procedure_id: i for i in view.items}, view


def test_the_field_is_ready_for_a_scanner_under_a_japanese_input_method(paper_app, qtbot):
    dialog = open_scan_dialog(paper_app, qtbot)
    field = dialog.ui.codeEdit
    assert not field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    hints = field.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhLatinOnly and hints & Qt.InputMethodHint.ImhDigitsOnly
    for char in "７２１０":  # full-width digits, as typed with the IME on (QTest cannot type them)
        QCoreApplication.sendEvent(
            field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )
    assert field.text() == "7210"
    assert field.hasFocus() or dialog.focusWidget() is field


def test_a_scanned_code_brings_the_case_up_to_date_step_by_step(paper_app, qtbot):
    case_id = open_the_case(paper_app)
    core, paper = paper_app.controller.context.core, paper_app.controller.paper
    items, _ = items_of(paper_app, case_id)
    registration, cremation = items["death-registration"], items["cremation-permit"]
    core.cases.set_status(actor(paper_app), registration.id, "done")
    code = paper.services.preview_handout(actor(paper_app), case_id, HandoutChoice("ja", False)).resume_code
    core.cases.set_status(actor(paper_app), registration.id, "todo")  # changed here after printing
    core.cases.set_status(actor(paper_app), cremation.id, "in_progress")

    dialog = open_scan_dialog(paper_app, qtbot)
    scan(qtbot, dialog, code)
    ui = dialog.ui
    assert ui.steps.currentWidget() is ui.decidePage
    decided = {}
    for number in (1, 2):
        assert ui.progressLabel.text() == f"Difference {number} of 2"  # the app runs in English here
        if registration.short_code in ui.stepLabel.text():
            assert status_label("done") in ui.paperButton.text()
            assert status_label("todo") in ui.hereButton.text()
            decided["death-registration"] = "paper"
            qtbot.mouseClick(ui.paperButton, Qt.MouseButton.LeftButton)
        else:
            assert cremation.short_code in ui.stepLabel.text()
            assert status_label("in_progress") in ui.hereButton.text()
            decided["cremation-permit"] = "here"
            qtbot.mouseClick(ui.hereButton, Qt.MouseButton.LeftButton)
    assert set(decided) == {"death-registration", "cremation-permit"}
    assert ui.steps.currentWidget() is ui.confirmPage and ui.decisionsList.count() == 2
    qtbot.mouseClick(ui.applyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: paper.dialog is None)

    items, view = items_of(paper_app, case_id)
    assert items["death-registration"].status == "done"  # taken from the paper
    assert items["cremation-permit"].status == "in_progress"  # kept
    applied = next(h for h in reversed(view.history) if h.action == "resume_applied")
    assert applied.detail["taken_from_paper"] == ["death-registration"]
    assert applied.detail["kept_here"] == ["cremation-permit"]
    shown = {i.procedure_id: i.status for i in paper_app.controller.case.view.items}
    assert shown["death-registration"] == "done"  # the case is open on screen, up to date
    assert paper_app.window.ui.pages.currentWidget() is paper_app.controller.case


def test_refused_codes_say_why_and_change_nothing(paper_app, qtbot):
    case_id = open_the_case(paper_app)
    paper = paper_app.controller.paper
    code = paper.services.preview_handout(actor(paper_app), case_id, HandoutChoice("ja", False)).resume_code
    _, before = items_of(paper_app, case_id)
    view = paper_app.controller.context.core.cases.get_case(actor(paper_app), case_id)
    catalog = paper_app.controller.context.core.library.catalog("death")
    stranger = SigningKey.generate()  # an installation this one never imported
    foreign = issue_code(
        resume_content(view, catalog, stranger.key_id, dt.datetime(2026, 11, 25, 9)), stranger
    )
    middle = len(code) // 2
    damaged = code[:middle] + str((int(code[middle]) + 1) % 10) + code[middle + 1 :]

    dialog = open_scan_dialog(paper_app, qtbot)
    shown = []
    for text, why in (
        (damaged, "its check digits do not match"),
        (code[:-7], "cut short"),
        (foreign, "which this one does not trust"),
        ("4901234567894", "This is not a resume code"),
    ):
        scan(qtbot, dialog, text)
        words = dialog.ui.resultLabel.text()
        assert words.startswith("Refused:") and why in words and words.endswith("Nothing was changed.")
        assert dialog.isVisible() and dialog.ui.steps.currentWidget() is dialog.ui.scanPage
        assert dialog.ui.codeEdit.selectedText() == dialog.ui.codeEdit.text()  # the next scan replaces it
        shown.append(words)
    assert len(set(shown)) == 4
    _, after = items_of(paper_app, case_id)
    assert [(i.status, i.row_version) for i in after.items] == [
        (i.status, i.row_version) for i in before.items
    ]
    assert after.history == before.history


def test_a_scanned_pdf_of_a_handout_that_agrees(paper_app, qtbot, tmp_path):
    case_id = open_the_case(paper_app)
    paper = paper_app.controller.paper
    (tmp_path / "scan.pdf").write_bytes(
        paper.services.preview_handout(actor(paper_app), case_id, HandoutChoice("en", True)).pdf
    )
    dialog = open_scan_dialog(paper_app, qtbot)
    dialog.read_file(tmp_path / "scan.pdf")
    qtbot.waitUntil(lambda: paper.dialog is None, timeout=20000)
    assert "agrees" in paper_app.window.statusBar().currentMessage()
    _, view = items_of(paper_app, case_id)
    assert view.history[-1].action == "resume_scanned" and view.history[-1].detail["found"] is True


def test_a_case_from_elsewhere_is_made_again_for_the_chosen_resident(paper_app, qtbot, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    other = open_core(Config(elsewhere, f"sqlite:///{elsewhere / 'a.sqlite3'}"), load_catalogs())
    try:
        helper = other.accounts.create_first_account("例示 ボランティア", "2468")
        resident = other.residents.add_resident(
            helper, ResidentInput("試験 太郎"), ConsentInput("記録", dt.date.today())
        )
        for _ in range(2):  # case 2 there, while only case 1 is here
            view = other.cases.open_case(
                helper, resident.id, "death", dt.date.today() - dt.timedelta(days=1), {}
            )
        done = next(i for i in view.items if i.procedure_id == "death-registration")
        other.cases.set_status(helper, done.id, "done")
        # The same keychain in this process: the other installation's key is this one's, so trusted.
        code = (
            open_paper_services(other)
            .preview_handout(helper, view.id, HandoutChoice("ja", False))
            .resume_code
        )
    finally:
        other.close()

    paper = paper_app.controller.paper
    dialog = open_scan_dialog(paper_app, qtbot)
    scan(qtbot, dialog, code)
    qtbot.waitUntil(lambda: isinstance(paper.dialog, ResidentChoiceWizard))
    wizard = paper.dialog
    wizard.next()
    wizard.resident_page.name.setText("試験 太郎")
    wizard.next()
    assert wizard.currentPage() is wizard.consent_page
    wizard.consent_page.records.setChecked(True)
    wizard.accept()
    qtbot.waitUntil(lambda: paper.dialog is None)

    page = paper_app.controller.case
    assert page.view.summary.resident_name == "試験 太郎"
    statuses = {i.procedure_id: i.status for i in page.view.items}
    assert statuses["death-registration"] == "done"
    assert page.view.history[-1].action == "case_recreated"
    assert set(page.view.answers.values()) == {"unknown"}
    assert paper_app.controller.today.model.rowCount() == 2


def test_a_volunteer_scanning_another_helpers_case_is_refused_in_plain_words(paper_app, qtbot, sign_in):
    from sqlalchemy import select

    from assist_app.storage.models import AuditEntry

    case_id = open_the_case(paper_app)  # helper 1's case
    paper, core = paper_app.controller.paper, paper_app.controller.context.core
    code = paper.services.preview_handout(actor(paper_app), case_id, HandoutChoice("ja", False)).resume_code
    _, before = items_of(paper_app, case_id)
    paper_app.session.lock("switch_helper")
    sign_in(paper_app, helper_id=2)  # 例示 ボランティア, a volunteer
    assert actor(paper_app).role == "volunteer"

    dialog = open_scan_dialog(paper_app, qtbot)
    scan(qtbot, dialog, code)
    words = dialog.ui.resultLabel.text()
    assert "another helper" in words and "counter staff" in words
    assert "Traceback" not in words and "Nothing was changed." in words
    assert dialog.isVisible() and dialog.ui.steps.currentWidget() is dialog.ui.scanPage
    with core.database.session() as session:
        refused = session.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).all()
    assert [(r.helper_id, r.case_id) for r in refused] == [(2, case_id)]
    dialog.reject()
    paper_app.session.lock("switch_helper")
    sign_in(paper_app)
    _, after = items_of(paper_app, case_id)
    assert after.items == before.items and [h.action for h in after.history] == [
        h.action for h in before.history
    ]
