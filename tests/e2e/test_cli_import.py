"""``qa-desk import chats|calls`` end to end (in-process), on SQLite and PostgreSQL.

Every sample through the command line with ``--json`` (the keys of DESIGN §6 plus the
contract's extras), the human output, re-imports that change nothing, and bad input that
exits 1 with one line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from qa_desk import cli, logging_setup
from qa_desk.commands import common
from qa_desk.domain import passwords
from qa_desk.services.registry import Services
from qa_desk.storage.models import Agent, Message, Record, Segment

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
ADMIN_PASSWORD = "admin-pass-1"
DESIGN_KEYS = [
    "batch_id",
    "file",
    "rows_read",
    "records_created",
    "records_updated",
    "messages_created",
    "duplicates",
    "errors",
    "error_report",
]
EXTRA_KEYS = ["kind", "recordings_missing", "vendor_agents_created"]
MORE_AGENTS = {
    "A0102": ("李娜", "V01"),
    "A0103": ("张伟", "V01"),
    "A0104": ("刘洋", "V01"),
    "A0105": ("陈静", "V01"),
    "A0202": ("赵敏", "V02"),
    "A0203": ("黄磊", "V02"),
    "A0204": ("周婷", "V02"),
}


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    def one_line_error(self, *words: str) -> str:
        assert self.code == 1, (self.code, self.out, self.err)
        assert "Traceback" not in self.err + self.out
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        for word in words:
            assert word in lines[0], lines[0]
        return lines[0]


@pytest.fixture(autouse=True)
def _quick_and_quiet(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(passwords, "_N", 2**10)
    monkeypatch.setattr(common, "interactive", lambda: False)
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    yield
    logging_setup.reset()


@pytest.fixture
def qa(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*argv: str) -> Run:
        capsys.readouterr()
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def url(db_url: str, services: Services, org: dict[str, Any]) -> str:
    """A database with the samples' vendors and agents."""
    admin = org["admin"]
    vendors = {"V01": org["v1"].id, "V02": org["v2"].id}
    for employee_id, (name, vendor) in MORE_AGENTS.items():
        services.org.create_agent(admin, employee_id, name, vendors[vendor])
    return db_url


def as_user(url: str, login: str = "admin") -> list[str]:
    """PostgreSQL needs --user (its password comes from QA_DESK_PASSWORD)."""
    if url.startswith("postgresql") or login != "admin":
        return ["--db", url, "--user", login]
    return ["--db", url]


