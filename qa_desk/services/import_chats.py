"""Chat import: rows of messages → conversations (records) with their messages.

Streams the file in chunks of rows and keeps only a compact summary per conversation in
memory (times, counts, first values of the conversation-level columns), so a million-row
file imports in flat memory even when its rows are not grouped by conversation:
- a conversation gets its record id when it first appears, and its messages are written in
  chunks as they come; the record row is written with its final values at the end (on
  PostgreSQL, which checks foreign keys at once, it is written before its first messages
  and corrected at the end — see ``ImportRepository``);
- a message that exists already (same conversation, time, role and text: in the database or
  earlier in the file) is counted as a duplicate and skipped; memory holds one 64-bit hash
  per message (that two different messages of a million-row file share one, and one is
  then taken for a duplicate, has odds of about 1 in 37 million);
- out-of-order messages are renumbered by time at the end (``seq`` follows time);
- messages wait in memory only while their conversation's vendor is unknown (its agent may
  be named on a later row); if no vendor ever appears, its rows become row errors.

Conversation-level values come from the first row that has them. A conversation already
imported under the same source gets the messages it lacks appended (``seq`` continues), and
its times and counts are recomputed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from operator import attrgetter
from typing import Any

from qa_desk.io.readers import ChatRow, RowError
from qa_desk.io.values import mask_phone
from qa_desk.services.import_support import Directory, Tracker, clean_text, clean_value
from qa_desk.storage.repositories.imports import FINAL_COLUMNS, ImportRepository

CHUNK_ROWS = 2_000  # rows read between lookups, progress reports and cancel checks
FLUSH_MESSAGES = 5_000  # messages per bulk insert
_ID_BLOCK = 1_000  # record ids reserved at a time
_EXISTING = 4  # vendor "level" of a stored record: never changed by an import
_AGGREGATES = ("started_at", "ended_at", "message_count", "first_response_s")
_VALUE_MAX = 64  # the record columns' size, as the reader checks it


@dataclass
class ChatCounts:
    rows_read: int = 0
    records_created: int = 0
    records_updated: int = 0
    messages_created: int = 0
    duplicates: int = 0


class _Conversation:
    """What an import keeps of one conversation while it reads the file."""

    __slots__ = (
        "added",
        "agent",
        "category",
        "channel",
        "conflict",
        "count",
        "csat",
        "customer",
        "customer_at",
        "ended",
        "existing",
        "external_id",
        "first",
        "first_response",
        "id",
        "lacking",
        "last",
        "level",
        "pending",
        "seq",
        "started",
        "unordered",
        "vendor",
        "waybill",
    )

    def __init__(self, record_id: int, external_id: str, at: datetime) -> None:
        self.id = record_id
        self.external_id = external_id
        self.existing = False
        self.conflict = False  # the id names a stored call, not a chat
        self.level = 0
        self.vendor: int | None = None
        self.agent: int | None = None
        self.started = at
        self.ended = at
        # The same times encoded for storage (see ImportRepository.time_encoder).
        self.first: Any = None
        self.last: Any = None
        self.unordered = False
        self.count = 0
        self.seq = 1
        self.added = 0
        self.customer_at: datetime | None = None
        self.first_response: float | None = None
        self.csat: int | None = None
        self.category: str | None = None
        self.waybill: str | None = None
        self.customer: str | None = None
        self.channel: str | None = None
        self.lacking = True  # a conversation-level value is still None
        # Messages (row number, row) waiting for the conversation's vendor; None once known.
        self.pending: list[tuple[int, tuple[Any, ...]]] | None = []


class ChatLoader:
    """Imports the rows of one chat file inside the caller's transaction."""

    def __init__(
        self,
        repo: ImportRepository,
        directory: Directory,
        tracker: Tracker,
        *,
        source: str,
        batch_id: int,
        headers: dict[str, str],
        mask: bool,
    ) -> None:
        self._repo = repo
        self._directory = directory
        self._tracker = tracker
        self._source = source
        self._batch_id = batch_id
        self._headers = headers
        self._mask = mask
        self._deferred = repo.records_deferred
        self._encode = repo.time_encoder()
        self._convs: dict[str, _Conversation] = {}
        self._seen: set[int] = set()
        self._buffer: list[tuple[Any, ...]] = []
        self._to_stage: list[_Conversation] = []
        self._ids: Iterator[int] = iter(())
        self.errors: list[RowError] = []
        self.counts = ChatCounts()

    # ------------------------------------------------------------------ reading
    def load(self, rows: Iterable[ChatRow | RowError]) -> ChatCounts:
        check_stored = self._repo.has_records(self._source)
        stream = iter(rows)
        while chunk := list(islice(stream, CHUNK_ROWS)):
            if check_stored:
                self._load_stored(chunk)
            self._take(chunk)
            if len(self._buffer) >= FLUSH_MESSAGES:
                self._flush()
            self.counts.rows_read += len(chunk)
            self._tracker.step(len(chunk), "Reading rows")
        self._tracker.say("Writing records")
        self._finish()
        self.errors.sort(key=attrgetter("row_no"))
        return self.counts

    def _take(self, chunk: list[ChatRow | RowError]) -> None:
        """The per-row work, written for speed: it runs once for every message of a file."""
        convs = self._convs
        seen = self._seen
        buffer = self._buffer
        errors = self.errors
        known = self._directory.cache
        resolve = self._directory.resolve
        encode = self._encode
        duplicates = 0
        for row in chunk:
            if row.__class__ is not ChatRow:
                errors.append(row)  # type: ignore[arg-type]
                continue
            cid = row.conversation_id  # type: ignore[union-attr]
            at = row.at  # type: ignore[union-attr]
            role = row.role  # type: ignore[union-attr]
            text = row.text  # type: ignore[union-attr]
            if "\x00" in text:
                text = clean_text(text)
            # The encoded time is needed for the row anyway, and hashing it is far cheaper
            # than hashing an aware datetime.
            stamp = encode(at)
            key = hash((cid, stamp, role, text))
            if key in seen:
                duplicates += 1
                continue
            found = known.get((row.agent_id, row.vendor_code))  # type: ignore[union-attr]
            if found is None:
                found = resolve(row.agent_id, row.vendor_code, row.agent_name)  # type: ignore[union-attr]
            if found.reason:
                errors.append(self._refusal(row, found.column, found.reason))  # type: ignore[arg-type]
                continue
            conv = convs.get(cid)
            if conv is None:
                conv = convs[cid] = self._new_conversation(cid, at, stamp)
            sender = row.sender  # type: ignore[union-attr]
            if sender is not None and "\x00" in sender:
                sender = clean_value(sender, 128)
            if conv.existing:  # stored before: append what it lacks
                if conv.conflict:
                    errors.append(self._conflict(row))  # type: ignore[arg-type]
                    continue
                seen.add(key)
                conv.added += 1
                buffer.append((conv.id, conv.seq, stamp, role, sender, text))
                conv.seq += 1
                continue
            seen.add(key)
            if found.level > conv.level:
                conv.level = found.level
                if found.level == 3:
                    conv.agent = found.agent_id
                if conv.vendor is None:
                    conv.vendor = found.vendor_id
                    self._release(conv)
                else:
                    conv.vendor = found.vendor_id
            if conv.lacking:  # some conversation-level value not seen yet
                self._fill(conv, row)  # type: ignore[arg-type]
            # Encoded times order as the times do, and compare much faster.
            if stamp >= conv.last:
                conv.last = stamp
                conv.ended = at
            else:
                conv.unordered = True
                if stamp < conv.first:
                    conv.first = stamp
                    conv.started = at
            if conv.first_response is None:
                if role == "customer":
                    if conv.customer_at is None:
                        conv.customer_at = at
                elif role == "agent" and conv.customer_at is not None:
                    conv.first_response = (at - conv.customer_at).total_seconds()
            message = (conv.id, conv.seq, stamp, role, sender, text)
            conv.seq += 1
            if conv.pending is None:
                buffer.append(message)
            else:
                conv.pending.append((row.row_no, message))  # type: ignore[union-attr]
        self.counts.duplicates += duplicates

    @staticmethod
    def _fill(conv: _Conversation, row: ChatRow) -> None:
        """Take the conversation-level values this row has and the conversation lacks
        (cleaned for storage; the reader has checked their lengths)."""
        if conv.csat is None:
            conv.csat = row.csat
        if conv.category is None and row.category is not None:
            conv.category = clean_value(row.category, _VALUE_MAX)
        if conv.waybill is None and row.waybill is not None:
            conv.waybill = clean_value(row.waybill, _VALUE_MAX)
        if conv.customer is None and row.customer is not None:
            conv.customer = clean_value(row.customer, _VALUE_MAX)
        if conv.channel is None and row.channel is not None:
            conv.channel = clean_value(row.channel, _VALUE_MAX)
        conv.lacking = (
            conv.csat is None
            or conv.category is None
            or conv.waybill is None
            or conv.customer is None
            or conv.channel is None
        )

    def _new_conversation(self, external_id: str, at: datetime, stamp: Any) -> _Conversation:
        record_id = next(self._ids, None)
        if record_id is None:
            self._ids = iter(self._repo.reserve_record_ids(_ID_BLOCK))
            record_id = next(self._ids)
        conv = _Conversation(record_id, external_id, at)
        conv.first = conv.last = stamp
        default = self._directory.default_vendor
        if default is not None:
            conv.level = 1
            conv.vendor = default
            self._release(conv)
        return conv

    def _release(self, conv: _Conversation) -> None:
        """The conversation's vendor is known: its messages may be written from now on."""
        if conv.pending:
            self._buffer.extend(message for _, message in conv.pending)
        conv.pending = None
        if not self._deferred:
            self._to_stage.append(conv)

    def _refusal(self, row: ChatRow, field: str, reason: str) -> RowError:
        value = row.agent_id if field == "agent_id" else row.vendor_code
        code = "unknown_agent" if field == "agent_id" else "bad_vendor"
        return RowError(row.row_no, self._headers.get(field, field), value or "", reason, code)

    def _conflict(self, row: ChatRow) -> RowError:
        return RowError(
            row.row_no,
            self._headers["conversation_id"],
            row.conversation_id,
            f"{row.conversation_id} is a call already imported under source {self._source}",
            "conflict",
        )

    def _load_stored(self, chunk: list[ChatRow | RowError]) -> None:
        """Conversations of this chunk already imported: their ids, seq and message keys."""
        convs = self._convs
        fresh = {
            row.conversation_id
            for row in chunk
            if row.__class__ is ChatRow and row.conversation_id not in convs  # type: ignore[union-attr]
        }
        if not fresh:
            return
        stored = self._repo.existing_records(self._source, sorted(fresh))
        if not stored:
            return
        by_id: dict[int, _Conversation] = {}
        for external_id, (record_id, channel) in stored.items():
            conv = _Conversation(record_id, external_id, datetime.min)
            conv.existing = True
            conv.level = _EXISTING
            conv.pending = None
            conv.conflict = channel != "chat"
            convs[external_id] = conv
            by_id[record_id] = conv
        seen_add = self._seen.add
        encode = self._encode
        for record_id, seq, at, role, text in self._repo.message_keys(list(by_id)):
            conv = by_id[record_id]
            seen_add(hash((conv.external_id, encode(at), role, text)))
            if seq >= conv.seq:
                conv.seq = seq + 1

    # ------------------------------------------------------------------ writing
    def _flush(self) -> None:
        if self._to_stage:
            # PostgreSQL: the record rows must exist before their messages.
            rows = [self._record_row(c) for c in self._to_stage]
            self._repo.insert_records(rows, encoded=True)
            self._to_stage.clear()
        if self._buffer:
            inserted = self._repo.insert_messages(self._buffer, encoded=True)
            self.counts.messages_created += inserted
            self._buffer.clear()

    def _finish(self) -> None:
        kept: list[_Conversation] = []
        for conv in self._convs.values():
            if conv.existing:
                continue
            if conv.pending is not None:
                self._no_vendor(conv)
            else:
                conv.count = conv.seq - 1
                kept.append(conv)
        self._flush()
        self._tracker.check()
        unordered = [c for c in kept if c.unordered]
        if unordered:
            self._recompute(unordered)
        for start in range(0, len(kept), FLUSH_MESSAGES):
            part = kept[start : start + FLUSH_MESSAGES]
            if self._deferred:
                self._repo.insert_records([self._record_row(c) for c in part], encoded=True)
            else:
                self._repo.update_records(
                    FINAL_COLUMNS, [(c.id, *self._final_values(c)) for c in part]
                )
        self.counts.records_created = len(kept)
        grown = [c for c in self._convs.values() if c.existing and c.added]
        if grown:
            self._recompute(grown)
            self._repo.update_records(
                _AGGREGATES,
                [(c.id, c.started, c.ended, c.count, c.first_response) for c in grown],
            )
            self._repo.forget_checks([c.id for c in grown])
        self.counts.records_updated = len(grown)

    def _no_vendor(self, conv: _Conversation) -> None:
        header = self._headers["conversation_id"]
        reason = (
            f"no vendor for conversation {conv.external_id}: no known agent and no vendor "
            "column; give a vendor (--vendor)"
        )
        for row_no, _message in conv.pending or ():
            self.errors.append(RowError(row_no, header, conv.external_id, reason, "no_vendor"))

    def _recompute(self, convs: list[_Conversation]) -> None:
        """Times, counts and first response from the stored messages, in time order; messages
        whose ``seq`` is out of time order are renumbered."""
        by_id = {c.id: c for c in convs}
        changes: list[tuple[int, int]] = []
        current: _Conversation | None = None
        position = 0
        for record_id, message_id, seq, at, role in self._repo.timelines(list(by_id)):
            if current is None or current.id != record_id:
                current = by_id[record_id]
                current.started = at
                current.count = 0
                current.customer_at = None
                current.first_response = None
                position = 0
            position += 1
            current.count += 1
            current.ended = at
            if seq != position:
                changes.append((message_id, position))
            if role == "customer":
                if current.customer_at is None:
                    current.customer_at = at
            elif (
                role == "agent"
                and current.first_response is None
                and current.customer_at is not None
            ):
                current.first_response = (at - current.customer_at).total_seconds()
        self._repo.renumber_messages(changes)

    def _record_row(self, conv: _Conversation) -> tuple[Any, ...]:
        """A new record: ``id`` and the values of RECORD_COLUMNS, times encoded."""
        return (
            conv.id,
            self._source,
            conv.external_id,
            "chat",
            *self._final_values(conv, self._encode),
            self._batch_id,
        )

    def _final_values(
        self, conv: _Conversation, encode: Callable[[datetime], Any] | None = None
    ) -> tuple[Any, ...]:
        """The conversation's values of FINAL_COLUMNS (times encoded when ``encode``)."""
        customer = conv.customer
        if customer is not None and self._mask:
            customer = mask_phone(customer) or None
        channel = conv.channel
        return (
            conv.vendor,
            conv.agent,
            encode(conv.started) if encode else conv.started,
            encode(conv.ended) if encode else conv.ended,
            customer,
            conv.waybill,
            conv.category,
            conv.csat,
            [channel] if channel else [],  # the platform's channel (在线客服…) as a tag
            conv.count,
            conv.first_response,
        )
