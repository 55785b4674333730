"""Which life events and which sheets of the outage kit to print, and in which language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from assist_app.catalog import Library
from assist_app.gui.forms.ui_outage_kit_dialog import Ui_OutageKitDialog


@dataclass(frozen=True)
class KitRequest:
    events: list[str]
    sheets: set[str]
    lang: str  # the kit is for staff: ja or en


class OutageKitDialog(QDialog):
    def __init__(self, library: Library, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OutageKitDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for catalog in library.catalogs.values():
            item = QListWidgetItem(f"{catalog.title.get(lang)} ({catalog.version})")
            item.setData(Qt.ItemDataRole.UserRole, catalog.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            ui.eventsList.addItem(item)
        ui.languageCombo.addItem("日本語", "ja")
        ui.languageCombo.addItem("English", "en")
        ui.languageCombo.setCurrentIndex(1 if lang == "en" else 0)
        self.checks = {
            "intake": ui.intakeCheck,
            "checklist": ui.checklistCheck,
            "consent": ui.consentCheck,
            "handout": ui.handoutCheck,
        }
        self.ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Preview…"))
        for box in self.checks.values():
            box.toggled.connect(lambda _on: self._update())
        ui.eventsList.itemChanged.connect(lambda _item: self._update())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._update()

    def request(self) -> KitRequest:
        items = [self.ui.eventsList.item(row) for row in range(self.ui.eventsList.count())]
        ticked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        return KitRequest(
            events=[i.data(Qt.ItemDataRole.UserRole) for i in ticked],
            sheets={name for name, box in self.checks.items() if box.isChecked()},
            lang=self.ui.languageCombo.currentData(),
        )

    def _update(self) -> None:
        request = self.request()
        per_event = request.sheets & {"intake", "checklist"}
        # Event sheets need an event; the consent form and blank handout need none.
        self.ok.setEnabled(bool(request.sheets) and (bool(request.events) or not per_event))
