"""Choosing a PIN: the new one twice, and the current one when it is your own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from assist_app.gui.error_messages import explain
from assist_app.security.pin import PinError, check_new_pin


def prepare_pin_field(edit: QLineEdit) -> None:
    """Hidden, and with input methods off so a Japanese IME cannot turn digits into kana."""
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)


def pin_edit(accessible: str) -> QLineEdit:
    """A new PIN field (see prepare_pin_field)."""
    edit = QLineEdit()
    prepare_pin_field(edit)
    edit.setAccessibleName(accessible)
    return edit


class PinDialog(QDialog):
    def __init__(self, title: str, ask_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.current = pin_edit(self.tr("Current PIN")) if ask_current else None
        self.new = pin_edit(self.tr("New PIN"))
        self.again = pin_edit(self.tr("The same PIN again"))
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(self.tr("Problem with the PIN"))
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("C&urrent PIN"), self.current)
        form.addRow(self.tr("&New PIN"), self.new)
        form.addRow(self.tr("PIN a&gain"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("At least 4 characters; not all the same, not 1234."), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = new_pin_problem(self.new, self.again)
        if problem:
            self.problem.setText(problem)
            return
        super().accept()

    def pins(self) -> tuple[str, str | None]:
        return self.new.text(), self.current.text() if self.current is not None else None


def pin_problem(pin: str) -> str | None:
    """Why a new PIN would be refused, in the interface language."""
    try:
        check_new_pin(pin)
    except PinError as exc:
        return explain(exc)
    return None


def new_pin_problem(new: QLineEdit, again: QLineEdit) -> str | None:
    """Why a new PIN typed twice cannot be taken, with the focus put on the field to type again;
    None when it can."""
    problem = pin_problem(new.text())
    if problem:
        new.setFocus()
        return problem
    if new.text() != again.text():
        again.clear()
        again.setFocus()
        return differ_text()
    return None


def differ_text() -> str:
    return QCoreApplication.translate("PinDialog", "The two PINs differ; type the same PIN twice.")
