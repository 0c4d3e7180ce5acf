"""Accounts: the first admin, login and lockout, user management, and their audit events."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from qa_desk.domain import passwords
from qa_desk.domain.errors import (
    AuthenticationError,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from qa_desk.domain.roles import Role
from qa_desk.domain.timeutil import utcnow
from qa_desk.services import accounts as accounts_module
from qa_desk.services.actor import Actor
from qa_desk.services.audit import AuditEventInfo
from qa_desk.services.registry import Services
from qa_desk.storage.models import AuditEvent, User

ADMIN_PASSWORD = "admin-pass-1"
PASSWORD = "secret-pass-1"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts: these tests are about accounts, and
    the real cost (~50 ms a hash) would dominate them. Autouse, so it applies to fixtures."""
    monkeypatch.setattr(passwords, "_N", 2**10)


class Clock:
    """The time the account service sees; tests move it instead of sleeping."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(accounts_module, "utcnow", fake)
    return fake


@pytest.fixture
def insp(services: Services, admin: Actor) -> int:
    return services.accounts.create_user(admin, "insp", "质检员一", Role.INSPECTOR, PASSWORD).id


def events(services: Services, **filters: str) -> list[AuditEventInfo]:
    """The audit log, oldest first."""
    reader = services.accounts.sole_admin()
    return list(reversed(services.audit.events(reader, limit=10_000, **filters)))


def audit_count(services: Services) -> int:
    return services.audit.count(services.accounts.sole_admin())


def fail_login(services: Services, login: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationError, match="Unknown login or wrong password"):
            services.accounts.authenticate(login, "wrong-password")


# ---------------------------------------------------------------------------- first admin


def test_first_admin_is_created_once(services: Services) -> None:
    assert services.accounts.needs_first_admin()
    admin = services.accounts.create_first_admin(" Boss ", "管理员", ADMIN_PASSWORD, "杭州网点")
    assert (admin.login, admin.role, admin.vendor_id) == ("boss", Role.ADMIN, None)
    assert not services.accounts.needs_first_admin()
    assert services.org.outlet().name == "杭州网点"  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied, match="exists already"):
        services.accounts.create_first_admin("second", "Second", ADMIN_PASSWORD)
    assert [u.login for u in services.accounts.list_users(admin)] == ["boss"]
    # The outlet and the account are on the record, made by "system".
    log = events(services)
    assert [(e.entity, e.action, e.user) for e in log] == [
        ("outlet", "create", "system"),
        ("user", "create", "system"),
    ]


def test_first_admin_input_is_validated(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.accounts.create_first_admin("admin", "Admin", "short")
    assert caught.value.field == "password"
    # Nothing half-written: no outlet, no account, no audit event.
    assert services.accounts.needs_first_admin()
    assert services.org.outlet() is None
    admin = services.accounts.create_first_admin("admin", "Admin", ADMIN_PASSWORD)
    assert audit_count(services) == 2
    assert services.accounts.sole_admin() == admin


# ---------------------------------------------------------------------------- login


def test_login_with_right_and_wrong_password(services: Services, admin: Actor) -> None:
    actor = services.accounts.authenticate("admin", ADMIN_PASSWORD)
    assert actor == admin
    info = services.accounts.get_user(actor, actor.user_id)  # type: ignore[arg-type]
    assert info.last_login_at is not None and info.last_login_at.utcoffset() == timedelta(0)
    with pytest.raises(AuthenticationError, match="Unknown login or wrong password"):
        services.accounts.authenticate("admin", "admin-pass-2")
    # An unknown login reads the same, so logins cannot be probed.
    with pytest.raises(AuthenticationError, match="Unknown login or wrong password"):
        services.accounts.authenticate("nobody", ADMIN_PASSWORD)


def test_logins_are_case_insensitive(services: Services, admin: Actor) -> None:
    info = services.accounts.create_user(admin, "Li.Na", "李娜", Role.INSPECTOR, PASSWORD)
    assert info.login == "li.na"
    assert services.accounts.authenticate("LI.NA", PASSWORD).login == "li.na"
    assert services.accounts.authenticate("  li.na ", PASSWORD).user_id == info.id
    assert services.accounts.actor_by_login("Li.Na").user_id == info.id
    assert services.accounts.user_id_by_login(admin, "LI.na") == info.id


def test_duplicate_login_is_a_conflict(services: Services, admin: Actor, insp: int) -> None:
    before = audit_count(services)
    for login in ("insp", "INSP", " Insp "):
        with pytest.raises(ConflictError, match="already taken"):
            services.accounts.create_user(admin, login, "Other", Role.AUDITOR, PASSWORD)
    assert audit_count(services) == before
    assert len(services.accounts.list_users(admin)) == 2


def test_four_failures_do_not_lock(services: Services, insp: int, clock: Clock) -> None:
    fail_login(services, "insp", 4)
    assert services.accounts.authenticate("insp", PASSWORD).user_id == insp
    # A success starts the count again: four more failures still do not lock.
    fail_login(services, "insp", 4)
    assert services.accounts.authenticate("insp", PASSWORD).user_id == insp


def test_five_failures_lock_for_15_minutes(
    services: Services, admin: Actor, insp: int, clock: Clock
) -> None:
    fail_login(services, "insp", 5)
    # Locked: even the right password is refused, and the message says for how long.
    with pytest.raises(AuthenticationError, match=r"locked .* try again in 15 min"):
        services.accounts.authenticate("insp", PASSWORD)
    info = services.accounts.get_user(admin, insp)
    assert info.locked_until == clock.now + timedelta(minutes=15)
    clock.advance(minutes=14, seconds=30)
    with pytest.raises(AuthenticationError, match="try again in 1 min"):
        services.accounts.authenticate("insp", PASSWORD)
    clock.advance(seconds=30)
    assert services.accounts.authenticate("insp", PASSWORD).user_id == insp
    assert services.accounts.get_user(admin, insp).locked_until is None
    # The lock is on the record, as done by the account that got locked.
    [locked] = [e for e in events(services, entity="user") if e.action == "locked"]
    assert (locked.entity_id, locked.user) == (str(insp), "insp")


def test_attempts_while_locked_do_not_extend_the_lock(
    services: Services, admin: Actor, insp: int, clock: Clock
) -> None:
    fail_login(services, "insp", 5)
    until = services.accounts.get_user(admin, insp).locked_until
    clock.advance(minutes=10)
    for _ in range(3):
        with pytest.raises(AuthenticationError, match="locked"):
            services.accounts.authenticate("insp", "wrong-password")
    assert services.accounts.get_user(admin, insp).locked_until == until


def test_reset_password_lifts_the_lock(
    services: Services, admin: Actor, insp: int, clock: Clock
) -> None:
    fail_login(services, "insp", 5)
    services.accounts.reset_password(admin, insp, "fresh-pass-2")
    assert services.accounts.authenticate("insp", "fresh-pass-2").user_id == insp
    with pytest.raises(AuthenticationError):
        services.accounts.authenticate("insp", PASSWORD)
    [reset] = [e for e in events(services, entity="user") if e.action == "password_reset"]
    assert (reset.entity_id, reset.user, reset.before, reset.after) == (
        str(insp),
        "admin",
        None,
        None,
    )


def test_inactive_users_cannot_log_in(services: Services, admin: Actor, insp: int) -> None:
    services.accounts.update_user(admin, insp, active=False)
    with pytest.raises(AuthenticationError, match="Unknown login or wrong password"):
        services.accounts.authenticate("insp", PASSWORD)
    with pytest.raises(AuthenticationError):
        services.accounts.actor_by_login("insp")
    services.accounts.update_user(admin, insp, active=True)
    assert services.accounts.authenticate("insp", PASSWORD).user_id == insp


def test_change_own_password(services: Services, insp: int) -> None:
    me = services.accounts.authenticate("insp", PASSWORD)
    with pytest.raises(AuthenticationError, match="current password is wrong"):
        services.accounts.change_own_password(me, "not-my-password", "brand-new-pass")
    with pytest.raises(ValidationError) as caught:
        services.accounts.change_own_password(me, PASSWORD, "short")
    assert caught.value.field == "password"
    services.accounts.change_own_password(me, PASSWORD, "brand-new-pass")
    assert services.accounts.authenticate("insp", "brand-new-pass") == me


# ---------------------------------------------------------------------------- user rules


def test_bad_input_is_refused_and_writes_nothing(
    services: Services, admin: Actor, insp: int
) -> None:
    log_size = audit_count(services)
    problems = [
        # login, name, password -> field
        ("a", "Name", PASSWORD, "login"),
        ("has space", "Name", PASSWORD, "login"),
        ("x" * 65, "Name", PASSWORD, "login"),
        ("ok", "  ", PASSWORD, "display_name"),
        ("ok", "名" * 201, PASSWORD, "display_name"),  # PostgreSQL would refuse it
        ("ok", "张\x00三", PASSWORD, "display_name"),
        ("ok", "Name", "short", "password"),
        ("ok", "Name", " padded-pass ", "password"),
    ]
    for login, name, password, field in problems:
        with pytest.raises(ValidationError) as caught:
            services.accounts.create_user(admin, login, name, Role.INSPECTOR, password)
        assert caught.value.field == field, (login, name, password)
        assert "\n" not in str(caught.value) and str(caught.value)
    with pytest.raises(ValidationError):
        services.accounts.update_user(admin, insp, display_name=" ")
    with pytest.raises(ValidationError):
        services.accounts.reset_password(admin, insp, "short")
    for unknown in (
        lambda: services.accounts.update_user(admin, 4242, display_name="x"),
        lambda: services.accounts.reset_password(admin, 4242, "fresh-pass-2"),
        lambda: services.accounts.get_user(admin, 4242),
        lambda: services.accounts.user_id_by_login(admin, "nobody"),
    ):
        with pytest.raises(NotFound):
            unknown()
    assert [u.login for u in services.accounts.list_users(admin)] == ["admin", "insp"]
    assert audit_count(services) == log_size


def test_vendor_supervisor_needs_a_vendor(services: Services, admin: Actor) -> None:
    for vendor_id in (None, 4242):
        with pytest.raises(ValidationError) as caught:
            services.accounts.create_user(
                admin, "sup", "主管", Role.VENDOR_SUPERVISOR, PASSWORD, vendor_id
            )
        assert caught.value.field == "vendor"
    vendor = services.org.create_vendor(admin, "V01", "顺心")
    sup = services.accounts.create_user(
        admin, "sup", "主管", Role.VENDOR_SUPERVISOR, PASSWORD, vendor.id
    )
    assert (sup.vendor_id, sup.vendor_code) == (vendor.id, "V01")
    # Other roles are never tied to a vendor, and moving a supervisor away drops it.
    insp = services.accounts.create_user(admin, "i2", "质检", Role.INSPECTOR, PASSWORD, vendor.id)
    assert insp.vendor_id is None
    moved = services.accounts.update_user(admin, sup.id, role=Role.INSPECTOR)
    assert (moved.role, moved.vendor_id) == (Role.INSPECTOR, None)
    with pytest.raises(ValidationError) as caught:
        services.accounts.update_user(admin, insp.id, role=Role.VENDOR_SUPERVISOR)
    assert caught.value.field == "vendor"


def test_last_admin_cannot_be_demoted_or_deactivated(
    services: Services, admin: Actor, insp: int
) -> None:
    assert admin.user_id is not None
    for change in ({"role": Role.INSPECTOR}, {"active": False}, {"role": Role.AUDITOR}):
        with pytest.raises(ValidationError, match="last active admin"):
            services.accounts.update_user(admin, admin.user_id, **change)  # type: ignore[arg-type]
    # With a second admin, one of them may step down; then the other is the last one.
    services.accounts.update_user(admin, insp, role=Role.ADMIN)
    services.accounts.update_user(admin, admin.user_id, role=Role.INSPECTOR)
    second = services.accounts.actor_by_login("insp")
    with pytest.raises(ValidationError, match="last active admin"):
        services.accounts.update_user(second, insp, active=False)
    assert services.accounts.sole_admin() == second


def test_passwords_are_never_stored_in_plain_text(
    services: Services, admin: Actor, insp: int
) -> None:
    services.accounts.reset_password(admin, insp, "another-pass-3")
    with services.db.session() as s:
        stored = {login: pw for login, pw in s.execute(select(User.login, User.password_hash))}
        logged = [(e.before, e.after) for e in s.scalars(select(AuditEvent))]
    assert stored["admin"].startswith("scrypt$") and stored["insp"].startswith("scrypt$")
    for secret in (ADMIN_PASSWORD, PASSWORD, "another-pass-3"):
        assert all(secret not in h for h in stored.values())
        assert secret not in repr(logged)
    # Neither do the hashes leak into the audit log.
    assert all(h not in repr(logged) for h in stored.values())
    assert not any("password" in key for b, a in logged for key in {**(b or {}), **(a or {})})


# ---------------------------------------------------------------------------- audit


def test_every_change_writes_one_audit_event(services: Services, admin: Actor, insp: int) -> None:
    [created] = [e for e in events(services, entity="user") if e.entity_id == str(insp)]
    assert created.action == "create" and created.user == "admin"
    assert created.after == {
        "login": "insp",
        "display_name": "质检员一",
        "role": "inspector",
        "vendor_id": None,
        "active": True,
    }
    services.accounts.update_user(admin, insp, display_name="质检员甲", role=Role.AUDITOR)
    services.accounts.update_user(admin, insp, active=False)
    services.accounts.update_user(admin, insp, active=False)  # no change: no event
    log = [e for e in events(services, entity="user") if e.entity_id == str(insp)]
    assert [e.action for e in log] == ["create", "update", "deactivate"]
    update, deactivate = log[1], log[2]
    assert (update.before["display_name"], update.after["display_name"]) == (  # type: ignore[index]
        "质检员一",
        "质检员甲",
    )
    assert (update.before["role"], update.after["role"]) == ("inspector", "auditor")  # type: ignore[index]
    assert (deactivate.before["active"], deactivate.after["active"]) == (True, False)  # type: ignore[index]
    assert services.audit.verify(admin).ok


CHANGES: dict[str, Callable[[Services, Actor, int], object]] = {
    "create": lambda s, admin, uid: s.accounts.create_user(
        admin, "newbie", "新人", Role.INSPECTOR, PASSWORD
    ),
    "update": lambda s, admin, uid: s.accounts.update_user(admin, uid, display_name="改名"),
    "reset_password": lambda s, admin, uid: s.accounts.reset_password(admin, uid, "fresh-pass-2"),
}


def test_a_failing_change_writes_no_audit_event(
    services: Services, admin: Actor, insp: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    users_before = services.accounts.list_users(admin)
    log_before = events(services)
    original = accounts_module.audit.record

    def record_then_fail(*args: object, **kwargs: object) -> None:
        # The change and its event are written; then the transaction fails before committing.
        original(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("disk full (simulated)")

    for name, change in CHANGES.items():
        with monkeypatch.context() as patch:
            patch.setattr(accounts_module.audit, "record", record_then_fail)
            with pytest.raises(RuntimeError, match="simulated"):
                change(services, admin, insp)
        assert events(services) == log_before, name
        assert services.accounts.list_users(admin) == users_before, name
    assert services.accounts.authenticate("insp", PASSWORD).user_id == insp
    assert services.audit.verify(admin).ok


def _wait_for_lock_waiters(services: Services, count: int) -> None:
    """Poll until ``count`` sessions of this database wait on a row lock (PostgreSQL)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with services.db.engine.connect() as conn:
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar()
        if waiting >= count:
            return
        time.sleep(0.01)
    raise AssertionError(f"{count} sessions never waited for the lock")


