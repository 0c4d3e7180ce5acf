"""The ``qa-desk`` command end to end: init, users, identity, audit verify, bad input.

Commands run in-process through ``qa_desk.cli.main`` (fast); one test runs the installed
console script to prove the entry point works.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qa_desk import cli, logging_setup
from qa_desk.commands import common
from qa_desk.domain.errors import AuthenticationError
from qa_desk.domain.roles import Role
from qa_desk.paths import default_database_path
from qa_desk.services.registry import Services, open_services
from qa_desk.storage.database import open_database
from qa_desk.storage.migrate import HEAD_REVISION, current_revision, upgrade

ADMIN_PASSWORD = "admin-pass-1"
NEW_PASSWORD = "new-secret-9"


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    def assert_one_line_error(self, *words: str) -> str:
        """Exit 1, exactly one line on stderr, no traceback; returns that line."""
        assert self.code == 1, (self.code, self.out, self.err)
        assert "Traceback" not in self.err and "Traceback" not in self.out
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        line = lines[0]
        assert line.startswith("qa-desk: ")
        for word in words:
            assert word in line, line
        return line


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never wait at a prompt, even when pytest runs with -s in a terminal."""
    monkeypatch.setattr(common, "interactive", lambda: False)
    monkeypatch.delenv("QA_DESK_NEW_PASSWORD", raising=False)
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
def prompts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers typed at password prompts, in order; the terminal counts as interactive."""
    answers: list[str] = []
    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common, "ask_password", lambda prompt: answers.pop(0))
    return answers


def _is_pg(url: str) -> bool:
    return url.startswith("postgresql")


@pytest.fixture
def initialised(
    db_url: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A database with its first admin; QA_DESK_PASSWORD lets PostgreSQL runs sign in."""
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    result = qa("--db", db_url, "--json", "init")
    assert result.code == 0, result.err
    assert result.json["admin_created"] is True
    yield db_url


def _as_admin(url: str) -> list[str]:
    return ["--db", url, "--user", "admin"] if _is_pg(url) else ["--db", url]


# ---------------------------------------------------------------------- basics
def test_version(qa: Callable[..., Run]) -> None:
    result = qa("--version")
    assert result.code == 0
    assert result.out.strip() == "qa-desk 0.1.0"


