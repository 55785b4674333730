"""Asked at start when the keychain cannot give the database key: choose a passphrase (first
start), enter it (later), or type the recovery key. Says which keychain failure happened.
For a shared server the passphrase protects the server's password instead: no recovery key then.

The dialog only gathers what the helper types; unlocking is the core's job (``open_core`` with the
``Credentials`` this dialog fills in), run again by the composition root.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from assist_app.gui.core_messages import translated
from assist_app.gui.error_messages import explain
from assist_app.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from assist_app.gui.scanner_field import prepare_scanner_field
from assist_app.gui.window_fit import keep_text_visible
from assist_app.security.database_key import (
    Credentials,
    PassphraseRequired,
    RecoveryKeyMismatch,
    RecoveryKeyRequired,
)
from assist_app.security.passphrase_vault import MIN_LENGTH, WeakPassphrase, check_new_passphrase
from assist_app.security.recovery_key import RecoveryKeyError, parse_recovery_key
from assist_app.security.secret_store import SecretStoreError
from assist_app.security.server_password import ServerPassphraseRequired


class Mode(Enum):
    CHOOSE = "choose"  # first start: choose a passphrase
    ENTER = "enter"  # enter the passphrase
    RECOVER = "recover"  # type the recovery key (and choose a passphrase if no keychain works)


def keychain_situation(problem: SecretStoreError | None) -> str:
    """Which keychain failure happened, in the helper's language."""
    return translated(problem.describe()) if problem is not None else ""