def test_two_admins_demoting_each_other_at_once_leave_one(services: Services, admin: Actor) -> None:
    services.accounts.create_user(admin, "boss2", "二号管理员", Role.ADMIN, PASSWORD)
    second = services.accounts.actor_by_login("boss2")
    outcomes: dict[str, object] = {}

    def demote(actor: Actor, target: Actor) -> None:
        try:
            outcomes[actor.login] = services.accounts.update_user(
                actor,
                target.user_id,
                role=Role.INSPECTOR,  # type: ignore[arg-type]
            )
        except Exception as error:  # collected for the assertions below
            outcomes[actor.login] = error

    threads = [
        threading.Thread(target=demote, args=(admin, second)),
        threading.Thread(target=demote, args=(second, admin)),
    ]
    if services.db.is_sqlite:
        # Writers take the database lock at BEGIN, so the two changes run one after the other.
        for t in threads:
            t.start()
    else:
        # Hold the admins' rows, let both changes queue up behind them, then let go at once.
        with services.db.engine.connect() as gate:
            gate.execute(text("SELECT id FROM app_user WHERE role = 'admin' FOR UPDATE"))
            for t in threads:
                t.start()
            _wait_for_lock_waiters(services, 2)
            gate.rollback()
    for t in threads:
        t.join(timeout=60)
    failures = [o for o in outcomes.values() if isinstance(o, Exception)]
    assert len(outcomes) == 2 and len(failures) == 1, outcomes
    assert isinstance(failures[0], ValidationError) and "last active admin" in str(failures[0])
    admins = [u for u in services.accounts.list_users(admin) if u.role is Role.ADMIN]
    assert len(admins) == 1


def test_simultaneous_failed_logins_all_count(services: Services, insp: int, clock: Clock) -> None:
    fail_login(services, "insp", 3)
    errors: list[Exception] = []

    def attempt() -> None:
        try:
            services.accounts.authenticate("insp", "wrong-password")
        except AuthenticationError as error:
            errors.append(error)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    if services.db.is_sqlite:
        for t in threads:
            t.start()
    else:
        # Both attempts read the account while a third session holds it; neither may lose
        # the other's failure when they go on.
        with services.db.engine.connect() as gate:
            gate.execute(text("SELECT id FROM app_user WHERE login = 'insp' FOR UPDATE"))
            for t in threads:
                t.start()
            _wait_for_lock_waiters(services, 2)
            gate.rollback()
    for t in threads:
        t.join(timeout=60)
    assert len(errors) == 2
    with pytest.raises(AuthenticationError, match="locked"):
        services.accounts.authenticate("insp", PASSWORD)
