"""Item rows that fit their text wrapped to the column's width.

A tree view asks its delegate for a row's size without saying how wide the column is, so long
step titles (and large text) would be cut short or overlap; this delegate wraps one column's
text to that column's current width and has the view lay its rows out again
whenever that column is resized. Works for tree views and table views. It serves its column
only (``install``): the other columns keep Qt's own delegate, which costs no Python calls.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QTimer
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView, QTreeView


class WrappingItemDelegate(QStyledItemDelegate):
    @classmethod
    def install(cls, view: QTreeView | QTableView, column: int) -> WrappingItemDelegate:
        delegate = cls(view, column)
        view.setItemDelegateForColumn(column, delegate)
        return delegate

    def __init__(self, view: QTreeView | QTableView, column: int) -> None:
        super().__init__(view)
        self._view, self.column = view, column
        self._relayout = QTimer(self, singleShot=True, interval=0)  # one relayout per burst
        self._relayout.timeout.connect(self._on_relayout_timeout)
        view.setWordWrap(True)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
        self._header().sectionResized.connect(self._on_header_section_resized)

    def _header(self):
        return self._view.header() if isinstance(self._view, QTreeView) else self._view.horizontalHeader()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._header().sectionSize(self.column)
        if isinstance(self._view, QTreeView):
            depth, parent = (1 if self._view.rootIsDecorated() else 0), index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self._view.indentation()
        option.rect.setWidth(max(width, 40))
        option.rect.setHeight(10_000)  # a valid rect makes the style wrap the text within it
        return super().sizeHint(option, index)  # row padding comes from the style sheet (appearance.py)

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == self.column:
            self._relayout.start()

    def _on_relayout_timeout(self) -> None:
        if isinstance(self._view, QTableView):
            self._view.resizeRowsToContents()
        else:
            self._view.scheduleDelayedItemsLayout()  # wrapped text needs new row heights
