"""The page shown while nobody is signed in: at start and whenever the app is locked.

It shows staff names only, never a resident's. On a database where nobody can sign in yet (a new
one, or one from before accounts) it offers to create the first account, a supervisor.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assist_app.gui.core_messages import translated
from assist_app.gui.error_messages import explain
from assist_app.gui.pin_dialog import new_pin_problem, pin_edit
from assist_app.messages.cases import WAIT_AFTER_WRONG_PINS
from assist_app.services.account_service import AccountService, SignIn
from assist_app.services.errors import ServiceError
from assist_app.services.helper_service import HelperService

ROLES = {
    "volunteer": QT_TRANSLATE_NOOP("Roles", "Volunteer"),
    "counter_staff": QT_TRANSLATE_NOOP("Roles", "Counter staff"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "Supervisor"),
}


NAME_AND_ROLE = Qt.ItemDataRole.UserRole + 1  # of a helper in the list


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLES[role]) if role in ROLES else role


def refusal_text(result: SignIn) -> str:
    """Why a sign-in was refused, in the interface language."""
    return translated(result.message) if result.message is not None else ""


class SignInPage(QWidget):
    signed_in = Signal(object)  # the Actor

    def __init__(
        self, accounts: AccountService, helpers: HelperService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._accounts, self._helpers = accounts, helpers
        self.locked = False
        self.title = QLabel(objectName="pageTitle", wordWrap=True)
        self.intro = QLabel(wordWrap=True)
        self.helper_list = QListWidget()
        self.pin = pin_edit("")
        self.sign_in_button = QPushButton()
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_in_box = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.pin, 1)
        row.addWidget(self.sign_in_button)
        box = QVBoxLayout(self.sign_in_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.helper_list)
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        box.addWidget(self.pin_label)
        box.addLayout(row)

        self.first_box = QGroupBox()
        self.first_name = QLineEdit()
        self.claim = QComboBox()
        self.first_pin = pin_edit("")
        self.first_again = pin_edit("")
        self.create_button = QPushButton()
        self.first_labels = []
        form = QFormLayout(self.first_box)
        for field in (self.claim, self.first_name, self.first_pin, self.first_again):
            label = QLabel()
            label.setBuddy(field)
            self.first_labels.append(label)
            form.addRow(label, field)
        self.pin_hint = QLabel(wordWrap=True)
        form.addRow("", self.pin_hint)
        form.addRow("", self.create_button)

        # A column of readable width near the top
        column = QWidget()
        column.setMaximumWidth(560)
        layout = QVBoxLayout(column)
        layout.addSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.sign_in_box)
        layout.addWidget(self.first_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 3)
        outer.addStretch(1)

        self._wait = QTimer(self, interval=1000)  # counts the wait after wrong PINs down
        self._wait.timeout.connect(self._on_wait_timeout)
        self._wait_left = 0
        self.helper_list.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.helper_list.currentItemChanged.connect(self._on_helper_list_current_item_changed)
        self.pin.returnPressed.connect(self._on_sign_in_button_clicked)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.claim.currentIndexChanged.connect(self._on_claim_current_index_changed)
        self.first_again.returnPressed.connect(self._on_create_button_clicked)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        if self.first_box.isVisibleTo(self):
            self.title.setText(self.tr("Welcome to Procedure Assist"))
            self.intro.setText(
                self.tr(
                    "Nobody can sign in yet. Create the first account: it is a supervisor, who then adds "
                    "the other helpers. Every change and every look at a record is recorded under the "
                    "helper's name."
                )
            )
        else:
            self.title.setText(self.tr("Procedure Assist is locked") if self.locked else self.tr("Sign in"))
            self.intro.setText(
                self.tr("Choose your name and enter your PIN. Nothing about residents is shown until then.")
            )
        for row in range(self.helper_list.count()):
            item = self.helper_list.item(row)
            name, role = item.data(NAME_AND_ROLE)
            item.setText(f"{name} — {role_label(role)}")
        self.helper_list.setAccessibleName(self.tr("Helpers"))
        self.pin_label.setText(self.tr("&PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.first_box.setTitle(self.tr("First account (a supervisor)"))
        self.claim.setAccessibleName(self.tr("Who you are"))
        self.first_name.setAccessibleName(self.tr("Your name"))
        self.first_pin.setAccessibleName(self.tr("Choose a PIN"))
        self.first_again.setAccessibleName(self.tr("The same PIN again"))
        words = [self.tr("You &are"), self.tr("&Name"), self.tr("&PIN"), self.tr("PIN a&gain")]
        for label, text in zip(self.first_labels, words, strict=True):
            label.setText(text)
        self.pin_hint.setText(self.tr("A PIN of at least 4 characters; not all the same, not 1234."))
        self.create_button.setText(self.tr("&Create account and sign in"))
        if self.claim.count():
            self.claim.setItemText(0, self.tr("A new helper"))

    # showing -----------------------------------------------------------------------------------
    def refresh(self, preselect: int | None = None, locked: bool = False) -> None:
        """Fill the page from the database: the accounts, or the first-account form."""
        self.locked = locked
        self.message.clear()
        self.pin.clear()
        first = self._accounts.needs_first_account()
        self.sign_in_box.setVisible(not first)
        self.first_box.setVisible(first)
        if first:
            self.claim.clear()
            self.claim.addItem("", None)
            for helper in self._helpers.list_helpers():  # from before accounts: keep their history
                self.claim.addItem(helper.name, helper.id)
            self.claim.setVisible(self.claim.count() > 1)
            self.first_labels[0].setVisible(self.claim.count() > 1)
            self.first_name.setFocus()
        else:
            self.helper_list.clear()
            for helper in self._accounts.sign_in_choices():
                item = QListWidgetItem()  # its text, in the interface language: retranslate()
                item.setData(Qt.ItemDataRole.UserRole, helper.id)
                item.setData(NAME_AND_ROLE, (helper.name, helper.role))
                self.helper_list.addItem(item)
                if helper.id == preselect or self.helper_list.count() == 1:
                    self.helper_list.setCurrentItem(item)
            self._fit_helper_list()
            self.pin.setFocus()
        self.retranslate()

    def _fit_helper_list(self) -> None:
        # Every name in view up to ten, then a scroll bar; no empty box under a short list.
        self.helper_list.ensurePolished()  # the style sheet's row padding, before it is shown
        shown = max(1, min(self.helper_list.count(), 10))
        row = self.helper_list.sizeHintForRow(0) if self.helper_list.count() else self.fontMetrics().height()
        self.helper_list.setFixedHeight(row * shown + 2 * self.helper_list.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self._fit_helper_list)  # once the list has its new font too

    def select_helper(self, helper_id: int) -> bool:
        for row in range(self.helper_list.count()):
            item = self.helper_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == helper_id:
                self.helper_list.setCurrentItem(item)
                return True
        return False

    # slots -------------------------------------------------------------------------------------
    def _on_helper_list_current_item_changed(self, *_args) -> None:
        # A wait after wrong PINs holds one account, not the seat: the next helper may sign in
        # (the core still refuses the waiting account's tries until its time is up).
        self._wait.stop()
        self.sign_in_button.setEnabled(True)
        self.message.clear()
        self.pin.clear()

    def _on_sign_in_button_clicked(self) -> None:
        item = self.helper_list.currentItem()
        if item is None or self._wait.isActive():
            return
        result = self._accounts.sign_in(item.data(Qt.ItemDataRole.UserRole), self.pin.text())
        self.pin.clear()
        if result.ok:
            self.message.clear()
            self.signed_in.emit(result.actor)
            return
        self.message.setText(refusal_text(result))
        if result.wait_seconds:
            self.sign_in_button.setEnabled(False)
            self._wait_left = result.wait_seconds
            self._wait.start()

    def _on_wait_timeout(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self.message.setText(translated(WAIT_AFTER_WRONG_PINS(seconds=self._wait_left)))
            return
        self._wait.stop()
        self.sign_in_button.setEnabled(True)
        self.message.clear()
        self.pin.setFocus()

    def _on_claim_current_index_changed(self, _index: int) -> None:
        self.first_name.setEnabled(self.claim.currentData() is None)

    def _on_create_button_clicked(self) -> None:
        if self.claim.currentData() is None and not self.first_name.text().strip():
            self.message.setText(self.tr("Enter your name."))
            self.first_name.setFocus()
            return
        problem = new_pin_problem(self.first_pin, self.first_again)
        if problem:
            self.message.setText(problem)
            return
        try:
            actor = self._accounts.create_first_account(
                self.first_name.text(), self.first_pin.text(), claim_helper_id=self.claim.currentData()
            )
        except ServiceError as exc:
            self.message.setText(explain(exc))
            return
        self.first_pin.clear()
        self.first_again.clear()
        self.signed_in.emit(actor)