class UnlockDialog(QDialog):
    """``credentials`` holds what was typed once the dialog is accepted.

    ``retry_keychain`` is set when the helper chose "Try the keychain again" (after unlocking it).
    """

    def __init__(
        self,
        problem: SecretStoreError,
        credentials: Credentials,
        error: str = "",
        parent: QWidget | None = None,
        mode: Mode | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.credentials = credentials
        self.retry_keychain = False
        width = self.ui.recoveryEdit.fontMetrics().horizontalAdvance("XXXX-" * 14)
        self.ui.recoveryEdit.setMinimumWidth(width)  # the whole key visible while checking it
        # No minimum width of the dialog's own: it would stand in for the layout's, which knows
        # how wide the field labels are at the present text size.
        keep_text_visible(self)  # the reason, the rows of the mode, the problem under them
        self.keychain_problem = getattr(problem, "keychain_problem", None)
        self.for_server = isinstance(problem, ServerPassphraseRequired)
        self.mode = mode or self._mode_for(problem)
        prepare_scanner_field(self.ui.recoveryEdit, digits_only=False)  # a USB scanner types the QR code here
        self.recovery_button = QPushButton(self.tr("Use the &recovery key…"))
        self.keychain_button = QPushButton(self.tr("Try the &keychain again"))
        self.ui.buttons.addButton(self.recovery_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ui.buttons.addButton(self.keychain_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        self.recovery_button.clicked.connect(self._on_recovery_button_clicked)
        self.keychain_button.clicked.connect(self._on_keychain_button_clicked)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_mode(error)

    @staticmethod
    def _mode_for(problem: SecretStoreError) -> Mode:
        if isinstance(problem, PassphraseRequired):
            return Mode.CHOOSE if problem.first_start else Mode.ENTER
        return Mode.RECOVER

    def _needs_new_passphrase(self) -> bool:
        """After recovery the key must be kept somewhere: the keychain if it works, else a passphrase."""
        working = ("entry_gone", "entry_mismatch")  # the keychain answers; it will take the key back
        return (
            self.mode is Mode.RECOVER
            and self.keychain_problem is not None
            and self.keychain_problem.reason not in working
        )

    def _show_mode(self, error: str = "") -> None:
        situation = keychain_situation(self.keychain_problem)
        if self.for_server:  # the server keeps the data; this computer keeps only its password
            self.setWindowTitle(self.tr("Open the shared database"))
            if self.mode is Mode.CHOOSE:
                what = self.tr(
                    "Choose a passphrase to protect the database server's password on this computer "
                    "(at least {n} characters; several unrelated words work well). It is asked for each "
                    "time the app starts."
                ).format(n=MIN_LENGTH)
            else:
                what = self.tr("Enter the passphrase that protects the database server's password.")
        elif self.mode is Mode.CHOOSE:
            self.setWindowTitle(self.tr("Protect the case database"))
            what = self.tr(
                "Choose a passphrase to protect the key of the case database instead (at least {n} "
                "characters; several unrelated words work well). It is asked for each time the app starts. "
                "Next you will save a recovery sheet, which opens the database if the passphrase is lost."
            ).format(n=MIN_LENGTH)
        elif self.mode is Mode.ENTER:
            self.setWindowTitle(self.tr("Open the case database"))
            what = self.tr("Enter the passphrase of the case database.")
        else:
            self.setWindowTitle(self.tr("Open with the recovery key"))
            what = self.tr("Type the recovery key from the recovery sheet, or scan its QR code.")
            if self._needs_new_passphrase():
                what += " " + self.tr("Then choose a passphrase: it will open the database from now on.")
        self.ui.reasonLabel.setText(f"{situation} {what}".strip())
        recover = self.mode is Mode.RECOVER
        self.ui.pages.setCurrentWidget(self.ui.recoveryPage if recover else self.ui.passphrasePage)
        for widget in (self.ui.confirmLabel, self.ui.confirmEdit):
            widget.setVisible(self.mode is Mode.CHOOSE)
        for widget in (
            self.ui.newPassphraseLabel,
            self.ui.newPassphraseEdit,
            self.ui.newConfirmLabel,
            self.ui.newConfirmEdit,
        ):
            widget.setVisible(self._needs_new_passphrase())
        self.recovery_button.setVisible(self.mode is Mode.ENTER and not self.for_server)
        locked = self.keychain_problem is not None and self.keychain_problem.reason == "keychain_locked"
        self.keychain_button.setVisible(locked)
        self.ui.errorLabel.setText(error)
        self.ui.errorLabel.setVisible(bool(error))
        (self.ui.recoveryEdit if recover else self.ui.passphraseEdit).setFocus()

    def _on_recovery_button_clicked(self) -> None:
        self.mode = Mode.RECOVER
        self._show_mode()

    def _on_keychain_button_clicked(self) -> None:
        self.retry_keychain = True
        super().accept()

    def _new_passphrase(self, first: QLineEdit, second: QLineEdit) -> str | None:
        text = first.text()
        try:
            check_new_passphrase(text)
        except WeakPassphrase as exc:
            self._error(explain(exc), first)
            return None
        if second.text() != text:
            self._error(self.tr("The two passphrases differ; type them again."), second)
            return None
        return text

    def _error(self, text: str, field: QLineEdit) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)
        field.setFocus()
        field.selectAll()

    def accept(self) -> None:
        credentials = self.credentials
        if self.mode is Mode.CHOOSE:
            chosen = self._new_passphrase(self.ui.passphraseEdit, self.ui.confirmEdit)
            if chosen is None:
                return
            credentials.new_passphrase = chosen
        elif self.mode is Mode.ENTER:
            if not self.ui.passphraseEdit.text():
                self._error(self.tr("Enter the passphrase."), self.ui.passphraseEdit)
                return
            credentials.passphrase = self.ui.passphraseEdit.text()
        else:
            try:
                parse_recovery_key(self.ui.recoveryEdit.text())
            except RecoveryKeyError as exc:
                self._error(explain(exc), self.ui.recoveryEdit)
                return
            if self._needs_new_passphrase():
                chosen = self._new_passphrase(self.ui.newPassphraseEdit, self.ui.newConfirmEdit)
                if chosen is None:
                    return
                credentials.new_passphrase = chosen
            credentials.recovery_key = self.ui.recoveryEdit.text()
        super().accept()


def needs_unlock_dialog(exc: BaseException) -> bool:
    """Failures of opening that the helper can fix in this dialog."""
    from assist_app.security.passphrase_vault import WeakPassphrase, WrongPassphrase

    return isinstance(
        exc, PassphraseRequired | RecoveryKeyRequired | RecoveryKeyMismatch | WrongPassphrase | WeakPassphrase
    )
