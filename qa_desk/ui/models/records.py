"""The record list: a lazy table over RecordService pages, sorted and filtered in SQL.

Only the pages scrolled to are held. The first page of a query is fetched off the GUI thread
(a text search can take a moment); the following ones come synchronously in ``fetchMore``,
which keyset paging makes as cheap at the millionth record as at the first. Sorting asks
the database again with the column's sort key, never sorts the loaded rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt, Signal

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.services.actor import Actor
from qa_desk.services.records import RecordFilter, RecordPage, RecordRow
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.models.table import Column, Index, RowTableModel
from qa_desk.ui.widgets.record_text import EMPTY_STAR, FULL_STAR, channel_label, format_duration

CONTEXT = "RecordModel"
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class RecordColumn:
    """A column of the list, by name, and the service's sort key for it (None: unsortable)."""

    name: str
    column: Column
    sort_key: str | None


def _stars(csat: int | None) -> str:
    if csat is None or csat <= 0:
        return ""
    filled = min(csat, 5)
    return FULL_STAR * filled + EMPTY_STAR * (5 - filled)


def _agent(row: RecordRow) -> str:
    return " ".join(p for p in (row.agent_employee_id, row.agent_name) if p)


def _size(row: RecordRow) -> str:
    """Lines of the conversation, and how long it took."""
    if row.duration_s is None:
        return str(row.message_count)
    return f"{row.message_count} · {format_duration(row.duration_s)}"


def _optional_duration(seconds: float | None) -> str:
    return "" if seconds is None else format_duration(seconds)


