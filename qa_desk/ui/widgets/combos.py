"""Filling combo boxes with (text, data) choices without losing the user's selection."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox


def fill_combo(combo: QComboBox, choices: Iterable[tuple[str, Any]], select: Any = ...) -> None:
    """Replace the items; re-select ``select`` (default: the current data) when still offered.

    Emits ``currentIndexChanged`` once at the end only when the selected data changed.
    """
    previous = combo.currentData()
    wanted = previous if select is ... else select
    with QSignalBlocker(combo):
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        index = combo.findData(wanted) if wanted is not None else -1
        if index < 0 and wanted is None:
            index = next((i for i in range(combo.count()) if combo.itemData(i) is None), 0)
        combo.setCurrentIndex(max(index, 0))
    if combo.currentData() != previous:
        combo.currentIndexChanged.emit(combo.currentIndex())
