"""The pages of the new-case wizard (see new_case_wizard.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from assist_app.catalog import Library
from assist_app.catalog.describe import kind_label
from assist_app.checklist import derive_checklist
from assist_app.gui.intake_form_widget import IntakeFormWidget
from assist_app.gui.wrapping_check_box import WrappingCheckBox
from assist_app.gui.wrapping_item_delegate import WrappingItemDelegate
from assist_app.services.views import ConsentInput, ResidentInput, ResidentView

if TYPE_CHECKING:
    from assist_app.gui.new_case_wizard import NewCaseWizard, ResidentFinder

LANGUAGES = (("ja", "日本語"), ("en", "English"), ("easy_ja", "やさしい日本語"))


def _date_edit(accessible: str) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    edit.setAccessibleName(accessible)
    return edit


class ResidentPage(QWizardPage):
    def __init__(self, residents: ResidentFinder) -> None:
        super().__init__()
        self._residents = residents
        self.setTitle(self.tr("Resident"))
        self.setSubTitle(self.tr("Find the resident, or add them as a new resident."))
        self.use_existing = QRadioButton(self.tr("&Existing resident"))
        self.use_new = QRadioButton(self.tr("Ne&w resident"))
        self.use_new.setChecked(True)
        self.search = QLineEdit(placeholderText=self.tr("Name or kana"))
        self.search.setAccessibleName(self.tr("Search residents by name or kana"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching residents"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Resident name"))
        self.kana = QLineEdit()
        self.kana.setAccessibleName(self.tr("Resident name in kana"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Preferred language"))
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.large_print = QCheckBox(self.tr("Needs &large print"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kana"), self.kana)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("Lan&guage"), self.language)
        form.addRow("", self.large_print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_existing)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.use_new)
        layout.addLayout(form)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.textEdited.connect(lambda _t: self.use_existing.setChecked(True))
        self.name.textEdited.connect(lambda _t: self.use_new.setChecked(True))
        for signal in (self.use_existing.toggled, self.results.currentRowChanged, self.name.textChanged):
            signal.connect(self.completeChanged)

    def _on_search_text_changed(self, text: str) -> None:
        self.results.clear()
        for resident in self._residents.search(text.strip()) if text.strip() else []:
            label = f"{resident.name}（{resident.kana}）" if resident.kana else resident.name
            item = QListWidgetItem(label)
            item.setData(256, resident)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def existing(self) -> ResidentView | None:
        if not self.use_existing.isChecked() or self.results.currentItem() is None:
            return None
        return self.results.currentItem().data(256)

    def new_resident(self) -> ResidentInput:
        return ResidentInput(
            name=self.name.text().strip(),
            kana=self.kana.text().strip(),
            phone=self.phone.text().strip(),
            preferred_language=self.language.currentData(),
            large_print=self.large_print.isChecked(),
        )

    def isComplete(self) -> bool:
        if self.use_existing.isChecked():
            return self.results.currentItem() is not None
        return bool(self.name.text().strip())


class ConsentPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Consent"))
        self.setSubTitle(self.tr("Before anything is saved, ask the resident and record what they agree to."))
        self.records = WrappingCheckBox(
            self.tr(
                "The resident agrees that their name, contact details and the progress "
                "of these procedures are recorded to help them."
            )
        )
        self.shared = WrappingCheckBox(
            self.tr("…and that other helpers of this office may continue the case.")
        )
        self.given_on = _date_edit(self.tr("Consent given on"))
        self.paper = QCheckBox(self.tr("A signed &paper consent form exists"))
        form = QFormLayout()
        form.addRow(self.tr("Given &on"), self.given_on)
        layout = QVBoxLayout(self)
        layout.setSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(self.records)
        layout.addWidget(self.shared)
        layout.addLayout(form)
        layout.addWidget(self.paper)
        layout.addStretch(1)
        self.records.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        wizard: NewCaseWizard = self.wizard()
        existing = wizard.resident_page.existing()
        if existing is not None and existing.has_consent:
            self.setSubTitle(self.tr("This resident's consent is already recorded."))

    def isComplete(self) -> bool:
        wizard: NewCaseWizard = self.wizard()
        existing = wizard.resident_page.existing() if wizard else None
        return (existing is not None and existing.has_consent) or self.records.isChecked()

    def consent(self) -> ConsentInput:
        scope = [self.records.text()] + ([self.shared.text()] if self.shared.isChecked() else [])
        return ConsentInput(" ".join(scope), self.given_on.date().toPython(), self.paper.isChecked())


class EventPage(QWizardPage):
    def __init__(self, library: Library, lang: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Life event"))
        self.setSubTitle(self.tr("Which event, and when did it happen?"))
        # Attribute names avoid QObject.event and the accessors below.
        self.event_combo = QComboBox()
        self.event_combo.setAccessibleName(self.tr("Life event"))
        for catalog in library.catalogs.values():
            self.event_combo.addItem(catalog.title.get(lang), catalog.id)
        self.event_date_edit = _date_edit(self.tr("Event date"))
        self.known_differs = QCheckBox(self.tr("It became &known on a later day"))
        self.known_date_edit = _date_edit(self.tr("Day it became known"))
        self.known_date_edit.setEnabled(False)
        self.known_differs.toggled.connect(self.known_date_edit.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("&Event"), self.event_combo)
        form.addRow(self.tr("&Date"), self.event_date_edit)
        form.addRow("", self.known_differs)
        form.addRow(self.tr("Known o&n"), self.known_date_edit)

    def catalog_id(self) -> str:
        return self.event_combo.currentData()

    def event_date(self) -> dt.date:
        return self.event_date_edit.date().toPython()

    def known_date(self) -> dt.date | None:
        return self.known_date_edit.date().toPython() if self.known_differs.isChecked() else None

    def validatePage(self) -> bool:
        known = self.known_date()
        if known is not None and known < self.event_date():
            self.setSubTitle(self.tr("The day it became known cannot be before the event."))
            return False
        return True


class QuestionsPage(QWizardPage):
    def __init__(self, wizard: NewCaseWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Questions"))
        self.setSubTitle(self.tr("Answer what you can; “Don't know” keeps the step as one to confirm."))
        self._wizard = wizard
        self.form: IntakeFormWidget | None = None
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        QVBoxLayout(self).addWidget(self.scroll)

    def initializePage(self) -> None:
        catalog = self._wizard.catalog()
        if self.form is None or self.form.catalog.id != catalog.id:
            self.form = IntakeFormWidget(catalog, self._wizard.lang)
            self.scroll.setWidget(self.form)

    def answers(self) -> dict:
        return self.form.answers() if self.form else {}


class PreviewPage(QWizardPage):
    def __init__(self, wizard: NewCaseWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Checklist preview"))
        self.setSubTitle(
            self.tr("These steps apply. Press Finish to save the resident, the consent and the case.")
        )
        self._wizard = wizard
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Steps that apply"))
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Kind"), self.tr("Step")])
        self.tree.setRootIsDecorated(False)
        WrappingItemDelegate.install(self.tree, column=2)
        self.tree.header().setStretchLastSection(True)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)

    def initializePage(self) -> None:
        wizard, lang = self._wizard, self._wizard.lang
        items = derive_checklist(
            wizard.catalog(),
            wizard.event_page.event_date(),
            wizard.questions_page.answers(),
            wizard.event_page.known_date(),
        )
        self.tree.clear()
        for item in items:
            title = item.procedure.title.get(lang)
            if item.applies.value == "to_confirm":
                title += self.tr(" (to confirm)")
            due = item.due.date.isoformat() if item.due.date else "—"
            self.tree.addTopLevelItem(QTreeWidgetItem([due, kind_label(item.due.kind, lang), title]))
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        confirm = sum(1 for i in items if i.applies.value == "to_confirm")
        self.summary.setText(self.tr("{n} steps, {c} to confirm").format(n=len(items), c=confirm))
