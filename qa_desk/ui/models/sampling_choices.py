"""A list of choices the user ticks: vendors, teams, agents, categories, flags, inspectors.

The sampling plan editor filters its population by several vendors, teams or agents at once
and assigns to several inspectors; each of those lists is one of these models, shown with
check boxes. Rows are (text, key) pairs; the ticked keys are what the plan stores.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

from qa_desk.ui.models.table import Index


class ChoiceListModel(QAbstractListModel):
    """Checkable (text, key) rows; ``checked_keys`` in row order."""

    sig_checked_changed = Signal()
    """The set of ticked keys changed (by the user or by ``set_checked``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Hashable]] = []
        self._tips: dict[Hashable, str] = {}
        self._checked: set[Hashable] = set()

    # --------------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, key = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = key in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(key)
        if role == Qt.ItemDataRole.UserRole:
            return key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        key = self._rows[index.row()][1]
        # Views hand over the state as an enum or, from delegates, as its int value.
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        on = state == Qt.CheckState.Checked.value
        if on == (key in self._checked):
            return True
        if on:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_checked_changed.emit()
        return True

    # --------------------------------------------------------------- for widgets
    def set_choices(
        self,
        choices: Iterable[tuple[str, Hashable]],
        tips: dict[Hashable, str] | None = None,
    ) -> None:
        """Replace the rows; ticked keys that are still offered stay ticked."""
        before = self.checked_keys()
        self.beginResetModel()
        self._rows = list(choices)
        self._tips = dict(tips or {})
        offered = {key for _text, key in self._rows}
        self._checked &= offered
        self.endResetModel()
        if self.checked_keys() != before:
            self.sig_checked_changed.emit()

    def set_checked(self, keys: Iterable[Hashable]) -> None:
        """Tick exactly ``keys`` (those not offered are ignored)."""
        offered = {key for _text, key in self._rows}
        wanted = set(keys) & offered
        if wanted == self._checked:
            return
        self._checked = wanted
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.sig_checked_changed.emit()

    def checked_keys(self) -> tuple[Hashable, ...]:
        """The ticked keys, in the order of the rows."""
        return tuple(key for _text, key in self._rows if key in self._checked)

    def checked_texts(self) -> list[str]:
        return [text for text, key in self._rows if key in self._checked]

    def keys(self) -> list[Hashable]:
        return [key for _text, key in self._rows]

    def text_of(self, key: Hashable) -> str | None:
        return next((text for text, k in self._rows if k == key), None)

    def row_of(self, key: Hashable) -> int:
        return next((i for i, (_text, k) in enumerate(self._rows) if k == key), -1)

    def choices(self) -> Sequence[tuple[str, Hashable]]:
        return tuple(self._rows)
