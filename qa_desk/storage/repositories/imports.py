"""What an import needs from the database, inside its one write transaction.

Lookups (vendors, agents, records already imported under a source, the messages and
segments they hold), import profiles and batches, and the few set-wise writes an import does
besides the bulk inserts of :class:`~qa_desk.storage.repositories.bulk.BulkRepository`:
reserving record ids, writing or correcting record rows at the end, renumbering messages.

Record ids are handed out by the import itself so that messages can be written as their
conversation appears, long before the conversation's record row is final:
- SQLite: the write transaction holds the database lock, so ``max(id) + 1…`` is free, and
  foreign keys are checked at commit (``PRAGMA defer_foreign_keys``): the record rows are
  written once, at the end, with their final values.
- PostgreSQL checks foreign keys at once, so a record row is written (with what is known so
  far) before its first messages, ids come from the table's sequence, and the final values
  are applied at the end with one ``UPDATE … FROM`` over a temporary table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Column, MetaData, Table, bindparam, delete, func, select, text, update
from sqlalchemy.orm import Session

from qa_desk.storage.models import (
    Agent,
    AutoCheckRun,
    ImportBatch,
    ImportProfile,
    Message,
    Record,
    Segment,
    User,
    Vendor,
)
from qa_desk.storage.repositories.bulk import RECORD_COLUMNS, BulkRepository

_PG_IMPORT_LOCK = 0x1A9017  # serialises imports across PostgreSQL clients
_IN_BATCH = 500  # ids per IN (...) list: far below every backend's parameter limit

# The record columns an import corrects at the end (everything but the identity columns).
FINAL_COLUMNS = tuple(
    c for c in RECORD_COLUMNS if c not in {"source", "external_id", "channel", "import_batch_id"}
)


def _batched(values: Sequence[Any], size: int = _IN_BATCH) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class ImportRepository:
    def __init__(self, session: Session, bulk: BulkRepository) -> None:
        self._s = session
        self._bulk = bulk
        self._next_id: int | None = None

    @property
    def dialect(self) -> str:
        return self._s.get_bind().dialect.name

    @property
    def records_deferred(self) -> bool:
        """True when record rows are written at the end (SQLite), False when first (PostgreSQL)."""
        return self.dialect == "sqlite"

    # ------------------------------------------------------------ transaction set-up
    def begin_import(self) -> None:
        """Take the import lock and let record rows follow their messages where possible."""
        if self.dialect == "postgresql":
            # Two clients importing the same file would both find its records new.
            self._s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_IMPORT_LOCK})
        elif self.dialect == "sqlite":
            # Reset by SQLite at COMMIT/ROLLBACK; checked in full before the commit succeeds.
            self._s.execute(text("PRAGMA defer_foreign_keys = ON"))

    def reserve_record_ids(self, count: int) -> list[int]:
        """``count`` unused record ids for rows this transaction will insert."""
        if count <= 0:
            return []
        if self.dialect == "postgresql":
            rows = self._s.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence('record', 'id')) "
                    "FROM generate_series(1, :n)"
                ),
                {"n": count},
            )
            return [int(r[0]) for r in rows]
        if self._next_id is None:
            # The write transaction holds SQLite's lock: nobody else can take these ids.
            self._next_id = int(self._s.scalar(select(func.max(Record.id))) or 0) + 1
        first = self._next_id
        self._next_id += count
        return list(range(first, first + count))

    # ------------------------------------------------------------ organisation
    def vendor_ids(self) -> dict[str, int]:
        """Vendor code → id of every vendor (inactive ones too: old exports name them)."""
        return {code: vid for code, vid in self._s.execute(select(Vendor.code, Vendor.id))}

    def agents(self) -> dict[str, tuple[int, int]]:
        """Employee id (upper case) → (agent id, vendor id) of every agent."""
        stmt = select(Agent.employee_id, Agent.id, Agent.vendor_id)
        return {emp.upper(): (aid, vid) for emp, aid, vid in self._s.execute(stmt)}

    def add_agent(self, employee_id: str, name: str, vendor_id: int, created_at: datetime) -> int:
        agent = Agent(
            employee_id=employee_id, name=name, vendor_id=vendor_id, created_at=created_at
        )
        self._s.add(agent)
        self._s.flush()
        return agent.id

    def profiles(self, kind: str) -> list[ImportProfile]:
        stmt = select(ImportProfile).where(ImportProfile.kind == kind).order_by(ImportProfile.name)
        return list(self._s.scalars(stmt))

    def profile(self, kind: str, name: str) -> ImportProfile | None:
        stmt = select(ImportProfile).where(ImportProfile.kind == kind, ImportProfile.name == name)
        return self._s.scalars(stmt).first()

    def profile_by_id(self, profile_id: int) -> ImportProfile | None:
        return self._s.get(ImportProfile, profile_id)

    def add_profile(self, profile: ImportProfile) -> ImportProfile:
        self._s.add(profile)
        self._s.flush()
        return profile

    def delete_profile(self, profile: ImportProfile) -> None:
        self._s.delete(profile)
        self._s.flush()

    # ------------------------------------------------------------ batches
    def add_batch(self, **values: Any) -> int:
        return self._bulk.add_import_batch(**values)

    def finish_batch(self, batch_id: int, **values: Any) -> None:
        self._bulk.finish_import_batch(batch_id, **values)

    def batches(self, limit: int) -> list[tuple[ImportBatch, str | None]]:
        stmt = (
            select(ImportBatch, User.login)
            .outerjoin(User, User.id == ImportBatch.imported_by)
            .order_by(ImportBatch.id.desc())
            .limit(limit)
        )
        return [(batch, login) for batch, login in self._s.execute(stmt)]

    # ------------------------------------------------------------ records already stored
    def has_records(self, source: str) -> bool:
        return self._bulk.has_records(source)

    def existing_records(
        self, source: str, external_ids: Sequence[str]
    ) -> dict[str, tuple[int, str]]:
        """External id → (record id, channel) of the given ids stored under ``source``."""
        found: dict[str, tuple[int, str]] = {}
        for part in _batched(list(external_ids)):
            stmt = select(Record.external_id, Record.id, Record.channel).where(
                Record.source == source, Record.external_id.in_(part)
            )
            for external_id, record_id, channel in self._s.execute(stmt):
                found[external_id] = (record_id, channel)
        return found

    def message_keys(
        self, record_ids: Sequence[int]
    ) -> Iterator[tuple[int, int, datetime, str, str]]:
        """(record id, seq, at, role, text) of every message of the given records."""
        for part in _batched(list(record_ids)):
            stmt = select(Message.record_id, Message.seq, Message.at, Message.role, Message.text)
            yield from self._s.execute(stmt.where(Message.record_id.in_(part)))

    def segment_keys(self, record_ids: Sequence[int]) -> Iterator[tuple[int, int, str, str]]:
        """(record id, start ms, speaker, text) of every segment of the given records."""
        for part in _batched(list(record_ids)):
            stmt = select(Segment.record_id, Segment.start_ms, Segment.speaker, Segment.text)
            yield from self._s.execute(stmt.where(Segment.record_id.in_(part)))

    def segment_counts(self, record_ids: Sequence[int]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for part in _batched(list(record_ids)):
            stmt = (
                select(Segment.record_id, func.count())
                .where(Segment.record_id.in_(part))
                .group_by(Segment.record_id)
            )
            counts.update({rid: int(n) for rid, n in self._s.execute(stmt)})
        return counts

    def timelines(self, record_ids: Sequence[int]) -> Iterator[tuple[int, int, int, datetime, str]]:
        """(record id, message id, seq, at, role) of the records' messages in time order."""
        for part in _batched(sorted(record_ids)):
            stmt = (
                select(Message.record_id, Message.id, Message.seq, Message.at, Message.role)
                .where(Message.record_id.in_(part))
                .order_by(Message.record_id, Message.at, Message.seq)
            )
            yield from self._s.execute(stmt)

    # ------------------------------------------------------------ writes
    def insert_records(self, rows: Iterable[Sequence[Any]], *, encoded: bool = False) -> int:
        """Rows in ``RECORD_COLUMNS`` order, ``id`` first (ids from reserve_record_ids);
        ``encoded``: times went through :meth:`time_encoder`."""
        columns = ("id", *RECORD_COLUMNS)
        return self._bulk.insert_rows(Record.__table__, columns, rows, encoded=encoded)  # type: ignore[arg-type]

    def time_encoder(self) -> Callable[[datetime], Any]:
        """Encodes message times while rows are built (see ``insert_messages(encoded=True)``)."""
        return self._bulk.time_encoder()

    def insert_messages(self, rows: Iterable[Sequence[Any]], *, encoded: bool = False) -> int:
        return self._bulk.insert_messages(rows, encoded=encoded)

    def insert_call_info(self, rows: Iterable[Sequence[Any]]) -> int:
        return self._bulk.insert_call_info(rows)

    def insert_segments(self, rows: Iterable[Sequence[Any]]) -> int:
        return self._bulk.insert_segments(rows)

    def forget_checks(self, record_ids: Sequence[int]) -> None:
        """Records that got new messages or segments are checked again by the next run."""
        ids = sorted(set(record_ids))
        for start in range(0, len(ids), 5000):
            self._s.execute(
                delete(AutoCheckRun).where(AutoCheckRun.record_id.in_(ids[start : start + 5000]))
            )

    def update_records(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Set ``columns`` of records; each row is (record id, *values in ``columns`` order)."""
        if not rows:
            return
        table = Record.__table__
        if self.dialect == "postgresql":
            # One COPY into a temporary table and one UPDATE … FROM: fast for 100,000 rows.
            every = ", ".join(FINAL_COLUMNS)
            self._s.execute(
                text(
                    "CREATE TEMP TABLE IF NOT EXISTS import_record_fix ON COMMIT DROP AS "
                    f"SELECT id, {every} FROM record WITH NO DATA"
                )
            )
            self._s.execute(text("TRUNCATE import_record_fix"))
            # Same column types as record, so COPY writes JSON and datetimes the same way.
            temp = Table(
                "import_record_fix",
                MetaData(),
                *(Column(c, table.c[c].type) for c in ("id", *FINAL_COLUMNS)),
            )
            self._bulk.insert_rows(temp, ("id", *columns), rows)
            assignments = ", ".join(f"{c} = f.{c}" for c in columns)
            self._s.execute(
                text(
                    f"UPDATE record SET {assignments} FROM import_record_fix f "
                    "WHERE record.id = f.id"
                )
            )
            return
        # Typed parameters: UTC datetimes and JSON tags are stored as the ORM stores them.
        typed = [bindparam(c, type_=table.c[c].type) for c in columns]
        assignments = ", ".join(f"{c} = :{c}" for c in columns)
        stmt = text(f"UPDATE record SET {assignments} WHERE id = :id").bindparams(*typed)
        self._s.execute(stmt, [dict(zip(("id", *columns), row, strict=True)) for row in rows])

    def renumber_messages(self, changes: Sequence[tuple[int, int]]) -> None:
        """(message id, new seq) pairs; two passes keep ``(record_id, seq)`` unique throughout."""
        if not changes:
            return
        ids = [message_id for message_id, _ in changes]
        for part in _batched(ids):
            self._s.execute(
                update(Message).where(Message.id.in_(part)).values(seq=-Message.seq - 1)
            )
        stmt = text("UPDATE message SET seq = :seq WHERE id = :id")
        self._s.execute(stmt, [{"id": mid, "seq": seq} for mid, seq in changes])
