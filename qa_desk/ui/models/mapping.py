"""The import mapping editor: one row per field of the record kind, and the file column
that feeds it, chosen from the file's headers with a combo box (``MappingDelegate``).

Field labels are translated here by field name (the service gives English labels only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

if TYPE_CHECKING:
    from qa_desk.services.imports import FieldInfo

Index = QModelIndex | QPersistentModelIndex

_FIELDS_CONTEXT = "ImportFields"
MISSING_COLOR = QColor("#c62828")
# Longer cell text is cut for display: a 5,000-character message would only slow the view.
MAX_CELL_CHARS = 200

# Labels by field name; a few names mean something narrower for one kind.
_LABELS: dict[str, str] = {
    "conversation_id": QT_TRANSLATE_NOOP("ImportFields", "Conversation ID"),
    "at": QT_TRANSLATE_NOOP("ImportFields", "Time"),
    "role": QT_TRANSLATE_NOOP("ImportFields", "Sender role"),
    "sender": QT_TRANSLATE_NOOP("ImportFields", "Sender"),
    "text": QT_TRANSLATE_NOOP("ImportFields", "Message text"),
    "agent_id": QT_TRANSLATE_NOOP("ImportFields", "Agent employee ID"),
    "agent_name": QT_TRANSLATE_NOOP("ImportFields", "Agent name"),
    "vendor_code": QT_TRANSLATE_NOOP("ImportFields", "Vendor code"),
    "channel": QT_TRANSLATE_NOOP("ImportFields", "Channel"),
    "customer": QT_TRANSLATE_NOOP("ImportFields", "Customer"),
    "waybill": QT_TRANSLATE_NOOP("ImportFields", "Waybill number"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
    "csat": QT_TRANSLATE_NOOP("ImportFields", "Satisfaction"),
    "call_id": QT_TRANSLATE_NOOP("ImportFields", "Call ID"),
    "started_at": QT_TRANSLATE_NOOP("ImportFields", "Start time"),
    "ended_at": QT_TRANSLATE_NOOP("ImportFields", "End time"),
    "duration_s": QT_TRANSLATE_NOOP("ImportFields", "Duration (seconds)"),
    "direction": QT_TRANSLATE_NOOP("ImportFields", "Direction"),
    "recording": QT_TRANSLATE_NOOP("ImportFields", "Recording file"),
    "start_ms": QT_TRANSLATE_NOOP("ImportFields", "Start (ms)"),
    "end_ms": QT_TRANSLATE_NOOP("ImportFields", "End (ms)"),
    "speaker": QT_TRANSLATE_NOOP("ImportFields", "Speaker"),
}
_KIND_LABELS: dict[tuple[str, str], str] = {
    ("calls", "customer"): QT_TRANSLATE_NOOP("ImportFields", "Customer number"),
    ("transcripts", "text"): QT_TRANSLATE_NOOP("ImportFields", "Utterance text"),
}


def field_label(kind: str, name: str, fallback: str = "") -> str:
    """The translated label of a field; the service's English label for a field unknown here."""
    source = _KIND_LABELS.get((kind, name)) or _LABELS.get(name)
    if source is None:
        return fallback or name
    return QCoreApplication.translate(_FIELDS_CONTEXT, source)


def not_in_file_text() -> str:
    return QCoreApplication.translate("MappingModel", "— not in file —")


def cell_display(text: str) -> str:
    """One line of at most MAX_CELL_CHARS characters (line breaks shown as ↵)."""
    short = text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS] + "…"
    return short.replace("\r\n", " ↵ ").replace("\n", " ↵ ").replace("\r", " ↵ ")


