"""A stratified sample of 1,000 drawn from 1,000,000 records (issue 5).

A SQLite database gets 1,000,000 records of a month (five vendors, 200 agents with uneven
shares) through raw ``executemany``, the way a large import leaves it, then the post-import
catch-up (which measures the table for SQLite's planner). The shipped checklist is
installed and 2,000 records are already inspected against it. Then, in one process and
alternately, ``RUNS`` times each:

* baseline: ``SELECT count(*)`` over the same filtered population — the month's records
  not yet inspected against the checklist, counted with the very conditions the draw uses
  (``SamplingRepository.count``);
* measured: ``SamplingService.draw`` — a stratified (per agent, proportional) sample of
  1,000 from that population, stored with its items and audit event.

Prints both times (best and median) and the ratio; target ≤ 5×. Also prints, once each, a
preview, a simple random draw and a mixed (risk-weighted) draw of the same population for
reference. Does not fail on time. ``QA_DESK_BENCH_PROFILE=1`` adds a cProfile of one draw.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import random
import sqlite3
import statistics
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

import pytest

from qa_desk.domain.sampling import SizeRule
from qa_desk.domain.timeutil import to_utc
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.services.sampling import PlanSpec, PopulationFilter
from qa_desk.storage.database import open_database
from qa_desk.storage.migrate import upgrade
from qa_desk.storage.repositories.records import RecordQuery
from qa_desk.storage.repositories.sampling import Population
from qa_desk.storage.unit_of_work import unit_of_work

RECORDS = 1_000_000
VENDORS = 5
AGENTS_PER_VENDOR = 40
INSPECTED = 2_000
SAMPLE = 1_000
RUNS = 5
TARGET = 5.0
FIRST_DAY, LAST_DAY = date(2026, 11, 1), date(2026, 11, 30)
START = datetime(2026, 11, 1, tzinfo=UTC)  # 08:00 in Shanghai
CATEGORIES = ("延误", "丢失", "破损", "改地址", "催派", "投诉", "理赔", None)


def _stamp(value: datetime) -> str:
    """The text QA Desk stores for a UTC datetime on SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _record_rows(agents: list[tuple[int, int]], rng: random.Random) -> Iterator[tuple[Any, ...]]:
    # Service hours 08:00–22:00 local (00:00–14:00 UTC) over the month, in time order.
    step = 30 * 14 * 3600 / RECORDS
    # Busy and quiet agents: shares from 1 to 4.
    weights = [1 + (agent_id * 7919) % 4 for agent_id, _v in agents]
    picks = rng.choices(range(len(agents)), weights=weights, k=RECORDS)
    for i in range(RECORDS):
        day, second = divmod(i * step, 14 * 3600)
        started = START + timedelta(days=int(day), seconds=second)
        agent_id, vendor_id = agents[picks[i]]
        chat = i % 5 != 4
        yield (
            "bench",
            f"{'C' if chat else 'T'}{i:08d}",
            "chat" if chat else "call",
            vendor_id,
            agent_id,
            _stamp(started),
            _stamp(started + timedelta(seconds=300)),
            CATEGORIES[i % len(CATEGORIES)],
            (5, 5, 5, 4, 4, 3, 2, 1, None, None)[i % 10],
            "[]",
            12,
        )


def build_database(path: Path) -> tuple[str, float]:
    """A migrated SQLite file with the organisation and a million records; seconds taken."""
    url = f"sqlite:///{path}"
    db = open_database(url)
    upgrade(db, backup=False)
    db.dispose()
    rng = random.Random(20261124)
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    created = _stamp(START)
    conn.execute(
        "INSERT INTO outlet (code, name, timezone, created_at) VALUES (?, ?, ?, ?)",
        ("OUTLET", "压测网点", "Asia/Shanghai", created),
    )
    agents: list[tuple[int, int]] = []
    for v in range(1, VENDORS + 1):
        conn.execute(
            "INSERT INTO vendor (id, code, name, kpi_targets, active, created_at)"
            " VALUES (?, ?, ?, '{}', 1, ?)",
            (v, f"V{v:02d}", f"外包服务商{v}", created),
        )
        for a in range(AGENTS_PER_VENDOR):
            agent_id = (v - 1) * AGENTS_PER_VENDOR + a + 1
            conn.execute(
                "INSERT INTO agent (id, employee_id, name, vendor_id, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (agent_id, f"A{v:02d}{a + 1:02d}", f"坐席{agent_id}", v, created),
            )
            agents.append((agent_id, v))
    conn.commit()
    # Indexes are built once after the rows, as a bulk load would.
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'record'"
        " AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.executemany(
        "INSERT INTO record (source, external_id, channel, vendor_id, agent_id, started_at,"
        " ended_at, category, csat, tags, message_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _record_rows(agents, rng),
    )
    conn.commit()
    for _name, sql in indexes:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return url, time.perf_counter() - started


