"""The inspection list: a lazy table over InspectionService pages, newest first.

Only the pages scrolled to are held. The first page of a query is fetched off the GUI
thread; the following ones come in ``fetchMore``, keyset-paged by id (as cheap deep in the
list as at its top).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.services.actor import Actor
from qa_desk.services.inspections import InspectionFilter, InspectionRow
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.models.table import Column, Index, RowTableModel
from qa_desk.ui.widgets.record_text import channel_label

CONTEXT = "InspectionModel"
INSPECTION_ID_ROLE = Qt.ItemDataRole.UserRole

STATUSES = {
    "draft": QT_TRANSLATE_NOOP("InspectionModel", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("InspectionModel", "Submitted"),
    "reopened": QT_TRANSLATE_NOOP("InspectionModel", "Reopened"),
}
_PASS = QColor("#137a52")
_FAIL = QColor("#b42318")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    return _tr(STATUSES[status]) if status in STATUSES else status


def _when(row: InspectionRow) -> Any:
    return row.submitted_at or row.started_at


def _result(row: InspectionRow) -> str:
    if row.passed is None:
        return ""
    return (
        QCoreApplication.translate("InspectionModel", "Passed")
        if row.passed
        else QCoreApplication.translate("InspectionModel", "Failed")
    )


def _score(row: InspectionRow) -> str:
    return "" if row.score is None else f"{row.score:.1f}"


class InspectionModel(RowTableModel):
    """Rows are ``InspectionRow``s; ``load`` starts a new query, ``fetchMore`` pages on."""

    CONTEXT = CONTEXT
    PAGE = 200

    sig_loaded = Signal()
    """The first page of the current query arrived (the rows were replaced)."""
    sig_failed = Signal(str)
    """Fetching failed; the one-line reason."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        tz_name: str = DEFAULT_TIMEZONE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._tz_name = tz_name
        self._filter = InspectionFilter()
        self._exhausted = True
        self._loading = False
        self._fetching = False
        self._generation = 0
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("InspectionModel", "Date"),
                lambda r: format_datetime(_when(r), self._tz_name),
                tip=QT_TRANSLATE_NOOP(
                    "InspectionModel", "When it was submitted (drafts: when they were started)"
                ),
            ),
            Column(QT_TRANSLATE_NOOP("InspectionModel", "Record"), lambda r: r.record_external_id),
            Column(
                QT_TRANSLATE_NOOP("InspectionModel", "Channel"), lambda r: channel_label(r.channel)
            ),
            Column(QT_TRANSLATE_NOOP("InspectionModel", "Vendor"), lambda r: r.vendor),
            Column(QT_TRANSLATE_NOOP("InspectionModel", "Agent"), lambda r: r.agent or ""),
            Column(QT_TRANSLATE_NOOP("InspectionModel", "Inspector"), lambda r: r.inspector),
            Column(
                QT_TRANSLATE_NOOP("InspectionModel", "Checklist"),
                lambda r: f"{r.checklist_name} v{r.version_number}",
            ),
            Column(
                QT_TRANSLATE_NOOP("InspectionModel", "Status"), lambda r: status_label(r.status)
            ),
            Column(QT_TRANSLATE_NOOP("InspectionModel", "Score"), _score, numeric=True),
            Column(QT_TRANSLATE_NOOP("InspectionModel", "Result"), _result),
            Column(
                QT_TRANSLATE_NOOP("InspectionModel", "Critical"),
                lambda r: (
                    QCoreApplication.translate("InspectionModel", "Critical failure")
                    if r.critical_failed
                    else ""
                ),
                tip=QT_TRANSLATE_NOOP("InspectionModel", "A critical item failed"),
            ),
        )

    # --------------------------------------------------------------- queries
    @property
    def inspection_filter(self) -> InspectionFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self, flt: InspectionFilter | None = None) -> None:
        """Run the query again (with ``flt`` when given); the rows shown stay until the first
        page of the answer arrives."""
        if flt is not None:
            self._filter = flt
        self._generation += 1
        generation = self._generation
        self._loading = True
        services, actor, flt = self._services, self._actor, self._filter
        tasks.start(
            lambda _p, _c: services.inspections.list(actor, flt, limit=self.PAGE),
            on_finished=lambda rows: self._first_page(generation, rows),
            on_failed=lambda message: self._failed(generation, message),
            owner=self,
        )

    def _first_page(self, generation: int, rows: list[InspectionRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = len(rows) < self.PAGE
        self._fetching = True  # no fetching while receivers handle the reset
        try:
            self.endResetModel()
        finally:
            self._fetching = False
        self.sig_loaded.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.sig_failed.emit(message)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._loading
            and not self._fetching
            and bool(self._rows)
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        try:
            try:
                rows = self._services.inspections.list(
                    self._actor, self._filter, limit=self.PAGE, after=self._rows[-1].id
                )
            except Exception as error:  # called while painting: report, never raise
                self._exhausted = True
                self.sig_failed.emit(error_text(error))
                return
            self._exhausted = len(rows) < self.PAGE
            if rows:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    # --------------------------------------------------------------- rows
    def row_of(self, inspection_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == inspection_id), -1)

    def replace_row(self, row: InspectionRow) -> None:
        """Show a changed inspection (reopened) in place."""
        i = self.row_of(row.id)
        if i >= 0:
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: InspectionRow = self._rows[index.row()]
        if role == INSPECTION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 9 and row.passed is not None:
                return QBrush(_PASS if row.passed else _FAIL)
            if index.column() == 10 and row.critical_failed:
                return QBrush(_FAIL)
        return super().data(index, role)
