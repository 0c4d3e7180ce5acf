"""Loading the demo data on SQLite and PostgreSQL: what is stored, refusal, cancel, seeds."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from qa_desk.domain.demo_script import (
    CALL_COUNT,
    CHAT_COUNT,
    MESSAGE_ROLES,
    RISK_KEYWORDS,
    DemoMessage,
    DemoRecord,
    DemoScript,
    DemoSegment,
    demo_period,
    first_response_seconds,
    records_digest,
)
from qa_desk.domain.errors import PermissionDenied, ValidationError
from qa_desk.domain.roles import Role
from qa_desk.services.actor import SYSTEM, Actor
from qa_desk.services.demo import DEMO_PASSWORD, DemoCancelled, demo_loaded, load_demo
from qa_desk.services.registry import Services
from qa_desk.storage.models import (
    Agent,
    AuditEvent,
    CallInfo,
    ImportBatch,
    Message,
    Record,
    Segment,
    Vendor,
)

END = date(2026, 11, 1)
SAMPLE_AGENTS = {
    "A0101": ("王丽", "V01"),
    "A0102": ("李娜", "V01"),
    "A0103": ("张伟", "V01"),
    "A0104": ("刘洋", "V01"),
    "A0105": ("陈静", "V01"),
    "A0201": ("杨帆", "V02"),
    "A0202": ("赵敏", "V02"),
    "A0203": ("黄磊", "V02"),
    "A0204": ("周婷", "V02"),
}
MASKED_PHONE = re.compile(r"^1[3-9]\d\*{4}\d{4}$")
DIGEST_RECORDS = 300


def _count(services: Services, model: type) -> int:
    with services.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model)) or 0


def _stored_counts(services: Services) -> dict[str, int]:
    models = (Record, Message, CallInfo, Segment, ImportBatch, AuditEvent, Agent, Vendor)
    return {m.__name__: _count(services, m) for m in models} | {
        "users": len(services.accounts.list_users(SYSTEM))
    }


def _stored_records(services: Services, limit: int | None = None) -> list[DemoRecord]:
    """The demo records as stored, rebuilt into the generator's shape for comparison."""
    with services.db.engine.connect() as conn:
        vendors = dict(conn.execute(select(Vendor.id, Vendor.code)).all())
        agents = dict(conn.execute(select(Agent.id, Agent.employee_id)).all())
        query = select(Record).where(Record.source == "demo").order_by(Record.id)
        rows = conn.execute(query.limit(limit) if limit else query).all()
        ids = [r.id for r in rows]
        messages: dict[int, list[DemoMessage]] = {i: [] for i in ids}
        message_query = select(Message).order_by(Message.record_id, Message.seq)
        if limit:
            message_query = message_query.where(Message.record_id.in_(ids))
        for m in conn.execute(message_query):
            messages[m.record_id].append(DemoMessage(m.seq, m.at, m.role, m.sender, m.text))
        segments: dict[int, list[DemoSegment]] = {i: [] for i in ids}
        segment_query = select(Segment).order_by(Segment.record_id, Segment.start_ms)
        if limit:
            segment_query = segment_query.where(Segment.record_id.in_(ids))
        for s in conn.execute(segment_query):
            segments[s.record_id].append(DemoSegment(s.start_ms, s.end_ms, s.speaker, s.text))
        info = {c.record_id: c for c in conn.execute(select(CallInfo))}
    records = []
    for r in rows:
        call = info.get(r.id)
        records.append(
            DemoRecord(
                external_id=r.external_id,
                channel=r.channel,
                vendor_code=vendors[r.vendor_id],
                agent_code=agents[r.agent_id],
                started_at=r.started_at,
                ended_at=r.ended_at,
                customer_ref=r.customer_ref,
                waybill_no=r.waybill_no,
                category=r.category,
                csat=r.csat,
                first_response_s=r.first_response_s,
                messages=tuple(messages[r.id]),
                segments=tuple(segments[r.id]),
                direction=call.direction if call else None,
                duration_s=call.duration_s if call else None,
            )
        )
    return records


