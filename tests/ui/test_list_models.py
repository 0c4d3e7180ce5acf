"""The list models: Qt's model contract (qtmodeltester), chunked fetching, sorting, headers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from admin_fixtures import Org, build_org
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from qa_desk.domain.timeutil import utcnow
from qa_desk.services.organisation import VendorInfo
from qa_desk.services.registry import Services, open_services
from qa_desk.ui import tasks
from qa_desk.ui.models.agents import AgentModel, local_today
from qa_desk.ui.models.audit_events import AuditEventModel
from qa_desk.ui.models.teams import TeamModel
from qa_desk.ui.models.users import UserModel
from qa_desk.ui.models.vendors import VendorModel


@pytest.fixture
def svc(sqlite_url: str) -> Iterator[Services]:
    services, _ = open_services(sqlite_url)
    yield services
    tasks.wait_for_tasks()
    services.close()


@pytest.fixture
def org_data(svc: Services) -> Org:
    return build_org(svc)


def many_vendors(n: int) -> list[VendorInfo]:
    return [
        VendorInfo(
            i, f"V{i:04d}", f"服务商{n - i}", None, {"pass_rate": float(i % 101)}, i % 7 != 0
        )
        for i in range(1, n + 1)
    ]


def texts(model: VendorModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


# ------------------------------------------------------------------ the Qt contract
def test_vendor_model_passes_the_model_tester(qtmodeltester, org_data: Org, svc: Services) -> None:
    model = VendorModel()
    model.set_rows(svc.org.vendors(org_data.admin))
    qtmodeltester.check(model)
    assert texts(model, 0) == ["V01", "V02"]
    assert model.index(0, 3).data() == "90 %"


def test_team_model_passes_the_model_tester(qtmodeltester, org_data: Org, svc: Services) -> None:
    model = TeamModel()
    model.set_rows(svc.org.teams(org_data.admin))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_agent_model_passes_the_model_tester(qtmodeltester, org_data: Org, svc: Services) -> None:
    model = AgentModel()
    left = replace(org_data.a2, active_to=local_today() - timedelta(days=1))
    model.set_rows([org_data.a1, left])
    qtmodeltester.check(model)
    assert [model.index(r, 6).data() for r in range(2)] == ["Active", "Left"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed


def test_user_model_passes_the_model_tester(qtmodeltester, org_data: Org, svc: Services) -> None:
    users = svc.accounts.list_users(org_data.admin)
    locked = replace(users[0], locked_until=utcnow() + timedelta(minutes=10))
    model = UserModel()
    model.set_rows([locked, *users[1:]])
    qtmodeltester.check(model)
    assert model.index(0, 5).data() != ""
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "Admin",
        "Auditor",
        "Inspector",
        "Vendor supervisor",
    ]


def test_audit_model_passes_the_model_tester(
    qtmodeltester, org_data: Org, svc: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AuditEventModel, "PAGE", 5)
    model = AuditEventModel(svc, org_data.admin)
    model.load()
    assert model.rowCount() == 5 and model.canFetchMore()
    qtmodeltester.check(model)


def test_chunked_model_with_fetching_passes_the_model_tester(qtmodeltester) -> None:
    model = VendorModel()
    model.set_rows(many_vendors(450))
    assert model.rowCount() == model.CHUNK and model.total() == 450
    qtmodeltester.check(model)


# ------------------------------------------------------------------ behaviour
def test_rows_reach_the_view_in_chunks() -> None:
    model = VendorModel()
    model.set_rows(many_vendors(450))
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert not model.canFetchMore(model.index(0, 0))


def test_find_fetches_up_to_the_row() -> None:
    model = VendorModel()
    model.set_rows(many_vendors(450))
    row = model.find(lambda v: v.code == "V0420")
    assert row == 419 and model.rowCount() >= 420
    assert model.find(lambda v: v.code == "nope") == -1


def test_sorting_covers_all_rows_and_keeps_the_selection() -> None:
    model = VendorModel()
    model.set_rows(many_vendors(450))
    held = QPersistentModelIndex(model.index(5, 0))
    held_code = held.data()
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by name: 服务商0 … reverses the codes
    assert model.index(0, 1).data() == "服务商0"
    assert model.index(0, 0).data() == "V0450", "sorted over every row, not just those shown"
    assert not held.isValid() or held.data() == held_code
    model.sort(3, Qt.SortOrder.DescendingOrder)  # numeric KPI, not text order
    values = [model.row_at(r).kpi_targets["pass_rate"] for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_a_sorted_row_keeps_its_persistent_index() -> None:
    model = VendorModel()
    model.set_rows(many_vendors(10))
    held = QPersistentModelIndex(model.index(9, 0))
    assert held.data() == "V0010"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert held.row() == 0 and held.data() == "V0010"


def test_filter_and_reset() -> None:
    model = VendorModel()
    model.set_rows(many_vendors(450))
    model.set_filter(lambda v: not v.active)
    assert model.total() == 64 and all(not v.active for v in model._rows)
    model.set_filter(None)
    assert model.total() == 450


def test_retranslate_announces_new_headers(qtbot: QtBot) -> None:
    model = VendorModel()
    model.set_rows(many_vendors(3))
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.retranslate()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(QModelIndex()) is None
