"""Every sample export reads with the detected mapping and no edits, exactly as expected."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from qa_desk.domain.errors import ImportFileError
from qa_desk.io.mapping import detect_mapping
from qa_desk.io.readers import (
    CallRow,
    ChatRow,
    RowError,
    TranscriptRow,
    read_calls,
    read_chats,
    read_transcripts,
)
from qa_desk.io.tabular import open_table

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def read(name: str, kind: str) -> list[object]:
    reader = {"chats": read_chats, "calls": read_calls, "transcripts": read_transcripts}[kind]
    with open_table(SAMPLES / name, kind) as table:
        return list(reader(table, detect_mapping(table.headers, kind)))  # type: ignore[operator]


def good(rows: list[object]) -> list:  # type: ignore[type-arg]
    return [row for row in rows if not isinstance(row, RowError)]


# -------------------------------------------------------------------------- platform A


def test_platform_a_gbk() -> None:
    rows = read("chats_platform_a_gbk.csv", "chats")
    assert all(isinstance(row, ChatRow) for row in rows)
    assert len(rows) == 2065
    assert len({row.conversation_id for row in rows}) == 240  # type: ignore[attr-defined]
    assert [row.row_no for row in rows] == list(range(2, 2067))  # type: ignore[attr-defined]
    assert rows[0] == ChatRow(
        row_no=2,
        conversation_id="C2026110800000",
        at=utc(2026, 11, 8, 12, 4, 0),
        role="customer",
        sender="客户",
        text="再不处理我就打12305投诉了！单号SF0602677354684",
        agent_id="A0104",
        agent_name="刘洋",
        vendor_code="V01",
        channel="在线客服",
        customer="13175722846",  # raw: masking is the import service's option
        waybill="SF0602677354684",
        category="投诉",
        csat=3,
    )
    assert Counter(row.role for row in rows) == {  # type: ignore[attr-defined]
        "agent": 1358,
        "customer": 680,
        "system": 27,
    }
    by_row = {row.row_no: row for row in rows}  # type: ignore[attr-defined]
    assert by_row[20].csat == 5  # 非常满意
    assert by_row[188].role == "system"
    assert by_row[188].text == "会话已结束"
    # satisfaction words and digits land on the 1..5 scale, empty stays empty
    assert Counter(row.csat for row in rows) == {  # type: ignore[attr-defined]
        5: 570,
        4: 480,
        2: 419,
        3: 212,
        None: 195,
        1: 189,
    }
    assert {row.vendor_code for row in rows} == {"V01", "V02"}  # type: ignore[attr-defined]


# -------------------------------------------------------------------------- platform B


def test_platform_b_xlsx() -> None:
    rows = read("chats_platform_b.xlsx", "chats")
    assert all(isinstance(row, ChatRow) for row in rows)
    assert len(rows) == 543
    conversations = [
        list(group)
        for _, group in itertools.groupby(rows, key=lambda r: r.conversation_id)  # type: ignore[attr-defined]
    ]
    assert len(conversations) == 60
    assert len({c[0].conversation_id for c in conversations}) == 60
    # The agent id is on the first row of each conversation only, and passed as the row has it.
    assert all(c[0].agent_id for c in conversations)
    assert all(r.agent_id is None for c in conversations for r in c[1:])
    assert all(r.vendor_code is None for r in rows)  # type: ignore[attr-defined]
    first = rows[0]
    assert isinstance(first, ChatRow)
    assert (first.row_no, first.conversation_id, first.at, first.role, first.agent_id) == (
        2,
        "C2026111101000",
        utc(2026, 11, 11, 4, 12),  # a real Excel datetime, China time
        "customer",
        "A0201",
    )
    assert first.waybill == "75132819235197"
    assert first.csat == 4  # the rating cell is the float 4.0
    assert rows[1].at == utc(2026, 11, 11, 4, 12, 22)  # type: ignore[attr-defined]
    assert Counter(r.role for r in rows) == {  # type: ignore[attr-defined]
        "agent": 355,
        "customer": 185,
        "system": 3,
    }
    assert any("😔" in r.text for r in rows)  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------- calls


def test_calls_xlsx() -> None:
    with open_table(SAMPLES / "calls.xlsx", "calls") as table:
        assert table.sheet == "通话记录"
        assert table.format == "xlsx"
    rows = read("calls.xlsx", "calls")
    assert all(isinstance(row, CallRow) for row in rows)
    assert len(rows) == 40
    assert len({row.call_id for row in rows}) == 40  # type: ignore[attr-defined]
    assert rows[0] == CallRow(
        row_no=2,
        call_id="CALL202611040000",
        agent_id="A0204",
        agent_name=None,
        vendor_code=None,
        started_at=utc(2026, 11, 4, 13, 37),
        ended_at=utc(2026, 11, 4, 13, 37, 31),
        duration_s=31.0,
        direction="inbound",
        customer="19905414521",
        recording="recordings/CALL202611040000.wav",
        csat=1,
        category=None,
        waybill=None,
    )
    assert Counter(r.direction for r in rows) == {"inbound": 30, "outbound": 10}  # type: ignore[attr-defined]
    assert Counter(r.csat for r in rows) == {1: 11, 3: 8, None: 7, 4: 7, 5: 7}  # type: ignore[attr-defined]
    assert sum(r.duration_s for r in rows) == 1353.0  # type: ignore[attr-defined]
    assert rows[3].recording == "recordings/CALL202611070003.mp3"  # type: ignore[attr-defined]
    assert all(r.ended_at > r.started_at for r in rows)  # type: ignore[attr-defined]


def test_transcripts_csv() -> None:
    rows = read("call_transcripts.csv", "transcripts")
    assert all(isinstance(row, TranscriptRow) for row in rows)
    assert len(rows) == 240
    assert len({row.call_id for row in rows}) == 40  # type: ignore[attr-defined]
    assert rows[0] == TranscriptRow(
        2, "CALL202611040000", 1317, 5417, "agent", "您好，速达客服，工号A0204为您服务。"
    )
    assert Counter(r.speaker for r in rows) == {"agent": 160, "customer": 80}  # type: ignore[attr-defined]
    # Some calls hold a long silence between utterances; offsets must show it.
    by_call: dict[str, list[TranscriptRow]] = {}
    for row in rows:
        assert isinstance(row, TranscriptRow)
        by_call.setdefault(row.call_id, []).append(row)
    longest = max(
        b.start_ms - (a.end_ms or a.start_ms)
        for utterances in by_call.values()
        for a, b in itertools.pairwise(utterances)
    )
    assert longest == 40736


# ------------------------------------------------------------------------ dirty UTF-16


@pytest.fixture(scope="module")
def dirty() -> list[object]:
    return read("chats_dirty_utf16.txt", "chats")


def test_dirty_file_bad_rows(dirty: list[object]) -> None:
    """Four row errors; the unknown agent A0999 and the duplicate are the service's call."""
    errors = [row for row in dirty if isinstance(row, RowError)]
    assert [(e.row_no, e.column, e.value, e.code) for e in errors] == [
        (5, "时间", "not a time", "bad_time"),
        (6, "角色", "第三方", "unknown_role"),
        (7, "时间", "", "missing_time"),
        (12, "会话编号", "", "missing_id"),
    ]
    assert "unknown role" in errors[1].reason
    assert errors[2].reason == "time is empty"
    assert errors[3].reason == "conversation id is empty"
    assert len(good(dirty)) == 10