def test_load_demo_builds_a_realistic_outlet(services: Services, admin: Actor) -> None:
    reports: list[tuple[int, int, str]] = []
    summary = load_demo(
        services, admin, end=END, progress=lambda d, t, m: reports.append((d, t, m))
    )

    assert summary.vendors == 2 and summary.teams == 4 and summary.agents == 20
    assert summary.users == 5 and summary.demo_password == DEMO_PASSWORD == "demo-pass-1"
    assert (summary.chats, summary.calls) == (CHAT_COUNT, CALL_COUNT) == (5000, 1000)
    assert demo_loaded(services)
    done = [d for d, _, _ in reports]
    assert done == sorted(done) and reports[-1][0] == reports[-1][1]

    # The organisation, made through the services.
    assert services.org.outlet().name == "测试网点"  # an existing outlet keeps its name
    vendors = {v.code: v for v in services.org.vendors(admin)}
    assert {c: v.name for c, v in vendors.items()} == {
        "V01": "顺心外包客服",
        "V02": "速达联合呼叫中心",
    }
    assert vendors["V01"].kpi_targets["pass_rate"] == 90.0
    assert Counter(t.vendor_code for t in services.org.teams(admin)) == {"V01": 2, "V02": 2}
    agents = {a.employee_id: a for a in services.org.agents(admin)}
    assert len(agents) == 20
    for code, (name, vendor) in SAMPLE_AGENTS.items():
        assert (agents[code].name, agents[code].vendor_code) == (name, vendor)
    assert all(a.active_from is not None and a.team_id is not None for a in agents.values())
    users = services.accounts.list_users(admin)
    assert len(users) == 6
    assert Counter(u.role for u in users) == {
        Role.ADMIN: 1,
        Role.INSPECTOR: 3,
        Role.VENDOR_SUPERVISOR: 2,
    }
    assert {u.vendor_code for u in users if u.role is Role.VENDOR_SUPERVISOR} == {"V01", "V02"}
    supervisor = services.accounts.authenticate("sup.v01", DEMO_PASSWORD)
    assert supervisor.vendor_id == vendors["V01"].id

    # The records, with their messages and transcripts.
    stored = _stored_records(services)
    assert Counter(r.channel for r in stored) == {"chat": 5000, "call": 1000}
    assert sum(len(r.messages) for r in stored) == summary.messages == _count(services, Message)
    assert sum(len(r.segments) for r in stored) == summary.segments == _count(services, Segment)
    start, stop = demo_period(END)
    for r in stored:
        assert start <= r.started_at <= r.ended_at < stop
        assert MASKED_PHONE.match(r.customer_ref), r.customer_ref
        assert agents[r.agent_code].vendor_code == r.vendor_code
        if r.channel == "chat":
            assert [m.seq for m in r.messages] == list(range(1, len(r.messages) + 1))
            assert [m.at for m in r.messages] == sorted(m.at for m in r.messages)
            assert {m.role for m in r.messages} <= set(MESSAGE_ROLES)
            assert r.first_response_s == first_response_seconds(r.messages)
        else:
            assert r.direction in ("inbound", "outbound") and r.segments
            assert [s.start_ms for s in r.segments] == sorted(s.start_ms for s in r.segments)
    chats = [r for r in stored if r.channel == "chat"]
    late = sum((r.first_response_s or 0) > 60 for r in chats) / len(chats)
    risky = sum(
        any(k in m.text for m in r.messages if m.role == "customer" for k in RISK_KEYWORDS)
        for r in chats
    ) / len(chats)
    assert 0.03 < late < 0.2 and 0.05 < risky < 0.3

    with services.db.engine.connect() as conn:
        stored_counts = conn.execute(
            select(Record.message_count, func.count(Message.id))
            .outerjoin(Message, Message.record_id == Record.id)
            .where(Record.channel == "chat")
            .group_by(Record.id, Record.message_count)
        ).all()
        assert all(count == n for count, n in stored_counts)
        info = conn.execute(select(CallInfo.recording_path, CallInfo.recording_missing)).all()
        assert len(info) == 1000 and set(info) == {(None, True)}
        batches = conn.execute(select(ImportBatch)).all()
        assert len(batches) == 1
        batch = batches[0]
        assert (batch.kind, batch.source, batch.status) == ("demo", "demo", "done")
        assert batch.records_created == 6000 and batch.imported_by == admin.user_id
        in_batch = conn.scalar(
            select(func.count()).select_from(Record).where(Record.import_batch_id == batch.id)
        )
        assert in_batch == 6000

    # The audit trail: every object created, and the batch with its counts; the chain holds.
    events = services.audit.events(admin, limit=100)
    created = Counter(e.entity for e in events if e.action == "create")
    assert created["vendor"] == 2 and created["team"] == 4 and created["agent"] == 20
    assert created["user"] == 6 and created["import_batch"] == 1
    assert events[0].entity == "import_batch" and events[0].entity_id == str(batch.id)
    assert events[0].after["chats"] == 5000 and events[0].after["segments"] == summary.segments
    assert services.audit.verify(admin).ok

    # Same seed and end: the stored records are exactly what the generator makes.
    first_stored = _stored_records(services, limit=DIGEST_RECORDS)
    script = DemoScript(20261101, END).records()
    generated = [next(script) for _ in range(DIGEST_RECORDS)]
    assert records_digest(first_stored) == records_digest(generated)
    # ...and all 6,000 as stored hash to what the generator produced during the load.
    assert batch.file_sha256 == records_digest(stored)

    # A second load is refused before anything changes.
    before = _stored_counts(services)
    with pytest.raises(ValidationError, match="Demo data is already loaded"):
        load_demo(services, admin, end=END)
    assert _stored_counts(services) == before