@pytest.mark.parametrize(
    "argv",
    [
        ["user"],
        ["bogus"],
        ["user", "add", "x", "--name", "X", "--role", "wizard"],
        ["user", "add", "x"],
        ["--db"],
        ["init", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(qa: Callable[..., Run], argv: list[str]) -> None:
    result = qa(*argv)
    assert result.code == 2
    assert "usage: qa-desk" in result.err
    assert result.out == ""


def test_help_lists_the_commands(qa: Callable[..., Run]) -> None:
    result = qa("--help")
    assert result.code == 0
    for word in ("init", "user", "audit", "--db", "--json", "--user", "--version"):
        assert word in result.out


def test_no_command_opens_the_gui(
    qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Any, ...]] = []
    app = ModuleType("qa_desk.app")

    def gui_main(argv: list[str] | None, *, db_url: str | None, user: str | None) -> int:
        calls.append((argv, db_url, user))
        return 0

    app.main = gui_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qa_desk.app", app)
    url = f"sqlite:///{tmp_path}/gui.sqlite3"
    result = qa("--db", url, "--user", "insp")
    assert result.code == 0
    assert calls == [(["--db", url, "--user", "insp"], url, "insp")]
    # Opening the GUI touches no database by itself.
    assert not (tmp_path / "gui.sqlite3").exists()


def test_console_script_runs(tmp_path: Path) -> None:
    """The installed entry point works: --version, then a real init in a fresh home."""
    script = Path(sys.executable).with_name("qa-desk")
    assert script.exists(), "install the project (make test does) to get the qa-desk command"
    env = {**os.environ, "QA_DESK_HOME": str(tmp_path), "QA_DESK_PASSWORD": ADMIN_PASSWORD}
    env.pop("QA_DESK_DB", None)
    version = subprocess.run(
        [script, "--version"], capture_output=True, text=True, env=env, timeout=60
    )
    assert version.returncode == 0
    assert version.stdout.strip() == "qa-desk 0.1.0"
    init = subprocess.run(
        [script, "--json", "init"], capture_output=True, text=True, env=env, timeout=120
    )
    assert init.returncode == 0, init.stderr
    data = json.loads(init.stdout)
    assert data["admin_created"] is True and data["to_revision"] == HEAD_REVISION
    assert (tmp_path / "data" / "qa-desk.sqlite3").exists()


# ---------------------------------------------------------------------- init
def test_init_creates_the_default_database_then_is_a_no_op(
    qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    first = qa("--json", "init", "--outlet", "城南网点")
    assert first.code == 0, first.err
    data = first.json
    path = default_database_path()
    assert data == {
        "database": f"sqlite:///{path}",
        "from_revision": None,
        "to_revision": HEAD_REVISION,
        "backup": None,
        "admin_created": True,
        "admin": "admin",
        "demo": None,
    }
    services, _ = open_services(f"sqlite:///{path}")
    try:
        actor = services.accounts.authenticate("admin", ADMIN_PASSWORD)
        assert actor.role is Role.ADMIN
        assert services.org.outlet().name == "城南网点"  # type: ignore[union-attr]
        events = services.audit.count(actor)
    finally:
        services.close()

    again = qa("--json", "init")
    assert again.code == 0, again.err
    assert again.json["from_revision"] == again.json["to_revision"] == HEAD_REVISION
    assert again.json["admin_created"] is False and again.json["backup"] is None
    assert sorted(p.name for p in path.parent.iterdir() if "bak" in p.name) == []
    services, _ = open_services(f"sqlite:///{path}")
    try:
        admin = services.accounts.sole_admin()
        assert services.audit.count(admin) == events
        assert [u.login for u in services.accounts.list_users(admin)] == ["admin"]
    finally:
        services.close()


def test_init_human_output(qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    result = qa("init", "--admin", "lead", "--admin-name", "质检主管")
    assert result.code == 0, result.err
    assert "Schema: created" in result.out
    assert "Admin account 'lead' created." in result.out
    again = qa("init", "--admin", "other")
    assert "Schema: already current" in again.out
    assert "--admin" in again.err  # told that the option had nothing to do


def test_init_without_a_password_leaves_nothing(qa: Callable[..., Run]) -> None:
    result = qa("init")
    result.assert_one_line_error("set QA_DESK_PASSWORD or run in a terminal")
    assert not default_database_path().exists()
    assert list(default_database_path().parent.glob("qa-desk.sqlite3*")) == []


def test_init_asks_twice_at_a_terminal(qa: Callable[..., Run], prompts: list[str]) -> None:
    prompts.extend([ADMIN_PASSWORD, ADMIN_PASSWORD])
    result = qa("--json", "init")
    assert result.code == 0, result.err
    assert result.json["admin_created"] is True
    assert prompts == []


def test_init_refuses_two_different_passwords(qa: Callable[..., Run], prompts: list[str]) -> None:
    prompts.extend([ADMIN_PASSWORD, "something-else"])
    qa("init").assert_one_line_error("differ")
    assert not default_database_path().exists()


@pytest.mark.parametrize(
    ("argv", "words"),
    [(["--admin", "bad login"], "login"), ([], "at least 8")],
)
def test_init_with_bad_admin_details_leaves_no_file(
    qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, argv: list[str], words: str
) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD if argv else "short")
    qa("init", *argv).assert_one_line_error(words)
    assert list(default_database_path().parent.glob("qa-desk.sqlite3*")) == []


def test_init_on_a_migrated_database(
    db_url: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs on SQLite and PostgreSQL: the schema is current, the first admin is made."""
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    result = qa("--db", db_url, "--json", "init")
    assert result.code == 0, result.err
    data = result.json
    assert data["from_revision"] == data["to_revision"] == HEAD_REVISION
    assert data["admin_created"] is True and data["backup"] is None
    again = qa("--db", db_url, "--json", "init")
    assert again.json["admin_created"] is False


def test_init_upgrades_an_old_file_and_reports_the_backup(
    qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{path}")
    upgrade(db, revision="0001_foundation")
    db.dispose()
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)

    result = qa("--db", f"sqlite:///{path}", "--json", "init")
    assert result.code == 0, result.err
    data = result.json
    assert data["from_revision"] == "0001_foundation"
    assert data["to_revision"] == HEAD_REVISION
    backup = Path(data["backup"])
    assert backup.exists() and backup.parent == tmp_path
    old = open_database(f"sqlite:///{backup}")
    try:
        assert current_revision(old) == "0001_foundation"
    finally:
        old.dispose()

    human = qa("--db", f"sqlite:///{path}", "init")
    assert "already current" in human.out


def test_init_human_output_names_the_backup(
    qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{path}")
    upgrade(db, revision="0001_foundation")
    db.dispose()
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    result = qa("--db", f"sqlite:///{path}", "init")
    assert result.code == 0, result.err
    assert f"Schema: upgraded from 0001_foundation to {HEAD_REVISION}." in result.out
    (backup,) = tmp_path.glob("old.*.bak.sqlite3")
    assert f"Backup of the previous file: {backup}" in result.out


def test_database_url_from_the_environment_and_the_settings(
    qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, _isolated_home: Path
) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    from_settings = tmp_path / "settings.sqlite3"
    ini = _isolated_home / "config" / "qa-desk.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(f"[database]\nurl=sqlite:///{from_settings}\n", encoding="utf-8")
    assert qa("--json", "init").json["database"] == f"sqlite:///{from_settings}"

    from_env = tmp_path / "env.sqlite3"
    monkeypatch.setenv("QA_DESK_DB", f"sqlite:///{from_env}")
    assert qa("--json", "init").json["database"] == f"sqlite:///{from_env}"

    given = tmp_path / "given.sqlite3"
    assert qa("--db", f"sqlite:///{given}", "--json", "init").json["database"] == (
        f"sqlite:///{given}"
    )
    assert not default_database_path().exists()


def test_init_demo(qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    """init --demo on a fresh file: schema, admin, demo outlet, progress at a terminal."""
    from qa_desk.commands import init_cmd

    monkeypatch.setattr(init_cmd, "_stderr_is_terminal", lambda: True)
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    result = qa("--json", "init", "--demo")
    assert result.code == 0, result.err
    data = result.json  # stdout holds the one JSON object; progress went to stderr
    assert data["admin_created"] is True and data["to_revision"] == HEAD_REVISION
    demo = data["demo"]
    assert (demo["vendors"], demo["teams"], demo["agents"]) == (2, 4, 20)
    assert demo["chats"] >= 4000 and demo["calls"] >= 800
    assert demo["messages"] > demo["chats"] and demo["segments"] > demo["calls"]
    assert "Loading demo data: 100%" in result.err

    services, _ = open_services(f"sqlite:///{default_database_path()}")
    try:
        admin = services.accounts.sole_admin()
        assert {v.code for v in services.org.vendors(admin)} >= {"V01", "V02"}
        demo_user = next(u for u in services.accounts.list_users(admin) if u.role is Role.INSPECTOR)
        services.accounts.authenticate(demo_user.login, demo["demo_password"])
        assert services.audit.verify(admin).ok
    finally:
        services.close()

    # Loading twice is refused (one line), and the admin existing is not a problem.
    monkeypatch.setattr(init_cmd, "_stderr_is_terminal", lambda: False)
    qa("init", "--demo").assert_one_line_error("already loaded")


# ---------------------------------------------------------------------- users
def test_user_commands(
    initialised: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = initialised
    me = _as_admin(url)
    services, _ = open_services(url)
    try:
        admin = services.accounts.authenticate("admin", ADMIN_PASSWORD)
        services.org.create_vendor(admin, "V01", "顺心外包客服")
    finally:
        services.close()

    monkeypatch.setenv("QA_DESK_NEW_PASSWORD", "secret-pass-1")
    added = qa(*me, "--json", "user", "add", "Insp", "--name", "质检员一", "--role", "inspector")
    assert added.code == 0, added.err
    assert added.json["login"] == "insp"
    assert added.json["name"] == "质检员一" and added.json["role"] == "inspector"
    assert added.json["active"] is True and added.json["vendor"] is None

    sup = qa(*me, "user", "add", "sup1", "--name", "主管", "--role", "vendor_supervisor",
             "--vendor", "v01", "--json")  # fmt: skip
    assert sup.code == 0, sup.err
    assert sup.json["vendor"] == "V01" and sup.json["role"] == "vendor_supervisor"

    listed = qa(*me, "--json", "user", "list")
    assert listed.code == 0, listed.err
    users = {u["login"]: u for u in listed.json["users"]}
    assert set(users) == {"admin", "insp", "sup1"}
    assert users["sup1"]["vendor"] == "V01"
    assert all(u["created_at"].endswith("+00:00") for u in users.values())

    table = qa(*me, "user", "list")
    assert table.code == 0
    header, rule, *rows = table.out.splitlines()
    assert header.split()[:4] == ["login", "name", "role", "vendor"]
    assert set(rule) <= {"-", " "}
    assert any(r.startswith("sup1") and "V01" in r for r in rows)

    monkeypatch.setenv("QA_DESK_NEW_PASSWORD", NEW_PASSWORD)
    reset = qa(*me, "--json", "user", "reset-password", "insp")
    assert reset.code == 0, reset.err
    assert reset.json["password_reset"] is True and reset.json["login"] == "insp"

    gone = qa(*me, "--json", "user", "deactivate", "insp")
    assert gone.code == 0, gone.err
    assert gone.json["active"] is False

    services, _ = open_services(url)
    try:
        with pytest.raises(AuthenticationError):
            services.accounts.authenticate("insp", NEW_PASSWORD)
        # The password was really changed before the account was closed.
        admin = services.accounts.authenticate("admin", ADMIN_PASSWORD)
        services.accounts.update_user(
            admin, services.accounts.user_id_by_login(admin, "insp"), active=True
        )
        assert services.accounts.authenticate("insp", NEW_PASSWORD).login == "insp"
        actions = [(e.entity, e.action) for e in services.audit.events(admin, limit=20)]
        assert ("user", "password_reset") in actions and ("user", "deactivate") in actions
    finally:
        services.close()


def test_user_add_bad_input(
    initialised: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    me = _as_admin(initialised)
    monkeypatch.setenv("QA_DESK_NEW_PASSWORD", "secret-pass-1")
    add = [*me, "user", "add"]
    qa(*add, "s", "--name", "S", "--role", "vendor_supervisor", "--vendor", "V99") \
        .assert_one_line_error("Unknown vendor 'V99'")  # fmt: skip
    qa(*add, "s", "--name", "S", "--role", "vendor_supervisor").assert_one_line_error("--vendor")
    qa(*add, "s", "--name", "S", "--role", "auditor", "--vendor", "V01").assert_one_line_error(
        "vendor_supervisor"
    )
    qa(*add, "admin", "--name", "A", "--role", "auditor").assert_one_line_error("already taken")
    monkeypatch.delenv("QA_DESK_NEW_PASSWORD")
    qa(*add, "aud", "--name", "A", "--role", "auditor").assert_one_line_error(
        "set QA_DESK_NEW_PASSWORD or run in a terminal"
    )
    monkeypatch.setenv("QA_DESK_NEW_PASSWORD", "short")
    qa(*add, "aud", "--name", "A", "--role", "auditor").assert_one_line_error("at least 8")
    qa(*me, "user", "reset-password", "nobody").assert_one_line_error("No user 'nobody'")
    qa(*me, "user", "deactivate", "admin").assert_one_line_error("last active admin")
    listed = qa(*me, "--json", "user", "list")
    assert [u["login"] for u in listed.json["users"]] == ["admin"]


def test_new_password_typed_twice(
    initialised: str, qa: Callable[..., Run], prompts: list[str]
) -> None:
    # (On PostgreSQL the admin signs in with QA_DESK_PASSWORD, set by the fixture.)
    prompts.extend(["typed-pass-1", "typed-pass-1"])
    result = qa(*_as_admin(initialised), "--json", "user", "add", "aud", "--name", "审计",
                "--role", "auditor")  # fmt: skip
    assert result.code == 0, result.err
    assert prompts == []
    services, _ = open_services(initialised)
    try:
        assert services.accounts.authenticate("aud", "typed-pass-1").role is Role.AUDITOR
    finally:
        services.close()


def test_json_after_the_command_words(initialised: str, qa: Callable[..., Run]) -> None:
    before = qa(*_as_admin(initialised), "--json", "user", "list")
    after = qa("user", "list", *_as_admin(initialised), "--json")
    assert after.code == 0, after.err
    assert [u["login"] for u in after.json["users"]] == [u["login"] for u in before.json["users"]]


def test_json_error_is_still_one_object(qa: Callable[..., Run]) -> None:
    result = qa("--json", "--db", "mysql://qa@127.0.0.1/x", "user", "list")
    line = result.assert_one_line_error("Unsupported database")
    assert result.json == {"error": line.removeprefix("qa-desk: ")}


# ---------------------------------------------------------------------- identity
def test_embedded_identity_defaults_to_the_sole_admin(
    sqlite_url: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    qa("--db", sqlite_url, "user", "list").assert_one_line_error("qa-desk init")
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    assert qa("--db", sqlite_url, "init").code == 0
    monkeypatch.delenv("QA_DESK_PASSWORD")  # no password is needed on a local file

    monkeypatch.setenv("QA_DESK_NEW_PASSWORD", "secret-pass-1")
    db = ["--db", sqlite_url]
    assert qa(*db, "user", "add", "insp", "--name", "I", "--role", "inspector").code == 0
    assert qa(*db, "user", "add", "boss", "--name", "B", "--role", "admin").code == 0

    # Two admins now: the CLI will not guess which one acts.
    qa(*db, "user", "list").assert_one_line_error("--user")
    assert qa(*db, "--user", "boss", "user", "list").code == 0
    # An inspector may not manage users; an unknown login is refused.
    qa(*db, "--user", "insp", "user", "list").assert_one_line_error("may not")
    qa(*db, "--user", "ghost", "user", "list").assert_one_line_error("No active user 'ghost'")

    assert qa(*db, "--user", "boss", "user", "deactivate", "insp").code == 0
    services, _ = open_services(sqlite_url)
    try:
        boss = services.accounts.actor_by_login("boss")
        (latest,) = services.audit.events(boss, limit=1)
        assert latest.action == "deactivate" and latest.user == "boss"
    finally:
        services.close()


@pytest.mark.pg
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_shared_database_needs_user_and_password(
    initialised: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = initialised
    qa("--db", url, "user", "list").assert_one_line_error("--user")

    monkeypatch.delenv("QA_DESK_PASSWORD")
    qa("--db", url, "--user", "admin", "user", "list").assert_one_line_error(
        "set QA_DESK_PASSWORD or run in a terminal"
    )
    monkeypatch.setenv("QA_DESK_PASSWORD", "wrong-password")
    qa("--db", url, "--user", "admin", "user", "list").assert_one_line_error("wrong password")

    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    ok = qa("--db", url, "--user", "admin", "--json", "user", "list")
    assert ok.code == 0, ok.err
    (admin,) = ok.json["users"]
    assert admin["last_login_at"] is not None

    # Five failures in a row lock the account; then even the right password is refused.
    monkeypatch.setenv("QA_DESK_PASSWORD", "wrong-password")
    for _ in range(5):
        qa("--db", url, "--user", "admin", "user", "list").assert_one_line_error()
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    qa("--db", url, "--user", "admin", "user", "list").assert_one_line_error("locked")


@pytest.mark.pg
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_shared_database_password_at_a_prompt(
    initialised: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, prompts: list[str]
) -> None:
    monkeypatch.delenv("QA_DESK_PASSWORD")
    prompts.append(ADMIN_PASSWORD)
    result = qa("--db", initialised, "--user", "admin", "--json", "audit", "verify")
    assert result.code == 0, result.err
    assert result.json["ok"] is True and prompts == []


# ---------------------------------------------------------------------- audit verify
def test_audit_verify_ok_then_broken(
    initialised: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    me = _as_admin(initialised)
    monkeypatch.setenv("QA_DESK_NEW_PASSWORD", "secret-pass-1")
    for login in ("u1", "u2", "u3"):
        assert qa(*me, "user", "add", login, "--name", login, "--role", "auditor").code == 0

    ok = qa(*me, "--json", "audit", "verify")
    assert ok.code == 0, ok.err
    data = ok.json
    assert data["ok"] is True and data["first_broken"] is None
    assert data["events"] >= 5 and len(data["head_hash"]) == 64
    human = qa(*me, "audit", "verify")
    assert human.code == 0 and "intact" in human.out and human.err == ""

    db = open_database(initialised)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE audit_event SET action = 'delete' WHERE seq = 3"))
    finally:
        db.dispose()

    broken = qa(*me, "--json", "audit", "verify")
    broken.assert_one_line_error("broken at event 3")
    assert broken.json["ok"] is False
    assert broken.json["first_broken"] == 3
    assert broken.json["events"] == data["events"]
    human = qa(*me, "audit", "verify")
    human.assert_one_line_error("broken at event 3")
    assert human.out == ""


def test_auditor_may_verify(
    initialised: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    me = _as_admin(initialised)
    monkeypatch.setenv("QA_DESK_NEW_PASSWORD", "secret-pass-1")
    assert qa(*me, "user", "add", "aud", "--name", "审计", "--role", "auditor").code == 0
    monkeypatch.setenv("QA_DESK_PASSWORD", "secret-pass-1")
    result = qa("--db", initialised, "--user", "aud", "--json", "audit", "verify")
    assert result.code == 0, result.err
    assert result.json["ok"] is True


# ---------------------------------------------------------------------- errors
def test_internal_error_is_one_line_and_logged(
    initialised: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    from qa_desk.services.audit import AuditService

    def explode(self: AuditService, actor: object) -> None:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(AuditService, "verify", explode)
    result = qa(*_as_admin(initialised), "audit", "verify")
    line = result.assert_one_line_error("internal error (RuntimeError: disk on fire second line)")
    log = Path(line.split("details in ", 1)[1])
    assert log.name == "qa-desk.log"
    for handler in logging_setup.logging.getLogger().handlers:
        handler.flush()
    content = log.read_text(encoding="utf-8")
    assert "Traceback" in content and "disk on fire" in content


def test_commands_other_than_init_never_create_a_database(
    qa: Callable[..., Run], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path}/none.sqlite3"
    for argv in (["user", "list"], ["audit", "verify"]):
        qa("--db", url, *argv).assert_one_line_error("qa-desk init")
    assert list(tmp_path.iterdir()) == []


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def _real_file(folder: Path, template: Path) -> Path:
    path = folder / "qa.sqlite3"
    shutil.copyfile(template, path)
    return path


def _random(folder: Path, template: Path) -> Path:
    path = folder / "qa.sqlite3"
    path.write_bytes(os.urandom(20000))
    return path


def _truncated(folder: Path, template: Path) -> Path:
    path = folder / "qa.sqlite3"
    data = template.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _newer(folder: Path, template: Path) -> Path:
    path = _real_file(folder, template)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    conn.commit()
    conn.close()
    return path


def _foreign(folder: Path, template: Path) -> Path:
    path = folder / "qa.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return path


def _read_only(folder: Path, template: Path) -> Path:
    path = _real_file(folder, template)
    path.chmod(0o444)
    return path


BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "random bytes": (_random, "not a QA Desk database"),
    "truncated": (_truncated, "damaged"),
    "newer revision": (_newer, "newer QA Desk"),
    "foreign tables": (_foreign, "not a QA Desk database"),
    "read-only": (_read_only, "read-only"),
}

COMMANDS = [["init"], ["--json", "init"], ["user", "list"], ["audit", "verify"]]


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_sqlite_file_changes_nothing(
    qa: Callable[..., Run],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    _sqlite_template: Path,
    case: str,
    argv: list[str],
) -> None:
    make, words = BAD_FILES[case]
    folder = tmp_path / "dbs"
    folder.mkdir()
    path = make(folder, _sqlite_template)
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    before = _snapshot(folder)
    time.sleep(0.01)
    try:
        result = qa("--db", f"sqlite:///{path}", *argv)
    finally:
        path.chmod(0o644)
    result.assert_one_line_error(words)
    if "--json" in argv:
        assert "error" in result.json
    assert _snapshot(folder) == before


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("nonsense://", "Unsupported database 'nonsense'"),
        ("not a url", "Not a valid database URL"),
        ("mysql://qa@127.0.0.1/x", "Unsupported database 'mysql'"),
        ("postgresql+psycopg://qa@127.0.0.1:1/x", "Cannot reach the database"),
    ],
)
def test_bad_url(
    qa: Callable[..., Run],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    words: str,
    argv: list[str],
    _isolated_home: Path,
) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    before = sorted(p.relative_to(_isolated_home) for p in _isolated_home.rglob("*.sqlite3"))
    started = time.monotonic()
    qa("--db", url, *argv).assert_one_line_error(words)
    assert time.monotonic() - started < 10  # fails fast, no long network wait
    after = sorted(p.relative_to(_isolated_home) for p in _isolated_home.rglob("*.sqlite3"))
    assert after == before == []


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_missing_folder(qa: Callable[..., Run], tmp_path: Path, argv: list[str]) -> None:
    url = f"sqlite:///{tmp_path}/no/such/folder/qa.sqlite3"
    qa("--db", url, *argv).assert_one_line_error("does not exist" if "init" in argv else "init")
    assert not (tmp_path / "no").exists()


def test_any_command_upgrades_an_old_file_and_says_so(
    qa: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{path}")
    upgrade(db, revision="0001_foundation")
    # The first revision already holds accounts and the audit log.
    Services.over(db).accounts.create_first_admin("admin", "Admin", ADMIN_PASSWORD)
    db.dispose()

    result = qa("--db", f"sqlite:///{path}", "--json", "audit", "verify")
    assert result.code == 0, result.err
    assert result.json["ok"] is True
    (backup,) = tmp_path.glob("old.*.bak.sqlite3")
    assert result.err.strip() == (
        f"qa-desk: upgraded the database schema from 0001_foundation to {HEAD_REVISION}; "
        f"the previous file was saved as {backup}"
    )


@pytest.fixture
def empty_pg_schema(request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL for an empty schema on the test server (a new team database, as it were)."""
    pg_url = str(request.getfixturevalue("_pg_migrated"))  # skips, or fails in CI, without one
    schema = "qa_cli_fresh"
    server = open_database(pg_url)

    def run(sql: str) -> None:
        with server.engine.begin() as conn:
            conn.execute(text(sql))

    run(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    run(f"CREATE SCHEMA {schema}")
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        run(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        server.dispose()


@pytest.mark.pg
def test_init_creates_a_new_postgresql_database(
    empty_pg_schema: str, qa: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    result = qa("--db", empty_pg_schema, "--json", "init", "--admin", "lead")
    assert result.code == 0, result.err
    data = result.json
    assert data["from_revision"] is None and data["to_revision"] == HEAD_REVISION
    assert data["admin_created"] is True and data["admin"] == "lead"
    assert data["backup"] is None
    listed = qa("--db", empty_pg_schema, "--user", "lead", "--json", "user", "list")
    assert [u["login"] for u in listed.json["users"]] == ["lead"]