class MappingModel(QAbstractTableModel):
    """Field → file column; the column cell is edited with the file's headers."""

    FIELD, COLUMN, SAMPLE = range(3)
    _TITLES = (
        QT_TRANSLATE_NOOP("MappingModel", "Field"),
        QT_TRANSLATE_NOOP("MappingModel", "Column in the file"),
        QT_TRANSLATE_NOOP("MappingModel", "First row"),
    )

    sig_mapping_changed = Signal()
    """The user chose another column (or none) for a field."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self._fields: list[FieldInfo] = []
        self._headers: list[str] = []
        self._columns: dict[str, str] = {}
        self._sample: list[str] = []

    # --------------------------------------------------------------- filling
    def set_preview(
        self,
        kind: str,
        fields: list[FieldInfo],
        headers: list[str],
        mapping: dict[str, str],
        sample: list[str] | None = None,
    ) -> None:
        """Show a (new) file's fields and headers. When only the mapping or the sample
        changed, the rows are updated in place so open combo editors stay where they are."""
        same_shape = (
            kind == self._kind
            and [f.name for f in fields] == [f.name for f in self._fields]
            and list(headers) == self._headers
        )
        if same_shape and self._fields:
            self._fields = list(fields)
            self._columns = self._clean(mapping)
            self._sample = list(sample or [])
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._fields) - 1, self.SAMPLE))
            return
        self.beginResetModel()
        self._kind = kind
        self._fields = list(fields)
        self._headers = list(headers)
        self._columns = self._clean(mapping)
        self._sample = list(sample or [])
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._kind = ""
        self._fields = []
        self._headers = []
        self._columns = {}
        self._sample = []
        self.endResetModel()

    def _clean(self, mapping: dict[str, str]) -> dict[str, str]:
        # Only headers of this file can be chosen; a profile may name one the file lacks.
        names = {f.name for f in self._fields}
        return {k: v for k, v in mapping.items() if k in names and v in self._headers}

    # --------------------------------------------------------------- reading
    @property
    def kind(self) -> str:
        return self._kind

    def headers(self) -> list[str]:
        return list(self._headers)

    def mapping(self) -> dict[str, str]:
        """Field name → header, for the mapped fields, in field order."""
        return {f.name: self._columns[f.name] for f in self._fields if f.name in self._columns}

    def missing(self) -> list[str]:
        """Required fields without a column, in field order."""
        return [f.name for f in self._fields if f.required and f.name not in self._columns]

    def field_at(self, row: int) -> FieldInfo:
        return self._fields[row]

    def row_of(self, name: str) -> int:
        return next((i for i, f in enumerate(self._fields) if f.name == name), -1)

    def label(self, row: int) -> str:
        spec = self._fields[row]
        return field_label(self._kind, spec.name, spec.label)

    # --------------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._TITLES)
        ):
            return QCoreApplication.translate("MappingModel", self._TITLES[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        spec = self._fields[index.row()]
        header = self._columns.get(spec.name, "")
        column = index.column()
        if column == self.FIELD:
            return self._field_data(index.row(), spec.required, header, role)
        if column == self.COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return header or not_in_file_text()
            if role == Qt.ItemDataRole.EditRole:
                return header
            if role == Qt.ItemDataRole.ForegroundRole and not header:
                return self._missing_brush() if spec.required else self._grey()
            return None
        if column == self.SAMPLE:
            value = self._sample_for(header)
            if role == Qt.ItemDataRole.DisplayRole:
                return cell_display(value)
            if role == Qt.ItemDataRole.ToolTipRole and value:
                return value[:2000]
        return None

    def _field_data(self, row: int, required: bool, header: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.label(row)} *" if required else self.label(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if required:
                return QCoreApplication.translate("MappingModel", "Required")
            return QCoreApplication.translate("MappingModel", "Optional")
        if role == Qt.ItemDataRole.FontRole and required:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and required and not header:
            return self._missing_brush()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.COLUMN
            or role != Qt.ItemDataRole.EditRole
            or not 0 <= index.row() < len(self._fields)
        ):
            return False
        header = "" if value is None else str(value)
        if header and header not in self._headers:
            return False
        name = self._fields[index.row()].name
        if self._columns.get(name, "") == header:
            return True
        if header:
            self._columns[name] = header
        else:
            self._columns.pop(name, None)
        self.dataChanged.emit(
            self.index(index.row(), self.FIELD), self.index(index.row(), self.SAMPLE)
        )
        self.sig_mapping_changed.emit()
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._TITLES) - 1)
        if self._fields:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._fields) - 1, self.SAMPLE))

    # --------------------------------------------------------------- helpers
    def _sample_for(self, header: str) -> str:
        if not header or header not in self._headers:
            return ""
        position = self._headers.index(header)
        return self._sample[position] if position < len(self._sample) else ""

    @staticmethod
    def _missing_brush() -> QBrush:
        return QBrush(MISSING_COLOR)

    @staticmethod
    def _grey() -> QBrush:
        palette = QApplication.palette()
        return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


class MappingDelegate(QStyledItemDelegate):
    """Edits a field's column with a combo of the file's headers plus "— not in file —".

    A choice is committed at once, so the preview can re-run with the edited mapping.
    """

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget | None:
        model = index.model()
        if index.column() != MappingModel.COLUMN or not isinstance(model, MappingModel):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName(f"mapping_{model.field_at(index.row()).name}")
        combo.addItem(not_in_file_text(), "")
        for header in model.headers():
            combo.addItem(header, header)
        combo.activated.connect(lambda _i, editor=combo: self._commit(editor))
        return combo

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(position, 0))
            editor.setItemText(0, not_in_file_text())
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
