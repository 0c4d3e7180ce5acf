"""ImportService behaviour on SQLite and PostgreSQL: atomicity, cancel, permissions, duplicates,
unsorted files, appending to stored conversations, vendors and agents, profiles, preview,
batches, the phone-masking option, call edge cases and the error report.
"""

from __future__ import annotations

import csv
import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from qa_desk.domain import passwords
from qa_desk.domain.errors import (
    ImportFileError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from qa_desk.services import import_chats
from qa_desk.services.import_support import FileDigest
from qa_desk.services.imports import ImportCancelled
from qa_desk.services.registry import Services
from qa_desk.storage.models import (
    Agent,
    AuditEvent,
    CallInfo,
    ImportBatch,
    ImportProfile,
    Message,
    Record,
    Segment,
)
from qa_desk.storage.models.base import UTCDateTime
from qa_desk.storage.repositories.bulk import BulkRepository, sqlite_utc_text

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"
HEADER = [
    "会话ID",
    "消息时间",
    "发送方",
    "发送人",
    "消息内容",
    "客服工号",
    "外包商编码",
    "客户手机",
]


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(header)
        out.writerows(rows)
    return path


def query(services: Services, stmt: Any) -> list[Any]:
    with services.db.engine.connect() as conn:
        return list(conn.execute(stmt).all())


def count(services: Services, model: type) -> int:
    with services.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model)) or 0


def stored_everything(services: Services) -> dict[str, int]:
    models = (Record, Message, CallInfo, Segment, Agent, ImportBatch, AuditEvent)
    return {m.__name__: count(services, m) for m in models}


def conversation(
    services: Services, external_id: str, source: str = "chat"
) -> tuple[Any, list[Any]]:
    [rec] = query(
        services,
        select(Record).where(Record.external_id == external_id, Record.source == source),
    )
    stmt = select(Message).where(Message.record_id == rec.id).order_by(Message.seq)
    return rec, query(services, stmt)


# ------------------------------------------------------------------------------ atomicity


