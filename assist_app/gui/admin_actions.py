"""The Helper menu's account actions: your own PIN for everyone; accounts, the audit log and the
retention and locking rules for a supervisor only (the services refuse anyone else anyway)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from assist_app.gui.context import AppContext
from assist_app.gui.error_messages import show_error
from assist_app.gui.main_window import MainWindow
from assist_app.gui.pin_dialog import PinDialog
from assist_app.services.access import Actor
from assist_app.services.errors import ServiceError


class AdminActions(QObject):
    def __init__(
        self, window: MainWindow, context: AppContext, policies_changed: Callable[[], None] | None = None
    ) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.policies_changed = policies_changed or (lambda: None)
        ui = window.ui
        ui.actionChangePin.triggered.connect(self._on_change_pin)
        ui.actionAccounts.triggered.connect(self._on_accounts)
        ui.actionAuditLog.triggered.connect(self._on_audit_log)
        ui.actionRetention.triggered.connect(self._on_retention)

    def update(self, actor: Actor | None) -> None:
        ui = self.window.ui
        ui.actionChangePin.setEnabled(actor is not None)
        supervisor = actor is not None and actor.is_supervisor
        for action in (ui.actionAccounts, ui.actionAuditLog, ui.actionRetention):
            action.setEnabled(supervisor)

    def _on_change_pin(self) -> None:
        actor = self.context.helper.actor
        if actor is None:
            return
        dialog = PinDialog(self.tr("Change my PIN"), ask_current=True, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, current = dialog.pins()
        try:
            self.context.core.accounts.set_pin(actor, actor.helper_id, new, current_pin=current)
        except ServiceError as exc:
            show_error(self.window, exc)
            return
        QMessageBox.information(self.window, self.tr("Change my PIN"), self.tr("Your PIN was changed."))

    def _on_accounts(self) -> None:
        from assist_app.gui.helper_dialog import HelperDialog

        actor = self.context.helper.actor
        if actor is not None:
            HelperDialog(self.context.core.accounts, actor, self.window).exec()

    def _on_audit_log(self) -> None:
        from assist_app.gui.audit_dialog import AuditDialog

        actor = self.context.helper.actor
        if actor is not None:
            try:
                dialog = AuditDialog(self.context.core.audit, actor, self.window)
            except ServiceError as exc:
                show_error(self.window, exc)
                return
            dialog.exec()

    def _on_retention(self) -> None:
        from assist_app.gui.retention_dialog import RetentionDialog

        actor = self.context.helper.actor
        if actor is not None:
            try:
                dialog = RetentionDialog(self.context.core, actor, self.window)
            except ServiceError as exc:
                show_error(self.window, exc)
                return
            dialog.exec()
            self.policies_changed()
