"""Helper accounts, for a supervisor: add a helper with a role and PIN, set a forgotten PIN (which
also ends a wrong-PIN wait), change a role, deactivate someone who left (never delete: the history
keeps their name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from assist_app.gui.error_messages import show_error
from assist_app.gui.forms.ui_helper_dialog import Ui_HelperDialog
from assist_app.gui.pin_dialog import PinDialog, new_pin_problem, prepare_pin_field
from assist_app.gui.sign_in_page import ROLES, role_label
from assist_app.services.access import Actor
from assist_app.services.account_service import AccountService
from assist_app.services.errors import ServiceError
from assist_app.services.views import AccountView


class HelperDialog(QDialog):
    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelperDialog()
        self.ui.setupUi(self)
        self._accounts, self._actor = accounts, actor
        for combo in (self.ui.roleCombo, self.ui.selectedRoleCombo):
            for role in ROLES:
                combo.addItem(role_label(role), role)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData("volunteer"))
        prepare_pin_field(self.ui.pinEdit)
        prepare_pin_field(self.ui.pinAgainEdit)
        self.ui.helperList.currentItemChanged.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.setPinButton.clicked.connect(self._on_set_pin_button_clicked)
        self.ui.setRoleButton.clicked.connect(self._on_set_role_button_clicked)
        self.ui.activeButton.clicked.connect(self._on_active_button_clicked)
        self.ui.buttons.rejected.connect(self.reject)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.ui.helperList.clear()
        for account in self._accounts.list_accounts(self._actor):
            item = QListWidgetItem(self._describe(account))
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.ui.helperList.addItem(item)
            if account.id == select:
                self.ui.helperList.setCurrentItem(item)
        self._update_buttons()

    def _describe(self, account: AccountView) -> str:
        notes = []
        if not account.active:
            notes.append(self.tr("inactive"))
        if not account.has_pin:
            notes.append(self.tr("no PIN yet"))
        if account.waiting_until is not None:
            notes.append(self.tr("waiting after wrong PINs"))
        extra = f" ({', '.join(notes)})" if notes else ""
        return f"{account.name} — {role_label(account.role)}{extra}"

    def selected(self) -> AccountView | None:
        item = self.ui.helperList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self, *_args) -> None:
        account = self.selected()
        for button in (self.ui.setPinButton, self.ui.setRoleButton, self.ui.activeButton):
            button.setEnabled(account is not None)
        self.ui.selectedRoleCombo.setEnabled(account is not None)
        if account is not None:
            self.ui.selectedRoleCombo.setCurrentIndex(self.ui.selectedRoleCombo.findData(account.role))
            self.ui.activeButton.setText(self.tr("&Deactivate") if account.active else self.tr("Re&activate"))

    def _do(self, action, select: int | None) -> bool:
        try:
            action()
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.reload(select)
        return True

    # slots -------------------------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        if not self.ui.nameEdit.text().strip():
            problem = self.tr("Enter the helper's name.")
        else:
            problem = new_pin_problem(self.ui.pinEdit, self.ui.pinAgainEdit)
        if problem:
            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        added = []
        ok = self._do(
            lambda: added.append(
                self._accounts.add_account(
                    self._actor,
                    self.ui.nameEdit.text(),
                    self.ui.roleCombo.currentData(),
                    self.ui.pinEdit.text(),
                )
            ),
            None,
        )
        if ok:
            self.reload(added[0].id)
            for edit in (self.ui.nameEdit, self.ui.pinEdit, self.ui.pinAgainEdit):
                edit.clear()

    def _on_set_pin_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PinDialog(
            self.tr("PIN for {name}").format(name=account.name), ask_current=False, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, _ = dialog.pins()
            self._do(lambda: self._accounts.set_pin(self._actor, account.id, new), account.id)

    def _on_set_role_button_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            role = self.ui.selectedRoleCombo.currentData()
            self._do(lambda: self._accounts.set_role(self._actor, account.id, role), account.id)

    def _on_active_button_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            self._do(
                lambda: self._accounts.set_active(self._actor, account.id, not account.active), account.id
            )
