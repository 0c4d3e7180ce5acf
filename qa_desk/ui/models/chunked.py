"""A list model over a whole service list, handed to the view in chunks and sorted in place."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from qa_desk.ui.models.table import Index, RowTableModel


class ChunkedListModel(RowTableModel):
    """Rows come in whole from a service (organisation lists are small), are filtered and
    sorted here, and reach the view ``CHUNK`` rows at a time through ``fetchMore``."""

    CHUNK = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: list[Any] = []
        self._all: list[Any] = []  # filtered and sorted; self._rows is its shown prefix
        self._filter: Callable[[Any], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Iterable[Any]) -> None:
        self._source = list(rows)
        self._rebuild()

    def set_filter(self, predicate: Callable[[Any], bool] | None) -> None:
        """Show only rows for which ``predicate`` is true (None shows all)."""
        self._filter = predicate
        self._rebuild()

    def total(self) -> int:
        """Rows that pass the filter, shown or not yet fetched by the view."""
        return len(self._all)

    def find(self, predicate: Callable[[Any], bool]) -> int:
        """The row of the first match, fetching chunks up to it; -1 when there is none."""
        for i, row in enumerate(self._all):
            if predicate(row):
                while i >= len(self._rows):
                    self.fetchMore(QModelIndex())
                return i
        return -1

    # --------------------------------------------------------------- lazy fetching
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        end = min(start + self.CHUNK, len(self._all))
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._rows.extend(self._all[start:end])
        self.endInsertRows()

    # --------------------------------------------------------------- sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if 0 <= column < len(self.columns) else -1
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        # Keep selections on the same rows; rows sorted out of the shown prefix drop off.
        persistent = self.persistentIndexList()
        held = [self._rows[p.row()] if 0 <= p.row() < len(self._rows) else None for p in persistent]
        shown = len(self._rows)
        self._apply_sort()
        self._rows = self._all[:shown]
        position = {id(row): i for i, row in enumerate(self._rows)}
        targets = [
            self.index(position[id(row)], p.column())
            if row is not None and id(row) in position
            else QModelIndex()
            for p, row in zip(persistent, held, strict=True)
        ]
        self.changePersistentIndexList(persistent, targets)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort_column >= 0:
            self._all.sort(
                key=self.sort_key(self._sort_column),
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows = self._source
        self._all = [r for r in rows if self._filter(r)] if self._filter else list(rows)
        self._apply_sort()
        self._rows = self._all[: self.CHUNK]
        self.endResetModel()
