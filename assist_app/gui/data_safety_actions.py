"""File menu actions that keep the data safe — "Back up now" (any signed-in helper) and "Recovery
sheet…" (a supervisor: the sheet shows the key to every record) — and the scheduled backup:
checked once the file has passed its start-up check and every hour after, made once a day (see
BackupService)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from assist_app.gui.background import BackgroundWork
from assist_app.gui.context import AppContext
from assist_app.gui.error_messages import explain, show_error
from assist_app.gui.main_window import MainWindow
from assist_app.services.access import Actor
from assist_app.services.errors import ServiceError

CHECK_EVERY_MS = 60 * 60 * 1000


class DataSafetyActions(QObject):
    def __init__(self, window: MainWindow, background: BackgroundWork, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.background, self.context = window, background, context
        self.backup_action = QAction(self.tr("&Back up now"), window)
        self.sheet_action = QAction(self.tr("&Recovery sheet…"), window)
        menu = window.ui.menuFile
        before = window.ui.actionSettings
        menu.insertAction(before, self.backup_action)
        menu.insertAction(before, self.sheet_action)
        menu.insertSeparator(before)
        self.backup_action.triggered.connect(self._on_backup_action_triggered)
        self.sheet_action.triggered.connect(self.show_recovery_sheet)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.sheet_dialog = None
        self.update(None)

    @property
    def core(self):
        return self.context.core

    def update(self, actor: Actor | None) -> None:
        """Who is signed in (None: locked) decides what is offered."""
        core = self.core
        self.backup_action.setEnabled(
            actor is not None and core.database.path is not None and not core.read_only
        )
        supervisor = actor is not None and actor.is_supervisor and core.database_key.has_key
        self.sheet_action.setEnabled(supervisor)
        self.sheet_action.setVisible(actor is None or actor.is_supervisor)

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.sheet_action.setText(self.tr("&Recovery sheet…"))

    def start_schedule(self) -> None:
        self.timer.start()

    def backup_if_due(self) -> None:
        self.background.run(
            self.core.backups.backup_if_due, self._on_scheduled_backup_done, self._on_backup_failed
        )

    def _on_scheduled_backup_done(self, made) -> None:
        # a routine note: it does not push out one that matters more (say, "Restored the backup …")
        if made is not None and not self.window.statusBar().currentMessage():
            self.window.statusBar().showMessage(self.tr("Today's backup was made."), 5000)

    def _on_backup_failed(self, exc: Exception) -> None:
        # a failed scheduled backup must be seen, but it blocks no work
        self.window.statusBar().showMessage(
            self.tr("The backup failed: {reason}").format(reason=explain(exc))
        )

    def _on_backup_action_triggered(self) -> None:
        actor = self.context.helper.actor
        if actor is None:
            return
        self.background.run(
            lambda: self.core.backups.backup_now("manual", actor=actor),
            lambda made: self.window.statusBar().showMessage(
                self.tr("Backup saved: {name}").format(name=made.name), 8000
            ),
            lambda exc: show_error(self.window, exc, self.tr("The backup was not made")),
        )

    def show_recovery_sheet(self) -> None:
        from assist_app.gui.recovery_sheet_dialog import RecoverySheetDialog

        actor = self.context.helper.actor
        if actor is None:
            return
        keys = self.core.database_key
        try:
            sheet = keys.recovery_sheet(actor)
        except ServiceError as exc:
            show_error(self.window, exc)
            return
        self.sheet_dialog = RecoverySheetDialog(sheet, lambda: keys.recovery_sheet_pdf(actor), self.window)
        self.sheet_dialog.open()
