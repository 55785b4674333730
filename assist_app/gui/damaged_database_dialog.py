"""The choice when the database file is damaged: restore the latest good backup, or open it
read-only to see what can still be read. Nothing is changed until the helper chooses."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from assist_app.storage import DatabaseDamaged


class Choice(Enum):
    RESTORE = "restore"
    READ_ONLY = "read_only"
    QUIT = "quit"


class DamagedDatabaseDialog(QMessageBox):
    def __init__(self, damage: DatabaseDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The case database is damaged"))
        self.setText(self.tr("The case database file is damaged, so it was not opened for editing."))
        good = damage.latest_good
        if good is not None:
            info = self.tr(
                "The latest good backup was made on {when}. Restoring it brings back everything saved up "
                "to then; changes made after it are lost, but the damaged file is kept in the backups "
                "folder. Or open the damaged file read-only to look up what can still be read."
            ).format(when=f"{good.made:%Y-%m-%d %H:%M}")
        else:
            info = self.tr(
                "No good backup was found. Open the damaged file read-only to look up what can still be "
                "read, and ask for help to recover the rest."
            )
        self.setInformativeText(info)
        self.setDetailedText("\n".join(damage.problems))  # page numbers only, no personal data
        self.restore_button = None
        if good is not None:
            self.restore_button = self.addButton(
                self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
            )
        self.read_only_button = self.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.read_only_button)

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return Choice.RESTORE
        if clicked is self.read_only_button:
            return Choice.READ_ONLY
        return Choice.QUIT
