"""Permissions and vendor scoping, enforced by the services: one test per role.

A vendor supervisor must not learn that another vendor's objects exist: asking for them,
even by guessing ids, reads exactly like asking for an id that does not exist (NotFound).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from qa_desk.domain import passwords
from qa_desk.domain.errors import NotFound, PermissionDenied
from qa_desk.domain.roles import Role
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services

Call = Callable[[Services, dict[str, Any], Actor], object]


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the org fixture creates five users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


# Every change a service offers; only an admin may make them.
WRITES: dict[str, Call] = {
    "create_vendor": lambda s, o, a: s.org.create_vendor(a, "V09", "新"),
    "update_vendor": lambda s, o, a: s.org.update_vendor(a, o["v1"].id, name="改"),
    "create_team": lambda s, o, a: s.org.create_team(a, o["v1"].id, "三组"),
    "update_team": lambda s, o, a: s.org.update_team(a, o["t1"].id, name="改"),
    "create_agent": lambda s, o, a: s.org.create_agent(a, "A0109", "新", o["v1"].id),
    "update_agent": lambda s, o, a: s.org.update_agent(a, o["a1"].id, name="改"),
    "deactivate_agent": lambda s, o, a: s.org.deactivate_agent(a, o["a1"].id, date(2026, 12, 1)),
    "create_user": lambda s, o, a: s.accounts.create_user(
        a, "new", "新", Role.ADMIN, "secret-pass-9"
    ),
    "update_user": lambda s, o, a: s.accounts.update_user(a, o["insp"].user_id, role=Role.ADMIN),
    "reset_password": lambda s, o, a: s.accounts.reset_password(
        a, o["insp"].user_id, "secret-pass-9"
    ),
}
USER_READS: dict[str, Call] = {
    "list_users": lambda s, o, a: s.accounts.list_users(a),
    "get_other_user": lambda s, o, a: s.accounts.get_user(a, o["admin"].user_id),
    "user_id_by_login": lambda s, o, a: s.accounts.user_id_by_login(a, "admin"),
}
AUDIT_READS: dict[str, Call] = {
    "events": lambda s, o, a: s.audit.events(a),
    "count": lambda s, o, a: s.audit.count(a),
    "head": lambda s, o, a: s.audit.head(a),
    "verify": lambda s, o, a: s.audit.verify(a),
}


def assert_denied(
    services: Services, org: dict[str, Any], actor: Actor, calls: dict[str, Call]
) -> None:
    log_size = services.audit.count(org["admin"])
    for name, call in calls.items():
        with pytest.raises(PermissionDenied) as caught:
            call(services, org, actor)
        assert actor.role.value in str(caught.value), name
    assert services.audit.count(org["admin"]) == log_size  # nothing was written


def reads_whole_organisation(services: Services, org: dict[str, Any], actor: Actor) -> None:
    assert [v.code for v in services.org.vendors(actor)] == ["V01", "V02"]
    assert [t.name for t in services.org.teams(actor)] == ["一组", "二组"]
    assert [a.employee_id for a in services.org.agents(actor)] == ["A0101", "A0201"]
    assert services.org.vendor(actor, org["v2"].id).code == "V02"
    assert services.org.vendor_by_code(actor, "V02").id == org["v2"].id
    assert [t.name for t in services.org.teams(actor, org["v2"].id)] == ["二组"]
    assert services.org.agent(actor, org["a2"].id).employee_id == "A0201"


def test_admin_can_do_everything(services: Services, org: dict[str, Any]) -> None:
    admin = org["admin"]
    reads_whole_organisation(services, org, admin)
    log_size = services.audit.count(admin)
    for call in WRITES.values():
        call(services, org, admin)
    assert services.audit.count(admin) == log_size + len(WRITES)
    assert services.org.vendor_by_code(admin, "V09").name == "新"
    assert [t.name for t in services.org.teams(admin, org["v1"].id)] == ["三组", "改"]
    assert services.org.agent(admin, org["a1"].id).active_to == date(2026, 12, 1)
    assert services.accounts.authenticate("insp", "secret-pass-9").role is Role.ADMIN
    assert services.accounts.authenticate("new", "secret-pass-9").role is Role.ADMIN
    users = services.accounts.list_users(admin)
    assert len(users) == 6
    assert services.accounts.get_user(admin, users[0].id) == users[0]
    assert services.accounts.user_id_by_login(admin, "aud") == org["aud"].user_id
    assert services.audit.events(admin, limit=1)[0].seq == services.audit.head(admin)[0]
    assert services.audit.verify(admin).ok


def test_inspector_reads_the_organisation_but_manages_nothing(
    services: Services, org: dict[str, Any]
) -> None:
    insp = org["insp"]
    assert insp.role is Role.INSPECTOR
    reads_whole_organisation(services, org, insp)
    assert [u.login for u in services.accounts.inspectors(insp)] == ["admin", "insp"]
    assert services.accounts.get_user(insp, insp.user_id).login == "insp"  # oneself
    assert_denied(services, org, insp, {**WRITES, **USER_READS, **AUDIT_READS})


def test_auditor_reads_organisation_and_audit_log_and_writes_nothing(
    services: Services, org: dict[str, Any]
) -> None:
    aud = org["aud"]
    assert aud.role is Role.AUDITOR
    reads_whole_organisation(services, org, aud)
    events = services.audit.events(aud, limit=5)
    assert len(events) == 5 and events[0].seq == services.audit.count(aud)
    assert services.audit.verify(aud).ok
    assert services.audit.head(aud)[0] == services.audit.count(aud)
    assert_denied(services, org, aud, {**WRITES, **USER_READS})


@pytest.mark.parametrize(("login", "own", "other"), [("sup1", "1", "2"), ("sup2", "2", "1")])
def test_vendor_supervisor_sees_only_their_own_vendor(
    services: Services, org: dict[str, Any], login: str, own: str, other: str
) -> None:
    sup: Actor = org[login]
    assert sup.role is Role.VENDOR_SUPERVISOR and sup.vendor_id == org[f"v{own}"].id
    own_vendor, other_vendor = org[f"v{own}"], org[f"v{other}"]
    # Lists hold their own vendor only.
    assert [v.code for v in services.org.vendors(sup)] == [own_vendor.code]
    assert [t.id for t in services.org.teams(sup)] == [org[f"t{own}"].id]
    assert [a.id for a in services.org.agents(sup)] == [org[f"a{own}"].id]
    assert services.org.vendor(sup, own_vendor.id).code == own_vendor.code
    assert services.org.agent(sup, org[f"a{own}"].id).vendor_id == own_vendor.id
    # Filters cannot widen the scope.
    assert services.org.agents(sup, team_id=org[f"t{other}"].id) == []
    assert services.org.agents(sup, search=org[f"a{other}"].employee_id) == []

    # The other vendor's objects look exactly like ids that do not exist.
    guesses: dict[str, tuple[Call, Call]] = {
        "vendor": (
            lambda s, o, a: s.org.vendor(a, other_vendor.id),
            lambda s, o, a: s.org.vendor(a, 987654),
        ),
        "vendor_by_code": (
            lambda s, o, a: s.org.vendor_by_code(a, other_vendor.code),
            lambda s, o, a: s.org.vendor_by_code(a, "V99"),
        ),
        "teams": (
            lambda s, o, a: s.org.teams(a, other_vendor.id),
            lambda s, o, a: s.org.teams(a, 987654),
        ),
        "agents": (
            lambda s, o, a: s.org.agents(a, vendor_id=other_vendor.id),
            lambda s, o, a: s.org.agents(a, vendor_id=987654),
        ),
        "agent": (
            lambda s, o, a: s.org.agent(a, o[f"a{other}"].id),
            lambda s, o, a: s.org.agent(a, 987654),
        ),
    }
    for name, (theirs, missing) in guesses.items():
        with pytest.raises(NotFound) as hidden:
            theirs(services, org, sup)
        with pytest.raises(NotFound) as absent:
            missing(services, org, sup)
        if name != "vendor_by_code":  # that message repeats the code the user typed
            assert str(hidden.value) == str(absent.value), name
    # Every id of the other vendor's agents and teams, guessed one by one.
    for agent_id in range(1, 50):
        try:
            info = services.org.agent(sup, agent_id)
        except NotFound:
            continue
        assert info.vendor_id == own_vendor.id

    assert services.accounts.get_user(sup, sup.user_id).vendor_code == own_vendor.code
    denied = {
        **WRITES,
        **USER_READS,
        **AUDIT_READS,
        "inspectors": lambda s, o, a: s.accounts.inspectors(a),
    }
    assert_denied(services, org, sup, denied)


def test_scoped_actor_without_a_vendor_sees_nothing(
    services: Services, org: dict[str, Any]
) -> None:
    # Should a supervisor's vendor ever be missing, the scope fails closed.
    stray = Actor(org["sup1"].user_id, "sup1", "主管一", Role.VENDOR_SUPERVISOR, None)
    reads: dict[str, Call] = {
        "vendors": lambda s, o, a: s.org.vendors(a),
        "teams": lambda s, o, a: s.org.teams(a),
        "agents": lambda s, o, a: s.org.agents(a),
        "agent": lambda s, o, a: s.org.agent(a, o["a1"].id),
        "vendor": lambda s, o, a: s.org.vendor(a, o["v1"].id),
    }
    for call in reads.values():
        with pytest.raises(PermissionDenied, match="belongs to no vendor"):
            call(services, org, stray)
    with pytest.raises(NotFound):
        services.org.vendor_by_code(stray, "V01")
