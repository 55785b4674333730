"""The audit log for a supervisor: who looked at or changed which record, newest first, and the
check of its hash chain. Entries hold ids only; a resident's name is never in the log."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assist_app.gui.error_messages import show_error
from assist_app.gui.sign_in_page import role_label
from assist_app.services.access import Actor
from assist_app.services.audit_service import AuditEntryView, AuditService
from assist_app.services.errors import ServiceError

PAGE = 200
KINDS = {
    "view": QT_TRANSLATE_NOOP("AuditKinds", "Viewed"),
    "change": QT_TRANSLATE_NOOP("AuditKinds", "Changed"),
    "print": QT_TRANSLATE_NOOP("AuditKinds", "Printed"),
    "export": QT_TRANSLATE_NOOP("AuditKinds", "Exported"),
    "scan": QT_TRANSLATE_NOOP("AuditKinds", "Scanned"),
    "erase": QT_TRANSLATE_NOOP("AuditKinds", "Erased"),
    "access": QT_TRANSLATE_NOOP("AuditKinds", "Access"),
}


class AuditDialog(QDialog):
    def __init__(self, audit: AuditService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit, self._actor = audit, actor
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(980, 600)
        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("When (UTC)"),
                self.tr("Helper"),
                self.tr("Kind"),
                self.tr("Action"),
                self.tr("Resident"),
                self.tr("Case"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.check_button = QPushButton(self.tr("&Check the chain"))
        self.more_button = QPushButton(self.tr("&Older entries"))
        self.result = QLabel(wordWrap=True)
        self.result.setAccessibleName(self.tr("Result of the check"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.result, 1)
        row.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Every look at or change to a resident's records, by whom and when. Newest first."),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self._oldest: int | None = None
        self._add(self._audit.entries(actor, limit=PAGE))

    def _add(self, entries: list[AuditEntryView]) -> None:
        for entry in entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            helper = f"{entry.helper} ({role_label(entry.role)})" if entry.helper else role_label(entry.role)
            records = self.tr("case {id}").format(id=entry.case_id) if entry.case_id else ""
            if entry.record_ids:
                ids = ", ".join(map(str, entry.record_ids))
                records = f"{entry.record_type}: {ids}" if entry.record_type else ids
            cells = [
                str(entry.id),
                f"{entry.at:%Y-%m-%d %H:%M:%S}",
                helper,
                QCoreApplication.translate("AuditKinds", KINDS.get(entry.kind, entry.kind)),
                entry.action,
                str(entry.resident_id or ""),
                str(records),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self._oldest = entry.id
        self.more_button.setEnabled(len(entries) == PAGE)

    def _on_more_button_clicked(self) -> None:
        try:
            self._add(self._audit.entries(self._actor, limit=PAGE, before_id=self._oldest))
        except ServiceError as exc:
            show_error(self, exc)

    def _on_check_button_clicked(self) -> None:
        try:
            check = self._audit.verify(self._actor)
        except ServiceError as exc:
            show_error(self, exc)
            return
        if check.ok:
            self.result.setText(
                self.tr("The chain is whole: {n} rows, none altered or removed.").format(n=check.rows)
            )
        else:
            self.result.setText(
                self.tr("The chain is broken at row {row}: {problem}").format(
                    row=check.broken_at, problem=check.problem
                )
            )
