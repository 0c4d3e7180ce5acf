"""``qa-desk sample`` end to end (in-process): the ``--json`` object of DESIGN §6, the items
stored and assigned, ``--dry-run`` storing nothing, a seed that draws the same sample again,
and bad input exiting 1 (a refused draw) or 2 (wrong usage) with one line.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from qa_desk import cli, logging_setup
from qa_desk.commands import common
from qa_desk.domain import passwords
from qa_desk.domain.checklist import ChecklistSpec, ItemSpec, SectionSpec
from qa_desk.domain.roles import Role
from qa_desk.services.registry import Services
from qa_desk.storage.models import AuditEvent, Sample, SampleItem
from qa_desk.storage.unit_of_work import unit_of_work

ADMIN_PASSWORD = "admin-pass-1"
T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai
JSON_KEYS = ["sample_id", "population", "size", "seed", "method", "plan", "items"]
ITEM_KEYS = ["record_external_id", "agent", "stratum", "reason", "assigned_to"]


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    def ok(self) -> Run:
        assert self.code == 0, (self.code, self.out, self.err)
        return self

    def refused(self, code: int, *words: str) -> str:
        assert self.code == code, (self.code, self.out, self.err)
        assert "Traceback" not in self.err + self.out
        lines = self.err.strip().splitlines()
        line = lines[-1]
        if code == 1:
            assert len(lines) == 1, self.err
            assert line.startswith("qa-desk: ")
        for word in words:
            assert word in self.err, self.err
        return line


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
def outlet(db_url: str, services: Services, org: dict[str, Any]) -> list[str]:
    """30 records of two vendors over one week and a published checklist; returns the base
    arguments (``--db``, and on PostgreSQL ``--user admin``)."""
    admin = org["admin"]
    spec = ChecklistSpec(
        name="抽样评分表", sections=(SectionSpec("S", "服务", 100, (ItemSpec("G1", "问候"),)),)
    )
    draft = services.checklists.create(admin, spec)
    services.checklists.publish(admin, draft.id)
    agents = [(org["a1"].id, org["v1"].id), (org["a2"].id, org["v2"].id)]
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            (
                "test",
                f"R{i:03d}",
                "call" if i % 5 == 4 else "chat",
                agents[i % 3 == 0][1],
                agents[i % 3 == 0][0],
                T0 + timedelta(hours=5 * i),
                None,
                None,
                None,
                None,
                (1, 4, None, 5)[i % 4],
                [],
                3,
                None,
                None,
            )
            for i in range(30)
        )
    services.accounts.create_user(admin, "insp2", "质检员二", Role.INSPECTOR, "secret-pass-1")
    base = ["--db", db_url]
    if db_url.startswith("postgresql"):
        base += ["--user", "admin"]
    return base


def stored(services: Services) -> tuple[int, int]:
    with services.db.engine.connect() as conn:
        samples = conn.scalar(select(func.count()).select_from(Sample))
        items = conn.scalar(select(func.count()).select_from(SampleItem))
    return int(samples or 0), int(items or 0)


WEEK = ["--from", "2026-11-02", "--to", "2026-11-08"]


def test_sample_json_shape_items_and_assignment(
    outlet: list[str], qa: Callable[..., Run], services: Services, org: dict[str, Any]
) -> None:
    run = qa(
        *outlet, "--json", "sample", *WEEK, "--size", "8", "--method", "stratified",
        "--seed", "42", "--assign", "insp,insp2",
    ).ok()  # fmt: skip
    data = run.json
    assert list(data) == JSON_KEYS
    assert data["population"] == 30 and data["size"] == 8 and data["seed"] == 42
    assert data["method"] == "stratified" and isinstance(data["sample_id"], int)
    plan = data["plan"]
    assert plan["checklist"] == "抽样评分表" and plan["inspectors"] == ["insp", "insp2"]
    assert plan["filter"]["date_from"] == "2026-11-02" and plan["size_rule"]["n"] == 8
    assert plan["strata"] == {"A0101": [20, 5], "A0201": [10, 3]}
    assert [list(item) for item in data["items"]] == [ITEM_KEYS] * 8
    assert {item["agent"] for item in data["items"]} == {"A0101", "A0201"}
    assert Counter(item["assigned_to"] for item in data["items"]) == {"insp": 4, "insp2": 4}
    first = data["items"][0]
    assert first["reason"] == {
        "code": "stratified",
        "by": "agent",
        "stratum": first["stratum"],
        "of": 20 if first["stratum"] == "A0101" else 10,
        "picked": 5 if first["stratum"] == "A0101" else 3,
        "allocation": "proportional",
    }
    assert stored(services) == (1, 8)
    listed = services.sampling.items(org["admin"], data["sample_id"])
    assert [i.record_external_id for i in listed] == [
        i["record_external_id"] for i in data["items"]
    ]
    with services.db.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.entity, AuditEvent.action)).all()
    assert ("sample", "draw") in [tuple(e) for e in events]

    # The same seed draws the same records; the human output names them and the seed.
    again = qa(*outlet, "sample", *WEEK, "--size", "8", "--method", "stratified", "--seed", "42")
    text = again.ok().out
    assert text.startswith("Drew sample 2: 8 of 30 records (stratified, seed 42).")
    for item in data["items"]:
        assert item["record_external_id"] in text


def test_dry_run_stores_nothing_and_vendor_channel_filters_apply(
    outlet: list[str], qa: Callable[..., Run], services: Services
) -> None:
    data = qa(*outlet, "--json", "sample", *WEEK, "--percent", "50", "--dry-run").ok().json
    assert data["sample_id"] is None and data["size"] == 15 and data["method"] == "random"
    assert stored(services) == (0, 0)
    text = qa(*outlet, "sample", *WEEK, "--percent", "50", "--dry-run", "--seed", "7").ok().out
    assert "Would draw 15 of 30 records (random, seed 7)." in text
    assert text.rstrip().endswith("Dry run: nothing was stored. Draw it with --seed 7.")
    assert stored(services) == (0, 0)

    v2 = qa(*outlet, "--json", "sample", *WEEK, "--vendor", "v02", "--cochran", "--dry-run")
    assert v2.ok().json["population"] == 10
    calls = qa(*outlet, "--json", "sample", *WEEK, "--channel", "call", "--aql", "1.0")
    data = calls.ok().json
    assert data["population"] == 6 and data["plan"]["size_params"]["full_inspection"] is True
    assert data["size"] == 6
    per_agent = qa(*outlet, "--json", "sample", *WEEK, "--per-agent", "2", "--dry-run").ok().json
    assert per_agent["method"] == "stratified" and per_agent["size"] == 4
    risk = qa(*outlet, "--json", "sample", *WEEK, "--size", "3", "--method", "risk", "--dry-run")
    assert {i["reason"]["code"] for i in risk.ok().json["items"]} == {"risk"}


def test_bad_arguments_exit_1_or_2_with_one_line(
    outlet: list[str], qa: Callable[..., Run], services: Services
) -> None:
    # Usage errors: argparse's message and exit code 2.
    qa(*outlet, "sample", *WEEK).refused(2, "one of the arguments")
    qa(*outlet, "sample", *WEEK, "--size", "3", "--percent", "5").refused(2, "not allowed with")
    qa(*outlet, "sample", "--to", "2026-11-08", "--size", "3").refused(2, "--from")
    qa(*outlet, "sample", *WEEK, "--size", "three").refused(2, "invalid int value")
    qa(*outlet, "sample", *WEEK, "--size", "3", "--method", "best").refused(2, "invalid choice")
    # Refused draws: exit code 1 and one line.
    qa(*outlet, "sample", "--from", "2026-13-01", "--to", "2026-11-08", "--size", "3").refused(
        1, "--from '2026-13-01' is not a date"
    )
    qa(*outlet, "sample", *WEEK, "--size", "3", "--level", "I").refused(
        1, "--level goes with --aql"
    )
    qa(*outlet, "sample", *WEEK, "--aql", "3.3").refused(1, "not one of the AQL values")
    qa(*outlet, "sample", *WEEK, "--size", "3", "--vendor", "V99").refused(1, "Unknown vendor")
    qa(*outlet, "sample", *WEEK, "--size", "3", "--assign", "nobody").refused(1, "No user")
    qa(*outlet, "sample", *WEEK, "--size", "3", "--assign", "sup1").refused(1, "may not inspect")
    qa(*outlet, "sample", *WEEK, "--size", "3", "--seed", "-4").refused(1, "seed must be")
    qa(*outlet, "sample", *WEEK, "--size", "3", "--checklist", "无此表").refused(
        1, "No checklist named"
    )
    qa(*outlet, "sample", "--from", "2027-01-01", "--to", "2027-01-07", "--size", "3").refused(
        1, "nothing drawn"
    )
    as_inspector = [*outlet]
    if "--user" not in as_inspector:
        as_inspector += ["--user", "insp"]
    else:
        as_inspector[as_inspector.index("--user") + 1] = "insp"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QA_DESK_PASSWORD", "secret-pass-1")
        qa(*as_inspector, "sample", *WEEK, "--size", "3").refused(1, "may not manage_sampling")
    json_error = qa(*outlet, "--json", "sample", *WEEK, "--aql", "3.3")
    assert json_error.code == 1 and "AQL" in json_error.json["error"]
    assert stored(services) == (0, 0)


def test_several_active_checklists_need_a_name(
    outlet: list[str], qa: Callable[..., Run], services: Services, org: dict[str, Any]
) -> None:
    admin = org["admin"]
    spec = ChecklistSpec(
        name="电话评分表",
        channel="call",
        sections=(SectionSpec("S", "服务", 100, (ItemSpec("C1", "开场"),)),),
    )
    services.checklists.publish(admin, services.checklists.create(admin, spec).id)
    qa(*outlet, "sample", *WEEK, "--size", "3").refused(1, "Several checklists are active")
    # A channel only one of them scores picks that one; a name picks any.
    chats = qa(*outlet, "--json", "sample", *WEEK, "--size", "3", "--channel", "chat").ok()
    assert chats.json["plan"]["checklist"] == "抽样评分表"
    named = qa(*outlet, "--json", "sample", *WEEK, "--size", "3", "--checklist", "电话评分表")
    assert named.ok().json["population"] == 6  # the call checklist samples calls only
