"""Base of the list models: declared columns, translated headers, greyed inactive rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its English title and header tooltip (marked for translation in the
    model's context), how a row shows in it, and what it sorts by (default: the text)."""

    title: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    numeric: bool = False
    tip: str = ""


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


class RowTableModel(QAbstractTableModel):
    """A flat table of service rows (dataclasses); subclasses declare ``COLUMNS``.

    ``CONTEXT`` is the translation context the column titles were marked in.
    """

    CONTEXT = ""
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        # Per instance, for columns whose text depends on the model's settings.
        self.columns: tuple[Column, ...] = self.COLUMNS

    # --------------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return QCoreApplication.translate(self.CONTEXT, column.tip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self.row_is_active(row):
            return QBrush(
                QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
        return None

    # --------------------------------------------------------------- for pages
    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_is_active(self, row: Any) -> bool:
        """Inactive rows are shown greyed out."""
        return True

    def retranslate(self) -> None:
        """Headers and translated cells (roles, yes/no) after a language switch."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.DisplayRole],
            )

    def sort_key(self, column: int) -> Callable[[Any], Any]:
        spec = self.columns[column]
        if spec.sort_key is not None:
            key = spec.sort_key
            return lambda row: _none_last(key(row))
        return lambda row: spec.text(row).casefold()
