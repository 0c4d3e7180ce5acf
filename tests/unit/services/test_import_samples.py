"""Every sample export imported through ImportService, on SQLite and PostgreSQL, checked exactly.

What is stored (records, messages, calls, segments, times in UTC and as shown in UTC+8, masked
phones, roles), what is reported (the dirty file's five bad rows and its duplicate), and that
importing any file again changes nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from qa_desk.domain import passwords
from qa_desk.domain.timeutil import to_local
from qa_desk.services.actor import Actor
from qa_desk.services.imports import ImportResult
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

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"
CHATS_A = SAMPLES / "chats_platform_a_gbk.csv"
CHATS_B = SAMPLES / "chats_platform_b.xlsx"
DIRTY = SAMPLES / "chats_dirty_utf16.txt"
CALLS = SAMPLES / "calls.xlsx"
TRANSCRIPTS = SAMPLES / "call_transcripts.csv"
# The agents of the samples that the ``org`` fixture lacks (it has A0101 and A0201).
MORE_AGENTS = {
    "A0102": ("李娜", "V01"),
    "A0103": ("张伟", "V01"),
    "A0104": ("刘洋", "V01"),
    "A0105": ("陈静", "V01"),
    "A0202": ("赵敏", "V02"),
    "A0203": ("黄磊", "V02"),
    "A0204": ("周婷", "V02"),
}


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the org fixture creates five users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture
def agents(services: Services, org: dict[str, Any]) -> dict[str, int]:
    """Every agent of the samples, under the vendor the README gives."""
    admin = org["admin"]
    vendors = {"V01": org["v1"].id, "V02": org["v2"].id}
    for employee_id, (name, vendor) in MORE_AGENTS.items():
        services.org.create_agent(admin, employee_id, name, vendors[vendor])
    return {a.employee_id: a.id for a in services.org.agents(admin)}


def query(services: Services, stmt: Any) -> list[Any]:
    with services.db.engine.connect() as conn:
        return list(conn.execute(stmt).all())


def count(services: Services, model: type) -> int:
    with services.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model)) or 0


def snapshot(services: Services) -> dict[str, int]:
    """Row counts of what an import writes besides its batch and audit event."""
    return {m.__name__: count(services, m) for m in (Record, Message, CallInfo, Segment, Agent)}


def record(services: Services, external_id: str) -> Any:
    [row] = query(services, select(Record).where(Record.external_id == external_id))
    return row


def messages(services: Services, record_id: int) -> list[Any]:
    stmt = select(Message).where(Message.record_id == record_id).order_by(Message.seq)
    return query(services, stmt)


def codes(services: Services) -> tuple[dict[int, str], dict[int, str]]:
    vendors = dict(query(services, select(Vendor.id, Vendor.code)))
    agent_ids = dict(query(services, select(Agent.id, Agent.employee_id)))
    return vendors, agent_ids


def assert_no_op(result: ImportResult, rows: int, errors: int = 0) -> None:
    assert (result.records_created, result.records_updated, result.messages_created) == (0, 0, 0)
    assert result.duplicates == rows - errors
    assert result.errors == errors


# ------------------------------------------------------------------------------ platform A


def test_platform_a(services: Services, admin: Actor, agents: dict[str, int]) -> None:
    result = services.imports.import_chats(admin, CHATS_A)
    assert result.kind == "chats" and result.file == str(CHATS_A)
    assert (result.rows_read, result.records_created, result.records_updated) == (2065, 240, 0)
    # No row of the file repeats another, so every row is a message.
    assert (result.messages_created, result.duplicates, result.errors) == (2065, 0, 0)
    assert result.error_report is None and result.vendor_agents_created == 0

    assert count(services, Record) == 240 and count(services, Message) == 2065
    roles = Counter(r for (r,) in query(services, select(Message.role)))
    assert roles == {"agent": 1358, "customer": 680, "system": 27}
    sources = query(services, select(Record.source, Record.channel).distinct())
    assert sources == [("chat", "chat")]

    vendors, agent_ids = codes(services)
    first = record(services, "C2026110800000")
    assert (vendors[first.vendor_id], agent_ids[first.agent_id]) == ("V01", "A0104")
    assert (first.started_at, first.ended_at) == (
        utc(2026, 11, 8, 12, 4),
        utc(2026, 11, 8, 12, 7, 50),
    )
    assert (first.message_count, first.first_response_s) == (9, 22.0)
    assert (first.csat, first.category, first.waybill_no) == (3, "投诉", "SF0602677354684")
    assert first.customer_ref == "131****2846"  # 13175722846, masked on import
    assert first.tags == ["在线客服"]  # the platform's channel
    assert first.import_batch_id == result.batch_id

    stored = messages(services, first.id)
    assert [m.seq for m in stored] == list(range(1, 10))
    opening = stored[0]
    assert (opening.at, opening.role, opening.sender) == (
        utc(2026, 11, 8, 12, 4),
        "customer",
        "客户",
    )
    assert opening.text == "再不处理我就打12305投诉了！单号SF0602677354684"
    assert to_local(opening.at).strftime("%Y-%m-%d %H:%M:%S") == "2026-11-08 20:04:00"
    reply = stored[1]
    assert (reply.at, reply.role, reply.sender) == (utc(2026, 11, 8, 12, 4, 22), "agent", "刘洋")
    assert reply.text == "您好，欢迎咨询，请问有什么可以帮您？"
    assert stored[-1].text == "感谢您的耐心等待，祝您生活愉快！"

    # Every stored phone is masked.
    phones = [p for (p,) in query(services, select(Record.customer_ref))]
    assert all(len(p) == 11 and p[3:7] == "****" for p in phones)

    [batch] = query(services, select(ImportBatch))
    assert (batch.id, batch.kind, batch.source, batch.status) == (
        result.batch_id,
        "chats",
        "chat",
        "done",
    )
    assert (batch.rows_read, batch.records_created, batch.messages_created) == (2065, 240, 2065)
    assert batch.file_name == str(CHATS_A) and len(batch.file_sha256) == 64
    assert batch.encoding == "GB18030/GBK" and batch.finished_at is not None
    [event] = query(services, select(AuditEvent).where(AuditEvent.entity == "import_batch"))
    assert (event.entity_id, event.action, event.user_login) == (
        str(result.batch_id),
        "create",
        "admin",
    )
    assert event.after["records_created"] == 240 and event.after["messages_created"] == 2065

    before = snapshot(services)
    again = services.imports.import_chats(admin, CHATS_A)
    assert_no_op(again, 2065)
    assert snapshot(services) == before
    assert again.batch_id != result.batch_id


def test_platform_a_creates_unknown_agents_under_the_file_vendor(
    services: Services, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    result = services.imports.import_chats(admin, CHATS_A)
    assert result.vendor_agents_created == 7 and result.errors == 0
    made = {a.employee_id: (a.name, a.vendor_code) for a in services.org.agents(admin)}
    for employee_id, expected in MORE_AGENTS.items():
        assert made[employee_id] == expected
    events = query(
        services,
        select(AuditEvent).where(AuditEvent.entity == "agent", AuditEvent.action == "create"),
    )
    created = {e.after["employee_id"]: e.after for e in events}
    assert set(created) == {"A0101", "A0201", *MORE_AGENTS}
    assert created["A0104"]["import_batch_id"] == result.batch_id


def test_platform_a_with_masking_off(
    services: Services, admin: Actor, agents: dict[str, int]
) -> None:
    assert services.org.mask_phones() is True
    services.org.set_mask_phones(admin, False)
    assert services.org.mask_phones() is False
    services.imports.import_chats(admin, CHATS_A)
    assert record(services, "C2026110800000").customer_ref == "13175722846"


# ------------------------------------------------------------------------------ platform B


def test_platform_b_after_a(services: Services, org: dict[str, Any]) -> None:
    admin = org["admin"]
    services.imports.import_chats(admin, CHATS_A)  # brings the agents and their vendors
    before = count(services, Message)
    result = services.imports.import_chats(admin, CHATS_B)
    assert (result.rows_read, result.records_created, result.messages_created) == (543, 60, 543)
    assert (result.duplicates, result.errors, result.vendor_agents_created) == (0, 0, 0)
    assert count(services, Message) == before + 543

    vendors, agent_ids = codes(services)
    first = record(services, "C2026111101000")
    # The agent is on the first row only; the vendor follows from the agent.
    assert (agent_ids[first.agent_id], vendors[first.vendor_id]) == ("A0201", "V02")
    assert first.started_at == utc(2026, 11, 11, 4, 12)  # an Excel datetime in China time
    assert first.ended_at == utc(2026, 11, 11, 4, 15, 5)
    assert (first.message_count, first.first_response_s, first.csat) == (9, 22.0, 4)
    assert first.waybill_no == "75132819235197" and first.tags == []
    stored = messages(services, first.id)
    assert [m.role for m in stored[:3]] == ["customer", "agent", "agent"]
    assert stored[4].text == "好吧😔"
    rows = query(services, select(Record).where(Record.import_batch_id == result.batch_id))
    assert len(rows) == 60 and all(r.agent_id is not None for r in rows)
    assert {vendors[r.vendor_id] for r in rows} == {"V01", "V02"}

    assert_no_op(services.imports.import_chats(admin, CHATS_B), 543)


# ------------------------------------------------------------------------------ calls


def test_calls_with_transcripts_and_recordings(
    services: Services, admin: Actor, agents: dict[str, int]
) -> None:
    result = services.imports.import_calls(admin, CALLS, transcripts=TRANSCRIPTS)
    assert result.kind == "calls"
    assert (result.rows_read, result.records_created, result.messages_created) == (280, 40, 240)
    assert (result.duplicates, result.errors, result.recordings_missing) == (0, 0, 37)

    calls = query(services, select(Record).where(Record.channel == "call"))
    assert len(calls) == 40 and {r.source for r in calls} == {"call"}
    infos = {c.record_id: c for c in query(services, select(CallInfo))}
    assert Counter(i.direction for i in infos.values()) == {"inbound": 30, "outbound": 10}
    present = sorted(Path(i.recording_path).name for i in infos.values() if not i.recording_missing)
    assert present == [
        "CALL202611040000.wav",
        "CALL202611040001.wav",
        "CALL202611080002.wav",
    ]
    for info in infos.values():
        path = Path(info.recording_path)
        assert path.is_absolute() and path.parent == SAMPLES / "recordings"
        assert path.exists() is not info.recording_missing
        if info.recording_missing:
            assert path.suffix == ".mp3"

    vendors, agent_ids = codes(services)
    first = record(services, "CALL202611040000")
    assert (agent_ids[first.agent_id], vendors[first.vendor_id]) == ("A0204", "V02")
    assert (first.started_at, first.ended_at) == (
        utc(2026, 11, 4, 13, 37),
        utc(2026, 11, 4, 13, 37, 31),
    )
    assert (first.csat, first.customer_ref, first.first_response_s) == (1, "199****4521", None)
    assert first.message_count == 6  # its utterances
    assert (infos[first.id].duration_s, infos[first.id].direction) == (31.0, "inbound")
    segments = query(
        services, select(Segment).where(Segment.record_id == first.id).order_by(Segment.start_ms)
    )
    assert [(s.start_ms, s.end_ms, s.speaker) for s in segments[:2]] == [
        (1317, 5417, "agent"),
        (6169, 11844, "customer"),
    ]
    assert segments[0].text == "您好，速达客服，工号A0204为您服务。"
    speakers = Counter(s for (s,) in query(services, select(Segment.speaker)))
    assert speakers == {"agent": 160, "customer": 80}
    counts = dict(
        query(services, select(Segment.record_id, func.count()).group_by(Segment.record_id))
    )
    assert all(r.message_count == counts[r.id] for r in calls)

    before = snapshot(services)
    assert_no_op(services.imports.import_calls(admin, CALLS, transcripts=TRANSCRIPTS), 280)
    assert snapshot(services) == before


def test_calls_with_a_recordings_folder(
    services: Services, admin: Actor, agents: dict[str, int], tmp_path: Path
) -> None:
    """``--recordings`` points at the folder; the file's ``recordings/x.wav`` is found by name."""
    result = services.imports.import_calls(admin, CALLS, recordings_dir=SAMPLES / "recordings")
    assert (result.records_created, result.messages_created, result.recordings_missing) == (
        40,
        0,
        37,
    )
    paths = {Path(p) for (p,) in query(services, select(CallInfo.recording_path))}
    assert all(p.parent == SAMPLES / "recordings" for p in paths)
    # The transcripts arrive later: they attach to the stored calls.
    later = services.imports.import_calls(admin, CALLS, transcripts=TRANSCRIPTS)
    assert (later.records_created, later.records_updated, later.messages_created) == (0, 40, 240)
    assert later.duplicates == 40
    assert {m for (m,) in query(services, select(Record.message_count))} == {6}


