"""How the application's table views look and behave (one place, every list the same)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

MAX_FITTED_WIDTH = 360  # a long name or contact must not push the other columns off screen


def configure_table(view: QTableView, sortable: bool = True) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    view.setSortingEnabled(sortable)


def fit_columns(view: QTableView) -> None:
    """Widths from the header and the rows shown, capped; the last column takes the rest."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        width = header.sectionSize(column) + 16
        header.resizeSection(column, min(width, MAX_FITTED_WIDTH))
