"""Chat, call and transcript readers: table rows -> typed rows or row errors.

Each reader checks the mapping against the table when called (missing required columns raise
``ImportFileError`` at once) and returns an iterator that yields, in file order, one
:class:`ChatRow` / :class:`CallRow` / :class:`TranscriptRow` per good row or one
:class:`RowError` per bad row (the first problem found in it). Blank rows are skipped.

The readers decide only what one row can tell: broken or missing times, missing ids, unknown
roles, unreadable numbers, values too long to store. Unknown agents, duplicates and records
already imported are for the import service, which has the database; ``key()`` on a row makes
exact duplicates easy to spot. Values are passed as the row has them: in particular the agent
id is NOT filled down within a conversation (some exports leave it empty on customer rows, some
only fill the first row), and the customer number is raw (the service masks it with
``values.mask_phone`` unless the admin turned masking off). Message and utterance text is kept
verbatim — formula-looking text, emoji, rare characters, line breaks, surrounding spaces.

Written for speed: column positions are resolved once, cells are fetched with one
``itemgetter`` call per row, and times take ``TimeParser``'s fast path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import Any

from qa_desk.domain.errors import ImportFileError, ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.io.mapping import FIELDS, Mapping, normalise_header
from qa_desk.io.tabular import Table
from qa_desk.io.values import (
    CSAT_BY_WORD,
    ROLE_BY_WORD,
    TimeParser,
    ValueProblem,
    cell_text,
    clean_waybill,
    parse_csat,
    parse_direction,
    parse_duration,
    parse_offset_ms,
    parse_role,
)

__all__ = [
    "MAX_LENGTHS",
    "CallRow",
    "ChatRow",
    "RowError",
    "TranscriptRow",
    "read_calls",
    "read_chats",
    "read_transcripts",
    "resolve_columns",
]

# Longest value each identifier-like field may hold (the storage columns' sizes); a longer
# value is a row error rather than a failed transaction later.
MAX_LENGTHS: dict[str, int] = {
    "conversation_id": 128,
    "call_id": 128,
    "sender": 128,
    "agent_id": 64,
    "agent_name": 200,
    "vendor_code": 32,
    "channel": 64,
    "customer": 64,
    "waybill": 64,
    "category": 64,
    "recording": 1000,
}


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that can't be imported: where (row, the file's column header), what, and why.

    ``reason`` is English (the error report is written without Qt); most reasons are marked
    for translation in the ``ImportErrors`` context, and ``code`` is a stable key.
    """

    row_no: int
    column: str
    value: str
    reason: str
    code: str = "invalid"


@dataclass(slots=True)
class ChatRow:
    """One chat message with the conversation-level columns its row carries."""

    row_no: int
    conversation_id: str
    at: datetime  # aware UTC
    role: str  # customer | agent | system | bot
    sender: str | None
    text: str
    agent_id: str | None
    agent_name: str | None
    vendor_code: str | None
    channel: str | None
    customer: str | None  # raw, not masked
    waybill: str | None
    category: str | None
    csat: int | None  # 1..5

    def key(self) -> tuple[Any, ...]:
        """Everything but the row number: equal keys are exact duplicate rows."""
        return (
            self.conversation_id,
            self.at,
            self.role,
            self.sender,
            self.text,
            self.agent_id,
            self.agent_name,
            self.vendor_code,
            self.channel,
            self.customer,
            self.waybill,
            self.category,
            self.csat,
        )


@dataclass(slots=True)
class CallRow:
    """One call. ``duration_s`` / ``ended_at`` are derived from each other when one is empty."""

    row_no: int
    call_id: str
    agent_id: str | None
    agent_name: str | None
    vendor_code: str | None
    started_at: datetime  # aware UTC
    ended_at: datetime | None
    duration_s: float | None
    direction: str | None  # inbound | outbound
    customer: str | None  # raw, not masked
    recording: str | None  # as written in the file (relative paths not resolved)
    csat: int | None
    category: str | None
    waybill: str | None

    def key(self) -> tuple[Any, ...]:
        """Everything but the row number: equal keys are exact duplicate rows."""
        return (
            self.call_id,
            self.agent_id,
            self.agent_name,
            self.vendor_code,
            self.started_at,
            self.ended_at,
            self.duration_s,
            self.direction,
            self.customer,
            self.recording,
            self.csat,
            self.category,
            self.waybill,
        )


