"""The Sampling page driven like a user: an admin builds a stratified plan with clicks and keys,
previews it (population and strata), draws it and reads why each record was drawn, with the
stored rows checked; the ISO 2859-1 explanation follows the AQL; a saved plan is run again for
another period; selected records are reassigned; the population is narrowed by ticking
agents; inspectors do not see the page; the page's models pass Qt's model tester."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from admin_fixtures import Org, build_org, choose, click, press_ok, type_into
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from qa_desk.domain import passwords
from qa_desk.domain.roles import Role
from qa_desk.domain.sampling import SizeRule, allocate
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local, utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.services.sampling import PlanSpec, PopulationFilter
from qa_desk.storage.models import SampleItem
from qa_desk.storage.unit_of_work import unit_of_work
from qa_desk.ui import tasks
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.models.sampling import PlanModel, SampleItemModel, SampleModel, StratumModel
from qa_desk.ui.models.sampling_choices import ChoiceListModel
from qa_desk.ui.models.sampling_labels import reason_text
from qa_desk.ui.pages.sampling_page import SamplingPage
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.sampling_choices import SamplingChoiceButton
from qa_desk.ui.widgets.sampling_plan_editor import quick_period

SHANGHAI = ZoneInfo(DEFAULT_TIMEZONE)
# Records per agent last week: unequal strata, so the proportional allocation shows.
LAST_WEEK = {"A0101": 24, "A0201": 18, "A0102": 12, "A0103": 6}
THIS_WEEK = {"A0101": 3, "A0201": 3, "A0102": 2, "A0103": 2}


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


@dataclass
class Outlet:
    org: Org
    agents: dict[str, int]  # employee id → agent id
    vendor_of: dict[str, int]  # employee id → vendor id
    last_week: dict[str, list[int]]  # employee id → record ids
    this_week: dict[str, list[int]]
    external: dict[int, str]  # record id → external id
    inspector2: Actor  # a second inspector, of vendor V02


def today() -> date:
    return to_local(utcnow(), DEFAULT_TIMEZONE).date()


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), SHANGHAI).astimezone(UTC)


@pytest.fixture
def outlet(qt_services: Services) -> Outlet:
    """Four agents of two vendors, 60 chats last week and 10 this week, the default
    checklist published, and two inspectors (one belonging to vendor V02)."""
    svc = qt_services
    org = build_org(svc)
    a3 = svc.org.create_agent(org.admin, "A0102", "李娜", org.v1.id, org.t1b.id)
    a4 = svc.org.create_agent(org.admin, "A0103", "赵强", org.v1.id, org.t1.id)
    agents = {"A0101": org.a1.id, "A0201": org.a2.id, "A0102": a3.id, "A0103": a4.id}
    vendor_of = {"A0101": org.v1.id, "A0201": org.v2.id, "A0102": org.v1.id, "A0103": org.v1.id}
    svc.accounts.create_user(
        org.admin, "insp2", "质检员二", Role.INSPECTOR, "secret-pass-1", org.v2.id
    )
    svc.checklists.install_default(org.admin, "zh_CN")

    monday = quick_period("last_week", today())[0]
    this_monday = quick_period("this_week", today())[0]
    rows = []
    plan: list[tuple[str, str, date, int]] = []
    for employee, count in LAST_WEEK.items():
        for k in range(count):
            plan.append((f"LW-{employee}-{k:02d}", employee, monday + timedelta(days=k % 7), k))
    for employee, count in THIS_WEEK.items():
        for k in range(count):
            plan.append((f"TW-{employee}-{k:02d}", employee, this_monday, k))
    for external, employee, day, k in plan:
        start = _at(day, 9 + k % 8, k % 60)
        rows.append(
            (
                "t",
                external,
                "chat",
                vendor_of[employee],
                agents[employee],
                start,
                start + timedelta(minutes=4),
                None,
                f"SF{abs(hash(external)) % 10**13:013d}",
                "延误",
                (5, 4, 1, None)[k % 4],
                [],
                2,
                10.0,
                None,
            )
        )
    with unit_of_work(svc.db, write=True) as uow:
        uow.bulk.insert_records(rows)
        ids = uow.bulk.record_ids("t")
    last_week: dict[str, list[int]] = {e: [] for e in LAST_WEEK}
    this_week: dict[str, list[int]] = {e: [] for e in THIS_WEEK}
    for external, employee, _day, _k in plan:
        (last_week if external.startswith("LW") else this_week)[employee].append(ids[external])
    external_of = {record_id: external for external, record_id in ids.items()}
    return Outlet(
        org,
        agents,
        vendor_of,
        last_week,
        this_week,
        external_of,
        svc.accounts.actor_by_login("insp2"),
    )


# ------------------------------------------------------------------ helpers
def open_sampling(
    qtbot: QtBot, services: Services, actor: Actor
) -> tuple[MainWindow, SamplingPage]:
    """The main window at 1280×800 with Sampling clicked in the navigation."""
    window = MainWindow(services, actor, UiSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    nav = window.ui.navList
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles.index("Sampling") == titles.index("Checklists") + 1
    rect = nav.visualItemRect(nav.item(titles.index("Sampling")))
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.page("sampling")
    assert isinstance(page, SamplingPage) and window.ui.pageStack.currentWidget() is page
    settle(qtbot, page)
    return window, page


def settle(qtbot: QtBot, page: SamplingPage) -> None:
    """Until nothing is being counted, fetched or stored any more."""
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    tasks.wait_for_tasks()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)


def cells(view: QTableView, column: int) -> list[str]:
    model = view.model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.index(r, column).data() for r in range(model.rowCount())]


def column_of(view: QTableView, title: str) -> int:
    model = view.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def tick(qtbot: QtBot, button: SamplingChoiceButton, *texts: str) -> None:
    """Open the button's list, click the rows starting with ``texts``, close it."""
    click(button)
    popup = button.popup
    assert popup is not None and popup.isVisible()
    view = popup.ui.choiceList
    model = button.model
    for text in texts:
        [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(text)]
        rect = view.visualRect(model.index(row, 0))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())