def test_dirty_file_good_rows_intact(dirty: list[object]) -> None:
    rows = {row.row_no: row for row in good(dirty)}
    assert sorted(rows) == [2, 3, 4, 8, 9, 10, 11, 13, 14, 15]
    assert rows[4].text == '=HYPERLINK("http://example.invalid","点我查询")'
    assert rows[8].agent_id == "A0999"  # unknown agents are decided by the service
    # the quoted three-line message is one record: row 9, and the next record is row 10
    assert rows[9].text == "多行消息\n第二行\n第三行"
    assert rows[10].text == "表情🙂和生僻字𠀀都要保留"
    assert rows[10].key() == rows[11].key()  # the exact duplicate is easy to spot
    assert rows[10].row_no != rows[11].row_no
    assert rows[2].key() != rows[3].key()
    # Excel serial 45967.4375 is 2025-11-06 10:30 China time (Excel's own reading of it)
    assert rows[13].at == utc(2025, 11, 6, 2, 30)
    assert rows[14].at == utc(2026, 11, 5, 2, 31)  # 2026-11-05T10:31:00+08:00
    assert rows[15].at == utc(2026, 11, 5, 2, 32)
    assert rows[2].at == utc(2026, 11, 5, 1, 1)  # 2026/11/5 9:01
    assert rows[15].text == "x" * 5000
    assert [rows[n].role for n in (2, 3, 13, 14)] == ["customer", "agent", "customer", "agent"]


