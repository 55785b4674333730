"""Open cases as a table: next due date (overdue marked by icon and words), days left,
resident, event and next step."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from assist_app.gui.labels import countdown, event_label
from assist_app.services.views import CaseSummary

Index = QModelIndex | QPersistentModelIndex


class CaseListTableModel(QAbstractTableModel):
    COLUMNS = ("due", "days", "resident", "event", "next")

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self._rows: list[CaseSummary] = []
        self._today = today or dt.date.today()

    def set_cases(self, cases: list[CaseSummary], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(cases)
        self._today = today or dt.date.today()
        self.endResetModel()

    @property
    def today(self) -> dt.date:
        return self._today

    def case_at(self, row: int) -> CaseSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Next due"),
                self.tr("Days left"),
                self.tr("Resident"),
                self.tr("Event"),
                self.tr("Next step"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        days = case.days_left(self._today)
        overdue = days is not None and days < 0
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "due":
                return case.next_due.isoformat() if case.next_due else "—"
            if column == "days":
                return countdown(days)
            if column == "resident":
                return (
                    f"{case.resident_name}（{case.resident_kana}）"
                    if case.resident_kana
                    else case.resident_name
                )
            if column == "event":
                return f"{event_label(case.catalog_id)} {case.event_date.isoformat()}"
            return case.next_title or self.tr("All steps done")
        if role == Qt.ItemDataRole.DecorationRole and column == "days" and overdue:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and overdue and column == "days":
            font = QApplication.font()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "days":
            return countdown(days)
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        return None
