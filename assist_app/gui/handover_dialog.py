"""Choose who takes the case over, with a note on where things stand."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from assist_app.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from assist_app.services.views import HelperView


class HandoverDialog(QDialog):
    def __init__(self, helpers: list[HelperView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        for helper in helpers:
            self.ui.helperCombo.addItem(helper.name, helper.id)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(helpers))

    def choice(self) -> tuple[int, str]:
        return self.ui.helperCombo.currentData(), self.ui.noteEdit.toPlainText().strip()
