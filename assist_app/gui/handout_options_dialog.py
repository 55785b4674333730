"""Before a handout is made: its language and print size, preset to what the resident needs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from assist_app.gui.forms.ui_handout_options_dialog import Ui_HandoutOptionsDialog
from assist_app.gui.labels import HANDOUT_LANGUAGES


class HandoutOptionsDialog(QDialog):
    def __init__(self, lang: str, large: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoutOptionsDialog()
        self.ui.setupUi(self)
        for code, label in HANDOUT_LANGUAGES:
            self.ui.languageCombo.addItem(label, code)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(lang)))
        self.ui.largeCheck.setChecked(large)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview…"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def choice(self) -> tuple[str, bool]:
        return self.ui.languageCombo.currentData(), self.ui.largeCheck.isChecked()
