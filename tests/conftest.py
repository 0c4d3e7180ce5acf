"""Shared fixtures: isolated home folder, databases on SQLite and PostgreSQL, services, actors.

Storage and service tests take the ``db_url`` fixture and so run once per backend. The
PostgreSQL run needs ``QA_DESK_TEST_PG_URL``; without it those tests skip with a visible
reason, except under CI (``QA_DESK_REQUIRE_PG=1``), where a missing server is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from qa_desk.domain.roles import Role
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.storage.database import open_database
from qa_desk.storage.migrate import upgrade
from qa_desk.storage.models import Base

PG_URL = os.environ.get("QA_DESK_TEST_PG_URL", "")
REQUIRE_PG = os.environ.get("QA_DESK_REQUIRE_PG") == "1"
SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
ADMIN_PASSWORD = "admin-pass-1"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings, logs and the default database go to a fresh folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("QA_DESK_HOME", str(home))
    monkeypatch.delenv("QA_DESK_DB", raising=False)
    monkeypatch.delenv("QA_DESK_PASSWORD", raising=False)
    return home


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy (migrating per test is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def _pg_migrated() -> str:
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("QA_DESK_REQUIRE_PG=1 but QA_DESK_TEST_PG_URL is not set")
        pytest.skip("PostgreSQL tests need QA_DESK_TEST_PG_URL (set by .ci/run)")
    db = open_database(PG_URL)
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    upgrade(db)
    db.dispose()
    return PG_URL


def _truncate_pg(url: str) -> None:
    db = open_database(url)
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        template = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "qa.sqlite3"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("_pg_migrated")
        _truncate_pg(url)
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A migrated, empty SQLite database (for tests that are about the embedded file)."""
    path = tmp_path / "qa.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    svc, _ = open_services(db_url)
    yield svc
    svc.close()


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.accounts.create_first_admin("admin", "Admin", ADMIN_PASSWORD, "测试网点")


@pytest.fixture
def org(services: Services, admin: Actor) -> dict[str, object]:
    """Two vendors with a team and agents each, and one user of every role."""
    v1 = services.org.create_vendor(admin, "V01", "顺心外包客服", kpi_targets={"pass_rate": 90})
    v2 = services.org.create_vendor(admin, "V02", "速达联合呼叫中心")
    t1 = services.org.create_team(admin, v1.id, "一组")
    t2 = services.org.create_team(admin, v2.id, "二组")
    a1 = services.org.create_agent(admin, "A0101", "张敏", v1.id, t1.id)
    a2 = services.org.create_agent(admin, "A0201", "王磊", v2.id, t2.id)
    pw = "secret-pass-1"
    inspector = services.accounts.create_user(admin, "insp", "质检员一", Role.INSPECTOR, pw)
    sup1 = services.accounts.create_user(admin, "sup1", "主管一", Role.VENDOR_SUPERVISOR, pw, v1.id)
    sup2 = services.accounts.create_user(admin, "sup2", "主管二", Role.VENDOR_SUPERVISOR, pw, v2.id)
    auditor = services.accounts.create_user(admin, "aud", "审计", Role.AUDITOR, pw)
    actors = {
        u.login: services.accounts.actor_by_login(u.login) for u in (inspector, sup1, sup2, auditor)
    }
    return {"v1": v1, "v2": v2, "t1": t1, "t2": t2, "a1": a1, "a2": a2, "admin": admin, **actors}
