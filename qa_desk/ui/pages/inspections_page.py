"""Inspections (质检单): every inspection in the user's scope, filtered, and any one of them
read in full — the record with the evidence, and the answers as they were given.

The list is a lazy model over the inspection service (keyset pages, newest first); the
filters (period, vendor, agent, inspector, checklist, result, critical failure, status)
apply as they change. The selected inspection shows below: the conversation on the left (its
evidence selected), the answers read-only on the right; clicking a piece of evidence shows
its line. QA leads may reopen a submitted inspection for its inspector, with a reason
(recorded in the audit log).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QLineEdit, QWidget

from qa_desk.domain.errors import PermissionDenied
from qa_desk.domain.roles import Permission
from qa_desk.domain.timeutil import to_local, utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.inspections import InspectionFilter
from qa_desk.services.organisation import AgentInfo, VendorInfo
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.forms.ui_inspections_page import Ui_InspectionsPage
from qa_desk.ui.models.formatting import (
    date_pattern,
    format_datetime,
    from_qdate,
    outlet_timezone,
    to_qdate,
)
from qa_desk.ui.models.inspections import STATUSES, InspectionModel, status_label
from qa_desk.ui.models.scoring import ScoringModel
from qa_desk.ui.pages.base import Page
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.combos import fill_combo
from qa_desk.ui.widgets.record_view import RecordView
from qa_desk.ui.widgets.scoring_panel import ScoringPanel, show_evidence_in
from qa_desk.ui.widgets.tables import configure_table, fit_columns

if TYPE_CHECKING:
    from qa_desk.services.accounts import UserInfo
    from qa_desk.services.autocheck import RecordCheck
    from qa_desk.services.checklists import ChecklistInfo
    from qa_desk.services.inspections import InspectionInfo
    from qa_desk.services.records import RecordDetail

_DATE_DELAY_MS = 400
_DETAIL_DELAY_MS = 60
_TABLE_SHARE = 0.3  # of the height, for the list
_PANEL_WIDTH = 430


@dataclass(frozen=True)
class _Choices:
    vendors: list[VendorInfo]
    agents: list[AgentInfo]
    inspectors: list[UserInfo]
    checklists: list[ChecklistInfo]


@dataclass(frozen=True)
class _Detail:
    info: InspectionInfo
    record: RecordDetail
    checks: list[RecordCheck] | None


def select_evidence_in(view: RecordView, info: InspectionInfo) -> int:
    """Select every message or utterance the answers cite; scroll to the first."""
    refs = [e.get("ref") for a in info.answers for e in a.evidence]
    kind = "segment" if info.channel == "call" else "message"
    if view.detail is None or not refs:
        return 0
    if kind == "message":
        target: Any = view.chat
        model = target.chat_model
        rows = [r for r in range(model.rowCount()) if model.message_at(r).id in refs]
    else:
        target = view.call.transcript
        model = target.segment_model
        rows = [r for r in (target.row_of_segment(int(ref)) for ref in refs) if r >= 0]
    selection = target.selectionModel()
    selection.clearSelection()
    for row in sorted(set(rows)):
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    if rows:
        target.scrollTo(model.index(min(rows), 0), QAbstractItemView.ScrollHint.PositionAtTop)
    return len(set(rows))


class InspectionsPage(Page):
    PAGE_ID = "inspections"

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_InspectionsPage()
        self.ui.setupUi(self)
        settings = UiSettings()
        self._outlet_tz = outlet_timezone(services)
        self._tz = settings.get("display/timezone") or self._outlet_tz
        self.model = InspectionModel(services, actor, self._tz, self)
        self.answers = ScoringModel(self)
        self._vendors: list[VendorInfo] = []
        self._agents: list[AgentInfo] = []
        self._inspectors: list[UserInfo] = []
        self._checklists: list[ChecklistInfo] = []
        self._choices_task: tasks.Task | None = None
        self._choices_loaded = False
        self._filling = False
        self._count: int | None = None
        self._count_generation = 0
        self._detail_generation = 0
        self._detail_loading = False
        self._shown_id: int | None = None
        self._fitted = False
        self._sized = False

        table = self.ui.inspectionTable
        table.setModel(self.model)
        configure_table(table, sortable=False)
        self.record_view = RecordView.from_settings(settings, self.ui.detailSplitter)
        self.ui.detailSplitter.addWidget(self.record_view)
        self.panel = ScoringPanel(self.ui.detailSplitter)
        self.ui.detailSplitter.addWidget(self.panel)
        self.ui.detailSplitter.setStretchFactor(0, 1)
        self.ui.detailSplitter.setStretchFactor(1, 0)
        self.panel.set_model(self.answers)
        self.panel.set_empty_text(lambda: self.tr("Select an inspection to read it."))
        self.panel.sig_evidence_activated.connect(
            lambda kind, ref: show_evidence_in(self.record_view, kind, ref)
        )
        self.panel.sig_status.connect(self.sig_status)
        self.panel.sig_next_record_requested.connect(lambda: self._step(1))
        self.panel.sig_previous_record_requested.connect(lambda: self._step(-1))

        pattern = date_pattern()
        for edit in (self.ui.dateFrom, self.ui.dateTo):
            edit.setDisplayFormat(pattern)
        today = self._today()
        self.ui.dateFrom.setDate(to_qdate(today - timedelta(days=29)))
        self.ui.dateTo.setDate(to_qdate(today))
        self._set_period_enabled(False)
        self._fill_fixed_choices()
        self._fill_choices()

        self.ui.reopenButton.setVisible(actor.can(Permission.REOPEN_INSPECTION))
        self.ui.reopenButton.setEnabled(False)
        self.ui.reopenButton.clicked.connect(self.reopen_selected)

        self._date_timer = QTimer(self, singleShot=True, interval=_DATE_DELAY_MS)
        self._date_timer.timeout.connect(self.apply_filters)
        self._detail_timer = QTimer(self, singleShot=True, interval=_DETAIL_DELAY_MS)
        self._detail_timer.timeout.connect(self._show_current)
        self.ui.periodCheck.toggled.connect(self._period_toggled)
        self.ui.dateFrom.dateChanged.connect(lambda _d: self._date_timer.start())
        self.ui.dateTo.dateChanged.connect(lambda _d: self._date_timer.start())
        self.ui.weekButton.clicked.connect(lambda: self.set_period(6))
        self.ui.monthButton.clicked.connect(lambda: self.set_period(29))
        self.ui.vendorFilter.currentIndexChanged.connect(self._vendor_changed)
        for combo in (
            self.ui.agentFilter,
            self.ui.inspectorFilter,
            self.ui.checklistFilter,
            self.ui.passedFilter,
            self.ui.criticalFilter,
            self.ui.statusFilter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.ui.clearFilters.clicked.connect(self.clear_filters)
        table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._detail_timer.start()
        )
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_failed.connect(self._failed)
        self._update_count_label()

    # --------------------------------------------------------------- data
    def refresh(self) -> None:
        """Reload the list (and, the first time, the filter choices)."""
        if not self._choices_loaded:
            self._load_choices()
        self.apply_filters()

    def is_busy(self) -> bool:
        return (
            self.model.loading
            or self._count is None
            or self._choices_task is not None
            or self._detail_timer.isActive()
            or self._detail_loading
        )

    def _load_choices(self) -> None:
        if self._choices_task is not None:
            return
        services, actor = self.services, self.actor

        def fetch(_progress: object, _cancelled: object) -> _Choices:
            organised = actor.can(Permission.READ_ORGANISATION)
            inspectors: list[UserInfo] = []
            if organised and not actor.is_vendor_scoped:
                try:
                    inspectors = services.accounts.inspectors(actor)
                except PermissionDenied:
                    inspectors = []
            return _Choices(
                vendors=services.org.vendors(actor) if organised else [],
                agents=services.org.agents(actor) if organised else [],
                inspectors=inspectors,
                checklists=(
                    services.checklists.list(actor) if actor.can(Permission.READ_CHECKLISTS) else []
                ),
            )

        self._choices_task = tasks.start(
            fetch, on_finished=self._choices_fetched, on_failed=self._choices_failed, owner=self
        )

    def _choices_fetched(self, choices: _Choices) -> None:
        self._choices_task = None
        self._choices_loaded = True
        self._vendors, self._agents = choices.vendors, choices.agents
        self._inspectors, self._checklists = choices.inspectors, choices.checklists
        self._fill_choices()
        if self.current_filter() != self.model.inspection_filter:
            self.apply_filters()
        else:
            self._update_count_label()

    def _choices_failed(self, message: str) -> None:
        self._choices_task = None
        self.sig_status.emit(message)

    def _fill_choices(self) -> None:
        self._filling = True
        try:
            scoped = self.actor.is_vendor_scoped
            vendors = [] if scoped else [(self.tr("All vendors"), None)]
            vendors += [(f"{v.code} {v.name}", v.id) for v in self._vendors]
            fill_combo(self.ui.vendorFilter, vendors)
            self.ui.vendorFilter.setEnabled(not scoped)
            self._fill_agents()
            fill_combo(
                self.ui.inspectorFilter,
                [(self.tr("All inspectors"), None)]
                + [(f"{u.login} {u.display_name}", u.id) for u in self._inspectors],
            )
            # A supervisor does not see the outlet's staff: no inspector to choose.
            for widget in (self.ui.inspectorLabel, self.ui.inspectorFilter):
                widget.setVisible(not scoped)
            fill_combo(
                self.ui.checklistFilter,
                [(self.tr("All checklists"), None)] + [(c.name, c.id) for c in self._checklists],
            )
        finally:
            self._filling = False

    def _fill_agents(self) -> None:
        vendor_id = self.ui.vendorFilter.currentData()
        agents = [a for a in self._agents if vendor_id is None or a.vendor_id == vendor_id]
        fill_combo(
            self.ui.agentFilter,
            [(self.tr("All agents"), None)] + [(f"{a.employee_id} {a.name}", a.id) for a in agents],
        )

    def _fill_fixed_choices(self) -> None:
        fill_combo(
            self.ui.passedFilter,
            [(self.tr("Any"), None), (self.tr("Passed"), True), (self.tr("Failed"), False)],
        )
        fill_combo(
            self.ui.criticalFilter,
            [
                (self.tr("Any"), None),
                (self.tr("Critical failure"), True),
                (self.tr("No critical failure"), False),
            ],
        )
        statuses: list[tuple[str, Any]] = [(self.tr("Any"), None)]
        if not self.actor.is_vendor_scoped:  # supervisors see submitted ones only
            statuses += [(status_label(s), s) for s in STATUSES]
        fill_combo(self.ui.statusFilter, statuses)
        for widget in (self.ui.statusLabel, self.ui.statusFilter):
            widget.setVisible(not self.actor.is_vendor_scoped)

    # --------------------------------------------------------------- filters
    def current_filter(self) -> InspectionFilter:
        date_from = date_to = None
        if self.ui.periodCheck.isChecked():
            date_from = from_qdate(self.ui.dateFrom.date())
            date_to = from_qdate(self.ui.dateTo.date())
            if date_from > date_to:
                date_from, date_to = date_to, date_from

        def chosen(combo: Any) -> tuple[int, ...]:
            value = combo.currentData()
            return (value,) if value is not None else ()

        return InspectionFilter(
            date_from=date_from,
            date_to=date_to,
            vendor_ids=chosen(self.ui.vendorFilter),
            agent_ids=chosen(self.ui.agentFilter),
            inspector_ids=chosen(self.ui.inspectorFilter),
            checklist_ids=chosen(self.ui.checklistFilter),
            passed=self.ui.passedFilter.currentData(),
            critical=self.ui.criticalFilter.currentData(),
            status=self.ui.statusFilter.currentData(),
        )

    def apply_filters(self) -> None:
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
            lambda _p, _c: services.inspections.count(actor, flt),
            on_finished=lambda n: self._counted(generation, n),
            on_failed=lambda _message: self._counted(generation, 0),
            owner=self,
        )
        self._update_count_label()

    def set_period(self, days_back: int) -> None:
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
            self.ui.periodCheck.setChecked(True)

    def clear_filters(self) -> None:
        self._filling = True
        try:
            for combo in (
                self.ui.agentFilter,
                self.ui.inspectorFilter,
                self.ui.checklistFilter,
                self.ui.passedFilter,
                self.ui.criticalFilter,
                self.ui.statusFilter,
            ):
                combo.setCurrentIndex(0)
            if self.ui.vendorFilter.isEnabled():
                self.ui.vendorFilter.setCurrentIndex(0)
                self._fill_agents()
            self.ui.periodCheck.setChecked(False)
        finally:
            self._filling = False
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
        if self._filling:
            return
        self._filling = True
        try:
            self._fill_agents()
        finally:
            self._filling = False
        self.apply_filters()

    # --------------------------------------------------------------- list
    def _loaded(self) -> None:
        table = self.ui.inspectionTable
        if not self._fitted and self.model.rowCount():
            fit_columns(table)
            self._fitted = True
        row = self.model.row_of(self._shown_id)
        if row >= 0:
            table.selectRow(row)
            if self._shown_id is not None:
                self._load_detail(self._shown_id)  # it may have changed (reopened)
        elif self.model.rowCount():
            table.selectRow(0)
        else:
            self._clear_detail()
        self._update_count_label()

    def _counted(self, generation: int, count: int) -> None:
        if generation == self._count_generation:
            self._count = count
            self._update_count_label()

    def _update_count_label(self) -> None:
        label = self.ui.countLabel
        if self._count is None:
            label.setText(self.tr("Loading…"))
        elif self._count == 1:
            label.setText(self.tr("1 inspection"))
        else:
            label.setText(self.tr("{0} inspections").format(QLocale().toString(self._count)))

    def _failed(self, message: str) -> None:
        self.ui.countLabel.setText(message)
        self.sig_status.emit(message)

    def _step(self, step: int) -> None:
        table = self.ui.inspectionTable
        row = table.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            table.selectRow(row)

    # --------------------------------------------------------------- the inspection
    def selected_id(self) -> int | None:
        index: QModelIndex = self.ui.inspectionTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def _show_current(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id is None:
            return
        row = self.model.row_at(self.ui.inspectionTable.currentIndex().row())
        self.ui.reopenButton.setEnabled(row.status == "submitted")
        if inspection_id == self._shown_id and self.answers.info is not None:
            return
        self._load_detail(inspection_id)

    def _load_detail(self, inspection_id: int) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        self._detail_loading = True
        services, actor = self.services, self.actor

        def fetch(_progress: object, _cancelled: object) -> _Detail:
            info = services.inspections.get(actor, inspection_id)
            record = services.records.detail(actor, info.record_id)
            checks = None
            if actor.can(Permission.READ_CHECKLISTS):
                checks = services.autocheck.results_for_record(actor, info.record_id)
            return _Detail(info, record, checks)

        tasks.start(
            fetch,
            on_finished=lambda detail: self._detail_loaded(generation, detail),
            on_failed=lambda message: self._detail_failed(generation, message),
            owner=self,
        )

    def _detail_loaded(self, generation: int, detail: _Detail) -> None:
        if generation != self._detail_generation:
            return
        self._detail_loading = False
        info = detail.info
        self._shown_id = info.id
        self.panel.set_channel(info.channel)
        self.answers.load(info, read_only=True)
        self.record_view.show_record(detail.record)
        if detail.checks is not None:
            self.record_view.show_checks(detail.checks)
        select_evidence_in(self.record_view, info)
        self.panel.set_banner(
            self._banner(info), "locked" if info.status == "submitted" else "info"
        )
        self.ui.reopenButton.setEnabled(info.status == "submitted")

    def _detail_failed(self, generation: int, message: str) -> None:
        if generation != self._detail_generation:
            return
        self._detail_loading = False
        self._clear_detail()
        self.sig_status.emit(message)

    def _clear_detail(self) -> None:
        self._shown_id = None
        self.answers.load(None)
        self.record_view.clear()
        self.panel.set_banner("")
        self.ui.reopenButton.setEnabled(False)

    def _banner(self, info: InspectionInfo) -> str:
        minutes = round(info.time_spent_s / 60)
        if info.status == "submitted":
            text = self.tr("Submitted on {0} by {1} · {2} min").format(
                format_datetime(info.submitted_at, self._tz), info.inspector, minutes
            )
        elif info.status == "reopened":
            text = self.tr("Reopened; {0} is changing it").format(info.inspector)
        else:
            text = self.tr("Draft by {0}, started {1}").format(
                info.inspector, format_datetime(info.started_at, self._tz)
            )
        return text

    # --------------------------------------------------------------- reopening
    def reopen_selected(self) -> None:
        """Ask for a reason and reopen the selected submitted inspection."""
        inspection_id = self.selected_id()
        if inspection_id is None or not self.actor.can(Permission.REOPEN_INSPECTION):
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen inspection"),
            self.tr(
                "Why should its inspector change it again? The reason is kept in the audit log."
            ),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return
        if not reason.strip():
            self.sig_status.emit(self.tr("Give a reason for reopening the inspection."))
            return
        services, actor = self.services, self.actor
        self.ui.reopenButton.setEnabled(False)
        tasks.start(
            lambda _p, _c: services.inspections.reopen(actor, inspection_id, reason.strip()),
            write=True,
            on_finished=self._reopened,
            on_failed=self._reopen_failed,
            owner=self,
        )

    def _reopened(self, info: InspectionInfo) -> None:
        self.sig_status.emit(
            self.tr("Inspection of {0} reopened for {1}.").format(
                info.record_external_id, info.inspector
            )
        )
        self._shown_id = info.id
        self.apply_filters()

    def _reopen_failed(self, message: str) -> None:
        self.sig_status.emit(message)
        self._show_current()

    # --------------------------------------------------------------- layout and text
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            height = max(self.ui.splitter.height(), 500)
            table = int(height * _TABLE_SHARE)
            self.ui.splitter.setSizes([table, height - table])
            width = max(self.ui.detailSplitter.width(), 900)
            self.ui.detailSplitter.setSizes([width - _PANEL_WIDTH, _PANEL_WIDTH])
            self._sized = True

    def retranslate(self) -> None:
        self.ui.dateFrom.setDisplayFormat(date_pattern())
        self.ui.dateTo.setDisplayFormat(date_pattern())
        self._filling = True
        try:
            self._fill_fixed_choices()
        finally:
            self._filling = False
        self._fill_choices()
        self.model.retranslate()
        if self.answers.info is not None:
            info = self.answers.info
            kind = "locked" if info.status == "submitted" else "info"
            self.panel.set_banner(self._banner(info), kind)
        self._update_count_label()
