"""The Records page driven like a user: navigation, filters, Chinese search, sorting, reading a
record beside the list, scoping, and the lazy record model under Qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from admin_fixtures import choose, click, click_row, type_into
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from qa_desk import app
from qa_desk.domain import passwords
from qa_desk.domain.timeutil import to_local, utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.demo import load_demo
from qa_desk.services.records import RecordFilter
from qa_desk.services.registry import Services
from qa_desk.storage import search
from qa_desk.storage.models import AutoCheckResult, Checklist, ChecklistVersion, Message, Segment
from qa_desk.storage.unit_of_work import unit_of_work
from qa_desk.ui import tasks
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.models.records import RecordModel
from qa_desk.ui.pages.records_page import RecordsPage

T0 = datetime(2026, 11, 1, 1, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture
def demo(services: Services, admin: Actor) -> Services:
    """The demo outlet: two vendors, 6,000 chats and calls over the last four weeks."""
    load_demo(services, admin)
    return services


def open_records(qtbot: QtBot, services: Services, actor: Actor) -> tuple[MainWindow, RecordsPage]:
    """Open the main window and click Records in the navigation, as a user does."""
    window = app.open_main_window(services, actor)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    qtbot.waitExposed(window)
    nav = window.ui.navList
    row = next(i for i in range(nav.count()) if nav.item(i).text() == "Records")
    assert row == 0, "Records comes first in the navigation"
    rect = nav.visualItemRect(nav.item(row))
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.page("records")
    assert isinstance(page, RecordsPage) and window.ui.pageStack.currentWidget() is page
    wait_loaded(qtbot, page)
    return window, page


def wait_loaded(qtbot: QtBot, page: RecordsPage) -> None:
    """Until the list and its count label reflect the current filter."""
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)


def shown(page: RecordsPage, name: str) -> list[str]:
    column = page.model.column_index(name)
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def label_count(page: RecordsPage) -> int:
    text = page.ui.countLabel.text()
    assert text.endswith(("records", "record")), text
    return int(text.split()[0].replace(",", ""))


# ------------------------------------------------------------------ the user's path
def test_filter_by_vendor_and_period_search_in_chinese_and_read_a_record(
    qtbot: QtBot, demo: Services
) -> None:
    inspector = demo.accounts.actor_by_login("qa.chen")
    _window, page = open_records(qtbot, demo, inspector)
    records = demo.records
    assert label_count(page) == 6000
    assert page.ui.countLabel.text() == "6,000 records"
    assert page.model.rowCount() == RecordModel.PAGE  # one page, not the whole table
    times = [r.started_at for r in (page.model.record_at(i) for i in range(20))]
    assert times == sorted(times, reverse=True)  # newest first
    assert not page.ui.flagFilter.isVisible()  # no auto-check results yet

    choose(page.ui.vendorFilter, "V02")
    wait_loaded(qtbot, page)
    v02 = next(v for v in demo.org.vendors(inspector) if v.code == "V02")
    assert set(shown(page, "vendor")) == {"V02"}
    assert label_count(page) == records.count(inspector, RecordFilter(vendor_ids=(v02.id,)))
    # The team and agent lists now hold V02's only.
    teams = [page.ui.teamFilter.itemData(i) for i in range(1, page.ui.teamFilter.count())]
    assert teams and all(t in {x.id for x in demo.org.teams(inspector, v02.id)} for t in teams)
    agent_texts = [page.ui.agentFilter.itemText(i) for i in range(1, page.ui.agentFilter.count())]
    assert agent_texts and all(t.startswith("A02") for t in agent_texts)

    click(page.ui.weekButton)
    wait_loaded(qtbot, page)
    today = to_local(utcnow()).date()
    assert page.ui.periodCheck.isChecked()
    assert page.ui.dateTo.date().toPython() == today
    assert page.ui.dateFrom.date().toPython() == today - timedelta(days=6)
    week = RecordFilter(vendor_ids=(v02.id,), date_from=today - timedelta(days=6), date_to=today)
    assert label_count(page) == records.count(inspector, week)
    assert all(
        today - timedelta(days=6) <= to_local(r.started_at).date() <= today
        for r in (page.model.record_at(i) for i in range(page.model.rowCount()))
    )

    type_into(page.ui.searchEdit, "投诉")
    assert label_count(page) == records.count(inspector, week)  # typing alone applies nothing
    QTest.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    wait_loaded(qtbot, page)
    expected = records.count(inspector, RecordFilter(**{**week.__dict__, "text": "投诉"}))
    assert 0 < expected < records.count(inspector, week)
    assert label_count(page) == expected and page.model.rowCount() == min(expected, 200)
    assert set(shown(page, "vendor")) == {"V02"}

    # Select a row: the record view beside the list shows it, with the search term in it.
    table = page.ui.recordTable
    click_row(table, 1)
    wanted = page.model.record_at(1)
    qtbot.waitUntil(lambda: page.record_view.detail is not None)
    detail = page.record_view.detail
    assert detail is not None and detail.row.id == wanted.id
    assert page.record_view.ui.titleLabel.text() == wanted.external_id
    lines = [m.text for m in detail.messages] + [s.text for s in detail.segments]
    assert any("投诉" in line for line in lines)
    # Keyboard: the next row shows the next record.
    QTest.keyClick(table, Qt.Key.Key_Down)
    following = page.model.record_at(2)
    qtbot.waitUntil(lambda: page.record_view.detail.row.id == following.id)

    # Clearing the search box shows the whole week again; Clear filters shows everything.
    page.ui.searchEdit.clear()
    wait_loaded(qtbot, page)
    assert label_count(page) == records.count(inspector, week)
    click(page.ui.clearFilters)
    wait_loaded(qtbot, page)
    assert label_count(page) == 6000 and not page.ui.periodCheck.isChecked()
    tasks.wait_for_tasks()


def test_opening_the_page_indexes_imported_text_in_the_background(
    qtbot: QtBot, demo: Services
) -> None:
    with demo.db.session() as s:
        assert search.high_water_marks(s) == {"message": 0, "segment": 0}
    _window, page = open_records(qtbot, demo, demo.accounts.actor_by_login("qa.lin"))
    qtbot.waitUntil(lambda: page._index_task is None, timeout=20_000)
    with demo.db.session() as s:
        marks = search.high_water_marks(s)
        assert marks["message"] == s.scalar(select(func.max(Message.id)))
        assert marks["segment"] == s.scalar(select(func.max(Segment.id)))
    assert page.ui.indexLabel.text() == ""
    # A three-character term now comes from the index; the answer is the same.
    type_into(page.ui.searchEdit, "请稍等")
    QTest.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    wait_loaded(qtbot, page)
    plain = RecordFilter(text="请稍等")
    assert label_count(page) == demo.records.count(demo.accounts.actor_by_login("qa.lin"), plain)


# ------------------------------------------------------------------ small hand-made data
def add_records(services: Services, org: dict[str, Any], n: int) -> dict[str, int]:
    """``n`` chats alternating between V01 (A0101) and V02 (A0201), one hour apart."""
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            (
                "t",
                f"R{i:03d}",
                "chat",
                org["v1"].id if i % 2 else org["v2"].id,
                org["a1"].id if i % 2 else org["a2"].id,
                T0 + timedelta(hours=i),
                T0 + timedelta(hours=i, minutes=3),
                None,
                f"SF{i:013d}",
                ("投诉", "延误", None)[i % 3],
                (5, None, 3, 1)[i % 4],
                [],
                2,
                float(i % 7) if i % 5 else None,
                None,
            )
            for i in range(n)
        )
        ids = uow.bulk.record_ids("t")
        uow.bulk.insert_messages(
            (ids[f"R{i:03d}"], k, T0 + timedelta(hours=i, seconds=k * 20), role, None, line)
            for i in range(n)
            for k, (role, line) in enumerate(
                [("customer", f"第{i}单怎么还没到"), ("agent", "请稍等，我查一下")], 1
            )
        )
    return ids


def test_the_record_model_passes_the_model_tester_and_pages_lazily(
    qtbot: QtBot,
    qtmodeltester: Any,
    services: Services,
    org: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_records(services, org, 23)
    monkeypatch.setattr(RecordModel, "PAGE", 5)
    model = RecordModel(services, org["admin"])
    with qtbot.waitSignal(model.sig_loaded):
        model.load()
    assert model.rowCount() == 5 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 23
    assert [model.record_at(i).external_id for i in range(3)] == ["R022", "R021", "R020"]
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Satisfaction"
    assert model.index(0, 5).data() == "★★★☆☆" and model.index(1, 5).data() == ""
    assert model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole) == "Not rated"

    # Sorting asks the database again, by the column's key; empty ratings come last.
    csat = model.column_index("csat")
    with qtbot.waitSignal(model.sig_loaded):
        model.sort(csat, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore(QModelIndex())
    ratings = [model.record_at(i).csat for i in range(model.rowCount())]
    rated = [r for r in ratings if r is not None]
    assert ratings == sorted(rated) + [None] * (len(ratings) - len(rated))
    # A column the database cannot sort by is left alone.
    model.sort(model.column_index("waybill"), Qt.SortOrder.AscendingOrder)
    assert model.sort_state() == (csat, Qt.SortOrder.AscendingOrder) and not model.loading
    qtmodeltester.check(model)


def test_headers_sort_in_the_database_and_unsortable_ones_keep_the_indicator(
    qtbot: QtBot, services: Services, org: dict[str, Any]
) -> None:
    add_records(services, org, 12)
    _window, page = open_records(qtbot, services, org["admin"])
    table = page.ui.recordTable
    header = table.horizontalHeader()

    def click_header(name: str) -> None:
        column = page.model.column_index(name)
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header("first_response")
    wait_loaded(qtbot, page)
    values = [page.model.record_at(i).first_response_s for i in range(page.model.rowCount())]
    present = [v for v in values if v is not None]
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    nulls = [None] * (len(values) - len(present))
    assert present and values == sorted(present, reverse=descending) + nulls
    sorted_column = header.sortIndicatorSection()
    assert sorted_column == page.model.column_index("first_response")
    click_header("channel")
    assert header.sortIndicatorSection() == sorted_column


def test_a_supervisor_gets_the_own_vendor_only(
    qtbot: QtBot, services: Services, org: dict[str, Any]
) -> None:
    add_records(services, org, 10)
    _window, page = open_records(qtbot, services, org["sup1"])
    assert not page.ui.vendorFilter.isEnabled()
    assert page.ui.vendorFilter.currentText().startswith("V01")
    assert set(shown(page, "vendor")) == {"V01"} and label_count(page) == 5
    agents = [page.ui.agentFilter.itemText(i) for i in range(page.ui.agentFilter.count())]
    assert agents == ["All agents", "A0101 张敏"]


def test_the_flag_filter_appears_once_auto_check_results_exist(
    qtbot: QtBot, services: Services, org: dict[str, Any]
) -> None:
    ids = add_records(services, org, 6)
    window, page = open_records(qtbot, services, org["admin"])
    flags_column = page.model.column_index("flags")
    assert not page.ui.flagFilter.isVisible() and page.ui.recordTable.isColumnHidden(flags_column)
    with services.db.session(write=True) as s:
        checklist = Checklist(name="标准", active=True, created_at=T0)
        s.add(checklist)
        s.flush()
        version = ChecklistVersion(
            checklist_id=checklist.id, number=1, status="published", pass_mark=Decimal(80),
            created_at=T0,
        )  # fmt: skip
        s.add(version)
        s.flush()
        for ext, verdict in (("R001", "flag"), ("R002", "pass"), ("R004", "fail")):
            s.add(
                AutoCheckResult(
                    record_id=ids[ext], version_id=version.id, rule="forbidden_words",
                    verdict=verdict, run_at=T0,
                )
            )  # fmt: skip
    window.show_page("admin")
    window.show_page("records")  # shown again: refreshed
    wait_loaded(qtbot, page)
    assert page.ui.flagFilter.isVisible()
    assert not page.ui.recordTable.isColumnHidden(flags_column)
    choose(page.ui.flagFilter, "forbidden_words")
    wait_loaded(qtbot, page)
    assert sorted(shown(page, "external_id")) == ["R001", "R004"]
    assert shown(page, "flags") == ["forbidden_words", "forbidden_words"]


def test_the_page_reads_in_chinese(qtbot: QtBot, services: Services, org: dict[str, Any]) -> None:
    add_records(services, org, 3)
    window, page = open_records(qtbot, services, org["admin"])
    window.ui.actionChinese.trigger()
    qtbot.waitUntil(lambda: page.ui.countLabel.text() != "3 records")
    assert page.ui.countLabel.text() == "3 条记录"
    assert page.ui.searchLabel.text().startswith("查找")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "时间"
    assert page.ui.channelFilter.itemText(0) == "会话和通话"
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "3 records")