# ------------------------------------------------------------------------------ dirty file


def test_dirty_file(
    services: Services, admin: Actor, agents: dict[str, int], tmp_path: Path
) -> None:
    report = tmp_path / "dirty-errors.xlsx"
    result = services.imports.import_chats(admin, DIRTY, error_report=report)
    assert (result.rows_read, result.records_created, result.messages_created) == (14, 3, 8)
    assert (result.duplicates, result.errors, result.vendor_agents_created) == (1, 5, 0)
    assert result.error_report == str(report)

    book = openpyxl.load_workbook(report)
    sheet = book.active
    assert sheet.title == DIRTY.name and sheet.freeze_panes == "A2"
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows[0] == ("Row", "Column", "Value", "Reason")
    assert [(r[0], r[1], r[2] or "") for r in rows[1:]] == [
        (5, "时间", "not a time"),
        (6, "角色", "第三方"),
        (7, "时间", ""),
        (8, "坐席", "A0999"),
        (12, "会话编号", ""),
    ]
    reasons = [r[3] for r in rows[1:]]
    assert reasons[0].startswith("not a recognisable date and time")
    assert reasons[1].startswith("unknown role")
    assert reasons[2] == "time is empty"
    assert reasons[3] == "unknown agent A0999; give a vendor (--vendor) or add the agent"
    assert reasons[4] == "conversation id is empty"

    vendors, agent_ids = codes(services)
    texts = {}
    for external_id, expected in (("D001", 3), ("D002", 2), ("D003", 3)):
        stored = record(services, external_id)
        assert stored.message_count == expected
        assert vendors[stored.vendor_id] == "V01"
        for m in messages(services, stored.id):
            texts[(external_id, m.seq)] = m
    assert agent_ids[record(services, "D001").agent_id] == "A0101"
    # Row 8 (A0999) was refused, so D002's agent is the next one named: A0102.
    assert agent_ids[record(services, "D002").agent_id] == "A0102"
    assert texts[("D001", 3)].text == '=HYPERLINK("http://example.invalid","点我查询")'
    assert texts[("D001", 1)].at == utc(2026, 11, 5, 1, 1)  # 2026/11/5 9:01 China time
    assert texts[("D002", 1)].text == "多行消息\n第二行\n第三行"
    assert texts[("D002", 2)].text == "表情🙂和生僻字𠀀都要保留"
    assert texts[("D003", 1)].at == utc(2025, 11, 6, 2, 30)  # Excel serial 45967.4375
    assert texts[("D003", 2)].at == utc(2026, 11, 5, 2, 31)  # ISO with +08:00
    assert texts[("D003", 3)].text == "x" * 5000
    assert (
        record(services, "D003").first_response_s
        == (utc(2026, 11, 5, 2, 31) - utc(2025, 11, 6, 2, 30)).total_seconds()
    )

    before = snapshot(services)
    again = services.imports.import_chats(admin, DIRTY, error_report=tmp_path / "again.xlsx")
    assert_no_op(again, 14, errors=5)
    assert snapshot(services) == before


def test_dirty_file_with_a_vendor(services: Services, admin: Actor, agents: dict[str, int]) -> None:
    result = services.imports.import_chats(admin, DIRTY, vendor_code="V01")
    assert (result.messages_created, result.errors, result.vendor_agents_created) == (9, 4, 1)
    made = {a.employee_id: a for a in services.org.agents(admin)}["A0999"]
    assert (made.vendor_code, made.name) == ("V01", "A0999")
    _, agent_ids = codes(services)
    # A0999 is now the first agent named in D002.
    assert agent_ids[record(services, "D002").agent_id] == "A0999"
    report = openpyxl.load_workbook(result.error_report).active
    assert [r[0] for r in report.iter_rows(min_row=2, values_only=True)] == [5, 6, 7, 12]
    # The default report lives in the data folder, named after the batch and the file.
    assert (
        Path(result.error_report).name == f"batch-{result.batch_id}-chats_dirty_utf16-errors.xlsx"
    )
    assert Path(result.error_report).parent.name == "import-errors"
