"""The automatic checks in the GUI, driven like a user: running them from the Records page
(and the Tools menu, and by themselves after an import or a newly published version), the
Flags column and the "Flagged by" filter, the record view's checks panel leading to the
highlighted words in the chat and the call, cancelling a run, who may run them, and the
models under Qt's model tester."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from admin_fixtures import choose, click, click_row
from autocheck_fixtures import NEW_PHRASE, RUDE, Outlet, seed
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QToolButton, QTreeView
from pytestqt.qtbot import QtBot
from test_import_wizard import choose_file, next_button, to_preview
from test_record_view import _row

from qa_desk import app
from qa_desk.domain import passwords
from qa_desk.domain.autocheck import Evidence
from qa_desk.services.autocheck import RecordCheck
from qa_desk.services.records import MessageInfo, RecordDetail
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.models.autocheck import (
    KEY_ROLE,
    REF_ROLE,
    CheckModel,
    conversation_lines,
    snippet,
)
from qa_desk.ui.pages.records_page import RecordsPage
from qa_desk.ui.widgets import chat_view as cv
from qa_desk.ui.widgets.autocheck_marks import shown_span
from qa_desk.ui.widgets.record_view import RecordView

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
CHATS_A = SAMPLES / "chats_platform_a_gbk.csv"
WAIT_MS = 30_000
FOCUS_BG = QColor("#ffc53d")

# The default checklist's automatic checks that the seeded records fail, in its order.
FAILED_LABELS = [
    "无禁用语、无辱骂讽刺",
    "不推诿（不让客户自行找快递员/网点）",
    "首次响应 30 秒内（在线）",
    "无超过 20 秒的无解释静默（通话）",
    "风险关键词（投诉升级）",
]


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture
def outlet(qt_services: Services) -> Outlet:
    return seed(qt_services)


def open_records(qtbot: QtBot, services: Services, actor: Any) -> tuple[MainWindow, RecordsPage]:
    window = app.open_main_window(services, actor)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    page = window.show_page("records")
    assert isinstance(page, RecordsPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    return window, page


def shown(page: RecordsPage, name: str) -> list[str]:
    column = page.model.column_index(name)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def status_label(window: MainWindow) -> QLabel:
    label = window.findChild(QLabel, "checksStatus")
    assert label is not None
    return label


def run_from_page(qtbot: QtBot, window: MainWindow, page: RecordsPage) -> Any:
    """Click "Run automatic checks" and wait for the run and the refreshed list."""
    with qtbot.waitSignal(window.autocheck.sig_finished, timeout=WAIT_MS) as finished:
        click(page.ui.runChecksButton)
    qtbot.waitUntil(lambda: page.ui.flagFilter.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    return finished.args[0]


def show_record(qtbot: QtBot, page: RecordsPage, record_id: int) -> RecordView:
    row = page.model.row_of(record_id)
    assert row >= 0
    click_row(page.ui.recordTable, row)
    view = page.record_view
    qtbot.waitUntil(
        lambda: (
            view.detail is not None
            and view.detail.row.id == record_id
            and view.shown_checks is not None
        ),
        timeout=WAIT_MS,
    )
    return view


def click_tree_row(tree: QTreeView, index: QModelIndex) -> None:
    tree.scrollTo(index)
    rect = tree.visualRect(index.siblingAtColumn(1))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def tree_index(tree: QTreeView, key: str, evidence: int = -1) -> QModelIndex:
    model = tree.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(KEY_ROLE) == key)
    index = model.index(row, 0)
    if evidence >= 0:
        tree.expand(index)
        index = model.index(evidence, 0, index)
    return index


def painted_colours(widget: Any, rect: QRect) -> set[str]:
    """The colours painted inside ``rect`` of the widget's viewport."""
    image = widget.viewport().grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1), 2)
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1), 2)
    }


def hit_rect(origin: Any, layout: Any, start: int, end: int) -> QRect:
    """Where the characters [start, end) of a one-line text layout are painted."""
    line = layout.lineForTextPosition(start)
    left = line.cursorToX(start)[0]
    right = line.cursorToX(end)[0]
    top = origin.y() + line.y()
    return QRect(
        round(origin.x() + left) + 1,
        round(top) + 1,
        round(right - left) - 2,
        round(line.height()) - 2,
    )


