"""Model behaviour that both backends must share: UTC times, unique keys, cascades."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, exc, func, select
from sqlalchemy.dialects import postgresql, sqlite

from qa_desk.domain.errors import ConflictError
from qa_desk.storage.database import Database, open_database
from qa_desk.storage.models import (
    CallInfo,
    Message,
    Outlet,
    Record,
    Segment,
    UTCDateTime,
    Vendor,
)
from qa_desk.storage.unit_of_work import unit_of_work

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def vendor_id(db: Database) -> int:
    with db.session(write=True) as s:
        vendor = Vendor(code="V01", name="顺心", kpi_targets={}, active=True, created_at=_now())
        s.add(vendor)
        s.flush()
        return vendor.id


def _now() -> datetime:
    return datetime(2026, 11, 3, 9, 15, 2, 123456, tzinfo=UTC)


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_aware_times_round_trip_as_utc(db: Database) -> None:
    local = datetime(2026, 11, 1, 9, 15, 2, 654321, tzinfo=SHANGHAI)
    with db.session(write=True) as s:
        s.add(Outlet(code="O1", name="网点", timezone="Asia/Shanghai", created_at=local))
    with db.session() as s:
        stored = s.scalars(select(Outlet.created_at)).one()
    assert stored == local
    assert stored.utcoffset() == timedelta(0)
    assert stored.tzinfo is not None
    assert (stored.hour, stored.microsecond) == (1, 654321)  # 09:15 in Shanghai is 01:15 UTC


def test_times_compare_correctly_in_queries(db: Database) -> None:
    base = datetime(2026, 11, 1, 0, 0, tzinfo=UTC)
    with db.session(write=True) as s:
        for i, hours in enumerate((1, 5, 9)):
            at = base + timedelta(hours=hours)
            s.add(Outlet(code=f"O{i}", name="x", timezone="UTC", created_at=at))
    # Bounds given in another zone select by instant, not by wall-clock text.
    low = datetime(2026, 11, 1, 12, 0, tzinfo=SHANGHAI)  # 04:00 UTC
    high = datetime(2026, 11, 1, 16, 0, tzinfo=SHANGHAI)  # 08:00 UTC
    with db.session() as s:
        codes = s.scalars(
            select(Outlet.code).where(Outlet.created_at > low, Outlet.created_at < high)
        ).all()
    assert codes == ["O1"]


def test_naive_times_are_rejected(db: Database) -> None:
    naive = datetime(2026, 11, 1, 9, 15)
    with pytest.raises(exc.StatementError, match="naive datetime"), db.session(write=True) as s:
        s.add(Outlet(code="O1", name="x", timezone="UTC", created_at=naive))
    assert _count(db, Outlet) == 0


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()])
def test_utc_type_contract(dialect) -> None:  # type: ignore[no-untyped-def]
    column = UTCDateTime()
    with pytest.raises(ValueError, match="naive"):
        column.process_bind_param(datetime(2026, 1, 1), dialect)
    bound = column.process_bind_param(datetime(2026, 1, 1, 8, tzinfo=SHANGHAI), dialect)
    assert bound is not None and bound.replace(tzinfo=None) == datetime(2026, 1, 1, 0)
    # SQLite has no zone: naive values read back are UTC by contract.
    read = column.process_result_value(datetime(2026, 1, 1, 0), dialect)
    assert read == datetime(2026, 1, 1, tzinfo=UTC)
    assert column.process_bind_param(None, dialect) is None
    assert column.process_result_value(None, dialect) is None


def _record(vendor_id: int, external_id: str, source: str = "platform-a") -> Record:
    return Record(
        source=source,
        external_id=external_id,
        channel="chat",
        vendor_id=vendor_id,
        started_at=_now(),
        tags=[],
        message_count=0,
    )


def test_source_and_external_id_are_unique(db: Database, vendor_id: int) -> None:
    with db.session(write=True) as s:
        s.add(_record(vendor_id, "S-1"))
        # The same id from another platform is another record.
        s.add(_record(vendor_id, "S-1", source="platform-b"))
    with pytest.raises(ConflictError) as caught, unit_of_work(db, write=True) as uow:
        uow.org.add(_record(vendor_id, "S-1"))
    assert "\n" not in str(caught.value)
    assert _count(db, Record) == 2


def test_deleting_a_record_deletes_its_messages_call_and_segments(
    db: Database, vendor_id: int
) -> None:
    with db.session(write=True) as s:
        keep, drop = _record(vendor_id, "KEEP"), _record(vendor_id, "DROP")
        s.add_all([keep, drop])
        s.flush()
        for rec in (keep, drop):
            s.add_all(
                Message(record_id=rec.id, seq=i, at=_now(), role="agent", text=f"您好 {i}")
                for i in range(3)
            )
            s.add(CallInfo(record_id=rec.id, direction="inbound", recording_missing=False))
            s.add(Segment(record_id=rec.id, start_ms=0, end_ms=900, speaker="agent", text="喂"))
        drop_id = drop.id
    # A plain SQL delete: the database itself cascades (SQLite only with foreign keys on).
    with db.session(write=True) as s:
        s.execute(delete(Record).where(Record.id == drop_id))
    assert _count(db, Record) == 1
    assert _count(db, Message) == 3
    assert _count(db, CallInfo) == 1
    assert _count(db, Segment) == 1
    with db.session() as s:
        assert s.scalars(select(Message.record_id).distinct()).all() == [keep.id]


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(exc.IntegrityError), db.session(write=True) as s:
        s.add(Message(record_id=424242, seq=1, at=_now(), role="agent", text="孤儿消息"))
    assert _count(db, Message) == 0