def type_choice(combo: Any, text: str) -> None:
    """Choose in a combo box by typing the start of the item, as a keyboard user does."""
    combo.setFocus()
    QTest.keyClicks(combo, text)
    assert combo.currentText() == text, f"chose {combo.currentText()!r}"


def set_spin(spin: Any, value: int) -> None:
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, str(value))
    QTest.keyClick(spin, Qt.Key.Key_Tab)


def stored_items(services: Services, sample_id: int) -> list[SampleItem]:
    """The sample's rows as stored (read past the services)."""
    with services.db.session() as session:
        rows = session.scalars(
            select(SampleItem).where(SampleItem.sample_id == sample_id).order_by(SampleItem.id)
        ).all()
        session.expunge_all()
        return list(rows)


def fill_stratified_plan(qtbot: QtBot, page: SamplingPage, n: int) -> None:
    """Last week, stratified per agent, proportional, a fixed n — all by clicks and keys."""
    ui = page.editor.ui
    type_into(ui.nameEdit, "每周按坐席抽检")
    click(ui.lastWeekButton)
    choose(ui.sizeRuleCombo, "Fixed number")
    set_spin(ui.fixedSpin, n)
    choose(ui.methodCombo, "Stratified")
    assert ui.stratifyCombo.isVisible() and ui.stratifyCombo.currentText() == "Agent"
    assert ui.allocationCombo.currentText() == "Proportional to size"
    settle(qtbot, page)


