"""Entering outage-kit sheets in the app from the keyboard: the sheet's code scanned, one key per
line of the checklist, intake answers by box number, jumps, undo, and saving to a case."""

from __future__ import annotations

import datetime as dt

import pytest
from paper_support import actor, open_the_case
from PySide6.QtCore import Qt

from assist_app.catalog import QuestionType
from assist_app.gui.paper_entry_dialog import PaperEntryDialog
from assist_app.gui.resident_choice_wizard import ResidentChoice
from assist_app.services.views import ConsentInput, ResidentInput


def open_entry_dialog(application, qtbot) -> PaperEntryDialog:
    paper = application.controller.paper
    application.window.ui.actionPaperEntry.trigger()
    qtbot.waitUntil(lambda: isinstance(paper.dialog, PaperEntryDialog))
    return paper.dialog


def type_line(qtbot, dialog, text: str, enter: bool = False) -> None:
    qtbot.keyClicks(dialog.ui.entryEdit, text)
    if enter:
        qtbot.keyClick(dialog.ui.entryEdit, Qt.Key.Key_Return)


def test_a_whole_checklist_sheet_one_key_a_line_into_the_open_case(paper_app, qtbot):
    case_id = open_the_case(paper_app)
    catalog = paper_app.controller.context.core.library.catalog("death")
    dialog = open_entry_dialog(paper_app, qtbot)
    ui = dialog.ui
    qtbot.keyClicks(ui.formCodeEdit, f"PA-FORM+death+{catalog.version}+checklist")  # ':' on a JIS layout
    qtbot.keyClick(ui.formCodeEdit, Qt.Key.Key_Return)
    assert ui.sheetCombo.currentData() == "death" and dialog.cursor == catalog.procedures[0].short_code
    assert ui.entryEdit.hasFocus() or dialog.focusWidget() is ui.entryEdit

    keys = "12" + "0" * (len(catalog.procedures) - 2)  # D01 done, D02 in progress, nothing else ticked
    qtbot.keyClicks(ui.entryEdit, keys)  # one key per line of the paper, no Enter
    statuses = [e for e in dialog.entries.values() if e.kind == "status"]
    assert len(statuses) == len(catalog.procedures) and dialog.cursor is None
    first, second = catalog.procedures[0], catalog.procedures[1]
    assert dialog.entries[first.short_code].value == "done"
    assert ui.entriesTable.item(dialog.rows[second.short_code], 2).text() != ""
    assert ui.entriesTable.item(dialog.rows[first.short_code], 2).font().bold()

    ui.existingRadio.setChecked(True)
    assert ui.caseCombo.currentData() == case_id
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: paper_app.controller.paper.dialog is None)
    view = paper_app.controller.context.core.cases.get_case(actor(paper_app), case_id)
    items = {i.procedure_id: i.status for i in view.items}
    assert items[first.id] == "done" and items[second.id] == "in_progress"
    assert view.history[-1].action == "paper_entered" and view.history[-1].detail["statuses_changed"] == 2
    assert paper_app.controller.case.view.id == case_id
    assert f"{case_id}" in paper_app.window.statusBar().currentMessage()


def answer_keys(question) -> tuple[str, bool, object]:
    """What a helper types for one intake question, whether Enter ends it, and the stored answer."""
    if question.type is QuestionType.YES_NO:
        return "2", False, "no"
    if question.type is QuestionType.CHOICE:
        return "1", False, question.options[0].value
    if question.type is QuestionType.DATE:
        return "20261120", True, "2026-11-20"
    number = min(max(80, question.minimum or 0), question.maximum or 80)
    return str(number), True, number


