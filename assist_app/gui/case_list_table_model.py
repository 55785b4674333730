"""Open cases as a table: next due date (overdue marked by icon and words), days left,
resident, event and next step."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from assist_app.gui.labels import countdown, event_label

if TYPE_CHECKING:  # the catalogs behind it load on the worker thread at start-up, not here
    from assist_app.services.views import CaseSummary

Index = QModelIndex | QPersistentModelIndex
DAYS = 1  # the column that carries the overdue mark


class CaseListTableModel(QAbstractTableModel):
    COLUMNS = ("due", "days", "resident", "event", "next")

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self._rows: list[CaseSummary] = []
        self._shown: list[tuple[tuple[str, ...], bool]] = []
        self._today = today or dt.date.today()
        self._warning: QIcon | None = None

    def set_cases(self, cases: list[CaseSummary], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(cases)
        self._today = today or dt.date.today()
        # Worked out once here: views ask data() for every cell and role many times over.
        self._shown = [self._display(case) for case in self._rows]
        self.endResetModel()

    def _display(self, case: CaseSummary) -> tuple[tuple[str, ...], bool]:
        days = case.days_left(self._today)
        resident = (
            f"{case.resident_name}（{case.resident_kana}）" if case.resident_kana else case.resident_name
        )
        texts = (
            case.next_due.isoformat() if case.next_due else "—",
            countdown(days),
            resident,
            f"{event_label(case.catalog_id)} {case.event_date.isoformat()}",
            case.next_title or self.tr("All steps done"),
        )
        return texts, days is not None and days < 0

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
        texts, overdue = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        if column != DAYS or not overdue:
            return None
        if role == Qt.ItemDataRole.DecorationRole:  # overdue: an icon and words, never colour alone
            if self._warning is None:
                self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning
        if role == Qt.ItemDataRole.FontRole:
            font = QApplication.font()
            font.setBold(True)
            return font
        return None