@dataclass(slots=True)
class TranscriptRow:
    """One utterance of a call; offsets in milliseconds from the call's start."""

    row_no: int
    call_id: str
    start_ms: int
    end_ms: int | None
    speaker: str  # agent | customer (system | bot for IVR prompts)
    text: str

    def key(self) -> tuple[Any, ...]:
        """Everything but the row number: equal keys are exact duplicate rows."""
        return (self.call_id, self.start_ms, self.end_ms, self.speaker, self.text)


# ----------------------------------------------------------------------------- columns


def resolve_columns(table: Table, mapping: Mapping, kind: str) -> dict[str, int]:
    """Field -> column index in ``table`` for the mapped fields that the file has.

    A mapped header matches exactly or after normalisation (case, spaces, punctuation), so a
    saved profile survives cosmetic header changes. Optional fields whose header is absent
    are left out; missing required fields raise ImportFileError naming them.
    """
    if mapping.kind != kind:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "the mapping is for {mapping}, not {kind}"),
            field="mapping",
            mapping=mapping.kind,
            kind=kind,
        )
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        if header:
            exact.setdefault(header, index)
            loose.setdefault(normalise_header(header), index)
    found: dict[str, int] = {}
    missing: list[str] = []
    for spec in FIELDS[kind]:
        header = (mapping.columns.get(spec.name) or "").strip()
        index = exact.get(header) if header else None
        if index is None and header:
            index = loose.get(normalise_header(header))
        if index is not None:
            found[spec.name] = index
        elif spec.required:
            missing.append(f"{spec.label} (“{header}” not found)" if header else spec.label)
    if missing:
        shown = ", ".join(h for h in table.headers if h)
        if len(shown) > 200:
            shown = shown[:200] + "…"
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: missing required columns: {missing} — the file's columns are: {columns}",
            ),
            file=table.path.name,
            missing="; ".join(missing),
            columns=shown,
        )
    return found


class _Cells:
    """Fetches the mapped cells of a row in field order with one C-level call."""

    __slots__ = ("blanks", "get", "headers", "index", "width")

    def __init__(self, table: Table, found: dict[str, int], names: tuple[str, ...]) -> None:
        width = len(table.headers)
        for index in found.values():
            width = max(width, index + 1)
        absent = width  # unmapped fields read a padding cell that is always ""
        self.index = [found.get(name, absent) for name in names]
        self.width = width + 1 if len(found) < len(names) else width
        self.get = itemgetter(*self.index)
        self.blanks = [""] * self.width
        self.headers = {
            name: (table.headers[i] if i < len(table.headers) else "")
            for name, i in zip(names, self.index, strict=True)
        }

    def __call__(self, cells: list[Any]) -> tuple[Any, ...]:
        missing = self.width - len(cells)
        if missing > 0:
            cells = cells + self.blanks[:missing]
        return self.get(cells)


def _text(value: Any) -> str:
    return value if value.__class__ is str else cell_text(value)


def _opt(value: Any) -> str | None:
    """An optional identifier-like value: stripped, empty -> None."""
    text = (value if value.__class__ is str else cell_text(value)).strip()
    return text or None


_SHORT = min(MAX_LENGTHS.values())  # values up to this long need no length check


def _too_long(cells: _Cells, row_no: int, values: dict[str, str | None]) -> RowError | None:
    for name, value in values.items():
        limit = MAX_LENGTHS[name]
        if value is not None and len(value) > limit:
            return RowError(
                row_no,
                cells.headers[name],
                value[:100],
                f"longer than {limit} characters",
                "too_long",
            )
    return None


# ------------------------------------------------------------------------------- chats

_CHAT_FIELDS = tuple(spec.name for spec in FIELDS["chats"])


def read_chats(
    table: Table, mapping: Mapping, tz: str = DEFAULT_TIMEZONE
) -> Iterator[ChatRow | RowError]:
    """Messages of a chat export (one row per message), in file order."""
    cells = _Cells(table, resolve_columns(table, mapping, "chats"), _CHAT_FIELDS)
    return _chats(table, cells, TimeParser(tz))


