"""``qa-desk checklist list|import|export|install-default|publish`` end to end (in-process).

The shipped checklist installed, exported in both languages, imported back as a new draft
and published, with the stored version equal to the one exported; an inspector's sheet
imported with the problems that stop it being published; and bad input (missing or
unreadable files, bad cells, unknown names and versions, a role that may not) exiting 1
with one line and nothing stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qa_desk import cli, logging_setup
from qa_desk.commands import common
from qa_desk.domain import passwords
from qa_desk.domain.checklist import load_default
from qa_desk.io.checklist_xlsx import read_checklist
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services

ADMIN_PASSWORD = "admin-pass-1"
ZH_NAME = "快递客服质检评分表"
EN_NAME = "Express delivery service checklist"


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

    def one_line_error(self, *words: str) -> str:
        assert self.code == 1, (self.code, self.out, self.err)
        assert "Traceback" not in self.err + self.out
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("qa-desk: ")
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
def base(db_url: str, admin: Actor) -> list[str]:
    """``--db`` (and, on PostgreSQL, ``--user admin`` with QA_DESK_PASSWORD)."""
    if db_url.startswith("postgresql"):
        return ["--db", db_url, "--user", "admin"]
    return ["--db", db_url]


def inspector_sheet(path: Path, points: object = 2) -> Path:
    """A sheet as an inspector keeps it: Chinese headers, no codes, the section named once."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "质检表"
    for row in (
        ["维度", "权重", "评分项", "分值", "类型", "每次扣分", "致命项", "扣罚金额", "说明"],
        ["服务规范", "40%", "开场问候", points, "是否", "", "否", "", "首句问候"],
        ["", "", "态度", "3分", "等级", "", "否", "", ""],
        ["", "", "推诿", 2, "扣分", "", "全单", "¥100", "每次扣分未填"],
        ["时效", "60%", "及时回复", 4, "", "", "", "", ""],
    ):
        sheet.append(row)
    book.save(path)
    return path


def test_install_export_import_publish(
    base: list[str], qa: Callable[..., Run], services: Services, admin: Actor, tmp_path: Path
) -> None:
    assert qa(*base, "--json", "checklist", "list").ok().json == {"checklists": []}
    assert qa(*base, "checklist", "list").ok().out == "No checklists yet.\n"

    installed = qa(*base, "--json", "checklist", "install-default").ok().json
    assert {k: installed[k] for k in ("checklist", "version", "status", "items", "pass_mark")} == {
        "checklist": ZH_NAME,
        "version": 1,
        "status": "published",
        "items": 16,
        "pass_mark": 80.0,
    }
    again = qa(*base, "--json", "checklist", "install-default").ok().json
    assert again["id"] == installed["id"]  # installing twice changes nothing
    english = qa(*base, "checklist", "install-default", "--lang", "en").ok()
    assert english.out == f"Version 1 of {EN_NAME!r} is installed (published, 16 items).\n"

    zh_file = tmp_path / "out" / "评分表.xlsx"
    exported = qa(*base, "--json", "checklist", "export", ZH_NAME, "--out", str(zh_file)).ok()
    assert exported.json["file"] == str(zh_file) and exported.json["lang"] == "zh_CN"
    assert exported.json["version"] == 1
    stored = services.checklists.spec(admin, installed["id"])
    assert stored == load_default("zh_CN")
    assert read_checklist(zh_file) == stored
    en_file = tmp_path / "checklist-en.xlsx"
    qa(*base, "checklist", "export", ZH_NAME.upper(), "--out", str(en_file), "--lang", "en").ok()
    assert openpyxl.load_workbook(en_file).sheetnames == ["Checklist", "Settings"]
    assert read_checklist(en_file) == stored  # the language of the headers, not of the texts

    imported = qa(*base, "--json", "checklist", "import", str(en_file)).ok().json
    assert (imported["checklist"], imported["version"], imported["status"]) == (ZH_NAME, 2, "draft")
    assert imported["problems"] == [] and imported["file"] == str(en_file)
    assert services.checklists.spec(admin, imported["id"]) == stored

    human = qa(*base, "checklist", "list").ok().out.splitlines()
    assert human[0].split() == [
        "name",
        "channel",
        "active",
        "published",
        "items",
        "published",
        "at",
        "draft",
        "versions",
    ]
    rows = {line.split()[0]: line.split() for line in human[2:]}
    assert rows[ZH_NAME][:5] == [ZH_NAME, "both", "yes", "v1", "16"] and rows[ZH_NAME][-2:] == [
        "v2",
        "2",
    ]

    published = qa(*base, "checklist", "publish", ZH_NAME).ok().out.splitlines()
    assert published == [
        f"Published version 2 of {ZH_NAME!r} (16 items).",
        "Version 1 is retired; inspections made with it keep it.",
    ]
    listing = qa(*base, "--json", "checklist", "list").ok().json["checklists"]
    by_name = {c["name"]: c for c in listing}
    assert set(by_name) == {ZH_NAME, EN_NAME}
    assert (by_name[ZH_NAME]["current"], by_name[ZH_NAME]["draft"]) == (2, None)
    assert [v["status"] for v in by_name[ZH_NAME]["versions"]] == ["retired", "published"]
    assert by_name[EN_NAME]["versions"][0]["created_by"] == "admin"

    # An older version stays exportable by number.
    old = tmp_path / "v1.xlsx"
    v1 = qa(*base, "--json", "checklist", "export", ZH_NAME, "--version", "1", "--out", str(old))
    assert (v1.ok().json["version"], v1.json["status"]) == (1, "retired")
    assert read_checklist(old) == stored


