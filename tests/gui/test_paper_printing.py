"""Printing from the app: the preview shows the real pages, Save as PDF writes the handout, the
printer gets every page drawn at its resolution (a QPrinter writing a PDF file stands in for the
printer), batches go out with progress, and everything is in the case history."""

from __future__ import annotations

import datetime as dt

from paper_support import actor, open_the_case, pdf_texts
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QPushButton

from assist_app.gui.batch_print_dialog import BatchPrintDialog, BatchRequest
from assist_app.gui.handout_options_dialog import HandoutOptionsDialog
from assist_app.gui.labels import action_label
from assist_app.gui.outage_kit_dialog import OutageKitDialog
from assist_app.gui.pdf_pages import a4_printer, page_count
from assist_app.resume.reading import codes_in_image, looks_like_code
from assist_app.services.kit_service import sheet_of_each_page
from assist_app.services.paper_services import HandoutChoice
from assist_app.services.views import ConsentInput, ResidentInput
from tests.gui.screens import settle


def pdf_printer(path, dpi: int = 150) -> QPrinter:
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def wait_for_preview(qtbot, paper):
    qtbot.waitUntil(lambda: paper.preview is not None and paper.preview.document is not None, timeout=20000)
    return paper.preview


def history_actions(application, case_id):
    core = application.controller.context.core
    return [h.action for h in core.cases.get_case(actor(application), case_id).history]


def test_print_button_asks_language_and_size_preset_for_the_resident(paper_app, qtbot):
    case_id = open_the_case(paper_app)
    page = paper_app.controller.case
    seen, tries = [], []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HandoutOptionsDialog):
            tries.append(dialog)
            if dialog is not None:  # something else is modal (an error?): close it, fail below
                seen.append(dialog)
                dialog.close()
            elif len(tries) < 500:
                QTimer.singleShot(20, answer)
            return
        seen.append(dialog.choice())
        dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
        dialog.ui.largeCheck.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.print_handout, Qt.MouseButton.LeftButton)
    preview = wait_for_preview(qtbot, paper_app.controller.paper)
    assert seen == [("ja", False)]  # 見本 花子 reads Japanese, normal print
    assert preview.file_name == f"handout-{case_id}-en-large.pdf"
    assert "見本 花子" in pdf_texts(preview.document.pdf)[0]
    assert paper_app.window.ui.actionPrintHandout.isEnabled()
    preview.reject()


def test_preview_shows_every_page_and_saves_the_handout(paper_app, qtbot, tmp_path):
    case_id = open_the_case(paper_app)
    paper = paper_app.controller.paper
    paper.preview_handout(case_id, HandoutChoice("ja", True))
    preview = wait_for_preview(qtbot, paper)
    pages = page_count(preview.document.pdf)
    assert pages >= 2 and len(preview.page_labels) == pages
    assert preview.ui.printButton.isEnabled() and preview.ui.noteLabel.text() == ""
    assert "printed" not in history_actions(paper_app, case_id)  # looked at, not yet printed
    assert not preview.page_labels[0].pixmap().isNull()
    with qtbot.waitSignal(preview.sent) as sent:
        assert preview.save_to(tmp_path / "handout")  # ".pdf" is added
    assert sent.args == ["pdf_file"]
    saved = (tmp_path / "handout.pdf").read_bytes()
    assert saved == preview.document.pdf
    texts = pdf_texts(saved)
    assert all("見本 花子" in text for text in texts)  # the resident's name on every page
    assert history_actions(paper_app, case_id).count("printed") == 1
    history = paper_app.controller.case.history  # the case page shows it at once, newest first
    assert history.item(0, 2).text() == action_label("printed") != "printed"
    assert "PDF" in history.item(0, 3).text()


def test_the_printer_gets_each_page_at_its_resolution(paper_app, qtbot, tmp_path):
    case_id = open_the_case(paper_app)
    paper = paper_app.controller.paper
    paper.preview_handout(case_id, HandoutChoice("en", False))
    preview = wait_for_preview(qtbot, paper)
    printer = pdf_printer(tmp_path / "printed.pdf")
    with qtbot.waitSignal(preview.sent, timeout=20000) as sent:
        preview.print_to(printer)
    assert sent.args == ["printer"]
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert page_count(printed) == page_count(preview.document.pdf)
    # What reached the "printer" is a picture of the page: its resume code still reads and verifies.
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(printed)
    image = document[0].render(scale=200 / 72).to_pil()
    document.close()
    codes = [t for t in codes_in_image(image) if looks_like_code(t)]
    assert len(codes) == 1
    assert paper.services.resume.verify(codes[0]).content.case_id == case_id
    assert history_actions(paper_app, case_id).count("printed") == 1
    output = paper_app.controller.context.core.cases.get_case(actor(paper_app), case_id).history[-1]
    assert (output.action, output.detail["output"], output.detail["lang"]) == ("printed", "printer", "en")
    assert output.detail["large"] is False and output.detail["resume_code"] is True


