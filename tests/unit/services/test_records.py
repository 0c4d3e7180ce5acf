"""RecordService on both databases: filters, keyset sorting, Chinese search, scoping, detail.

Most tests build a small outlet by hand (bulk inserts through storage) so every expected
value is known; one loads the demo data and checks search counts against plain SQL.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, text

from qa_desk.domain import passwords
from qa_desk.domain.errors import NotFound, ValidationError
from qa_desk.domain.timeutil import to_local
from qa_desk.services.actor import Actor
from qa_desk.services.demo import load_demo
from qa_desk.services.records import (
    SORT_KEYS,
    RecordFilter,
    RecordRow,
    reply_waits,
    silence_gaps,
)
from qa_desk.services.registry import Services
from qa_desk.storage.models import AutoCheckResult, Checklist, ChecklistVersion
from qa_desk.storage.unit_of_work import unit_of_work

T0 = datetime(2026, 11, 1, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the org fixture creates five users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


# ------------------------------------------------------------------ data
@dataclass
class Spec:
    """One record to insert; ``lines`` are (role, text) messages or (speaker, text) segments."""

    ext: str
    vendor: str  # "v1" | "v2"
    agent: str | None  # "a1" | "a2" | "a3" | None
    at: datetime
    channel: str = "chat"
    category: str | None = None
    csat: int | None = None
    frt: float | None = None
    count: int = 2
    lines: list[tuple[str, str]] = field(default_factory=list)
    direction: str = "inbound"  # calls only, like the rest below
    duration: float = 300.0
    recording: str | None = None


@dataclass
class Outlet:
    services: Services
    org: dict[str, Any]
    specs: list[Spec]
    ids: dict[str, int]

    def actor(self, name: str) -> Actor:
        return self.org[name]

    def ext(self, rows: list[RecordRow]) -> list[str]:
        return [r.external_id for r in rows]

    def every(self, actor: Actor, flt: RecordFilter, **kwargs: Any) -> list[RecordRow]:
        """All pages of a listing, walked with the cursor."""
        rows: list[RecordRow] = []
        after = None
        while True:
            page = self.services.records.page(actor, flt, after=after, **kwargs)
            rows.extend(page.rows)
            if page.next_after is None:
                return rows
            after = page.next_after

    def matching(self, flt: RecordFilter, actor: str = "admin") -> set[str]:
        return set(self.ext(self.every(self.actor(actor), flt, limit=1000)))


CATEGORIES = ["投诉", "延误", None, "破损"]
RATINGS = [5, 4, None, 1, 3, None]
FIRST_RESPONSES = [12.5, None, 40.0, 3.0]
SPECIAL_TEXT = '报价单"AND*"编号: X_1 100%'


def _specs() -> list[Spec]:
    specs = []
    for i in range(24):
        vendor = "v2" if i % 3 == 0 else "v1"
        agent = "a2" if vendor == "v2" else ("a1" if i % 2 else "a3")
        if i == 5:
            agent = None
        channel = "call" if i % 4 == 3 else "chat"
        lines = [
            ("customer", f"你好，运单SF06026773546{i:02d}还没到"),
            ("agent", f"您好，这边帮您查一下第{i}号"),
        ]
        specs.append(
            Spec(
                ext=f"R{i:02d}",
                vendor=vendor,
                agent=agent,
                at=T0 + timedelta(hours=3 * i),
                channel=channel,
                category=CATEGORIES[i % 4],
                csat=RATINGS[i % 6],
                frt=FIRST_RESPONSES[i % 4],
                count=i % 5 + 2,
                lines=lines,
            )
        )
    specs[0].lines.append(("customer", "再不到我就要投诉你们"))
    specs[1].lines.append(("agent", "好的，请稍等，正在为您查询"))
    specs[3].lines.append(("agent", "请稍等，我这边帮您查一下"))  # a call: a transcript line
    specs[4].lines.append(("customer", SPECIAL_TEXT))
    specs[7].lines.append(("customer", "Refund PLEASE"))
    return specs


def insert(services: Services, org: dict[str, Any], specs: list[Spec]) -> dict[str, int]:
    """Bulk-insert records with their messages (chats) or call details and segments."""
    agents = {"a1": org["a1"], "a2": org["a2"], "a3": org.get("a3")}
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            (
                "test",
                s.ext,
                s.channel,
                org[s.vendor].id,
                agents[s.agent].id if s.agent else None,
                s.at,
                s.at + timedelta(minutes=5),
                "138****0000",
                f"SF06026773546{s.ext[1:]}",
                s.category,
                s.csat,
                [],
                s.count,
                s.frt,
                None,
            )
            for s in specs
        )
        ids = uow.bulk.record_ids("test")
        uow.bulk.insert_messages(
            (ids[s.ext], n, s.at + timedelta(seconds=10 * n), role, None, line)
            for s in specs
            if s.channel == "chat"
            for n, (role, line) in enumerate(s.lines, 1)
        )
        uow.bulk.insert_call_info(
            (ids[s.ext], s.direction, s.duration, s.recording, s.recording is None)
            for s in specs
            if s.channel == "call"
        )
        uow.bulk.insert_segments(
            (ids[s.ext], 1000 * n, 1000 * n + 800, speaker, line)
            for s in specs
            if s.channel == "call"
            for n, (speaker, line) in enumerate(s.lines)
        )
    return ids


@pytest.fixture
def outlet(services: Services, org: dict[str, Any]) -> Outlet:
    admin = org["admin"]
    t3 = services.org.create_team(admin, org["v1"].id, "三组")
    org["a3"] = services.org.create_agent(admin, "A0103", "陈晨", org["v1"].id, t3.id)
    org["t3"] = t3
    specs = _specs()
    return Outlet(services, org, specs, insert(services, org, specs))


def exts(specs: list[Spec], predicate: Callable[[Spec], bool]) -> set[str]:
    return {s.ext for s in specs if predicate(s)}


# ------------------------------------------------------------------ filters
def test_each_filter_alone_and_combined(outlet: Outlet) -> None:
    o, specs = outlet, outlet.specs
    every = {s.ext for s in specs}
    assert o.matching(RecordFilter()) == every
    assert o.services.records.count(o.actor("admin"), RecordFilter()) == 24

    # Period: outlet-local dates, inclusive. R05 starts 2026-11-01 15:00 UTC = 23:00 local,
    # R06 at 18:00 UTC = 02:00 local on the next day.
    first_day = RecordFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 1))
    assert o.matching(first_day) == {f"R{i:02d}" for i in range(6)}
    assert o.matching(RecordFilter(date_from=date(2026, 11, 2))) == every - o.matching(first_day)
    local = {s.ext: to_local(s.at).date() for s in specs}
    assert o.matching(RecordFilter(date_to=date(2026, 11, 2))) == {
        e for e, d in local.items() if d <= date(2026, 11, 2)
    }

    v2 = o.org["v2"].id
    assert o.matching(RecordFilter(vendor_ids=(v2,))) == exts(specs, lambda s: s.vendor == "v2")
    team = o.org["t3"].id
    assert o.matching(RecordFilter(team_ids=(team,))) == exts(specs, lambda s: s.agent == "a3")
    a1 = o.org["a1"].id
    assert o.matching(RecordFilter(agent_ids=(a1,))) == exts(specs, lambda s: s.agent == "a1")
    assert o.matching(RecordFilter(channel="call")) == exts(specs, lambda s: s.channel == "call")
    assert o.matching(RecordFilter(categories=("投诉", "破损"))) == exts(
        specs, lambda s: s.category in ("投诉", "破损")
    )
    assert o.matching(RecordFilter(csat=(0,))) == exts(specs, lambda s: s.csat is None)
    assert o.matching(RecordFilter(csat=(0, 5))) == exts(specs, lambda s: s.csat in (None, 5))
    assert o.matching(RecordFilter(text="投诉")) == {"R00"}

    combined = RecordFilter(
        date_from=date(2026, 11, 1),
        date_to=date(2026, 11, 3),
        vendor_ids=(o.org["v1"].id,),
        channel="chat",
        csat=(0, 4, 5),
        categories=("延误", "投诉", "破损"),
    )
    expected = exts(
        specs,
        lambda s: (
            local[s.ext] <= date(2026, 11, 3)
            and s.vendor == "v1"
            and s.channel == "chat"
            and s.csat in (None, 4, 5)
            and s.category in ("延误", "投诉", "破损")
        ),
    )
    assert expected and o.matching(combined) == expected
    assert o.services.records.count(o.actor("admin"), combined) == len(expected)
    assert o.matching(RecordFilter(text="请稍等", vendor_ids=(v2,))) == {"R03"}


def test_bad_filters_and_cursors_are_refused(outlet: Outlet) -> None:
    records, admin = outlet.services.records, outlet.actor("admin")
    with pytest.raises(ValidationError, match="sorted"):
        records.page(admin, RecordFilter(), sort="customer_ref")
    with pytest.raises(ValidationError, match="ends before it starts"):
        records.count(admin, RecordFilter(date_from=date(2026, 11, 3), date_to=date(2026, 11, 1)))
    with pytest.raises(ValidationError, match="Satisfaction"):
        records.count(admin, RecordFilter(csat=(6,)))
    with pytest.raises(ValidationError, match="channel"):
        records.count(admin, RecordFilter(channel="fax"))
    page = records.page(admin, RecordFilter(), sort="csat", limit=3)
    with pytest.raises(ValidationError, match="cursor"):
        records.page(admin, RecordFilter(), sort="agent", after=page.next_after)
    with pytest.raises(ValidationError, match="cursor"):
        records.page(admin, RecordFilter(), sort="csat", descending=False, after=page.next_after)
    with pytest.raises(ValidationError, match="page"):
        records.page(admin, RecordFilter(), limit=0)


# ------------------------------------------------------------------ sorting
def _key(outlet: Outlet, row: RecordRow, sort: str) -> Any:
    return {
        "started_at": row.started_at,
        "agent": row.agent_employee_id,
        "vendor": row.vendor_code,
        "category": row.category,
        "csat": row.csat,
        "first_response_s": row.first_response_s,
        "message_count": row.message_count,
        "external_id": row.external_id,
    }[sort]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_every_sort_key_pages_through_every_row_exactly_once(
    outlet: Outlet, sort: str, descending: bool
) -> None:
    admin = outlet.actor("admin")
    flt = RecordFilter()
    paged = outlet.every(admin, flt, sort=sort, descending=descending, limit=5)
    assert sorted(outlet.ext(paged)) == sorted(s.ext for s in outlet.specs)
    one_page = outlet.services.records.page(admin, flt, sort=sort, descending=descending).rows
    assert outlet.ext(paged) == outlet.ext(one_page)

    keys = [_key(outlet, r, sort) for r in paged]
    present = [k for k in keys if k is not None]
    assert keys == present + [None] * (len(keys) - len(present)), "empty values come last"
    if sort in ("agent", "vendor", "category", "external_id"):
        # Text follows the database's collation; equal values must still be adjacent.
        runs = [k for i, k in enumerate(present) if i == 0 or present[i - 1] != k]
        assert len(runs) == len(set(present))
    else:
        assert present == sorted(present, reverse=descending)
    # The record id breaks ties, in the same direction.
    for before, after in itertools.pairwise(paged):
        if _key(outlet, before, sort) == _key(outlet, after, sort):
            assert (before.id > after.id) if descending else (before.id < after.id)


def test_paging_never_uses_offset_and_stays_in_scope_of_filters(outlet: Outlet) -> None:
    statements: list[tuple[str, Any]] = []

    def capture(_conn: object, _cursor: object, statement: str, params: Any, *_a: object) -> None:
        statements.append((statement, params))

    engine = outlet.services.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        flt = RecordFilter(vendor_ids=(outlet.org["v1"].id,), csat=(0, 1, 3, 4, 5))
        rows = outlet.every(outlet.actor("admin"), flt, sort="csat", limit=3)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert sorted(outlet.ext(rows)) == sorted(outlet.matching(flt))
    record_queries = [(s, p) for s, p in statements if "FROM record" in s]
    assert len(record_queries) >= 5
    for statement, params in record_queries:
        if "OFFSET" in statement.upper():
            # SQLite's dialect always writes "LIMIT ? OFFSET ?"; the offset must be 0.
            assert statement.rstrip().endswith("OFFSET ?") and params[-1] == 0, statement


# ------------------------------------------------------------------ search
def test_chinese_search_by_index_by_like_and_in_the_unindexed_tail(outlet: Outlet) -> None:
    o, records, admin = outlet, outlet.services.records, outlet.actor("admin")

    def found(query: str) -> set[str]:
        return o.matching(RecordFilter(text=query))

    waybill_all = {s.ext for s in o.specs}
    # Before indexing: everything is the not-yet-indexed tail, found by LIKE.
    assert found("请稍等") == {"R01", "R03"}  # a chat message and a call transcript
    assert found("投诉") == {"R00"}
    indexed = records.update_search_index()
    assert indexed == (sum(len(s.lines) for s in o.specs) if o.services.db.is_sqlite else 0)
    # Three or more characters: the trigram index; fewer: LIKE per record.
    assert found("请稍等") == {"R01", "R03"}
    assert found("稍等") == {"R01", "R03"}
    assert found("投诉") == {"R00"}
    assert found("诉") == {"R00"}
    assert found("SF0602677354605") == {"R05"}
    assert found("SF06026773546") == waybill_all
    assert found("sf060267") == waybill_all  # letters in any case
    assert found("refund please") == {"R07"}
    # Several words: each must occur in the record.
    assert found("请稍等 运单") == {"R01", "R03"}
    assert found("请稍等　第3号") == {"R03"}  # ideographic space
    assert found("请稍等 退款") == set()
    # Query syntax is taken literally: quotes, AND, *, :, % and _ mean nothing special.
    for query in ('"AND*"', "编号:", "AND", '价单"AND', "X_1", "100%", '"AND*"编号: X_1 100%'):
        assert found(query) == {"R04"}, query
    for query in ("*", '"', ":", "%", "_", "AND OR", "NEAR(", "X%1", "报价单*"):
        assert found(query) <= {"R04"}, query

    # New rows after indexing are found at once (the tail), then indexed.
    later = [
        Spec("N01", "v2", "a2", T0 + timedelta(days=5), lines=[("customer", "快递丢了赶紧赔钱")])
    ]
    insert(o.services, o.org, later)
    assert found("赶紧赔") == {"N01"}
    assert found("赔钱") == {"N01"}
    assert records.update_search_index() == (1 if o.services.db.is_sqlite else 0)
    assert found("赶紧赔") == {"N01"}
    assert records.count(admin, RecordFilter(text="丢了赶紧赔钱")) == 1


def test_update_search_index_is_idempotent_reports_progress_and_stops_on_cancel(
    outlet: Outlet, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qa_desk.services import records as records_module

    records = outlet.services.records
    monkeypatch.setattr(records_module, "INDEX_CHUNK", 10)
    seen: list[tuple[int, int, str]] = []
    calls = iter([False, True])
    first = records.update_search_index(cancelled=lambda: next(calls, True))
    total_lines = sum(len(s.lines) for s in outlet.specs)
    if not outlet.services.db.is_sqlite:
        assert first == 0  # PostgreSQL's trigram indexes keep themselves current
        assert records.update_search_index() == 0
        return
    assert first == 10  # one chunk, then the cancel was seen
    rest = records.update_search_index(progress=lambda *a: seen.append(a))
    assert first + rest == total_lines
    assert seen[-1][0] == rest and seen[-1][1] == rest
    assert [done for done, _total, _text in seen] == sorted(done for done, _t, _x in seen)
    assert records.update_search_index() == 0
    assert outlet.matching(RecordFilter(text="请稍等")) == {"R01", "R03"}


def test_search_counts_match_plain_sql_over_the_demo_data(services: Services, admin: Actor) -> None:
    load_demo(services, admin, end=date(2026, 11, 22))
    records = services.records
    terms = ["投诉", "运单", "请稍等", "爱投诉就投诉", "稍等", "12305", "单号"]

    def plain(term: str) -> int:
        sql = (
            "SELECT COUNT(*) FROM record WHERE id IN (SELECT record_id FROM message"
            " WHERE text LIKE :p UNION SELECT record_id FROM segment WHERE text LIKE :p)"
        )
        with services.db.engine.connect() as conn:
            return conn.execute(text(sql), {"p": f"%{term}%"}).scalar_one()

    expected = {t: plain(t) for t in terms}
    assert all(expected[t] > 0 for t in terms), expected
    before = {t: records.count(admin, RecordFilter(text=t)) for t in terms}
    records.update_search_index()
    after = {t: records.count(admin, RecordFilter(text=t)) for t in terms}
    assert before == expected == after
    page = records.page(admin, RecordFilter(text="爱投诉就投诉"), limit=1000)
    assert len(page.rows) == expected["爱投诉就投诉"] and page.next_after is None
    detail = records.detail(admin, page.rows[0].id)
    assert any("爱投诉就投诉" in line.text for line in [*detail.messages, *detail.segments])


# ------------------------------------------------------------------ scoping
def test_a_supervisor_sees_only_the_own_vendor(outlet: Outlet) -> None:
    o, records = outlet, outlet.services.records
    sup1, v1, v2 = o.actor("sup1"), o.org["v1"].id, o.org["v2"].id
    own = exts(o.specs, lambda s: s.vendor == "v1")
    assert o.matching(RecordFilter(), "sup1") == own
    assert records.count(sup1, RecordFilter()) == len(own)
    assert o.matching(RecordFilter(vendor_ids=(v2,)), "sup1") == set()
    assert records.count(sup1, RecordFilter(vendor_ids=(v2,))) == 0
    assert o.matching(RecordFilter(vendor_ids=(v1, v2)), "sup1") == own
    assert o.matching(RecordFilter(text="请稍等"), "sup1") == {"R01"}
    for sort in SORT_KEYS:
        assert {r.vendor_id for r in o.every(sup1, RecordFilter(), sort=sort, limit=4)} == {v1}
    assert records.detail(sup1, o.ids["R01"]).row.external_id == "R01"
    with pytest.raises(NotFound, match="No such record"):
        records.detail(sup1, o.ids["R03"])
    with pytest.raises(NotFound, match="No such record"):
        records.detail(sup1, max(o.ids.values()) + 100)
    assert records.categories(sup1) == sorted(
        {s.category for s in o.specs if s.vendor == "v1" and s.category}
    )
    # The other supervisor, the other way round.
    assert o.matching(RecordFilter(), "sup2") == exts(o.specs, lambda s: s.vendor == "v2")
    with pytest.raises(NotFound):
        records.detail(o.actor("sup2"), o.ids["R01"])


@pytest.mark.parametrize("reader", ["insp", "aud", "admin"])
def test_inspectors_auditors_and_admins_read_every_record(outlet: Outlet, reader: str) -> None:
    actor = outlet.actor(reader)
    assert outlet.matching(RecordFilter(), reader) == {s.ext for s in outlet.specs}
    assert outlet.services.records.detail(actor, outlet.ids["R03"]).row.vendor_code == "V02"
    assert outlet.services.records.categories(actor) == ["延误", "投诉", "破损"]


# ------------------------------------------------------------------ rows and detail
def test_rows_carry_names_and_call_durations(outlet: Outlet) -> None:
    rows = {r.external_id: r for r in outlet.every(outlet.actor("admin"), RecordFilter())}
    r1 = rows["R01"]
    assert (r1.vendor_code, r1.agent_employee_id, r1.agent_name, r1.team_name) == (
        "V01",
        "A0101",
        "张敏",
        "一组",
    )
    assert r1.duration_s == 300.0 and r1.channel == "chat"  # chat: end minus start
    assert (r1.csat, r1.category, r1.first_response_s, r1.message_count) == (4, "延误", None, 3)
    assert r1.waybill_no == "SF0602677354601" and r1.customer_ref == "138****0000"
    assert r1.started_at == T0 + timedelta(hours=3) and r1.started_at.tzinfo is not None
    r3 = rows["R03"]
    assert (r3.channel, r3.duration_s, r3.vendor_code, r3.team_name) == (
        "call",
        300.0,
        "V02",
        "二组",
    )
    r5 = rows["R05"]
    assert (r5.agent_id, r5.agent_name, r5.team_name) == (None, None, None)
    assert all(r.flags == () for r in rows.values())


def test_detail_measures_reply_waits_and_silences(outlet: Outlet) -> None:
    o = outlet
    t = T0 + timedelta(days=9)
    chat = Spec("W-CHAT", "v1", "a1", t)
    call = Spec(
        "W-CALL", "v1", "a1", t, channel="call", direction="outbound", duration=16.0,
        recording="/rec/w.mp3",
    )  # fmt: skip
    ids = insert(o.services, o.org, [chat, call])
    lines = [
        (0, "customer", "在吗"),
        (5, "bot", "您好，正在转人工"),
        (20, "customer", "我的快递呢"),
        (50, "agent", "您好，我看一下"),  # waited since 0 s: 50 s
        (60, "agent", "请稍等"),  # nothing was waiting
        (120, "customer", "好了吗"),
        (125, "system", "客服已转接"),
        (150, "agent", "查到了"),  # waited since 120 s: 30 s
        (160, "customer", "谢谢"),  # never answered
    ]
    segments = [(0, 3000), (3500, 8000), (4000, 5000), (9000, 9500), (9200, 12000), (15000, 16000)]
    with unit_of_work(o.services.db, write=True) as uow:
        uow.bulk.insert_messages(
            (ids["W-CHAT"], n, t + timedelta(seconds=s), role, f"{role}-{n}", line)
            for n, (s, role, line) in enumerate(lines, 1)
        )
        uow.bulk.insert_segments(
            (ids["W-CALL"], start, end, "agent" if n % 2 else "customer", f"第{n}句")
            for n, (start, end) in enumerate(segments)
        )
    admin = o.actor("admin")
    detail = o.services.records.detail(admin, ids["W-CHAT"])
    assert [m.seq for m in detail.messages] == list(range(1, 10))
    assert [m.wait_s for m in detail.messages] == [
        None, None, None, 50.0, None, None, None, 30.0, None
    ]  # fmt: skip
    assert detail.messages[3].sender == "agent-4" and detail.messages[3].at == t + timedelta(
        seconds=50
    )
    assert detail.segments == [] and detail.call is None
    assert detail.row.external_id == "W-CHAT"

    call_detail = o.services.records.detail(admin, ids["W-CALL"])
    assert call_detail.messages == []
    assert [s.gap_before_ms for s in call_detail.segments] == [0, 500, 0, 1000, 0, 3000]
    assert [s.text for s in call_detail.segments] == [f"第{n}句" for n in range(6)]
    assert call_detail.call is not None
    assert (call_detail.call.direction, call_detail.call.duration_s) == ("outbound", 16.0)
    assert (call_detail.call.recording_path, call_detail.call.recording_missing) == (
        "/rec/w.mp3",
        False,
    )
    assert call_detail.row.duration_s == 16.0


def test_reply_waits_and_silence_gaps_rules() -> None:
    at = [T0 + timedelta(seconds=s) for s in (0, 10, 5, 30)]
    # Clock skew never yields a negative wait.
    assert reply_waits([("customer", at[1]), ("agent", at[2])]) == [None, 5.0 - 5.0]
    assert reply_waits([("agent", at[0]), ("customer", at[0]), ("bot", at[1])]) == [None] * 3
    assert reply_waits([("customer", at[0]), ("customer", at[1]), ("agent", at[3])]) == [
        None,
        None,
        30.0,
    ]
    assert silence_gaps([]) == []
    assert silence_gaps([(100, 200), (150, 180), (250, 300)]) == [0, 0, 50]


# ------------------------------------------------------------------ flags and categories
def _add_results(services: Services, results: list[tuple[int, str, str]]) -> None:
    with services.db.session(write=True) as s:
        checklist = Checklist(name="标准", active=True, created_at=T0)
        s.add(checklist)
        s.flush()
        version = ChecklistVersion(
            checklist_id=checklist.id,
            number=1,
            status="published",
            pass_mark=Decimal(80),
            created_at=T0,
        )
        s.add(version)
        s.flush()
        s.add_all(
            AutoCheckResult(
                record_id=rid, version_id=version.id, rule=rule, verdict=verdict, run_at=T0
            )
            for rid, rule, verdict in results
        )


def test_flag_filter_uses_flagged_or_failed_results_and_is_ignored_without_results(
    outlet: Outlet,
) -> None:
    o, records, admin = outlet, outlet.services.records, outlet.actor("admin")
    assert records.flag_rules(admin) == []
    assert o.matching(RecordFilter(flags=("forbidden_words",))) == {s.ext for s in o.specs}
    _add_results(
        o.services,
        [
            (o.ids["R01"], "forbidden_words", "flag"),
            (o.ids["R02"], "forbidden_words", "pass"),
            (o.ids["R03"], "first_response", "fail"),
            (o.ids["R04"], "first_response", "n/a"),
            (o.ids["R03"], "forbidden_words", "fail"),
        ],
    )
    assert records.flag_rules(admin) == ["first_response", "forbidden_words"]
    assert o.matching(RecordFilter(flags=("forbidden_words",))) == {"R01", "R03"}
    assert o.matching(RecordFilter(flags=("first_response",))) == {"R03"}
    assert o.matching(RecordFilter(flags=("first_response", "forbidden_words"))) == {"R01", "R03"}
    assert o.matching(RecordFilter(flags=("silence",))) == set()
    rows = {r.external_id: r for r in o.every(admin, RecordFilter())}
    assert rows["R03"].flags == ("first_response", "forbidden_words")
    assert rows["R01"].flags == ("forbidden_words",)
    assert rows["R02"].flags == () and rows["R04"].flags == ()
    assert records.detail(admin, o.ids["R03"]).row.flags == ("first_response", "forbidden_words")


def _add_version(
    services: Services, name: str, status: str, active: bool, results: list[tuple[int, str, str]]
) -> int:
    """A checklist with one version in ``status`` and the given (record, rule, verdict)."""
    with services.db.session(write=True) as s:
        checklist = Checklist(name=name, active=active, created_at=T0)
        s.add(checklist)
        s.flush()
        version = ChecklistVersion(
            checklist_id=checklist.id,
            number=1,
            status=status,
            pass_mark=Decimal(80),
            created_at=T0,
        )
        s.add(version)
        s.flush()
        s.add_all(
            AutoCheckResult(
                record_id=rid, version_id=version.id, rule=rule, verdict=verdict, run_at=T0
            )
            for rid, rule, verdict in results
        )
        return version.id


def test_flags_count_only_for_the_active_checklist_versions(outlet: Outlet) -> None:
    o, records, admin = outlet, outlet.services.records, outlet.actor("admin")
    # A retired version, a draft and an inactive checklist: their results no longer show.
    _add_version(o.services, "旧版", "retired", True, [(o.ids["R05"], "S3", "fail")])
    _add_version(o.services, "草稿", "draft", True, [(o.ids["R06"], "S3", "fail")])
    _add_version(o.services, "停用", "published", False, [(o.ids["R07"], "T1", "fail")])
    assert records.flag_rules(admin) == []
    assert o.matching(RecordFilter(any_flag=True)) == {s.ext for s in o.specs}  # ignored
    _add_version(
        o.services,
        "现行",
        "published",
        True,
        [
            (o.ids["R01"], "S3", "fail"),
            (o.ids["R02"], "risk", "flag"),
            (o.ids["R03"], "T1", "n/a"),
            (o.ids["R04"], "T1", "pass"),
        ],
    )
    assert records.flag_rules(admin) == ["S3", "risk"]
    assert o.matching(RecordFilter(flags=("S3",))) == {"R01"}
    assert o.matching(RecordFilter(flags=("T1",))) == set()
    assert o.matching(RecordFilter(any_flag=True)) == {"R01", "R02"}
    # Combined with other filters and counted the same way.
    v1 = o.org["v1"].id
    assert o.matching(RecordFilter(any_flag=True, vendor_ids=(v1,))) == {"R01", "R02"}
    assert records.count(admin, RecordFilter(any_flag=True)) == 2
    rows = {r.external_id: r for r in o.every(admin, RecordFilter())}
    assert rows["R01"].flags == ("S3",) and rows["R02"].flags == ("risk",)
    assert rows["R05"].flags == () and rows["R06"].flags == () and rows["R07"].flags == ()
    # A supervisor sees the flags of their own vendor's records only.
    assert o.matching(RecordFilter(any_flag=True), "sup2") == set()
    assert o.matching(RecordFilter(any_flag=True), "sup1") == {"R01", "R02"}


@pytest.fixture
def sql_log(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def capture(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(services.db.engine, "before_cursor_execute", capture)
    yield statements
    event.remove(services.db.engine, "before_cursor_execute", capture)


def test_categories_come_from_the_index_sorted(outlet: Outlet, sql_log: list[str]) -> None:
    assert outlet.services.records.categories(outlet.actor("admin")) == ["延误", "投诉", "破损"]
    # One probe per distinct value, not a scan of every record.
    assert any("WITH RECURSIVE" in s for s in sql_log)