def _chats(table: Table, get: _Cells, parse_time: TimeParser) -> Iterator[ChatRow | RowError]:
    header = get.headers
    all_text = table.text_cells
    role_of, csat_of = ROLE_BY_WORD.get, CSAT_BY_WORD.get  # exact hits skip a call per row
    width, blanks, fetch = get.width, get.blanks, get.get
    for row_no, raw in table.rows():
        if len(raw) < width:
            raw = raw + blanks[: width - len(raw)]
        (
            conv,
            at,
            role,
            sender,
            text,
            agent_id,
            agent_name,
            vendor,
            channel,
            customer,
            waybill,
            category,
            csat,
        ) = fetch(raw)
        conversation_id = conv.strip() if conv.__class__ is str else cell_text(conv).strip()
        if not conversation_id:
            yield RowError(
                row_no,
                header["conversation_id"],
                "",
                QT_TRANSLATE_NOOP("ImportErrors", "conversation id is empty"),
                "missing_id",
            )
            continue
        column = "at"
        try:
            when = parse_time(at)
            column = "role"
            role_name = role_of(role) or parse_role(role)
            column = "csat"
            score = csat_of(csat, -1)
            if score == -1:
                score = parse_csat(csat)
        except ValueProblem as problem:
            yield _problem(row_no, header, column, get.index, raw, problem)
            continue
        if all_text:  # every cell is str: the common, fast case
            row = ChatRow(
                row_no,
                conversation_id,
                when,
                role_name,
                sender.strip() or None,
                text,
                agent_id.strip() or None,
                agent_name.strip() or None,
                vendor.strip() or None,
                channel.strip() or None,
                customer.strip() or None,
                clean_waybill(waybill) if waybill else None,
                category.strip() or None,
                score,
            )
            # Raw lengths bound the stripped ones; only a long one needs the exact check.
            check = (
                len(conv) > _SHORT
                or len(sender) > _SHORT
                or len(agent_id) > _SHORT
                or len(agent_name) > _SHORT
                or len(vendor) > _SHORT
                or len(channel) > _SHORT
                or len(customer) > _SHORT
                or len(waybill) > _SHORT
                or len(category) > _SHORT
            )
        else:
            row = ChatRow(
                row_no,
                conversation_id,
                when,
                role_name,
                _opt(sender),
                _text(text),
                _opt(agent_id),
                _opt(agent_name),
                _opt(vendor),
                _opt(channel),
                _opt(customer),
                clean_waybill(waybill),
                _opt(category),
                score,
            )
            check = True
        if check:
            error = _too_long(
                get,
                row_no,
                {
                    "conversation_id": conversation_id,
                    "sender": row.sender,
                    "agent_id": row.agent_id,
                    "agent_name": row.agent_name,
                    "vendor_code": row.vendor_code,
                    "channel": row.channel,
                    "customer": row.customer,
                    "waybill": row.waybill,
                    "category": row.category,
                },
            )
            if error is not None:
                yield error
                continue
        yield row


def _problem(
    row_no: int,
    header: dict[str, str],
    name: str,
    index: list[int],
    raw: list[Any],
    problem: ValueProblem,
) -> RowError:
    names = list(header)
    position = index[names.index(name)]
    value = cell_text(raw[position]) if position < len(raw) else ""
    return RowError(row_no, header[name], value, problem.reason, problem.code)


# ------------------------------------------------------------------------------- calls

_CALL_FIELDS = tuple(spec.name for spec in FIELDS["calls"])


def read_calls(
    table: Table, mapping: Mapping, tz: str = DEFAULT_TIMEZONE
) -> Iterator[CallRow | RowError]:
    """Calls of a call export (one row per call), in file order."""
    cells = _Cells(table, resolve_columns(table, mapping, "calls"), _CALL_FIELDS)
    return _calls(table, cells, TimeParser(tz))


