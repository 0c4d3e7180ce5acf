"""Sampling: the population a plan draws from, the risk signals of its records, and the
plans, samples and sample items that draws leave behind.

The population is the records a ``RecordQuery`` selects (the Records page's own conditions)
minus those already inspected against any version of the sampled checklist. It can hold a
million records, so nothing here builds a row object per record: strata are counted with
GROUP BY, and the record ids of each stratum come back as ONE aggregated text per stratum
(``group_concat`` on SQLite, ``string_agg`` on PostgreSQL) that is parsed as a JSON array —
measured on 1,000,000 records about three times cheaper than fetching the ids as rows.

"Already inspected" is ``NOT IN (subquery)`` on SQLite (the subquery evaluated once, where a
correlated ``NOT EXISTS`` would probe the inspection index per record) and ``NOT EXISTS`` on
PostgreSQL (a hash anti-join whatever the number of inspections).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    case,
    cast,
    exists,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from qa_desk.storage.models import (
    Agent,
    AutoCheckResult,
    ChecklistVersion,
    Inspection,
    Record,
    Sample,
    SampleItem,
    SamplingPlan,
    User,
    Vendor,
)
from qa_desk.storage.repositories.bulk import BulkRepository
from qa_desk.storage.repositories.records import FLAG_VERDICTS, RecordQuery, RecordRepository

# The auto-check key whose firing weighs most in a record's risk (risk keywords).
RISK_KEY = "risk"
# Lists of ids sent as IN (...) parameters go in chunks (SQLite caps the parameters).
_ID_CHUNK = 5000

ITEM_COLUMNS = (
    "sample_id",
    "record_id",
    "stratum",
    "weight",
    "part",
    "reason",
    "assigned_to",
    "assigned_at",
)

_STRATUM_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "agent": Record.agent_id,
    "vendor": Record.vendor_id,
}


@dataclass(frozen=True)
class Population:
    """Which records a draw may pick: ``query``'s records not yet inspected against any
    version of checklist ``checklist_id``."""

    query: RecordQuery
    checklist_id: int


@dataclass(frozen=True)
class RecordDetail:
    """What a sample item shows of its record."""

    id: int
    external_id: str
    channel: str
    started_at: datetime
    agent_id: int | None
    vendor_id: int


@dataclass(frozen=True)
class ItemRow:
    id: int
    sample_id: int
    record_id: int
    external_id: str
    channel: str
    started_at: datetime
    agent: str | None  # employee id
    agent_id: int | None
    vendor: str  # code
    vendor_id: int
    stratum: str | None
    weight: float
    part: str
    reason: str  # JSON text
    assigned_to: int | None
    assignee: str | None  # login
    inspection_id: int | None
    inspection_status: str | None


@dataclass(frozen=True)
class SampleRow:
    id: int
    plan_id: int | None
    plan_name: str | None
    purpose: str
    drawn_at: datetime
    drawn_by: str | None  # login
    period_from: datetime | None
    period_to: datetime | None
    population: int
    seed: int
    method: str
    params: dict[str, Any]
    version_id: int | None
    size: int
    done: int


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    role: str
    vendor_id: int | None
    active: bool


def _parse_ids(text: str | None) -> list[int]:
    """The aggregated "1,5,9" text as a sorted list of ints (json.loads parses it in C)."""
    if not text:
        return []
    ids: list[int] = json.loads("[" + text + "]")
    # Scanned in an index's order, not the id's: nearly sorted, so this is cheap.
    ids.sort()
    return ids


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _ID_CHUNK):
        yield ordered[start : start + _ID_CHUNK]


class SamplingRepository:
    def __init__(self, session: Session, records: RecordRepository, bulk: BulkRepository) -> None:
        self._s = session
        self._records = records
        self._bulk = bulk

    @property
    def _dialect(self) -> str:
        return self._s.get_bind().dialect.name

    # ------------------------------------------------------------ the population
    @staticmethod
    def _inspected(checklist_id: int) -> Select[Any]:
        """Records with an inspection (any status) against a version of the checklist."""
        return (
            select(Inspection.record_id)
            .join(ChecklistVersion, ChecklistVersion.id == Inspection.version_id)
            .where(ChecklistVersion.checklist_id == checklist_id)
        )

    def _matching(self, pop: Population) -> list[ColumnElement[bool]]:
        """The filter's conditions, built exactly as the Records page builds them."""
        return self._records.conditions(pop.query)

    def _where(self, pop: Population) -> list[ColumnElement[bool]]:
        return [*self._matching(pop), self._not_inspected(pop.checklist_id)]

    def _not_inspected(self, checklist_id: int) -> ColumnElement[bool]:
        """The record has no inspection against a version of the checklist.

        SQLite evaluates ``NOT IN (subquery)`` once, into an index probed per record.
        PostgreSQL hashes it only while it fits in work_mem and otherwise rescans it per
        record, so there it is ``NOT EXISTS``, which it plans as a hash anti-join at any size.
        """
        if self._dialect == "postgresql":
            versions = select(ChecklistVersion.id).where(
                ChecklistVersion.checklist_id == checklist_id
            )
            return ~exists().where(
                Inspection.record_id == Record.id, Inspection.version_id.in_(versions)
            )
        return Record.id.not_in(self._inspected(checklist_id))

    def count(self, pop: Population) -> int:
        """How many records the draw may pick from (the benchmark's baseline query)."""
        stmt = select(func.count()).select_from(Record).where(*self._where(pop))
        return int(self._s.scalar(stmt) or 0)

    def count_inspected(self, pop: Population) -> int:
        """How many records the filter selects that are left out as already inspected
        (driven from the inspections: a lookup each, not a scan of the records)."""
        stmt = (
            select(func.count())
            .select_from(Record)
            .where(*self._matching(pop), Record.id.in_(self._inspected(pop.checklist_id)))
        )
        return int(self._s.scalar(stmt) or 0)

    def strata_counts(self, pop: Population, by: str) -> dict[int | None, int]:
        """Records per agent id or vendor id (``by``); NULL agents under None."""
        column = _STRATUM_COLUMNS[by]
        stmt = select(column, func.count()).where(*self._where(pop)).group_by(column)
        return {key: int(n) for key, n in self._s.execute(stmt)}

    def _id_list(self) -> ColumnElement[Any]:
        """The aggregate that turns a group's record ids into one "1,5,9" text."""
        if self._dialect == "postgresql":
            return func.string_agg(cast(Record.id, String), literal(","))
        return func.group_concat(Record.id)

    def ids_by(self, pop: Population, by: Sequence[str]) -> dict[tuple[Any, ...], list[int]]:
        """The population's record ids, sorted, per value of the ``by`` columns ("agent",
        "vendor"; none: one group keyed ``()``)."""
        columns = [_STRATUM_COLUMNS[name] for name in by]
        stmt = select(*columns, self._id_list()).where(*self._where(pop))
        if columns:
            stmt = stmt.group_by(*columns)
        out: dict[tuple[Any, ...], list[int]] = {}
        for row in self._s.execute(stmt):
            ids = _parse_ids(row[-1])
            if ids:
                out[tuple(row[:-1])] = ids
        return out

    # ------------------------------------------------------------ risk signals
    def flag_counts(self, pop: Population, version_id: int) -> dict[int, tuple[int, bool]]:
        """Record id → (failed or flagged results of the version, whether the risk key
        fired), for the population's records that have any."""
        fired = func.max(case((AutoCheckResult.rule == RISK_KEY, 1), else_=0))
        stmt = (
            select(AutoCheckResult.record_id, func.count(), fired)
            .join(Record, Record.id == AutoCheckResult.record_id)
            .where(
                AutoCheckResult.version_id == version_id,
                AutoCheckResult.verdict.in_(FLAG_VERDICTS),
                *self._where(pop),
            )
            .group_by(AutoCheckResult.record_id)
        )
        return {rid: (int(n), bool(risk)) for rid, n, risk in self._s.execute(stmt)}

    def low_csat(self, pop: Population, at_most: int) -> dict[int, int]:
        """Record id → satisfaction, for the population's records rated ``at_most`` or lower."""
        stmt = select(Record.id, Record.csat).where(*self._where(pop), Record.csat <= at_most)
        return {rid: int(csat) for rid, csat in self._s.execute(stmt)}

    # ------------------------------------------------------------ names
    def records(self, record_ids: Sequence[int]) -> dict[int, RecordDetail]:
        out: dict[int, RecordDetail] = {}
        for chunk in _chunks(record_ids):
            stmt = select(
                Record.id,
                Record.external_id,
                Record.channel,
                Record.started_at,
                Record.agent_id,
                Record.vendor_id,
            ).where(Record.id.in_(chunk))
            for row in self._s.execute(stmt):
                out[row.id] = RecordDetail(*row)
        return out

    def agent_keys(self) -> dict[int, str]:
        """Agent id → employee id (the agent strata's keys)."""
        return {aid: emp for aid, emp in self._s.execute(select(Agent.id, Agent.employee_id))}

    def vendor_keys(self) -> dict[int, str]:
        """Vendor id → code (the vendor strata's keys)."""
        return {vid: code for vid, code in self._s.execute(select(Vendor.id, Vendor.code))}

    def users(self, user_ids: Iterable[int] | None = None) -> list[UserRow]:
        """Users (all of them, or those of ``user_ids``), by login."""
        stmt = select(User.id, User.login, User.role, User.vendor_id, User.active).order_by(
            User.login
        )
        if user_ids is not None:
            stmt = stmt.where(User.id.in_(sorted(set(user_ids))))
        return [UserRow(*row) for row in self._s.execute(stmt)]

    def checklist_of_version(self, version_id: int) -> int | None:
        stmt = select(ChecklistVersion.checklist_id).where(ChecklistVersion.id == version_id)
        return self._s.scalar(stmt)

    # ------------------------------------------------------------ plans
    def plan(self, plan_id: int) -> SamplingPlan | None:
        return self._s.get(SamplingPlan, plan_id)

    def plan_by_name(self, name: str) -> SamplingPlan | None:
        return self._s.scalars(select(SamplingPlan).where(SamplingPlan.name == name)).first()

    def plans(self) -> list[SamplingPlan]:
        stmt = (
            select(SamplingPlan)
            .where(SamplingPlan.active.is_(True))
            .order_by(SamplingPlan.name, SamplingPlan.id)
        )
        return list(self._s.scalars(stmt))

    def add_plan(self, plan: SamplingPlan) -> SamplingPlan:
        self._s.add(plan)
        self._s.flush()
        return plan

    def last_drawn(self) -> dict[int, datetime]:
        """Plan id → when it was last drawn."""
        stmt = (
            select(Sample.plan_id, func.max(Sample.drawn_at))
            .where(Sample.plan_id.is_not(None))
            .group_by(Sample.plan_id)
        )
        return {pid: at for pid, at in self._s.execute(stmt)}

    # ------------------------------------------------------------ samples
    def add_sample(self, sample: Sample) -> int:
        self._s.add(sample)
        self._s.flush()
        return sample.id

    def add_items(self, rows: Sequence[Sequence[Any]]) -> int:
        """Sample items as tuples in ``ITEM_COLUMNS`` order, in one bulk insert."""
        return self._bulk.insert_rows(SampleItem.__table__, ITEM_COLUMNS, rows)  # type: ignore[arg-type]

    def sample(self, sample_id: int) -> Sample | None:
        return self._s.get(Sample, sample_id)

    def samples(
        self, vendor_id: int | None = None, sample_id: int | None = None
    ) -> list[SampleRow]:
        """Samples (all, or the one ``sample_id``), newest first, with their size and
        submitted inspections; with ``vendor_id`` only the samples holding records of that
        vendor, counted on those."""
        sizes = select(SampleItem.sample_id, func.count().label("n")).group_by(SampleItem.sample_id)
        done = (
            select(SampleItem.sample_id, func.count(SampleItem.id.distinct()).label("n"))
            .join(Inspection, Inspection.sample_item_id == SampleItem.id)
            .where(Inspection.status == "submitted")
            .group_by(SampleItem.sample_id)
        )
        if sample_id is not None:
            sizes = sizes.where(SampleItem.sample_id == sample_id)
            done = done.where(SampleItem.sample_id == sample_id)
        if vendor_id is not None:
            sizes = sizes.join(Record, Record.id == SampleItem.record_id).where(
                Record.vendor_id == vendor_id
            )
            done = done.join(Record, Record.id == SampleItem.record_id).where(
                Record.vendor_id == vendor_id
            )
        size_of = {sid: int(n) for sid, n in self._s.execute(sizes)}
        done_of = {sid: int(n) for sid, n in self._s.execute(done)}
        stmt = (
            select(Sample, SamplingPlan.name, User.login)
            .outerjoin(SamplingPlan, SamplingPlan.id == Sample.plan_id)
            .outerjoin(User, User.id == Sample.drawn_by)
            .order_by(Sample.drawn_at.desc(), Sample.id.desc())
        )
        if sample_id is not None:
            stmt = stmt.where(Sample.id == sample_id)
        out = []
        for sample, plan_name, login in self._s.execute(stmt):
            if vendor_id is not None and sample.id not in size_of:
                continue
            out.append(self._sample_row(sample, plan_name, login, size_of, done_of))
        return out

    def sample_row(self, sample_id: int, vendor_id: int | None = None) -> SampleRow | None:
        found = self.samples(vendor_id, sample_id)
        return found[0] if found else None

    @staticmethod
    def _sample_row(
        sample: Sample,
        plan_name: str | None,
        login: str | None,
        size_of: dict[int, int],
        done_of: dict[int, int],
    ) -> SampleRow:
        return SampleRow(
            id=sample.id,
            plan_id=sample.plan_id,
            plan_name=plan_name,
            purpose=sample.purpose,
            drawn_at=sample.drawn_at,
            drawn_by=login,
            period_from=sample.period_from,
            period_to=sample.period_to,
            population=sample.population_count,
            seed=sample.seed,
            method=sample.method,
            params=dict(sample.params or {}),
            version_id=sample.checklist_version_id,
            size=size_of.get(sample.id, 0),
            done=done_of.get(sample.id, 0),
        )

    def items(
        self,
        sample_id: int | None = None,
        item_ids: Sequence[int] | None = None,
        vendor_id: int | None = None,
    ) -> list[ItemRow]:
        """Items of one sample (or the given items) in drawing order, with their record,
        assignee and inspection (the latest, if several)."""
        stmt = (
            select(
                SampleItem.id,
                SampleItem.sample_id,
                SampleItem.record_id,
                Record.external_id,
                Record.channel,
                Record.started_at,
                Agent.employee_id,
                Record.agent_id,
                Vendor.code,
                Record.vendor_id,
                SampleItem.stratum,
                SampleItem.weight,
                SampleItem.part,
                SampleItem.reason,
                SampleItem.assigned_to,
                User.login,
            )
            .join(Record, Record.id == SampleItem.record_id)
            .join(Vendor, Vendor.id == Record.vendor_id)
            .outerjoin(Agent, Agent.id == Record.agent_id)
            .outerjoin(User, User.id == SampleItem.assigned_to)
            .order_by(SampleItem.id)
        )
        if sample_id is not None:
            stmt = stmt.where(SampleItem.sample_id == sample_id)
        if vendor_id is not None:
            stmt = stmt.where(Record.vendor_id == vendor_id)
        rows: list[Any] = []
        if item_ids is not None:
            for chunk in _chunks(item_ids):
                rows += self._s.execute(stmt.where(SampleItem.id.in_(chunk))).all()
            rows.sort(key=lambda r: r.id)
        else:
            rows = list(self._s.execute(stmt))
        inspections = self._inspections([r.id for r in rows])
        return [
            ItemRow(*row, *inspections.get(row.id, (None, None)))  # type: ignore[misc]
            for row in rows
        ]

    def _inspections(self, item_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
        """Item id → (inspection id, status) of its latest inspection."""
        found: dict[int, tuple[int, str]] = {}
        for chunk in _chunks(item_ids):
            stmt = (
                select(Inspection.sample_item_id, Inspection.id, Inspection.status)
                .where(Inspection.sample_item_id.in_(chunk))
                .order_by(Inspection.id)
            )
            for item_id, inspection_id, status in self._s.execute(stmt):
                found[item_id] = (inspection_id, status)
        return found

    def item_ids(self, sample_id: int) -> dict[int, int]:
        """Record id → item id of one sample."""
        stmt = select(SampleItem.record_id, SampleItem.id).where(SampleItem.sample_id == sample_id)
        return {rid: iid for rid, iid in self._s.execute(stmt)}

    # ------------------------------------------------------------ assignment
    def assign(self, item_ids: Sequence[int], user_id: int | None, at: datetime | None) -> None:
        for chunk in _chunks(item_ids):
            self._s.execute(
                update(SampleItem)
                .where(SampleItem.id.in_(chunk))
                .values(assigned_to=user_id, assigned_at=at)
            )

    def open_workload(self) -> dict[int, int]:
        """User id → items assigned to them whose inspection is not submitted (none started,
        a draft, or reopened)."""
        submitted = select(Inspection.sample_item_id).where(
            Inspection.status == "submitted", Inspection.sample_item_id.is_not(None)
        )
        stmt = (
            select(SampleItem.assigned_to, func.count())
            .where(SampleItem.assigned_to.is_not(None), SampleItem.id.not_in(submitted))
            .group_by(SampleItem.assigned_to)
        )
        return {uid: int(n) for uid, n in self._s.execute(stmt)}