def add_cases(application, names):
    core = application.controller.context.core
    ids = []
    for name in names:
        resident = core.residents.add_resident(
            actor(application),
            ResidentInput(name, preferred_language="en"),
            ConsentInput("記録", dt.date.today()),
        )
        ids.append(core.cases.open_case(actor(application), resident.id, "birth", dt.date.today(), {}).id)
    application.controller.refresh_today()
    return ids


def test_batch_dialog_offers_the_open_cases_ticked(paper_app, qtbot):
    add_cases(paper_app, ["試験 太郎"])
    cases = paper_app.controller.context.core.cases.list_open_cases(actor(paper_app))
    dialog = BatchPrintDialog(cases, dt.date.today(), paper_app.window)
    qtbot.addWidget(dialog)
    assert dialog.ui.casesList.count() == 2 and "見本 花子" in dialog.ui.casesList.item(0).text() + (
        dialog.ui.casesList.item(1).text()
    )
    assert dialog.request() == BatchRequest([c.id for c in cases], None, None, True)
    dialog.ui.selectNoneButton.click()
    assert dialog.request().case_ids == [] and not dialog.ok.isEnabled()
    dialog.ui.casesList.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.ui.folderRadio.setChecked(True)
    assert dialog.request().case_ids == [cases[1].id] and not dialog.request().to_printer


def test_batch_to_a_folder_and_to_a_printer_with_progress(paper_app, qtbot, tmp_path, monkeypatch):
    ids = [open_the_case(paper_app), *add_cases(paper_app, ["試験 太郎", "例示 次郎"])]
    controller, paper = paper_app.controller, paper_app.controller.paper
    refreshed, loaded = [], []
    refresh_today, load = controller.refresh_today, controller.case.load
    monkeypatch.setattr(controller, "refresh_today", lambda q="": (refreshed.append(q), refresh_today(q)))
    monkeypatch.setattr(controller.case, "load", lambda i: (loaded.append(i), load(i)))
    paper.run_batch(BatchRequest(ids, None, False, False), folder=tmp_path / "out")
    qtbot.waitUntil(lambda: paper.batch_result is not None, timeout=30000)
    # Once for the whole batch, not once per case; the open case (the first) is shown again.
    assert len(refreshed) == 1 and loaded == [ids[0]]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [f"handout-{ids[0]}-ja.pdf", f"handout-{ids[1]}-en.pdf", f"handout-{ids[2]}-en.pdf"]
    )
    assert paper.progress.labelText() == "Handout 3 of 3 done"
    assert all(history_actions(paper_app, i).count("printed") == 1 for i in ids)

    pages = sum(page_count(p.read_bytes()) for p in (tmp_path / "out").iterdir())
    paper.run_batch(BatchRequest(ids, None, False, True), printer=pdf_printer(tmp_path / "all.pdf", 72))
    qtbot.waitUntil(lambda: paper.batch_result is not None, timeout=30000)
    assert paper.batch_result == ids
    assert page_count((tmp_path / "all.pdf").read_bytes()) == pages  # one job, every page
    assert "3 of 3" in paper_app.window.statusBar().currentMessage()


def test_outage_kit_and_blank_forms_preview(paper_app, qtbot):
    paper = paper_app.controller.paper
    dialog = OutageKitDialog(paper_app.controller.context.core.library, "ja", paper_app.window)
    qtbot.addWidget(dialog)
    assert dialog.request().sheets == {"intake", "checklist", "consent", "handout"}
    dialog.ui.checklistCheck.setChecked(False)
    dialog.ui.consentCheck.setChecked(False)
    dialog.ui.handoutCheck.setChecked(False)
    for row in range(dialog.ui.eventsList.count()):
        item = dialog.ui.eventsList.item(row)
        death = item.data(Qt.ItemDataRole.UserRole) == "death"
        item.setCheckState(Qt.CheckState.Checked if death else Qt.CheckState.Unchecked)
    request = dialog.request()
    assert request.events == ["death"] and request.sheets == {"intake"}
    paper.preview_kit(request.events, request.sheets, request.lang)
    preview = wait_for_preview(qtbot, paper)
    codes = sheet_of_each_page(preview.document.pdf)
    assert {(c.catalog_id, c.sheet) for c in codes} == {("death", "intake")}
    assert len(preview.page_labels) == len(codes)
    preview.reject()
    qtbot.waitUntil(lambda: paper.preview is None)

    paper.blank_forms()
    preview = wait_for_preview(qtbot, paper)
    assert [c.sheet for c in sheet_of_each_page(preview.document.pdf)] == ["consent", "handout"]
    assert len(preview.page_labels) == 2


