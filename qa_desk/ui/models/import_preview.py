"""The first rows of a file being imported, as the wizard's preview shows them.

Columns are the file's headers (columns no field reads are greyed); the vertical header
shows each row's number in the file (the header row is 1), as the error report names them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from qa_desk.ui.models.mapping import Index, MappingModel, cell_display


class PreviewRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._numbers: list[int] = []
        self._fields_of: dict[str, list[str]] = {}  # header -> labels of the fields it feeds

    def set_rows(self, headers: list[str], rows: list[list[str]], numbers: list[int]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._numbers = list(numbers)
        self.endResetModel()

    def set_mapping(self, mapping_model: MappingModel) -> None:
        """Mark which columns feed which fields (header tooltip, bold titles)."""
        fields_of: dict[str, list[str]] = {}
        for row in range(mapping_model.rowCount()):
            name = mapping_model.field_at(row).name
            header = mapping_model.mapping().get(name)
            if header:
                fields_of.setdefault(header, []).append(mapping_model.label(row))
        self._fields_of = fields_of
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def clear(self) -> None:
        self.set_rows([], [], [])
        self._fields_of = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._numbers):
                return str(self._numbers[section])
            return None
        if not 0 <= section < len(self._headers):
            return None
        header = self._headers[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return header
        fields = self._fields_of.get(header)
        if role == Qt.ItemDataRole.ToolTipRole:
            if fields:
                return QCoreApplication.translate("PreviewRowsModel", "Imported as: {0}").format(
                    ", ".join(fields)
                )
            return QCoreApplication.translate("PreviewRowsModel", "Not imported")
        if role == Qt.ItemDataRole.FontRole and fields:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cells = self._rows[index.row()]
        text = cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_display(text)
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 40:
            return text[:2000]
        return None
