"""Organisation: vendors (KPI targets), teams and agents — validation, duplicates, audit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from qa_desk.domain import passwords
from qa_desk.domain.errors import ConflictError, NotFound, ValidationError
from qa_desk.services import organisation as organisation_module
from qa_desk.services.actor import Actor
from qa_desk.services.audit import AuditEventInfo
from qa_desk.services.organisation import KPI_KEYS
from qa_desk.services.registry import Services


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the org fixture creates five users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


def log(services: Services, admin: Actor, entity: str, entity_id: int) -> list[AuditEventInfo]:
    """One object's audit events, oldest first."""
    found = services.audit.events(admin, limit=1000, entity=entity, entity_id=str(entity_id))
    return list(reversed(found))


def field_of(call: Callable[[], object]) -> tuple[str | None, str]:
    with pytest.raises(ValidationError) as caught:
        call()
    message = str(caught.value)
    assert message and "\n" not in message
    return caught.value.field, message


# ---------------------------------------------------------------------------- vendors


def test_vendor_is_created_with_clean_values(services: Services, admin: Actor) -> None:
    v = services.org.create_vendor(
        admin, " v03 ", " 远航客服 ", contact=" 王经理 138 ", kpi_targets={"pass_rate": "92.5"}
    )
    assert (v.code, v.name, v.contact, v.active, v.agent_count) == (
        "V03",
        "远航客服",
        "王经理 138",
        True,
        0,
    )
    assert v.kpi_targets == {"pass_rate": 92.5}
    assert services.org.vendor(admin, v.id) == v
    assert services.org.vendor_by_code(admin, "v03") == v
    [created] = log(services, admin, "vendor", v.id)
    assert created.action == "create" and created.user == "admin"
    assert created.after is not None and created.after["code"] == "V03"


VENDOR_PROBLEMS = [
    # code, name, KPI targets -> field, part of the message
    ("", "Name", None, "code", "vendor code"),
    ("V 1", "Name", None, "code", "without spaces"),
    ("V" * 33, "Name", None, "code", "1–32"),
    ("V09", "   ", None, "name", "Enter the vendor's name"),
    ("V09", "名" * 201, None, "name", "longer than 200"),
    ("V09", "名\x00字", None, "name", "control characters"),  # PostgreSQL refuses NUL
    ("V\x0009", "Name", None, "code", "vendor code"),
    ("V09", "Name", {"bonus": 5}, "kpi_targets", "Unknown KPI target"),
    ("V09", "Name", {"pass_rate": "lots"}, "pass_rate", "must be a number"),
    ("V09", "Name", {"pass_rate": 100.5}, "pass_rate", "between 0 and 100"),
    ("V09", "Name", {"first_response_within": -1}, "first_response_within", "between 0"),
]


def test_vendor_validation(services: Services, admin: Actor) -> None:
    for code, name, targets, field, text in VENDOR_PROBLEMS:
        got_field, message = field_of(
            lambda c=code, n=name, t=targets: services.org.create_vendor(admin, c, n, kpi_targets=t)
        )
        assert (got_field, text in message) == (field, True), (code, name, targets, message)
    assert services.org.vendors(admin) == []
    assert services.audit.count(admin) == 2  # only the first admin's outlet and account


def test_vendor_contact_is_checked_like_the_column(services: Services, admin: Actor) -> None:
    field, message = field_of(lambda: services.org.create_vendor(admin, "V01", "顺心", "电" * 201))
    assert (field, "longer than 200" in message) == ("contact", True)
    v = services.org.create_vendor(admin, "V01", "顺心", "电" * 200)
    assert v.contact == "电" * 200
    field, _ = field_of(lambda: services.org.update_vendor(admin, v.id, contact="x\ny"))
    assert field == "contact"
    assert services.org.update_vendor(admin, v.id, contact="  ").contact is None


def test_kpi_targets_accept_0_to_100(services: Services, admin: Actor) -> None:
    targets = {"pass_rate": 0, "first_response_within": 100, "actions_closed_on_time": "87"}
    v = services.org.create_vendor(admin, "V01", "顺心", kpi_targets=targets)
    assert v.kpi_targets == {
        "pass_rate": 0.0,
        "first_response_within": 100.0,
        "actions_closed_on_time": 87.0,
    }
    assert set(v.kpi_targets) == set(KPI_KEYS)
    # Empty values mean "no target".
    v = services.org.update_vendor(
        admin, v.id, kpi_targets={"pass_rate": 95, "first_response_within": ""}
    )
    assert v.kpi_targets == {"pass_rate": 95.0}
    field, _ = field_of(
        lambda: services.org.update_vendor(admin, v.id, kpi_targets={"pass_rate": 101})
    )
    assert field == "pass_rate"
    assert services.org.vendor(admin, v.id).kpi_targets == {"pass_rate": 95.0}