def _calls(table: Table, get: _Cells, parse_time: TimeParser) -> Iterator[CallRow | RowError]:
    header = get.headers
    for row_no, raw in table.rows():
        (
            call,
            agent_id,
            agent_name,
            vendor,
            started,
            ended,
            duration,
            direction,
            customer,
            recording,
            csat,
            category,
            waybill,
        ) = get(raw)
        call_id = _opt(call)
        if call_id is None:
            yield RowError(
                row_no,
                header["call_id"],
                "",
                QT_TRANSLATE_NOOP("ImportErrors", "call id is empty"),
                "missing_id",
            )
            continue
        column = "started_at"
        try:
            if _opt(started) is None:
                raise ValueProblem(
                    QT_TRANSLATE_NOOP("ImportErrors", "start time is empty"), "missing_time"
                )
            started_at = parse_time(started)
            column = "ended_at"
            ended_at = parse_time(ended) if _opt(ended) is not None else None
            column = "duration_s"
            duration_s = parse_duration(duration)
            column = "direction"
            direction_name = parse_direction(direction)
            column = "csat"
            score = parse_csat(csat)
            column = "ended_at"
            if ended_at is not None and ended_at < started_at:
                raise ValueProblem(
                    QT_TRANSLATE_NOOP("ImportErrors", "the call ends before it starts"),
                    "end_before_start",
                )
            if duration_s is None and ended_at is not None:
                duration_s = (ended_at - started_at).total_seconds()
            elif ended_at is None and duration_s is not None:
                column = "duration_s"
                ended_at = _plus(started_at, duration_s)
        except ValueProblem as problem:
            yield _problem(row_no, header, column, get.index, raw, problem)
            continue
        row = CallRow(
            row_no,
            call_id,
            _opt(agent_id),
            _opt(agent_name),
            _opt(vendor),
            started_at,
            ended_at,
            duration_s,
            direction_name,
            _opt(customer),
            _opt(recording),
            score,
            _opt(category),
            clean_waybill(waybill) if waybill else None,
        )
        error = _too_long(
            get,
            row_no,
            {
                "call_id": row.call_id,
                "agent_id": row.agent_id,
                "agent_name": row.agent_name,
                "vendor_code": row.vendor_code,
                "customer": row.customer,
                "recording": row.recording,
                "category": row.category,
                "waybill": row.waybill,
            },
        )
        yield row if error is None else error


def _plus(start: datetime, seconds: float) -> datetime:
    try:
        return start + timedelta(seconds=seconds)
    except OverflowError as exc:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("ImportErrors", "start time plus duration is past the year 9999"),
            "bad_duration",
        ) from exc


# ------------------------------------------------------------------------- transcripts

_TRANSCRIPT_FIELDS = tuple(spec.name for spec in FIELDS["transcripts"])


def read_transcripts(
    table: Table, mapping: Mapping, tz: str = DEFAULT_TIMEZONE
) -> Iterator[TranscriptRow | RowError]:
    """Utterances of a transcript export (one row per utterance), in file order.

    ``tz`` is accepted for a uniform signature; offsets are relative and need no zone.
    """
    TimeParser(tz)  # same validation of the zone name as the other readers
    cells = _Cells(table, resolve_columns(table, mapping, "transcripts"), _TRANSCRIPT_FIELDS)
    return _transcripts(table, cells)


def _transcripts(table: Table, get: _Cells) -> Iterator[TranscriptRow | RowError]:
    header = get.headers
    for row_no, raw in table.rows():
        call, start, end, speaker, text = get(raw)
        call_id = _opt(call)
        if call_id is None:
            yield RowError(
                row_no,
                header["call_id"],
                "",
                QT_TRANSLATE_NOOP("ImportErrors", "call id is empty"),
                "missing_id",
            )
            continue
        column = "start_ms"
        try:
            start_ms = parse_offset_ms(start)
            if start_ms is None:
                raise ValueProblem(
                    QT_TRANSLATE_NOOP("ImportErrors", "start offset is empty"), "missing_time"
                )
            column = "end_ms"
            end_ms = parse_offset_ms(end)
            if end_ms is not None and end_ms < start_ms:
                raise ValueProblem(
                    QT_TRANSLATE_NOOP("ImportErrors", "the utterance ends before it starts"),
                    "end_before_start",
                )
            column = "speaker"
            role = parse_role(speaker)
        except ValueProblem as problem:
            if problem.code == "missing_role":
                problem = ValueProblem(
                    QT_TRANSLATE_NOOP("ImportErrors", "speaker is empty"), "missing_role"
                )
            yield _problem(row_no, header, column, get.index, raw, problem)
            continue
        if len(call_id) > MAX_LENGTHS["call_id"]:
            yield RowError(
                row_no,
                header["call_id"],
                call_id[:100],
                f"longer than {MAX_LENGTHS['call_id']} characters",
                "too_long",
            )
            continue
        yield TranscriptRow(row_no, call_id, start_ms, end_ms, role, _text(text))