def test_cancel_leaves_no_records_and_a_rerun_reuses_the_organisation(
    services: Services,
) -> None:
    # No account yet: the demo creates the outlet too (as `qa-desk init --demo` would).
    writing = {"children": False}

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("Writing messages"):
            writing["children"] = True  # the records themselves are written by now

    with pytest.raises(DemoCancelled):
        load_demo(
            services, SYSTEM, end=END, progress=progress, cancelled=lambda: writing["children"]
        )
    assert writing["children"]
    for model in (Record, Message, CallInfo, Segment, ImportBatch):
        assert _count(services, model) == 0, model.__name__
    assert not demo_loaded(services)
    assert services.org.outlet().name == "演示网点·杭州西湖"
    events = services.audit.events(SYSTEM, limit=100)
    assert not [e for e in events if e.entity == "import_batch"]

    # Cancelled before anything: nothing at all is created.
    with pytest.raises(DemoCancelled):
        load_demo(services, SYSTEM, end=END, cancelled=lambda: True)
    assert len(services.audit.events(SYSTEM, limit=100)) == len(events)

    # Run again: the organisation made the first time is reused, not duplicated or refused.
    generating = {"seen": False}

    def watch(done: int, total: int, message: str) -> None:
        generating["seen"] = generating["seen"] or message.startswith("Generating")

    with pytest.raises(DemoCancelled):
        load_demo(services, SYSTEM, end=END, progress=watch, cancelled=lambda: generating["seen"])
    assert len(services.audit.events(SYSTEM, limit=100)) == len(events)
    assert len(services.org.agents(SYSTEM)) == 20
    assert len(services.org.vendors(SYSTEM)) == 2
    assert len(services.org.teams(SYSTEM)) == 4
    assert len(services.accounts.list_users(SYSTEM)) == 5
    assert services.audit.verify(SYSTEM).ok


def test_only_an_admin_may_load_the_demo(services: Services, admin: Actor) -> None:
    services.accounts.create_user(admin, "insp", "质检员", Role.INSPECTOR, "secret-pass-1")
    inspector = services.accounts.actor_by_login("insp")
    before = _stored_counts(services)
    with pytest.raises(PermissionDenied):
        load_demo(services, inspector, end=END)
    assert _stored_counts(services) == before


def test_an_unnamed_outlet_gets_the_demo_name(services: Services) -> None:
    admin = services.accounts.create_first_admin("admin", "Admin", "admin-pass-1")
    assert services.org.outlet().name == "Outlet"
    generating = {"seen": False}

    def progress(done: int, total: int, message: str) -> None:
        generating["seen"] = generating["seen"] or message.startswith("Generating")

    # Stop once the organisation stands, before any record is made.
    with pytest.raises(DemoCancelled):
        load_demo(services, admin, end=END, progress=progress, cancelled=lambda: generating["seen"])
    assert services.org.outlet().name == "演示网点·杭州西湖"
    renamed = services.audit.events(admin, entity="outlet")[0]
    assert (renamed.action, renamed.before["name"]) == ("update", "Outlet")
    assert len(services.org.agents(admin)) == 20 and _count(services, Record) == 0
    assert services.audit.verify(admin).ok
