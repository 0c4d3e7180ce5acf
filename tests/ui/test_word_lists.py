"""The Word lists tab of the Administration page, driven like a user: an admin adds a phrase
to the forbidden list, saves, re-runs the checks and sees the record it now catches; a bad
regular expression is refused in one line and stores nothing; reset to the shipped list;
unsaved edits are not lost by accident; others read the lists without editing them."""

from __future__ import annotations

from typing import Any

import pytest
from admin_fixtures import click, click_row, open_tab
from autocheck_fixtures import NEW_PHRASE, Outlet, seed
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from qa_desk import app
from qa_desk.domain import passwords
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.models.autocheck_packs import PackModel
from qa_desk.ui.pages.admin_page import AdminPage
from qa_desk.ui.pages.records_page import RecordsPage
from qa_desk.ui.pages.word_lists_tab import WordListsTab

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture
def outlet(qt_services: Services) -> Outlet:
    return seed(qt_services)


def open_word_lists(
    qtbot: QtBot, services: Services, actor: Any
) -> tuple[MainWindow, WordListsTab]:
    window = app.open_main_window(services, actor)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    page = window.show_page("admin")
    assert isinstance(page, AdminPage) and page.word_lists is not None
    open_tab(page.ui.tabs, page.word_lists)
    return window, page.word_lists


def pick(tab: WordListsTab, label: str) -> None:
    """Click the list named ``label`` in the table."""
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == label)
    click_row(tab.ui.packView, row)


def type_line(tab: WordListsTab, line: str) -> None:
    """Put the cursor at the end of the text and type a new line (Chinese as committed)."""
    edit = tab.ui.contentEdit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    if line.isascii():
        QTest.keyClicks(edit, line)
    else:
        edit.insertPlainText(line)  # as an input method commits it


def pack(services: Services, outlet: Outlet, name: str) -> Any:
    return next(p for p in services.autocheck.packs(outlet.admin) if p.name == name)


