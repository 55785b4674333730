"""Shown to the first supervisor who signs in after the database key is made: save the recovery
sheet (recovery key as text and QR code) to print and keep away from the computer. Also reachable
later from the File menu, for supervisors only. Locking the window closes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assist_app.gui.error_messages import show_error
from assist_app.gui.window_fit import keep_text_visible
from assist_app.printing.recovery_sheet import RecoverySheet
from assist_app.services.errors import ServiceError


class RecoverySheetDialog(QDialog):
    """``make_pdf``: the service call that builds the sheet to print (and records it)."""

    def __init__(
        self, sheet: RecoverySheet, make_pdf: Callable[[], bytes], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery sheet"))
        self._key, self._make_pdf = sheet.recovery_key, make_pdf
        self.saved_to: Path | None = None
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The case database is encrypted. Save the recovery sheet and print it: with its recovery "
                "key the database and its backups can be opened when this computer's keychain or the "
                "passphrase is lost. Keep the paper locked away from the computer, and delete the file "
                "once it is printed."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key_label = QLabel(self._grouped())
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save the sheet as PDF…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Later"))
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        keep_text_visible(self)  # the intro, and the status once saved

    def _grouped(self) -> str:
        groups = self._key.split("-")
        return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))

    def save_to(self, path: Path) -> None:
        try:
            path.write_bytes(self._make_pdf())
        except (OSError, ServiceError) as exc:
            show_error(self, exc)
            return
        self.saved_to = path
        self.status.setText(self.tr("Saved to {path}. Print it now, then delete the file.").format(path=path))
        self.close_button.setText(self.tr("&Done"))

    def _on_save_button_clicked(self) -> None:
        start = str(Path.home() / "recovery-sheet.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"), start, "PDF (*.pdf)")
        if name:
            self.save_to(Path(name))