# ------------------------------------------------------------------ the user's path
def test_admin_builds_a_stratified_plan_previews_draws_and_reads_the_reasons(
    qtbot: QtBot, qt_services: Services, outlet: Outlet, message_boxes: Any
) -> None:
    admin = outlet.org.admin
    _window, page = open_sampling(qtbot, qt_services, admin)
    ui = page.ui
    assert ui.tabs.currentWidget() is ui.plansTab
    assert page.editor.ui.checklistCombo.currentText() != ""

    fill_stratified_plan(qtbot, page, 12)
    click(ui.previewButton)
    settle(qtbot, page)

    # The preview: the population, nothing left out yet, the size and the strata.
    assert ui.populationValue.text() == "60 records"
    assert ui.excludedValue.text() == "none"
    assert ui.sizeValue.text() == "12 records"
    assert ui.sizeExplanation.text() == "Fixed: n = 12 of 60 records."
    expected = allocate(LAST_WEEK, 12, "proportional")
    strata = dict(zip(cells(ui.strataTable, 0), cells(ui.strataTable, 1), strict=True))
    drawn = dict(zip(cells(ui.strataTable, 0), cells(ui.strataTable, 2), strict=True))
    assert {s.split()[0] for s in strata} == set(LAST_WEEK)
    for label, count in strata.items():
        employee = label.split()[0]
        assert count == str(LAST_WEEK[employee])
        assert drawn[label] == str(expected[employee])
    assert page.editor.explanation() == "Fixed: n = 12 of 60 records."
    assert qt_services.sampling.samples(admin) == []  # a preview stores nothing

    click(ui.drawButton)
    assert message_boxes.texts("question") == [
        "Draw 12 records of 60 and store the sample? Its records wait in the shared pool."
    ]
    settle(qtbot, page)

    # The sample is listed and its records shown, each with why it was drawn.
    assert ui.tabs.currentWidget() is ui.samplesTab
    [sample] = qt_services.sampling.samples(admin)
    assert (sample.size, sample.population, sample.method) == (12, 60, "stratified")
    assert cells(ui.sampleTable, column_of(ui.sampleTable, "Size")) == ["12"]
    assert cells(ui.sampleTable, column_of(ui.sampleTable, "Seed")) == [str(sample.seed)]
    reasons = cells(ui.itemTable, column_of(ui.itemTable, "Why it was drawn"))
    records = cells(ui.itemTable, column_of(ui.itemTable, "Record"))
    assert len(reasons) == 12
    for employee, picked in expected.items():
        text = f"Stratified by agent {employee}: {picked} of {LAST_WEEK[employee]} records"
        assert reasons.count(text) == picked, (text, reasons)

    # What the table shows is what was stored.
    stored = stored_items(qt_services, sample.id)
    assert sorted(outlet.external[i.record_id] for i in stored) == sorted(records)
    assert Counter(i.stratum for i in stored) == Counter({e: k for e, k in expected.items() if k})
    for item in stored:
        reason = json.loads(item.reason)
        employee = outlet.external[item.record_id].split("-")[1]
        assert reason["code"] == "stratified" and reason["stratum"] == employee
        assert item.record_id in outlet.last_week[employee]
        assert item.weight == pytest.approx(LAST_WEEK[employee] / expected[employee])

    # Drawn is not inspected: the records stay in the population until they are scored.
    settle(qtbot, page)
    assert ui.populationValue.text() == "60 records"


