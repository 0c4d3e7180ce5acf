"""Background tasks: long work runs on a worker thread and reports through Qt signals.

A work function has the shape ``fn(progress, cancelled) -> result``: it calls
``progress(done, total, text)`` now and then and stops (by raising) when ``cancelled()``
turns true. It must not touch widgets; the signals are delivered on the GUI thread.
Writes to the database go through one dedicated worker so they never compete with each other.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from qa_desk.ui.i18n import service_text
from qa_desk.ui.messages import error_text

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
WorkFn = Callable[[ProgressFn, CancelledFn], Any]

# Progress faster than this is dropped (unless it is the last step or names a new phase):
# the GUI could not show it anyway.
_PROGRESS_INTERVAL_S = 0.05

_write_pool: QThreadPool | None = None
# Tasks stay referenced until their last signal is handled on the GUI thread.
_live: set[Task] = set()


def write_pool() -> QThreadPool:
    """The single worker that performs database writes, one after another."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def read_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until every started task has returned (at shutdown and in tests)."""
    done = read_pool().waitForDone(timeout_ms)
    return write_pool().waitForDone(timeout_ms) and done


class TaskSignals(QObject):
    """Lives on the GUI thread, so its signals reach receivers there (queued)."""

    sig_progress = Signal(int, int, str)
    """Work advanced: done, total (0 = unknown), what is being done."""
    sig_finished = Signal(object)
    """The work function returned this value."""
    sig_failed = Signal(str)
    """The work function raised; the one-line message for the user."""
    sig_cancelled = Signal()
    """The work stopped because cancellation was asked for."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        for sig in (self.sig_finished, self.sig_failed, self.sig_cancelled):
            sig.connect(self._release)

    @Slot()
    def _release(self, *_args: object) -> None:
        # Queued after the receivers of the same signal, so they still see a live sender.
        task = self._task
        QTimer.singleShot(0, lambda: _live.discard(task))


class Task(QRunnable):
    """One run of a work function; ``signals`` reports its progress and outcome."""

    def __init__(self, fn: WorkFn) -> None:
        super().__init__()
        # Python owns the task (not the pool), so it outlives its queued signals.
        self.setAutoDelete(False)
        self._fn = fn
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self._last_text = ""
        self.signals = TaskSignals(self)

    def cancel(self) -> None:
        """Ask the work to stop; it does so the next time it checks ``cancelled()``."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        due = now - self._last_progress >= _PROGRESS_INTERVAL_S
        if due or text != self._last_text or (total and done >= total):
            self._last_progress = now
            self._last_text = text
            self.signals.sig_progress.emit(int(done), int(total), text)

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self._cancel.is_set)
        except BaseException as error:
            if self._cancel.is_set():
                self.signals.sig_cancelled.emit()
            else:
                self.signals.sig_failed.emit(error_text(error))
        else:
            # Work that finished despite a late cancel did finish: report its result.
            self.signals.sig_finished.emit(result)


def _while_alive(receiver: Callable[..., Any], owner: QObject | None) -> Callable[..., Any]:
    """Drop results for a widget that was destroyed while the work ran (e.g. a closed page).

    A result arrives through the event loop after the work ends; by then the window that asked
    for it may be gone, and touching its widgets would raise. The owner is the one given, or
    the object of a bound-method receiver.
    """
    if owner is None:
        owner = getattr(receiver, "__self__", None)
    if not isinstance(owner, QObject):
        return receiver

    def deliver(*args: Any) -> Any:
        if isValid(owner):
            return receiver(*args)
        return None

    return deliver


def start(
    fn: WorkFn,
    *,
    write: bool = False,
    on_progress: Callable[[int, int, str], Any] | None = None,
    on_finished: Callable[[Any], Any] | None = None,
    on_failed: Callable[[str], Any] | None = None,
    on_cancelled: Callable[[], Any] | None = None,
    owner: QObject | None = None,
) -> Task:
    """Run ``fn`` in the background; ``write=True`` queues it behind the other writes.

    Receivers are connected before the work starts, so even instant work reaches them. Pass
    ``owner`` when receivers are lambdas over a widget: once it is destroyed, they are skipped.
    """
    task = Task(fn)
    signals = task.signals
    for signal, receiver in (
        (signals.sig_progress, on_progress),
        (signals.sig_finished, on_finished),
        (signals.sig_failed, on_failed),
        (signals.sig_cancelled, on_cancelled),
    ):
        if receiver is not None:
            signal.connect(_while_alive(receiver, owner))
    _live.add(task)
    (write_pool() if write else read_pool()).start(task)
    return task


class _ProgressDialog(QProgressDialog):
    """A progress dialog that stays up after Cancel until the work has really stopped."""

    sig_cancel_requested = Signal()
    """The user pressed Cancel, Escape or closed the window."""

    def reject(self) -> None:
        self.sig_cancel_requested.emit()

    def closeEvent(self, event: Any) -> None:
        event.ignore()
        self.sig_cancel_requested.emit()


class ProgressTask(QObject):
    """Runs a work function behind a window-modal progress dialog with a Cancel button.

    Progress texts come from the services in English; they are shown through the
    ``ServiceMessages`` catalogue (``qa_desk.ui.i18n.service_text``).
    """

    sig_finished = Signal(object)
    """The work returned this value (the dialog is closed)."""
    sig_failed = Signal(str)
    """The work failed with this one-line message (the dialog is closed)."""
    sig_cancelled = Signal()
    """The work stopped after Cancel (the dialog is closed)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        fn: WorkFn,
        *,
        write: bool = False,
        show_after_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self.dialog = _ProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(label)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, 0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Qt's own Cancel handling hides the dialog at once; ours waits for the worker.
        self.dialog.canceled.disconnect(self.dialog.cancel)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.sig_cancel_requested.connect(self.cancel)
        # Short work finishes before the dialog would flash up.
        self.dialog.setMinimumDuration(show_after_ms)
        self.task = start(
            fn,
            write=write,
            on_progress=self._on_progress,
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )
        self.dialog.setValue(0)

    def cancel(self) -> None:
        if not self.task.is_cancelled():
            self.task.cancel()
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.task.is_cancelled():
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(service_text(text))

    def _close(self) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_finished(self, result: object) -> None:
        self._close()
        self.sig_finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._close()
        self.sig_failed.emit(message)

    def _on_cancelled(self) -> None:
        self._close()
        self.sig_cancelled.emit()
