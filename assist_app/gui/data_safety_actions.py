"""File menu actions that keep the data safe — "Back up now" and "Recovery sheet…" — and the
scheduled backup: checked after opening and every hour, made once a day (see BackupService)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from assist_app.gui.background import BackgroundWork
from assist_app.gui.error_messages import explain, show_error
from assist_app.gui.main_window import MainWindow

CHECK_EVERY_MS = 60 * 60 * 1000


class DataSafetyActions(QObject):
    def __init__(self, window: MainWindow, background: BackgroundWork, core) -> None:
        super().__init__(window)
        self.window, self.background, self.core = window, background, core
        self.backup_action = QAction(self.tr("&Back up now"), window)
        self.sheet_action = QAction(self.tr("&Recovery sheet…"), window)
        menu = window.ui.menuFile
        before = window.ui.actionSettings
        menu.insertAction(before, self.backup_action)
        menu.insertAction(before, self.sheet_action)
        menu.insertSeparator(before)
        self.backup_action.triggered.connect(self._on_backup_action_triggered)
        self.sheet_action.triggered.connect(self.show_recovery_sheet)
        self.backup_action.setEnabled(core.database.path is not None and not core.read_only)
        self.sheet_action.setEnabled(core.keys is not None)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.timer.start()
        self.sheet_dialog = None

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.sheet_action.setText(self.tr("&Recovery sheet…"))

    def backup_if_due(self) -> None:
        self.background.run(
            self.core.backups.backup_if_due, self._on_scheduled_backup_done, self._on_backup_failed
        )

    def _on_scheduled_backup_done(self, made) -> None:
        if made is not None:
            self.window.statusBar().showMessage(self.tr("Today's backup was made."), 5000)

    def _on_backup_failed(self, exc: Exception) -> None:
        # a failed scheduled backup must be seen, but it blocks no work
        self.window.statusBar().showMessage(
            self.tr("The backup failed: {reason}").format(reason=explain(exc))
        )

    def _on_backup_action_triggered(self) -> None:
        self.background.run(
            lambda: self.core.backups.backup_now("manual"),
            lambda made: self.window.statusBar().showMessage(
                self.tr("Backup saved: {name}").format(name=made.name), 8000
            ),
            lambda exc: show_error(self.window, exc, self.tr("The backup was not made")),
        )

    def show_recovery_sheet(self) -> None:
        from assist_app.gui.recovery_sheet_dialog import RecoverySheetDialog

        keys = self.core.keys
        self.sheet_dialog = RecoverySheetDialog(
            keys.recovery_key, keys.key_file.key_id, self.core.config.data_dir, self.window
        )
        self.sheet_dialog.open()