def inspect_some(path: Path, version_id: int, inspector_id: int) -> None:
    """INSPECTED records already inspected against the checklist (they leave the population)."""
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO inspection (record_id, version_id, inspector_id, status, critical_failed,"
        " started_at, time_spent_s, version) VALUES (?, ?, ?, 'submitted', 0, ?, 0, 1)",
        [
            (record_id, version_id, inspector_id, _stamp(START))
            for record_id in rng.sample(range(1, RECORDS + 1), INSPECTED)
        ],
    )
    conn.commit()
    conn.close()


def spec(checklist_id: int, method: str = "stratified") -> PlanSpec:
    return PlanSpec(
        name="bench",
        checklist_id=checklist_id,
        population=PopulationFilter(FIRST_DAY, LAST_DAY),
        size=SizeRule("fixed", n=SAMPLE),
        method=method,
        stratify_by="agent",
        allocation="proportional",
        seed=20261124,
    )


def count_population(services: Services, checklist_id: int) -> int:
    """The baseline: the population's ``SELECT count(*)``, built as the draw builds it."""
    zone = "Asia/Shanghai"
    query = RecordQuery(
        started_from=to_utc(datetime.combine(FIRST_DAY, clock.min), zone),
        started_before=to_utc(datetime.combine(LAST_DAY + timedelta(days=1), clock.min), zone),
    )
    with unit_of_work(services.db) as uow:
        return uow.sampling.count(Population(query, checklist_id))


@pytest.fixture(scope="module")
def month(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Actor, int, float]]:
    path = tmp_path_factory.mktemp("bench") / "sampling.sqlite3"
    url, seconds = build_database(path)
    services, _ = open_services(url)
    admin = services.accounts.create_first_admin("bench", "压测", "bench-pass-1", "压测网点")
    version = services.checklists.install_default(admin)
    # The post-import catch-up: measures the table for SQLite's planner.
    services.records.update_search_index()
    inspect_some(path, version.id, admin.user_id or 0)
    yield services, admin, version.checklist_id, seconds
    services.close()


def _timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def test_stratified_draw_against_counting_the_population(
    month: tuple[Services, Actor, int, float],
) -> None:
    services, admin, checklist_id, build_s = month
    plan = spec(checklist_id)
    population = count_population(services, checklist_id)
    assert population == RECORDS - INSPECTED
    # Warm both paths once (imports, SQLite's page cache).
    services.sampling.draw(admin, plan, dry_run=True)

    counts, draws = [], []
    for _ in range(RUNS):
        elapsed, counted = _timed(lambda: count_population(services, checklist_id))
        assert counted == population
        counts.append(elapsed)
        elapsed, (sample, items) = _timed(lambda: services.sampling.draw(admin, plan))
        assert sample.population == population and len(items) == SAMPLE
        draws.append(elapsed)
    base, ours = min(counts), min(draws)
    ratio = ours / base
    verdict = "meets" if ratio <= TARGET else "MISSES"
    strata = len(sample.params["strata"])

    preview_s, preview = _timed(lambda: services.sampling.preview(admin, plan))
    assert preview.population == population
    random_s, _ = _timed(lambda: services.sampling.draw(admin, spec(checklist_id, "random")))
    mixed_s, _ = _timed(lambda: services.sampling.draw(admin, spec(checklist_id, "mixed")))
    print(
        f"\nbench sampling: {RECORDS:,} records (generated and inserted in {build_s:.1f} s), "
        f"{INSPECTED:,} already inspected, population {population:,}, {strata} agents\n"
        f"  baseline, SELECT count(*) over the population: best {base * 1000:.0f} ms, "
        f"median {statistics.median(counts) * 1000:.0f} ms\n"
        f"  SamplingService.draw, stratified {SAMPLE:,} (stored): best {ours * 1000:.0f} ms, "
        f"median {statistics.median(draws) * 1000:.0f} ms\n"
        f"  ratio {ratio:.2f}x — {verdict} the target of {TARGET:.0f}x\n"
        f"  for reference, once each: preview {preview_s * 1000:.0f} ms, "
        f"random draw {random_s * 1000:.0f} ms, mixed (risk-weighted) draw {mixed_s:.1f} s"
    )
    if os.environ.get("QA_DESK_BENCH_PROFILE") == "1":
        profiler = cProfile.Profile()
        profiler.enable()
        services.sampling.draw(admin, plan)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())
