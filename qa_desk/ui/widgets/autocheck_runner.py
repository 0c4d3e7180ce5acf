"""Running the automatic checks from the GUI: on request behind a progress dialog with
Cancel, or quietly in the background after an import or a newly published checklist.

One runner belongs to the main window; pages listen to its signals. The work goes through
the write worker (it stores results), so it queues behind imports instead of racing them.
A run asked for while one is under way runs once more after it: records imported in the
meantime are checked too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QWidget

from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui import tasks

if TYPE_CHECKING:
    from qa_desk.services.autocheck import RunSummary

# Progress texts of the auto-check service, for the ServiceMessages catalogue.
_SERVICE_MESSAGES = (QT_TRANSLATE_NOOP("ServiceMessages", "Running automatic checks"),)


class AutoCheckRunner(QObject):
    """Starts runs of ``Services.autocheck.run`` and reports them; one at a time."""

    sig_started = Signal()
    """A run started (the controls that start one are disabled until sig_idle)."""
    sig_progress = Signal(int, int, str)
    """A background run advanced: done, total (0 = unknown), the service's English text."""
    sig_finished = Signal(object)
    """A run finished; carries its RunSummary (lists showing flags refresh)."""
    sig_failed = Signal(str)
    """A run failed; the one-line reason."""
    sig_idle = Signal()
    """No run is under way any more (finished, failed or cancelled)."""
    sig_stale_counted = Signal(int)
    """How many records the active checklists have not checked yet."""

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self._task: tasks.Task | None = None
        self._dialog: tasks.ProgressTask | None = None
        self._again = False
        self._counting = False
        self._count_again = False
        self.last_summary: RunSummary | None = None

    # --------------------------------------------------------------- state
    def can_run(self) -> bool:
        return self.actor.can(Permission.RUN_AUTOCHECK)

    @property
    def running(self) -> bool:
        return self._task is not None or self._dialog is not None

    @property
    def in_background(self) -> bool:
        return self._task is not None

    # --------------------------------------------------------------- runs
    def run(self, parent: QWidget | None) -> bool:
        """Run now behind a window-modal progress dialog with Cancel; False when not
        allowed or a run is already under way (that one then runs again afterwards)."""
        if not self.can_run():
            return False
        if self.running:
            self._again = True
            return False
        job = tasks.ProgressTask(
            parent,
            self.tr("Automatic checks"),
            self.tr("Checking records…"),
            self._work(),
            write=True,
        )
        self._dialog = job
        job.sig_finished.connect(self._finished)
        job.sig_failed.connect(self._failed)
        job.sig_cancelled.connect(self._stopped)
        self.sig_started.emit()
        return True

    def run_in_background(self) -> bool:
        """Run without a dialog (progress goes to ``sig_progress``)."""
        if not self.can_run():
            return False
        if self.running:
            self._again = True
            return False
        self._task = tasks.start(
            self._work(),
            write=True,
            on_progress=self.sig_progress.emit,
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._stopped,
            owner=self,
        )
        self.sig_started.emit()
        return True

    def cancel(self) -> None:
        """Stop the run under way; what was checked so far stays stored."""
        self._again = False
        if self._task is not None:
            self._task.cancel()
        elif self._dialog is not None:
            self._dialog.cancel()

    def _work(self) -> Any:
        autocheck, actor = self.services.autocheck, self.actor

        def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> RunSummary:
            return autocheck.run(actor, progress=progress, cancelled=cancelled)

        return work

    def _finished(self, summary: RunSummary) -> None:
        self.last_summary = summary
        self._end()
        self.sig_finished.emit(summary)
        self._next()

    def _failed(self, message: str) -> None:
        self._end()
        self.sig_failed.emit(message)
        self._next()

    def _stopped(self) -> None:
        self._end()
        self._next()

    def _end(self) -> None:
        self._task = None
        self._dialog = None

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.run_in_background()
            return
        self.sig_idle.emit()
        self.count_stale()

    # --------------------------------------------------------------- what is left
    def count_stale(self) -> None:
        """Count the records not checked yet, off the GUI thread (``sig_stale_counted``)."""
        if not self.can_run():
            return
        if self._counting:
            # The count under way may have started before the change that asked for this.
            self._count_again = True
            return
        self._counting = True
        self._count_again = False
        autocheck, actor = self.services.autocheck, self.actor
        tasks.start(
            lambda _p, _c: autocheck.stale_count(actor),
            on_finished=self._counted,
            on_failed=lambda _message: self._counted(None),
            owner=self,
        )

    def _counted(self, count: int | None) -> None:
        self._counting = False
        if self._count_again:
            self.count_stale()
        elif count is not None and not self.running:
            self.sig_stale_counted.emit(count)
