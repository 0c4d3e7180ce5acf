"""Call import: one row per call, plus an optional transcript file (one row per utterance).

Each call becomes a record with its CallInfo (direction, duration, recording). The recording
path is resolved against the recordings folder or the call file's folder and stored as an
absolute path; a recording that isn't there is recorded as missing, not refused. Transcript
rows become segments of calls of this import or of calls imported before under the same
source; a transcript row of an unknown call is a row error. A call's ``message_count`` is its
number of segments.

A call imported before (same source and call id) is a duplicate; its transcript may still
bring segments it lacks (same start, speaker and text = same segment), which are added.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import Any

from qa_desk.io.readers import CallRow, RowError, TranscriptRow
from qa_desk.io.values import mask_phone
from qa_desk.services.import_support import (
    Directory,
    Tracker,
    clean_text,
    clean_value,
    resolve_recording,
)
from qa_desk.storage.repositories.imports import ImportRepository

CHUNK_ROWS = 2_000
_ID_BLOCK = 1_000


@dataclass
class CallCounts:
    rows_read: int = 0
    records_created: int = 0
    records_updated: int = 0
    segments_created: int = 0
    duplicates: int = 0
    recordings_missing: int = 0


class _Call:
    __slots__ = ("added", "conflict", "existing", "id", "key", "loaded", "row_no")

    def __init__(self, record_id: int, key: int, row_no: int, existing: bool = False) -> None:
        self.id = record_id
        self.key = key  # hash of the call row: an exact duplicate row has the same
        self.row_no = row_no
        self.existing = existing
        self.conflict = False  # the id names a stored chat, not a call
        self.loaded = not existing  # segment keys of a stored call read into memory
        self.added = 0  # segments added by this import


class CallLoader:
    """Imports one call file and its transcript file inside the caller's transaction."""

    def __init__(
        self,
        repo: ImportRepository,
        directory: Directory,
        tracker: Tracker,
        *,
        source: str,
        batch_id: int,
        call_file: Path,
        recordings_dir: Path | None,
        mask: bool,
    ) -> None:
        self._repo = repo
        self._directory = directory
        self._tracker = tracker
        self._source = source
        self._batch_id = batch_id
        self._call_file = call_file
        self._recordings_dir = recordings_dir
        self._mask = mask
        self._calls: dict[str, _Call] = {}
        self._segment_keys: set[int] = set()
        self._ids: Iterator[int] = iter(())
        self._check_stored = repo.has_records(source)
        self._refused: set[str] = set()  # call ids whose row this import refused
        self.call_errors: list[RowError] = []
        self.transcript_errors: list[RowError] = []
        self.counts = CallCounts()

    # ------------------------------------------------------------------ calls
    def load_calls(self, rows: Iterable[CallRow | RowError], headers: dict[str, str]) -> None:
        stream = iter(rows)
        while chunk := list(islice(stream, CHUNK_ROWS)):
            if self._check_stored:
                self._load_stored(r.call_id for r in chunk if r.__class__ is CallRow)  # type: ignore[union-attr]
            records: list[tuple[Any, ...]] = []
            details: list[tuple[Any, ...]] = []
            for row in chunk:
                if row.__class__ is not CallRow:
                    self.call_errors.append(row)  # type: ignore[arg-type]
                    continue
                made = self._call(row, headers)  # type: ignore[arg-type]
                if made is not None:
                    records.append(made[0])
                    details.append(made[1])
            # Records first: call details and segments refer to them.
            self._repo.insert_records(records)
            self._repo.insert_call_info(details)
            self.counts.records_created += len(records)
            self.counts.rows_read += len(chunk)
            self._tracker.step(len(chunk), "Reading calls")
        self.call_errors.sort(key=attrgetter("row_no"))

    def _call(
        self, row: CallRow, headers: dict[str, str]
    ) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        key = hash(row.key())
        known = self._calls.get(row.call_id)
        if known is not None:
            if known.conflict:
                self.call_errors.append(self._conflict(row.row_no, headers, row.call_id, "chat"))
            elif known.existing or known.key == key:
                self.counts.duplicates += 1
            else:
                self.call_errors.append(
                    RowError(
                        row.row_no,
                        headers["call_id"],
                        row.call_id,
                        f"call {row.call_id} is also in row {known.row_no} with other values",
                        "conflict",
                    )
                )
            return None
        found = self._directory.resolve(row.agent_id, row.vendor_code, row.agent_name)
        if found.reason:
            value = row.agent_id if found.column == "agent_id" else row.vendor_code
            code = "unknown_agent" if found.column == "agent_id" else "bad_vendor"
            header = headers.get(found.column, found.column)
            self.call_errors.append(RowError(row.row_no, header, value or "", found.reason, code))
            self._refused.add(row.call_id)
            return None
        vendor = found.vendor_id if found.vendor_id is not None else self._directory.default_vendor
        if vendor is None:
            self._refused.add(row.call_id)
            self.call_errors.append(
                RowError(
                    row.row_no,
                    headers.get("agent_id") or headers["call_id"],
                    row.agent_id or "",
                    "no vendor for this call: no known agent and no vendor column; "
                    "give a vendor (--vendor)",
                    "no_vendor",
                )
            )
            return None
        record_id = next(self._ids, None)
        if record_id is None:
            self._ids = iter(self._repo.reserve_record_ids(_ID_BLOCK))
            record_id = next(self._ids)
        self._calls[row.call_id] = _Call(record_id, key, row.row_no)
        path, missing = resolve_recording(row.recording, self._call_file, self._recordings_dir)
        if missing:
            self.counts.recordings_missing += 1
        customer = clean_value(row.customer, 64)
        if customer is not None and self._mask:
            customer = mask_phone(customer) or None
        record = (
            record_id,
            self._source,
            row.call_id,
            "call",
            vendor,
            found.agent_id,
            row.started_at,
            row.ended_at,
            customer,
            clean_value(row.waybill, 64),
            clean_value(row.category, 64),
            row.csat,
            [],
            0,  # segments are counted once the transcript is read
            None,  # first response is a chat measure
            self._batch_id,
        )
        detail = (record_id, row.direction or "unknown", row.duration_s, path, missing)
        return record, detail

    # ------------------------------------------------------------------ transcripts
    def load_transcripts(
        self, rows: Iterable[TranscriptRow | RowError], headers: dict[str, str]
    ) -> None:
        stream = iter(rows)
        calls = self._calls
        seen = self._segment_keys
        while chunk := list(islice(stream, CHUNK_ROWS)):
            if self._check_stored:
                self._load_stored(r.call_id for r in chunk if r.__class__ is TranscriptRow)  # type: ignore[union-attr]
            self._load_segment_keys(chunk)
            segments: list[tuple[Any, ...]] = []
            for row in chunk:
                if row.__class__ is not TranscriptRow:
                    self.transcript_errors.append(row)  # type: ignore[arg-type]
                    continue
                call_id = row.call_id  # type: ignore[union-attr]
                call = calls.get(call_id)
                if call is None or call.conflict:
                    self.transcript_errors.append(self._unknown_call(row, headers, call))  # type: ignore[arg-type]
                    continue
                text = clean_text(row.text)  # type: ignore[union-attr]
                key = hash((call_id, row.start_ms, row.speaker, text))  # type: ignore[union-attr]
                if key in seen:
                    self.counts.duplicates += 1
                    continue
                seen.add(key)
                start = row.start_ms  # type: ignore[union-attr]
                end = row.end_ms if row.end_ms is not None else start  # type: ignore[union-attr]
                segments.append((call.id, start, end, row.speaker, text))  # type: ignore[union-attr]
                call.added += 1
            self.counts.segments_created += self._repo.insert_segments(segments)
            self.counts.rows_read += len(chunk)
            self._tracker.step(len(chunk), "Reading transcripts")
        self.transcript_errors.sort(key=attrgetter("row_no"))

    def _unknown_call(
        self, row: TranscriptRow, headers: dict[str, str], call: _Call | None
    ) -> RowError:
        if call is not None:  # a stored chat of the same source
            return self._conflict(row.row_no, headers, row.call_id, "chat")
        if row.call_id in self._refused:
            return RowError(
                row.row_no,
                headers["call_id"],
                row.call_id,
                f"call {row.call_id} was not imported: its row in the call file has an error",
                "unknown_call",
            )
        return RowError(
            row.row_no,
            headers["call_id"],
            row.call_id,
            f"unknown call {row.call_id}: not in the call file and not imported before "
            f"under source {self._source}",
            "unknown_call",
        )

    def _conflict(self, row_no: int, headers: dict[str, str], call_id: str, what: str) -> RowError:
        return RowError(
            row_no,
            headers["call_id"],
            call_id,
            f"{call_id} is a {what} already imported under source {self._source}",
            "conflict",
        )

    # ------------------------------------------------------------------ stored calls
    def _load_stored(self, call_ids: Iterable[str]) -> None:
        fresh = sorted({c for c in call_ids if c not in self._calls})
        if not fresh:
            return
        for external_id, (record_id, channel) in self._repo.existing_records(
            self._source, fresh
        ).items():
            call = _Call(record_id, 0, 0, existing=True)
            call.conflict = channel != "call"
            self._calls[external_id] = call

    def _load_segment_keys(self, chunk: list[TranscriptRow | RowError]) -> None:
        """Segments of stored calls named in this chunk, so they are not added twice."""
        wanted: dict[int, str] = {}
        for row in chunk:
            if row.__class__ is TranscriptRow:
                call = self._calls.get(row.call_id)  # type: ignore[union-attr]
                if call is not None and not call.loaded and not call.conflict:
                    call.loaded = True
                    wanted[call.id] = row.call_id  # type: ignore[union-attr]
        if not wanted:
            return
        add = self._segment_keys.add
        for record_id, start_ms, speaker, text in self._repo.segment_keys(list(wanted)):
            add(hash((wanted[record_id], start_ms, speaker, text)))

    # ------------------------------------------------------------------ end
    def finish(self) -> None:
        """Segment counts of the calls that got segments."""
        touched = [c for c in self._calls.values() if c.added]
        if not touched:
            return
        counts = self._repo.segment_counts([c.id for c in touched])
        self._repo.update_records(
            ("message_count",), [(c.id, counts.get(c.id, 0)) for c in touched]
        )
        self._repo.forget_checks([c.id for c in touched if c.existing])
        self.counts.records_updated = sum(1 for c in touched if c.existing)
