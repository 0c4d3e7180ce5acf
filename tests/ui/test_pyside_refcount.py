"""Guard for the PySide6 pin (DESIGN §9): no Qt call may leak away references to ``None``.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on each of the calls below;
the interpreter then aborts with ``Fatal Python error: none_dealloc``. Each call here runs
often enough (a 100 × 9 table) that such a bug shows as a large drop, far beyond the few
references ordinary bookkeeping may take or release. Bump the pin only when this passes.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

ROWS, COLUMNS = 100, 9
# Bookkeeping noise is a handful of references; the bug costs one per call (900 for a table).
TOLERANCE = 20

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: it cannot be freed"
)


def none_refs_lost(action: Callable[[], object]) -> int:
    # Garbage left by earlier tests, freed by a collection in the middle of ``action``, would
    # release its references to None and look like a leak: collect first, then hold the
    # collector off while measuring.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        action()
        return before - sys.getrefcount(None)
    finally:
        gc.enable()


def test_table_widget_set_item(qtbot: QtBot) -> None:
    table = QTableWidget(ROWS, COLUMNS)
    qtbot.addWidget(table)

    def fill() -> None:
        for row in range(ROWS):
            for column in range(COLUMNS):
                table.setItem(row, column, QTableWidgetItem(f"{row}:{column}"))

    assert none_refs_lost(fill) < TOLERANCE
    assert table.item(ROWS - 1, COLUMNS - 1).text() == f"{ROWS - 1}:{COLUMNS - 1}"


def test_standard_item_model_append_row_and_set_item(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, COLUMNS)

    def fill() -> None:
        for row in range(ROWS):
            model.appendRow([QStandardItem(f"{row}:{c}") for c in range(COLUMNS)])
        for row in range(ROWS):
            model.setItem(row, 0, QStandardItem(f"again {row}"))

    assert none_refs_lost(fill) < TOLERANCE
    assert model.rowCount() == ROWS and model.item(ROWS - 1, 0).text() == f"again {ROWS - 1}"


def test_list_and_tree_widgets(qtbot: QtBot) -> None:
    items = QListWidget()
    tree = QTreeWidget()
    tree.setColumnCount(COLUMNS)
    qtbot.addWidget(items)
    qtbot.addWidget(tree)

    def fill() -> None:
        for row in range(ROWS * COLUMNS):
            items.addItem(QListWidgetItem(str(row)))
        for row in range(ROWS):
            tree.addTopLevelItem(QTreeWidgetItem([f"{row}:{c}" for c in range(COLUMNS)]))

    assert none_refs_lost(fill) < TOLERANCE
    assert items.count() == ROWS * COLUMNS and tree.topLevelItemCount() == ROWS


def test_central_widget_add_widget_and_set_model(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    model = QStandardItemModel(ROWS, COLUMNS)
    views = [QTableView() for _ in range(ROWS)]

    def build() -> None:
        for _ in range(ROWS):
            window.setCentralWidget(QWidget())
        window.setCentralWidget(stack)
        for view in views:
            stack.addWidget(view)
            view.setModel(model)

    assert none_refs_lost(build) < TOLERANCE
    assert stack.count() == ROWS and views[-1].model() is model
