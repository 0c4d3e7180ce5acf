"""Fixtures for GUI tests: SQLite-backed services, a settings object, English restored after.

GUI tests run on the embedded database only (the services underneath are tested on both
backends), so ``services`` is overridden here and the shared ``admin``/``org`` fixtures of
``tests/conftest.py`` build their data on it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from qa_desk.services.registry import Services, open_services
from qa_desk.ui import i18n, tasks
from qa_desk.ui.settings import UiSettings


@pytest.fixture
def qt_services(sqlite_url: str) -> Iterator[Services]:
    """Services over a fresh, migrated SQLite file (no accounts yet)."""
    svc, _ = open_services(sqlite_url)
    yield svc
    tasks.wait_for_tasks()
    svc.close()


@pytest.fixture
def services(qt_services: Services) -> Services:
    return qt_services


@pytest.fixture
def ui_settings() -> UiSettings:
    """The settings file of this test's isolated home folder."""
    return UiSettings()


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """Every test starts in English (texts and number formats), whatever the last one did."""
    i18n.install_language(i18n.ENGLISH)
    yield
    if i18n.current_language() != i18n.ENGLISH:
        i18n.install_language(i18n.ENGLISH)


class MessageBoxes:
    """The message boxes a test caused: (kind, title, text); each answered at once."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def _background_work_ends_with_its_test() -> Iterator[None]:
    """Work a test started in the background (an automatic-check run after an import, say)
    finishes before the next test: otherwise it runs into that test's measurements."""
    yield
    for pool in (tasks.write_pool(), tasks.read_pool()):
        pool.waitForDone(60_000)


@pytest.fixture(autouse=True)
def _unasked_questions_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question no test answers (an unsaved-edits prompt when the window closes at teardown)
    is cancelled instead of blocking the run in a modal loop."""
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *_args: QMessageBox.StandardButton.Cancel),
    )


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """Static QMessageBox calls return ``answer`` (Yes/OK) instead of blocking the test."""
    boxes = MessageBoxes(QMessageBox.StandardButton.Yes)

    def fake(kind: str) -> object:
        def show(_parent: object, title: str, text: str, *_args: object) -> object:
            boxes.shown.append((kind, title, text))
            return boxes.answer

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return boxes
