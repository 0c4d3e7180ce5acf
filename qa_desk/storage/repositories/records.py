"""Queries over imported records: filtered keyset pages sorted in SQL, counts, one record's
detail, the categories and auto-check rules in use, and the upkeep of the search index.

Paging is by keyset, never OFFSET, so the last page of a million records costs what the
first does. A sort key K pages in up to three steps, each a plain index range:
1. the rest of the cursor's group: ``K = value AND id > last_id`` ordered by id;
2. the following groups: ``K > value`` ordered by (K, id);
3. records without a K (NULL), ordered by id: empty values come last in both directions.
Written as one row-value comparison ``(K, id) > (value, id)`` SQLite would use the index
for K only and scan the whole group, which is slow for keys with few distinct values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, exists, func, or_, select, text, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from qa_desk.storage import search
from qa_desk.storage.models import (
    Agent,
    AutoCheckResult,
    CallInfo,
    Checklist,
    ChecklistVersion,
    Message,
    Record,
    Segment,
    Team,
    Vendor,
)

# Verdicts that put a record on a rule's list.
FLAG_VERDICTS = ("flag", "fail")

# What a page row carries (plus ``sort_code`` for joined sort keys). Only record columns:
# a LEFT JOIN here would keep SQLite from reordering the joins of the sort keys.
_ROW_COLUMNS = (
    Record.id,
    Record.channel,
    Record.source,
    Record.external_id,
    Record.vendor_id,
    Record.agent_id,
    Record.started_at,
    Record.ended_at,
    Record.message_count,
    Record.first_response_s,
    Record.category,
    Record.csat,
    Record.waybill_no,
    Record.customer_ref,
)

# A page cursor: (sort key, descending, in the NULL part, key value, record id). For keys
# sorted by a joined table's code the value is (code, id of the joined row).
Cursor = tuple[str, bool, bool, Any, int]


@dataclass(frozen=True)
class RecordQuery:
    """Which records, in database terms (UTC bounds, ids). Empty tuples mean "any"."""

    started_from: datetime | None = None  # inclusive, aware UTC
    started_before: datetime | None = None  # exclusive, aware UTC
    vendor_ids: tuple[int, ...] = ()
    team_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    channel: str | None = None
    categories: tuple[str, ...] = ()
    csat: tuple[int, ...] = ()  # 1..5; 0 = no rating
    terms: tuple[str, ...] = ()  # each must occur in the record's messages or segments
    flags: tuple[str, ...] = ()  # rule keys; a flagged or failed result of one of them
    any_flag: bool = False  # a flagged or failed result of any rule
    # The checklist versions whose results count for ``flags``/``any_flag`` (the active ones).
    flag_versions: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Key:
    """A sort key: a record column, or a joined table's code reached through a record FK."""

    column: InstrumentedAttribute[Any]  # the record column (the FK for joined keys)
    nullable: bool
    joined: type[Agent] | type[Vendor] | None = None
    code: InstrumentedAttribute[Any] | None = None


SORT_KEYS: dict[str, _Key] = {
    "started_at": _Key(Record.started_at, nullable=False),
    "agent": _Key(Record.agent_id, nullable=True, joined=Agent, code=Agent.employee_id),
    "vendor": _Key(Record.vendor_id, nullable=False, joined=Vendor, code=Vendor.code),
    "category": _Key(Record.category, nullable=True),
    "csat": _Key(Record.csat, nullable=True),
    "first_response_s": _Key(Record.first_response_s, nullable=True),
    "message_count": _Key(Record.message_count, nullable=False),
    "external_id": _Key(Record.external_id, nullable=False),
}


@dataclass(frozen=True)
class AgentNames:
    employee_id: str
    name: str
    team_name: str | None


class RecordRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # ------------------------------------------------------------ filtering
    def conditions(self, q: RecordQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if q.started_from is not None:
            conditions.append(Record.started_at >= q.started_from)
        if q.started_before is not None:
            conditions.append(Record.started_at < q.started_before)
        if q.vendor_ids:
            conditions.append(Record.vendor_id.in_(q.vendor_ids))
        if q.team_ids:
            team_agents = select(Agent.id).where(Agent.team_id.in_(q.team_ids))
            conditions.append(Record.agent_id.in_(team_agents))
        if q.agent_ids:
            conditions.append(Record.agent_id.in_(q.agent_ids))
        if q.channel is not None:
            conditions.append(Record.channel == q.channel)
        if q.categories:
            conditions.append(Record.category.in_(q.categories))
        if q.csat:
            ratings = sorted({c for c in q.csat if c})
            parts: list[ColumnElement[bool]] = []
            if ratings:
                parts.append(Record.csat.in_(ratings))
            if 0 in q.csat:
                parts.append(Record.csat.is_(None))
            conditions.append(or_(*parts))
        if q.flags or q.any_flag:
            # Correlated on the (record, version, rule) unique index: one probe per record.
            found = [
                AutoCheckResult.record_id == Record.id,
                AutoCheckResult.version_id.in_(q.flag_versions),
                AutoCheckResult.verdict.in_(FLAG_VERDICTS),
            ]
            if not q.any_flag:
                found.append(AutoCheckResult.rule.in_(q.flags))
            conditions.append(exists().where(*found))
        if q.terms:
            fts = search.has_fts(self._s)
            conditions.extend(
                search.term_condition(self._s, Record.id, term, fts) for term in q.terms
            )
        return conditions

    def count(self, q: RecordQuery) -> int:
        stmt = select(func.count()).select_from(Record).where(*self.conditions(q))
        return int(self._s.scalar(stmt) or 0)

    # ------------------------------------------------------------ pages
    def page(
        self,
        q: RecordQuery,
        sort: str,
        descending: bool,
        after: Cursor | None,
        limit: int,
    ) -> tuple[list[Row[Any]], Cursor | None]:
        """Up to ``limit`` rows after the cursor, and the cursor of the next page (or None)."""
        key = SORT_KEYS[sort]
        base = self.conditions(q)
        want = limit + 1  # one more than asked tells whether another page exists
        rows: list[Row[Any]] = []
        in_nulls: list[bool] = []
        null_part, value, last_id = (after[2], after[3], after[4]) if after else (False, None, 0)
        past_id = Record.id < last_id if descending else Record.id > last_id
        by_id = Record.id.desc() if descending else Record.id.asc()

        def take(stmt: Select[Any], nulls: bool) -> None:
            got = list(self._s.execute(stmt.limit(want - len(rows))))
            rows.extend(got)
            in_nulls.extend([nulls] * len(got))

        if not null_part:
            if after is not None:
                group = value[1] if key.joined is not None else value
                take(self._select(key, base, key.column == group, past_id).order_by(by_id), False)
            if len(rows) < want:
                sort_value = key.code if key.code is not None else key.column
                beyond: list[ColumnElement[bool]] = []
                if after is None:
                    if key.nullable:
                        beyond.append(sort_value.is_not(None))
                else:
                    bound = value[0] if key.joined is not None else value
                    beyond.append(sort_value < bound if descending else sort_value > bound)
                ordered = sort_value.desc() if descending else sort_value.asc()
                if key.joined is not None and self._dialect == "postgresql":
                    take(self._lateral(key, base, beyond, descending, want - len(rows)), False)
                else:
                    take(self._select(key, base, *beyond).order_by(ordered, by_id), False)
        if key.nullable and len(rows) < want:
            conditions = [key.column.is_(None)]
            if null_part:
                conditions.append(past_id)
            # No join: these records have no joined row to sort by.
            take(select(*_ROW_COLUMNS).where(*base, *conditions).order_by(by_id), True)

        if len(rows) <= limit:
            return rows, None
        last = rows[limit - 1]
        if in_nulls[limit - 1]:
            cursor_value: Any = None
        elif key.joined is not None:
            cursor_value = (last.sort_code, getattr(last, key.column.key))
        else:
            cursor_value = getattr(last, key.column.key)
        return rows[:limit], (sort, descending, in_nulls[limit - 1], cursor_value, last.id)

    def _select(
        self, key: _Key, base: Sequence[ColumnElement[bool]], *more: ColumnElement[bool]
    ) -> Select[Any]:
        stmt = select(*_ROW_COLUMNS)
        if key.joined is not None and key.code is not None:
            stmt = stmt.add_columns(key.code.label("sort_code")).join(
                key.joined, key.joined.id == key.column
            )
        return stmt.where(*base, *more)

    def _lateral(
        self,
        key: _Key,
        base: Sequence[ColumnElement[bool]],
        beyond: Sequence[ColumnElement[bool]],
        descending: bool,
        limit: int,
    ) -> Select[Any]:
        """PostgreSQL, joined sort keys: at most ``limit`` records per joined row, each
        taken in id order from the (FK, id) index.

        A plain join makes PostgreSQL read and sort a whole vendor's records to find the
        first few (its nested loops do not keep the inner index order); walking the joined
        table in code order with a LATERAL subquery stops as soon as the page is full.
        """
        assert key.joined is not None and key.code is not None
        by_id = Record.id.desc() if descending else Record.id.asc()
        inner = (
            select(*_ROW_COLUMNS)
            .where(*base, key.column == key.joined.id)
            .order_by(by_id)
            .limit(limit)
            .lateral()
        )
        code = key.code.desc() if descending else key.code.asc()
        inner_id = inner.c.id.desc() if descending else inner.c.id.asc()
        return (
            select(inner, key.code.label("sort_code"))
            .select_from(key.joined)
            .join(inner, true())
            .where(*beyond)
            .order_by(code, inner_id)
        )

    @property
    def _dialect(self) -> str:
        return self._s.get_bind().dialect.name

    # ------------------------------------------------------------ one record
    def record_row(self, record_id: int) -> Row[Any] | None:
        return self._s.execute(select(*_ROW_COLUMNS).where(Record.id == record_id)).first()

    def messages(self, record_id: int) -> list[Message]:
        stmt = select(Message).where(Message.record_id == record_id).order_by(Message.seq)
        return list(self._s.scalars(stmt))

    def segments(self, record_id: int) -> list[Segment]:
        stmt = (
            select(Segment)
            .where(Segment.record_id == record_id)
            .order_by(Segment.start_ms, Segment.id)
        )
        return list(self._s.scalars(stmt))

    def call_info(self, record_id: int) -> CallInfo | None:
        return self._s.get(CallInfo, record_id)

    # ------------------------------------------------------------ names and flags
    def call_durations(self, record_ids: Sequence[int]) -> dict[int, float | None]:
        """Durations of the calls among ``record_ids``."""
        if not record_ids:
            return {}
        stmt = select(CallInfo.record_id, CallInfo.duration_s).where(
            CallInfo.record_id.in_(sorted(set(record_ids)))
        )
        return {rid: duration for rid, duration in self._s.execute(stmt)}

    def vendor_codes(self) -> dict[int, str]:
        return {vid: code for vid, code in self._s.execute(select(Vendor.id, Vendor.code))}

    def agent_names(self, agent_ids: Sequence[int]) -> dict[int, AgentNames]:
        if not agent_ids:
            return {}
        stmt = (
            select(Agent.id, Agent.employee_id, Agent.name, Team.name)
            .outerjoin(Team, Team.id == Agent.team_id)
            .where(Agent.id.in_(sorted(set(agent_ids))))
        )
        return {aid: AgentNames(emp, name, team) for aid, emp, name, team in self._s.execute(stmt)}

    def flags_for(
        self, record_ids: Sequence[int], version_ids: Sequence[int]
    ) -> dict[int, tuple[str, ...]]:
        """Rules of the given checklist versions that flagged or failed each record (records
        without any are left out)."""
        if not record_ids or not version_ids:
            return {}
        stmt = (
            select(AutoCheckResult.record_id, AutoCheckResult.rule)
            .where(
                AutoCheckResult.record_id.in_(sorted(set(record_ids))),
                AutoCheckResult.version_id.in_(sorted(set(version_ids))),
                AutoCheckResult.verdict.in_(FLAG_VERDICTS),
            )
            .distinct()
        )
        found: dict[int, set[str]] = {}
        for record_id, rule in self._s.execute(stmt):
            found.setdefault(record_id, set()).add(rule)
        return {rid: tuple(sorted(rules)) for rid, rules in found.items()}

    # ------------------------------------------------------------ distinct values
    def categories(self, vendor_id: int | None = None) -> list[str]:
        """Categories in use (of one vendor's records when given), sorted."""
        return self._distinct("record", "category", vendor_id)

    def active_version_ids(self) -> list[int]:
        """The published version of every active checklist: the ones whose automatic
        checks count (a retired version's results stay stored but are no longer shown)."""
        stmt = (
            select(ChecklistVersion.id)
            .join(Checklist, Checklist.id == ChecklistVersion.checklist_id)
            .where(ChecklistVersion.status == "published", Checklist.active.is_(True))
            .order_by(ChecklistVersion.id)
        )
        return list(self._s.scalars(stmt))

    def has_flag_results(self, version_ids: Sequence[int]) -> bool:
        """Whether any record failed or was flagged by a rule of these versions."""
        if not version_ids:
            return False
        stmt = (
            select(AutoCheckResult.id)
            .where(
                AutoCheckResult.version_id.in_(sorted(set(version_ids))),
                AutoCheckResult.verdict.in_(FLAG_VERDICTS),
            )
            .limit(1)
        )
        return self._s.execute(stmt).first() is not None

    def flag_rules(self, version_ids: Sequence[int]) -> list[str]:
        """Rule keys of these versions that failed or flagged some record, sorted.

        Walks the rule index one key at a time (a probe per key until a failed or flagged
        row of one of the versions turns up) instead of reading every result.
        """
        if not version_ids:
            return []
        versions = ", ".join(str(int(v)) for v in sorted(set(version_ids)))
        verdicts = ", ".join(f"'{v}'" for v in FLAG_VERDICTS)
        where = f"version_id IN ({versions}) AND verdict IN ({verdicts})"
        sql = (
            f"WITH RECURSIVE walk(v) AS ("
            f" SELECT (SELECT rule FROM autocheck_result WHERE {where} ORDER BY rule LIMIT 1)"
            f" UNION ALL"
            f" SELECT (SELECT rule FROM autocheck_result WHERE rule > walk.v AND {where}"
            f" ORDER BY rule LIMIT 1)"
            f" FROM walk WHERE walk.v IS NOT NULL"
            f") SELECT v FROM walk WHERE v IS NOT NULL"
        )
        return sorted(self._s.scalars(text(sql)))

    def _distinct(self, table: str, column: str, vendor_id: int | None) -> list[str]:
        """Distinct values by hopping through the column's index (one probe per value), which
        over a million rows is milliseconds where SELECT DISTINCT reads the whole index."""
        scope = "" if vendor_id is None else " AND vendor_id = :vendor_id"
        sql = (
            f"WITH RECURSIVE walk(v) AS ("
            f" SELECT MIN({column}) FROM {table} WHERE {column} IS NOT NULL{scope}"
            f" UNION ALL"
            f" SELECT (SELECT MIN({column}) FROM {table} WHERE {column} > walk.v{scope})"
            f" FROM walk WHERE walk.v IS NOT NULL"
            f") SELECT v FROM walk WHERE v IS NOT NULL"
        )
        params = {} if vendor_id is None else {"vendor_id": vendor_id}
        return sorted(self._s.scalars(text(sql), params))

    # ------------------------------------------------------------ planner statistics
    def statistics_stale(self, drift: float = 0.2) -> bool:
        """SQLite: whether the query planner's figures of the record table are missing, or
        its size moved by more than ``drift`` since they were taken.

        Without them SQLite takes any equality filter for selective: a vendor filter sorted
        by agent then reads and sorts a fifth of the table for every page instead of
        walking the sort index. PostgreSQL's autovacuum keeps its figures by itself.
        """
        if self._dialect != "sqlite":
            return False
        has_stats = self._s.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
        ).first()
        stat = None
        if has_stats:
            stat = self._s.scalar(
                text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'record' AND idx IS NOT NULL")
            )
        rows = self.count(RecordQuery())
        if not stat:
            return rows > 0
        measured = int(stat.split()[0])
        return abs(rows - measured) > drift * max(measured, 1000)

    def measure_statistics(self) -> None:
        """SQLite: take the planner's figures of the record table (about 3 s per million)."""
        if self._dialect == "sqlite":
            self._s.execute(text("ANALYZE record"))

    # ------------------------------------------------------------ search index upkeep
    def search_pending(self) -> int:
        return search.pending(self._s)

    def index_search_chunk(self, size: int) -> int:
        return search.index_chunk(self._s, size)