# ------------------------------------------------------------------ the user's path
def test_run_from_the_records_page_then_filter_by_flag_and_read_the_highlighted_hit(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    window, page = open_records(qtbot, qt_services, outlet.inspector)
    flags_column = page.model.column_index("flags")
    assert page.model.rowCount() == 6
    assert not page.ui.flagFilter.isVisible()
    assert page.ui.recordTable.isColumnHidden(flags_column)
    qtbot.waitUntil(lambda: status_label(window).isVisible(), timeout=WAIT_MS)
    assert status_label(window).text() == "6 records not yet checked"

    summary = run_from_page(qtbot, window, page)
    assert summary.records == 6
    assert summary.flags == {"S3": 1, "S4": 1, "T1": 1, "T3": 1, "risk": 1}
    assert page.ui.runChecksButton.isEnabled()
    assert not page.ui.recordTable.isColumnHidden(flags_column)
    # The checklist's words, not rule keys; the checklist's order.
    by_record = dict(zip(shown(page, "external_id"), shown(page, "flags"), strict=True))
    assert by_record == {
        "CALL001": "无超过 20 秒的无解释静默（通话）; 风险关键词（投诉升级）",
        "C004-buck": "不推诿（不让客户自行找快递员/网点）",
        "C005-new-phrase": "",
        "C003-slow": "首次响应 30 秒内（在线）",
        "C002-rude": "无禁用语、无辱骂讽刺",
        "C001-clean": "",
    }
    combo = page.ui.flagFilter
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["Any or none", "Any automatic flag", *FAILED_LABELS]
    qtbot.waitUntil(lambda: not status_label(window).isVisible(), timeout=WAIT_MS)

    choose(combo, "Any automatic flag")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert sorted(shown(page, "external_id")) == ["C002-rude", "C003-slow", "C004-buck", "CALL001"]
    assert page.ui.countLabel.text() == "4 records"

    choose(combo, "无禁用语")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert shown(page, "external_id") == ["C002-rude"]

    # Reading it: the checks panel lists the failure first, with its three hits.
    view = show_record(qtbot, page, outlet.ids["C002-rude"])
    panel = view.checks
    assert panel.isVisible()
    assert panel.summary() == "1 failed · 8 passed · 3 N/A"
    tree = panel.ui.checkTree
    first = tree.model().index(0, 0)
    assert [first.siblingAtColumn(c).data() for c in range(3)] == [
        "Failed",
        "无禁用语、无辱骂讽刺",
        "3 hits",
    ]
    assert tree.isExpanded(first)
    hits = [tree.model().index(r, 2, first).data() for r in range(3)]
    assert hits == ["“说了多少遍”", "“催什么催”", "“等着吧”"]

    # The rude message is marked; choosing the second hit brings its words forward.
    chat = view.chat
    rude_row = chat.chat_model.row_of_seq(4)
    assert chat.chat_model.message_at(rude_row).text == RUDE
    assert chat.hit_rows() == [rude_row]
    click_tree_row(tree, tree_index(tree, "S3", 1))
    assert chat.focus_key == "S3" and chat.focus_row == rude_row
    index = chat.chat_model.index(rude_row, 0)
    assert chat.viewport().rect().intersects(chat.visualRect(index))
    geometry = chat.row_geometry(rude_row)
    layout = chat.bubbles._laid(index).block.layout
    start, end = shown_span(RUDE, 7, 11)  # 催什么催
    colours = painted_colours(chat, hit_rect(geometry.text_origin, layout, start, end))
    assert FOCUS_BG.name() in colours
    # Words no check matched keep the bubble's colour.
    plain = hit_rect(geometry.text_origin, layout, 5, 6)  # the comma after 说了多少遍了
    assert FOCUS_BG.name() not in painted_colours(chat, plain)
    tasks.wait_for_tasks()


def test_the_checks_of_a_call_lead_to_the_utterance_and_the_silence(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    qt_services.autocheck.run(outlet.admin)
    _window, page = open_records(qtbot, qt_services, outlet.admin)
    view = show_record(qtbot, page, outlet.ids["CALL001"])
    panel = view.checks
    assert panel.summary() == "1 failed · 1 flagged · 8 passed · 2 N/A"
    tree = panel.ui.checkTree
    model = tree.model()
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert rows[0] == [
        "Failed",
        "无超过 20 秒的无解释静默（通话）",
        "1 silence over the limit, longest 25 s",
    ]
    assert rows[1] == ["Flagged", "风险关键词（投诉升级）", "1 hit"]
    assert rows[-2:] == [
        ["N/A", "首次响应 30 秒内（在线）", "Not checked on calls"],
        ["N/A", "回复间隔不超过 60 秒（在线）", "Not checked on calls"],
    ]
    transcript = view.call.transcript
    segments = transcript.segment_model
    risk_row = segments.row_of_utterance(1)
    late_row = segments.row_of_utterance(3)  # after the silence row
    assert segments.row_at(late_row).segment.text == "查到了，已经为您登记理赔。"
    assert segments.row_at(late_row - 1).kind == "silence"
    assert transcript.hit_rows() == [risk_row, late_row]

    risk = tree_index(tree, "risk", 0)
    assert risk.data(REF_ROLE) == 1
    assert risk.siblingAtColumn(0).data() == "00:03"
    assert risk.siblingAtColumn(1).data().startswith("Customer: ")
    click_tree_row(tree, risk)
    assert transcript.focus_key == "risk" and transcript.focus_row == risk_row
    index = segments.index(risk_row, 0)
    text = segments.row_at(risk_row).segment.text
    start, end = shown_span(text, text.index("投诉"), text.index("投诉") + 2)
    metrics_left = transcript.rows._metrics.text_left
    rect = transcript.visualRect(index)
    block = transcript.rows._laid(index)[0]
    origin = QPoint(rect.left() + metrics_left, rect.top() + 7)
    assert FOCUS_BG.name() in painted_colours(
        transcript, hit_rect(origin, block.layout, start, end)
    )

    click_tree_row(tree, tree_index(tree, "T3", 0))
    assert transcript.focus_row == late_row
    assert model.index(0, 2, model.index(0, 0)).data() == "Silence 25 s"
    tasks.wait_for_tasks()


def test_a_record_not_checked_yet_says_so_and_folding_gives_the_room_back(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    _window, page = open_records(qtbot, qt_services, outlet.admin)
    view = show_record(qtbot, page, outlet.ids["C001-clean"])
    assert view.shown_checks == []
    assert view.checks.state_text().startswith("Not checked yet")
    assert not view.checks.ui.checkTree.isVisible()
    assert view.chat.hit_rows() == []

    qt_services.autocheck.run(outlet.admin)
    page.checks_changed()
    qtbot.waitUntil(lambda: bool(view.shown_checks), timeout=WAIT_MS)
    assert view.checks.summary() == "9 passed · 3 N/A"
    assert view.checks.state_text() == ""
    assert view.chat.hit_rows() == []  # nothing failed: nothing marked

    panel_height = view.checks.height()
    click(view.checks.ui.toggleButton)
    assert view.checks.folded and not view.checks.ui.checkTree.isVisible()
    qtbot.waitUntil(lambda: view.checks.height() < panel_height)
    click(view.checks.ui.toggleButton)
    assert not view.checks.folded and view.checks.ui.checkTree.isVisible()
    tasks.wait_for_tasks()


def test_the_tools_menu_runs_the_checks_and_who_may(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    auditor_window, auditor_page = open_records(qtbot, qt_services, outlet.auditor)
    assert not auditor_page.ui.runChecksButton.isVisible()
    assert not auditor_window.menuTools.menuAction().isVisible()
    assert not auditor_window.run_autochecks()
    assert not status_label(auditor_window).isVisible()
    auditor_window.close()

    window, page = open_records(qtbot, qt_services, outlet.admin)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&View", "&Tools", "&Help"]
    assert window.actionRunChecks.text() == "Run &automatic checks"
    with qtbot.waitSignal(window.autocheck.sig_finished, timeout=WAIT_MS):
        window.actionRunChecks.trigger()
    qtbot.waitUntil(lambda: page.ui.flagFilter.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Automatic checks finished: 6 records checked."

    # The auditor may not run them but reads the flags they left.
    window.close()
    auditor_window, auditor_page = open_records(qtbot, qt_services, outlet.auditor)
    qtbot.waitUntil(lambda: auditor_page.ui.flagFilter.isVisible(), timeout=WAIT_MS)
    assert "风险关键词（投诉升级）" in shown(auditor_page, "flags")[0]
    tasks.wait_for_tasks()


def test_cancelling_a_run_closes_its_dialog_and_allows_the_next(
    qtbot: QtBot, qt_services: Services, outlet: Outlet, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_run = qt_services.autocheck.run
    calls: list[str] = []

    def slow_run(actor: Any, *, progress: Callable[..., None], cancelled: Callable[[], bool]):
        # Advances one step at a time until asked to stop, as the service does per chunk.
        calls.append("slow")
        done = 0
        while not cancelled():
            done = min(done + 1, 99)
            progress(done, 100, "Running automatic checks")
            time.sleep(0.01)
        raise RuntimeError("stopped")

    monkeypatch.setattr(qt_services.autocheck, "run", slow_run)
    window, page = open_records(qtbot, qt_services, outlet.admin)
    click(page.ui.runChecksButton)
    assert not page.ui.runChecksButton.isEnabled()
    assert not window.actionRunChecks.isEnabled()

    def dialog() -> QProgressDialog | None:
        found = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=WAIT_MS)
    box = dialog()
    assert box is not None and box.windowTitle() == "Automatic checks"
    qtbot.waitUntil(lambda: box.value() > 0, timeout=WAIT_MS)
    assert box.labelText() == "Running automatic checks"
    cancel = next(b for b in box.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(window.autocheck.sig_idle, timeout=WAIT_MS):
        click(cancel)
    assert dialog() is None
    assert page.ui.runChecksButton.isEnabled() and window.actionRunChecks.isEnabled()

    monkeypatch.setattr(qt_services.autocheck, "run", real_run)
    summary = run_from_page(qtbot, window, page)
    assert summary.records == 6 and calls == ["slow"]
    tasks.wait_for_tasks()


def test_an_import_and_a_newly_published_version_check_again_in_the_background(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    qt_services.org.create_vendor(outlet.admin, "V02", "速达联合呼叫中心")
    qt_services.autocheck.run(outlet.admin)
    window, page = open_records(qtbot, qt_services, outlet.admin)
    runner = window.autocheck

    wizard = window.open_import_wizard()
    assert wizard is not None
    choose_file(qtbot, wizard, CHATS_A)
    to_preview(qtbot, wizard)
    progress: list[tuple[int, int]] = []
    runner.sig_progress.connect(lambda done, total, _text: progress.append((done, total)))
    with qtbot.waitSignal(runner.sig_finished, timeout=WAIT_MS) as finished:
        click(next_button(wizard))
    assert finished.args[0].records == 240  # the imported ones only
    assert progress and progress[-1] == (240, 240)
    assert qt_services.autocheck.stale_count(outlet.admin) == 0
    wizard.close()
    qtbot.waitUntil(lambda: page.model.rowCount() > 6 and not page.is_busy(), timeout=WAIT_MS)

    # A new version with a stricter first response: published from the Checklists page,
    # which tells the window; every record is checked again by it.
    checklists = qt_services.checklists
    current = checklists.active_versions(outlet.admin)[0]
    draft = checklists.new_draft(outlet.admin, current.id)
    spec = checklists.spec(outlet.admin, draft.id)
    sections = list(spec.sections)
    items = [
        replace(i, auto_params={**i.auto_params, "limit_s": 5}) if i.code == "T1" else i
        for i in sections[2].items
    ]
    sections[2] = replace(sections[2], items=tuple(items))
    checklists.save_draft(outlet.admin, draft.id, replace(spec, sections=tuple(sections)))
    published = checklists.publish(outlet.admin, draft.id)
    checklists_page = window.show_page("checklists")
    assert checklists_page is not None
    with qtbot.waitSignal(runner.sig_finished, timeout=WAIT_MS) as finished:
        checklists_page.sig_version_published.emit(published.id)
    assert finished.args[0].versions == (published.id,)
    assert finished.args[0].records == 246
    assert qt_services.autocheck.stale_count(outlet.admin) == 0
    # C001 answered in 8 s: now too slow.
    checks = qt_services.autocheck.results_for_record(outlet.admin, outlet.ids["C001-clean"])
    assert {c.key: c.verdict for c in checks}["T1"] == "fail"
    tasks.wait_for_tasks()


def test_a_background_run_gives_way_to_the_import_wizard_and_resumes_after(
    qtbot: QtBot, qt_services: Services, outlet: Outlet, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[str] = []

    def slow_run(actor: Any, *, progress: Callable[..., None], cancelled: Callable[[], bool]):
        runs.append("started")
        while not cancelled():
            time.sleep(0.01)
        runs.append("stopped")
        raise RuntimeError("stopped")

    monkeypatch.setattr(qt_services.autocheck, "run", slow_run)
    window, _page = open_records(qtbot, qt_services, outlet.admin)
    runner = window.autocheck
    assert runner.run_in_background()
    qtbot.waitUntil(lambda: runs == ["started"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: status_label(window).text() == "Automatic checks running…")
    assert window.findChild(QToolButton, "checksCancel").isVisible()
    with qtbot.waitSignal(runner.sig_idle, timeout=WAIT_MS):
        wizard = window.open_import_wizard()
    assert wizard is not None and runs == ["started", "stopped"]
    assert not runner.running
    with qtbot.waitSignal(runner.sig_started, timeout=WAIT_MS):
        wizard.reject()
    qtbot.waitUntil(lambda: runs[-1] == "started", timeout=WAIT_MS)
    # The status bar's Cancel stops it for good.
    with qtbot.waitSignal(runner.sig_idle, timeout=WAIT_MS):
        click(window.findChild(QToolButton, "checksCancel"))
    assert runs == ["started", "stopped", "started", "stopped"]
    assert not window.findChild(QToolButton, "checksCancel").isVisible()
    tasks.wait_for_tasks()


# ------------------------------------------------------------------ pieces
def _check(key: str, verdict: str, evidence: tuple[Any, ...] = (), **more: Any) -> RecordCheck:
    values: dict[str, Any] = {
        "key": key,
        "rule": "forbidden_phrases",
        "item_code": key,
        "label": f"label {key}",
        "verdict": verdict,
        "suggested": None,
        "occurrences": len(evidence),
        "measured": None,
        "evidence": evidence,
        "version_id": 1,
    }
    values.update(more)
    return RecordCheck(**values)


def test_the_check_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, qt_services: Services, outlet: Outlet
) -> None:
    qt_services.autocheck.run(outlet.admin)
    detail = qt_services.records.detail(outlet.admin, outlet.ids["C002-rude"])
    checks = qt_services.autocheck.results_for_record(outlet.admin, outlet.ids["C002-rude"])
    model = CheckModel()
    lines = conversation_lines(detail, "Asia/Shanghai")
    model.set_checks(checks, lines, "chat")
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    failed = model.index(0, 0)
    assert model.rowCount(failed) == 3 and model.rowCount(model.index(0, 1)) == 0
    child = model.index(2, 1, failed)
    assert child.parent() == failed and model.check_at(child).key == "S3"
    assert child.data(Qt.ItemDataRole.ToolTipRole) == f"10:00:28 Agent: {RUDE}"
    assert failed.data(Qt.ItemDataRole.BackgroundRole) is not None
    model.set_checks([], {}, "chat")
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_hits_are_placed_on_the_painted_text() -> None:
    # Line breaks and tabs are painted differently; characters outside the BMP take two units.
    assert shown_span("ab\r\ncd催", 4, 6) == (3, 5)
    assert shown_span("😀催什么催", 1, 5) == (2, 6)
    assert shown_span("\t催", 1, 2) == (4, 5)
    assert shown_span("短", 0, 5) is None
    assert snippet("前面" * 20 + "催什么催" + "后面", 40, 44).startswith("…")
    assert "催什么催" in snippet("前面" * 20 + "催什么催" + "后面", 40, 44)
    assert snippet("短句") == "短句"


def test_a_long_message_opens_to_show_its_hit(qtbot: QtBot) -> None:
    at = datetime(2026, 11, 4, 1, 0, tzinfo=UTC)
    text = "很长的一段说明。" * 200 + NEW_PHRASE
    detail = RecordDetail(
        row=_row("chat"),
        messages=[MessageInfo(1, 1, at, "customer", None, "在吗", None),
                  MessageInfo(2, 2, at, "agent", None, text, None)],
        segments=[],
        call=None,
    )  # fmt: skip
    view = RecordView(timezone="Asia/Shanghai")
    qtbot.addWidget(view)
    view.resize(600, 700)
    view.show()
    view.show_record(detail)
    start = text.index(NEW_PHRASE)
    evidence = (Evidence(2, "agent", NEW_PHRASE, start, start + len(NEW_PHRASE)),)
    view.show_checks([_check("S3", "fail", evidence)])
    assert not view.chat.chat_model.index(1, 0).data(cv.EXPANDED_ROLE)
    assert view.checks.select("S3", 0)
    assert view.chat.chat_model.index(1, 0).data(cv.EXPANDED_ROLE)  # opened in full
    assert view.chat.focus_row == 1
    # Another record: its hits are gone until its checks come.
    view.show_record(replace(detail, messages=detail.messages[:1]))
    assert view.chat.hit_rows() == [] and view.shown_checks is None
    assert view.checks.state_text() == "Loading the automatic checks…"
