"""An import killed mid-way (SIGKILL, a separate process) leaves no batch and no record.

``qa-desk import chats`` runs on a generated file of 200,000 messages (50,000 on PostgreSQL,
whose progress is visible sooner); the test waits until
the import is visibly writing (SQLite: its uncommitted pages fill the WAL file; PostgreSQL:
the server shows the session copying messages) and kills it. The database then holds no
import batch, no record and no message, is intact, and the same import then runs to the end.
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from qa_desk.domain import passwords
from qa_desk.services.registry import Services
from qa_desk.storage.models import AuditEvent, ImportBatch, Message, Record

ADMIN_PASSWORD = "admin-pass-1"
MESSAGES = {"sqlite": 200_000, "postgresql": 50_000}
HEADER = [
    "会话ID",
    "消息时间",
    "发送方",
    "发送人",
    "消息内容",
    "客服工号",
    "外包商编码",
    "客户手机",
]
LINES = [
    "你好，我的快递还没到",
    "麻烦提供一下运单号",
    "已为您登记催派",
    "好的，谢谢",
    "请问还有其他问题吗",
]


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


def write_big_file(path: Path, messages: int) -> int:
    """``messages`` rows in conversations of 10; returns the number of conversations."""
    rnd = random.Random(7)
    start = datetime(2026, 11, 1, 8, 0, 0)
    with open(path, "w", encoding="utf-8", newline="") as stream:
        out = csv.writer(stream)
        out.writerow(HEADER)
        for n in range(messages):
            conversation, turn = divmod(n, 10)
            at = start + timedelta(seconds=conversation * 13 + turn * 20)
            agent_turn = turn % 2 == 1
            out.writerow(
                [
                    f"K{conversation:07d}",
                    at.strftime("%Y-%m-%d %H:%M:%S"),
                    "客服" if agent_turn else "客户",
                    "张敏" if agent_turn else "客户",
                    f"{rnd.choice(LINES)}（{n}）",
                    "A0101",
                    "V01",
                    f"138{conversation:08d}",
                ]
            )
    return messages // 10


def counts(services: Services) -> dict[str, int]:
    with services.db.engine.connect() as conn:
        return {
            m.__name__: conn.scalar(select(func.count()).select_from(m)) or 0
            for m in (ImportBatch, Record, Message, AuditEvent)
        }


def start_import(url: str, path: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "qa_desk", "--db", url]
    if url.startswith("postgresql"):
        argv += ["--user", "admin"]
    env = {**os.environ, "QA_DESK_PASSWORD": ADMIN_PASSWORD}
    return subprocess.Popen(
        [*argv, "--json", "import", "chats", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_until(condition: Any, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the import ended before {what}: {process.returncode} {out!r} {err!r}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"timed out waiting until {what}")
        time.sleep(0.02)


def copying_messages(services: Services) -> bool:
    with services.db.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND query LIKE 'COPY message%'"
            )
        ).scalar()
    return bool(found)


def other_sessions(services: Services) -> int:
    with services.db.engine.connect() as conn:
        return (
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() AND state <> 'idle'"
                )
            ).scalar()
            or 0
        )


def test_killed_import_leaves_nothing(
    db_url: str, services: Services, org: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    messages = MESSAGES["postgresql" if db_url.startswith("postgresql") else "sqlite"]
    conversations = write_big_file(path, messages)
    before = counts(services)

    process = start_import(db_url, path)
    if db_url.startswith("sqlite"):
        wal = Path(services.db.sqlite_path or "").with_name("qa.sqlite3-wal")
        # Uncommitted pages spill into the WAL once the page cache is full: it is writing.
        wait_until(lambda: wal.exists() and wal.stat().st_size > 4 << 20, process, "it wrote")
    else:
        wait_until(lambda: copying_messages(services), process, "it copied messages")
    assert process.poll() is None, "the import finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL

    if db_url.startswith("postgresql"):
        # The server rolls the dead client's transaction back as it notices the lost socket.
        deadline = time.monotonic() + 30
        while other_sessions(services) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert counts(services) == before  # no batch, no record, no message, no audit event
    if db_url.startswith("sqlite"):
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []

    again = start_import(db_url, path)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    result = json.loads(out)
    assert (result["records_created"], result["messages_created"]) == (conversations, messages)
    after = counts(services)
    assert after["ImportBatch"] == before["ImportBatch"] + 1
    assert after["Record"] == conversations and after["Message"] == messages