def test_an_admin_adds_a_phrase_and_the_next_run_catches_it(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    qt_services.autocheck.run(outlet.admin)
    assert qt_services.autocheck.stale_count(outlet.admin) == 0
    window, tab = open_word_lists(qtbot, qt_services, outlet.admin)
    labels = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert labels == [
        "Buck-passing",
        "Closings",
        "Forbidden language",
        "Greetings",
        "Hold phrases",
        "Privacy",
        "Risk keywords",
    ]
    pick(tab, "Forbidden language")
    assert tab.selected_name() == "forbidden"
    assert tab.ui.packTitle.text() == "Forbidden language (forbidden)"
    assert not tab.ui.saveButton.isEnabled() and not tab.ui.resetButton.isEnabled()
    entries = int(tab.model.index(tab.model.row_of("forbidden"), 1).data())

    type_line(tab, NEW_PHRASE)
    assert tab.is_dirty() and tab.ui.saveButton.isEnabled()
    click(tab.ui.saveButton)
    stored = pack(qt_services, outlet, "forbidden")
    assert stored.edited and stored.content.rstrip().endswith(NEW_PHRASE)
    assert stored.updated_by == "admin"
    row = tab.model.row_of("forbidden")
    assert tab.model.index(row, 1).data() == str(entries + 1)
    assert tab.model.index(row, 2).data() == "Yes"
    assert tab.model.index(row, 3).data().endswith("· admin")
    assert not tab.is_dirty() and not tab.ui.saveButton.isEnabled()
    assert tab.ui.resetButton.isEnabled()
    assert window.statusBar().currentMessage() == (
        "Word list “Forbidden language” saved. "
        "The next run of the automatic checks checks the records again."
    )
    # Every record is due again, and the status bar says so.
    label = window.findChild(QLabel, "checksStatus")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=WAIT_MS)
    assert label.text() == "6 records not yet checked"

    with qtbot.waitSignal(window.autocheck.sig_finished, timeout=WAIT_MS):
        window.actionRunChecks.trigger()
    page = window.show_page("records")
    assert isinstance(page, RecordsPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    column = page.model.column_index("external_id")
    flags = page.model.column_index("flags")
    by_record = {
        page.model.index(r, column).data(): page.model.index(r, flags).data()
        for r in range(page.model.rowCount())
    }
    assert by_record["C005-new-phrase"] == "无禁用语、无辱骂讽刺"
    checks = qt_services.autocheck.results_for_record(outlet.admin, outlet.ids["C005-new-phrase"])
    s3 = next(c for c in checks if c.key == "S3")
    assert s3.verdict == "fail" and s3.evidence[0].matched == NEW_PHRASE
    tasks.wait_for_tasks()


def test_a_bad_regular_expression_is_one_line_and_stores_nothing(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    _window, tab = open_word_lists(qtbot, qt_services, outlet.admin)
    pick(tab, "Risk keywords")
    before = pack(qt_services, outlet, "risk")
    type_line(tab, "re:(投诉")
    click(tab.ui.saveButton)
    message = tab.error_text()
    assert message and "\n" not in message
    lines = tab.ui.contentEdit.toPlainText().split("\n")
    assert f"line {len(lines)}" in message, message
    assert tab.ui.errorLabel.isVisible()
    after = pack(qt_services, outlet, "risk")
    assert after == before and not after.edited
    assert tab.is_dirty()  # the typing is still there to be fixed
    # Fixing the line clears the message; saving then works.
    QTest.keyClick(tab.ui.contentEdit, Qt.Key.Key_End)
    QTest.keyClicks(tab.ui.contentEdit, ")")
    assert tab.error_text() == ""
    click(tab.ui.saveButton)
    assert tab.error_text() == ""
    assert pack(qt_services, outlet, "risk").content.rstrip().endswith("re:(投诉)")
    tasks.wait_for_tasks()


def test_reset_to_default_and_unsaved_edits_are_not_lost_by_accident(
    qtbot: QtBot, qt_services: Services, outlet: Outlet, message_boxes: Any
) -> None:
    _window, tab = open_word_lists(qtbot, qt_services, outlet.admin)
    pick(tab, "Greetings")
    shipped = tab.ui.contentEdit.toPlainText()
    type_line(tab, "早上好")
    click(tab.ui.saveButton)
    assert pack(qt_services, outlet, "greeting").edited

    # Typing, then choosing another list: asked first; "No" keeps the edit and the list.
    type_line(tab, "晚上好")
    message_boxes.answer = message_boxes.answer.No
    pick(tab, "Closings")
    assert (
        message_boxes.texts("question")[-1] == "Discard your changes to the word list “Greetings”?"
    )
    assert tab.selected_name() == "greeting" and tab.is_dirty()
    assert tab.ui.packView.currentIndex().row() == tab.model.row_of("greeting")
    click(tab.ui.revertButton)
    assert not tab.is_dirty() and tab.ui.contentEdit.toPlainText().endswith("早上好\n")

    message_boxes.answer = message_boxes.answer.Yes
    click(tab.ui.resetButton)
    assert "Reset the word list “Greetings”" in message_boxes.texts("question")[-1]
    assert not pack(qt_services, outlet, "greeting").edited
    assert tab.ui.contentEdit.toPlainText() == shipped
    row = tab.model.row_of("greeting")
    assert tab.model.index(row, 2).data() == "No" and tab.model.index(row, 3).data() == ""
    assert not tab.ui.resetButton.isEnabled()
    tasks.wait_for_tasks()


def test_others_read_the_word_lists_without_editing_them(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    _window, tab = open_word_lists(qtbot, qt_services, outlet.inspector)
    pick(tab, "Forbidden language")
    assert tab.ui.contentEdit.isReadOnly()
    assert tab.ui.contentEdit.toPlainText() == pack(qt_services, outlet, "forbidden").content
    for button in (tab.ui.saveButton, tab.ui.resetButton, tab.ui.revertButton):
        assert not button.isVisible()
    assert "read-only" in tab.ui.packTitle.text()
    shown = tab.ui.contentEdit.toPlainText()
    type_line(tab, "abc")  # the keyboard changes nothing
    assert tab.ui.contentEdit.toPlainText() == shown and not tab.is_dirty()
    assert not pack(qt_services, outlet, "forbidden").edited
    tasks.wait_for_tasks()


def test_the_pack_model_passes_the_model_tester(
    qtmodeltester: Any, qt_services: Services, outlet: Outlet
) -> None:
    qt_services.autocheck.save_pack(outlet.admin, "hold", "请稍等\n稍候\n")
    model = PackModel("Asia/Shanghai")
    model.set_packs(qt_services.autocheck.packs(outlet.admin))
    qtmodeltester.check(model)
    row = model.row_of("hold")
    assert [model.index(row, c).data() for c in range(3)] == ["Hold phrases", "2", "Yes"]
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Phrases and regular expressions"
    )
