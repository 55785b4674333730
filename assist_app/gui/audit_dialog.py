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
from assist_app.gui.labels import ACTIONS as HISTORY_ACTIONS
from assist_app.gui.labels import local_time
from assist_app.gui.sign_in_page import role_label
from assist_app.gui.wrapping_item_delegate import WrappingItemDelegate
from assist_app.services.access import Actor
from assist_app.services.audit_service import AuditEntryView, AuditService
from assist_app.services.errors import ServiceError

PAGE = 200
HELPER, RECORDS = 2, 5  # the columns that wrap: who, and the ids of the records
SHOWN_IDS = 5  # ids of a list shown in the table; all of them in the cell's tooltip
KINDS = {
    "view": QT_TRANSLATE_NOOP("AuditKinds", "Viewed"),
    "change": QT_TRANSLATE_NOOP("AuditKinds", "Changed"),
    "print": QT_TRANSLATE_NOOP("AuditKinds", "Printed"),
    "export": QT_TRANSLATE_NOOP("AuditKinds", "Exported"),
    "scan": QT_TRANSLATE_NOOP("AuditKinds", "Scanned"),
    "erase": QT_TRANSLATE_NOOP("AuditKinds", "Erased"),
    "access": QT_TRANSLATE_NOOP("AuditKinds", "Access"),
}
# What was done, in words; the code itself (as `assist-app audit list` prints it) is the tooltip.
ACTIONS = {
    "case_viewed": QT_TRANSLATE_NOOP("AuditActions", "Case viewed"),
    "cases_listed": QT_TRANSLATE_NOOP("AuditActions", "Cases listed"),
    "resident_viewed": QT_TRANSLATE_NOOP("AuditActions", "Resident viewed"),
    "residents_found": QT_TRANSLATE_NOOP("AuditActions", "Residents searched"),
    "resident_added": QT_TRANSLATE_NOOP("AuditActions", "Resident added"),
    "resident_updated": QT_TRANSLATE_NOOP("AuditActions", "Resident's details changed"),
    "consent_recorded": QT_TRANSLATE_NOOP("AuditActions", "Consent recorded"),
    "case_recreated": QT_TRANSLATE_NOOP("AuditActions", "Case restored from paper"),
    "resident_exported": QT_TRANSLATE_NOOP("AuditActions", "Resident's records exported"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("AuditActions", "Erased: consent withdrawn"),
    "retention_erased": QT_TRANSLATE_NOOP("AuditActions", "Erased: retention period over"),
    "retention_previewed": QT_TRANSLATE_NOOP("AuditActions", "Retention preview seen"),
    "signed_in": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "sign_in_refused": QT_TRANSLATE_NOOP("AuditActions", "Sign-in refused"),
    "locked": QT_TRANSLATE_NOOP("AuditActions", "Locked or signed out"),
    "first_account": QT_TRANSLATE_NOOP("AuditActions", "First account created"),
    "account_added": QT_TRANSLATE_NOOP("AuditActions", "Account added"),
    "pin_set": QT_TRANSLATE_NOOP("AuditActions", "PIN set"),
    "role_set": QT_TRANSLATE_NOOP("AuditActions", "Role changed"),
    "account_active": QT_TRANSLATE_NOOP("AuditActions", "Account activated or deactivated"),
    "policy_set": QT_TRANSLATE_NOOP("AuditActions", "Rule changed"),
    "audit_read": QT_TRANSLATE_NOOP("AuditActions", "Audit log read"),
    "audit_checked": QT_TRANSLATE_NOOP("AuditActions", "Audit log checked"),
    "report_read": QT_TRANSLATE_NOOP("AuditActions", "Report read"),
    "refused": QT_TRANSLATE_NOOP("AuditActions", "Refused (not allowed)"),
    "backup_made": QT_TRANSLATE_NOOP("AuditActions", "Backup made"),
    "backup_restored": QT_TRANSLATE_NOOP("AuditActions", "Backup restored"),
    "recovery_sheet_shown": QT_TRANSLATE_NOOP("AuditActions", "Recovery key shown"),
    "recovery_sheet_saved": QT_TRANSLATE_NOOP("AuditActions", "Recovery sheet saved"),
    "passphrase_set": QT_TRANSLATE_NOOP("AuditActions", "Passphrase set"),
}
RECORD_TYPES = {
    "case": QT_TRANSLATE_NOOP("AuditActions", "case"),
    "resident": QT_TRANSLATE_NOOP("AuditActions", "resident"),
    "helper": QT_TRANSLATE_NOOP("AuditActions", "helper"),
}


def action_text(action: str) -> str:
    if action in HISTORY_ACTIONS:
        return QCoreApplication.translate("Labels", HISTORY_ACTIONS[action])
    return QCoreApplication.translate("AuditActions", ACTIONS[action]) if action in ACTIONS else action


class AuditDialog(QDialog):
    def __init__(self, audit: AuditService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit, self._actor = audit, actor
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(980, 600)
        self.table = QTableWidget(0, RECORDS + 1)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("When"),
                self.tr("Helper"),
                self.tr("Kind"),
                self.tr("Action"),
                self.tr("Records"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (HELPER, RECORDS):  # the rest of the width, shared, text wrapped
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            WrappingItemDelegate.install(self.table, column)
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
            role = self.tr("not signed in") if entry.role == "anonymous" else role_label(entry.role)
            cells = [
                str(entry.id),
                local_time(entry.at),
                f"{entry.helper} ({role})" if entry.helper else role,
                QCoreApplication.translate("AuditKinds", KINDS.get(entry.kind, entry.kind)),
                action_text(entry.action),
                self._records(entry),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.item(row, 1).setToolTip(f"{entry.at:%Y-%m-%d %H:%M:%S} UTC")
            self.table.item(row, 4).setToolTip(entry.action)
            if len(entry.record_ids) > SHOWN_IDS:
                self.table.item(row, RECORDS).setToolTip(", ".join(map(str, entry.record_ids)))
            self._oldest = entry.id
        self.more_button.setEnabled(len(entries) == PAGE)

    def _records(self, entry: AuditEntryView) -> str:
        """Which records, by id: "resident 3 · case 7", or the first ids of a list."""
        parts = []
        if entry.resident_id:
            parts.append(self.tr("resident {id}").format(id=entry.resident_id))
        if entry.case_id:
            parts.append(self.tr("case {id}").format(id=entry.case_id))
        if entry.record_ids:
            ids = ", ".join(map(str, entry.record_ids[:SHOWN_IDS]))
            if len(entry.record_ids) > SHOWN_IDS:
                ids += self.tr(" … ({n} in all)").format(n=len(entry.record_ids))
            kind = entry.record_type or ""
            if kind in RECORD_TYPES:
                kind = QCoreApplication.translate("AuditActions", RECORD_TYPES[kind])
            parts.append(f"{kind}: {ids}" if kind else ids)
        return " · ".join(parts)

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
