"""The intake questions of a catalog as a form, each with a "don't know" answer.

Built from catalog data at run time, so it is plain code rather than a Designer form.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assist_app.catalog import UNKNOWN, Catalog, Question, QuestionType
from assist_app.gui.flow_row import FlowRow


class _Answer:
    """One question's editor: knows how to read and show its stored answer."""

    def __init__(self, question: Question, lang: str, parent: QWidget, changed) -> None:
        self.question = question
        self.widget = row = FlowRow(parent)  # choices wrap instead of running off the edge
        name = question.text.get(lang)
        dont_know = QCoreApplication.translate("IntakeFormWidget", "Don't know")
        if question.type in (QuestionType.YES_NO, QuestionType.CHOICE):
            self.group = QButtonGroup(self.widget)
            choices = (
                [
                    ("yes", QCoreApplication.translate("IntakeFormWidget", "Yes")),
                    ("no", QCoreApplication.translate("IntakeFormWidget", "No")),
                ]
                if question.type is QuestionType.YES_NO
                else [(o.value, o.label.get(lang)) for o in question.options]
            )
            self.buttons: dict[str, QRadioButton] = {}
            for value, label in [*choices, (UNKNOWN, dont_know)]:
                button = QRadioButton(label, self.widget)
                button.setAccessibleName(f"{name}: {label}")
                self.group.addButton(button)
                self.buttons[value] = button
                row.add(button)
            self.group.buttonToggled.connect(lambda *_: changed())
        else:
            if question.type is QuestionType.DATE:
                self.editor = QDateEdit(self.widget, calendarPopup=True, displayFormat="yyyy-MM-dd")
                self.editor.setDate(QDate.currentDate())
                self.editor.dateChanged.connect(lambda *_: changed())
            else:
                self.editor = QSpinBox(self.widget)
                self.editor.setRange(
                    question.minimum or 0, question.maximum if question.maximum is not None else 999
                )
                if question.unit:
                    self.editor.setSuffix(f" {question.unit.get(lang)}")
                self.editor.valueChanged.connect(lambda *_: changed())
            self.editor.setAccessibleName(name)
            self.unknown = QCheckBox(dont_know, self.widget)
            self.unknown.setAccessibleName(f"{name}: {dont_know}")
            self.unknown.toggled.connect(self.editor.setDisabled)
            self.unknown.toggled.connect(lambda *_: changed())
            row.add(self.editor)
            row.add(self.unknown)
        self.set(UNKNOWN)

    def get(self) -> Any:
        if self.question.type in (QuestionType.YES_NO, QuestionType.CHOICE):
            checked = next((v for v, b in self.buttons.items() if b.isChecked()), UNKNOWN)
            return checked
        if self.unknown.isChecked():
            return UNKNOWN
        if self.question.type is QuestionType.DATE:
            return self.editor.date().toPython().isoformat()
        return self.editor.value()

    def set(self, value: Any) -> None:
        if self.question.type in (QuestionType.YES_NO, QuestionType.CHOICE):
            self.buttons.get(str(value), self.buttons[UNKNOWN]).setChecked(True)
            return
        known = value not in (None, UNKNOWN, "")
        self.unknown.setChecked(not known)
        if known and self.question.type is QuestionType.DATE:
            self.editor.setDate(QDate(dt.date.fromisoformat(str(value))))
        elif known:
            self.editor.setValue(int(value))


class IntakeFormWidget(QWidget):
    answers_changed = Signal()

    def __init__(self, catalog: Catalog, lang: str = "ja", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog, self.lang = catalog, lang
        # Question above its answers rather than a two-column form: long questions and long
        # choices both get the full width, at any text size.
        layout = QVBoxLayout(self)
        gap = self.fontMetrics().lineSpacing() // 2
        self._answers: dict[str, _Answer] = {}
        for question in catalog.questions:
            answer = _Answer(question, lang, self, self.answers_changed.emit)
            label = QLabel(question.text.get(lang), self)
            label.setWordWrap(True)
            label.setObjectName("questionText")
            layout.addWidget(label)
            if question.help:
                help_text = QLabel(question.help.get(lang), self)
                help_text.setWordWrap(True)
                help_text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                layout.addWidget(help_text)
            layout.addWidget(answer.widget)
            layout.addSpacing(gap)
            self._answers[question.id] = answer
        layout.addStretch(1)

    def answers(self) -> dict[str, Any]:
        return {qid: answer.get() for qid, answer in self._answers.items()}

    def set_answers(self, answers: dict[str, Any]) -> None:
        for qid, answer in self._answers.items():
            answer.set(answers.get(qid, UNKNOWN))

    def editor(self, question_id: str) -> _Answer:
        return self._answers[question_id]
