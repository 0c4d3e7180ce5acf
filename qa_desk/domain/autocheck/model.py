"""What the automatic checks read and what they report, as plain values.

A conversation is a tuple of turns: chat messages or call utterances reduced to a role, a
text and times in milliseconds. A million turns are built per benchmark run, so ``Turn`` is
a NamedTuple and the builders below do as little as possible per row. The builders accept
whatever a store or an export file may hold (missing or naive times, None texts, odd types)
and never raise: a conversation that cannot be timed is still checked for its words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

CHANNELS = ("chat", "call")
ROLES = ("customer", "agent", "system", "bot")

# Verdicts of one rule on one conversation.
PASS, FAIL, FLAG, NA = "pass", "fail", "flag", "n/a"
VERDICTS = (PASS, FAIL, FLAG, NA)


class Turn(NamedTuple):
    """One message or utterance.

    ``ref`` identifies it in its record: a chat message's seq, or a call segment's 0-based
    position in (start_ms, id) order. ``at_ms``: chat, ms since the conversation's first
    timed message; call, the segment's start. None when unknown. ``end_ms`` only for calls.
    """

    ref: int
    role: str
    text: str
    at_ms: int | None
    end_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Conversation:
    channel: str  # chat | call
    turns: tuple[Turn, ...]  # in order
    duration_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a rule found something: a turn, the matched text and its offsets, a measure."""

    ref: int  # Turn.ref
    role: str
    matched: str = ""  # the matched text (phrase rules) or "" (timing rules)
    start: int = -1  # offsets of the match in the turn's text, or -1
    end: int = -1
    measured: float | None = None  # gap seconds, overlap seconds, cpm ...
    note: str = ""  # short stable code: no_agent_reply, gap, silence, hold_too_long, ...


@dataclass(frozen=True, slots=True)
class Outcome:
    """One rule's result on one conversation."""

    key: str  # item code, or flag rule key
    rule: str  # rule type name
    item_code: str | None  # None for flag rules
    verdict: str  # pass | fail | flag | n/a
    suggested: float | None  # suggested item score (None for flag rules and n/a)
    occurrences: int  # hits or breaches counted
    measured: float | None  # headline measure (first response s, worst gap s, cpm ...)
    evidence: tuple[Evidence, ...]
    note: str = ""  # "channel" when the rule does not apply to the conversation's channel


# ------------------------------------------------------------------ builders
def _epoch_ms(value: Any) -> int | None:
    """Milliseconds since the epoch of a datetime (naive = UTC), an ISO text, or None."""
    if isinstance(value, datetime):
        try:
            if value.tzinfo is None:
                value = value.replace(tzinfo=UTC)
            return round(value.timestamp() * 1000)
        except (OverflowError, ValueError, TypeError, OSError):
            return None  # a tzinfo whose utcoffset() misbehaves
    if isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
        return _epoch_ms(parsed)
    return None


def _ms(value: Any) -> int | None:
    """A millisecond offset as int; None for missing or non-numeric values."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number) if math.isfinite(number) else None


def _int(value: Any, fallback: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    converted = _ms(value)
    return fallback if converted is None else converted


def _role(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


class _Slow(Exception):
    """A row the fast path does not take as it is: build the turns the careful way."""


def _collect(rows: Iterable[Any]) -> list[Any]:
    """The rows as a list; an iterator that fails part way gives what it gave so far."""
    if isinstance(rows, list | tuple):
        return rows  # type: ignore[return-value]
    out: list[Any] = []
    try:
        for row in rows:
            out.append(row)
    except Exception:  # a failing cursor or generator: check what arrived
        pass
    return out


def conversation_from_messages(
    rows: Iterable[tuple[int, datetime | None, str, str]],
) -> Conversation:
    """A chat from its messages ``(seq, at, role, text)`` in order.

    Aware and naive datetimes may be mixed (naive ones are taken as UTC, which is how the
    store keeps them); times are made relative to the first timed message. Never raises:
    a row that is not a 4-tuple is left out, odd values are converted or dropped.
    """
    rows = _collect(rows)
    try:
        return Conversation("chat", _fast_messages(rows))
    except Exception:  # anything unusual: the careful way, value by value
        return Conversation("chat", _careful_messages(rows))


def _fast_messages(rows: Iterable[Any]) -> tuple[Turn, ...]:
    # The common case (int, datetime or None, str, str), at a fraction of a microsecond a
    # row; anything else raises and the careful path takes over.
    turns: list[Turn] = []
    append = turns.append
    new = tuple.__new__  # Turn(...) without its Python-level __new__: half the cost
    origin: int | None = None
    for seq, at, role, text in rows:
        if seq.__class__ is not int or role.__class__ is not str or text.__class__ is not str:
            raise _Slow
        if at is None:
            append(new(Turn, (seq, role, text, None, None)))
            continue
        if at.__class__ is not datetime:
            raise _Slow
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        stamp = round(at.timestamp() * 1000)
        if origin is None:
            origin = stamp
        append(new(Turn, (seq, role, text, stamp - origin, None)))
    return tuple(turns)


def _careful_messages(rows: Iterable[Any]) -> tuple[Turn, ...]:
    turns: list[Turn] = []
    origin: int | None = None
    for position, row in enumerate(rows):
        try:
            seq, at, role, text = row
        except (TypeError, ValueError):
            continue  # not a 4-tuple: nothing to check in it
        stamp = _epoch_ms(at)
        if stamp is not None:
            if origin is None:
                origin = stamp
            stamp -= origin
        turns.append(Turn(_int(seq, position), _role(role), _text(text), stamp))
    return tuple(turns)


def conversation_from_segments(
    rows: Iterable[tuple[int, int, str, str]], duration_ms: int | None = None
) -> Conversation:
    """A call from its transcript segments ``(start_ms, end_ms, speaker, text)`` in order.

    ``ref`` is the segment's position. Never raises.
    """
    rows = _collect(rows)
    try:
        turns = _fast_segments(rows)
    except Exception:  # anything unusual: the careful way, value by value
        turns = _careful_segments(rows)
    return Conversation("call", turns, _ms(duration_ms))


def _fast_segments(rows: Iterable[Any]) -> tuple[Turn, ...]:
    turns: list[Turn] = []
    append = turns.append
    new = tuple.__new__
    for position, (start, end, speaker, text) in enumerate(rows):
        if (
            start.__class__ is not int
            or end.__class__ is not int
            or speaker.__class__ is not str
            or text.__class__ is not str
        ):
            raise _Slow
        append(new(Turn, (position, speaker, text, start, end)))
    return tuple(turns)


def _careful_segments(rows: Iterable[Any]) -> tuple[Turn, ...]:
    turns: list[Turn] = []
    for position, row in enumerate(rows):
        try:
            start, end, speaker, text = row
        except (TypeError, ValueError):
            continue
        turns.append(Turn(position, _role(speaker), _text(text), _ms(start), _ms(end)))
    return tuple(turns)