def test_a_failure_mid_way_stores_nothing(
    services: Services, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = org["admin"]
    before = stored_everything(services)
    calls = itertools.count()
    real = BulkRepository.insert_messages

    def failing(self: BulkRepository, rows: Any, **kw: Any) -> int:
        if next(calls) == 1:
            raise RuntimeError("disk on fire")
        return real(self, rows, **kw)

    monkeypatch.setattr(BulkRepository, "insert_messages", failing)
    monkeypatch.setattr(import_chats, "FLUSH_MESSAGES", 100)
    monkeypatch.setattr(import_chats, "CHUNK_ROWS", 100)
    with pytest.raises(RuntimeError, match="disk on fire"):
        services.imports.import_chats(admin, SAMPLES / "chats_platform_a_gbk.csv")
    # No batch, no record or message, none of the 7 agents it created, no audit event.
    assert stored_everything(services) == before


def test_a_failure_at_the_end_removes_the_error_report(
    services: Services, org: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = stored_everything(services)

    def broken(self: FileDigest) -> str:
        raise RuntimeError("lost the file")

    monkeypatch.setattr(FileDigest, "result", broken)
    report = tmp_path / "errors.xlsx"
    with pytest.raises(RuntimeError, match="lost the file"):
        services.imports.import_chats(
            org["admin"], SAMPLES / "chats_dirty_utf16.txt", error_report=report
        )
    assert stored_everything(services) == before
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*")) == []


def test_cancel_stores_nothing(services: Services, org: dict[str, Any]) -> None:
    admin = org["admin"]
    before = stored_everything(services)
    seen: list[tuple[int, int, str]] = []
    with pytest.raises(ImportCancelled, match="nothing was stored"):
        services.imports.import_chats(
            admin,
            SAMPLES / "chats_platform_a_gbk.csv",
            progress=lambda done, total, message: seen.append((done, total, message)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert stored_everything(services) == before
    assert seen[0][2] == "Opening the file" and seen[1] == (2000, 0, "Reading rows")


def test_progress_reports_rows_read(services: Services, org: dict[str, Any]) -> None:
    seen: list[tuple[int, int, str]] = []
    services.imports.import_chats(
        org["admin"],
        SAMPLES / "chats_platform_a_gbk.csv",
        progress=lambda done, total, message: seen.append((done, total, message)),
    )
    rows = [d for d, _, m in seen if m == "Reading rows"]
    assert rows == [2000, 2065]
    assert seen[-1][2] == "Writing records"


# ------------------------------------------------------------------------------ permissions


def test_who_may_import(services: Services, org: dict[str, Any]) -> None:
    for login in ("sup1", "aud"):
        with pytest.raises(PermissionDenied):
            services.imports.import_chats(org[login], SAMPLES / "chats_platform_a_gbk.csv")
        with pytest.raises(PermissionDenied):
            services.imports.preview(org[login], SAMPLES / "chats_platform_a_gbk.csv", "chats")
    assert count(services, Record) == 0
    # An inspector may import, and so create the file's agents (without managing agents).
    result = services.imports.import_chats(org["insp"], SAMPLES / "chats_platform_a_gbk.csv")
    assert result.records_created == 240 and result.vendor_agents_created == 7
    [batch] = services.imports.batches(org["admin"])
    assert (batch.imported_by, batch.status, batch.records_created) == ("insp", "done", 240)
    assert services.imports.batches(org["aud"])[0].id == batch.id  # auditors see batches
    with pytest.raises(PermissionDenied):
        services.imports.batches(org["sup1"])


# ------------------------------------------------------------------------------ chats


def test_unsorted_file_duplicates_and_first_response(
    services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    """Conversations interleaved and out of time order; an exact duplicate row."""
    admin = org["admin"]
    path = write_csv(
        tmp_path / "mixed.csv",
        [
            ["K2", "2026-11-01 10:00:05", "客服", "王磊", "您好", "A0201", "", ""],
            ["K1", "2026-11-01 09:00:30", "客服", "张敏", "请稍等", "A0101", "", "13800138000"],
            ["K2", "2026-11-01 10:00:00", "客户", "客户", "在吗", "", "", ""],
            ["K1", "2026-11-01 09:00:00", "客户", "客户", "查快递", "", "", ""],
            ["K1", "2026-11-01 09:00:30", "客服", "张敏", "请稍等", "A0101", "", "13800138000"],
            ["K2", "2026-11-01 10:01:00", "机器人", "小助手", "转人工", "", "", ""],
            ["K1", "2026-11-01 09:02:00", "系统", "系统", "会话已结束", "", "", ""],
        ],
    )
    result = services.imports.import_chats(admin, path)
    assert (result.rows_read, result.records_created, result.messages_created) == (7, 2, 6)
    assert (result.duplicates, result.errors) == (1, 0)

    k1, messages = conversation(services, "K1")
    # Stored in time order whatever the file's order.
    assert [(m.seq, m.text) for m in messages] == [(1, "查快递"), (2, "请稍等"), (3, "会话已结束")]
    assert (k1.started_at, k1.ended_at) == (utc(2026, 11, 1, 1, 0), utc(2026, 11, 1, 1, 2))
    assert (k1.message_count, k1.first_response_s) == (3, 30.0)
    assert k1.customer_ref == "138****8000"
    k2, messages = conversation(services, "K2")
    assert [m.role for m in messages] == ["customer", "agent", "bot"]
    assert (k2.first_response_s, k2.message_count) == (5.0, 3)
    assert k2.customer_ref is None


def test_stored_times_compare_equal_to_orm_times(services: Services, org: dict[str, Any]) -> None:
    """Bulk-written times must be the very text the ORM writes, or SQL comparisons break."""
    services.imports.import_chats(org["admin"], SAMPLES / "chats_platform_a_gbk.csv")
    at = utc(2026, 11, 8, 12, 4, 22)
    hits = query(services, select(Message.text).where(Message.at == at))
    assert ("您好，欢迎咨询，请问有什么可以帮您？",) in hits
    later = query(services, select(func.count()).select_from(Record).where(Record.started_at >= at))
    assert 0 < later[0][0] < 240


def test_sqlite_time_text_matches_the_column_type() -> None:
    dialect = sqlite.dialect()
    process = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    start = utc(1, 1, 1)
    # Every ~100 days from year 1 to 9999, with and without microseconds.
    values = [start + timedelta(seconds=s + 0.123457) for s in range(0, 315_500_000_000, 8_640_007)]
    values += [
        utc(9999, 12, 31, 23, 59, 59, 999999),
        utc(1969, 12, 31, 23, 59, 59),
        utc(1970, 1, 1),
    ]
    values += [v.replace(microsecond=0) for v in values]
    assert all(sqlite_utc_text(v) == process(v) for v in values)
    with pytest.raises(ValueError, match="naive"):
        sqlite_utc_text(datetime(2026, 1, 1))


def test_new_messages_are_appended_to_stored_conversations(
    services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    admin = org["admin"]
    first = write_csv(
        tmp_path / "day1.csv",
        [
            ["K1", "2026-11-01 09:00:00", "客户", "客户", "查快递", "", "", ""],
            ["K1", "2026-11-01 09:00:30", "客服", "张敏", "请稍等", "A0101", "", ""],
        ],
    )
    services.imports.import_chats(admin, first)
    second = write_csv(
        tmp_path / "day2.csv",
        [
            ["K1", "2026-11-01 09:00:30", "客服", "张敏", "请稍等", "A0101", "", ""],
            ["K1", "2026-11-01 09:05:00", "客户", "客户", "好了吗", "", "", ""],
            ["K1", "2026-11-01 08:59:00", "系统", "系统", "会话开始", "", "", ""],
            ["K3", "2026-11-01 11:00:00", "客户", "客户", "你好", "A0201", "", ""],
        ],
    )
    result = services.imports.import_chats(admin, second)
    assert (result.records_created, result.records_updated, result.messages_created) == (1, 1, 3)
    assert result.duplicates == 1
    k1, messages = conversation(services, "K1")
    assert [(m.seq, m.text) for m in messages] == [
        (1, "会话开始"),
        (2, "查快递"),
        (3, "请稍等"),
        (4, "好了吗"),
    ]
    assert (k1.message_count, k1.first_response_s) == (4, 30.0)
    assert (k1.started_at, k1.ended_at) == (utc(2026, 11, 1, 0, 59), utc(2026, 11, 1, 1, 5))
    assert k1.import_batch_id != result.batch_id  # still the batch that created it


def test_vendors_and_agents(services: Services, org: dict[str, Any], tmp_path: Path) -> None:
    admin = org["admin"]
    path = write_csv(
        tmp_path / "vendors.csv",
        [
            # agent known, vendor column agrees
            ["K1", "2026-11-01 09:00:00", "客服", "张敏", "您好", "a0101", "v01", ""],
            # agent known but the row names another vendor
            ["K1", "2026-11-01 09:00:10", "客服", "张敏", "您好呀", "A0101", "V02", ""],
            # a vendor no admin created
            ["K2", "2026-11-01 09:00:00", "客户", "客户", "在吗", "", "V77", ""],
            # a new agent under the row's vendor, created once
            ["K3", "2026-11-01 09:00:00", "客服", "新人", "你好", "A0777", "V02", ""],
            ["K3", "2026-11-01 09:00:20", "客服", "新人", "再见", "A0777", "", ""],
            # a vendor but no agent
            ["K4", "2026-11-01 09:00:00", "客户", "客户", "人呢", "", "V01", ""],
            # neither, ever: the conversation's rows are refused at the end
            ["K5", "2026-11-01 09:00:00", "客户", "客户", "喂", "", "", ""],
            ["K5", "2026-11-01 09:00:09", "客户", "客户", "喂喂", "", "", ""],
        ],
    )
    result = services.imports.import_chats(admin, path)
    assert (result.records_created, result.messages_created, result.errors) == (3, 4, 4)
    assert result.vendor_agents_created == 1
    rows = list(
        openpyxl.load_workbook(result.error_report).active.iter_rows(min_row=2, values_only=True)
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (3, "外包商编码", "V02"),
        (4, "外包商编码", "V77"),
        (8, "会话ID", "K5"),
        (9, "会话ID", "K5"),
    ]
    assert rows[0][3] == "agent A0101 belongs to vendor V01, not V02"
    assert rows[1][3] == "unknown vendor V77 (vendors are added by an admin)"
    assert rows[2][3].startswith("no vendor for conversation K5")
    agents = {a.employee_id: a for a in services.org.agents(admin)}
    # No agent-name column: the new agent is named by its employee id until someone edits it.
    assert (agents["A0777"].name, agents["A0777"].vendor_code) == ("A0777", "V02")
    k3, _ = conversation(services, "K3")
    k4, _ = conversation(services, "K4")
    assert (k3.agent_id, k3.vendor_id) == (agents["A0777"].id, org["v2"].id)
    assert (k4.agent_id, k4.vendor_id) == (None, org["v1"].id)
    events = query(services, select(AuditEvent.after).where(AuditEvent.entity == "import_batch"))
    assert events[-1][0]["agents_created"] == ["A0777"]


def test_a_file_without_agent_or_vendor_needs_a_vendor(
    services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    admin = org["admin"]
    path = write_csv(
        tmp_path / "bare.csv",
        [["K1", "2026-11-01 09:00:00", "客户", "客户", "你好"]],
        header=["会话ID", "消息时间", "发送方", "发送人", "消息内容"],
    )
    with pytest.raises(ImportFileError, match="no agent or vendor column"):
        services.imports.import_chats(admin, path)
    with pytest.raises(NotFound, match="Unknown vendor 'V99'"):
        services.imports.import_chats(admin, path, vendor_code="V99")
    result = services.imports.import_chats(admin, path, vendor_code=" v02 ")
    assert result.records_created == 1
    k1, _ = conversation(services, "K1")
    assert (k1.vendor_id, k1.agent_id) == (org["v2"].id, None)

    calls = write_csv(
        tmp_path / "bare_calls.csv", [["C1", "2026-11-01 09:00:00"]], header=["通话ID", "开始时间"]
    )
    with pytest.raises(ImportFileError, match="no agent or vendor column"):
        services.imports.import_calls(admin, calls)
    assert services.imports.import_calls(admin, calls, vendor_code="V01").records_created == 1


def test_bad_files_are_one_line_and_store_nothing(
    services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    admin = org["admin"]
    before = stored_everything(services)
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "prose.txt").write_text("这不是表格\n只是一段话\n", encoding="utf-8")
    no_text = write_csv(tmp_path / "no_text.csv", [["K1", "2026-11-01 09:00", "客户"]], HEADER[:3])
    cases = [
        (tmp_path / "missing.csv", "cannot open the file"),
        (tmp_path / "empty.csv", "the file is empty"),
        (tmp_path / "prose.txt", "not a table"),
        (SAMPLES / "recordings" / "CALL202611040000.wav", "not a text table"),
        (no_text, "missing required columns"),
    ]
    for path, words in cases:
        with pytest.raises(ImportFileError) as caught:
            services.imports.import_chats(admin, path)
        assert words in str(caught.value) and "\n" not in str(caught.value)
    assert stored_everything(services) == before


def test_formula_text_in_a_bad_cell_is_text_in_the_report(
    services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "formula.csv",
        [
            [
                "K1",
                '=HYPERLINK("http://example.invalid","x")',
                "客户",
                "客户",
                "a",
                "A0101",
                "",
                "",
            ],
            ["K1", "2026-11-01 09:00:00", "@cmd", "客户", "b", "A0101", "", ""],
        ],
    )
    result = services.imports.import_chats(org["admin"], path, error_report=tmp_path / "r.xlsx")
    assert result.errors == 2
    cells = [
        row[2] for row in openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows(min_row=2)
    ]
    assert [(c.value, c.data_type) for c in cells] == [
        ('=HYPERLINK("http://example.invalid","x")', "s"),
        ("@cmd", "s"),
    ]


# ------------------------------------------------------------------------------ profiles


def test_profiles_map_columns_and_name_the_source(
    services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    admin, inspector = org["admin"], org["insp"]
    path = write_csv(
        tmp_path / "odd.csv",
        [["K1", "2026-11-01 09:00:00", "customer", "hello", "A0101"]],
        header=["thread", "when", "who", "said", "staff"],
    )
    preview = services.imports.preview(inspector, path, "chats")
    assert set(preview.missing) == {"conversation_id", "at", "role", "text"}
    mapping = {
        "conversation_id": "thread",
        "at": "when",
        "role": "who",
        "text": "said",
        "agent_id": "staff",
    }
    with pytest.raises(ValidationError, match="Map every required field"):
        services.imports.save_profile(inspector, "chats", "平台C", {"conversation_id": "thread"})
    saved = services.imports.save_profile(inspector, "chats", " 平台C ", mapping)
    assert (saved.kind, saved.name, saved.mapping) == ("chats", "平台C", mapping)
    assert [p.name for p in services.imports.profiles(inspector, "chats")] == ["平台C"]
    assert services.imports.profiles(inspector, "calls") == []

    shown = services.imports.preview(inspector, path, "chats", profile="平台C")
    assert (shown.missing, shown.profile, shown.mapping) == ([], "平台C", mapping)
    # The profile on another platform's file: its columns aren't there.
    other = services.imports.preview(
        inspector, SAMPLES / "chats_platform_a_gbk.csv", "chats", profile="平台C"
    )
    assert other.missing == ["conversation_id", "at", "role", "text"]
    given = services.imports.preview(inspector, path, "chats", mapping={**mapping, "text": "said "})
    assert given.missing == [] and given.profile is None
    result = services.imports.import_chats(inspector, path, profile="平台C")
    assert result.records_created == 1
    k1, _ = conversation(services, "K1", source="平台C")
    assert k1.agent_id == org["a1"].id

    # Saving the same name again replaces the mapping (audited as an update).
    changed = services.imports.save_profile(
        inspector, "chats", "平台C", {**mapping, "sender": "who"}
    )
    assert changed.id == saved.id and changed.mapping["sender"] == "who"
    actions = [
        a
        for (a,) in query(
            services, select(AuditEvent.action).where(AuditEvent.entity == "import_profile")
        )
    ]
    assert actions == ["create", "update"]
    with pytest.raises(NotFound, match="no chats import profile named 'nope'"):
        services.imports.import_chats(admin, path, profile="nope")
    services.imports.delete_profile(admin, saved.id)
    assert count(services, ImportProfile) == 0
    with pytest.raises(NotFound):
        services.imports.delete_profile(admin, saved.id)
    with pytest.raises(PermissionDenied):
        services.imports.save_profile(org["sup1"], "chats", "x", mapping)


def test_preview_of_platform_a(services: Services, org: dict[str, Any]) -> None:
    preview = services.imports.preview(org["insp"], SAMPLES / "chats_platform_a_gbk.csv", "chats")
    assert (preview.kind, preview.format, preview.encoding, preview.delimiter, preview.sheet) == (
        "chats",
        "csv",
        "GB18030/GBK",
        ",",
        None,
    )
    assert preview.headers[:3] == ["会话ID", "消息时间", "发送方"]
    assert preview.mapping["conversation_id"] == "会话ID" and preview.missing == []
    assert preview.row_numbers == list(range(2, 22)) and len(preview.rows) == 20
    assert preview.rows[0][0] == "C2026110800000"
    assert [f.name for f in preview.fields][:3] == ["conversation_id", "at", "role"]
    assert preview.fields[0].label == "Conversation id" and preview.fields[0].required
    calls = services.imports.preview(org["insp"], SAMPLES / "calls.xlsx", "calls")
    assert (calls.format, calls.sheet, calls.encoding) == ("xlsx", "通话记录", None)
    with pytest.raises(ValidationError):
        services.imports.preview(org["insp"], SAMPLES / "calls.xlsx", "letters")


# ------------------------------------------------------------------------------ options


def test_mask_phones_option(services: Services, org: dict[str, Any]) -> None:
    admin = org["admin"]
    assert services.org.mask_phones() is True
    with pytest.raises(PermissionDenied):
        services.org.set_mask_phones(org["insp"], False)
    services.org.set_mask_phones(admin, False)
    services.org.set_mask_phones(admin, False)  # no change, no second event
    services.org.set_mask_phones(admin, True)
    assert services.org.mask_phones() is True
    events = query(
        services,
        select(AuditEvent.before, AuditEvent.after).where(AuditEvent.entity == "app_option"),
    )
    assert events == [
        ({"mask_phones": True}, {"mask_phones": False}),
        ({"mask_phones": False}, {"mask_phones": True}),
    ]


# ------------------------------------------------------------------------------ calls


def test_call_edge_cases(services: Services, org: dict[str, Any], tmp_path: Path) -> None:
    admin = org["admin"]
    (tmp_path / "rec").mkdir()
    (tmp_path / "rec" / "c1.wav").write_bytes(b"RIFF")
    calls = write_csv(
        tmp_path / "calls.csv",
        [
            ["C1", "A0101", "2026-11-01 09:00:00", "", "61", "", "rec/c1.wav"],
            [
                "C2",
                "A0201",
                "2026-11-01 10:00:00",
                "2026-11-01 10:02:00",
                "",
                "呼出",
                "https://rec.example.invalid/c2.mp3",
            ],
            ["C1", "A0101", "2026-11-01 09:00:00", "", "61", "", "rec/c1.wav"],
            ["C1", "A0101", "2026-11-01 09:30:00", "", "61", "", "rec/c1.wav"],
            ["C3", "A0101", "2026-11-01 11:00:00", "", "", "", ""],
            ["C4", "A0999", "2026-11-01 12:00:00", "", "", "", ""],
        ],
        header=["通话ID", "坐席工号", "开始时间", "结束时间", "通话时长", "呼叫方向", "录音文件"],
    )
    transcripts = write_csv(
        tmp_path / "t.csv",
        [
            ["C1", "0", "1500", "坐席", "您好"],
            ["C1", "2000", "", "客户", "你好"],
            ["C1", "0", "1500", "坐席", "您好"],
            ["C9", "0", "100", "客户", "谁"],
            ["C4", "0", "100", "客户", "喂"],
        ],
        header=["通话ID", "开始(毫秒)", "结束(毫秒)", "说话人", "文本"],
    )
    result = services.imports.import_calls(admin, calls, transcripts=transcripts)
    assert (result.rows_read, result.records_created, result.messages_created) == (11, 3, 2)
    assert (result.duplicates, result.errors, result.recordings_missing) == (2, 4, 0)
    book = openpyxl.load_workbook(result.error_report)
    assert book.sheetnames == ["calls.csv", "t.csv"]
    call_errors = list(book["calls.csv"].iter_rows(min_row=2, values_only=True))
    assert call_errors[0][:3] == (5, "通话ID", "C1")
    assert call_errors[0][3] == "call C1 is also in row 2 with other values"
    assert call_errors[1][:3] == (7, "坐席工号", "A0999")
    transcript_errors = list(book["t.csv"].iter_rows(min_row=2, values_only=True))
    assert transcript_errors[0][:3] == (5, "通话ID", "C9")
    assert transcript_errors[0][3].startswith("unknown call C9: not in the call file")
    assert (
        transcript_errors[1][3] == "call C4 was not imported: its row in the call file has an error"
    )

    records = {r.id: r for r in query(services, select(Record))}
    info = {
        records[c.record_id].external_id: (records[c.record_id], c)
        for c in query(services, select(CallInfo))
    }
    c1, c1_info = info["C1"]
    assert (c1_info.direction, c1_info.duration_s, c1.ended_at) == (
        "unknown",
        61.0,
        utc(2026, 11, 1, 1, 1, 1),
    )
    assert (c1_info.recording_path, c1_info.recording_missing) == (
        str(tmp_path / "rec" / "c1.wav"),
        False,
    )
    assert c1.message_count == 2
    _, c2_info = info["C2"]
    assert (c2_info.direction, c2_info.duration_s) == ("outbound", 120.0)
    assert (c2_info.recording_path, c2_info.recording_missing) == (
        "https://rec.example.invalid/c2.mp3",
        False,
    )
    c3, c3_info = info["C3"]
    assert (c3_info.recording_path, c3_info.recording_missing, c3.ended_at) == (None, False, None)
    segments = query(services, select(Segment.start_ms, Segment.end_ms).order_by(Segment.start_ms))
    assert segments == [(0, 1500), (2000, 2000)]  # no end: the utterance ends where it starts

    with pytest.raises(ValidationError, match="does not exist"):
        services.imports.import_calls(admin, calls, recordings_dir=tmp_path / "nowhere")


def test_nul_characters_past_the_sniffed_head_are_dropped(
    services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    """PostgreSQL can't store NUL; a file whose head looked clean may still hold one."""
    filler = [
        [f"F{n}", "2026-11-01 09:00:00", "客户", "客户", "正常的消息" * 10, "A0101", "", ""]
        for n in range(7000)
    ]
    path = write_csv(
        tmp_path / "nul.csv",
        [
            *filler,
            [
                "K1",
                "2026-11-01 09:00:00",
                "客户",
                "客\x00户",
                "坏\x00字",
                "A0101",
                "",
                "139\x0000001111",
            ],
        ],
    )
    assert path.stat().st_size > 1.1 * 2**20  # past the head the reader checks for NUL
    result = services.imports.import_chats(org["admin"], path)
    assert (result.records_created, result.errors) == (7001, 0)
    k1, [message] = conversation(services, "K1")
    assert (message.text, message.sender, k1.customer_ref) == ("坏字", "客户", "139****1111")
