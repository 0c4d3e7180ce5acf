"""The sections and items of the checklist version being edited, as a two-level tree.

Sections are the top rows, their items the children. Every change goes through this model
(field edits, adding, removing, moving — by drag and drop or by the move buttons) so the view,
the detail form and the problems list all follow the same data. ``sig_edited`` fires after
each change the user made.

Indexes carry an id rather than a Python object: 0 for a section row, the section's serial
number for an item row. A serial is never reused, so an index that outlived its section finds
no parent instead of pointing at freed memory.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from qa_desk.domain.checklist import ItemSpec, SectionSpec
from qa_desk.ui.models.checklist_labels import (
    critical_label,
    kind_label,
    number_text,
    rule_label,
)

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-qa-desk-checklist-node"

_CONTEXT = "ChecklistTreeModel"
_COLUMNS = (
    QT_TRANSLATE_NOOP("ChecklistTreeModel", "Code"),
    QT_TRANSLATE_NOOP("ChecklistTreeModel", "Section / item"),
    QT_TRANSLATE_NOOP("ChecklistTreeModel", "Points"),
    QT_TRANSLATE_NOOP("ChecklistTreeModel", "Kind"),
    QT_TRANSLATE_NOOP("ChecklistTreeModel", "Automatic rule"),
)
_TIPS = {
    2: QT_TRANSLATE_NOOP("ChecklistTreeModel", "Items: the points; sections: the weight"),
}
COL_CODE, COL_TEXT, COL_POINTS, COL_KIND, COL_RULE = range(len(_COLUMNS))
# Critical items stand out: failing one fails their section or the whole inspection.
_CRITICAL_COLOUR = QColor("#c62828")

_serials = itertools.count(1)


@dataclass
class _Section:
    spec: SectionSpec  # its ``items`` are ignored: the list below is the truth
    items: list[ItemSpec] = field(default_factory=list)
    serial: int = field(default_factory=lambda: next(_serials))

    def built(self) -> SectionSpec:
        return replace(self.spec, items=tuple(self.items))


class ChecklistTreeModel(QAbstractItemModel):
    sig_edited = Signal()
    """The user changed the sections or items (a field, an addition, a removal or a move)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[_Section] = []
        self._editable = True

    # --------------------------------------------------------------- contents
    def set_sections(self, sections: Sequence[SectionSpec]) -> None:
        self.beginResetModel()
        self._sections = [_Section(s, list(s.items)) for s in sections]
        self.endResetModel()

    def sections(self) -> tuple[SectionSpec, ...]:
        return tuple(s.built() for s in self._sections)

    def set_editable(self, editable: bool) -> None:
        """Read-only versions show the same tree without drag and drop."""
        self._editable = editable

    def section_count(self) -> int:
        return len(self._sections)

    def section_at(self, row: int) -> SectionSpec:
        return self._sections[row].built()

    def item_at(self, section_row: int, row: int) -> ItemSpec:
        return self._sections[section_row].items[row]

    def section_index(self, row: int, column: int = 0) -> QModelIndex:
        return self.index(row, column, QModelIndex())

    def item_index(self, section_row: int, row: int, column: int = 0) -> QModelIndex:
        return self.index(row, column, self.section_index(section_row))

    def position(self, index: Index) -> tuple[int, int | None] | None:
        """(section row, item row or None for the section itself) of ``index``."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return index.row(), None
        section_row = self._section_row(index.internalId())
        return None if section_row < 0 else (section_row, index.row())

    def find_code(self, code: str) -> QModelIndex:
        """The row of the section or item with ``code`` (first match), invalid if none."""
        for s_row, section in enumerate(self._sections):
            if section.spec.code == code:
                return self.section_index(s_row)
            for i_row, item in enumerate(section.items):
                if item.code == code:
                    return self.item_index(s_row, i_row)
        return QModelIndex()

    def codes(self) -> set[str]:
        found: set[str] = set()
        for section in self._sections:
            found.add(section.spec.code)
            found.update(item.code for item in section.items)
        return found

    # --------------------------------------------------------------- edits
    def update_section(self, row: int, spec: SectionSpec) -> None:
        section = self._sections[row]
        if replace(spec, items=()) == replace(section.spec, items=()):
            return
        section.spec = replace(spec, items=())
        self._changed(self.section_index(row))

    def update_item(self, section_row: int, row: int, spec: ItemSpec) -> None:
        items = self._sections[section_row].items
        if items[row] == spec:
            return
        items[row] = spec
        self._changed(self.item_index(section_row, row))

    def insert_section(self, row: int, spec: SectionSpec) -> QModelIndex:
        row = max(0, min(row, len(self._sections)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._sections.insert(row, _Section(replace(spec, items=()), list(spec.items)))
        self.endInsertRows()
        self.sig_edited.emit()
        return self.section_index(row)

    def insert_item(self, section_row: int, row: int, spec: ItemSpec) -> QModelIndex:
        items = self._sections[section_row].items
        row = max(0, min(row, len(items)))
        self.beginInsertRows(self.section_index(section_row), row, row)
        items.insert(row, spec)
        self.endInsertRows()
        self.sig_edited.emit()
        return self.item_index(section_row, row)

    def remove(self, index: Index) -> None:
        where = self.position(index)
        if where is None:
            return
        section_row, item_row = where
        if item_row is None:
            self.beginRemoveRows(QModelIndex(), section_row, section_row)
            del self._sections[section_row]
        else:
            self.beginRemoveRows(self.section_index(section_row), item_row, item_row)
            del self._sections[section_row].items[item_row]
        self.endRemoveRows()
        self.sig_edited.emit()

    def move_section(self, row: int, to: int) -> bool:
        """Move section ``row`` so that it ends up at position ``to`` (after removal)."""
        count = len(self._sections)
        if not (0 <= row < count and 0 <= to < count) or row == to:
            return False
        # Qt counts the destination before the move: one further when moving down.
        destination = to + 1 if to > row else to
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return False
        self._sections.insert(to, self._sections.pop(row))
        self.endMoveRows()
        self.sig_edited.emit()
        return True

    def move_item(self, section_row: int, row: int, to_section: int, to: int) -> bool:
        """Move an item to position ``to`` (after removal) of section ``to_section``."""
        if not (0 <= section_row < len(self._sections) and 0 <= to_section < len(self._sections)):
            return False
        source = self._sections[section_row].items
        target = self._sections[to_section].items
        if not 0 <= row < len(source):
            return False
        same = section_row == to_section
        limit = len(target) - 1 if same else len(target)
        to = max(0, min(to, limit))
        if same and to == row:
            return False
        destination = to + 1 if same and to > row else to
        if not self.beginMoveRows(
            self.section_index(section_row),
            row,
            row,
            self.section_index(to_section),
            destination,
        ):
            return False
        target.insert(to, source.pop(row))
        self.endMoveRows()
        self.sig_edited.emit()
        return True

    def _changed(self, index: QModelIndex) -> None:
        parent = index.parent()
        self.dataChanged.emit(
            self.index(index.row(), 0, parent), self.index(index.row(), len(_COLUMNS) - 1, parent)
        )
        self.sig_edited.emit()

    def _section_row(self, serial: int) -> int:
        for row, section in enumerate(self._sections):
            if section.serial == serial:
                return row
        return -1

    # --------------------------------------------------------------- Qt interface
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(_COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._sections):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()  # items have no children; only column 0 has any
        if not 0 <= parent.row() < len(self._sections):
            return QModelIndex()
        section = self._sections[parent.row()]
        if row >= len(section.items):
            return QModelIndex()
        return self.createIndex(row, column, section.serial)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._section_row(index.internalId())
        return QModelIndex() if row < 0 else self.createIndex(row, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._sections[parent.row()].items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in _TIPS:
            return QCoreApplication.translate(_CONTEXT, _TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        where = self.position(index)
        if where is None:
            return None
        section_row, item_row = where
        if item_row is None:
            return self._section_data(self._sections[section_row], index.column(), role)
        return self._item_data(self._sections[section_row].items[item_row], index.column(), role)

    def _section_data(self, section: _Section, column: int, role: int) -> Any:
        spec = section.spec
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CODE:
                return spec.code
            if column == COL_TEXT:
                return spec.name
            if column == COL_POINTS:
                return number_text(spec.weight)
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_POINTS:
                return QCoreApplication.translate("ChecklistTreeModel", "Weight of the section")
            points = number_text(sum(i.max_points for i in section.items))
            if len(section.items) == 1:
                return QCoreApplication.translate(
                    "ChecklistTreeModel", "1 item, {0} points"
                ).format(points)
            return QCoreApplication.translate("ChecklistTreeModel", "{0} items, {1} points").format(
                len(section.items), points
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _item_data(self, item: ItemSpec, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CODE:
                return item.code
            if column == COL_TEXT:
                return item.text
            if column == COL_POINTS:
                return number_text(item.max_points)
            if column == COL_KIND:
                return self._kind_text(item)
            if column == COL_RULE:
                return rule_label(item.auto_rule) if item.auto_rule else ""
            return ""
        critical = item.critical in ("section", "all")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.text]
            if critical:
                lines.append(critical_label(item.critical))
            if item.guidance:
                lines.append(item.guidance)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and critical and column in (COL_CODE, COL_TEXT):
            return QBrush(_CRITICAL_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _kind_text(item: ItemSpec) -> str:
        label = kind_label(item.kind)
        if item.kind == "scale" and item.levels:
            return f"{label} {number_text(item.levels[0])}–{number_text(item.levels[-1])}"
        if item.kind == "deduction" and item.per_occurrence:
            return f"{label} −{number_text(item.per_occurrence)}"
        return label

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Sections are dropped between the top rows.
            return Qt.ItemFlag.ItemIsDropEnabled if self._editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if index.internalId() == 0:
                flags |= Qt.ItemFlag.ItemIsDropEnabled  # items are dropped into sections
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # --------------------------------------------------------------- drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        where = next((self.position(i) for i in indexes if i.isValid()), None)
        if where is None:
            return None
        section_row, item_row = where
        payload = {"section": self._sections[section_row].serial, "item": item_row}
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("ascii")))
        return data

    def _dragged(self, data: QMimeData) -> tuple[int, int | None] | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
            section_row = self._section_row(int(payload["section"]))
            item = payload.get("item")
            item_row = None if item is None else int(item)
        except (ValueError, KeyError, TypeError):
            return None
        if section_row < 0:
            return None
        if item_row is not None and not 0 <= item_row < len(self._sections[section_row].items):
            return None
        return section_row, item_row

    def _drop_target(
        self, dragged: tuple[int, int | None], row: int, parent: Index
    ) -> tuple[int, int] | None:
        """Where a drop lands: (section row, row) for an item, (-1, row) for a section."""
        _section_row, item_row = dragged
        target = self.position(parent)
        if item_row is None:
            if target is None:
                return -1, len(self._sections) if row < 0 else row
            if target[1] is None:  # onto a section: take its place
                return -1, target[0]
            return None
        if target is None:
            return None  # an item needs a section
        if target[1] is None:
            section_row = target[0]
            return section_row, len(self._sections[section_row].items) if row < 0 else row
        return target[0], target[1]  # onto an item: before it

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self._editable or action != Qt.DropAction.MoveAction:
            return False
        dragged = self._dragged(data)
        return dragged is not None and self._drop_target(dragged, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged row where it was dropped.

        Returns False even after moving: the view would otherwise remove the "source" rows
        of a move, which this model has already moved itself.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = self._dragged(data)
        assert dragged is not None
        target = self._drop_target(dragged, row, parent)
        assert target is not None
        section_row, item_row = dragged
        to_section, to_row = target
        if item_row is None:
            # ``to_row`` counts rows before the move; the model's moves count after it.
            self.move_section(section_row, to_row - 1 if to_row > section_row else to_row)
        else:
            same = to_section == section_row
            self.move_item(
                section_row,
                item_row,
                to_section,
                to_row - 1 if same and to_row > item_row else to_row,
            )
        return False