def count(services: Services, model: type, *where: Any) -> int:
    with services.db.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_every_sample_through_the_cli(
    url: str, qa: Callable[..., Run], services: Services, tmp_path: Path
) -> None:
    base = [*as_user(url), "--json", "import"]

    a = qa(*base, "chats", str(SAMPLES / "chats_platform_a_gbk.csv"))
    assert a.code == 0, a.err
    assert list(a.json) == DESIGN_KEYS + EXTRA_KEYS
    assert {k: a.json[k] for k in DESIGN_KEYS[1:]} == {
        "file": str(SAMPLES / "chats_platform_a_gbk.csv"),
        "rows_read": 2065,
        "records_created": 240,
        "records_updated": 0,
        "messages_created": 2065,
        "duplicates": 0,
        "errors": 0,
        "error_report": None,
    }
    assert a.json["kind"] == "chats" and a.json["vendor_agents_created"] == 0

    b = qa(*base, "chats", str(SAMPLES / "chats_platform_b.xlsx"))
    assert b.code == 0, b.err
    assert (b.json["records_created"], b.json["messages_created"], b.json["errors"]) == (60, 543, 0)

    report = tmp_path / "dirty errors.xlsx"
    dirty = qa(*base, "chats", str(SAMPLES / "chats_dirty_utf16.txt"), "--errors", str(report))
    assert dirty.code == 0, dirty.err
    assert (dirty.json["records_created"], dirty.json["messages_created"]) == (3, 8)
    assert (dirty.json["errors"], dirty.json["duplicates"]) == (5, 1)
    assert dirty.json["error_report"] == str(report)
    rows = list(openpyxl.load_workbook(report).active.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [5, 6, 7, 8, 12]
    assert rows[3][2:] == (
        "A0999",
        "unknown agent A0999; give a vendor (--vendor) or add the agent",
    )

    calls = qa(
        *base,
        "calls",
        str(SAMPLES / "calls.xlsx"),
        "--transcripts",
        str(SAMPLES / "call_transcripts.csv"),
        "--recordings",
        str(SAMPLES / "recordings"),
    )
    assert calls.code == 0, calls.err
    assert list(calls.json) == DESIGN_KEYS + EXTRA_KEYS
    assert (calls.json["kind"], calls.json["records_created"]) == ("calls", 40)
    assert (calls.json["messages_created"], calls.json["recordings_missing"]) == (240, 37)
    assert calls.json["rows_read"] == 280 and calls.json["errors"] == 0

    assert count(services, Record) == 343
    assert count(services, Message) == 2065 + 543 + 8
    assert count(services, Segment) == 240
    with services.db.engine.connect() as conn:
        texts = {t for (t,) in conn.execute(select(Message.text))}
    assert '=HYPERLINK("http://example.invalid","点我查询")' in texts
    assert "表情🙂和生僻字𠀀都要保留" in texts and "x" * 5000 in texts

    # Every file again: nothing changes.
    for argv, rows_read, errors in (
        (["chats", str(SAMPLES / "chats_platform_a_gbk.csv")], 2065, 0),
        (["chats", str(SAMPLES / "chats_platform_b.xlsx")], 543, 0),
        (["chats", str(SAMPLES / "chats_dirty_utf16.txt"), "--errors", str(report)], 14, 5),
        (
            [
                "calls",
                str(SAMPLES / "calls.xlsx"),
                "--transcripts",
                str(SAMPLES / "call_transcripts.csv"),
            ],
            280,
            0,
        ),
    ):
        again = qa(*base, *argv)
        assert again.code == 0, again.err
        assert (again.json["records_created"], again.json["messages_created"]) == (0, 0)
        assert again.json["records_updated"] == 0
        assert again.json["duplicates"] == rows_read - errors
        assert again.json["errors"] == errors
    assert count(services, Record) == 343 and count(services, Message) == 2616


def test_human_output_and_the_vendor_option(
    url: str, qa: Callable[..., Run], services: Services
) -> None:
    run = qa(
        *as_user(url), "import", "chats", str(SAMPLES / "chats_dirty_utf16.txt"), "--vendor", "V01"
    )
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[0].startswith(f"Imported {SAMPLES / 'chats_dirty_utf16.txt'} as batch ")
    table = dict(line.strip().rsplit(None, 1) for line in lines[1:-1])
    table = {label.strip(): value for label, value in table.items()}
    assert table == {
        "rows read": "14",
        "records created": "3",
        "records updated": "0",
        "messages created": "9",
        "duplicates": "1",
        "errors": "4",
        "agents created": "1",
    }
    assert lines[-1].startswith("Rows not imported are listed in ")
    report = Path(lines[-1].removeprefix("Rows not imported are listed in "))
    assert report.exists() and report.parent.name == "import-errors"
    assert count(services, Agent, Agent.employee_id == "A0999") == 1

    calls = qa(*as_user(url), "import", "calls", str(SAMPLES / "calls.xlsx"))
    assert calls.code == 0, calls.err
    assert "segments created" in calls.out and "recordings missing" in calls.out


def test_a_profile_names_the_source(
    url: str, qa: Callable[..., Run], services: Services, org: dict[str, Any]
) -> None:
    mapping = {
        "conversation_id": "session_id",
        "at": "timestamp",
        "role": "from",
        "text": "content",
        "agent_id": "agent_id",
    }
    services.imports.save_profile(org["admin"], "chats", "平台B", mapping)
    run = qa(
        *as_user(url),
        "--json",
        "import",
        "chats",
        str(SAMPLES / "chats_platform_b.xlsx"),
        "--profile",
        "平台B",
    )
    assert run.code == 0, run.err
    assert run.json["records_created"] == 60
    assert count(services, Record, Record.source == "平台B") == 60
    # No waybill or rating column in this mapping: they stay empty.
    assert count(services, Record, Record.waybill_no.is_not(None)) == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["chats", "{tmp}/missing.csv"], ["missing.csv: cannot open the file"]),
        (["chats", "{tmp}/empty.csv"], ["empty.csv: the file is empty"]),
        (["chats", "{samples}/recordings/CALL202611040000.wav"], ["not a text table"]),
        (["chats", "{tmp}/prose.txt"], ["prose.txt", "not a table"]),
        (["chats", "{samples}/calls.xlsx"], ["missing required columns"]),
        (["chats", "{samples}/chats_platform_b.xlsx", "--vendor", "V09"], ["Unknown vendor 'V09'"]),
        (
            ["chats", "{samples}/chats_platform_b.xlsx", "--profile", "nope"],
            ["no chats import profile"],
        ),
        (["calls", "{samples}/calls.xlsx", "--recordings", "{tmp}/nowhere"], ["does not exist"]),
        (["calls", "{samples}/calls.xlsx", "--transcripts", "{tmp}/empty.csv"], ["empty.csv"]),
    ],
)
def test_bad_input_exits_1_with_one_line(
    url: str,
    qa: Callable[..., Run],
    services: Services,
    tmp_path: Path,
    argv: list[str],
    words: list[str],
) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "prose.txt").write_text("没有表格\n只有文字\n", encoding="utf-8")
    args = [a.format(tmp=tmp_path, samples=SAMPLES) for a in argv]
    run = qa(*as_user(url), "import", *args)
    run.one_line_error(*words)
    as_json = qa(*as_user(url), "--json", "import", *args)
    as_json.one_line_error(*words)
    assert list(as_json.json) == ["error"]
    assert count(services, Record) == 0


def test_who_may_import_from_the_cli(
    url: str, qa: Callable[..., Run], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", "secret-pass-1")
    denied = qa(*as_user(url, "sup1"), "import", "chats", str(SAMPLES / "chats_platform_a_gbk.csv"))
    denied.one_line_error("may not import_records")
    allowed = qa(
        *as_user(url, "insp"), "--json", "import", "chats", str(SAMPLES / "chats_platform_b.xlsx")
    )
    assert allowed.code == 0, allowed.err
    assert count(services, Record) == 60
