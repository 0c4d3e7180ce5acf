"""Records: every imported chat and call, filtered, sorted and searched, read beside the list.

The list is a lazy model over the record service (a million records open as fast as a
hundred). Filters apply as they change; the search box on Enter. The selected record shows
in a RecordView on the right, with its automatic checks (fetched in the background). Opening
the page (and every import) brings the text search index up to date in the background;
searches are complete meanwhile all the same.

The Flags column and the "Flagged by" filter show what the automatic checks of the active
checklist versions failed or flagged, by the checklist's own words (item text, flag label);
they appear once such results exist. "Run automatic checks" checks what is not checked yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QStyle, QWidget

from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.roles import Permission
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local, utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.organisation import AgentInfo, TeamInfo, VendorInfo
from qa_desk.services.records import RecordFilter
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.forms.ui_records_page import Ui_RecordsPage
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.formatting import date_pattern, from_qdate, outlet_timezone, to_qdate
from qa_desk.ui.models.records import RecordModel
from qa_desk.ui.pages.base import Page
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.autocheck_runner import AutoCheckRunner
from qa_desk.ui.widgets.combos import fill_combo
from qa_desk.ui.widgets.record_text import FULL_STAR
from qa_desk.ui.widgets.record_view import RecordView
from qa_desk.ui.widgets.tables import MAX_FITTED_WIDTH, configure_table

if TYPE_CHECKING:
    from qa_desk.services.autocheck import RecordCheck, RuleLabel

# Progress text of the record service shown here, for the ServiceMessages catalogue.
_SERVICE_MESSAGES = (QT_TRANSLATE_NOOP("ServiceMessages", "Indexing records for search"),)

_SATISFACTION: tuple[tuple[str, tuple[int, ...]], ...] = (
    (QT_TRANSLATE_NOOP("RecordsPage", "Low (1–2)"), (1, 2)),
    (QT_TRANSLATE_NOOP("RecordsPage", "No rating"), (0,)),
)
# Waits before acting on input that comes in bursts (typing a date, holding an arrow key).
_DATE_DELAY_MS = 400
_DETAIL_DELAY_MS = 60
_VIEW_SHARE = 0.4  # of the width, for the record view
_FIT_ROWS = 40  # rows measured when fitting the columns to their contents
# The flag filter's choice "any automatic flag" (other choices carry a rule key).
ANY_FLAG = "\x00any"


def flag_label_map(labels: list[RuleLabel]) -> dict[str, str]:
    """Rule key → what users call it, in checklist order. A key two active checklists
    share with different texts shows both ("A / B")."""
    found: dict[str, list[str]] = {}
    for label in labels:
        texts = found.setdefault(label.key, [])
        text = label.label or label.key
        if text not in texts:
            texts.append(text)
    return {key: " / ".join(texts) for key, texts in found.items()}


@dataclass(frozen=True)
class _Choices:
    """What the filters offer, fetched off the GUI thread."""

    vendors: list[VendorInfo]
    teams: list[TeamInfo]
    agents: list[AgentInfo]
    categories: list[str]
    rules: list[str]  # rule keys with failed or flagged records (active versions)
    labels: dict[str, str]  # rule key → item text or flag label, in checklist order


class RecordsPage(Page):
    PAGE_ID = "records"

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_RecordsPage()
        self.ui.setupUi(self)
        settings = UiSettings()
        self._outlet_tz = outlet_timezone(services)
        display_tz = settings.get("display/timezone") or self._outlet_tz or DEFAULT_TIMEZONE
        self.model = RecordModel(services, actor, display_tz, self)
        self._vendors: list[VendorInfo] = []
        self._teams: list[TeamInfo] = []
        self._agents: list[AgentInfo] = []
        self._categories: list[str] = []
        self._rules: list[str] = []
        self._labels: dict[str, str] = {}
        self._checks_generation = 0
        self._text: str | None = None  # the search applied (typing alone applies nothing)
        self._count_generation = 0
        self._count: int | None = None
        self._shown_id: int | None = None
        self._index_task: tasks.Task | None = None
        self._fitted = False
        self._sized = False
        self._filling = False  # while choices are refilled, their changes query nothing
        self._after_first_rows = False  # choices and index catch-up wait for the first rows
        self._choices_task: tasks.Task | None = None

        table = self.ui.recordTable
        table.setModel(self.model)
        configure_table(table, sortable=False)
        header = table.horizontalHeader()
        header.setSortIndicator(*self.model.sort_state())
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.setColumnHidden(self.model.column_index("flags"), True)

        self.record_view = RecordView.from_settings(settings, self.ui.splitter)
        self.ui.splitter.addWidget(self.record_view)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

        pattern = date_pattern()
        for edit in (self.ui.dateFrom, self.ui.dateTo):
            edit.setDisplayFormat(pattern)
        today = self._today()
        self.ui.dateFrom.setDate(to_qdate(today - timedelta(days=6)))
        self.ui.dateTo.setDate(to_qdate(today))
        self._set_period_enabled(False)
        self._fill_fixed_choices()

        self._date_timer = QTimer(self, singleShot=True, interval=_DATE_DELAY_MS)
        self._date_timer.timeout.connect(self.apply_filters)
        self._detail_timer = QTimer(self, singleShot=True, interval=_DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current)

        self.ui.periodCheck.toggled.connect(self._period_toggled)
        self.ui.dateFrom.dateChanged.connect(lambda _d: self._date_timer.start())
        self.ui.dateTo.dateChanged.connect(lambda _d: self._date_timer.start())
        self.ui.todayButton.clicked.connect(lambda: self.set_period(0))
        self.ui.weekButton.clicked.connect(lambda: self.set_period(6))
        self.ui.monthButton.clicked.connect(lambda: self.set_period(29))
        self.ui.vendorFilter.currentIndexChanged.connect(self._vendor_changed)
        self.ui.teamFilter.currentIndexChanged.connect(self._team_changed)
        for combo in (
            self.ui.agentFilter,
            self.ui.channelFilter,
            self.ui.categoryFilter,
            self.ui.csatFilter,
            self.ui.flagFilter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.ui.searchEdit.returnPressed.connect(self._search)
        self.ui.searchEdit.textChanged.connect(self._search_text_changed)
        self.ui.clearFilters.clicked.connect(self.clear_filters)
        table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._detail_timer.start()
        )
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_fetched.connect(self._update_count_label)
        self.model.sig_failed.connect(self._failed)

        window = self.window()
        imported = getattr(window, "sig_records_imported", None)
        if imported is not None:
            imported.connect(lambda _result: self.records_changed())
        # The main window's runner (shared with its Tools menu and automatic re-runs), or
        # the page's own when it stands alone.
        runner = getattr(window, "autocheck", None)
        if not isinstance(runner, AutoCheckRunner):
            runner = AutoCheckRunner(services, actor, self)
        self.autocheck = runner
        self.ui.runChecksButton.setVisible(runner.can_run())
        self.ui.runChecksButton.setEnabled(not runner.running)
        self.ui.runChecksButton.clicked.connect(self.run_checks)
        runner.sig_started.connect(lambda: self.ui.runChecksButton.setEnabled(False))
        runner.sig_idle.connect(lambda: self.ui.runChecksButton.setEnabled(True))
        runner.sig_finished.connect(lambda _summary: self.checks_changed())
        self._update_count_label()

    # --------------------------------------------------------------- data
    def refresh(self) -> None:
        """Reload the list; then the filter choices and the search index catch-up.

        The choices (every agent of every vendor) and the index catch-up wait until the
        first rows are on screen, so the list appears as fast as it can.
        """
        self._after_first_rows = True
        self.apply_filters()

    def records_changed(self) -> None:
        """Records were imported: index them for search, show them."""
        self.refresh()

    def checks_changed(self) -> None:
        """The automatic checks ran: new flags, filter choices and the shown record's checks."""
        self.refresh()
        if self._shown_id is not None and self.record_view.detail is not None:
            self._load_checks(self._shown_id)

    def run_checks(self) -> None:
        """Run the automatic checks behind a progress dialog (the list refreshes after)."""
        window = self.window()
        run = getattr(window, "run_autochecks", None)
        if callable(run) and getattr(window, "autocheck", None) is self.autocheck:
            run()
        elif not self.autocheck.run(self):
            self.sig_status.emit(self.tr("The automatic checks are already running."))

    def is_busy(self) -> bool:
        """Whether the list, its count or the filter choices are still being fetched."""
        return (
            self.model.loading
            or self._count is None
            or self._after_first_rows
            or self._choices_task is not None
        )

    def _first_rows_shown(self) -> None:
        if not self._after_first_rows:
            return
        self._after_first_rows = False
        self._load_choices()
        self.update_search_index()

    def _load_choices(self) -> None:
        """Fetch the vendors, teams, agents, categories and rules to choose from."""
        if self._choices_task is not None:
            return
        services, actor = self.services, self.actor

        def fetch(_progress: object, _cancelled: object) -> _Choices:
            org, records = services.org, services.records
            organised = actor.can(Permission.READ_ORGANISATION)
            rules = records.flag_rules(actor)
            labels: dict[str, str] = {}
            if rules and actor.can(Permission.READ_CHECKLISTS):
                labels = flag_label_map(services.autocheck.flag_labels(actor))
            return _Choices(
                vendors=org.vendors(actor) if organised else [],
                teams=org.teams(actor) if organised else [],
                agents=org.agents(actor) if organised else [],
                categories=records.categories(actor),
                rules=rules,
                labels=labels,
            )

        self._choices_task = tasks.start(
            fetch, on_finished=self._choices_loaded, on_failed=self._choices_failed
        )

    def _choices_loaded(self, choices: _Choices) -> None:
        self._choices_task = None
        self._vendors, self._teams, self._agents = choices.vendors, choices.teams, choices.agents
        self._categories, self._rules = choices.categories, choices.rules
        self._labels = choices.labels
        self.model.set_flag_labels(self._labels)
        self._filling = True
        try:
            self._fill_vendors()
            self._fill_teams()
            self._fill_agents()
            self._fill_lists()
        finally:
            self._filling = False
        # Until the automatic checks failed or flagged something, no flag filter or column.
        for widget in (self.ui.flagLabel, self.ui.flagFilter):
            widget.setVisible(bool(self._rules))
        flags_column = self.model.column_index("flags")
        appeared = self._rules and self.ui.recordTable.isColumnHidden(flags_column)
        self.ui.recordTable.setColumnHidden(flags_column, not self._rules)
        if appeared and self.model.rowCount():
            self._fit_columns()  # its width was fitted to nothing while it was hidden
        # A chosen team, agent or category may be gone: the list must follow the controls.
        if self.current_filter() != self.model.record_filter:
            self.apply_filters()
        else:
            self._update_count_label()

    def _choices_failed(self, message: str) -> None:
        self._choices_task = None
        self.sig_status.emit(message)  # already in the UI language (tasks use error_text)

    def _fill_vendors(self) -> None:
        scoped = self.actor.is_vendor_scoped
        choices = [] if scoped else [(self.tr("All vendors"), None)]
        choices += [(f"{v.code} {v.name}", v.id) for v in self._vendors]
        fill_combo(self.ui.vendorFilter, choices)
        # A supervisor's list is their vendor's, whatever is chosen: nothing to choose.
        self.ui.vendorFilter.setEnabled(not scoped)

    def _fill_teams(self) -> None:
        vendor_id = self.ui.vendorFilter.currentData()
        teams = [t for t in self._teams if vendor_id is None or t.vendor_id == vendor_id]
        several_vendors = vendor_id is None and len(self._vendors) > 1
        choices = [(self.tr("All teams"), None)] + [
            (f"{t.vendor_code} · {t.name}" if several_vendors else t.name, t.id) for t in teams
        ]
        fill_combo(self.ui.teamFilter, choices)

    def _fill_agents(self) -> None:
        vendor_id = self.ui.vendorFilter.currentData()
        team_id = self.ui.teamFilter.currentData()
        agents = [
            a
            for a in self._agents
            if (vendor_id is None or a.vendor_id == vendor_id)
            and (team_id is None or a.team_id == team_id)
        ]
        choices = [(self.tr("All agents"), None)] + [
            (f"{a.employee_id} {a.name}", a.id) for a in agents
        ]
        fill_combo(self.ui.agentFilter, choices)

    def _fill_lists(self) -> None:
        fill_combo(
            self.ui.categoryFilter,
            [(self.tr("All categories"), None)] + [(c, c) for c in self._categories],
        )
        # The checklist's order (items, then flag rules); keys it no longer names last.
        order = {key: i for i, key in enumerate(self._labels)}
        rules = sorted(self._rules, key=lambda r: (order.get(r, len(order)), r))
        fill_combo(
            self.ui.flagFilter,
            [(self.tr("Any or none"), None), (self.tr("Any automatic flag"), ANY_FLAG)]
            + [(self._labels.get(r, r), r) for r in rules],
        )

    def _fill_fixed_choices(self) -> None:
        fill_combo(
            self.ui.channelFilter,
            [
                (self.tr("Chats and calls"), None),
                (self.tr("Chats"), "chat"),
                (self.tr("Calls"), "call"),
            ],
        )
        csat: list[tuple[str, Any]] = [(self.tr("Any"), None)]
        csat += [(FULL_STAR * n, (n,)) for n in range(5, 0, -1)]
        csat += [(QCoreApplication.translate("RecordsPage", t), v) for t, v in _SATISFACTION]
        fill_combo(self.ui.csatFilter, csat)

    # --------------------------------------------------------------- filters
    def current_filter(self) -> RecordFilter:
        """The filter the controls describe (the search as last applied with Enter)."""
        date_from = date_to = None
        if self.ui.periodCheck.isChecked():
            date_from = from_qdate(self.ui.dateFrom.date())
            date_to = from_qdate(self.ui.dateTo.date())
            if date_from > date_to:
                date_from, date_to = date_to, date_from
        vendor = self.ui.vendorFilter.currentData()
        team = self.ui.teamFilter.currentData()
        agent = self.ui.agentFilter.currentData()
        category = self.ui.categoryFilter.currentData()
        flag = self.ui.flagFilter.currentData() if self._rules else None
        any_flag = flag == ANY_FLAG
        return RecordFilter(
            date_from=date_from,
            date_to=date_to,
            vendor_ids=(vendor,) if vendor is not None else (),
            team_ids=(team,) if team is not None else (),
            agent_ids=(agent,) if agent is not None else (),
            channel=self.ui.channelFilter.currentData(),
            categories=(category,) if category is not None else (),
            csat=self.ui.csatFilter.currentData() or (),
            text=self._text,
            flags=(flag,) if flag and not any_flag else (),
            any_flag=any_flag,
        )

    def apply_filters(self) -> None:
        """Query the list and its count again for the current filter."""
        self._date_timer.stop()
        if self._filling:
            return
        flt = self.current_filter()
        self.model.load(flt)
        self._count = None
        self._count_generation += 1
        generation = self._count_generation
        services, actor = self.services, self.actor
        tasks.start(
            lambda _p, _c: services.records.count(actor, flt),
            on_finished=lambda n: self._counted(generation, n),
            on_failed=lambda _message: None,  # the list reports the same failure
            owner=self,
        )
        self._update_count_label()

    def set_period(self, days_back: int) -> None:
        """Quick periods: today, or today and ``days_back`` days before (outlet dates)."""
        today = self._today()
        for edit, value in (
            (self.ui.dateFrom, today - timedelta(days=days_back)),
            (self.ui.dateTo, today),
        ):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)
        if self.ui.periodCheck.isChecked():
            self.apply_filters()
        else:
            self.ui.periodCheck.setChecked(True)  # applies through _period_toggled

    def clear_filters(self) -> None:
        for combo in (
            self.ui.teamFilter,
            self.ui.agentFilter,
            self.ui.channelFilter,
            self.ui.categoryFilter,
            self.ui.csatFilter,
            self.ui.flagFilter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if self.ui.vendorFilter.isEnabled():
            self.ui.vendorFilter.blockSignals(True)
            self.ui.vendorFilter.setCurrentIndex(0)
            self.ui.vendorFilter.blockSignals(False)
            self._fill_teams()
            self._fill_agents()
        self.ui.periodCheck.blockSignals(True)
        self.ui.periodCheck.setChecked(False)
        self.ui.periodCheck.blockSignals(False)
        self._set_period_enabled(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self._text = None
        self.apply_filters()

    def _today(self) -> date:
        return to_local(utcnow(), self._outlet_tz).date()

    def _set_period_enabled(self, on: bool) -> None:
        for widget in (self.ui.dateFrom, self.ui.dateDash, self.ui.dateTo):
            widget.setEnabled(on)

    def _period_toggled(self, on: bool) -> None:
        self._set_period_enabled(on)
        self.apply_filters()

    def _vendor_changed(self, _index: int) -> None:
        self._fill_teams()
        self._fill_agents()
        self.apply_filters()

    def _team_changed(self, _index: int) -> None:
        self._fill_agents()
        self.apply_filters()

    def _search(self) -> None:
        text = self.ui.searchEdit.text().strip() or None
        self._text = text
        self.apply_filters()

    def _search_text_changed(self, text: str) -> None:
        # Emptying the box (its clear button) shows everything again without Enter.
        if not text.strip() and self._text is not None:
            self._text = None
            self.apply_filters()

    # --------------------------------------------------------------- list
    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # Only columns the database can sort by take the indicator.
            header = self.ui.recordTable.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self.model.sort_state())
            header.blockSignals(False)

    def _loaded(self) -> None:
        table = self.ui.recordTable
        if not self._fitted and self.model.rowCount():
            self._fit_columns()
            self._fitted = True
        row = self.model.row_of(self._shown_id) if self._shown_id is not None else -1
        if row >= 0:
            table.selectRow(row)  # the same record: the view keeps showing it
        else:
            self._shown_id = None
            if self.record_view.detail is not None:
                self.record_view.clear()
        self._update_count_label()
        QTimer.singleShot(0, self._first_rows_shown)  # after this paint

    def _fit_columns(self) -> None:
        """Widths from the header and the first rows' text, capped; the last column takes
        the rest. Measured with the font directly: asking every cell's delegate for its
        size (resizeColumnsToContents) costs more than fetching the page."""
        table, model = self.ui.recordTable, self.model
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        rows = min(model.rowCount(), _FIT_ROWS)
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 14
        for column in range(model.columnCount() - 1):
            texts = (model.index(r, column).data() or "" for r in range(rows))
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            width = max(widest + padding, header.sectionSizeHint(column))
            header.resizeSection(column, min(width, MAX_FITTED_WIDTH))

    def _counted(self, generation: int, count: int) -> None:
        if generation == self._count_generation:
            self._count = count
            self._update_count_label()

    def _update_count_label(self) -> None:
        label = self.ui.countLabel
        if self.model.loading and self._count is None:
            label.setText(self.tr("Searching…") if self._text else self.tr("Loading…"))
            return
        if self._count is None:
            shown = self.model.rowCount()
            label.setText(self.tr("Counting… ({0} shown)").format(QLocale().toString(shown)))
        elif self._count == 1:
            label.setText(self.tr("1 record"))
        else:
            label.setText(self.tr("{0} records").format(QLocale().toString(self._count)))

    def _failed(self, message: str) -> None:
        self.ui.countLabel.setText(message)  # already in the UI language (error_text)
        self.sig_status.emit(message)
        self._first_rows_shown()

    # --------------------------------------------------------------- the record
    def _show_current(self) -> None:
        index: QModelIndex = self.ui.recordTable.currentIndex()
        if not index.isValid():
            return
        record = self.model.record_at(index.row())
        if record.id == self._shown_id and self.record_view.detail is not None:
            return
        try:
            detail = self.services.records.detail(self.actor, record.id)
        except QaDeskError as error:
            self._shown_id = None
            self.record_view.clear()
            self.sig_status.emit(error_text(error))
            return
        self._shown_id = record.id
        self.record_view.show_record(detail)
        self._load_checks(record.id)

    def _load_checks(self, record_id: int) -> None:
        """Fetch the record's automatic checks off the GUI thread; the view shows them."""
        if not self.actor.can(Permission.READ_CHECKLISTS):
            return
        self._checks_generation += 1
        generation = self._checks_generation
        self.record_view.show_checks_loading()
        autocheck, actor = self.services.autocheck, self.actor
        tasks.start(
            lambda _p, _c: autocheck.results_for_record(actor, record_id),
            on_finished=lambda checks: self._checks_loaded(generation, record_id, checks),
            on_failed=lambda message: self._checks_failed(generation, message),
            owner=self,
        )

    def _checks_loaded(self, generation: int, record_id: int, checks: list[RecordCheck]) -> None:
        # Answers for a record no longer shown (the reader moved on) are dropped.
        if generation == self._checks_generation and record_id == self._shown_id:
            self.record_view.show_checks(checks)

    def _checks_failed(self, generation: int, message: str) -> None:
        if generation == self._checks_generation:
            self.record_view.checks.clear()
            self.sig_status.emit(message)  # already in the UI language (error_text)

    # --------------------------------------------------------------- search index
    def update_search_index(self) -> None:
        """Index what imports stored since the last time, on the write worker."""
        if self._index_task is not None:
            return
        records = self.services.records
        self._index_task = tasks.start(
            lambda progress, cancelled: records.update_search_index(progress, cancelled),
            write=True,
            on_progress=self._index_progress,
            on_finished=self._indexed,
            on_failed=self._index_failed,
            on_cancelled=self._index_stopped,
        )

    def _index_progress(self, done: int, total: int, _text: str) -> None:
        percent = 100 * done // total if total else 0
        self.ui.indexLabel.setText(self.tr("Preparing search: {0} %").format(percent))

    def _indexed(self, count: int) -> None:
        self._index_stopped()
        if count:
            self.sig_status.emit(
                self.tr("Search index updated: {0} lines added.").format(QLocale().toString(count))
            )

    def _index_failed(self, message: str) -> None:
        self._index_stopped()
        # Searching still works (unindexed text is searched directly), only slower.
        self.sig_status.emit(self.tr("The search index could not be updated: {0}").format(message))

    def _index_stopped(self) -> None:
        self._index_task = None
        self.ui.indexLabel.clear()

    # --------------------------------------------------------------- layout and text
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            width = max(self.ui.splitter.width(), 800)
            view = int(width * _VIEW_SHARE)
            self.ui.splitter.setSizes([width - view, view])
            self._sized = True

    def retranslate(self) -> None:
        self.ui.dateFrom.setDisplayFormat(date_pattern())
        self.ui.dateTo.setDisplayFormat(date_pattern())
        self._filling = True
        try:
            self._fill_fixed_choices()
            self._fill_vendors()
            self._fill_teams()
            self._fill_agents()
            self._fill_lists()
        finally:
            self._filling = False
        self.model.retranslate()
        if self.model.rowCount():
            self._fit_columns()
        self._update_count_label()