class RecordModel(RowTableModel):
    """Rows are ``RecordRow``s; ``load`` starts a new query, ``fetchMore`` pages on."""

    CONTEXT = CONTEXT
    PAGE = 200

    sig_loaded = Signal()
    """The first page of the current query arrived (the rows were replaced)."""
    sig_fetched = Signal()
    """More rows were appended (or the end of the list was reached)."""
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
        self._filter = RecordFilter()
        self._sort = "started_at"
        self._descending = True
        self._after: tuple[Any, ...] | None = None
        self._exhausted = True
        self._loading = False
        self._fetching = False
        self._generation = 0  # answers to superseded queries are dropped
        self._flag_labels: dict[str, str] = {}  # rule key → item text or flag label
        self.specs = (
            RecordColumn(
                "time",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "Time"),
                    lambda r: format_datetime(r.started_at, self._tz_name),
                ),
                "started_at",
            ),
            RecordColumn(
                "channel",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "Channel"), lambda r: channel_label(r.channel)
                ),
                None,
            ),
            RecordColumn(
                "vendor",
                Column(QT_TRANSLATE_NOOP("RecordModel", "Vendor"), lambda r: r.vendor_code),
                "vendor",
            ),
            RecordColumn(
                "agent", Column(QT_TRANSLATE_NOOP("RecordModel", "Agent"), _agent), "agent"
            ),
            RecordColumn(
                "category",
                Column(QT_TRANSLATE_NOOP("RecordModel", "Category"), lambda r: r.category or ""),
                "category",
            ),
            RecordColumn(
                "csat",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "Satisfaction"),
                    lambda r: _stars(r.csat),
                    tip=QT_TRANSLATE_NOOP("RecordModel", "The customer's rating, 1 to 5 stars"),
                ),
                "csat",
            ),
            RecordColumn(
                "flags",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "Flags"),
                    lambda r: "; ".join(self.flag_texts(r)),
                    tip=QT_TRANSLATE_NOOP(
                        "RecordModel", "Automatic checks that failed or flagged the record"
                    ),
                ),
                None,
            ),
            RecordColumn(
                "first_response",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "First response"),
                    lambda r: _optional_duration(r.first_response_s),
                    numeric=True,
                    tip=QT_TRANSLATE_NOOP(
                        "RecordModel", "How long the customer waited for the agent's first reply"
                    ),
                ),
                "first_response_s",
            ),
            RecordColumn(
                "size",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "Lines · duration"),
                    _size,
                    numeric=True,
                    tip=QT_TRANSLATE_NOOP(
                        "RecordModel",
                        "Messages of a chat or utterances of a call, and how long it lasted",
                    ),
                ),
                "message_count",
            ),
            RecordColumn(
                "waybill",
                Column(QT_TRANSLATE_NOOP("RecordModel", "Waybill"), lambda r: r.waybill_no or ""),
                None,
            ),
            RecordColumn(
                "customer",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "Customer"), lambda r: r.customer_ref or ""
                ),
                None,
            ),
            RecordColumn(
                "external_id",
                Column(
                    QT_TRANSLATE_NOOP("RecordModel", "Conversation ID"),
                    lambda r: r.external_id,
                    tip=QT_TRANSLATE_NOOP("RecordModel", "The id the service platform gave it"),
                ),
                "external_id",
            ),
        )
        self.columns = tuple(spec.column for spec in self.specs)

    # --------------------------------------------------------------- flags
    def set_flag_labels(self, labels: dict[str, str]) -> None:
        """Show the automatic checks by these names (rule key → label), in this order."""
        if labels == self._flag_labels:
            return
        self._flag_labels = dict(labels)
        if self._rows:
            column = self.column_index("flags")
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._rows) - 1, column),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )

    def flag_texts(self, row: RecordRow) -> list[str]:
        """The record's flags by name, in the checklist's order (unknown keys last)."""
        labels = self._flag_labels
        order = {key: i for i, key in enumerate(labels)}
        keys = sorted(row.flags, key=lambda k: (order.get(k, len(order)), k))
        return [labels.get(k, k) for k in keys]

    # --------------------------------------------------------------- queries
    @property
    def record_filter(self) -> RecordFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        return self._loading

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted by and the direction (for the header)."""
        column = next(i for i, s in enumerate(self.specs) if s.sort_key == self._sort)
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def column_index(self, name: str) -> int:
        return next(i for i, s in enumerate(self.specs) if s.name == name)

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.specs) and self.specs[column].sort_key is not None

    def load(self, flt: RecordFilter | None = None) -> None:
        """Run the query again (with ``flt`` when given); the rows shown stay until the first
        page of the new answer arrives, then are replaced at once."""
        if flt is not None:
            self._filter = flt
        self._generation += 1
        generation = self._generation
        self._loading = True
        services, actor = self._services, self._actor
        flt, sort, descending = self._filter, self._sort, self._descending

        def first_page(_progress: object, _cancelled: object) -> RecordPage:
            return services.records.page(
                actor, flt, sort=sort, descending=descending, limit=self.PAGE
            )

        tasks.start(
            first_page,
            on_finished=lambda page: self._first_page(generation, page),
            on_failed=lambda message: self._failed(generation, message),
            owner=self,
        )

    def _first_page(self, generation: int, page: RecordPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.beginResetModel()
        self._rows = list(page.rows)
        self._after = page.next_after
        self._exhausted = page.next_after is None
        # Receivers of modelReset must not start inserting rows while others still handle
        # the reset: fetching waits until the announcement is over.
        self._fetching = True
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
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        # Receivers of the row signals (views, testers) may ask for more from inside them:
        # one fetch at a time keeps the pages in order.
        self._fetching = True
        try:
            self._fetch_next()
        finally:
            self._fetching = False

    def _fetch_next(self) -> None:
        try:
            page = self._services.records.page(
                self._actor,
                self._filter,
                sort=self._sort,
                descending=self._descending,
                after=self._after,
                limit=self.PAGE,
            )
        except Exception as error:  # the view calls this while painting: report, never raise
            self._exhausted = True
            self.sig_failed.emit(error_text(error))
            return
        self._after = page.next_after
        self._exhausted = page.next_after is None
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.sig_fetched.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the rows in this order (unsortable columns are ignored)."""
        if not self.is_sortable(column):
            return
        sort_key = self.specs[column].sort_key
        assert sort_key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort_key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = sort_key, descending
        self.load()

    # --------------------------------------------------------------- rows
    def record_at(self, row: int) -> RecordRow:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        """The row showing ``record_id`` among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row: RecordRow = self._rows[index.row()]
        if role == RECORD_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        return super().data(index, role)

    def _tooltip(self, row: RecordRow, column: int) -> str | None:
        spec = self.specs[column]
        if spec.sort_key == "csat":
            if row.csat is None:
                return QCoreApplication.translate("RecordModel", "Not rated")
            return QCoreApplication.translate("RecordModel", "{0} of 5").format(row.csat)
        if spec.sort_key == "agent" and row.team_name:
            return QCoreApplication.translate("RecordModel", "Team: {0}").format(row.team_name)
        if spec.name == "flags" and row.flags:
            return "\n".join(self.flag_texts(row))
        return None
