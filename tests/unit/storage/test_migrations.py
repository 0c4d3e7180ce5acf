"""Migrations: empty → head, head is a no-op, models and migrations agree, old files upgrade.

PostgreSQL runs use a throwaway schema of the test database (``search_path``), so they can
start from an empty database without disturbing the shared, migrated ``public`` schema.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from qa_desk.domain.errors import DatabaseError
from qa_desk.domain.roles import Role
from qa_desk.services.registry import open_services
from qa_desk.storage import migrate, search
from qa_desk.storage.database import Database, open_database
from qa_desk.storage.migrate import (
    _MIGRATIONS,
    HEAD_REVISION,
    KNOWN_REVISIONS,
    alembic_head,
    current_revision,
    ensure_current,
    upgrade,
)
from qa_desk.storage.models import Base, Message, Record, Segment, Vendor

FIRST = "0001_foundation"
FIRST_TABLES = ("outlet", "vendor", "team", "agent", "app_user", "app_option", "audit_event")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database (no tables at all), on SQLite and PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        return
    base_url = request.getfixturevalue("_pg_migrated")  # skips or fails like the others
    schema = f"mig_{uuid.uuid4().hex[:12]}"
    admin = open_database(base_url)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def fresh(empty_url: str) -> Iterator[Database]:
    db = open_database(empty_url)
    yield db
    db.dispose()


def _backups(db: Database) -> list[Path]:
    path = db.sqlite_path
    return sorted(path.parent.glob(f"{path.stem}.*.bak*")) if path else []


def _table_names(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_empty_database_upgrades_to_head_and_then_stays(fresh: Database) -> None:
    assert current_revision(fresh) is None
    result = upgrade(fresh)
    assert (result.from_revision, result.to_revision, result.changed) == (
        None,
        HEAD_REVISION,
        True,
    )
    assert result.backup is None  # nothing worth keeping in an empty file
    assert current_revision(fresh) == HEAD_REVISION
    # Plus the search index's own tables (tests/unit/storage/test_search.py checks those).
    tables = {n for n in _table_names(fresh) if search.include_name(n, "table", None)}
    assert {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"} == tables
    # At head, upgrading again is a no-op: same revision, no backup copy.
    for again in (upgrade(fresh), ensure_current(fresh)):
        assert (again.from_revision, again.to_revision) == (HEAD_REVISION, HEAD_REVISION)
        assert not again.changed
        assert again.backup is None
    assert current_revision(fresh) == HEAD_REVISION
    assert _backups(fresh) == []


def test_head_revision_constant_matches_alembic() -> None:
    assert alembic_head() == HEAD_REVISION
    script = ScriptDirectory(str(_MIGRATIONS))
    assert set(KNOWN_REVISIONS) == {rev.revision for rev in script.walk_revisions()}
    assert [rev.revision for rev in script.walk_revisions()][-1] == FIRST


def test_models_and_migrations_agree(fresh: Database) -> None:
    upgrade(fresh)
    with fresh.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "render_as_batch": fresh.is_sqlite,
                # The search index (FTS tables, trigram indexes) lives outside the models.
                "include_name": search.include_name,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "models differ from the migrations:\n" + "\n".join(
        map(str, differences)
    )


def test_a_current_database_opens_without_loading_alembic(sqlite_url: str) -> None:
    # Start-up cost: the revision check is one SELECT; Alembic loads only to upgrade.
    code = (
        "import sys\n"
        "from qa_desk.services.registry import open_services\n"
        f"svc, result = open_services({sqlite_url!r})\n"
        "assert not result.changed, result\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def _fill_first_revision(url: str) -> None:
    """Vendors, a team, agents, users and their audit events, written at revision 0001."""
    svc, _ = open_services(url, migrate=False)
    try:
        admin = svc.accounts.create_first_admin("admin", "管理员", "admin-pass-1", "杭州网点")
        v1 = svc.org.create_vendor(admin, "V01", "顺心外包客服", kpi_targets={"pass_rate": 90})
        team = svc.org.create_team(admin, v1.id, "一组")
        svc.org.create_agent(admin, "A0101", "张敏", v1.id, team.id)
        svc.accounts.create_user(admin, "insp", "质检员", Role.INSPECTOR, "secret-pass-1")
        svc.accounts.create_user(
            admin, "sup1", "主管", Role.VENDOR_SUPERVISOR, "secret-pass-1", v1.id
        )
        svc.org.update_vendor(admin, v1.id, name="顺心客服")
    finally:
        svc.close()


def _rows(db: Database) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        return {
            table: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in FIRST_TABLES
        }


def test_first_revision_database_upgrades_without_data_loss(empty_url: str) -> None:
    db = open_database(empty_url)
    upgrade(db, revision=FIRST)
    assert current_revision(db) == FIRST
    assert "record" not in _table_names(db)
    db.dispose()
    _fill_first_revision(empty_url)

    old = open_database(empty_url)
    before = _rows(old)
    old.dispose()
    assert len(before["audit_event"]) >= 6 and len(before["agent"]) == 1

    svc, result = open_services(empty_url)
    try:
        assert (result.from_revision, result.to_revision) == (FIRST, HEAD_REVISION)
        assert _rows(svc.db) == before
        admin = svc.accounts.authenticate("admin", "admin-pass-1")
        verdict = svc.audit.verify(admin)
        assert verdict.ok and verdict.events == len(before["audit_event"])
        # The upgraded database is fully usable: the new tables exist, the chain goes on.
        assert "record" in _table_names(svc.db)
        svc.org.create_vendor(admin, "V02", "速达联合呼叫中心")
        assert svc.audit.verify(admin).ok
        if svc.db.is_sqlite:
            _check_backup(svc.db, result.backup, before)
        else:
            assert result.backup is None
    finally:
        svc.close()


def _check_backup(db: Database, backup: Path | None, before: dict[str, list[tuple]]) -> None:
    assert backup is not None and backup.exists()
    assert _backups(db) == [backup]
    path = db.sqlite_path
    assert path is not None and backup.parent == path.parent
    assert re.fullmatch(rf"{path.stem}\.\d{{8}}-\d{{6}}\.{FIRST}\.bak\.sqlite3", backup.name)
    # The copy is a whole, valid database at the old revision, holding the old rows.
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "record" not in tables
    old = open_database(f"sqlite:///{backup}")
    try:
        assert current_revision(old) == FIRST
        assert _rows(old) == before
    finally:
        old.dispose()


def test_sqlite_connections_use_wal_and_enforce_foreign_keys(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        # The same holds for the connections services get through a session.
        with db.session(write=True) as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        db.dispose()


def _stamp(db: Database, revision: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_a_newer_schema_is_refused_and_left_alone(fresh: Database, empty_url: str) -> None:
    upgrade(fresh)
    _stamp(fresh, "9999_from_the_future")
    tables = _table_names(fresh)
    for attempt in (lambda: upgrade(fresh), lambda: ensure_current(fresh)):
        with pytest.raises(DatabaseError, match="newer QA Desk") as caught:
            attempt()
        assert "\n" not in str(caught.value)
    with pytest.raises(DatabaseError, match="newer QA Desk"):
        open_services(empty_url)
    assert current_revision(fresh) == "9999_from_the_future"
    assert _table_names(fresh) == tables
    assert _backups(fresh) == []


def test_a_database_of_another_program_is_refused(fresh: Database) -> None:
    with fresh.engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)"))
    with pytest.raises(DatabaseError, match="not a QA Desk database"):
        upgrade(fresh)
    assert _table_names(fresh) == {"invoices"}


REBUILD = "9001_rebuild_record"
REBUILD_SCRIPT = f'''"""A later migration that makes SQLite rebuild a parent table."""

import sqlalchemy as sa
from alembic import op

revision = "{REBUILD}"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("record", recreate="always") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("record", recreate="always") as batch:
        batch.drop_column("note")
'''


def test_rebuilding_a_table_on_sqlite_keeps_its_children(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite drops a rebuilt table with an implicit DELETE: with foreign keys on, that would
    cascade to every message of every record. Migrations must run with them off."""
    db = open_database(sqlite_url)
    with db.session(write=True) as s:
        vendor = Vendor(code="V01", name="顺心", kpi_targets={}, active=True, created_at=_T0)
        s.add(vendor)
        s.flush()
        record = Record(
            source="p",
            external_id="S-1",
            channel="chat",
            vendor_id=vendor.id,
            started_at=_T0,
            tags=[],
            message_count=2,
        )
        s.add(record)
        s.flush()
        s.add_all(
            Message(record_id=record.id, seq=i, at=_T0, role="agent", text="您好") for i in (1, 2)
        )
        s.add(Segment(record_id=record.id, start_ms=0, end_ms=10, speaker="agent", text="喂"))
    before = _all_rows(db, ("record", "message", "segment"))
    db.dispose()

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate._MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{REBUILD}.py").write_text(REBUILD_SCRIPT, encoding="utf-8")
    monkeypatch.setattr(migrate, "_MIGRATIONS", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", REBUILD)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, REBUILD))

    db = open_database(sqlite_url)
    try:
        result = upgrade(db)
        assert result.to_revision == REBUILD and result.backup is not None
        after = _all_rows(db, ("record", "message", "segment"))
        assert after["message"] == before["message"]
        assert after["segment"] == before["segment"]
        assert [row[:-1] for row in after["record"]] == before["record"]  # plus the new column
        # Foreign keys are back on for every connection used afterwards.
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        db.dispose()


_T0 = datetime(2026, 11, 1, 1, 0, tzinfo=UTC)


def _all_rows(db: Database, tables: tuple[str, ...]) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        return {
            t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))]
            for t in tables
        }


def test_two_clients_upgrading_at_once_both_succeed(empty_url: str) -> None:
    """Two desktops open the same old database together: one migrates, the other waits."""
    db = open_database(empty_url)
    upgrade(db, revision=FIRST)
    db.dispose()
    barrier = threading.Barrier(2)
    results: list[object] = []

    def client() -> None:
        own = open_database(empty_url)
        try:
            barrier.wait(timeout=30)
            results.append(upgrade(own))
        except Exception as error:  # collected: a thread cannot fail the test itself
            results.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=client) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert all(not isinstance(r, Exception) for r in results), results
    assert len(results) == 2
    db = open_database(empty_url)
    try:
        assert current_revision(db) == HEAD_REVISION
        assert "record" in _table_names(db)
    finally:
        db.dispose()
