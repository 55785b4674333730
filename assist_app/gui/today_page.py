"""The first page: today's work, open cases by nearest due date, searchable by name or kana."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assist_app.gui.case_list_table_model import CaseListTableModel
from assist_app.gui.wrapping_item_delegate import WrappingItemDelegate

if TYPE_CHECKING:  # the catalogs behind it load on the worker thread at start-up, not here
    from assist_app.services.views import CaseSummary

PAGE_SIZE = 50


class TodayPage(QWidget):
    """Emits ``search_requested`` as the helper types; the window answers with ``show_cases``."""

    open_case_requested = Signal(int)
    new_case_requested = Signal()
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.new_case = QPushButton()
        self.status = QLabel()
        self.model = CaseListTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        # The next step's title wraps in a narrow window or with large text, never cut short.
        WrappingItemDelegate.install(self.table, column=CaseListTableModel.COLUMNS.index("next"))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.new_case)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.search.text().strip()))
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.table.activated.connect(self._on_table_activated)
        self.new_case.clicked.connect(self.new_case_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today's work"))
        self.search.setPlaceholderText(self.tr("Find a resident by name or kana (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find a resident by name or kana"))
        self.table.setAccessibleName(self.tr("Open cases, nearest due date first"))
        self.new_case.setText(self.tr("New case…"))
        self.new_case.setAccessibleName(self.tr("New case"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def show_cases(self, cases: list[CaseSummary], query: str = "") -> None:
        self.model.set_cases(cases)
        self.table.resizeRowsToContents()
        if query:
            self.status.setText(self.tr("{n} open cases for “{q}”").format(n=len(cases), q=query))
        elif cases:
            overdue = sum(1 for c in cases if (c.days_left(self.model.today) or 0) < 0)
            self.status.setText(self.tr("{n} open cases shown, {o} overdue").format(n=len(cases), o=overdue))
        else:
            self.status.setText(self.tr("No open cases. Start one with “New case…” (Ctrl+N)."))
        if cases and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_return_pressed(self) -> None:
        self._debounce.stop()
        self.search_requested.emit(self.search.text().strip())
        self.table.setFocus()

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_case_requested.emit(self.model.case_at(index.row()).id)
