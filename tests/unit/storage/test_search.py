"""The search index per database: what migration 0003 creates, chunked indexing up to the
high-water marks, triggers for changed or deleted text, literal queries, and query plans."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import delete, event, text, update

from qa_desk.domain import passwords
from qa_desk.services.actor import Actor
from qa_desk.services.records import SORT_KEYS, RecordFilter
from qa_desk.services.registry import Services
from qa_desk.storage import search
from qa_desk.storage.migrate import _MIGRATIONS
from qa_desk.storage.models import Message, Record, Segment
from qa_desk.storage.unit_of_work import unit_of_work

T0 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


def add_chat(services: Services, org: dict[str, Any], ext: str, lines: list[str]) -> int:
    """One chat record of V01 with ``lines`` as alternating customer/agent messages."""
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            [
                (
                    "t", ext, "chat", org["v1"].id, org["a1"].id, T0, None, None, None,
                    None, None, [], len(lines), None, None,
                )
            ]
        )  # fmt: skip
        record_id = uow.bulk.record_ids("t")[ext]
        uow.bulk.insert_messages(
            (record_id, n, T0 + timedelta(seconds=n), "agent" if n % 2 else "customer", None, t)
            for n, t in enumerate(lines)
        )
    return record_id


def add_call(services: Services, org: dict[str, Any], ext: str, lines: list[str]) -> int:
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            [
                (
                    "t", ext, "call", org["v2"].id, org["a2"].id, T0, None, None, None,
                    None, None, [], len(lines), None, None,
                )
            ]
        )  # fmt: skip
        record_id = uow.bulk.record_ids("t")[ext]
        uow.bulk.insert_call_info([(record_id, "inbound", 60.0, None, True)])
        uow.bulk.insert_segments(
            (record_id, 1000 * n, 1000 * n + 900, "agent", t) for n, t in enumerate(lines)
        )
    return record_id


def found(services: Services, actor: Actor, query: str) -> set[str]:
    page = services.records.page(actor, RecordFilter(text=query), limit=1000)
    return {r.external_id for r in page.rows}


# ------------------------------------------------------------------ schema
def test_the_migration_creates_the_search_objects(services: Services) -> None:
    with services.db.engine.connect() as conn:
        if services.db.is_sqlite:
            sql = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'search_text'")
            ).scalar_one()
            assert "fts5" in sql and "trigram" in sql
            state = dict(conn.execute(text("SELECT name, high_water FROM search_state")).all())
            assert state == {"message": 0, "segment": 0}
            triggers = set(
                conn.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
                ).scalars()
            )
            assert triggers == {
                f"search_{t}_{k}" for t in ("message", "segment") for k in ("delete", "update")
            }
        else:
            assert conn.execute(
                text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            ).scalar_one()
            indexes = dict(
                conn.execute(
                    text(
                        "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'search_%'"
                    )
                ).all()
            )
            assert set(indexes) == {"search_message_trgm", "search_segment_trgm"}
            assert all("gin" in d and "gin_trgm_ops" in d for d in indexes.values())


def test_search_objects_stay_out_of_the_model_comparison() -> None:
    assert not search.include_name("search_text_idx", "table", None)
    assert not search.include_name("search_message_trgm", "index", None)
    assert search.include_name("record", "table", None)
    assert search.include_name("ix_record_csat", "index", None)


def _migration_0003() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "migration_0003", _MIGRATIONS / "versions" / "0003_search.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.pg
def test_an_extension_that_cannot_be_created_leaves_the_upgrade_going(services: Services) -> None:
    if services.db.is_sqlite:
        pytest.skip("PostgreSQL extensions only")
    migration = _migration_0003()
    with services.db.engine.begin() as conn:
        assert migration.trigram_schema(conn, "qa_desk_no_such_extension") is None
        # The transaction is still usable: the failure stayed inside its savepoint.
        assert conn.execute(text("SELECT 1")).scalar_one() == 1
        assert migration.trigram_schema(conn) == "public"


# ------------------------------------------------------------------ literal queries
def test_terms_and_phrases_are_taken_literally() -> None:
    assert search.split_terms(None) == ()
    assert search.split_terms("  投诉\u3000运单  投诉 ") == ("投诉", "运单")
    assert search.fts_phrase('a"b') == '"a""b"'
    assert search.fts_phrase("AND*:") == '"AND*:"'
    assert search.like_pattern("100%_\\") == "%100\\%\\_\\\\%"


# ------------------------------------------------------------------ indexing
def test_indexing_goes_in_chunks_up_to_the_high_water_marks(
    services: Services, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    chat = add_chat(services, org, "C1", ["你好", "请稍等", "查到运单了"])
    call = add_call(services, org, "K1", ["喂，您好", "请稍等一下"])
    with unit_of_work(services.db) as uow:
        assert uow.records.search_pending() == (5 if services.db.is_sqlite else 0)
    if not services.db.is_sqlite:
        assert services.records.update_search_index() == 0
        assert found(services, admin, "请稍等") == {"C1", "K1"}
        return
    with unit_of_work(services.db, write=True) as uow:
        assert uow.records.index_search_chunk(2) == 2
    with services.db.session() as s:
        assert search.high_water_marks(s)["message"] == 2
        assert search.indexed_text(s, chat) == "你好\n请稍等\n查到运单了"
        assert search.indexed_text(s, call) is None
    # Half indexed, half in the tail: the results are complete all the same.
    assert found(services, admin, "请稍等") == {"C1", "K1"}
    assert services.records.update_search_index() == 3
    with services.db.session() as s:
        assert search.high_water_marks(s) == {"message": 3, "segment": 2}
        assert sorted(search.indexed_text(s, call).split("\n")) == ["喂，您好", "请稍等一下"]
    assert services.records.update_search_index() == 0
    assert found(services, admin, "请稍等") == {"C1", "K1"}
    assert found(services, admin, "查到运单") == {"C1"}


@pytest.fixture
def sqlite_only(services: Services) -> None:
    if not services.db.is_sqlite:
        pytest.skip("the SQLite index and its triggers")


def test_changed_and_deleted_text_is_never_found_stale(
    services: Services, org: dict[str, Any], sqlite_only: None
) -> None:
    admin = org["admin"]
    add_chat(services, org, "C1", ["我要退货", "好的，请稍等"])
    c2 = add_chat(services, org, "C2", ["包裹破损了", "我们马上理赔"])
    services.records.update_search_index()
    assert found(services, admin, "理赔") == {"C2"}
    with services.db.session(write=True) as s:
        s.execute(update(Message).where(Message.text == "我们马上理赔").values(text="马上补发"))
        s.execute(delete(Message).where(Message.text == "包裹破损了"))
    with services.db.session() as s:
        assert search.dirty_records(s) == [c2]
    # The index still holds the old text, but dirty records are searched directly.
    assert found(services, admin, "马上理赔") == set()
    assert found(services, admin, "包裹破损") == set()
    assert found(services, admin, "马上补发") == {"C2"}
    assert services.records.update_search_index() == 1
    with services.db.session() as s:
        assert search.dirty_records(s) == []
        assert search.indexed_text(s, c2) == "马上补发"
    assert found(services, admin, "马上补发") == {"C2"}
    assert found(services, admin, "马上理赔") == set()


def test_ids_of_deleted_rows_handed_out_again_are_still_found(
    services: Services, org: dict[str, Any], sqlite_only: None
) -> None:
    """SQLite gives the next row the id after the largest remaining one: deleting the
    newest rows hands their ids out again, below the high-water mark."""
    admin = org["admin"]
    add_chat(services, org, "C1", ["第一条", "第二条"])
    c2 = add_chat(services, org, "C2", ["要删除的记录"])
    services.records.update_search_index()
    with services.db.session(write=True) as s:
        s.execute(delete(Record).where(Record.id == c2))  # cascades to its message
    with services.db.session() as s:
        assert search.high_water_marks(s)["message"] == 2
    add_chat(services, org, "C3", ["新来的投诉单"])  # takes message id 3 again
    with services.db.session() as s:
        assert s.scalar(text("SELECT MAX(id) FROM message")) == 3
    assert found(services, admin, "新来的投诉") == {"C3"}
    assert found(services, admin, "要删除") == set()
    services.records.update_search_index()
    assert found(services, admin, "新来的投诉") == {"C3"}
    with services.db.session() as s:
        c3 = s.scalar(text("SELECT id FROM record WHERE external_id = 'C3'"))
        assert c3 == c2  # the record id was handed out again too
        assert search.indexed_text(s, c3) == "新来的投诉单"


def test_deleting_a_segment_marks_its_call(
    services: Services, org: dict[str, Any], sqlite_only: None
) -> None:
    admin = org["admin"]
    call = add_call(services, org, "K1", ["您好", "这个投诉我记下了"])
    services.records.update_search_index()
    with services.db.session(write=True) as s:
        s.execute(delete(Segment).where(Segment.text == "这个投诉我记下了"))
        assert search.dirty_records(s) == [call]
    assert found(services, admin, "投诉我记下") == set()


# ------------------------------------------------------------------ query plans
@pytest.fixture
def captured(services: Services) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: object, _cursor: object, statement: str, params: Any, *_a: object) -> None:
        if "FROM record" in statement:
            statements.append((statement, params))

    event.listen(services.db.engine, "before_cursor_execute", capture)
    yield statements
    event.remove(services.db.engine, "before_cursor_execute", capture)


def _plans(
    services: Services, statements: list[tuple[str, Any]], *, ordered: bool = False
) -> list[str]:
    plans = []
    with services.db.engine.connect() as conn:
        if services.db.is_sqlite:
            for statement, params in statements:
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
                plans.append("\n".join(r[3] for r in rows))
        else:
            # Tiny test tables are cheapest to scan; make the planner show the index path.
            conn.exec_driver_sql("SET enable_seqscan = off")
            if ordered:
                # For reads in index order, a bitmap scan plus a sort of a few rows can win
                # on tiny tables, depending on the statistics of the moment.
                conn.exec_driver_sql("SET enable_bitmapscan = off")
            for statement, params in statements:
                rows = conn.exec_driver_sql("EXPLAIN " + statement, params).all()
                plans.append("\n".join(r[0] for r in rows))
    return plans


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_sort_is_read_in_order_from_an_index(
    services: Services, org: dict[str, Any], captured: list[tuple[str, Any]], sort: str
) -> None:
    for n in range(6):
        add_chat(services, org, f"C{n}", ["你好"])
    admin = org["admin"]
    first = services.records.page(admin, RecordFilter(), sort=sort, limit=2)
    services.records.page(admin, RecordFilter(), sort=sort, limit=2, after=first.next_after)
    page_queries = [(s, p) for s, p in captured if "ORDER BY" in s]
    if not services.db.is_sqlite:
        # The steps that sort by the key (the others read one group in id order). A full
        # sort there would read every matching record for one page; an incremental sort
        # of ties under an index order is fine.
        page_queries = [(s, p) for s, p in page_queries if "," in s.rsplit("ORDER BY", 1)[1]]
    assert page_queries
    for plan in _plans(services, page_queries, ordered=True):
        if services.db.is_sqlite:
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
            assert "SCAN record\n" not in plan + "\n", plan
        else:
            nodes = [line.strip().removeprefix("->").strip() for line in plan.splitlines()]
            assert not [n for n in nodes if n.startswith("Sort  (")], plan


def test_a_long_term_is_looked_up_in_the_index(
    services: Services, org: dict[str, Any], captured: list[tuple[str, Any]]
) -> None:
    add_chat(services, org, "C1", ["请稍等"])
    services.records.update_search_index()
    assert found(services, org["admin"], "请稍等") == {"C1"}
    plan = "\n".join(_plans(services, captured[-1:]))
    if services.db.is_sqlite:
        assert "VIRTUAL TABLE INDEX" in plan and "search_text" in plan, plan
    else:
        assert "search_message_trgm" in plan and "search_segment_trgm" in plan, plan
