"""Header synonyms, mapping detection, saved profiles, and user-edited mappings."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from qa_desk.domain.errors import ImportFileError, ValidationError
from qa_desk.io.mapping import (
    FIELDS,
    KINDS,
    Mapping,
    detect_mapping,
    field_for_header,
    field_spec,
    normalise_header,
    recognised_count,
)
from qa_desk.io.readers import ChatRow, RowError, read_calls, read_chats
from qa_desk.io.tabular import open_table

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        (
            "chats_platform_a_gbk.csv",
            "chats",
            {
                "conversation_id": "会话ID",
                "at": "消息时间",
                "role": "发送方",
                "sender": "发送人",
                "text": "消息内容",
                "agent_id": "客服工号",
                "agent_name": "客服姓名",
                "vendor_code": "外包商编码",
                "channel": "渠道",
                "waybill": "运单号",
                "category": "问题类型",
                "customer": "客户手机",
                "csat": "满意度",
            },
        ),
        (
            "chats_platform_b.xlsx",
            "chats",
            {
                "conversation_id": "session_id",
                "at": "timestamp",
                "role": "from",
                "agent_id": "agent_id",
                "text": "content",
                "waybill": "order_no",
                "csat": "rating",
            },
        ),
        (
            "chats_dirty_utf16.txt",
            "chats",
            {
                "conversation_id": "会话编号",
                "at": "时间",
                "role": "角色",
                "agent_id": "坐席",
                "text": "内容",
            },
        ),
        (
            "calls.xlsx",
            "calls",
            {
                "call_id": "通话ID",
                "agent_id": "坐席工号",
                "started_at": "开始时间",
                "ended_at": "结束时间",
                "duration_s": "通话时长(秒)",
                "direction": "呼叫方向",
                "customer": "客户号码",
                "recording": "录音文件",
                "csat": "满意度",
            },
        ),
        (
            "call_transcripts.csv",
            "transcripts",
            {
                "call_id": "通话ID",
                "start_ms": "开始(毫秒)",
                "end_ms": "结束(毫秒)",
                "speaker": "说话人",
                "text": "文本",
            },
        ),
    ],
)
def test_every_sample_maps_without_edits(name: str, kind: str, expected: dict[str, str]) -> None:
    with open_table(SAMPLES / name, kind) as table:
        mapping = detect_mapping(table.headers, kind)
    assert mapping.columns == expected
    assert mapping.missing() == []


@pytest.mark.parametrize(
    ("header", "kind", "field"),
    [
        ("Conversation ID", "chats", "conversation_id"),
        ("conversation-id", "chats", "conversation_id"),
        ("SESSION_ID", "chats", "conversation_id"),
        ("对话ID", "chats", "conversation_id"),
        ("会话ＩＤ", "chats", "conversation_id"),  # full-width letters
        (" 消息时间 ", "chats", "at"),
        ("Sent At", "chats", "at"),
        ("Sender Role", "chats", "role"),
        ("sender_name", "chats", "sender"),
        ("Message", "chats", "text"),
        ("坐席工号", "chats", "agent_id"),
        ("Agent Name", "chats", "agent_name"),
        ("Vendor Code", "chats", "vendor_code"),
        ("Tracking No.", "chats", "waybill"),
        ("客户号码", "chats", "customer"),
        ("CSAT", "chats", "csat"),
        ("评价", "chats", "csat"),
        ("Call ID", "calls", "call_id"),
        ("Start", "calls", "started_at"),
        ("时长", "calls", "duration_s"),
        ("Direction", "calls", "direction"),
        ("录音", "calls", "recording"),
        ("开始（毫秒）", "transcripts", "start_ms"),  # full-width brackets
        ("end_ms", "transcripts", "end_ms"),
        ("Speaker", "transcripts", "speaker"),
        ("消息类型", "chats", None),  # "message type" is not the category
        ("备注", "chats", None),
    ],
)
def test_synonyms_ignore_case_space_and_punctuation(
    header: str, kind: str, field: str | None
) -> None:
    assert field_for_header(header, kind) == field


def test_no_header_means_two_fields_of_one_kind() -> None:
    for kind, specs in FIELDS.items():
        owner: dict[str, str] = {}
        for spec in specs:
            for word in spec.synonyms:
                key = normalise_header(word)
                assert owner.setdefault(key, spec.name) == spec.name, (kind, word)


def test_each_kind_has_its_required_fields() -> None:
    required = {kind: [s.name for s in FIELDS[kind] if s.required] for kind in KINDS}
    assert required == {
        "chats": ["conversation_id", "at", "role", "text"],
        "calls": ["call_id", "started_at"],
        "transcripts": ["call_id", "start_ms", "speaker", "text"],
    }
    assert field_spec("calls", "duration_s").label == "duration (seconds)"
    with pytest.raises(ValidationError):
        field_spec("calls", "nonsense")


def test_detection_takes_the_leftmost_header_and_lists_what_is_missing() -> None:
    mapping = detect_mapping(["时间", "time", "内容", "备注"], "chats")
    assert mapping.columns == {"at": "时间", "text": "内容"}
    assert mapping.missing() == ["conversation_id", "role"]
    with pytest.raises(ValidationError):
        detect_mapping(["a"], "emails")


def test_recognised_count() -> None:
    assert recognised_count(["会话ID", "时间", "xyz", ""], "chats") == 2
    assert recognised_count(["通话ID", "说话人"]) == 2
    assert recognised_count(["时间", "time"], "chats") == 2  # two synonyms of the same field
    assert recognised_count([1.0, None, "备注"]) == 0


def test_profile_round_trip() -> None:
    mapping = detect_mapping(["会话ID", "时间", "角色", "内容", "坐席"], "chats")
    saved = json.dumps(mapping.to_json(), ensure_ascii=False)
    again = Mapping.from_json(json.loads(saved))
    assert again == mapping
    assert Mapping.from_json(saved) == mapping
    assert mapping.to_json()["version"] == 1


@pytest.mark.parametrize(
    "data",
    [
        "not json",
        "[1, 2]",
        {"kind": "emails", "columns": {}},
        {"kind": "chats"},
        {"kind": "chats", "columns": {"nonsense": "x"}},
        {"kind": "chats", "columns": {"text": 5}},
    ],
)
def test_malformed_profiles_are_validation_errors(data: object) -> None:
    with pytest.raises(ValidationError) as caught:
        Mapping.from_json(data)  # type: ignore[arg-type]
    assert caught.value.field == "mapping"


def _write(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_a_user_edited_mapping_is_accepted(tmp_path: Path) -> None:
    """Headers no synonym knows: the user maps them by hand, and the readers follow."""
    path = _write(
        tmp_path / "odd.csv",
        [
            ["编号甲", "发生于", "谁", "说了什么", "备注"],
            ["K1", "2026/11/1 9:15", "用户", "在吗", "n/a"],
            ["K1", "2026/11/1 9:16", "客服", "在的", ""],
        ],
    )
    table = open_table(path, "chats")
    detected = detect_mapping(table.headers, "chats")
    assert detected.missing() == ["conversation_id", "at", "role", "text"]
    with pytest.raises(ImportFileError, match="missing required columns: conversation id"):
        read_chats(table, detected)  # raised at the call, before any row is read

    edited = Mapping("chats", dict(detected.columns))
    edited.columns.update(
        {"conversation_id": "编号甲", "at": "发生于", "role": "谁", "text": "说了什么"}
    )
    profile = Mapping.from_json(json.dumps(edited.to_json()))
    rows = list(read_chats(table, profile))
    assert all(isinstance(row, ChatRow) for row in rows)
    assert [(r.conversation_id, r.role, r.text) for r in rows if isinstance(r, ChatRow)] == [
        ("K1", "customer", "在吗"),
        ("K1", "agent", "在的"),
    ]
    first = rows[0]
    assert isinstance(first, ChatRow)
    assert first.at == datetime(2026, 11, 1, 1, 15, tzinfo=UTC)


def test_saved_profile_tolerates_cosmetic_header_changes_and_missing_optionals(
    tmp_path: Path,
) -> None:
    profile = Mapping(
        "chats",
        {
            "conversation_id": "Session ID",
            "at": "Time",
            "role": "Role",
            "text": "Text",
            "channel": "Channel",  # optional and absent from this month's export
        },
    )
    path = _write(
        tmp_path / "m.csv",
        [["session_id", "TIME", "role ", "text"], ["S1", "2026-11-01 09:00:00", "bot", "hi"]],
    )
    rows = list(read_chats(open_table(path), profile))
    assert len(rows) == 1
    row = rows[0]
    assert isinstance(row, ChatRow)
    assert (row.conversation_id, row.role, row.channel) == ("S1", "bot", None)


def test_mapping_of_another_kind_or_a_missing_required_column(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.csv", [["通话ID", "坐席工号"], ["X1", "A0101"]])
    table = open_table(path)
    with pytest.raises(ValidationError, match="for chats, not calls"):
        read_calls(table, Mapping("chats", {"conversation_id": "通话ID"}))
    with pytest.raises(ImportFileError, match=r"start time") as caught:
        read_calls(table, detect_mapping(table.headers, "calls"))
    assert "通话ID" in str(caught.value)  # the message lists the file's columns
    with pytest.raises(ImportFileError, match="“开始” not found"):
        read_calls(table, Mapping("calls", {"call_id": "通话ID", "started_at": "开始"}))


def test_row_errors_name_the_files_header(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "e.csv",
        [["Session ID", "Time", "Role", "Text"], ["S1", "yesterday", "customer", "hi"]],
    )
    table = open_table(path)
    (error,) = list(read_chats(table, detect_mapping(table.headers, "chats")))
    assert error == RowError(
        2,
        "Time",
        "yesterday",
        "not a recognisable date and time (e.g. 2026-11-01 09:15:02)",
        "bad_time",
    )