def test_a_handout_without_a_keychain_says_why_it_has_no_code(start_app, qtbot):
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    application = start_app()  # (the database key, where it is encrypted, is read by then)
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        case_id = open_the_case(application)
        paper = application.controller.paper
        paper.preview_handout(case_id, HandoutChoice("ja", False))
        preview = wait_for_preview(qtbot, paper)
        assert preview.ui.noteLabel.isVisible()
        note = preview.ui.noteLabel.text()  # in Japanese, as the window is
        assert "再開コード" in note and "キーチェーン" in note and "keychain" not in note.lower()
        assert preview.ui.printButton.isEnabled()  # the resident still leaves with their paper
    finally:
        keyring.set_keyring(previous)


def test_cancelling_a_batch_stops_it_and_keeps_what_was_done(paper_app, qtbot, tmp_path):
    ids = [open_the_case(paper_app), *add_cases(paper_app, ["試験 太郎", "例示 次郎", "見本 三郎"])]
    paper = paper_app.controller.paper
    paper.run_batch(BatchRequest(ids, None, None, False), folder=tmp_path / "out")
    cancel = paper.progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # at once; a handout takes far longer to make
    qtbot.waitUntil(lambda: paper.batch_result is not None, timeout=30000)
    done = len(paper.batch_result)
    assert done < len(ids)
    written = list((tmp_path / "out").iterdir()) if (tmp_path / "out").exists() else []
    assert len(written) == done and not [p for p in written if p.suffix != ".pdf"]
    assert f"{done} of {len(ids)}" in paper_app.window.statusBar().currentMessage()
    assert all("printed" not in history_actions(paper_app, i) for i in ids[done:])


def test_the_paper_screens_cost_the_start_up_nothing():
    """ReportLab, pypdfium2, cryptography, zxing and keyring load on first use, not with the window."""
    import subprocess
    import sys

    code = (
        "import sys, assist_app.gui.window_controller as w; "
        "print(sorted(m for m in ('reportlab', 'pypdfium2', 'cryptography', 'zxingcpp', 'keyring', "
        "'PySide6.QtPrintSupport') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_locking_closes_the_paper_screens_and_a_late_document_is_dropped(paper_app, qtbot, sign_in):
    from assist_app.gui.paper_entry_dialog import PaperEntryDialog
    from tests.gui.test_lock import shows_resident

    case_id = open_the_case(paper_app)
    paper, session = paper_app.controller.paper, paper_app.session
    paper.paper_entry()
    qtbot.waitUntil(lambda: isinstance(paper.dialog, PaperEntryDialog))
    assert paper.dialog.choose_sheet("death")
    assert "見本 花子" in paper.dialog.ui.caseCombo.currentText()  # the resident's name on screen
    paper.preview_handout(case_id, HandoutChoice("ja", False))  # being made on the worker…
    assert paper.preview is not None and paper.preview.document is None
    session.lock("idle")  # … when the app locks
    qtbot.waitUntil(lambda: paper.dialog is None and paper.preview is None)
    qtbot.waitUntil(lambda: paper_app.background.running == 0, timeout=20000)
    settle()
    assert not shows_resident()
    sign_in(paper_app)
    assert "printed" not in history_actions(paper_app, case_id)


def test_locking_during_a_batch_stops_it(paper_app, qtbot, tmp_path, sign_in):
    ids = [open_the_case(paper_app), *add_cases(paper_app, ["試験 太郎", "例示 次郎", "見本 三郎"])]
    paper = paper_app.controller.paper
    paper.run_batch(BatchRequest(ids, None, None, False), folder=tmp_path / "out")
    paper_app.session.lock("idle")  # at once; a handout takes far longer to make
    qtbot.waitUntil(lambda: paper.batch_result is not None, timeout=30000)
    assert len(paper.batch_result) < len(ids)  # nothing more made in the helper's name
    assert paper_app.background.running == 0
    sign_in(paper_app)
    assert all("printed" not in history_actions(paper_app, i) for i in ids[len(paper.batch_result) :])