def test_the_size_explanation_follows_the_aql_the_level_and_the_margin(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    _window, page = open_sampling(qtbot, qt_services, outlet.org.admin)
    ui = page.editor.ui
    click(ui.lastWeekButton)
    choose(ui.sizeRuleCombo, "ISO 2859-1")
    assert ui.levelCombo.isVisible() and ui.levelCombo.currentText() == "II"
    assert ui.aqlCombo.currentText() == "1.0"
    settle(qtbot, page)
    # Lot 60, level II: code letter E, n = 13; AQL 1.0 accepts 0, rejects 1.
    assert page.editor.explanation() == (
        "ISO 2859-1 level II, AQL 1.0: lot 60 → code letter E, n = 13, Ac 0 / Re 1."
    )
    type_choice(ui.aqlCombo, "4.0")
    assert page.editor.explanation() == (
        "ISO 2859-1 level II, AQL 4.0: lot 60 → code letter E, n = 13, Ac 1 / Re 2."
    )
    # AQL 0.65 at E is an arrow down: the plan of F applies, with its sample size.
    for _step in range(4):  # 4.0 → 2.5 → 1.5 → 1.0 → 0.65, with the arrow key
        QTest.keyClick(ui.aqlCombo, Qt.Key.Key_Up)
    assert ui.aqlCombo.currentText() == "0.65"
    assert page.editor.explanation() == (
        "ISO 2859-1 level II, AQL 0.65: lot 60 → code letter E (arrow to F), n = 20, Ac 0 / Re 1."
    )
    QTest.keyClick(ui.levelCombo, Qt.Key.Key_Down)
    assert ui.levelCombo.currentText() == "III"
    assert page.editor.explanation() == (
        "ISO 2859-1 level III, AQL 0.65: lot 60 → code letter F, n = 20, Ac 0 / Re 1."
    )
    settle(qtbot, page)
    assert page.ui.sizeExplanation.text() == page.editor.explanation()
    assert page.ui.sizeValue.text() == "20 records"

    # Cochran: n0 = 1.96² × 0.25 / 0.05² = 384.1; n = 384.1 / (1 + 383.1 / 60) = 52.01 → 53.
    choose(ui.sizeRuleCombo, "Cochran")
    assert page.editor.explanation() == (
        "Cochran, 95 % confidence, margin ±5 %, p = 0.5: N = 60 → n = 53."
    )
    set_spin(ui.marginSpin, 10)  # n0 = 96.0; n = 96.0 / (1 + 95.0 / 60) = 37.2 → 38
    assert page.editor.explanation().endswith("N = 60 → n = 38.")


def test_a_saved_plan_is_run_again_for_another_period(
    qtbot: QtBot, qt_services: Services, outlet: Outlet, message_boxes: Any
) -> None:
    admin = outlet.org.admin
    _window, page = open_sampling(qtbot, qt_services, admin)
    fill_stratified_plan(qtbot, page, 12)
    click(page.ui.savePlanButton)
    settle(qtbot, page)
    [plan] = qt_services.sampling.plans(admin)
    assert plan.name == "每周按坐席抽检" and plan.spec.method == "stratified"
    assert plan.spec.population.date_from == quick_period("last_week", today())[0]
    table = page.ui.planTable
    assert cells(table, 0) == ["每周按坐席抽检"]
    assert "Plan “每周按坐席抽检”" in page.ui.editorTitle.text()

    # A new plan empties the editor; clicking the saved one brings it back.
    click(page.ui.newPlanButton)
    assert page.editor.ui.nameEdit.text() == "" and page.plan_id is None
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(page.plan_model.index(0, 0)).center(),
    )
    assert page.editor.ui.nameEdit.text() == "每周按坐席抽检"
    assert page.editor.ui.methodCombo.currentText() == "Stratified"
    assert page.editor.ui.fixedSpin.value() == 12

    click(page.ui.runPlanButton)
    dialog = page.run_dialog
    assert dialog is not None and dialog.isVisible()
    click(dialog.ui.thisWeekButton)
    type_into(dialog.ui.seedEdit, "4242")
    press_ok(dialog)
    settle(qtbot, page)

    [sample] = qt_services.sampling.samples(admin)
    start, end = quick_period("this_week", today())
    assert (sample.plan_id, sample.plan_name, sample.seed) == (plan.id, plan.name, 4242)
    assert (sample.period_from, sample.period_to) == (start, end)
    this_week = {r for ids in outlet.this_week.values() for r in ids}
    stored = stored_items(qt_services, sample.id)
    assert len(stored) == 10  # the whole of this week's 10 records: n = 12 is capped
    assert {i.record_id for i in stored} == this_week
    [listed] = qt_services.sampling.plans(admin)
    assert listed.last_drawn_at is not None
    assert cells(table, column_of(table, "Last drawn"))[0] != ""
    assert page.ui.tabs.currentWidget() is page.ui.samplesTab