def test_dirty_file_in_another_outlet_time_zone() -> None:
    with open_table(SAMPLES / "chats_dirty_utf16.txt") as table:
        rows = good(list(read_chats(table, detect_mapping(table.headers, "chats"), tz="UTC")))
    at = {row.row_no: row.at for row in rows}
    assert at[2] == utc(2026, 11, 5, 9, 1)
    assert at[14] == utc(2026, 11, 5, 2, 31)  # an explicit offset ignores the outlet zone


# ---------------------------------------------------------------------- workbooks


def test_workbook_header_search_row_numbers_and_cell_types(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "说明"
    cover["A1"] = "本文件由客服平台导出"
    sheet = book.create_sheet("明细")
    sheet["A1"] = "十一月会话"
    sheet.append([])
    sheet.append(["会话ID", "消息时间", "发送方", "消息内容", "满意度", "运单号"])
    sheet.append([20261101.0, datetime(2026, 11, 1, 9, 15, 2), "客户", "你好", 5, 75132819235197])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["C2", "2026/11/1 9:16", "客服", "=SUM(1,2)", "满意", "sf 123"])
    sheet["D6"].data_type = "s"  # stored as text, as platforms do with formula-like messages
    book.save(tmp_path / "book.xlsx")

    with open_table(tmp_path / "book.xlsx", "chats") as table:
        assert (table.sheet, table.header_row) == ("明细", 3)
        assert not table.text_cells
        assert "明细" in table.describe()
        rows = list(read_chats(table, detect_mapping(table.headers, "chats")))
    assert [r.row_no for r in rows] == [4, 6]  # type: ignore[attr-defined]
    first, second = rows
    assert isinstance(first, ChatRow)
    assert isinstance(second, ChatRow)
    assert first.conversation_id == "20261101"  # a numeric id cell reads as its text
    assert first.at == utc(2026, 11, 1, 1, 15, 2)
    assert (first.csat, first.waybill) == (5, "75132819235197")
    assert second.text == "=SUM(1,2)"
    assert (second.csat, second.waybill) == (4, "SF123")


def test_workbook_without_a_table(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "只有一段文字"
    sheet["A2"] = "还是文字"
    book.save(tmp_path / "prose.xlsx")
    with pytest.raises(ImportFileError, match="no sheet holds a table"):
        open_table(tmp_path / "prose.xlsx")

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["会话ID", "消息时间", "发送方", "消息内容"])
    book.save(tmp_path / "headers_only.xlsx")
    with pytest.raises(ImportFileError, match="header row but no data rows"):
        open_table(tmp_path / "headers_only.xlsx", "chats")


def test_damaged_and_password_protected_workbooks(tmp_path: Path) -> None:
    real = (SAMPLES / "calls.xlsx").read_bytes()
    (tmp_path / "truncated.xlsx").write_bytes(real[: len(real) // 2])
    with pytest.raises(ImportFileError, match=r"truncated\.xlsx: not a readable Excel"):
        open_table(tmp_path / "truncated.xlsx")
    # Office encryption wraps the workbook in an OLE container with an EncryptedPackage stream.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000) + "EncryptedPackage".encode("utf-16-le")
    (tmp_path / "secret.xlsx").write_bytes(ole + bytes(3000))
    with pytest.raises(ImportFileError, match="password-protected"):
        open_table(tmp_path / "secret.xlsx")
