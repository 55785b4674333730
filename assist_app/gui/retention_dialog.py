"""Retention and locking, for a supervisor: how long closed cases are kept, after how long without
input the app locks, and, before anything is erased, the list of what the retention period takes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assist_app.gui.error_messages import show_error
from assist_app.gui.labels import event_label
from assist_app.services.access import Actor
from assist_app.services.backup_service import KEEP
from assist_app.services.core import Core
from assist_app.services.errors import ServiceError
from assist_app.services.policy_service import LIMITS
from assist_app.services.retention_service import RetentionPreview


class RetentionDialog(QDialog):
    def __init__(self, core: Core, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core, self._actor = core, actor
        self.setWindowTitle(self.tr("Retention and locking"))
        self.resize(760, 560)
        policies = core.policies.policies(actor)
        self.days = QSpinBox(minimum=LIMITS["retention_days"][0], maximum=LIMITS["retention_days"][1])
        self.days.setValue(policies.retention_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Keep closed cases for"))
        self.idle = QSpinBox(minimum=1, maximum=LIMITS["idle_lock_seconds"][1] // 60)
        self.idle.setValue(max(1, policies.idle_lock_seconds // 60))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after no input for"))
        self.save_button = QPushButton(self.tr("&Save the rules"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # numbers, not lines
        form.addRow(self.tr("&Keep closed cases for"), self.days)
        form.addRow(self.tr("&Lock after no input for"), self.idle)
        form.addRow("", self.save_button)
        self.summary = QLabel(wordWrap=True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("What the retention period erases now"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Closed"), self.tr("Event"), self.tr("Resident")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.erase_button = QPushButton(self.tr("&Erase these now…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.erase_button)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.erase_button.clicked.connect(self._on_erase_button_clicked)
        self.preview: RetentionPreview | None = None
        self._show_preview()

    def _show_preview(self) -> None:
        self.preview = self._core.retention.preview(self._actor)
        p = self.preview
        if p.empty:
            text = self.tr("Nothing to erase now: no case still kept was closed before {date}.")
        else:
            text = self.tr(
                "Closed before {date}: {cases} case(s) go, and {residents} resident(s) with nothing "
                "else kept. Backups made before the erasure keep them until the backups are rotated "
                "out (the last {daily} daily backups are kept)."
            )
        self.summary.setText(
            text.format(
                date=f"{p.cutoff:%Y-%m-%d}",
                cases=len(p.cases),
                residents=len(p.residents),
                daily=KEEP["daily"],
            )
        )
        rows = [
            (str(c.case_id), f"{c.closed_at:%Y-%m-%d}", event_label(c.catalog_id), c.resident_name)
            for c in p.cases
        ]
        with_case = {c.resident_id for c in p.cases}
        rows += [("—", "", "", r.name) for r in p.residents if r.resident_id not in with_case]
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.erase_button.setEnabled(not p.empty)

    def _on_save_button_clicked(self) -> None:
        try:
            self._core.policies.set_policy(self._actor, "retention_days", self.days.value())
            self._core.policies.set_policy(self._actor, "idle_lock_seconds", self.idle.value() * 60)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._show_preview()

    def erase_question(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            self.tr("Erase {n} case(s) for good? This cannot be undone.").format(
                n=len(self.preview.cases) if self.preview else 0
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Erase"))
        return box

    def _on_erase_button_clicked(self) -> None:
        if self.preview is None or self.preview.empty:
            return
        if self.erase_question().exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self._core.retention.apply(self._actor, self.preview)
        except ServiceError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Erased {cases} case(s) and {residents} resident(s).").format(
                cases=result.cases, residents=result.residents
            ),
        )
        self._show_preview()