def test_selected_records_are_assigned_to_another_inspector(
    qtbot: QtBot, qt_services: Services, outlet: Outlet, message_boxes: Any
) -> None:
    admin = outlet.org.admin
    _window, page = open_sampling(qtbot, qt_services, admin)
    ui = page.editor.ui
    click(ui.lastWeekButton)
    set_spin(ui.fixedSpin, 6)
    # Assigned to the first inspector at the draw.
    inspectors = page.editor.inspector_model
    rows = [inspectors.index(r, 0).data() for r in range(inspectors.rowCount())]
    row = next(r for r, text in enumerate(rows) if "(insp)" in text)
    view = ui.inspectorList
    page.ui.editorScroll.ensureWidgetVisible(view)
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(inspectors.index(row, 0)).center(),
    )
    assert inspectors.checked_keys() == (outlet.org.inspector.user_id,)
    settle(qtbot, page)
    click(page.ui.drawButton)
    settle(qtbot, page)
    table = page.ui.itemTable
    assigned = column_of(table, "Assigned to")
    assert cells(table, assigned) == ["insp"] * 6

    # Select the first and third record, hand them to the second inspector.
    for r, modifier in (
        (0, Qt.KeyboardModifier.NoModifier),
        (2, Qt.KeyboardModifier.ControlModifier),
    ):
        QTest.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            modifier,
            table.visualRect(page.item_model.index(r, 0)).center(),
        )
    chosen = page.selected_item_ids()
    assert len(chosen) == 2
    click(page.ui.assignButton)
    dialog = page.assign_dialog
    assert dialog is not None and dialog.isVisible()
    choose(dialog.ui.inspectorCombo, "质检员二 (insp2)")
    press_ok(dialog)
    settle(qtbot, page)

    [sample] = qt_services.sampling.samples(admin)
    logins = {i.id: i.assigned_to for i in qt_services.sampling.items(admin, sample.id)}
    assert [logins[i] for i in chosen] == ["insp2", "insp2"]
    assert sorted(logins.values()) == ["insp"] * 4 + ["insp2"] * 2
    shown = dict(zip(page.item_model.item_ids(list(range(6))), cells(table, assigned), strict=True))
    assert shown == logins
    assert sorted(page.selected_item_ids()) == sorted(chosen)  # the selection stays


