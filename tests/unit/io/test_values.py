"""Cell value parsers: times to aware UTC, roles, satisfaction, durations, phones, waybills."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.timeutil import to_utc
from qa_desk.io.values import (
    TimeParser,
    ValueProblem,
    cell_text,
    clean_id,
    clean_waybill,
    mask_phone,
    parse_csat,
    parse_direction,
    parse_duration,
    parse_offset_ms,
    parse_role,
    parse_time,
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# ----------------------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-01 09:15:02", utc(2026, 11, 1, 1, 15, 2)),
        ("2026-11-01 09:15", utc(2026, 11, 1, 1, 15)),
        ("2026-11-01T09:15:02", utc(2026, 11, 1, 1, 15, 2)),
        ("2026/11/1 9:15", utc(2026, 11, 1, 1, 15)),
        ("2026/11/1 9:15:07", utc(2026, 11, 1, 1, 15, 7)),
        ("2026/11/01 09:15:07.250", utc(2026, 11, 1, 1, 15, 7, 250000)),
        ("2026-11-01", utc(2026, 10, 31, 16)),
        ("2026年11月1日 9:15", utc(2026, 11, 1, 1, 15)),
        ("  2026-11-01 09:15:02  ", utc(2026, 11, 1, 1, 15, 2)),
        ("2026-11-05T10:31:00+08:00", utc(2026, 11, 5, 2, 31)),
        ("2026-11-05T02:31:00Z", utc(2026, 11, 5, 2, 31)),
        ("2026-11-05 10:31:00-05:00", utc(2026, 11, 5, 15, 31)),
        ("2026/11/5 10:31 +0800", utc(2026, 11, 5, 2, 31)),
        # Excel serial: days since 1899-12-30, local time; 45967.4375 is 2025-11-06 10:30.
        ("45967.4375", utc(2025, 11, 6, 2, 30)),
        ("46331.5", utc(2026, 11, 5, 4, 0)),
        ("20261101091502", utc(2026, 11, 1, 1, 15, 2)),
        ("20261101", utc(2026, 10, 31, 16)),
        # Unix epoch seconds / milliseconds are UTC by definition.
        ("1793416502", utc(2026, 10, 31, 3, 15, 2)),
        ("1793416502123", utc(2026, 10, 31, 3, 15, 2, 123000)),
    ],
)
def test_time_text_forms(text: str, expected: datetime) -> None:
    parsed = TimeParser("Asia/Shanghai")(text)
    assert parsed == expected
    assert parsed.tzinfo is UTC


def test_time_cells_from_workbooks() -> None:
    parse = TimeParser()
    assert parse(datetime(2026, 11, 11, 12, 12)) == utc(2026, 11, 11, 4, 12)
    assert parse(datetime(2026, 11, 11, 12, 12, tzinfo=timezone(timedelta(hours=1)))) == utc(
        2026, 11, 11, 11, 12
    )
    assert parse(date(2026, 11, 11)) == utc(2026, 11, 10, 16)
    assert parse(45967.4375) == utc(2025, 11, 6, 2, 30)
    assert parse(45967) == utc(2025, 11, 5, 16)
    assert parse(46331.5).tzinfo is UTC


def test_time_zone_parameter_applies_to_naive_values_only() -> None:
    berlin = TimeParser("Europe/Berlin")
    assert berlin("2026-07-01 12:00:00") == utc(2026, 7, 1, 10)  # CEST, UTC+2
    assert berlin("2026-12-01 12:00:00") == utc(2026, 12, 1, 11)  # CET, UTC+1
    assert berlin("2026-12-01T12:00:00Z") == utc(2026, 12, 1, 12)
    assert parse_time("2026-11-01 09:15:02", "UTC") == utc(2026, 11, 1, 9, 15, 2)


def test_time_fast_path_agrees_across_a_dst_change() -> None:
    """The per-hour offset cache must not carry an offset over a DST change."""
    parse = TimeParser("Europe/Berlin")
    start = datetime(2026, 3, 29, 0, 0)
    for minutes in range(0, 6 * 60, 7):
        naive = start + timedelta(minutes=minutes)
        text = naive.strftime("%Y-%m-%d %H:%M:%S")
        assert parse(text) == to_utc(naive, "Europe/Berlin"), text
        assert parse(text) == to_utc(naive, "Europe/Berlin"), text  # second time: cached


@settings(max_examples=150, deadline=None)
@given(
    naive=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31)),
    zone=st.sampled_from(["Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"]),
    separator=st.sampled_from([" ", "T"]),
)
def test_time_parsing_matches_timeutil(naive: datetime, zone: str, separator: str) -> None:
    parse = TimeParser(zone)
    naive = naive.replace(microsecond=0)
    text = naive.isoformat(sep=separator)
    expected = to_utc(naive, zone)
    assert parse(text) == expected
    assert parse(text) == expected
    assert parse(naive) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("not a time", "bad_time"),
        ("", "missing_time"),
        ("   ", "missing_time"),
        ("2026-02-30 10:00:00", "bad_time"),
        ("2026-13-01 10:00", "bad_time"),
        ("2026/11/19:15", "bad_time"),
        ("0001-01-01 00:00:00", "bad_time"),
        ("-5", "bad_time"),
        ("99999999999999999999", "bad_time"),
        ("0000-00-00 00:00:00", "bad_time"),
        (True, "bad_time"),
        (None, "bad_time"),
        (time(9, 15), "bad_time"),
        (timedelta(hours=1), "bad_time"),
        (float("nan"), "bad_time"),
        (float("inf"), "bad_time"),
    ],
)
def test_bad_times_are_value_problems(value: object, code: str) -> None:
    with pytest.raises(ValueProblem) as caught:
        TimeParser()(value)
    assert caught.value.code == code
    assert caught.value.reason


def test_unknown_zone_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        TimeParser("Mars/Olympus_Mons")


# ----------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("客户", "customer"),
        ("用户", "customer"),
        ("买家", "customer"),
        ("顾客", "customer"),
        ("customer", "customer"),
        ("User", "customer"),
        (" BUYER ", "customer"),
        ("客服", "agent"),
        ("坐席", "agent"),
        ("人工", "agent"),
        ("waiter", "agent"),
        ("Agent", "agent"),
        ("staff", "agent"),
        ("系统", "system"),
        ("system", "system"),
        ("机器人", "bot"),
        ("bot", "bot"),
        ("Robot", "bot"),
        ("智能客服", "bot"),
        ("ｃｕｓｔｏｍｅｒ", "customer"),  # full-width letters
    ],
)
def test_roles(word: str, role: str) -> None:
    assert parse_role(word) == role


def test_unknown_and_empty_roles() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_role("第三方")
    assert caught.value.code == "unknown_role"
    assert "unknown role" in caught.value.reason
    with pytest.raises(ValueProblem) as caught:
        parse_role("  ")
    assert caught.value.code == "missing_role"


# ---------------------------------------------------------------------- satisfaction


@pytest.mark.parametrize(
    ("value", "score"),
    [
        ("1", 1),
        ("5", 5),
        (" 3 ", 3),
        (4.0, 4),
        (2, 2),
        ("4.0", 4),
        ("5分", 5),
        ("非常满意", 5),
        ("满意", 4),
        ("一般", 3),
        ("不满意", 2),
        ("非常不满意", 1),
        ("Very Satisfied", 5),
        ("satisfied", 4),
        ("neutral", 3),
        ("dissatisfied", 2),
        ("very  dissatisfied", 1),
        ("", None),
        ("   ", None),
        ("未评价", None),
        (None, None),
    ],
)
def test_satisfaction(value: object, score: int | None) -> None:
    assert parse_csat(value) == score


@pytest.mark.parametrize("value", ["0", "6", "4.5", 4.5, "good", "满意吗", True, "-1"])
def test_bad_satisfaction(value: object) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_csat(value)
    assert caught.value.code == "bad_csat"


# --------------------------------------------------------------- durations, offsets, ...


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("31", 31.0),
        (31.0, 31.0),
        (31, 31.0),
        ("31.5", 31.5),
        ("01:02", 62.0),
        ("1:00:01", 3601.0),
        ("00:00:31", 31.0),
        ("1分30秒", 90.0),
        ("45秒", 45.0),
        ("", None),
        (time(0, 1, 2), 62.0),
    ],
)
def test_durations(value: object, seconds: float | None) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize("value", ["-3", "abc", "1:2:3:4", "nan", True])
def test_bad_durations(value: object) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_duration(value)
    assert caught.value.code == "bad_duration"


@pytest.mark.parametrize(
    ("value", "millis"),
    [
        ("1317", 1317),
        (1317.0, 1317),
        ("1317.4", 1317),
        ("00:01.317", 1317),
        ("0:00:01.317", 1317),
        ("", None),
        ("  ", None),
    ],
)
def test_offsets(value: object, millis: int | None) -> None:
    assert parse_offset_ms(value) == millis


@pytest.mark.parametrize("value", ["-1", "abc", "1e20", True, "1:2:3:4"])
def test_bad_offsets(value: object) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_offset_ms(value)
    assert caught.value.code == "bad_offset"


@pytest.mark.parametrize(
    ("value", "direction"),
    [
        ("呼入", "inbound"),
        ("inbound", "inbound"),
        ("IN", "inbound"),
        ("呼出", "outbound"),
        ("Outbound", "outbound"),
        ("out", "outbound"),
        ("", None),
    ],
)
def test_directions(value: str, direction: str | None) -> None:
    assert parse_direction(value) == direction


def test_bad_direction() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_direction("转接")
    assert caught.value.code == "bad_direction"


# ------------------------------------------------------------------ phones and waybills


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812341234", "138****1234"),
        ("+86 138 1234 1234", "138****1234"),
        ("+8613812341234", "138****1234"),
        ("008613812341234", "138****1234"),
        ("8613812341234", "138****1234"),
        ("138-1234-1234", "138****1234"),
        ("010-12345678", "010****5678"),
        ("(0755) 8765 4321", "0755****4321"),
        ("87654321", "****4321"),
        ("+44 20 7946 0958", "442****0958"),
        ("138****1234", "138****1234"),  # already masked
        ("张三丰", "张****丰"),
        ("wx_user_82", "w****2"),
        ("ab", "a*"),
        ("", ""),
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


def test_mask_phone_is_idempotent_and_hides_the_middle() -> None:
    for raw in ["13812341234", "010-12345678", "87654321", "someone"]:
        once = mask_phone(raw)
        assert mask_phone(once) == once
        assert "****" in once


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("SF0602677354684", "SF0602677354684"),
        (" sf 0602 6773 54684 ", "SF0602677354684"),
        ("'75132819235197", "75132819235197"),
        (75132819235197.0, "75132819235197"),
        ("", None),
        ("  ", None),
    ],
)
def test_clean_waybill(raw: object, clean: str | None) -> None:
    assert clean_waybill(raw) == clean


def test_cell_text_and_ids() -> None:
    assert cell_text(12345.0) == "12345"
    assert cell_text(0.5) == "0.5"
    assert cell_text(True) == "TRUE"
    assert cell_text(None) == ""
    assert cell_text(datetime(2026, 11, 1, 9, 15)) == "2026-11-01 09:15:00"
    assert clean_id("  C001 \t") == "C001"
    assert clean_id(12345.0) == "12345"
