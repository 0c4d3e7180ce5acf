"""The inspector's queue in the scoring workspace: the sampled records assigned to them and
not submitted yet, with why each was sampled (phrased by ``sampling_labels.reason_text``).

The queue is short (an inspector's assignments), so it comes whole from the service; the
record being scored is shown in bold.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.services.inspections import QueueItem
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.models.sampling_labels import reason_text
from qa_desk.ui.models.table import Column, Index, RowTableModel
from qa_desk.ui.widgets.record_text import channel_label

CONTEXT = "QueueModel"
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole

_STATUSES = {
    None: QT_TRANSLATE_NOOP("QueueModel", "New"),
    "draft": QT_TRANSLATE_NOOP("QueueModel", "Draft"),
    "reopened": QT_TRANSLATE_NOOP("QueueModel", "Reopened"),
    "submitted": QT_TRANSLATE_NOOP("QueueModel", "Submitted"),
}
_STATUS_COLOURS = {"draft": QColor("#1f5fbf"), "reopened": QColor("#8a5a00")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str | None) -> str:
    return _tr(_STATUSES.get(status, status or ""))


class QueueModel(RowTableModel):
    """Rows are ``QueueItem``s in queue order."""

    CONTEXT = CONTEXT

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz_name = tz_name
        self._current: int | None = None
        self.columns = (
            Column(QT_TRANSLATE_NOOP("QueueModel", "Record"), lambda q: q.record_external_id),
            Column(QT_TRANSLATE_NOOP("QueueModel", "Status"), lambda q: status_label(q.status)),
        )

    def set_items(self, items: Iterable[QueueItem], current: int | None = None) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self._current = current
        self.endResetModel()

    def set_current(self, sample_item_id: int | None) -> None:
        """Show this item as the one being scored."""
        if sample_item_id == self._current:
            return
        changed = [self.row_of(i) for i in (self._current, sample_item_id) if i is not None]
        self._current = sample_item_id
        for row in changed:
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def update(self, sample_item_id: int, inspection_id: int | None, status: str | None) -> None:
        """The item's inspection was opened (or changed status) meanwhile."""
        row = self.row_of(sample_item_id)
        if row >= 0:
            self._rows[row] = replace(self._rows[row], inspection_id=inspection_id, status=status)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    @property
    def current(self) -> int | None:
        return self._current

    def items(self) -> list[QueueItem]:
        return list(self._rows)

    def item_at(self, row: int) -> QueueItem:
        return self._rows[row]

    def row_of(self, sample_item_id: int | None) -> int:
        return next((i for i, q in enumerate(self._rows) if q.sample_item_id == sample_item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item: QueueItem = self._rows[index.row()]
        if role == ITEM_ID_ROLE:
            return item.sample_item_id
        if role == Qt.ItemDataRole.FontRole and item.sample_item_id == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            colour = _STATUS_COLOURS.get(item.status or "")
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item)
        return super().data(index, role)

    def tooltip(self, item: QueueItem) -> str:
        agent = f" · {item.agent}" if item.agent else ""
        lines = [
            f"{item.record_external_id} · {channel_label(item.channel)} · {item.vendor}{agent}",
            format_datetime(item.started_at, self._tz_name),
        ]
        why = reason_text(item.reason)
        if why:
            lines.append(QCoreApplication.translate("QueueModel", "Sampled: {0}").format(why))
        return "\n".join(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
