"""The intake questions of a catalog as a form, each with a "don't know" answer.

Built from catalog data at run time, so it is plain code rather than a Designer form.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from assist_app.catalog import UNKNOWN, Catalog, Question, QuestionType


class _Answer:
    """One question's editor: knows how to read and show its stored answer."""

    def __init__(self, question: Question, lang: str, parent: QWidget, changed) -> None:
        self.question = question
        self.widget = QWidget(parent)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        name = question.text.get(lang)
        dont_know = parent.tr("Don't know")
        if question.type in (QuestionType.YES_NO, QuestionType.CHOICE):
            self.group = QButtonGroup(self.widget)
            choices = (
                [("yes", parent.tr("Yes")), ("no", parent.tr("No"))]
                if question.type is QuestionType.YES_NO
                else [(o.value, o.label.get(lang)) for o in question.options]
            )
            self.buttons: dict[str, QRadioButton] = {}
            for value, label in [*choices, (UNKNOWN, dont_know)]:
                button = QRadioButton(label, self.widget)
                button.setAccessibleName(f"{name}: {label}")
                self.group.addButton(button)
                self.buttons[value] = button
                row.addWidget(button)
            row.addStretch(1)
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
            row.addWidget(self.editor)
            row.addWidget(self.unknown)
            row.addStretch(1)
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
        self.catalog = catalog
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._answers: dict[str, _Answer] = {}
        for question in catalog.questions:
            answer = _Answer(question, lang, self, self.answers_changed.emit)
            label = QLabel(question.text.get(lang), self)
            label.setWordWrap(True)
            if question.help:
                label.setToolTip(question.help.get(lang))
            form.addRow(label, answer.widget)
            self._answers[question.id] = answer

    def answers(self) -> dict[str, Any]:
        return {qid: answer.get() for qid, answer in self._answers.items()}

    def set_answers(self, answers: dict[str, Any]) -> None:
        for qid, answer in self._answers.items():
            answer.set(answers.get(qid, UNKNOWN))

    def editor(self, question_id: str) -> _Answer:
        return self._answers[question_id]
