"""The Administration page driven like a user: dialogs, validation, scoping, deactivation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from admin_fixtures import (
    PASSWORD,
    Org,
    build_org,
    choose,
    click,
    click_row,
    column_texts,
    double_click_row,
    has_focus,
    open_tab,
    press_ok,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qa_desk.domain.roles import Role
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.ui import tasks
from qa_desk.ui.models.agents import local_today
from qa_desk.ui.pages.admin_page import AdminPage


@pytest.fixture
def svc(sqlite_url: str) -> Iterator[Services]:
    services, _ = open_services(sqlite_url)
    yield services
    tasks.wait_for_tasks()
    services.close()


@pytest.fixture
def org_data(svc: Services) -> Org:
    return build_org(svc)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmations are answered Yes; the questions asked are recorded."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    return asked


def open_page(qtbot: QtBot, svc: Services, actor: Actor) -> AdminPage:
    page = AdminPage(svc, actor)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def audit_count(svc: Services, org: Org) -> int:
    return svc.audit.count(org.admin)


# ------------------------------------------------------------------ vendors
def test_admin_creates_a_vendor_through_the_dialog(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    click(page.ui.newVendor)
    dialog = page.vendors.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(dialog.ui.code, "V09")
    type_into(dialog.ui.name, "远航客服外包")
    type_into(dialog.ui.contact, "王女士 138****0000")
    type_into(dialog.ui.passRate, "92.5")
    type_into(dialog.ui.actionsOnTime, "80")
    press_ok(dialog)

    assert not dialog.isVisible() and dialog.message() == ""
    stored = svc.org.vendor_by_code(org_data.admin, "V09")
    assert stored.name == "远航客服外包"
    assert stored.contact == "王女士 138****0000"
    assert stored.kpi_targets == {"pass_rate": 92.5, "actions_closed_on_time": 80.0}
    view = page.ui.vendorView
    assert "V09" in column_texts(view, 0)
    selected = page.vendors.selected()
    assert selected is not None and selected.code == "V09"
    row = column_texts(view, 0).index("V09")
    assert view.model().index(row, 3).data() == "92.5 %"
    assert view.model().index(row, 4).data() == ""  # not set


@pytest.mark.parametrize(
    ("field", "value", "focus", "expected"),
    [
        ("code", "V01", "code", "already used"),
        ("code", "V 10", "code", "without spaces"),
        ("passRate", "120", "passRate", "between 0 and 100"),
        ("name", "", "name", "vendor's name"),
    ],
)
def test_bad_vendor_input_is_shown_in_the_dialog_and_nothing_is_stored(
    qtbot: QtBot, svc: Services, org_data: Org, field: str, value: str, focus: str, expected: str
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    vendors_before = len(svc.org.vendors(org_data.admin))
    events_before = audit_count(svc, org_data)
    click(page.ui.newVendor)
    dialog = page.vendors.dialog
    assert dialog is not None
    good = {"code": "V10", "name": "新服务商", "passRate": "90"}
    for name, text in {**good, field: value}.items():
        type_into(getattr(dialog.ui, name), text)
    press_ok(dialog)

    assert dialog.isVisible(), "the dialog stays open"
    assert expected in dialog.message()
    assert "\n" not in dialog.message()
    assert dialog.ui.message.isVisible()
    assert has_focus(getattr(dialog.ui, focus))
    assert len(svc.org.vendors(org_data.admin)) == vendors_before
    assert audit_count(svc, org_data) == events_before


def test_the_message_goes_once_the_input_is_fixed(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    click(page.ui.newVendor)
    dialog = page.vendors.dialog
    assert dialog is not None
    type_into(dialog.ui.code, "V01")
    type_into(dialog.ui.name, "重复代码")
    press_ok(dialog)
    assert "V01" in dialog.message()
    type_into(dialog.ui.code, "V11")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert svc.org.vendor_by_code(org_data.admin, "V11").name == "重复代码"


def test_double_click_edits_a_vendor_whose_code_stays(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    view = page.ui.vendorView
    double_click_row(view, column_texts(view, 0).index("V02"))
    dialog = page.vendors.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.code.isReadOnly() and dialog.ui.code.text() == "V02"
    type_into(dialog.ui.name, "速达呼叫中心（新）")
    type_into(dialog.ui.passRate, "")  # emptied: the target is removed
    press_ok(dialog)
    stored = svc.org.vendor(org_data.admin, org_data.v2.id)
    assert stored.name == "速达呼叫中心（新）"
    assert stored.kpi_targets == {}
    assert "速达呼叫中心（新）" in column_texts(view, 1)


def test_vendor_search_filters_the_list(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    type_into(page.ui.vendorSearch, "速达")
    assert column_texts(page.ui.vendorView, 0) == ["V02"]
    type_into(page.ui.vendorSearch, "")
    assert column_texts(page.ui.vendorView, 0) == ["V01", "V02"]


# ------------------------------------------------------------------ agents
def test_admin_creates_an_agent_with_a_team_of_the_chosen_vendor(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.agentsTab)
    click(page.ui.newAgent)
    dialog = page.agents.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(dialog.ui.employeeId, "A0150")
    type_into(dialog.ui.name, "周杰")
    choose(dialog.ui.vendor, "V01")
    teams = [dialog.ui.team.itemText(i) for i in range(dialog.ui.team.count())]
    assert teams == ["(no team)", "一组", "二组"]
    choose(dialog.ui.vendor, "V02")
    teams = [dialog.ui.team.itemText(i) for i in range(dialog.ui.team.count())]
    assert teams == ["(no team)", "早班"], "only the chosen vendor's teams are offered"
    choose(dialog.ui.team, "早班")
    press_ok(dialog)

    assert not dialog.isVisible(), dialog.message()
    (stored,) = svc.org.agents(org_data.admin, search="A0150")
    assert (stored.name, stored.vendor_id, stored.team_id) == (
        "周杰",
        org_data.v2.id,
        org_data.t2.id,
    )
    assert stored.active_from == local_today() and stored.active_to is None
    view = page.ui.agentView
    row = column_texts(view, 0).index("A0150")
    assert [view.model().index(row, c).data() for c in (1, 2, 3, 6)] == [
        "周杰",
        "V02",
        "早班",
        "Active",
    ]


def test_an_end_date_before_the_start_is_refused(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.agentsTab)
    click(page.ui.newAgent)
    dialog = page.agents.dialog
    assert dialog is not None
    type_into(dialog.ui.employeeId, "A0160")
    type_into(dialog.ui.name, "吴芳")
    choose(dialog.ui.vendor, "V01")
    assert dialog.ui.activeFromSet.isChecked() and not dialog.ui.activeTo.isEnabled()
    QTest.mouseClick(dialog.ui.activeToSet, Qt.MouseButton.LeftButton)
    assert dialog.ui.activeTo.isEnabled()
    # A year earlier than the start (today), with the keyboard: first section, arrow down.
    dialog.ui.activeTo.setFocus()
    QTest.keyClick(dialog.ui.activeTo, Qt.Key.Key_Home)
    QTest.keyClick(dialog.ui.activeTo, Qt.Key.Key_Down)
    press_ok(dialog)

    assert dialog.isVisible()
    assert "before the first" in dialog.message()
    assert has_focus(dialog.ui.activeTo)
    assert svc.org.agents(org_data.admin, search="A0160") == []


def test_an_employee_id_in_use_is_refused(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.agentsTab)
    click(page.ui.newAgent)
    dialog = page.agents.dialog
    assert dialog is not None
    type_into(dialog.ui.employeeId, "a0101")
    type_into(dialog.ui.name, "另一个人")
    choose(dialog.ui.vendor, "V02")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.message() == "The employee ID A0101 is already used."
    assert has_focus(dialog.ui.employeeId)
    assert [a.name for a in svc.org.agents(org_data.admin, search="A0101")] == ["张敏"]


def test_deactivating_an_agent_asks_and_ends_their_period_today(
    qtbot: QtBot, svc: Services, org_data: Org, questions: list[str]
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.agentsTab)
    view = page.ui.agentView
    click_row(view, column_texts(view, 0).index("A0101"))
    assert page.ui.toggleAgent.text() == "&Deactivate"
    click(page.ui.toggleAgent)

    assert len(questions) == 1 and "A0101" in questions[0]
    assert svc.org.agent(org_data.admin, org_data.a1.id).active_to == local_today()
    row = column_texts(view, 0).index("A0101")
    assert view.model().index(row, 6).data() == "Last day today"
    assert page.ui.toggleAgent.text() == "&Reactivate"
    click(page.ui.toggleAgent)  # reactivating needs no confirmation
    assert len(questions) == 1
    assert svc.org.agent(org_data.admin, org_data.a1.id).active_to is None


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot, svc: Services, org_data: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.No)
    )
    page = open_page(qtbot, svc, org_data.admin)
    view = page.ui.vendorView
    click_row(view, column_texts(view, 0).index("V01"))
    click(page.ui.toggleVendor)
    assert svc.org.vendor(org_data.admin, org_data.v1.id).active


def test_agent_filters_by_vendor_team_and_text(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    svc.org.create_agent(org_data.admin, "A0102", "李娜", org_data.v1.id, org_data.t1b.id)
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.agentsTab)
    view = page.ui.agentView
    assert column_texts(view, 0) == ["A0101", "A0102", "A0201"]
    choose(page.ui.agentVendorFilter, "V01")
    assert column_texts(view, 0) == ["A0101", "A0102"]
    choose(page.ui.agentTeamFilter, "二组")
    assert column_texts(view, 0) == ["A0102"]
    choose(page.ui.agentTeamFilter, "All teams")
    type_into(page.ui.agentSearch, "张")
    assert column_texts(view, 0) == ["A0101"]


def test_teams_are_created_for_the_filtered_vendor(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.teamsTab)
    choose(page.ui.teamVendorFilter, "V02")
    click(page.ui.newTeam)
    dialog = page.teams.dialog
    assert dialog is not None and dialog.ui.vendor.currentText().startswith("V02")
    type_into(dialog.ui.name, "早班")
    press_ok(dialog)
    assert dialog.message() == "The vendor already has a team named 早班."
    type_into(dialog.ui.name, "夜班")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert {t.name for t in svc.org.teams(org_data.admin, org_data.v2.id)} == {"早班", "夜班"}
    assert column_texts(page.ui.teamView, 1) == ["夜班", "早班"]


# ------------------------------------------------------------------ users
def test_admin_creates_a_vendor_supervisor(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.usersTab)
    click(page.ui.newUser)
    dialog = page.users.dialog  # type: ignore[union-attr]
    assert dialog is not None
    assert not dialog.ui.vendor.isEnabled(), "no vendor for an inspector"
    type_into(dialog.ui.login, "sup2")
    type_into(dialog.ui.displayName, "主管二")
    choose(dialog.ui.role, "Vendor supervisor")
    assert dialog.ui.vendor.isEnabled()
    type_into(dialog.ui.password, PASSWORD)
    type_into(dialog.ui.repeat, PASSWORD)
    press_ok(dialog)
    assert "Choose the vendor" in dialog.message()
    assert has_focus(dialog.ui.vendor)

    choose(dialog.ui.vendor, "V02")
    type_into(dialog.ui.repeat, "another-pass")
    press_ok(dialog)
    assert dialog.message() == "The two passwords differ."

    type_into(dialog.ui.repeat, PASSWORD)
    press_ok(dialog)
    assert not dialog.isVisible(), dialog.message()
    actor = svc.accounts.authenticate("sup2", PASSWORD)
    assert (actor.role, actor.vendor_id) == (Role.VENDOR_SUPERVISOR, org_data.v2.id)
    view = page.ui.userView
    row = column_texts(view, 0).index("sup2")
    assert [view.model().index(row, c).data() for c in (2, 3, 4)] == [
        "Vendor supervisor",
        "V02",
        "Yes",
    ]


def test_role_filter_and_password_reset(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.usersTab)
    view = page.ui.userView
    choose(page.ui.userRoleFilter, "Auditor")
    assert column_texts(view, 0) == ["aud"]
    click_row(view, 0)
    click(page.ui.resetPassword)
    dialog = page.users.dialog  # type: ignore[union-attr]
    assert dialog is not None and "aud" in dialog.windowTitle()
    type_into(dialog.ui.password, "short")
    type_into(dialog.ui.repeat, "short")
    press_ok(dialog)
    assert "at least 8" in dialog.message()
    type_into(dialog.ui.password, "new-secret-9")
    type_into(dialog.ui.repeat, "new-secret-9")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert svc.accounts.authenticate("aud", "new-secret-9").login == "aud"


def test_admin_cannot_deactivate_themself(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    open_tab(page.ui.tabs, page.ui.usersTab)
    view = page.ui.userView
    click_row(view, column_texts(view, 0).index("admin"))
    assert not page.ui.toggleUser.isEnabled()
    click_row(view, column_texts(view, 0).index("insp"))
    assert page.ui.toggleUser.isEnabled()


# ------------------------------------------------------------------ roles
def test_an_auditor_reads_the_lists_without_editing(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.auditor)
    tabs = page.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "&Vendors",
        "&Teams",
        "&Agents",
        "&Outlet",
        "&Word lists",  # read-only: only admins edit them
    ]
    for button in (
        page.ui.newVendor,
        page.ui.editVendor,
        page.ui.toggleVendor,
        page.ui.newTeam,
        page.ui.newAgent,
        page.ui.editAgent,
        page.ui.toggleAgent,
    ):
        assert button.isHidden(), button.objectName()
    assert column_texts(page.ui.vendorView, 0) == ["V01", "V02"]
    double_click_row(page.ui.vendorView, 0)
    assert page.vendors.dialog is None


def test_a_vendor_supervisor_sees_only_their_vendor(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.sup1)
    assert column_texts(page.ui.vendorView, 0) == ["V01"]
    open_tab(page.ui.tabs, page.ui.agentsTab)
    assert column_texts(page.ui.agentView, 0) == ["A0101"]
    assert page.ui.agentVendorFilter.isHidden()
    open_tab(page.ui.tabs, page.ui.teamsTab)
    assert column_texts(page.ui.teamView, 1) == ["一组", "二组"]
    assert page.ui.newAgent.isHidden() and page.users is None


def test_headers_follow_the_language(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    from qa_desk.ui import i18n

    page = open_page(qtbot, svc, org_data.admin)
    model = page.ui.vendorView.model()
    assert i18n.install_language(i18n.CHINESE)
    try:
        assert model.headerData(0, Qt.Orientation.Horizontal) == "代码"
        # LanguageChange is posted to the widgets.
        qtbot.waitUntil(lambda: page.ui.tabs.tabText(0) == "外包服务商(&V)")
        assert page.ui.newVendor.text() == "新建(&N)…"
        assert page.ui.vendorView.model().index(0, 7).data() == "是"
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    qtbot.waitUntil(lambda: page.ui.tabs.tabText(0) == "&Vendors")
