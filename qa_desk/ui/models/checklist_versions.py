"""The checklists and their versions, as a tree: a checklist per top row, its versions
(newest first) below it.

The service hands over the whole list (an outlet has a handful of checklists); the view
receives the checklists ``CHUNK`` at a time through ``fetchMore`` all the same. Indexes carry
0 for a checklist row and the checklist's id for a version row, so a version finds its
parent without holding a Python object.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local
from qa_desk.services.checklists import ChecklistInfo, VersionInfo
from qa_desk.ui.models.checklist_labels import channel_label, status_label
from qa_desk.ui.models.formatting import format_date

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole  # the checklist's or version's id

_CONTEXT = "ChecklistVersionModel"
_COLUMNS = (
    QT_TRANSLATE_NOOP("ChecklistVersionModel", "Version"),
    QT_TRANSLATE_NOOP("ChecklistVersionModel", "Status"),
    QT_TRANSLATE_NOOP("ChecklistVersionModel", "Published"),
    QT_TRANSLATE_NOOP("ChecklistVersionModel", "Items"),
    QT_TRANSLATE_NOOP("ChecklistVersionModel", "Used"),
)
_TIPS = {
    4: QT_TRANSLATE_NOOP(
        "ChecklistVersionModel", "Inspections scored against the version (it can no longer change)"
    ),
}
COL_NAME, COL_STATUS, COL_PUBLISHED, COL_ITEMS, COL_INSPECTIONS = range(len(_COLUMNS))


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ChecklistVersionModel(QAbstractItemModel):
    CHUNK = 100

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz_name
        self._all: list[ChecklistInfo] = []
        self._shown = 0  # checklists handed to the view so far
        self._versions: dict[int, list[VersionInfo]] = {}  # checklist id -> newest first
        self._rows: dict[int, int] = {}  # checklist id -> row

    # --------------------------------------------------------------- contents
    def set_checklists(self, checklists: Sequence[ChecklistInfo]) -> None:
        self.beginResetModel()
        self._all = sorted(checklists, key=lambda c: (not c.active, c.name.casefold()))
        self._versions = {
            c.id: sorted(c.versions, key=lambda v: v.number, reverse=True) for c in self._all
        }
        self._rows = {c.id: row for row, c in enumerate(self._all)}
        self._shown = min(len(self._all), self.CHUNK)
        self.endResetModel()

    def checklists(self) -> list[ChecklistInfo]:
        return list(self._all)

    def checklist(self, checklist_id: int) -> ChecklistInfo | None:
        row = self._rows.get(checklist_id)
        return None if row is None else self._all[row]

    def checklist_at(self, index: Index) -> ChecklistInfo | None:
        """The checklist of a checklist row or of one of its version rows."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._all[index.row()]
        return self.checklist(index.internalId())

    def version_at(self, index: Index) -> VersionInfo | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        versions = self._versions.get(index.internalId(), [])
        return versions[index.row()] if 0 <= index.row() < len(versions) else None

    def version_index(self, version_id: int, column: int = 0) -> QModelIndex:
        """The row of a version, fetching checklists up to it; invalid when it is not listed."""
        for checklist in self._all:
            for row, version in enumerate(self._versions[checklist.id]):
                if version.id == version_id:
                    parent = self.checklist_index(checklist.id)
                    return self.index(row, column, parent) if parent.isValid() else QModelIndex()
        return QModelIndex()

    def checklist_index(self, checklist_id: int) -> QModelIndex:
        row = self._rows.get(checklist_id)
        if row is None:
            return QModelIndex()
        while row >= self._shown and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return self.index(row, 0, QModelIndex())

    def versions_of(self, checklist_id: int) -> list[VersionInfo]:
        """Oldest first."""
        return list(reversed(self._versions.get(checklist_id, [])))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(_COLUMNS) - 1))
            for checklist in self._all[: self._shown]:
                parent = self.checklist_index(checklist.id)
                count = len(self._versions[checklist.id])
                if count:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(count - 1, len(_COLUMNS) - 1, parent)
                    )

    # --------------------------------------------------------------- lazy fetching
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        end = min(self._shown + self.CHUNK, len(self._all))
        self.beginInsertRows(QModelIndex(), self._shown, end - 1)
        self._shown = end
        self.endInsertRows()

    # --------------------------------------------------------------- Qt interface
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < len(_COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < self._shown else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 or parent.row() >= self._shown:
            return QModelIndex()
        checklist = self._all[parent.row()]
        if row >= len(self._versions[checklist.id]):
            return QModelIndex()
        return self.createIndex(row, column, checklist.id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._rows.get(index.internalId())
        return QModelIndex() if row is None or row >= self._shown else self.createIndex(row, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._shown
        if parent.internalId() != 0 or parent.column() != 0 or parent.row() >= self._shown:
            return 0
        return len(self._versions[self._all[parent.row()].id])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in _TIPS:
            return _tr(_TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if not 0 <= index.row() < self._shown:
                return None
            return self._checklist_data(self._all[index.row()], index.column(), role)
        version = self.version_at(index)
        checklist = self.checklist(index.internalId())
        if version is None or checklist is None:
            return None
        return self._version_data(checklist, version, index.column(), role)

    def _checklist_data(self, checklist: ChecklistInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == COL_NAME:
            if not checklist.active:
                return QCoreApplication.translate("ChecklistVersionModel", "{0} (inactive)").format(
                    checklist.name
                )
            return checklist.name
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return f"{checklist.name}\n{channel_label(checklist.channel)}"
        if role == Qt.ItemDataRole.FontRole and column == COL_NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not checklist.active:
            return _disabled_brush()
        if role == ID_ROLE:
            return checklist.id
        return None

    def _version_data(
        self, checklist: ChecklistInfo, version: VersionInfo, column: int, role: int
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return QCoreApplication.translate("ChecklistVersionModel", "Version {0}").format(
                    version.number
                )
            if column == COL_STATUS:
                return status_label(version.status)
            if column == COL_PUBLISHED:
                return format_date(_local_date(version.published_at, self._tz))
            if column == COL_ITEMS:
                return str(version.item_count)
            if column == COL_INSPECTIONS:
                return str(version.inspections)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STATUS:
            if checklist.current is not None and checklist.current.id == version.id:
                return QCoreApplication.translate(
                    "ChecklistVersionModel", "The version inspections and automatic checks use now"
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ITEMS, COL_INSPECTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and version.status == "retired":
            return _disabled_brush()
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS:
            current = checklist.current is not None and checklist.current.id == version.id
            if version.status == "draft" or current:
                font = QFont()
                font.setItalic(version.status == "draft")
                font.setBold(current)
                return font
        if role == ID_ROLE:
            return version.id
        return None


def _disabled_brush() -> QBrush:
    return QBrush(
        QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    )


def _local_date(value: datetime | None, tz_name: str) -> date | None:
    return None if value is None else to_local(value, tz_name).date()
