"""The default checklist's automatic checks over 100,000 chats (≈1,000,000 messages) (issue 4).

A SQLite database gets 100,000 generated conversations through raw ``executemany`` (the
way a large import leaves them): express-delivery chats in the samples' style, with
greetings left out, slow replies, forbidden and buck-passing phrases, complaints and
waybill numbers mixed in at realistic rates. The shipped checklist is installed. Then, in
one process and alternately, ``RUNS`` times each (the auto-check tables emptied before
each round, untimed):

* baseline: the messages read exactly as the service reads them: the same repository
  calls, so the same SQL, chunk by chunk, rows grouped per record, times parsed, in the
  same kind of transaction, and nothing else built;
* measured: ``AutoCheckService.run`` — the same reads, plus conversations built, every
  default rule run, and runs and results written, chunk by chunk.

Prints both times (best and median), the ratio (target ≤ 3×) and what was found. Does not
fail on time. With ``QA_DESK_BENCH_PROFILE=1`` it also prints a cProfile of one run.
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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from qa_desk.services import autocheck as autocheck_module
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.storage.database import open_database
from qa_desk.storage.migrate import upgrade
from qa_desk.storage.repositories.autocheck import Scope
from qa_desk.storage.unit_of_work import unit_of_work

CONVERSATIONS = int(os.environ.get("QA_DESK_BENCH_CONVERSATIONS", "100000"))
RUNS = int(os.environ.get("QA_DESK_BENCH_RUNS", "3"))
TARGET = 3.0
START = datetime(2026, 10, 1, tzinfo=UTC)
VENDORS = 2
AGENTS_PER_VENDOR = 20

GREETINGS = [
    "您好，欢迎咨询，请问有什么可以帮您？",
    "您好，很高兴为您服务，请问有什么可以帮您？",
    "您好，我是客服{n}号，请问有什么可以帮您？",
]
NO_GREETINGS = ["在", "说", "什么事"]
OPENINGS = [
    "我的快递{w}怎么三天了还没到？",
    "今天能派送吗？我急用，{w}",
    "收到的包裹外箱破了，里面的杯子也碎了，单号{w}",
    "快递显示已签收但我根本没收到，单号{w}",
    "能帮我改一下收件地址吗？单号{w}",
    "快递员态度太差了，我要投诉",
    "再不处理我就打12305投诉了！单号{w}",
    "物流信息一直停在杭州转运中心，什么情况",
]
CUSTOMER_LINES = ["谢谢", "好的", "能快点吗", "那要多久？", "嗯嗯", "好吧", "[图片]", "{w}"]
AGENT_LINES = [
    "麻烦提供一下运单号，我帮您查询。",
    "好的，请您稍等，正在为您查询~",
    "好的，已为您备注加急处理。",
    "查询到您的快递目前在武汉转运中心，预计明天送达，给您带来不便非常抱歉。",
    "已为您催促网点今天优先派送，请保持电话畅通。",
    "非常抱歉，请您提供外包装和物品破损的照片，我们为您登记理赔。",
    "新旧地址在同一城市的话可以为您联系派送员修改；不同城市需要退回后重新寄出。",
    "已为您登记问题件，网点核实后24小时内给您回复。",
]
RUDE = ["我已经说过了，你没看吗？", "没办法，爱投诉就投诉吧。"]
BUCK_PASSING = ["不知道，你自己去问快递员。", "这个不归我们管。"]
CLOSINGS = [
    "请问还有其他可以帮您的吗？",
    "感谢您的咨询，再见！",
    "感谢您的耐心等待，祝您生活愉快！",
]


def _stamp(value: datetime) -> str:
    """The text QA Desk stores for a UTC datetime on SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _waybill(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return f"SF{rng.randrange(10**12, 10**13)}"
    if kind < 0.7:
        return f"YT{rng.randrange(10**12, 10**13)}"
    return f"75{rng.randrange(10**11, 10**12)}"


def _conversation(rng: random.Random) -> list[tuple[int, str, str]]:
    """(seconds since the start, role, text) of one chat, 10 messages on average."""
    w = _waybill(rng)
    lines: list[tuple[int, str, str]] = [(0, "customer", rng.choice(OPENINGS).format(w=w))]
    at = 0

    def reply_delay() -> int:
        return rng.randint(61, 240) if rng.random() < 0.06 else rng.randint(2, 28)

    at += reply_delay()
    if rng.random() < 0.9:
        lines.append((at, "agent", rng.choice(GREETINGS).format(n=rng.randint(1, 99))))
    else:
        lines.append((at, "agent", rng.choice(NO_GREETINGS)))
    middle = rng.randint(3, 7)
    for _ in range(middle):
        if rng.random() < 0.35:
            at += rng.randint(5, 60)
            lines.append((at, "customer", rng.choice(CUSTOMER_LINES).format(w=w)))
            at += reply_delay()
        else:
            at += rng.randint(3, 40)
        roll = rng.random()
        if roll < 0.01:
            text = rng.choice(RUDE)
        elif roll < 0.02:
            text = rng.choice(BUCK_PASSING)
        else:
            text = rng.choice(AGENT_LINES)
        lines.append((at, "agent", text))
    if rng.random() < 0.85:
        at += rng.randint(3, 20)
        lines.append((at, "agent", rng.choice(CLOSINGS)))
    if rng.random() < 0.3:
        lines.append((at + 1, "system", "会话已结束"))
    return lines


def build_database(path: Path) -> tuple[str, int, float]:
    """A migrated SQLite file with two vendors, 40 agents and the conversations; returns
    the URL, the number of messages and the seconds it took."""
    url = f"sqlite:///{path}"
    db = open_database(url)
    upgrade(db, backup=False)
    db.dispose()
    rng = random.Random(20261123)
    started = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    created = _stamp(START)
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
    records: list[tuple[Any, ...]] = []
    messages: list[tuple[Any, ...]] = []
    for i in range(CONVERSATIONS):
        record_id = i + 1
        begin = START + timedelta(seconds=i * 25)
        lines = _conversation(rng)
        agent_id, vendor_id = agents[rng.randrange(len(agents))]
        records.append(
            (
                record_id, "bench", f"C{i:08d}", "chat", vendor_id, agent_id, _stamp(begin),
                _stamp(begin + timedelta(seconds=lines[-1][0])), "[]", len(lines),
            )
        )  # fmt: skip
        messages.extend(
            (record_id, seq, _stamp(begin + timedelta(seconds=offset)), role, None, text)
            for seq, (offset, role, text) in enumerate(lines, 1)
        )
    conn.executemany(
        "INSERT INTO record (id, source, external_id, channel, vendor_id, agent_id, started_at,"
        " ended_at, tags, message_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        records,
    )
    conn.executemany(
        "INSERT INTO message (record_id, seq, at, role, sender, text) VALUES (?, ?, ?, ?, ?, ?)",
        messages,
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return url, len(messages), time.perf_counter() - started


# ------------------------------------------------------------------ the two sides
def read_only(services: Services, actor: Actor) -> int:
    """The baseline: every message the run reads, read the way the run reads it."""
    total = 0
    for version in services.checklists.active_versions(actor):
        spec = services.checklists.spec(actor, version.id)
        # The fingerprint only takes part in the "already current" test, which finds
        # nothing current here (the tables are emptied before each round).
        scope = Scope(spec.channel)
        after = 0
        while True:
            with unit_of_work(services.db, write=True) as uow:
                batch = uow.autocheck.pending(version.id, "-", scope, after, autocheck_module.CHUNK)
                if not batch:
                    break
                after = batch[-1][0]
                chats = [rid for rid, channel in batch if channel == "chat"]
                for _record_id, rows in uow.autocheck.messages(chats):
                    total += len(rows)
    return total


def clear_results(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM autocheck_result")
    conn.execute("DELETE FROM autocheck_run")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture(scope="module")
def chats(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Services, Actor, Path, int, float]]:
    path = tmp_path_factory.mktemp("bench") / "autocheck.sqlite3"
    url, messages, seconds = build_database(path)
    services, _ = open_services(url)
    admin = services.accounts.create_first_admin("bench", "压测", "bench-pass-1", "压测网点")
    services.checklists.install_default(admin)
    yield services, admin, path, messages, seconds
    services.close()


def test_autocheck_against_reading_the_messages(
    chats: tuple[Services, Actor, Path, int, float],
) -> None:
    services, admin, path, messages, build_s = chats
    # Warm both paths once (imports, regex compilation, SQLite page cache).
    assert read_only(services, admin) == messages
    summary = services.autocheck.run(admin)
    assert summary.records == CONVERSATIONS

    reads, runs = [], []
    for _ in range(RUNS):
        clear_results(path)
        start = time.perf_counter()
        assert read_only(services, admin) == messages
        reads.append(time.perf_counter() - start)
        start = time.perf_counter()
        summary = services.autocheck.run(admin)
        runs.append(time.perf_counter() - start)
        assert summary.records == CONVERSATIONS
    base, ours = min(reads), min(runs)
    ratio = ours / base
    verdict = "meets" if ratio <= TARGET else "MISSES"
    flags = ", ".join(f"{key} {count:,}" for key, count in summary.flags.items())
    print(
        f"\nbench autocheck: {CONVERSATIONS:,} chats, {messages:,} messages "
        f"(generated and inserted in {build_s:.1f} s), chunks of {autocheck_module.CHUNK:,}\n"
        f"  baseline, reading the messages as the run does: best {base:.2f} s, "
        f"median {statistics.median(reads):.2f} s ({messages / base:,.0f} messages/s)\n"
        f"  AutoCheckService.run, default checklist: best {ours:.2f} s, "
        f"median {statistics.median(runs):.2f} s ({messages / ours:,.0f} messages/s)\n"
        f"  ratio {ratio:.2f}x — {verdict} the target of {TARGET:.0f}x\n"
        f"  results stored {summary.results:,}; records failed or flagged: {flags}"
    )
    if os.environ.get("QA_DESK_BENCH_PROFILE") == "1":
        clear_results(path)
        profiler = cProfile.Profile()
        profiler.enable()
        services.autocheck.run(admin)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(30)
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
