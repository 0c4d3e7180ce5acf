"""Background tasks: progress, result and failure reach the GUI thread; cancel stops the work."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, QThread
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from qa_desk.domain.errors import ValidationError
from qa_desk.ui import tasks


def _wait_until_cancelled(cancelled: tasks.CancelledFn) -> None:
    stop = threading.Event()
    while not cancelled():
        stop.wait(0.005)  # the work's own polling interval, not a test sleep


class Outcome:
    """What a task delivered, and on which thread each signal arrived."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int, str]] = []
        self.finished: list[object] = []
        self.failed: list[str] = []
        self.cancelled = 0
        self.threads: set[object] = set()

    def _seen(self) -> None:
        self.threads.add(QThread.currentThread())

    def receivers(self) -> dict[str, object]:
        def on_progress(done: int, total: int, text: str) -> None:
            self._seen()
            self.progress.append((done, total, text))

        def on_finished(value: object) -> None:
            self._seen()
            self.finished.append(value)

        def on_failed(message: str) -> None:
            self._seen()
            self.failed.append(message)

        def on_cancelled() -> None:
            self._seen()
            self.cancelled += 1

        return {
            "on_progress": on_progress,
            "on_finished": on_finished,
            "on_failed": on_failed,
            "on_cancelled": on_cancelled,
        }

    @property
    def ended(self) -> bool:
        return bool(self.finished or self.failed or self.cancelled)


def test_progress_and_result_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    worker_threads: list[object] = []

    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> int:
        worker_threads.append(QThread.currentThread())
        progress(5, 5, "all done")
        return 42

    out = Outcome()
    tasks.start(work, **out.receivers())
    qtbot.waitUntil(lambda: out.ended, timeout=5000)
    assert out.finished == [42]
    assert out.progress == [(5, 5, "all done")]
    gui = QApplication.instance().thread()
    assert out.threads == {gui}
    assert worker_threads and worker_threads[0] is not gui


def test_failure_is_one_line(qtbot: QtBot) -> None:
    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> None:
        raise ValidationError("The vendor code is taken.\nSecond line of driver noise.")

    out = Outcome()
    tasks.start(work, write=True, **out.receivers())
    qtbot.waitUntil(lambda: out.ended, timeout=5000)
    assert out.failed == ["The vendor code is taken. Second line of driver noise."]
    assert out.finished == [] and out.cancelled == 0


def test_unexpected_error_names_its_type_without_traceback(qtbot: QtBot) -> None:
    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> None:
        raise KeyError("boom")

    out = Outcome()
    tasks.start(work, **out.receivers())
    qtbot.waitUntil(lambda: out.ended, timeout=5000)
    (message,) = out.failed
    assert "KeyError" in message and "Traceback" not in message and "\n" not in message


def test_cancel_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> str:
        started.set()
        _wait_until_cancelled(cancelled)
        raise RuntimeError("stopped")

    out = Outcome()
    task = tasks.start(work, **out.receivers())
    qtbot.waitUntil(started.is_set, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: out.ended, timeout=5000)
    assert out.cancelled == 1 and out.finished == [] and out.failed == []


def test_writes_run_one_after_another(qtbot: QtBot) -> None:
    assert tasks.write_pool().maxThreadCount() == 1
    running = 0
    overlap: list[int] = []
    lock = threading.Lock()

    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> None:
        nonlocal running
        with lock:
            running += 1
            overlap.append(running)
        threading.Event().wait(0.02)  # a write transaction taking a moment
        with lock:
            running -= 1

    outs = [Outcome() for _ in range(3)]
    for out in outs:
        tasks.start(work, write=True, **out.receivers())
    qtbot.waitUntil(lambda: all(o.ended for o in outs), timeout=5000)
    assert overlap == [1, 1, 1]


def test_progress_dialog_reports_and_delivers(qtbot: QtBot) -> None:
    gate = threading.Event()

    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> str:
        progress(3, 10, "Importing rows…")
        gate.wait(5)
        return "done"

    job = tasks.ProgressTask(None, "Import", "Starting…", work, show_after_ms=0)
    qtbot.waitUntil(lambda: job.dialog.isVisible() and job.dialog.value() == 3, timeout=5000)
    assert job.dialog.maximum() == 10
    assert job.dialog.labelText() == "Importing rows…"
    with qtbot.waitSignal(job.sig_finished, timeout=5000) as blocker:
        gate.set()
    assert blocker.args == ["done"]
    assert not job.dialog.isVisible()


def test_progress_dialog_cancel_waits_for_the_work_to_stop(qtbot: QtBot) -> None:
    release = threading.Event()

    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> None:
        progress(1, 100, "Working…")
        _wait_until_cancelled(cancelled)
        release.wait(5)  # e.g. a rollback still in progress
        raise RuntimeError("stopped")

    job = tasks.ProgressTask(None, "Demo", "Starting…", work, show_after_ms=0)
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
    cancel = job.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    failed: list[str] = []
    job.sig_failed.connect(failed.append)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.task.is_cancelled()
    # Still up, saying so, until the worker has really stopped.
    assert job.dialog.isVisible() and job.dialog.labelText() == "Cancelling…"
    with qtbot.waitSignal(job.sig_cancelled, timeout=5000):
        release.set()
    assert failed == []
    assert not job.dialog.isVisible()


class _Receiver(QLabel):
    def show_result(self, value: object) -> None:
        self.setText(str(value))


def test_result_for_a_destroyed_widget_is_dropped(qtbot: QtBot) -> None:
    """A page closed while its result is on the way must not be touched when it arrives."""
    receiver = _Receiver()
    arrived: list[object] = []
    gate = threading.Event()
    task = tasks.start(
        lambda progress, cancelled: gate.wait(5) and 42, on_finished=receiver.show_result
    )
    task.signals.sig_finished.connect(arrived.append)
    gate.set()
    # The worker has emitted its result (queued for the GUI thread) before the page goes.
    assert tasks.read_pool().waitForDone(5000)
    receiver.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(receiver)
    qtbot.waitUntil(lambda: arrived == [42], timeout=5000)
    # Reaching here without "Internal C++ object already deleted" is the point.
    assert not isValid(receiver)


def test_lambda_receivers_of_a_destroyed_owner_are_skipped(qtbot: QtBot) -> None:
    """Lambdas close over the widget; ``owner`` tells whose lifetime they follow."""
    receiver = _Receiver()
    arrived: list[object] = []
    gate = threading.Event()
    task = tasks.start(
        lambda progress, cancelled: gate.wait(5) and 7,
        on_finished=lambda value: receiver.show_result(value),
        owner=receiver,
    )
    task.signals.sig_finished.connect(arrived.append)
    gate.set()
    assert tasks.read_pool().waitForDone(5000)
    receiver.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: arrived == [7], timeout=5000)
    assert not isValid(receiver)
