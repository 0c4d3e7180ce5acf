"""The audit log through the service: paging, verification, tampering found, concurrent appends."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import Executable, select, text, update

from qa_desk.domain import passwords
from qa_desk.services.actor import SYSTEM, Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.storage.models import AuditEvent


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts: these tests are about the log."""
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture
def filled(services: Services, admin: Actor) -> Actor:
    """Ten events: the outlet, the admin, then eight vendor changes."""
    for i in range(1, 5):
        v = services.org.create_vendor(admin, f"V0{i}", f"供应商{i}", kpi_targets={"pass_rate": 90})
        services.org.update_vendor(admin, v.id, name=f"供应商{i}号")
    assert services.audit.count(admin) == 10
    return admin


def sql(services: Services, statement: str, **params: Any) -> None:
    """Tamper with the table directly, as someone with database access could."""
    with services.db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_events_are_newest_first_and_keyset_paged(services: Services, filled: Actor) -> None:
    everything = services.audit.events(filled)
    assert [e.seq for e in everything] == list(range(10, 0, -1))
    pages, before = [], None
    while True:
        page = services.audit.events(filled, before_seq=before, limit=3)
        if not page:
            break
        assert len(page) <= 3
        pages.append([e.seq for e in page])
        before = page[-1].seq
    assert pages == [[10, 9, 8], [7, 6, 5], [4, 3, 2], [1]]
    newest = everything[0]
    assert (newest.entity, newest.action, newest.user) == ("vendor", "update", "admin")
    assert newest.before == {
        "code": "V04",
        "name": "供应商4",
        "contact": None,
        "kpi_targets": {"pass_rate": "90.0"},
        "active": True,
    }
    assert newest.after is not None and newest.after["name"] == "供应商4号"
    assert newest.at.utcoffset() is not None and newest.at.utcoffset().total_seconds() == 0
    assert all(a.at >= b.at for a, b in itertools.pairwise(everything))


def test_events_filter_by_object(services: Services, filled: Actor) -> None:
    v2 = services.org.vendor_by_code(filled, "V02")
    mine = services.audit.events(filled, entity="vendor", entity_id=str(v2.id))
    assert [(e.action, e.entity_id) for e in mine] == [
        ("update", str(v2.id)),
        ("create", str(v2.id)),
    ]
    vendors = services.audit.events(filled, entity="vendor", limit=3)
    assert [e.seq for e in vendors] == [10, 9, 8]
    assert [e.seq for e in services.audit.events(filled, entity="vendor", before_seq=4)] == [3]


def test_verify_reports_ok_with_count_and_head(services: Services, filled: Actor) -> None:
    result = services.audit.verify(filled)
    assert (result.events, result.ok, result.first_broken, result.reason) == (10, True, None, None)
    seq, head_hash = services.audit.head(filled)
    assert seq == 10 and result.head_hash == head_hash == services.audit.events(filled)[0].hash
    assert len(head_hash) == 64


def test_empty_log_verifies(services: Services) -> None:
    result = services.audit.verify(SYSTEM)
    assert (result.events, result.ok, result.first_broken, result.head_hash) == (
        0,
        True,
        None,
        None,
    )


def _core(services: Services, statement: Executable) -> None:
    with services.db.engine.begin() as conn:
        conn.execute(statement)


def _json_param(services: Services) -> str:
    return "CAST(:v AS jsonb)" if services.db.dialect == "postgresql" else ":v"


def _edit_content(services: Services) -> None:
    sql(
        services,
        f"UPDATE audit_event SET after = {_json_param(services)} WHERE seq = 4",
        v='{"code": "V02", "name": "改过的名字"}',
    )


def _swap(services: Services) -> None:
    sql(services, "UPDATE audit_event SET seq = -1 WHERE seq = 3")
    sql(services, "UPDATE audit_event SET seq = 3 WHERE seq = 5")
    sql(services, "UPDATE audit_event SET seq = 5 WHERE seq = -1")


def _delete_then_append(services: Services) -> None:
    # New events after the damage chain on from the damaged head; the gap stays visible.
    sql(services, "DELETE FROM audit_event WHERE seq = 2")
    services.org.create_vendor(services.accounts.sole_admin(), "V09", "新")


# What someone with database access might do -> (first_broken, events, reason)
TAMPERING: dict[str, tuple[Callable[[Services], None], int, int, str]] = {
    "edit content": (_edit_content, 4, 10, "content does not match its hash"),
    "edit user": (
        lambda s: sql(s, "UPDATE audit_event SET user_login = 'someone' WHERE seq = 7"),
        7,
        10,
        "content does not match its hash",
    ),
    "edit time": (
        lambda s: _core(s, update(AuditEvent).where(AuditEvent.seq == 8).values(at=_T)),
        8,
        10,
        "content does not match its hash",
    ),
    "delete": (
        lambda s: sql(s, "DELETE FROM audit_event WHERE seq = 6"),
        6,
        9,
        "sequence gap or reordering",
    ),
    "swap seq": (_swap, 3, 10, "link to the previous event is broken"),
    "change link": (
        lambda s: sql(s, "UPDATE audit_event SET prev_hash = :h WHERE seq = 9", h="0" * 64),
        9,
        10,
        "link to the previous event is broken",
    ),
    "delete, then append": (_delete_then_append, 2, 10, "sequence gap or reordering"),
}
_T = datetime(2020, 1, 1, tzinfo=UTC)


def test_tampering_is_reported_at_the_first_broken_seq(services: Services, filled: Actor) -> None:
    table = AuditEvent.__table__
    with services.db.engine.connect() as conn:
        original = [dict(row) for row in conn.execute(select(table)).mappings()]
    vendors = services.org.vendors(filled)
    for name, (tamper, first_broken, events, reason) in TAMPERING.items():
        tamper(services)
        result = services.audit.verify(filled)
        assert (result.ok, result.first_broken, result.events, result.reason) == (
            False,
            first_broken,
            events,
            reason,
        ), name
        # Put the log back as it was for the next case (and prove it verifies again).
        with services.db.engine.begin() as conn:
            conn.execute(table.delete())
            conn.execute(table.insert(), original)
        for v in services.org.vendors(filled):
            if v not in vendors:
                with services.db.engine.begin() as conn:
                    conn.execute(text("DELETE FROM vendor WHERE id = :i"), {"i": v.id})
        assert services.audit.verify(filled).ok, name


def test_concurrent_appends_keep_the_chain(db_url: str, services: Services, admin: Actor) -> None:
    """Two clients create 20 vendors each at the same time; the chain has no gap or fork."""
    start = services.audit.count(admin)
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def client(prefix: str) -> None:
        svc, _ = open_services(db_url)
        try:
            barrier.wait(timeout=30)
            for i in range(20):
                svc.org.create_vendor(admin, f"{prefix}{i:02d}", f"并发供应商{prefix}{i}")
        except BaseException as error:  # reported below, with the thread's failure
            errors.append(error)
        finally:
            svc.close()

    threads = [threading.Thread(target=client, args=(p,)) for p in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    result = services.audit.verify(admin)
    assert result.ok, result
    assert result.events == start + 40
    seqs = [e.seq for e in services.audit.events(admin, limit=1000)]
    assert sorted(seqs) == list(range(1, start + 41))
    assert len(services.org.vendors(admin)) == 40