def test_ticking_agents_narrows_the_population(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    _window, page = open_sampling(qtbot, qt_services, outlet.org.admin)
    ui = page.editor.ui
    click(ui.lastWeekButton)
    settle(qtbot, page)
    assert page.ui.populationValue.text() == "60 records"
    assert ui.agentChoice.summary() == "All agents"
    tick(qtbot, ui.agentChoice, "A0101", "A0103")
    assert ui.agentChoice.summary() == "A0101 张敏, A0103 赵强"
    settle(qtbot, page)
    assert page.ui.populationValue.text() == "30 records"
    # Choosing vendor V02 leaves only its agents to choose from (and none of those ticked).
    tick(qtbot, ui.vendorChoice, "V02")
    assert [t for t, _k in ui.agentChoice.model.choices()] == ["A0201 王磊"]
    assert ui.agentChoice.summary() == "All agents"
    settle(qtbot, page)
    assert page.ui.populationValue.text() == "18 records"
    spec = page.editor.spec()
    assert spec.population.vendor_ids == (outlet.org.v2.id,)
    assert spec.population.agent_ids == ()


def test_inspectors_and_supervisors_do_not_see_the_page(
    qtbot: QtBot, qt_services: Services, outlet: Outlet
) -> None:
    for actor in (outlet.org.inspector, outlet.org.sup1, outlet.org.auditor):
        window = MainWindow(qt_services, actor, UiSettings())
        qtbot.addWidget(window)
        assert "sampling" not in window.page_ids()
        nav = window.ui.navList
        assert "Sampling" not in [nav.item(i).text() for i in range(nav.count())]
        window.close()
    window = MainWindow(qt_services, outlet.org.admin, UiSettings())
    qtbot.addWidget(window)
    assert "sampling" in window.page_ids()


# ------------------------------------------------------------------ the models
def test_the_sampling_models_pass_the_model_tester(
    qtmodeltester: Any, qt_services: Services, outlet: Outlet
) -> None:
    admin = outlet.org.admin
    sampling = qt_services.sampling
    [version] = qt_services.checklists.active_versions(admin)
    start, end = quick_period("last_week", today())
    spec = PlanSpec(
        name="按供应商",
        checklist_id=version.checklist_id,
        population=PopulationFilter(date_from=start, date_to=end),
        size=SizeRule("fixed", n=8),
        method="stratified",
        stratify_by="vendor",
        seed=7,
    )
    plan = sampling.save_plan(admin, spec)
    sample, items = sampling.draw(admin, spec, plan.id)
    assert sample is not None

    plans = PlanModel()
    plans.set_checklist_names({version.checklist_id: version.checklist_name})
    plans.set_rows(sampling.plans(admin))
    qtmodeltester.check(plans)
    assert plans.index(0, 1).data() == version.checklist_name
    assert plans.index(0, 2).data() == "Stratified by vendor, proportional to size"

    samples = SampleModel()
    samples.set_rows(sampling.samples(admin))
    qtmodeltester.check(samples)
    assert samples.index(0, 2).data() == "按供应商"

    item_model = SampleItemModel()
    item_model.set_rows(items)
    qtmodeltester.check(item_model)
    reasons = {item_model.index(r, 7).data() for r in range(item_model.rowCount())}
    assert reasons == {
        "Stratified by vendor V01: 6 of 42 records",
        "Stratified by vendor V02: 2 of 18 records",
    }

    preview = sampling.preview(admin, spec)
    strata = StratumModel()
    strata.set_rows(preview.strata)
    qtmodeltester.check(strata)
    assert [strata.index(r, 2).data() for r in range(strata.rowCount())] == ["6", "2"]

    choices = ChoiceListModel()
    choices.set_choices([("甲", 1), ("乙", 2), ("丙", 3)])
    choices.set_checked([3, 1])
    qtmodeltester.check(choices)
    assert choices.checked_keys() == (1, 3)
    assert choices.setData(
        choices.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert choices.checked_keys() == (1, 2, 3)


def test_reasons_are_phrased_for_people() -> None:
    assert reason_text({"code": "random", "of": 1240, "picked": 50}) == (
        "Simple random: 50 of 1,240 records"
    )
    assert reason_text(
        {"code": "stratified", "by": "vendor", "stratum": "V02", "of": 120, "picked": 5}
    ) == ("Stratified by vendor V02: 5 of 120 records")
    risk = {"code": "risk", "score": 6.0, "of": 80, "picked": 12}
    assert reason_text({**risk, "signals": ["flags:3", "csat:1"]}) == (
        "Risk: 3 automatic flags, satisfaction 1"
    )
    # The risk words' flag is one of the flags counted, not a signal of its own.
    assert reason_text({**risk, "signals": ["flags:2", "risk"]}) == (
        "Risk: 2 automatic flags, risk words among them"
    )
    assert reason_text({**risk, "signals": ["flags:1", "risk", "csat:2"]}) == (
        "Risk: risk words flagged, satisfaction 2"
    )
    assert reason_text({**risk, "signals": ["csat:1"]}) == "Risk: satisfaction 1"
    assert reason_text({"code": "fill", "of": 300, "picked": 4}) == (
        "Risk part, no risk signal left: at random, 4 of 300 records"
    )
