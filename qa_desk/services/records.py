"""Browsing imported records: filtered and sorted pages, counts, one record with its messages
or transcript, and keeping the text search index up to date after imports.

Vendor supervisors only ever see their own vendor's records: other records do not exist for
them, not even when asked for by id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from qa_desk.domain.errors import NotFound, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_utc
from qa_desk.services.actor import Actor
from qa_desk.storage.database import Database
from qa_desk.storage.models import Message, Segment
from qa_desk.storage.repositories.records import AgentNames, RecordQuery
from qa_desk.storage.search import split_terms
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

SORT_KEYS = (
    "started_at",
    "agent",
    "vendor",
    "category",
    "csat",
    "first_response_s",
    "message_count",
    "external_id",
)
CHANNELS = ("chat", "call")
MAX_PAGE = 1000
# Rows indexed per write transaction: short enough not to hold up an import for long.
INDEX_CHUNK = 5000
INDEXING_MESSAGE = "Indexing records for search"

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RecordFilter:
    date_from: date | None = None  # outlet-local dates, inclusive
    date_to: date | None = None
    vendor_ids: tuple[int, ...] = ()
    team_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    channel: str | None = None  # "chat" | "call"
    categories: tuple[str, ...] = ()
    csat: tuple[int, ...] = ()  # 1..5; 0 means "no rating"
    text: str | None = None  # search inside messages and transcripts (Chinese ok)
    # Automatic checks of the active checklist versions: records that one of these rules
    # (keys) failed or flagged, or with ``any_flag`` any rule. Ignored while no such
    # results exist.
    flags: tuple[str, ...] = ()
    any_flag: bool = False


@dataclass(frozen=True)
class RecordRow:
    id: int
    channel: str
    source: str
    external_id: str
    vendor_id: int
    vendor_code: str
    agent_id: int | None
    agent_employee_id: str | None
    agent_name: str | None
    team_name: str | None
    started_at: datetime  # aware UTC
    ended_at: datetime | None
    duration_s: float | None
    message_count: int
    first_response_s: float | None
    category: str | None
    csat: int | None
    waybill_no: str | None
    customer_ref: str | None  # already masked at import when masking is on
    # Rule keys of the active checklist versions that failed or flagged the record.
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class RecordPage:
    rows: list[RecordRow]
    next_after: tuple[Any, ...] | None  # keyset cursor for the next page; None at the end


@dataclass(frozen=True)
class MessageInfo:
    id: int
    seq: int
    at: datetime
    role: str
    sender: str | None
    text: str
    # Agent messages: seconds since the earliest customer message still unanswered (None for
    # other roles, or when nothing was waiting).
    wait_s: float | None


@dataclass(frozen=True)
class SegmentInfo:
    id: int
    start_ms: int
    end_ms: int
    speaker: str
    text: str
    gap_before_ms: int  # silence since the previous utterance ended (0 for the first)


@dataclass(frozen=True)
class CallDetail:
    direction: str
    duration_s: float | None
    recording_path: str | None  # absolute path as resolved at import
    recording_missing: bool


@dataclass(frozen=True)
class RecordDetail:
    row: RecordRow
    messages: list[MessageInfo]  # chats (empty for calls)
    segments: list[SegmentInfo]  # calls (empty for chats)
    call: CallDetail | None


def reply_waits(messages: Sequence[tuple[str, datetime]]) -> list[float | None]:
    """For (role, time) in conversation order: each agent reply's wait, else None.

    The wait runs from the earliest customer message not yet answered by an agent; bot and
    system lines answer nothing. Clock skew between systems never gives a negative wait.
    """
    waits: list[float | None] = []
    waiting_since: datetime | None = None
    for role, at in messages:
        wait: float | None = None
        if role == "customer":
            if waiting_since is None:
                waiting_since = at
        elif role == "agent":
            if waiting_since is not None:
                wait = max(0.0, (at - waiting_since).total_seconds())
            waiting_since = None
        waits.append(wait)
    return waits


def silence_gaps(utterances: Sequence[tuple[int, int]]) -> list[int]:
    """For (start_ms, end_ms) in start order: the silence before each utterance.

    Measured from the latest end so far, so a short interjection during a long utterance
    does not make the pause after that utterance look longer than it was.
    """
    gaps: list[int] = []
    spoken_until: int | None = None
    for start, end in utterances:
        gaps.append(0 if spoken_until is None else max(0, start - spoken_until))
        spoken_until = end if spoken_until is None else max(spoken_until, end)
    return gaps


def _check_cursor(after: tuple[Any, ...] | None, sort: str, descending: bool) -> Any:
    if after is None:
        return None
    if not (isinstance(after, tuple) and len(after) == 5 and after[:2] == (sort, descending)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The page cursor belongs to another list or sort order.")
        )
    return after


class RecordService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------ lists
    def page(
        self,
        actor: Actor,
        flt: RecordFilter,
        *,
        sort: str = "started_at",
        descending: bool = True,
        after: tuple[Any, ...] | None = None,
        limit: int = 200,
    ) -> RecordPage:
        """One page of the records matching ``flt``, sorted in the database by ``sort`` (the
        record id breaks ties; empty values come last). Pass the previous page's
        ``next_after`` to get the next one."""
        actor.require(Permission.READ_RECORDS)
        if sort not in SORT_KEYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Records cannot be sorted by {sort!r}."),
                field="sort",
                sort=sort,
            )
        if not 1 <= limit <= MAX_PAGE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A page holds 1 to {maximum} records."),
                field="limit",
                maximum=MAX_PAGE,
            )
        cursor = _check_cursor(after, sort, descending)
        with unit_of_work(self._db) as uow:
            query = self._query(uow, actor, flt)
            if query is None:
                return RecordPage([], None)
            rows, next_after = uow.records.page(query, sort, descending, cursor, limit)
            return RecordPage(self._rows(uow, rows), next_after)

    def count(self, actor: Actor, flt: RecordFilter) -> int:
        actor.require(Permission.READ_RECORDS)
        with unit_of_work(self._db) as uow:
            query = self._query(uow, actor, flt)
            return 0 if query is None else uow.records.count(query)

    def categories(self, actor: Actor) -> list[str]:
        """The categories of the records the actor can see, sorted."""
        actor.require(Permission.READ_RECORDS)
        with unit_of_work(self._db) as uow:
            return uow.records.categories(actor.vendor_filter())

    def flag_rules(self, actor: Actor) -> list[str]:
        """Rule keys of the active checklist versions that failed or flagged some record,
        sorted (the flag filter applies only while there are any)."""
        actor.require(Permission.READ_RECORDS)
        with unit_of_work(self._db) as uow:
            return uow.records.flag_rules(uow.records.active_version_ids())

    def _query(self, uow: UnitOfWork, actor: Actor, flt: RecordFilter) -> RecordQuery | None:
        """The filter in database terms, within the actor's scope; None when it selects
        nothing by construction (a supervisor asking for another vendor)."""
        if flt.channel is not None and flt.channel not in CHANNELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown channel {channel!r}."),
                field="channel",
                channel=flt.channel,
            )
        if any(not 0 <= c <= 5 for c in flt.csat):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Satisfaction is 1 to 5, or 0 for no rating."),
                field="csat",
            )
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."), field="date_to"
            )
        vendor_ids = tuple(flt.vendor_ids)
        own = actor.vendor_filter()
        if own is not None:
            if vendor_ids and own not in vendor_ids:
                return None
            vendor_ids = (own,)
        outlet = uow.org.outlet()
        tz_name = outlet.timezone if outlet and outlet.timezone else DEFAULT_TIMEZONE
        started_from = started_before = None
        if flt.date_from is not None:
            started_from = to_utc(datetime.combine(flt.date_from, time.min), tz_name)
        if flt.date_to is not None:
            next_day = flt.date_to + timedelta(days=1)
            started_before = to_utc(datetime.combine(next_day, time.min), tz_name)
        flags, any_flag = tuple(flt.flags), flt.any_flag
        versions: tuple[int, ...] = ()
        if flags or any_flag:
            versions = tuple(uow.records.active_version_ids())
            if not uow.records.has_flag_results(versions):
                flags, any_flag = (), False
        return RecordQuery(
            started_from=started_from,
            started_before=started_before,
            vendor_ids=vendor_ids,
            team_ids=tuple(flt.team_ids),
            agent_ids=tuple(flt.agent_ids),
            channel=flt.channel,
            categories=tuple(flt.categories),
            csat=tuple(flt.csat),
            terms=split_terms(flt.text),
            flags=flags,
            any_flag=any_flag,
            flag_versions=versions,
        )

    def _rows(self, uow: UnitOfWork, rows: Sequence[Any]) -> list[RecordRow]:
        vendors = uow.records.vendor_codes()
        agents = uow.records.agent_names([r.agent_id for r in rows if r.agent_id is not None])
        versions = uow.records.active_version_ids() if rows else []
        flags = uow.records.flags_for([r.id for r in rows], versions)
        durations = uow.records.call_durations([r.id for r in rows if r.channel == "call"])
        return [
            _record_row(r, vendors, agents, flags.get(r.id, ()), durations.get(r.id)) for r in rows
        ]

    # ------------------------------------------------------------ one record
    def detail(self, actor: Actor, record_id: int) -> RecordDetail:
        """The record with its messages (chats) or transcript and call details (calls)."""
        actor.require(Permission.READ_RECORDS)
        with unit_of_work(self._db) as uow:
            row = uow.records.record_row(record_id)
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such record."))
            actor.check_vendor(row.vendor_id, "record")
            record = self._rows(uow, [row])[0]
            messages = _messages(uow.records.messages(record_id))
            segments = _segments(uow.records.segments(record_id))
            info = uow.records.call_info(record_id)
            call = None
            if info is not None:
                call = CallDetail(
                    info.direction, info.duration_s, info.recording_path, info.recording_missing
                )
            return RecordDetail(record, messages, segments, call)

    # ------------------------------------------------------------ search index
    def update_search_index(
        self, progress: Progress | None = None, cancelled: Cancelled | None = None
    ) -> int:
        """Index the messages and segments stored since the last run; returns how many.

        Runs in chunks, one write transaction each, so an import is never held up for long
        and a cancel (checked between chunks) keeps what was done. Searches are complete
        before, during and after: rows not yet indexed are searched directly. PostgreSQL
        keeps its trigram indexes current by itself, so there this returns 0 at once.
        On SQLite it also refreshes the query planner's figures of the record table when
        its size changed notably (see ``RecordRepository.statistics_stale``).
        """
        with unit_of_work(self._db) as uow:
            total = uow.records.search_pending()
        done = 0
        while total and not (cancelled is not None and cancelled()):
            with unit_of_work(self._db, write=True) as uow:
                handled = uow.records.index_search_chunk(INDEX_CHUNK)
            if not handled:
                break
            done += handled
            if progress is not None:
                # More may have arrived meanwhile: the total grows rather than overflowing.
                progress(done, max(total, done), INDEXING_MESSAGE)
        if cancelled is None or not cancelled():
            # Imports change the table's shape; the SQLite planner needs to know (sorting
            # a filtered list would otherwise read a fifth of it per page).
            with unit_of_work(self._db) as uow:
                stale = uow.records.statistics_stale()
            if stale:
                with unit_of_work(self._db, write=True) as uow:
                    uow.records.measure_statistics()
        return done


def _record_row(
    row: Any,
    vendors: dict[int, str],
    agents: dict[int, AgentNames],
    flags: tuple[str, ...],
    call_duration: float | None,
) -> RecordRow:
    agent = agents.get(row.agent_id) if row.agent_id is not None else None
    duration = call_duration
    if duration is None and row.ended_at is not None:
        duration = max(0.0, (row.ended_at - row.started_at).total_seconds())
    return RecordRow(
        id=row.id,
        channel=row.channel,
        source=row.source,
        external_id=row.external_id,
        vendor_id=row.vendor_id,
        vendor_code=vendors.get(row.vendor_id, ""),
        agent_id=row.agent_id,
        agent_employee_id=agent.employee_id if agent else None,
        agent_name=agent.name if agent else None,
        team_name=agent.team_name if agent else None,
        started_at=row.started_at,
        ended_at=row.ended_at,
        duration_s=duration,
        message_count=row.message_count,
        first_response_s=row.first_response_s,
        category=row.category,
        csat=row.csat,
        waybill_no=row.waybill_no,
        customer_ref=row.customer_ref,
        flags=flags,
    )


def _messages(messages: Sequence[Message]) -> list[MessageInfo]:
    waits = reply_waits([(m.role, m.at) for m in messages])
    return [
        MessageInfo(m.id, m.seq, m.at, m.role, m.sender, m.text, wait)
        for m, wait in zip(messages, waits, strict=True)
    ]


def _segments(segments: Sequence[Segment]) -> list[SegmentInfo]:
    gaps = silence_gaps([(s.start_ms, s.end_ms) for s in segments])
    return [
        SegmentInfo(s.id, s.start_ms, s.end_ms, s.speaker, s.text, gap)
        for s, gap in zip(segments, gaps, strict=True)
    ]
