"""The Audit log page: the events of real changes, paging, details, and the chain check."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from admin_fixtures import (
    Org,
    build_org,
    choose,
    click,
    click_row,
    column_texts,
    double_click_row,
    press_ok,
    type_into,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.ui import tasks
from qa_desk.ui.models.audit_events import AuditEventModel
from qa_desk.ui.pages.admin_page import AdminPage
from qa_desk.ui.pages.audit_page import AuditPage


@pytest.fixture
def svc(sqlite_url: str) -> Iterator[Services]:
    services, _ = open_services(sqlite_url)
    yield services
    tasks.wait_for_tasks()
    services.close()


@pytest.fixture
def org_data(svc: Services) -> Org:
    return build_org(svc)


def open_page(qtbot: QtBot, svc: Services, actor: Actor) -> AuditPage:
    page = AuditPage(svc, actor)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def seqs(page: AuditPage) -> list[int]:
    return [int(s) for s in column_texts(page.ui.eventView, 0)]


def test_events_are_listed_newest_first_and_filtered_by_entity(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    total = svc.audit.count(org_data.admin)
    assert seqs(page) == list(range(total, 0, -1))
    assert page.ui.summary.text() == f"Events: {total}"
    choose(page.ui.entityFilter, "Agent")
    view = page.ui.eventView
    assert column_texts(view, 3) == ["Agent", "Agent"]
    assert column_texts(view, 6) == ["A0201", "A0101"]
    assert column_texts(view, 5) == ["Created", "Created"]


def test_changes_made_on_the_admin_page_appear_in_the_log(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    admin_page = AdminPage(svc, org_data.admin)
    qtbot.addWidget(admin_page)
    admin_page.show()
    admin_page.refresh()
    click(admin_page.ui.newVendor)
    dialog = admin_page.vendors.dialog
    assert dialog is not None
    type_into(dialog.ui.code, "V07")
    type_into(dialog.ui.name, "新服务商")
    press_ok(dialog)
    assert not dialog.isVisible()

    page = open_page(qtbot, svc, org_data.admin)
    view = page.ui.eventView
    first = [view.model().index(0, c).data() for c in range(view.model().columnCount())]
    assert first[2:] == ["admin", "Vendor", first[4], "Created", "V07"]

    double_click_row(view, 0)
    details = page.details_dialog
    assert details is not None
    assert details.isVisible()
    assert details.ui.action.text() == "Created"
    assert details.ui.before.toPlainText() == "(nothing)"
    after = json.loads(details.ui.after.toPlainText())
    assert after["code"] == "V07" and after["name"] == "新服务商"
    assert "\n  " in details.ui.after.toPlainText(), "pretty-printed"


def test_older_events_are_fetched_as_the_view_needs_them(
    qtbot: QtBot, svc: Services, org_data: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AuditEventModel, "PAGE", 4)
    page = open_page(qtbot, svc, org_data.admin)
    total = svc.audit.count(org_data.admin)
    model = page.model
    assert model.rowCount() >= 4
    while model.canFetchMore():
        model.fetchMore()
    assert seqs(page) == list(range(total, 0, -1)), "no gaps, no repeats"
    assert page.ui.summary.text() == f"Events: {total}"


def test_verify_reports_an_intact_chain_then_the_tampered_event(
    qtbot: QtBot, svc: Services, org_data: Org
) -> None:
    page = open_page(qtbot, svc, org_data.admin)
    result = page.ui.verifyResult
    click(page.ui.verify)
    qtbot.waitUntil(lambda: "intact" in result.text())
    total = svc.audit.count(org_data.admin)
    _seq, head = svc.audit.head(org_data.admin)
    assert result.text() == f"The chain is intact. Events verified: {total}. Head hash: {head}"
    assert "#2e7d32" in result.styleSheet()
    assert page.ui.verify.isEnabled()

    with svc.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET after = :after WHERE seq = 5"),
            {"after": json.dumps({"code": "V99", "name": "改过的"})},
        )
    click(page.ui.verify)
    qtbot.waitUntil(lambda: "broken" in result.text())
    assert result.text().startswith("The chain is broken at event 5: its content was changed")
    assert "#c62828" in result.styleSheet()


def test_an_auditor_may_verify_and_read_details(qtbot: QtBot, svc: Services, org_data: Org) -> None:
    page = open_page(qtbot, svc, org_data.auditor)
    assert not page.ui.details.isEnabled()
    click_row(page.ui.eventView, 0)
    assert page.ui.details.isEnabled()
    click(page.ui.details)
    assert page.details_dialog is not None and page.details_dialog.isVisible()
    click(page.ui.verify)
    qtbot.waitUntil(lambda: "intact" in page.ui.verifyResult.text())
