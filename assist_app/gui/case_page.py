"""A case: its checklist (by due date or by office), the step in front of the helper, the intake
answers (revisable) and the history. Every change is saved at once through the case service."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assist_app.checklist.derive import unknown_questions
from assist_app.gui import history_text
from assist_app.gui.checklist_widget import ChecklistWidget
from assist_app.gui.context import AppContext
from assist_app.gui.error_messages import show_error
from assist_app.gui.handover_dialog import HandoverDialog
from assist_app.gui.intake_form_widget import IntakeFormWidget
from assist_app.gui.step_detail_widget import SHORTCUTS, StepDetailWidget
from assist_app.services.errors import ServiceError
from assist_app.services.views import CaseView, ItemView


class CasePage(QWidget):
    case_changed = Signal(int)  # the today list may need refreshing
    print_requested = Signal(int)  # the handout of this case (see PaperController)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: CaseView | None = None
        self.header = QLabel(objectName="pageTitle", wordWrap=True)
        self.details = QLabel(wordWrap=True)
        self.group_by = QComboBox()
        self.handover = QPushButton()
        self.print_handout = QPushButton()
        self.tabs = QTabWidget()
        self.checklist = ChecklistWidget()
        self.step = StepDetailWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.checklist)
        splitter.addWidget(self.step)
        splitter.setSizes([520, 480])
        self.answers_area = QScrollArea(widgetResizable=True)
        self.apply_answers = QPushButton()
        self.answers_result = QLabel(wordWrap=True)
        answers_tab = QWidget()
        answers_layout = QVBoxLayout(answers_tab)
        answers_layout.addWidget(self.answers_area, 1)
        answers_row = QHBoxLayout()
        answers_row.addWidget(self.answers_result, 1)
        answers_row.addWidget(self.apply_answers)
        answers_layout.addLayout(answers_row)
        self.history = QTableWidget(0, 4)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setWordWrap(True)
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(answers_tab, "")
        self.tabs.addTab(self.history, "")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.group_by)
        top.addWidget(self.print_handout)
        top.addWidget(self.handover)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        self.form: IntakeFormWidget | None = None

        self.checklist.item_selected.connect(self._on_checklist_item_selected)
        self.step.status_requested.connect(self._on_step_status_requested)
        self.step.notes_edited.connect(self._on_step_notes_edited)
        self.group_by.activated.connect(self._on_group_by_activated)
        self.handover.clicked.connect(self._on_handover_clicked)
        self.print_handout.clicked.connect(lambda: self.view and self.print_requested.emit(self.view.id))
        self.apply_answers.clicked.connect(self._on_apply_answers_clicked)
        for status, keys in SHORTCUTS.items():
            shortcut = QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(lambda s=status: self.step.request_status(s))
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Checklist"))
        self.tabs.setTabText(1, self.tr("&Answers"))
        self.tabs.setTabText(2, self.tr("&History"))
        self.handover.setText(self.tr("Hand &over…"))
        self.handover.setAccessibleName(self.tr("Hand the case over to another helper"))
        self.print_handout.setText(self.tr("&Print handout…"))
        self.print_handout.setAccessibleName(self.tr("Print the resident's handout"))
        self.apply_answers.setText(self.tr("Save revised answers"))
        self.group_by.clear()
        self.group_by.addItem(self.tr("Group by due date"), "due")
        self.group_by.addItem(self.tr("Group by office"), "office")
        self.group_by.setAccessibleName(self.tr("Group steps by"))
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(self.context.settings.group_by)))
        self.history.setAccessibleName(self.tr("History of this case"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.checklist.retranslate()
        self.step.retranslate()
        if self.view is not None:
            self.load(self.view.id)

    # loading ---------------------------------------------------------------------------------
    def load(self, case_id: int) -> None:
        self.step.flush_notes()
        self.view = self.context.core.cases.get_case(
            self.context.helper.actor, case_id, lang=self.context.lang
        )
        self._show()

    def clear(self) -> None:
        """Forget the case shown (the app is being locked): nothing of it stays in a widget."""
        self.view = None
        for label in (self.header, self.details, self.answers_result):
            label.clear()
        self.checklist.clear()
        self.step.show_item(None)
        self.step.reason.clear()
        self.history.setRowCount(0)
        if self.form is not None:
            self.answers_area.takeWidget().deleteLater()
            self.form = None

    def _catalog(self):
        return self.context.core.library.catalog(self.view.summary.catalog_id)

    def _show(self) -> None:
        view, lang, catalog = self.view, self.context.lang, self._catalog()
        s = view.summary
        title = catalog.title.get(lang) if catalog else s.catalog_id
        self.header.setText(
            f"{s.resident_name}（{s.resident_kana}）— {title}"
            if s.resident_kana
            else f"{s.resident_name} — {title}"
        )
        if view.known_date:
            text = self.tr("Case {id} · event {date} · known on {known} · catalog {version}")
        else:
            text = self.tr("Case {id} · event {date} · catalog {version}")
        self.details.setText(
            text.format(id=s.id, date=s.event_date, known=view.known_date, version=view.catalog_version)
        )
        self.checklist.show_items(
            view.items,
            self.context.settings.group_by,
            catalog,
            self.context.core.library,
            self.context.ward,
            lang,
            self.context.today(),
        )
        self._show_history()
        if catalog and (self.form is None or self.form.catalog is not catalog or self.form.lang != lang):
            self.form = IntakeFormWidget(catalog, lang)
            self.answers_area.setWidget(self.form)
        if self.form:
            self.form.set_answers(view.answers)

    def _show_history(self) -> None:
        rows = list(reversed(self.view.history))
        items = {i.procedure_id: i for i in self.view.items}
        helpers = {h.id: h.name for h in self.context.core.helpers.list_helpers()}
        self.history.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            for column, text in enumerate(
                [
                    history_text.when(entry),
                    entry.helper or "—",
                    history_text.what(entry, items),
                    history_text.details(entry, items, helpers),
                ]
            ):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeRowsToContents()

    # slots -----------------------------------------------------------------------------------
    def _on_checklist_item_selected(self, item: ItemView | None) -> None:
        catalog = self._catalog() if self.view else None
        confirm = []
        if item is not None and catalog is not None and item.applies == "to_confirm":
            procedure = catalog.procedure(item.procedure_id)
            confirm = [
                catalog.question(q).text.get(self.context.lang)
                for q in unknown_questions(procedure, self.view.answers)
                if catalog.question(q)
            ]
        self.step.show_item(
            item,
            catalog,
            self.context.core.library,
            self.context.ward,
            self.context.lang,
            self.context.today(),
            confirm,
        )

    def _on_step_status_requested(self, item_id: int, status: str, reason: str) -> None:
        item = next(i for i in self.view.items if i.id == item_id)
        self._run(
            lambda: self.context.core.cases.set_status(
                self.context.helper.actor, item_id, status, reason, expected_version=item.row_version
            )
        )

    def _on_step_notes_edited(self, item_id: int, notes: str) -> None:
        item = next((i for i in self.view.items if i.id == item_id), None)
        if item is None:
            return
        try:
            self.context.core.cases.set_notes(
                self.context.helper.actor, item_id, notes, expected_version=item.row_version
            )
            # Refresh versions without redrawing the tree under the helper's cursor.
            self.view = self.context.core.cases.get_case(
                self.context.helper.actor, self.view.id, lang=self.context.lang
            )
            self._show_history()
        except ServiceError as exc:
            show_error(self, exc)

    def _on_group_by_activated(self, _index: int) -> None:
        self.context.settings.group_by = self.group_by.currentData()
        if self.view is not None:
            self._show()

    def _on_handover_clicked(self) -> None:
        helpers = [h for h in self.context.core.helpers.list_helpers() if h.id != self.context.helper.id]
        dialog = HandoverDialog(helpers, self)
        if dialog.exec():
            helper_id, note = dialog.choice()
            self._run(
                lambda: self.context.core.cases.hand_over(
                    self.context.helper.actor, self.view.id, helper_id, note
                )
            )

    def _on_apply_answers_clicked(self) -> None:
        if self.form is None:
            return
        try:
            change = self.context.core.cases.change_answers(
                self.context.helper.actor, self.view.id, self.form.answers()
            )
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.answers_result.setText(
            self.tr(
                "Checklist updated: {a} added, {r} removed, {k} kept with progress, {d} new dates."
            ).format(
                a=len(change.added),
                r=len(change.removed),
                k=len(change.kept_no_longer_applies),
                d=len(change.due_changed),
            )
        )
        self.load(self.view.id)
        self.case_changed.emit(self.view.id)

    def _run(self, action) -> None:
        try:
            action()
        except ServiceError as exc:
            show_error(self, exc)
        self.load(self.view.id)
        self.case_changed.emit(self.view.id)
