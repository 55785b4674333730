"""Entering an outage-kit sheet from the keyboard: pick the sheet (or scan its code), then type
each ticked box by its printed code, e.g. ``D01 1`` or ``Q3 2``; the sheet's table shows what was
entered as it goes. Saving opens a new case for a resident, or brings an existing case up to date.
The reading of what is typed is Qt-free (assist_app.services.paper_entry)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from assist_app.catalog import UNKNOWN, Catalog, Library, QuestionType
from assist_app.gui.error_messages import explain
from assist_app.gui.forms.ui_paper_entry_dialog import Ui_PaperEntryDialog
from assist_app.gui.labels import status_label
from assist_app.gui.resident_choice_wizard import ResidentChoice, ResidentChoiceWizard
from assist_app.gui.scanner_field import prepare_scanner_field
from assist_app.gui.wrapping_item_delegate import WrappingItemDelegate
from assist_app.services.paper_entry import Entry, SheetReader, form_code_from_scan
from assist_app.services.views import CaseSummary

if TYPE_CHECKING:
    from assist_app.gui.resident_search import ResidentSearchAs
    from assist_app.services.access import Actor
    from assist_app.services.paper_services import PaperServices


class PaperEntryDialog(QDialog):
    saved = Signal(int, str)  # case id, what happened

    def __init__(
        self,
        services: PaperServices,
        library: Library,
        residents: ResidentSearchAs,
        open_cases: list[CaseSummary],
        actor: Actor,
        lang: str,
        ward: str | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PaperEntryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.services, self.library, self.residents = services, library, residents
        self.open_cases, self.actor, self.lang, self.ward = open_cases, actor, lang, ward
        self.reader: SheetReader | None = None
        self.entries: dict[str, Entry] = {}  # printed code → the last entry typed for it
        self.typed: list[str] = []  # codes in the order entered, for Backspace to undo
        self.rows: dict[str, int] = {}
        self.cursor: str | None = None  # the line of the sheet a value alone goes to
        for catalog in library.catalogs.values():
            ui.sheetCombo.addItem(f"{catalog.title.get(lang)} ({catalog.version})", catalog.id)
        ui.eventDateEdit.setDate(QDate(today.year, today.month, today.day))
        ui.knownDateEdit.setDate(QDate(today.year, today.month, today.day))
        prepare_scanner_field(ui.formCodeEdit, digits_only=False)
        prepare_scanner_field(ui.entryEdit, digits_only=False)
        ui.entriesTable.setColumnCount(3)
        ui.entriesTable.verticalHeader().hide()
        header = ui.entriesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # long titles wrap in it
        WrappingItemDelegate.install(ui.entriesTable, column=1)
        # Wrapped rows change height when the table is resized: keep the sheet's line in view.
        self._keep_line_shown = QTimer(self, singleShot=True, interval=0)
        self._keep_line_shown.timeout.connect(self._show_current_line)
        ui.entriesTable.verticalHeader().sectionResized.connect(lambda *_: self._keep_line_shown.start())
        ui.entriesTable.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Item"), self.tr("Entered")])
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter ends an entry; it must never save (see keyPressEvent)
        ui.legendLabel.setText(
            self.tr(
                "Go down the sheet typing the box ticked on each line; the highlighted line takes it. "
                "Steps: 1 done (済), 2 in progress (手続き中), 3 not needed (不要), 4 on hold (保留), "
                "5 does not apply (対象外), 0 nothing ticked. Questions: the box's number (the last box "
                "is “don't know”) or ?; a number or a date (YYYYMMDD) ends with Enter. To jump, type a "
                "code (D05) and Enter, or a code and its value (D05 1). Backspace undoes the last entry."
            )
        )
        ui.sheetCombo.currentIndexChanged.connect(lambda _i: self._on_sheet_changed())
        ui.formCodeEdit.returnPressed.connect(self._on_form_code_edit_return_pressed)
        ui.entryEdit.textEdited.connect(self._on_entry_edit_text_edited)
        ui.entryEdit.returnPressed.connect(self._on_entry_edit_return_pressed)
        ui.knownCheck.toggled.connect(ui.knownDateEdit.setEnabled)
        ui.newRadio.toggled.connect(lambda _on: self._update())
        ui.caseCombo.currentIndexChanged.connect(lambda _i: self._update())
        ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        ui.entriesTable.currentCellChanged.connect(self._on_entries_table_current_cell_changed)
        ui.entryEdit.installEventFilter(self)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            ui.entriesTable,
            activated=self._on_remove_button_clicked,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        ui.buttons.accepted.connect(self._on_save_clicked)
        ui.buttons.rejected.connect(self.reject)
        self._on_sheet_changed()
        ui.entryEdit.setFocus()

    # the sheet -------------------------------------------------------------------------------
    @property
    def catalog(self) -> Catalog:
        return self.reader.catalog

    def choose_sheet(self, catalog_id: str) -> bool:
        index = self.ui.sheetCombo.findData(catalog_id)
        if index < 0:
            return False
        self.ui.sheetCombo.setCurrentIndex(index)
        return True

    def _on_form_code_edit_return_pressed(self) -> None:
        code = form_code_from_scan(self.ui.formCodeEdit.text())
        self.ui.formCodeEdit.clear()
        if code is None:
            self.ui.versionLabel.setText(self.tr("That is not a sheet's code (it starts with PA-FORM)."))
            return
        if code.sheet in ("consent", "handout"):
            self.ui.versionLabel.setText(
                self.tr("That is the consent form or the blank handout: nothing on it is entered here.")
            )
            return
        if not self.choose_sheet(code.catalog_id):
            self.ui.versionLabel.setText(
                self.tr("No life event “{id}” is loaded on this computer.").format(id=code.catalog_id)
            )
            return
        if code.version != self.catalog.version:
            self.ui.versionLabel.setText(
                self.tr(
                    "The sheet was printed for catalog version {printed}; this computer has {loaded}. "
                    "Check that the codes on the paper match the table below."
                ).format(printed=code.version, loaded=self.catalog.version)
            )
        else:
            self.ui.versionLabel.setText(self.tr("Sheet recognised."))
        steps = code.sheet == "checklist" and self.reader.steps
        self.move_to(next(iter(self.reader.steps)) if steps else self.reader.codes[0])
        self.ui.entryEdit.setFocus()

    def _on_sheet_changed(self) -> None:
        catalog = self.library.catalog(self.ui.sheetCombo.currentData())
        self.reader = SheetReader(catalog)
        self.entries.clear()
        self.typed.clear()
        self.ui.versionLabel.clear()
        self.ui.eventDateLabel.setText(catalog.event_date_label.get(self.lang))
        self.ui.caseCombo.clear()
        for case in self.open_cases:
            if case.catalog_id == catalog.id:
                self.ui.caseCombo.addItem(
                    self.tr("Case {id} · {name} · {date}").format(
                        id=case.id, name=case.resident_name, date=case.event_date.isoformat()
                    ),
                    case.id,
                )
        table = self.ui.entriesTable
        lines = [(code, q.text.get(self.lang)) for code, q in self.reader.questions.items()]
        lines += [(code, p.title.get(self.lang)) for code, p in self.reader.steps.items()]
        table.setRowCount(len(lines))
        self.rows = {}
        for row, (code, title) in enumerate(lines):
            self.rows[code] = row
            table.setItem(row, 0, QTableWidgetItem(code))
            table.setItem(row, 1, QTableWidgetItem(title))
            table.setItem(row, 2, QTableWidgetItem(""))
        self.ui.hintLabel.clear()
        self.move_to(self.reader.codes[0] if self.reader.codes else None)
        self._update()

    def move_to(self, code: str | None) -> None:
        """Put the sheet's cursor on ``code`` (None: past the last line)."""
        self.cursor = code
        if code is None:
            self.ui.entriesTable.clearSelection()
            self.ui.hintLabel.setText(self.tr("End of the sheet. Save, or type a code to go back to it."))
            return
        self.ui.entriesTable.setCurrentCell(self.rows[code], 2)
        self._show_current_line()

    def _show_current_line(self) -> None:
        table = self.ui.entriesTable
        if self.cursor is not None:
            table.scrollToItem(table.item(self.rows[self.cursor], 0))

    def _on_entries_table_current_cell_changed(
        self, row: int, _column: int, _prev_row: int, _prev: int
    ) -> None:
        code = next((c for c, r in self.rows.items() if r == row), None)
        if code is not None:
            self.cursor = code

    # typing ----------------------------------------------------------------------------------
    def _on_entry_edit_text_edited(self, _text: str) -> None:
        text = self.ui.entryEdit.text()  # as folded by the scanner field
        entries = self.reader.read(text, final=False, cursor=self.cursor)
        if entries:
            self._take(entries)
            return
        code = self.reader.code_at_end(text) or self.cursor
        self.ui.hintLabel.setText(self._hint(code) if code else "")

    def _on_entry_edit_return_pressed(self) -> None:
        text = self.ui.entryEdit.text()
        if not text.strip():
            return
        code = self.reader.code_named(text)
        if code is not None:  # a code alone: go to that line
            self.ui.entryEdit.clear()
            self.move_to(code)
            self.ui.hintLabel.setText(self._hint(code))
            return
        try:
            entries = self.reader.read(text, final=True, cursor=self.cursor)
        except Exception as exc:  # EntryError: says which code and what is expected
            self.ui.hintLabel.setText(explain(exc))
            return
        self._take(entries)

    def _hint(self, code: str) -> str:
        if code in self.reader.steps:
            return self.tr("{code} {title} — now the box ticked (1–5, or 0)").format(
                code=code, title=self.reader.steps[code].title.get(self.lang)
            )
        question = self.reader.questions[code]
        return f"{code} {question.text.get(self.lang)} — {self._choices(question)}"

    def _choices(self, question) -> str:
        unknown = self.tr("don't know")
        if question.type is QuestionType.YES_NO:
            labels = [self.tr("yes"), self.tr("no"), unknown]
        elif question.type is QuestionType.CHOICE:
            labels = [o.label.get(self.lang) for o in question.options] + [unknown]
        elif question.type is QuestionType.DATE:
            return self.tr("a date as YYYYMMDD, then Enter")
        else:
            return self.tr("a number, then Enter")
        return "  ".join(f"{n} {label}" for n, label in enumerate(labels, start=1))

    def _take(self, entries: list[Entry]) -> None:
        for entry in entries:
            self.entries[entry.code] = entry
            self.typed.append(entry.code)
            self._show_entry(entry.code)
        last = entries[-1]
        self.ui.entryEdit.clear()
        self.move_to(self.reader.next_code(last.code))
        entered = self.tr("Entered {code}: {value}.").format(code=last.code, value=self._value_text(last))
        self.ui.hintLabel.setText(entered + (" " + self._hint(self.cursor) if self.cursor else ""))
        self._update()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # the fields took it; the button box's Save must not (it is the default button)
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.ui.entryEdit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.ui.entryEdit.text()
        ):
            self.undo()
            return True
        return super().eventFilter(watched, event)

    def undo(self) -> None:
        """Take back the last entry and put the cursor on its line again."""
        while self.typed:
            code = self.typed.pop()
            if self.entries.pop(code, None) is not None:
                self._show_entry(code)
                self.move_to(code)
                self.ui.hintLabel.setText(self.tr("Removed {code}.").format(code=code))
                self._update()
                return

    def _value_text(self, entry: Entry) -> str:
        if entry.kind == "status":
            return status_label(str(entry.value))
        question = self.catalog.question(entry.target)
        if entry.value == UNKNOWN:
            return self.tr("don't know")
        if question.type is QuestionType.YES_NO:
            return self.tr("yes") if entry.value == "yes" else self.tr("no")
        if question.type is QuestionType.CHOICE:
            return question.option(str(entry.value)).label.get(self.lang)
        return str(entry.value)

    def _show_entry(self, code: str) -> None:
        row = self.rows[code]
        entry = self.entries.get(code)
        for column in range(3):
            item = self.ui.entriesTable.item(row, column)
            font = QFont(item.font())
            font.setBold(entry is not None)
            item.setFont(font)
        self.ui.entriesTable.item(row, 2).setText(self._value_text(entry) if entry else "")

    def _on_remove_button_clicked(self) -> None:
        code = self.cursor
        if code is not None and self.entries.pop(code, None) is not None:
            self._show_entry(code)
            self.ui.hintLabel.setText(self.tr("Removed {code}.").format(code=code))
            self._update()
        self.ui.entryEdit.setFocus()

    def _update(self) -> None:
        new = self.ui.newRadio.isChecked()
        for widget in (self.ui.eventDateEdit, self.ui.knownCheck):
            widget.setEnabled(new)
        self.ui.knownDateEdit.setEnabled(new and self.ui.knownCheck.isChecked())
        self.ui.caseCombo.setEnabled(not new)
        self.save_button.setEnabled(new or self.ui.caseCombo.currentData() is not None)
        answers = sum(1 for e in self.entries.values() if e.kind == "answer")
        self.ui.countLabel.setText(
            self.tr("{a} answer(s), {s} status(es) entered").format(a=answers, s=len(self.entries) - answers)
        )

    # saving ----------------------------------------------------------------------------------
    def event_dates(self) -> tuple[dt.date, dt.date | None]:
        event = self.ui.eventDateEdit.date().toPython()
        known = self.ui.knownDateEdit.date().toPython() if self.ui.knownCheck.isChecked() else None
        return event, known

    def _on_save_clicked(self) -> None:
        if not self.ui.newRadio.isChecked():
            self.save_to_existing()
            return
        event, known = self.event_dates()
        if known is not None and known < event:
            self.ui.hintLabel.setText(self.tr("The day it became known cannot be before the event."))
            return
        wizard = ResidentChoiceWizard(
            self.residents,
            self.tr("Whose sheet is this?"),
            self.tr(
                "The sheet: {event}, {date}, with {n} entries. Find the resident whose name is on the "
                "paper, or add them; a new resident's consent is recorded first (the consent form "
                "of the kit, if they signed one)."
            ).format(event=self.catalog.title.get(self.lang), date=event.isoformat(), n=len(self.entries)),
            self,
        )
        if wizard.exec() == QDialog.DialogCode.Accepted:
            self.save_new_case(wizard.choice())

    def save_new_case(self, choice: ResidentChoice) -> bool:
        event, known = self.event_dates()
        try:
            resident_id = choice.save(self.residents)
            saved = self.services.entry.save_new(
                self.actor, resident_id, self.catalog.id, event, self.entries.values(), known, self.ward
            )
        except Exception as exc:  # a service error in words; nothing half-saved is shown as saved
            self.ui.hintLabel.setText(explain(exc))
            return False
        self._finish(saved)
        return True

    def save_to_existing(self) -> bool:
        case_id = self.ui.caseCombo.currentData()
        try:
            saved = self.services.entry.save_to_case(
                self.actor, case_id, self.catalog.id, self.entries.values()
            )
        except Exception as exc:
            self.ui.hintLabel.setText(explain(exc))
            return False
        self._finish(saved)
        return True

    def _finish(self, saved) -> None:
        message = self.tr("Case {id} saved from the paper sheet: {n} status(es) changed.").format(
            id=saved.case.id, n=saved.statuses_changed
        )
        if saved.not_on_checklist:
            message += " " + self.tr("Not on this case's checklist, so not entered: {codes}.").format(
                codes=", ".join(saved.not_on_checklist)
            )
        self.saved.emit(saved.case.id, message)
        self.accept()
