"""Choose which open cases get a handout in one go, in which language and size, and where to."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from assist_app.gui.forms.ui_batch_print_dialog import Ui_BatchPrintDialog
from assist_app.gui.labels import HANDOUT_LANGUAGES, countdown, event_label
from assist_app.services.views import CaseSummary


@dataclass(frozen=True)
class BatchRequest:
    case_ids: list[int]
    lang: str | None  # None: each resident's own language
    large: bool | None  # None: each resident's own print size
    to_printer: bool


class BatchPrintDialog(QDialog):
    def __init__(self, cases: list[CaseSummary], today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BatchPrintDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for case in cases:
            due = case.next_due.isoformat() if case.next_due else "—"
            text = (
                f"{case.id} · {case.resident_name} · {event_label(case.catalog_id)} · {due} "
                f"({countdown(case.days_left(today))})"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            ui.casesList.addItem(item)
        ui.languageCombo.addItem(self.tr("Each resident's language"), None)
        for code, label in HANDOUT_LANGUAGES:
            ui.languageCombo.addItem(label, code)
        ui.sizeCombo.addItem(self.tr("Each resident's print size"), None)
        ui.sizeCombo.addItem(self.tr("Normal print"), False)
        ui.sizeCombo.addItem(self.tr("Large print"), True)
        self.ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ui.selectAllButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        ui.selectNoneButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        ui.casesList.itemChanged.connect(lambda _item: self._update())
        ui.printerRadio.toggled.connect(lambda _on: self._update())
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self._update()

    def _items(self) -> list[QListWidgetItem]:
        return [self.ui.casesList.item(row) for row in range(self.ui.casesList.count())]

    def _check_all(self, state: Qt.CheckState) -> None:
        for item in self._items():
            item.setCheckState(state)

    def _update(self) -> None:
        count = len(self.request().case_ids)
        self.ui.countLabel.setText(self.tr("%n case(s) ticked", "", count))
        self.ok.setEnabled(count > 0)
        self.ok.setText(self.tr("&Print…") if self.ui.printerRadio.isChecked() else self.tr("&Save…"))

    def request(self) -> BatchRequest:
        return BatchRequest(
            case_ids=[
                i.data(Qt.ItemDataRole.UserRole)
                for i in self._items()
                if i.checkState() == Qt.CheckState.Checked
            ],
            lang=self.ui.languageCombo.currentData(),
            large=self.ui.sizeCombo.currentData(),
            to_printer=self.ui.printerRadio.isChecked(),
        )
