"""Fast bulk inserts of records, messages, call details and segments inside one transaction.

Rows are plain tuples in the column order of each ``*_COLUMNS`` constant. Per DESIGN §9 the
fastest safe way differs per database: raw DBAPI ``executemany`` on SQLite (values run
through the columns' own SQLAlchemy bind processors, so they are stored exactly as the ORM
would store them), ``COPY ... FROM STDIN`` on PostgreSQL. The ORM is never used for bulk rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Table, func, insert, select, update
from sqlalchemy.orm import Session

from qa_desk.storage.models import CallInfo, ImportBatch, Message, Record, Segment

RECORD_COLUMNS = (
    "source",
    "external_id",
    "channel",
    "vendor_id",
    "agent_id",
    "started_at",
    "ended_at",
    "customer_ref",
    "waybill_no",
    "category",
    "csat",
    "tags",
    "message_count",
    "first_response_s",
    "import_batch_id",
)
MESSAGE_COLUMNS = ("record_id", "seq", "at", "role", "sender", "text")
CALL_INFO_COLUMNS = ("record_id", "direction", "duration_s", "recording_path", "recording_missing")
SEGMENT_COLUMNS = ("record_id", "start_ms", "end_ms", "speaker", "text")

Row = Sequence[Any]


class BulkRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _dialect(self) -> str:
        return self._s.get_bind().dialect.name

    # ------------------------------------------------------------ queries
    def count_records(self, source: str | None = None) -> int:
        stmt = select(func.count()).select_from(Record)
        if source is not None:
            stmt = stmt.where(Record.source == source)
        return self._s.scalar(stmt) or 0

    def has_records(self, source: str) -> bool:
        stmt = select(Record.id).where(Record.source == source).limit(1)
        return self._s.scalar(stmt) is not None

    def record_ids(self, source: str) -> dict[str, int]:
        """External id → record id of every record of one source (after inserting them)."""
        stmt = select(Record.external_id, Record.id).where(Record.source == source)
        return {external_id: record_id for external_id, record_id in self._s.execute(stmt)}

    # ------------------------------------------------------------ import batches
    def add_import_batch(self, **values: Any) -> int:
        result = self._s.execute(insert(ImportBatch).values(**values))
        return int(result.inserted_primary_key[0])

    def finish_import_batch(self, batch_id: int, **values: Any) -> None:
        self._s.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(**values))

    # ------------------------------------------------------------ bulk rows
    def insert_records(self, rows: Iterable[Row]) -> int:
        return self._insert(Record.__table__, RECORD_COLUMNS, rows)  # type: ignore[arg-type]

    def insert_messages(self, rows: Iterable[Row]) -> int:
        return self._insert(Message.__table__, MESSAGE_COLUMNS, rows)  # type: ignore[arg-type]

    def insert_call_info(self, rows: Iterable[Row]) -> int:
        return self._insert(CallInfo.__table__, CALL_INFO_COLUMNS, rows)  # type: ignore[arg-type]

    def insert_segments(self, rows: Iterable[Row]) -> int:
        return self._insert(Segment.__table__, SEGMENT_COLUMNS, rows)  # type: ignore[arg-type]

    def _insert(self, table: Table, columns: Sequence[str], rows: Iterable[Row]) -> int:
        rows = rows if isinstance(rows, list) else list(rows)
        if not rows:
            return 0
        # Pending ORM changes of this transaction must reach the database first.
        self._s.flush()
        if self._dialect == "sqlite":
            self._sqlite_executemany(table, columns, rows)
        elif self._dialect == "postgresql":
            self._pg_copy(table, columns, rows)
        else:  # pragma: no cover - only SQLite and PostgreSQL are opened
            self._s.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])
        return len(rows)

    def _sqlite_executemany(self, table: Table, columns: Sequence[str], rows: list[Row]) -> None:
        connection = self._s.connection()
        dialect = connection.dialect
        processors: list[tuple[int, Callable[[Any], Any]]] = []
        for i, name in enumerate(columns):
            process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((i, process))
        if processors:
            converted = []
            for row in rows:
                values = list(row)
                for i, process in processors:
                    values[i] = process(values[i])
                converted.append(tuple(values))
            rows = converted
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)

    def _pg_copy(self, table: Table, columns: Sequence[str], rows: list[Row]) -> None:
        # The session's own DBAPI connection, so COPY runs inside the same transaction.
        driver = self._s.connection().connection.driver_connection
        json_columns = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, JSON)]
        names = ", ".join(columns)
        statement = f"COPY {table.name} ({names}) FROM STDIN"
        with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            for row in rows:
                if json_columns:
                    values = list(row)
                    for i in json_columns:
                        values[i] = _json_text(values[i])
                    row = values
                copy.write_row(row)


def _json_text(value: Any) -> str | None:
    """COPY's text format hands JSON columns their literal text."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