def test_duplicate_or_unknown_vendor(services: Services, admin: Actor) -> None:
    services.org.create_vendor(admin, "V01", "顺心")
    count = services.audit.count(admin)
    with pytest.raises(ConflictError, match="V01 is already used"):
        services.org.create_vendor(admin, "v01", "另一家")
    assert [v.name for v in services.org.vendors(admin)] == ["顺心"]
    assert services.audit.count(admin) == count
    with pytest.raises(NotFound):
        services.org.vendor(admin, 4242)
    with pytest.raises(NotFound):
        services.org.vendor_by_code(admin, "V99")
    with pytest.raises(NotFound):
        services.org.update_vendor(admin, 4242, name="x")


def test_vendor_update_and_deactivation_are_audited(services: Services, admin: Actor) -> None:
    v = services.org.create_vendor(admin, "V01", "顺心", kpi_targets={"pass_rate": 90})
    services.org.update_vendor(admin, v.id, name="顺心客服", kpi_targets={"pass_rate": 92})
    services.org.update_vendor(admin, v.id, name="顺心客服")  # nothing changes: no event
    off = services.org.update_vendor(admin, v.id, active=False)
    assert not off.active
    assert [v.code for v in services.org.vendors(admin, include_inactive=False)] == []
    create, update, deactivate = log(services, admin, "vendor", v.id)
    assert (create.action, update.action, deactivate.action) == ("create", "update", "deactivate")
    assert update.before is not None and update.after is not None
    assert (update.before["name"], update.after["name"]) == ("顺心", "顺心客服")
    assert update.before["kpi_targets"] != update.after["kpi_targets"]
    assert deactivate.before["active"] is True and deactivate.after["active"] is False  # type: ignore[index]
    assert services.audit.verify(admin).ok


# ---------------------------------------------------------------------------- teams


def test_teams(services: Services, org: dict[str, Any]) -> None:
    admin, v1, v2 = org["admin"], org["v1"], org["v2"]
    # The same team name may exist once per vendor.
    other = services.org.create_team(admin, v2.id, "一组")
    assert (other.vendor_code, other.name) == ("V02", "一组")
    with pytest.raises(ConflictError, match="already has a team named 一组"):
        services.org.create_team(admin, v1.id, " 一组 ")
    field, _ = field_of(lambda: services.org.create_team(admin, 4242, "三组"))
    assert field == "vendor"
    field, _ = field_of(lambda: services.org.create_team(admin, v1.id, " "))
    assert field == "name"
    with pytest.raises(ConflictError):
        services.org.update_team(admin, other.id, name="二组")
    assert [t.name for t in services.org.teams(admin, v2.id)] == ["一组", "二组"]


def test_team_update_and_deactivation_are_audited(services: Services, org: dict[str, Any]) -> None:
    admin, t1 = org["admin"], org["t1"]
    services.org.update_team(admin, t1.id, name="早班组")
    off = services.org.update_team(admin, t1.id, active=False)
    assert (off.name, off.active) == ("早班组", False)
    create, rename, deactivate = log(services, admin, "team", t1.id)
    assert create.action == "create"
    assert (rename.action, rename.before, rename.after) == (
        "update",
        {"name": "一组", "active": True},
        {"name": "早班组", "active": True},
    )
    assert (deactivate.action, deactivate.after) == (
        "deactivate",
        {"name": "早班组", "active": False},
    )
    with pytest.raises(NotFound):
        services.org.update_team(admin, 4242, name="x")


# ---------------------------------------------------------------------------- agents


def test_agent_is_created_and_counted(services: Services, org: dict[str, Any]) -> None:
    admin, v1, t1 = org["admin"], org["v1"], org["t1"]
    a = services.org.create_agent(
        admin, " a0102 ", " 李娜 ", v1.id, t1.id, date(2026, 10, 1), date(2026, 12, 31)
    )
    assert (a.employee_id, a.name, a.vendor_code, a.team_name) == ("A0102", "李娜", "V01", "一组")
    assert services.org.agent(admin, a.id) == a
    assert services.org.vendor(admin, v1.id).agent_count == 2
    assert [x.employee_id for x in services.org.agents(admin, search="李")] == ["A0102"]
    assert [x.employee_id for x in services.org.agents(admin, team_id=t1.id)] == ["A0101", "A0102"]
    [created] = log(services, admin, "agent", a.id)
    assert created.after is not None
    assert (created.after["active_from"], created.after["active_to"]) == (
        "2026-10-01",
        "2026-12-31",
    )


