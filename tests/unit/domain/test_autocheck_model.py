"""Building conversations from stored messages and call segments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from qa_desk.domain.autocheck import (
    Conversation,
    Turn,
    conversation_from_messages,
    conversation_from_segments,
)

T0 = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)


def test_times_are_milliseconds_since_the_first_timed_message() -> None:
    conv = conversation_from_messages(
        [
            (1, None, "system", "会话开始"),
            (2, T0, "customer", "在吗"),
            (3, T0 + timedelta(seconds=12, milliseconds=500), "agent", "您好"),
        ]
    )
    assert conv == Conversation(
        "chat",
        (
            Turn(1, "system", "会话开始", None),
            Turn(2, "customer", "在吗", 0),
            Turn(3, "agent", "您好", 12_500),
        ),
    )


def test_naive_times_are_utc_and_mix_with_aware_ones() -> None:
    china = timezone(timedelta(hours=8))
    conv = conversation_from_messages(
        [
            (1, datetime(2026, 11, 5, 9, 0), "customer", "naive, UTC"),
            (2, datetime(2026, 11, 5, 17, 0, 30, tzinfo=china), "agent", "aware, +08:00"),
            (3, datetime(2026, 11, 5, 9, 1, tzinfo=UTC), "customer", "aware, UTC"),
        ]
    )
    assert [t.at_ms for t in conv.turns] == [0, 30_000, 60_000]


def test_unsorted_times_give_negative_offsets_rather_than_an_error() -> None:
    conv = conversation_from_messages(
        [(1, T0, "customer", "a"), (2, T0 - timedelta(seconds=5), "agent", "b")]
    )
    assert [t.at_ms for t in conv.turns] == [0, -5_000]


def test_odd_rows_are_converted_or_left_out() -> None:
    conv = conversation_from_messages(
        [
            (1, T0, "customer", None),  # no text
            ("x", "2026-11-05T09:00:10+00:00", "agent", "ISO text time"),  # odd seq
            (3, "not a time", None, 42),
            ("only", "three", "values"),  # not a row
            None,
        ]
    )
    assert conv.turns == (
        Turn(1, "customer", "", 0),
        Turn(1, "agent", "ISO text time", 10_000),
        Turn(3, "", "42", None),
    )


def test_a_failing_row_source_keeps_what_arrived() -> None:
    def rows() -> Iterator[Any]:
        yield (1, T0, "customer", "在吗")
        raise RuntimeError("connection lost")

    conv = conversation_from_messages(rows())
    assert conv.turns == (Turn(1, "customer", "在吗", 0),)


def test_an_empty_conversation() -> None:
    assert conversation_from_messages([]) == Conversation("chat", ())
    assert conversation_from_segments([]) == Conversation("call", ())


def test_segments_keep_their_times_and_are_numbered_by_position() -> None:
    conv = conversation_from_segments(
        [(1200, 4300, "agent", "您好"), (5000, 8000, "customer", "你好")], duration_ms=9000
    )
    assert conv == Conversation(
        "call",
        (Turn(0, "agent", "您好", 1200, 4300), Turn(1, "customer", "你好", 5000, 8000)),
        9000,
    )


def test_odd_segments_are_converted_or_left_out() -> None:
    conv = conversation_from_segments(
        [
            (None, None, "agent", "时间不详"),
            (1500.4, "2500", "customer", None),
            (float("nan"), 3, 7, "x"),
            ("bad",),
        ],
        duration_ms="oops",  # type: ignore[arg-type]
    )
    assert conv.turns == (
        Turn(0, "agent", "时间不详", None, None),
        Turn(1, "customer", "", 1500, 2500),
        Turn(2, "7", "x", None, 3),
    )
    assert conv.duration_ms is None
