"""Auto-check runs, their non-pass results, and the admins' edits of word lists.

A run goes over the records in chunks of a few thousand. For each chunk this repository
finds the next records needing a check, reads their messages or segments as the driver's
own tuples (one query per chunk, no ORM object or Row per message, times parsed once), and
replaces the chunk's runs and results in one go: a DELETE per table, then bulk rows through
``BulkRepository.insert_rows`` (``executemany`` on SQLite, ``COPY`` on PostgreSQL).

Lists of record ids reach the database as one parameter: a JSON array read with
``json_each`` on SQLite, an array with ``= ANY`` on PostgreSQL. So a chunk is one statement
whatever its size, and no statement text is built from values.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, func, select, text
from sqlalchemy.orm import Session

from qa_desk.storage.models import (
    AutoCheckResult,
    AutoCheckRun,
    CallInfo,
    ChecklistItem,
    ChecklistSection,
    Record,
    RulePack,
    User,
)
from qa_desk.storage.repositories.bulk import BulkRepository

RUN_COLUMNS = ("record_id", "version_id", "fingerprint", "run_at")
RESULT_COLUMNS = (
    "record_id",
    "version_id",
    "item_id",
    "rule",
    "verdict",
    "suggested_score",
    "evidence",
    "run_at",
)
# First key of the PostgreSQL advisory locks taken while writing a version's results ("AC").
_LOCK_SPACE = 0x4143
# Verdicts that put a record on a rule's list (as RecordRepository.flags_for counts them).
FLAG_VERDICTS = ("flag", "fail")

MessageRow = tuple[int, datetime | None, str, str]  # seq, at, role, text
SegmentRow = tuple[int, int, str, str]  # start_ms, end_ms, speaker, text


@dataclass(frozen=True)
class Scope:
    """Which records a version checks: its channel (None: both), a period, a vendor."""

    channel: str | None = None
    started_from: datetime | None = None  # inclusive, aware UTC
    started_before: datetime | None = None  # exclusive, aware UTC
    vendor_id: int | None = None


@dataclass(frozen=True)
class StoredResult:
    version_id: int
    rule: str
    item_id: int | None
    verdict: str
    suggested: float | None
    evidence: list[Any]


@dataclass(frozen=True)
class PackRow:
    name: str
    content: str
    updated_at: datetime
    updated_by: str | None  # login


class AutoCheckRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _dialect(self) -> str:
        return self._s.get_bind().dialect.name

    # ------------------------------------------------------------ one writer at a time
    def lock_version(self, version_id: int) -> None:
        """Hold, until this transaction ends, the right to write one version's results.

        Two runs at once (two desks after a publish, or the GUI and a script) would
        otherwise pick the same records on PostgreSQL and collide on their rows; with the
        lock the second waits for the first's chunk and then sees it done. SQLite needs
        nothing: its write transactions already take turns.
        """
        if self._dialect == "postgresql":
            self._s.execute(
                text("SELECT pg_advisory_xact_lock(:space, :version)"),
                {"space": _LOCK_SPACE, "version": version_id},
            )

    # ------------------------------------------------------------ which records
    def _scope(self, scope: Scope) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if scope.channel is not None:
            conditions.append(Record.channel == scope.channel)
        if scope.started_from is not None:
            conditions.append(Record.started_at >= scope.started_from)
        if scope.started_before is not None:
            conditions.append(Record.started_at < scope.started_before)
        if scope.vendor_id is not None:
            conditions.append(Record.vendor_id == scope.vendor_id)
        return conditions

    @staticmethod
    def _current(version_id: int, fingerprint: str) -> ColumnElement[bool]:
        """The record was checked against this version with these very rules and word lists."""
        return exists().where(
            AutoCheckRun.record_id == Record.id,
            AutoCheckRun.version_id == version_id,
            AutoCheckRun.fingerprint == fingerprint,
        )

    def count_scope(self, scope: Scope) -> int:
        stmt = select(func.count()).select_from(Record).where(*self._scope(scope))
        return int(self._s.scalar(stmt) or 0)

    def count_pending(self, version_id: int, fingerprint: str, scope: Scope) -> int:
        """Records in scope without a run of this version, or with another fingerprint."""
        stmt = (
            select(func.count())
            .select_from(Record)
            .where(*self._scope(scope), ~self._current(version_id, fingerprint))
        )
        return int(self._s.scalar(stmt) or 0)

    def pending(
        self,
        version_id: int,
        fingerprint: str,
        scope: Scope,
        after_id: int,
        limit: int,
        force: bool = False,
    ) -> list[tuple[int, str]]:
        """(record id, channel) of the next ``limit`` records after ``after_id`` (in id
        order) that need a check; with ``force`` every record in scope."""
        conditions = [*self._scope(scope), Record.id > after_id]
        if not force:
            conditions.append(~self._current(version_id, fingerprint))
        stmt = select(Record.id, Record.channel).where(*conditions).order_by(Record.id).limit(limit)
        return [(rid, channel) for rid, channel in self._s.execute(stmt)]

    # ------------------------------------------------------------ raw reads
    def _driver_sql(self, statement: str, params: tuple[Any, ...]) -> Any:
        """Run driver-level SQL in the session's transaction and return its result.

        Through SQLAlchemy, so failures arrive as its errors (and reach the user as one
        line); callers take the rows straight from ``result.cursor``, since building a Row
        per message would cost a second per million.
        """
        return self._s.connection().exec_driver_sql(statement, params)

    def _ids_sql(self, sql: str, ids: Sequence[int]) -> tuple[str, tuple[Any, ...]]:
        """``sql`` with ``{ids}`` standing for "one of ``ids``", in the driver's dialect."""
        if self._dialect == "sqlite":
            return (
                sql.format(ids="IN (SELECT value FROM json_each(?))"),
                (json.dumps(list(ids)),),
            )
        return sql.format(ids="= ANY(%s)"), (list(ids),)

    def _fetch(self, sql: str, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        statement, params = self._ids_sql(sql, ids)
        result = self._driver_sql(statement, params)
        try:
            return result.cursor.fetchall()  # type: ignore[no-any-return]
        finally:
            result.close()

    def messages(self, record_ids: Sequence[int]) -> Iterator[tuple[int, list[MessageRow]]]:
        """(record id, [(seq, at, role, text), ...] in seq order) of the records that have
        messages, in record id order. ``at`` is a datetime (naive UTC on SQLite)."""
        if not record_ids:
            return
        rows = self._fetch(
            "SELECT record_id, seq, at, role, text FROM message"
            " WHERE record_id {ids} ORDER BY record_id, seq",
            record_ids,
        )
        # SQLite hands back the stored text "YYYY-MM-DD HH:MM:SS.ffffff" (UTC by contract).
        parse = datetime.fromisoformat if self._dialect == "sqlite" else None
        current = -1
        group: list[MessageRow] = []
        for record_id, seq, at, role, body in rows:
            if record_id != current:
                if group:
                    yield current, group
                current = record_id
                group = []
            if parse is not None and at is not None:
                at = parse(at)
            group.append((seq, at, role, body))
        if group:
            yield current, group

    def segments(self, record_ids: Sequence[int]) -> Iterator[tuple[int, list[SegmentRow]]]:
        """(record id, [(start_ms, end_ms, speaker, text), ...] in (start, id) order) of the
        records that have segments, in record id order."""
        if not record_ids:
            return
        rows = self._fetch(
            "SELECT record_id, start_ms, end_ms, speaker, text FROM segment"
            " WHERE record_id {ids} ORDER BY record_id, start_ms, id",
            record_ids,
        )
        current = -1
        group: list[SegmentRow] = []
        for record_id, start_ms, end_ms, speaker, body in rows:
            if record_id != current:
                if group:
                    yield current, group
                current = record_id
                group = []
            group.append((start_ms, end_ms, speaker, body))
        if group:
            yield current, group

    def call_durations(self, record_ids: Sequence[int]) -> dict[int, float | None]:
        if not record_ids:
            return {}
        stmt = select(CallInfo.record_id, CallInfo.duration_s).where(
            CallInfo.record_id.in_(list(record_ids))
        )
        return {rid: duration for rid, duration in self._s.execute(stmt)}

    # ------------------------------------------------------------ writing
    def replace(
        self,
        version_id: int,
        record_ids: Sequence[int],
        runs: list[tuple[Any, ...]],
        results: list[tuple[Any, ...]],
    ) -> None:
        """Replace the runs and results of ``record_ids`` for one version.

        ``runs``: rows of RUN_COLUMNS; ``results``: rows of RESULT_COLUMNS (evidence as a
        list of dicts, run_at an aware datetime).
        """
        if not record_ids:
            return
        self._s.flush()
        marker = "?" if self._dialect == "sqlite" else "%s"
        for table in ("autocheck_result", "autocheck_run"):
            statement, params = self._ids_sql(
                f"DELETE FROM {table} WHERE version_id = {marker} AND record_id {{ids}}",
                record_ids,
            )
            self._driver_sql(statement, (version_id, *params)).close()
        bulk = BulkRepository(self._s)
        bulk.insert_rows(AutoCheckRun.__table__, RUN_COLUMNS, runs)  # type: ignore[arg-type]
        bulk.insert_rows(AutoCheckResult.__table__, RESULT_COLUMNS, results)  # type: ignore[arg-type]

    def forget(self, record_ids: Sequence[int]) -> int:
        """Drop the runs of ``record_ids`` (all versions) so the next run checks them again:
        for records whose messages or segments changed. Their old results stay until then."""
        if not record_ids:
            return 0
        result = self._s.execute(
            delete(AutoCheckRun).where(AutoCheckRun.record_id.in_(list(record_ids)))
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ reading results
    def runs_of(self, record_id: int) -> dict[int, str]:
        """Version id → fingerprint of the runs of one record."""
        stmt = select(AutoCheckRun.version_id, AutoCheckRun.fingerprint).where(
            AutoCheckRun.record_id == record_id
        )
        return {vid: fingerprint for vid, fingerprint in self._s.execute(stmt)}

    def results_of(self, record_id: int, version_ids: Sequence[int]) -> list[StoredResult]:
        if not version_ids:
            return []
        stmt = (
            select(
                AutoCheckResult.version_id,
                AutoCheckResult.rule,
                AutoCheckResult.item_id,
                AutoCheckResult.verdict,
                AutoCheckResult.suggested_score,
                AutoCheckResult.evidence,
            )
            .where(
                AutoCheckResult.record_id == record_id,
                AutoCheckResult.version_id.in_(list(version_ids)),
            )
            .order_by(AutoCheckResult.id)
        )
        return [
            StoredResult(
                vid, rule, item_id, verdict, None if score is None else float(score), evidence
            )
            for vid, rule, item_id, verdict, score, evidence in self._s.execute(stmt)
        ]

    def flag_counts(
        self, version_ids: Sequence[int], vendor_id: int | None = None
    ) -> dict[str, int]:
        """Rule key → records failed or flagged by it under any of ``version_ids``."""
        if not version_ids:
            return {}
        stmt = (
            select(AutoCheckResult.rule, func.count(AutoCheckResult.record_id.distinct()))
            .where(
                AutoCheckResult.version_id.in_(list(version_ids)),
                AutoCheckResult.verdict.in_(FLAG_VERDICTS),
            )
            .group_by(AutoCheckResult.rule)
        )
        if vendor_id is not None:
            stmt = stmt.join(Record, Record.id == AutoCheckResult.record_id).where(
                Record.vendor_id == vendor_id
            )
        return {rule: int(n) for rule, n in self._s.execute(stmt)}

    def item_ids(self, version_id: int) -> dict[str, int]:
        """Item code → item id of one checklist version."""
        stmt = (
            select(ChecklistItem.code, ChecklistItem.id)
            .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
            .where(ChecklistSection.version_id == version_id)
        )
        return {code: item_id for code, item_id in self._s.execute(stmt)}

    def record_scope(self, record_id: int) -> tuple[str, int] | None:
        """(channel, vendor id) of a record, or None when there is no such record."""
        row = self._s.execute(
            select(Record.channel, Record.vendor_id).where(Record.id == record_id)
        ).first()
        return None if row is None else (row[0], row[1])

    # ------------------------------------------------------------ word lists
    def packs(self) -> list[PackRow]:
        stmt = select(RulePack.name, RulePack.content, RulePack.updated_at, User.login).outerjoin(
            User, User.id == RulePack.updated_by
        )
        return [PackRow(*row) for row in self._s.execute(stmt)]

    def pack(self, name: str) -> RulePack | None:
        return self._s.scalar(select(RulePack).where(RulePack.name == name))

    def save_pack(self, name: str, content: str, user_id: int | None, at: datetime) -> None:
        pack = self.pack(name)
        if pack is None:
            self._s.add(RulePack(name=name, content=content, updated_by=user_id, updated_at=at))
        else:
            pack.content = content
            pack.updated_by = user_id
            pack.updated_at = at
        self._s.flush()

    def delete_pack(self, name: str) -> bool:
        pack = self.pack(name)
        if pack is None:
            return False
        self._s.delete(pack)
        self._s.flush()
        return True