def test_intake_answers_jumps_and_undo_make_a_new_case(paper_app, qtbot):
    catalog = paper_app.controller.context.core.library.catalog("death")
    dialog = open_entry_dialog(paper_app, qtbot)
    ui = dialog.ui
    assert dialog.choose_sheet("death") and dialog.cursor == "Q1"
    expected = {}
    for question in catalog.questions:
        keys, enter, value = answer_keys(question)
        type_line(qtbot, dialog, keys, enter)
        expected[question.id] = value
    assert dialog.cursor == catalog.procedures[0].short_code  # on to the checklist

    type_line(qtbot, dialog, "Z99", enter=True)
    assert "Z99" in ui.hintLabel.text() and ui.entryEdit.text() == "Z99"  # kept for correcting
    ui.entryEdit.clear()
    type_line(qtbot, dialog, "q2", enter=True)  # jump back to Q2 and answer it again
    assert dialog.cursor == "Q2"
    type_line(qtbot, dialog, "?", enter=True)
    expected[catalog.questions[1].id] = "unknown"
    death_registration = catalog.procedure("death-registration").short_code
    type_line(qtbot, dialog, f"{death_registration} 1")  # code and value: taken at once
    type_line(qtbot, dialog, f"{catalog.procedures[-1].short_code}4")
    qtbot.keyClick(ui.entryEdit, Qt.Key.Key_Backspace)  # empty field: undo the last entry
    assert catalog.procedures[-1].short_code not in dialog.entries
    assert dialog.cursor == catalog.procedures[-1].short_code

    ui.eventDateEdit.setDate(dt.date.today() - dt.timedelta(days=3))
    assert dialog.save_new_case(
        ResidentChoice(None, ResidentInput("試験 花子"), ConsentInput("紙の同意書", dt.date.today(), True))
    )
    page = paper_app.controller.case
    assert page.view.summary.resident_name == "試験 花子"
    assert page.view.answers == expected
    assert page.view.summary.event_date == dt.date.today() - dt.timedelta(days=3)
    statuses = {i.procedure_id: i.status for i in page.view.items}
    assert statuses["death-registration"] == "done"
    assert paper_app.controller.today.model.rowCount() == 2


def test_a_sheet_of_the_wrong_kind_is_named(paper_app, qtbot):
    dialog = open_entry_dialog(paper_app, qtbot)
    ui = dialog.ui
    for text, words in (
        ("PA-FORM:general:1:consent", "consent"),
        ("hello", "PA-FORM"),
        ("PA-FORM:moving:1:intake", "moving"),
    ):
        qtbot.keyClicks(ui.formCodeEdit, text)
        qtbot.keyClick(ui.formCodeEdit, Qt.Key.Key_Return)
        assert words in ui.versionLabel.text()
        assert dialog.isVisible()  # Enter never closes the dialog
    qtbot.keyClicks(ui.formCodeEdit, "PA-FORM:birth:1999.1.1:intake")
    qtbot.keyClick(ui.formCodeEdit, Qt.Key.Key_Return)
    assert ui.sheetCombo.currentData() == "birth" and "1999.1.1" in ui.versionLabel.text()


def test_every_unreadable_entry_is_worded_for_the_helper(qapp, fixture_library):
    from assist_app.gui.error_messages import explain
    from assist_app.services.paper_entry import EntryError, SheetReader

    reader = SheetReader(fixture_library.catalog("mini"))
    kinds, shown = set(), set()
    for text in (
        "",
        "Q2",
        "Z99 1",
        "T01",
        "T01 9",
        "Q3 maybe",
        "Q1 4",
        "Q4 2026",
        "Q4 20261132",
        "Q2 x",
        "Q2 200",
    ):
        with pytest.raises(EntryError) as caught:
            reader.read(text)
        kinds.add(caught.value.kind)
        words = explain(caught.value)  # the core's message, filled in with its values
        code = text.split(" ")[0].upper()
        assert (code in words) if code else words.startswith("Type a code from the sheet")
        assert "{" not in words
        shown.add(words)
    assert kinds == {
        *("empty", "answer_missing", "unknown_code", "status_missing", "bad_status", "yes_no"),
        *("choice", "date_format", "not_a_date", "number", "range"),
    }
    assert len(shown) == 11


def test_what_cannot_be_read_is_said_in_japanese(start_app, qtbot):
    from tests.gui.test_window_state import ENGLISH_WORDS

    application = start_app("ja")
    paper = application.controller.paper
    application.window.ui.actionPaperEntry.trigger()
    qtbot.waitUntil(lambda: isinstance(paper.dialog, PaperEntryDialog), timeout=20000)
    dialog = paper.dialog
    for typed in ("Z99 1", "D01 9", "Q2 abc"):
        dialog.ui.entryEdit.setText(typed)
        qtbot.keyClick(dialog.ui.entryEdit, Qt.Key.Key_Return)
        words = dialog.ui.hintLabel.text()
        assert typed.split(" ")[0] in words and not ENGLISH_WORDS.search(words), words
    assert dialog.entries == {}