def test_agent_validation(services: Services, org: dict[str, Any]) -> None:
    admin, v1, t2 = org["admin"], org["v1"], org["t2"]
    cases = {
        "employee_id": lambda: services.org.create_agent(admin, "A 01", "名", v1.id),
        "name": lambda: services.org.create_agent(admin, "A0109", "", v1.id),
        "vendor": lambda: services.org.create_agent(admin, "A0109", "名", 4242),
        "team": lambda: services.org.create_agent(admin, "A0109", "名", v1.id, t2.id),
        "active_to": lambda: services.org.create_agent(
            admin, "A0109", "名", v1.id, None, date(2026, 11, 2), date(2026, 11, 1)
        ),
    }
    count = services.audit.count(admin)
    for field, call in cases.items():
        got, message = field_of(call)
        assert got == field, message
    assert "another vendor" in field_of(cases["team"])[1]
    assert "before the start date" in field_of(cases["active_to"])[1]
    with pytest.raises(ConflictError, match="A0101 is already used"):
        services.org.create_agent(admin, "a0101", "重复", v1.id)
    assert services.audit.count(admin) == count
    assert len(services.org.agents(admin)) == 2
    # One day is a valid working period.
    one_day = date(2026, 11, 1)
    a = services.org.create_agent(admin, "A0109", "临时", v1.id, None, one_day, one_day)
    assert a.active_on(one_day) and not a.active_on(date(2026, 11, 2))


def test_agent_update_keeps_team_and_dates_consistent(
    services: Services, org: dict[str, Any]
) -> None:
    admin, a1, t1, t2 = org["admin"], org["a1"], org["t1"], org["t2"]
    field, _ = field_of(lambda: services.org.update_agent(admin, a1.id, team_id=t2.id))
    assert field == "team"
    services.org.update_agent(admin, a1.id, active_from=date(2026, 11, 10))
    field, _ = field_of(
        lambda: services.org.update_agent(admin, a1.id, active_to=date(2026, 11, 9))
    )
    assert field == "active_to"
    stored = services.org.agent(admin, a1.id)
    assert (stored.team_id, stored.active_from, stored.active_to) == (
        t1.id,
        date(2026, 11, 10),
        None,
    )
    # None clears a field; ... (the default) leaves it alone.
    cleared = services.org.update_agent(admin, a1.id, team_id=None, name="张敏敏")
    assert (cleared.team_id, cleared.team_name, cleared.name) == (None, None, "张敏敏")
    assert cleared.active_from == date(2026, 11, 10)
    with pytest.raises(NotFound):
        services.org.update_agent(admin, 4242, name="x")


def test_agent_update_and_deactivation_are_audited(services: Services, org: dict[str, Any]) -> None:
    admin, a1, t1 = org["admin"], org["a1"], org["t1"]
    services.org.update_agent(admin, a1.id, name="张敏敏")
    gone = services.org.deactivate_agent(admin, a1.id, date(2026, 11, 30))
    assert gone.active_to == date(2026, 11, 30)
    assert gone.active_on(date(2026, 11, 30)) and not gone.active_on(date(2026, 12, 1))
    create, update, deactivate = log(services, admin, "agent", a1.id)
    assert create.action == "create"
    assert update.action == "update"
    assert (update.before["name"], update.after["name"]) == ("张敏", "张敏敏")  # type: ignore[index]
    assert deactivate.action == "deactivate"
    assert deactivate.before == {
        "employee_id": "A0101",
        "name": "张敏敏",
        "vendor_id": org["v1"].id,
        "team_id": t1.id,
        "active_from": None,
        "active_to": None,
    }
    assert deactivate.after == {**deactivate.before, "active_to": "2026-11-30"}
    assert services.audit.verify(admin).ok


def test_a_failing_change_leaves_no_trace(
    services: Services, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = org["admin"]

    def explode(*_args: object) -> None:
        raise RuntimeError("connection lost (simulated)")

    # Fails after the vendor row and its audit event were written, before the commit.
    before = services.audit.count(admin)
    with monkeypatch.context() as patch:
        patch.setattr(organisation_module, "_vendor_info", explode)
        with pytest.raises(RuntimeError, match="simulated"):
            services.org.create_vendor(admin, "V03", "新供应商")
        with pytest.raises(RuntimeError, match="simulated"):
            services.org.update_vendor(admin, org["v1"].id, name="改名")
    assert services.audit.count(admin) == before
    assert [(v.code, v.name) for v in services.org.vendors(admin)] == [
        ("V01", "顺心外包客服"),
        ("V02", "速达联合呼叫中心"),
    ]


def test_agent_search_takes_the_text_literally(services: Services, org: dict[str, Any]) -> None:
    admin, v1 = org["admin"], org["v1"]
    services.org.create_agent(admin, "A0150", "周_夜班 100%", v1.id)

    def found(text: str) -> list[str]:
        return [a.employee_id for a in services.org.agents(admin, search=text)]

    assert found("a01") == ["A0101", "A0150"]  # case-insensitive, id or name
    assert found("磊") == ["A0201"]
    assert found("_") == ["A0150"]  # not "any one character"
    assert found("%") == ["A0150"]  # not "anything"
    assert found("100%") == ["A0150"]
    assert found("A0_01") == []
    assert found("\\") == []
