"""Who is using the app: pick an existing helper or add one. Asked on first start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from assist_app.gui.error_messages import show_error
from assist_app.gui.forms.ui_helper_dialog import Ui_HelperDialog
from assist_app.services.errors import ServiceError
from assist_app.services.helper_service import HelperService
from assist_app.services.views import HelperView


class HelperDialog(QDialog):
    def __init__(self, helpers: HelperService, current_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HelperDialog()
        self.ui.setupUi(self)
        self._helpers = helpers
        self.ui.roleCombo.addItem(self.tr("Counter staff"), "counter_staff")
        self.ui.roleCombo.addItem(self.tr("Volunteer"), "volunteer")
        self.chosen: HelperView | None = None
        for helper in helpers.list_helpers():
            role = self.ui.roleCombo.itemText(self.ui.roleCombo.findData(helper.role))
            item = QListWidgetItem(f"{helper.name} — {role}")
            item.setData(Qt.ItemDataRole.UserRole, helper)
            self.ui.helperList.addItem(item)
            if helper.id == current_id:
                self.ui.helperList.setCurrentItem(item)
        if self.ui.helperList.count() == 0:
            self.ui.nameEdit.setFocus()
        self.ui.helperList.itemActivated.connect(lambda _item: self.accept())
        self.ui.helperList.currentItemChanged.connect(self._update_ok)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.nameEdit.returnPressed.connect(self._on_add_button_clicked)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.ui.helperList.currentItem() is not None)

    def _on_add_button_clicked(self) -> None:
        try:
            self.chosen = self._helpers.add_helper(self.ui.nameEdit.text(), self.ui.roleCombo.currentData())
        except ServiceError as exc:
            show_error(self, exc)
            return
        super().accept()

    def accept(self) -> None:
        current = self.ui.helperList.currentItem()
        if current is None:
            return
        self.chosen = current.data(Qt.ItemDataRole.UserRole)
        super().accept()
