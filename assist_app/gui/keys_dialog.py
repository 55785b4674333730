"""This installation's public key (to export) and the keys whose resume codes it accepts."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from assist_app.gui.error_messages import explain
from assist_app.gui.forms.ui_keys_dialog import Ui_KeysDialog

if TYPE_CHECKING:
    from assist_app.resume import TrustedKey
    from assist_app.services.resume_key_service import ResumeKeyService


def grouped(key_id_hex: str) -> str:
    """Key ids in groups of four, so two people can compare them aloud; joined by no-break spaces,
    so an id never breaks across two lines."""
    return "\u00a0".join(key_id_hex[i : i + 4] for i in range(0, len(key_id_hex), 4))


class KeysDialog(QDialog):
    def __init__(self, keys: ResumeKeyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeysDialog()
        self.ui.setupUi(self)
        self.keys = keys
        self.shown: list[TrustedKey] = []
        table = self.ui.keysTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Installation"), self.tr("Key id"), self.tr("Added")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.nameEdit.setText(socket.gethostname())
        self.ui.exportButton.clicked.connect(self._on_export_button_clicked)
        self.ui.importButton.clicked.connect(self._on_import_button_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        table.itemSelectionChanged.connect(self._update_remove)
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        from assist_app.services.resume_key_service import KeychainUnavailable

        try:
            own = self.keys.own_key(create=False)
        except KeychainUnavailable as exc:
            self.ui.ownKeyLabel.setText(
                self.tr("This installation's key cannot be read: {reason}").format(reason=explain(exc))
            )
        else:
            self.ui.ownKeyLabel.setText(
                grouped(own.key_id.hex())
                if own
                else self.tr("None yet: it is made with the first handout printed, or when exported.")
            )
        try:
            self.shown = self.keys.trusted()
        except Exception as exc:  # an unreadable trust file: say which and what to do
            self.shown = []
            self.ui.resultLabel.setText(explain(exc))
        table = self.ui.keysTable
        table.setRowCount(len(self.shown))
        for row, key in enumerate(self.shown):
            label = self.tr("This installation") if key.own else key.label or self.tr("(no name)")
            added = key.added_on.isoformat() if key.added_on else "—"
            for column, text in enumerate((label, grouped(key.key_id_hex), added)):
                table.setItem(row, column, QTableWidgetItem(text))
        self._update_remove()

    def _selected(self) -> TrustedKey | None:
        row = self.ui.keysTable.currentRow()
        selected = self.ui.keysTable.selectionModel().hasSelection()
        return self.shown[row] if selected and 0 <= row < len(self.shown) else None

    def _update_remove(self) -> None:
        key = self._selected()
        self.ui.removeButton.setEnabled(key is not None and not key.own)

    # export ----------------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the public key"),
            str(Path(folder) / "assist-app-public-key.json"),
            self.tr("Public-key files (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            text = self.keys.export_text(self.ui.nameEdit.text())
            path.write_text(text + "\n", encoding="utf-8")
        except Exception as exc:  # keychain or disk: in words
            self.ui.resultLabel.setText(explain(exc))
            return False
        self.ui.resultLabel.setText(
            self.tr("Written to {name}. Import it on the other installations of your ward.").format(
                name=path.name
            )
        )
        self.refresh()
        return True

    # import ----------------------------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a public key"), folder, self.tr("Public-key files (*.json);;All files (*)")
        )
        if path:
            self.import_file(Path(path), self._confirm_import)

    def _confirm_import(self, key: TrustedKey) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Trust this installation?"),
            self.tr(
                "Accept the resume codes signed by “{label}”, key {id}? Compare the key with the one "
                "shown on that installation before you agree."
            ).format(label=key.label or self.tr("(no name)"), id=grouped(key.key_id_hex)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, path: Path, confirm: Callable[[TrustedKey], bool]) -> bool:
        try:
            key = self.keys.read_key_file(path)
        except Exception as exc:
            self.ui.resultLabel.setText(explain(exc))
            return False
        if not confirm(key):
            return False
        try:
            added = self.keys.trust(key)
        except Exception as exc:
            self.ui.resultLabel.setText(explain(exc))
            return False
        self.ui.resultLabel.setText(
            (
                self.tr("Codes signed by “{label}” are accepted from now on.")
                if added
                else self.tr("“{label}” was trusted already.")
            ).format(label=key.label or grouped(key.key_id_hex))
        )
        self.refresh()
        return added

    # remove ----------------------------------------------------------------------------------
    def _on_remove_button_clicked(self) -> None:
        key = self._selected()
        if key is None or key.own:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stop trusting this installation?"),
            self.tr("Resume codes signed by “{label}” will be refused from now on.").format(
                label=key.label or grouped(key.key_id_hex)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(key)

    def remove(self, key: TrustedKey) -> None:
        try:
            self.keys.remove(key.key_id)
        except Exception as exc:
            self.ui.resultLabel.setText(explain(exc))
            return
        self.refresh()
