"""The case's steps as a tree, grouped by when they fall due or by where they are done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from assist_app.catalog import Catalog, Library
from assist_app.checklist import ItemStatus
from assist_app.gui.labels import countdown, status_label
from assist_app.gui.wrapping_item_delegate import WrappingItemDelegate
from assist_app.services.views import ItemView

ITEM_ID = Qt.ItemDataRole.UserRole


class ChecklistWidget(QTreeWidget):
    item_selected = Signal(object)  # ItemView or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        WrappingItemDelegate.install(self, column=0)
        self.setAlternatingRowColors(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self._items: dict[int, ItemView] = {}
        self.currentItemChanged.connect(self._on_current_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Step"), self.tr("Due"), self.tr("Status")])
        self.setAccessibleName(self.tr("Steps of this case"))

    def _group_by_due(self, item: ItemView, today: dt.date) -> tuple[int, str]:
        if not ItemStatus(item.status).is_open:
            return 4, self.tr("Finished")
        if item.due_date is None:
            return 3, self.tr("No date")
        days = (item.due_date - today).days
        if days < 0:
            return 0, self.tr("Overdue")
        if days <= 7:
            return 1, self.tr("Within 7 days")
        return 2, self.tr("Later")

    def show_items(
        self,
        items: list[ItemView],
        group_by: str,
        catalog: Catalog | None,
        library: Library,
        ward: str | None,
        lang: str,
        today: dt.date,
    ) -> None:
        current = self.current_item_id()
        self.blockSignals(True)
        self.clear()
        self._items = {i.id: i for i in items}
        groups: dict[tuple, QTreeWidgetItem] = {}
        for item in items:
            if group_by == "office" and catalog and catalog.procedure(item.procedure_id):
                office = library.office(catalog.procedure(item.procedure_id).office, ward)
                key = (0, office.name.get(lang))
            else:
                key = self._group_by_due(item, today)
            if key not in groups:
                header = QTreeWidgetItem([key[1]])
                font = header.font(0)
                font.setBold(True)
                header.setFont(0, font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[key] = header
            groups[key].addChild(self._row(item, today))
        for key in sorted(groups):
            self.addTopLevelItem(groups[key])
            groups[key].setExpanded(True)
        self.blockSignals(False)
        self.select_item(current) or self._select_first()

    def _row(self, item: ItemView, today: dt.date) -> QTreeWidgetItem:
        title = f"{item.short_code} {item.title}"
        if item.applies == "to_confirm":
            title += " " + self.tr("(to confirm)")
        elif item.applies == "no_longer":
            title += " " + self.tr("(no longer applies)")
        days = None if item.due_date is None else (item.due_date - today).days
        # Date and countdown on two lines: the column stays narrow and the title keeps the room.
        # A finished step keeps its date without a countdown: "overdue" is for what is still open.
        due = item.due_date.isoformat() if item.due_date else "—"
        if item.due_date and ItemStatus(item.status).is_open:
            due += f"\n{countdown(days)}"
        row = QTreeWidgetItem([title, due, status_label(item.status)])
        row.setData(0, ITEM_ID, item.id)
        overdue = days is not None and days < 0 and ItemStatus(item.status).is_open
        if overdue:
            row.setIcon(1, QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        if item.applies == "to_confirm":
            row.setIcon(0, QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion))
        return row

    def current_item_id(self) -> int | None:
        current = self.currentItem()
        return current.data(0, ITEM_ID) if current is not None else None

    def select_item(self, item_id: int | None) -> bool:
        if item_id is None:
            return False
        for group in range(self.topLevelItemCount()):
            parent = self.topLevelItem(group)
            for child in range(parent.childCount()):
                if parent.child(child).data(0, ITEM_ID) == item_id:
                    self.setCurrentItem(parent.child(child))
                    return True
        return False

    def _select_first(self) -> None:
        if self.topLevelItemCount() and self.topLevelItem(0).childCount():
            self.setCurrentItem(self.topLevelItem(0).child(0))
        else:
            self.item_selected.emit(None)

    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        item_id = current.data(0, ITEM_ID) if current is not None else None
        self.item_selected.emit(self._items.get(item_id) if item_id is not None else None)