def test_import_an_inspectors_sheet(
    base: list[str], qa: Callable[..., Run], services: Services, admin: Actor, tmp_path: Path
) -> None:
    sheet = inspector_sheet(tmp_path / "外包质检.xlsx")
    run = qa(*base, "checklist", "import", str(sheet), "--name", " 外包质检 ").ok()
    assert run.out.splitlines() == [
        "Imported 外包质检.xlsx as draft version 1 of '外包质检' (4 items).",
        "Fix before publishing: Item S1.3: the deduction per occurrence must be greater than 0.",
    ]
    info = services.checklists.list(admin)[0]
    spec = services.checklists.spec(admin, info.versions[0].id)
    assert [(s.code, s.name, s.weight) for s in spec.sections] == [
        ("S1", "服务规范", 40.0),
        ("S2", "时效", 60.0),
    ]
    assert [i.kind for _, i in spec.items()] == ["binary", "scale", "deduction", "binary"]
    assert str(spec.item("S1.3").penalty_amount) == "100"  # type: ignore[union-attr]
    qa(*base, "checklist", "publish", "外包质检").one_line_error("deduction per occurrence")
    assert services.checklists.list(admin)[0].current is None

    # The fixed sheet becomes the same draft again (replaced), then publishes.
    fixed = inspector_sheet(tmp_path / "外包质检.xlsx")
    book = openpyxl.load_workbook(fixed)
    assert book.active is not None
    book.active["F4"] = 1
    book.save(fixed)
    again = qa(*base, "--json", "checklist", "import", str(fixed)).ok().json
    assert (again["id"], again["version"], again["problems"]) == (info.versions[0].id, 1, [])
    done = qa(*base, "--json", "checklist", "publish", "外包质检").ok().json
    assert (done["status"], done["retired"], done["items"]) == ("published", None, 4)
    publish_again = qa(*base, "checklist", "publish", "外包质检")
    publish_again.one_line_error("'外包质检' has no draft to publish (version 1 is published)")


def test_bad_input_exits_1_with_one_line(
    base: list[str], qa: Callable[..., Run], services: Services, admin: Actor, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.xlsx"
    qa(*base, "checklist", "import", str(missing)).one_line_error("There is no file", "nope.xlsx")
    text = tmp_path / "checklist.xlsx"
    text.write_text("维度,评分项\n服务,问候\n", encoding="utf-8")
    qa(*base, "checklist", "import", str(text)).one_line_error("not an Excel workbook")
    bad = inspector_sheet(tmp_path / "bad.xlsx", points="两分")
    run = qa(*base, "--json", "checklist", "import", str(bad))
    line = run.one_line_error(
        "bad.xlsx, sheet 质检表, row 2, column D (分值): '两分' is not a number"
    )
    assert run.json == {"error": line.removeprefix("qa-desk: ")}
    qa(*base, "checklist", "import", str(bad), "--name", " ").one_line_error("--name")
    assert services.checklists.list(admin) == []  # nothing stored by the failures

    qa(*base, "checklist", "install-default").ok()
    qa(*base, "checklist", "export", "nope", "--out", str(tmp_path / "x.xlsx")).one_line_error(
        "No checklist named 'nope'", ZH_NAME
    )
    qa(
        *base, "checklist", "export", ZH_NAME, "--version", "9", "--out", str(tmp_path / "x.xlsx")
    ).one_line_error("has no version 9 (versions: 1)")
    blocker = tmp_path / "file"
    blocker.write_text("")
    qa(*base, "checklist", "export", ZH_NAME, "--out", str(blocker / "x.xlsx")).one_line_error(
        "cannot write"
    )
    qa(*base, "checklist", "publish", ZH_NAME).one_line_error("has no draft to publish")
    assert not (tmp_path / "x.xlsx").exists()
    usage = qa(*base, "checklist", "export", ZH_NAME)  # --out is required
    assert usage.code == 2 and "--out" in usage.err


def test_roles(
    base: list[str],
    qa: Callable[..., Run],
    services: Services,
    org: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Everyone may list checklists; only an admin may change them."""
    qa(*base, "checklist", "install-default").ok()
    as_inspector = [*base[:2], "--user", "insp"]
    monkeypatch.setenv("QA_DESK_PASSWORD", "secret-pass-1")  # checked on PostgreSQL only
    listing = qa(*as_inspector, "--json", "checklist", "list").ok().json["checklists"]
    assert [c["name"] for c in listing] == [ZH_NAME]
    sheet = inspector_sheet(tmp_path / "s.xlsx")
    qa(*as_inspector, "checklist", "import", str(sheet)).one_line_error(
        "Your role (inspector) may not"
    )
    qa(*as_inspector, "checklist", "install-default", "--lang", "en").one_line_error(
        "Your role (inspector) may not"
    )
    qa(*as_inspector, "checklist", "publish", ZH_NAME).one_line_error(
        "Your role (inspector) may not"
    )
    assert [c.name for c in services.checklists.list(org["admin"])] == [ZH_NAME]
