"""The scoring workspace (质检工作台): where inspectors spend their day.

My queue on the left (the sampled records assigned to me, not submitted yet), the record in
the middle (the conversation with its automatic checks), the checklist on the right (the
``ScoringPanel``). Opening a record opens its inspection: a draft pre-filled from the
automatic checks, created the first time. Next takes the next record of the queue, or one
from the shared pool when the queue is done; Previous goes back; a double-click jumps.

Every change autosaves shortly after the last key press (debounced), on the write worker,
naming the inspection's row version: a save that finds someone else's change in between is
refused, the workspace says so in one line and reloads. Moving to another record, leaving
the page or closing the window saves what is pending first. Time spent counts while the page
is on screen and is sent with every save. Ctrl+Enter submits (every item answered) and opens
the next record; a submitted inspection is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QElapsedTimer,
    QModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QWidget

from qa_desk.domain.errors import ConflictError
from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.forms.ui_workspace_page import Ui_WorkspacePage
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.formatting import format_datetime, outlet_timezone
from qa_desk.ui.models.sampling_labels import reason_text
from qa_desk.ui.models.scoring import ScoringModel, Snapshot
from qa_desk.ui.models.scoring_queue import QueueModel, status_label
from qa_desk.ui.pages.base import Page
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.record_view import RecordView
from qa_desk.ui.widgets.scoring_panel import ScoringPanel, show_evidence_in
from qa_desk.ui.widgets.tables import configure_table

if TYPE_CHECKING:
    from qa_desk.services.autocheck import RecordCheck
    from qa_desk.services.inspections import InspectionInfo, QueueItem
    from qa_desk.services.records import RecordDetail

AUTOSAVE_MS = 800  # after the last change
_CLOCK_MS = 1000
_FLUSH_TIMEOUT_MS = 15_000  # closing waits this long at most for the last save
_QUEUE_WIDTH = 190
_PANEL_WIDTH = 440


@dataclass
class _Draft:
    """The inspection being edited, shared with the write worker: each save names the row
    version the previous one left (read when the save runs, so queued saves chain)."""

    inspection_id: int
    row_version: int
    error: str | None = None  # the last save's failure, in the UI language
    conflict: bool = False


@dataclass(frozen=True)
class _Opened:
    """What opening a record fetched (info None: nothing left to inspect; queue None: the
    queue shown still holds the record, it was not read again)."""

    info: InspectionInfo | None
    detail: RecordDetail | None
    queue: list[QueueItem] | None


_STALE = QT_TRANSLATE_NOOP("Errors", "Someone else changed this meanwhile; reload and try again.")


def _fetch(
    services: Services, actor: Actor, info: InspectionInfo | None, queued: frozenset[int]
) -> _Opened:
    """Runs on the worker: the record to show with ``info``, and the queue when the record
    is not one of ``queued`` (taken from the shared pool, or the queue is done). The
    automatic checks are fetched beside it (``_fetch_checks``)."""
    queue = None
    if info is None or info.sample_item_id not in queued:
        queue = services.inspections.queue(actor)
    if info is None:
        return _Opened(None, None, queue)
    return _Opened(info, services.records.detail(actor, info.record_id), queue)


class WorkspacePage(Page):
    PAGE_ID = "workspace"

    sig_opened = Signal(object)
    """An inspection was opened and shown (carries its InspectionInfo; None: queue done)."""
    sig_saved = Signal(object)
    """An autosave reached the database (carries the saved InspectionInfo)."""
    sig_submitted = Signal(object)
    """An inspection was submitted (carries its InspectionInfo)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_WorkspacePage()
        self.ui.setupUi(self)
        settings = UiSettings()
        self._tz = settings.get("display/timezone") or outlet_timezone(services)
        self.queue_model = QueueModel(self._tz, self)
        self.model = ScoringModel(self)
        self._draft: _Draft | None = None
        self._item_id: int | None = None  # the sample item shown
        self._loading = 0  # open/next/submit tasks under way
        self._checks_generation = 0  # answers for a record no longer shown are dropped
        self._checks_pending = False
        self._checks_record: int | None = None  # whose checks are fetched (or shown)
        self._checks: list[RecordCheck] | None = None  # the checks fetched for it
        self._saving = 0  # save tasks under way
        self._generation = 0  # answers to superseded openings are dropped
        self._saved_time = 0  # time spent as last sent
        self._time_base = 0  # time spent before this visit (from the database)
        self._time_ms = 0  # time counted in this visit, while visible
        self._clock = QElapsedTimer()
        self._sized = False

        table = self.ui.queueTable
        table.setModel(self.queue_model)
        configure_table(table, sortable=False)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width for the status: fitting it to the contents would measure every row
        # again on each change of one.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._fit_status_column()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.doubleClicked.connect(self._queue_activated)
        table.activated.connect(self._queue_activated)

        self.record_view = RecordView.from_settings(settings, self.ui.splitter)
        self.ui.splitter.addWidget(self.record_view)
        self.panel = ScoringPanel(self.ui.splitter)
        self.ui.splitter.addWidget(self.panel)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setStretchFactor(2, 0)
        self.panel.set_model(self.model)
        self.panel.evidence_source = self.record_view.selected_evidence
        self.panel.sig_submit_requested.connect(self.submit)
        self.panel.sig_next_record_requested.connect(self.next_record)
        self.panel.sig_previous_record_requested.connect(self.previous_record)
        self.panel.sig_evidence_activated.connect(
            lambda kind, ref: show_evidence_in(self.record_view, kind, ref)
        )
        self.panel.sig_status.connect(self.sig_status)
        self.model.sig_changed.connect(self._changed)

        self.ui.nextButton.clicked.connect(self.next_record)
        self.ui.previousButton.clicked.connect(self.previous_record)
        # Shortcuts for when the focus is in the conversation or the queue; the panel takes
        # the same keys itself when it has the focus.
        for keys, slot in (
            ("Ctrl+Return", self.submit),
            ("Ctrl+Enter", self.submit),
            ("Ctrl+Right", self.next_record),
            ("Ctrl+Left", self.previous_record),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._ticker = QTimer(self, interval=_CLOCK_MS)
        self._ticker.timeout.connect(self._show_time)
        self._show_idle()

    # --------------------------------------------------------------- state
    @property
    def info(self) -> InspectionInfo | None:
        """The inspection shown (as opened or last reloaded)."""
        return self.model.info

    @property
    def current_item_id(self) -> int | None:
        return self._item_id

    def is_busy(self) -> bool:
        """Whether an opening, a save, a submission or the automatic checks are under way."""
        return bool(
            self._loading or self._saving or self._autosave.isActive() or self._checks_pending
        )

    def is_opening(self) -> bool:
        """Whether a record is being opened (its automatic checks may follow)."""
        return bool(self._loading)

    def time_spent_s(self) -> int:
        """Seconds spent on the shown inspection while the page was on screen."""
        running = self._clock.elapsed() if self._clock.isValid() else 0
        return self._time_base + (self._time_ms + running) // 1000

    # --------------------------------------------------------------- page
    def refresh(self) -> None:
        """Reload the queue; open my first unfinished record when none is shown."""
        services, actor = self.services, self.actor
        self._loading += 1
        tasks.start(
            lambda _p, _c: services.inspections.queue(actor),
            on_finished=self._queue_fetched,
            on_failed=self._load_failed,
            owner=self,
        )

    def _queue_fetched(self, queue: list[QueueItem]) -> None:
        self._loading -= 1
        self._show_queue(queue)
        if self.info is None and self._loading == 0 and queue:
            # Resume where I left off: a draft first, else the first new one.
            started = [q for q in queue if q.status in ("draft", "reopened")]
            self.open_item((started or queue)[0].sample_item_id)
        elif self.info is None and self._loading == 0:
            self._show_idle()

    def can_leave(self) -> bool:
        """Save what is pending before the window closes (waiting for it)."""
        self._pause_clock()
        self.save()
        if self._saving or self._loading:
            tasks.write_pool().waitForDone(_FLUSH_TIMEOUT_MS)
        draft = self._draft
        if draft is not None and (draft.error or draft.conflict):
            answer = QMessageBox.question(
                self,
                self.tr("Scoring workspace"),
                self.tr("Your last changes could not be saved: {0}\n\nClose anyway?").format(
                    draft.error or self.tr("someone else changed the inspection meanwhile")
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._resume_clock()
                return False
        return True

    # --------------------------------------------------------------- opening
    def open_item(self, sample_item_id: int) -> None:
        """Open the inspection of this sample item (creating its draft the first time)."""
        services, actor = self.services, self.actor
        self._load(lambda: services.inspections.open(actor, sample_item_id))

    def next_record(self) -> None:
        """The next record of my queue, or one from the shared pool."""
        services, actor, after = self.services, self.actor, self._item_id
        self._load(lambda: services.inspections.next(actor, after))

    def previous_record(self) -> None:
        """The record before this one in my queue."""
        items = self.queue_model.items()
        current = self._item_id
        earlier = [q for q in items if current is None or q.sample_item_id < current]
        if not earlier:
            self.panel.show_message(self.tr("This is the first record of your queue."))
            return
        self.open_item(earlier[-1].sample_item_id)

    def _queue_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.queue_model.item_at(index.row())
            if item.sample_item_id != self._item_id:
                self.open_item(item.sample_item_id)

    def _load(self, fetch: Any) -> None:
        """Open the inspection ``fetch`` returns (on the worker) and show it."""
        self.flush()
        self._pause_clock()
        self._generation += 1
        generation = self._generation
        self._loading += 1
        self.ui.saveLabel.setText(self.tr("Opening…"))

        services, actor = self.services, self.actor
        queued = frozenset(q.sample_item_id for q in self.queue_model.items())

        def work(_progress: object, _cancelled: object) -> _Opened:
            return _fetch(services, actor, fetch(), queued)

        # On the write worker: opening may create the draft, and must come after the save
        # of the record being left.
        tasks.start(
            work,
            write=True,
            on_finished=lambda opened: self._opened(generation, opened),
            on_failed=lambda message: self._open_failed(generation, message),
            owner=self,
        )

    def _opened(self, generation: int, opened: _Opened) -> None:
        self._loading -= 1
        if generation != self._generation:
            return
        info = opened.info
        if info is not None and info.record_id != self._checks_record:
            # Read while the record is laid out and painted.
            self._fetch_checks(info.record_id)
        self._show(opened)

    def _show(self, opened: _Opened) -> None:
        info = opened.info
        self._item_id = info.sample_item_id if info is not None else None
        if opened.queue is not None:
            self._show_queue(opened.queue)
        elif info is not None:
            self.queue_model.update(info.sample_item_id, info.id, info.status)
            self._select_current()
        if info is None or opened.detail is None:
            self._draft = None
            self.model.load(None)
            self.record_view.clear()
            self._show_idle(done=True)
            self.sig_opened.emit(None)
            return
        self._draft = _Draft(info.id, info.row_version) if info.editable else None
        self.panel.set_channel(info.channel)
        self.model.load(info)
        self.record_view.show_record(opened.detail)
        self._show_checks_of(info.record_id)
        self._time_base = self._saved_time = info.time_spent_s
        self._time_ms = 0
        self._show_banner(info)
        self._show_position()
        self.ui.saveLabel.setText(self.tr("Draft saved") if info.editable else self.tr("Read-only"))
        if self.isVisible():
            self._resume_clock()
        self._show_time()
        self.panel.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_opened.emit(info)

    def _fetch_checks(self, record_id: int) -> None:
        """Fetch a record's automatic checks off the GUI thread; they are shown with it."""
        self._checks_generation += 1
        self._checks_record = record_id
        self._checks = None
        if not self.actor.can(Permission.READ_CHECKLISTS):
            self._checks_pending = False
            return
        generation = self._checks_generation
        self._checks_pending = True
        autocheck, actor = self.services.autocheck, self.actor
        tasks.start(
            lambda _p, _c: autocheck.results_for_record(actor, record_id),
            on_finished=lambda checks: self._checks_fetched(generation, checks),
            on_failed=lambda message: self._checks_failed(generation, message),
            owner=self,
        )

    def _show_checks_of(self, record_id: int) -> None:
        """Show the checks of the record just shown: at once when they arrived already."""
        if record_id != self._checks_record:
            self._fetch_checks(record_id)
        if not self.actor.can(Permission.READ_CHECKLISTS):
            return
        if self._checks is not None:
            self.record_view.show_checks(self._checks)
        else:
            self.record_view.show_checks_loading()

    def _checks_fetched(self, generation: int, checks: list[RecordCheck]) -> None:
        if generation != self._checks_generation:
            return
        self._checks_pending = False
        self._checks = checks
        detail = self.record_view.detail
        # Fetched ahead of the record: held until the record is on screen.
        if detail is not None and detail.row.id == self._checks_record and not self._loading:
            self.record_view.show_checks(checks)

    def _checks_failed(self, generation: int, message: str) -> None:
        if generation == self._checks_generation:
            self._checks_pending = False
            self._checks_record = None
            self.record_view.checks.clear()
            self.sig_status.emit(message)

    def _open_failed(self, generation: int, message: str) -> None:
        self._loading -= 1
        if generation != self._generation:
            return
        self.ui.saveLabel.setText("")
        self.panel.show_message(message)
        if self.info is not None and self.info.editable:
            self._resume_clock()

    def _load_failed(self, message: str) -> None:
        self._loading -= 1
        self.panel.show_message(message)

    def reload(self) -> None:
        """Read the shown inspection again (after a conflict), dropping unsaved edits."""
        info = self.info
        if info is None:
            return
        services, actor, inspection_id = self.services, self.actor, info.id
        self._load(lambda: services.inspections.get(actor, inspection_id))

    # --------------------------------------------------------------- saving
    def _changed(self) -> None:
        if self._draft is not None:
            self.ui.saveLabel.setText(self.tr("Editing…"))
            self._autosave.start()

    def save(self) -> tasks.Task | None:
        """Send the unsaved changes and the time spent now (None: nothing to send)."""
        self._autosave.stop()
        draft = self._draft
        if draft is None or draft.conflict or self.model.read_only:
            return None
        snapshot = self.model.snapshot()
        spent = self.time_spent_s()
        if snapshot.empty and spent == self._saved_time:
            return None
        services, actor = self.services, self.actor

        def work(_progress: object, _cancelled: object) -> InspectionInfo:
            if draft.conflict:
                raise ConflictError(_STALE)
            try:
                saved = services.inspections.save(
                    actor,
                    draft.inspection_id,
                    draft.row_version,
                    list(snapshot.edits),
                    snapshot.overall_comment,
                    spent,
                )
            except ConflictError:
                draft.conflict = True
                raise
            except BaseException as error:
                draft.error = error_text(error)
                raise
            draft.row_version = saved.row_version
            draft.error = None
            return saved

        self._saving += 1
        self._saved_time = spent
        # Counted as saved at once, so that a save queued meanwhile sends only what is newer;
        # a failure marks it unsaved again.
        self.model.saved(snapshot)
        self.ui.saveLabel.setText(self.tr("Saving…"))
        return tasks.start(
            work,
            write=True,
            on_finished=lambda saved: self._saved(draft, saved),
            on_failed=lambda message: self._save_failed(draft, snapshot, message),
            owner=self,
        )

    def flush(self) -> None:
        """Save now what waits for the autosave (before moving on)."""
        moved = self._draft is not None and self.time_spent_s() != self._saved_time
        if self._autosave.isActive() or self.model.dirty or moved:
            self.save()

    def _saved(self, draft: _Draft, saved: InspectionInfo) -> None:
        self._saving -= 1
        if draft is not self._draft:
            return
        if self.model.dirty:
            self._autosave.start()
        else:
            self.ui.saveLabel.setText(
                self.tr("Saved {0}").format(QTime.currentTime().toString("HH:mm:ss"))
            )
        self.sig_saved.emit(saved)

    def _save_failed(self, draft: _Draft, snapshot: Snapshot, message: str) -> None:
        self._saving -= 1
        if draft is not self._draft:
            # A record left behind could not be saved: say so, it is not on screen anymore.
            self.sig_status.emit(
                self.tr("An earlier inspection was not saved: {0}").format(message)
            )
            return
        if draft.conflict:
            self.panel.show_message(
                self.tr("Someone else changed this inspection meanwhile; it was reloaded.")
            )
            self.ui.saveLabel.setText(self.tr("Reloaded"))
            self.reload()
            return
        self.model.unsaved(snapshot)
        self._saved_time = -1
        self.ui.saveLabel.setText(self.tr("Not saved"))
        self.ui.saveLabel.setToolTip(message)
        self.panel.show_message(self.tr("Not saved: {0}").format(message))

    # --------------------------------------------------------------- submitting
    def submit(self) -> None:
        """Submit the shown inspection (every item answered) and open the next record."""
        draft, result = self._draft, self.model.result
        if draft is None or result is None or self.model.read_only:
            self.panel.show_message(self.tr("There is no draft to submit."))
            return
        if not result.complete:
            missing = result.unanswered
            self.panel.show_message(
                self.tr("Answer every item before submitting; not answered: {0}.").format(
                    ", ".join(missing)
                )
            )
            self.panel.set_current(self.model.codes().index(missing[0]))
            return
        self._autosave.stop()
        self._pause_clock()
        snapshot = self.model.snapshot()
        spent = self.time_spent_s()
        unsaved = not snapshot.empty or spent != self._saved_time
        services, actor, after = self.services, self.actor, self._item_id
        # Nothing changes while it is being submitted.
        self.model.set_read_only(True)
        self.panel.refresh()
        self._generation += 1
        generation = self._generation
        self._loading += 1
        self.ui.saveLabel.setText(self.tr("Submitting…"))

        def work(_progress: object, _cancelled: object) -> tuple[InspectionInfo, _Opened]:
            if unsaved:
                saved = services.inspections.save(
                    actor,
                    draft.inspection_id,
                    draft.row_version,
                    list(snapshot.edits),
                    snapshot.overall_comment,
                    spent,
                )
                draft.row_version = saved.row_version
            done = services.inspections.submit(actor, draft.inspection_id, draft.row_version)
            draft.row_version = done.row_version
            # The submitted record leaves the queue: the queue is read again.
            return done, _fetch(
                services, actor, services.inspections.next(actor, after), frozenset()
            )

        tasks.start(
            work,
            write=True,
            on_finished=lambda outcome: self._submitted(generation, *outcome),
            on_failed=lambda message: self._submit_failed(generation, message),
            owner=self,
        )

    def _submitted(self, generation: int, done: InspectionInfo, opened: _Opened) -> None:
        self._loading -= 1
        self.sig_status.emit(
            self.tr("{0} submitted: {1} ({2}).").format(
                done.record_external_id,
                done.result.display_total(),
                self.tr("passed") if done.passed else self.tr("failed"),
            )
        )
        self.sig_submitted.emit(done)
        if generation == self._generation:
            self._show(opened)

    def _submit_failed(self, generation: int, message: str) -> None:
        self._loading -= 1
        if generation != self._generation:
            return
        self.model.set_read_only(False)
        self.panel.refresh()
        self.ui.saveLabel.setText(self.tr("Not submitted"))
        self.panel.show_message(message)
        if self.isVisible():
            self._resume_clock()

    # --------------------------------------------------------------- showing
    def _show_queue(self, queue: list[QueueItem]) -> None:
        self.queue_model.set_items(queue, self._item_id)
        self._select_current()
        count = len(queue)
        if count == 0:
            self.ui.queueCount.setText(self.tr("Nothing assigned to you."))
        elif count == 1:
            self.ui.queueCount.setText(self.tr("1 record to score"))
        else:
            self.ui.queueCount.setText(self.tr("{0} records to score").format(count))
        self._show_position()

    def _select_current(self) -> None:
        self.queue_model.set_current(self._item_id)
        row = self.queue_model.row_of(self._item_id)
        table = self.ui.queueTable
        if row >= 0:
            table.selectRow(row)
            table.scrollTo(self.queue_model.index(row, 0))
        else:
            table.clearSelection()
        self._show_position()

    def _fit_status_column(self) -> None:
        table = self.ui.queueTable
        metrics = table.fontMetrics()
        texts = [status_label(s) for s in (None, "draft", "reopened")]
        texts.append(self.queue_model.headerData(1, Qt.Orientation.Horizontal) or "")
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        table.horizontalHeader().resizeSection(1, widest + 18)

    def _show_position(self) -> None:
        items = self.queue_model.items()
        row = self.queue_model.row_of(self._item_id)
        if self._item_id is None:
            self.ui.positionLabel.setText("")
            self.ui.reasonLabel.setText("")
            return
        if row >= 0:
            self.ui.positionLabel.setText(self.tr("{0} of {1}").format(row + 1, len(items)))
            why = reason_text(items[row].reason)
            self.ui.reasonLabel.setText(self.tr("Sampled: {0}").format(why) if why else "")
            self.ui.reasonLabel.setToolTip(self.ui.reasonLabel.text())
        else:
            self.ui.positionLabel.setText(self.tr("Not in your queue"))
            self.ui.reasonLabel.setText("")
        self.ui.previousButton.setEnabled(bool(items))

    def _show_banner(self, info: InspectionInfo) -> None:
        if info.status == "submitted":
            when = format_datetime(info.submitted_at, self._tz)
            self.panel.set_banner(
                self.tr("Submitted on {0} by {1}; read-only.").format(when, info.inspector),
                "locked",
            )
        elif info.status == "reopened":
            self.panel.set_banner(
                self.tr("Reopened by a QA lead: changes keep the submitted answers in history."),
                "warning",
            )
        else:
            self.panel.set_banner("")

    def _show_idle(self, done: bool = False) -> None:
        self.ui.positionLabel.setText("")
        self.ui.reasonLabel.setText("")
        self.ui.timeLabel.setText("")
        self.ui.saveLabel.setText("")
        self.panel.set_banner("")
        if done:
            self.panel.set_empty_text(
                lambda: self.tr("Nothing left to score: your queue and the shared pool are empty.")
            )
        else:
            self.panel.set_empty_text(
                lambda: self.tr("Press Next to take a record from the shared pool.")
            )

    # --------------------------------------------------------------- time spent
    def _resume_clock(self) -> None:
        if self._draft is not None and not self._clock.isValid():
            self._clock.start()
            self._ticker.start()

    def _pause_clock(self) -> None:
        if self._clock.isValid():
            self._time_ms += self._clock.elapsed()
            self._clock.invalidate()
        self._ticker.stop()

    def _show_time(self) -> None:
        if self.info is None:
            self.ui.timeLabel.setText("")
            return
        minutes = self.time_spent_s() // 60
        self.ui.timeLabel.setText(self.tr("{0} min").format(minutes))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            width = max(self.ui.splitter.width(), 900)
            record = max(width - _QUEUE_WIDTH - _PANEL_WIDTH, 300)
            self.ui.splitter.setSizes([_QUEUE_WIDTH, record, _PANEL_WIDTH])
            self._sized = True
        if self.info is not None:
            self._resume_clock()

    def hideEvent(self, event: Any) -> None:
        self._pause_clock()
        self.flush()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.queue_model.retranslate()
        self._fit_status_column()
        self._show_position()
        if self.info is not None:
            self._show_banner(self.info)
        self._show_time()
