"""Opening a bad database fails with one clear line and changes nothing.

Every case checks the storage call (``open_database`` plus the migration check) and the
service entry point (``open_services``), and that the file and its folder are untouched:
same bytes, same modification time, no backup, no WAL companions left behind.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qa_desk.domain.errors import DatabaseError
from qa_desk.services.registry import open_services
from qa_desk.storage import migrate
from qa_desk.storage.database import open_database, sqlite_path_of
from qa_desk.storage.migrate import HEAD_REVISION, current_revision, ensure_current, upgrade

UNREACHABLE_PG = "postgresql+psycopg://qa@127.0.0.1:1/x"


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def _open_and_migrate(url: str) -> None:
    db = open_database(url)
    try:
        ensure_current(db)
    finally:
        db.dispose()


def _open_services(url: str) -> None:
    services, _ = open_services(url)
    services.close()


OPENERS: dict[str, Callable[[str], None]] = {
    "storage": _open_and_migrate,
    "services": _open_services,
}


def _assert_refused(url: str, opener: str, *, match: str) -> DatabaseError:
    with pytest.raises(DatabaseError, match=match) as caught:
        OPENERS[opener](url)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return caught.value


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "dbs"
    path.mkdir()
    return path


@pytest.fixture
def real_db(folder: Path, _sqlite_template: Path) -> Path:
    """A healthy, migrated QA Desk file (WAL checkpointed, so it is self-contained)."""
    path = folder / "real.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    return path


@pytest.fixture
def unchanged(folder: Path) -> Iterator[None]:
    """Fails the test when anything in the folder changed (bytes, mtime, new files)."""
    before = _snapshot(folder)
    time.sleep(0.01)  # let a write, if one happened, show in the mtime
    yield
    assert _snapshot(folder) == before


# ---------------------------------------------------------------------- URLs
@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("url", ["nonsense://", "not a url", "", "://x"])
def test_malformed_url(url: str, opener: str) -> None:
    _assert_refused(url, opener, match="database URL|Unsupported database")


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize(
    "url", ["mysql://qa@127.0.0.1/x", "mysql+pymysql://qa@127.0.0.1/x", "oracle://x"]
)
def test_unsupported_dialect(url: str, opener: str) -> None:
    error = _assert_refused(url, opener, match="Unsupported database")
    assert "SQLite or PostgreSQL" in str(error) or "sqlite:///PATH" in str(error)


def test_password_is_not_shown_in_messages() -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database("mysql://qa:topsecret@127.0.0.1/x")
    assert "topsecret" not in str(caught.value)


@pytest.mark.parametrize("opener", OPENERS)
def test_unreachable_postgresql_fails_fast(opener: str) -> None:
    started = time.monotonic()
    _assert_refused(UNREACHABLE_PG, opener, match="Cannot reach the database")
    # Not a benchmark: a guard against waiting for the OS's two-minute TCP timeout.
    assert time.monotonic() - started < 10


def test_bare_postgresql_scheme_uses_psycopg3() -> None:
    # SQLAlchemy maps postgresql:// to psycopg2, which QA Desk does not ship.
    with pytest.raises(DatabaseError, match="Cannot reach the database") as caught:
        open_database("postgresql://qa@127.0.0.1:1/x")
    assert "psycopg2" not in str(caught.value)


# ---------------------------------------------------------------------- SQLite files
@pytest.mark.parametrize("opener", OPENERS)
def test_sqlite_in_a_missing_folder(folder: Path, opener: str, unchanged: None) -> None:
    url = f"sqlite:///{folder}/missing/qa.sqlite3"
    _assert_refused(url, opener, match=r"folder .* does not exist")
    assert not (folder / "missing").exists()


@pytest.mark.parametrize("opener", OPENERS)
def test_a_folder_instead_of_a_file(folder: Path, opener: str) -> None:
    (folder / "sub").mkdir()
    _assert_refused(f"sqlite:///{folder}/sub", opener, match="is a folder")


@pytest.mark.parametrize("opener", OPENERS)
def test_read_only_file(real_db: Path, opener: str) -> None:
    # Under root os.access() says "writable" anyway; the check also reads the mode bits,
    # so the read-only flag is honoured whoever runs QA Desk.
    real_db.chmod(0o444)
    try:
        before = _snapshot(real_db.parent)
        time.sleep(0.01)
        _assert_refused(f"sqlite:///{real_db}", opener, match="read-only")
        assert _snapshot(real_db.parent) == before
    finally:
        real_db.chmod(0o644)


@pytest.mark.parametrize("opener", OPENERS)
def test_random_bytes(folder: Path, opener: str) -> None:
    path = folder / "random.sqlite3"
    path.write_bytes(os.urandom(16384))
    before = _snapshot(folder)
    time.sleep(0.01)
    _assert_refused(f"sqlite:///{path}", opener, match="not a QA Desk database|damaged")
    assert _snapshot(folder) == before


@pytest.mark.parametrize("opener", OPENERS)
@pytest.mark.parametrize("keep", [0.9, 0.5, 0.34, 0.05, 100, 4096 * 3])
def test_truncated_database(real_db: Path, keep: float, opener: str) -> None:
    data = real_db.read_bytes()
    size = int(len(data) * keep) if keep < 1 else int(keep)
    path = real_db.with_name("truncated.sqlite3")
    path.write_bytes(data[:size])
    real_db.unlink()
    before = _snapshot(path.parent)
    time.sleep(0.01)
    _assert_refused(f"sqlite:///{path}", opener, match="damaged")
    assert _snapshot(path.parent) == before


@pytest.mark.parametrize("opener", OPENERS)
def test_damaged_schema_page(real_db: Path, opener: str) -> None:
    data = bytearray(real_db.read_bytes())
    data[100:4096] = os.urandom(3996)  # page 1 after the file header: the table list
    real_db.write_bytes(bytes(data))
    before = _snapshot(real_db.parent)
    time.sleep(0.01)
    _assert_refused(f"sqlite:///{real_db}", opener, match="damaged")
    assert _snapshot(real_db.parent) == before


@pytest.mark.parametrize("opener", OPENERS)
def test_made_by_a_newer_qa_desk(real_db: Path, opener: str) -> None:
    conn = sqlite3.connect(real_db)
    conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    conn.commit()
    conn.close()
    before = _snapshot(real_db.parent)
    time.sleep(0.01)
    _assert_refused(f"sqlite:///{real_db}", opener, match="newer QA Desk")
    assert _snapshot(real_db.parent) == before


@pytest.mark.parametrize("opener", OPENERS)
def test_foreign_tables(folder: Path, opener: str) -> None:
    # Made by another program in the default rollback-journal mode: merely switching it to
    # WAL would rewrite its header, so it must be refused before the engine connects.
    path = folder / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('x')")
    conn.commit()
    conn.close()
    before = _snapshot(folder)
    time.sleep(0.01)
    _assert_refused(f"sqlite:///{path}", opener, match="not a QA Desk database")
    assert _snapshot(folder) == before


def test_an_empty_file_becomes_a_new_database(folder: Path) -> None:
    path = folder / "empty.sqlite3"
    path.touch()
    services, migration = open_services(f"sqlite:///{path}")
    services.close()
    assert migration is not None and migration.to_revision == HEAD_REVISION
    assert migration.backup is None


def test_healthy_file_with_a_live_wal_opens(real_db: Path) -> None:
    """The truncation check must not mistake a database with unsaved WAL pages for damage."""
    url = f"sqlite:///{real_db}"
    writer = sqlite3.connect(real_db)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE IF NOT EXISTS app_scratch (x)")
    writer.executemany("INSERT INTO app_scratch VALUES (?)", [("y" * 500,)] * 2000)
    writer.commit()
    try:
        assert Path(f"{real_db}-wal").stat().st_size > 0
        db = open_database(url)
        assert current_revision(db) == HEAD_REVISION
        db.dispose()
    finally:
        writer.close()


def test_sqlite_path_of() -> None:
    assert sqlite_path_of("sqlite:////tmp/a.sqlite3") == Path("/tmp/a.sqlite3")
    assert sqlite_path_of("sqlite://") is None
    assert sqlite_path_of("postgresql+psycopg://qa@h/x") is None
    assert sqlite_path_of("not a url") is None


# ---------------------------------------------------------------------- a read-only mount
_MOUNT_PROBE = textwrap.dedent(
    """
    import sys
    from qa_desk.domain.errors import DatabaseError
    from qa_desk.services.registry import open_services
    try:
        open_services(sys.argv[1])
    except DatabaseError as error:
        print(error)
        raise SystemExit(3)
    raise SystemExit(0)
    """
)


_NO_MOUNT = 97  # the shell's exit code when the mount itself is not permitted


def test_database_on_a_read_only_mount(real_db: Path, tmp_path: Path) -> None:
    """A real read-only file system, which stops root too (the chmod test above cannot)."""
    if sys.platform != "linux" or not shutil.which("unshare"):
        pytest.skip("read-only bind mounts need Linux and unshare(1)")
    mount = tmp_path / "ro"
    mount.mkdir()
    before = _snapshot(real_db.parent)
    time.sleep(0.01)
    # A private mount namespace: the mount vanishes with the process, whatever happens.
    script = (
        f"mount --bind -o ro {real_db.parent} {mount} || exit {_NO_MOUNT}; "
        f'exec {sys.executable} -c "$0" sqlite:///{mount}/{real_db.name}'
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, _MOUNT_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode == _NO_MOUNT or "unshare:" in result.stderr:
        pytest.skip(f"this environment may not create mounts: {result.stderr.strip()}")
    assert result.returncode == 3, result.stderr
    assert "read-only" in result.stdout
    assert len(result.stdout.strip().splitlines()) == 1
    assert _snapshot(real_db.parent) == before


# ---------------------------------------------------------------------- PostgreSQL
@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> str:
    """The test server (skips without one, fails in CI: see tests/conftest.py)."""
    return str(request.getfixturevalue("_pg_migrated"))


@pytest.fixture
def pg_schema(pg_url: str) -> Iterator[tuple[str, Callable[[str], None]]]:
    """A scratch schema on the test server, and a URL whose search_path points at it."""
    schema = "qa_bad_input"
    admin = open_database(pg_url)

    def run(sql: str) -> None:
        with admin.engine.begin() as conn:
            conn.execute(text(sql))

    run(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    run(f"CREATE SCHEMA {schema}")
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False), run
    finally:
        run(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.dispose()


def _pg_tables(run_url: str) -> set[str]:
    db = open_database(run_url)
    try:
        with db.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT table_name FROM information_schema.tables WHERE table_schema = :s"),
                {"s": "qa_bad_input"},
            )
            return {r[0] for r in rows}
    finally:
        db.dispose()


@pytest.mark.pg
@pytest.mark.parametrize("opener", OPENERS)
def test_postgresql_with_foreign_tables(
    pg_schema: tuple[str, Callable[[str], None]], opener: str
) -> None:
    url, run = pg_schema
    run("CREATE TABLE qa_bad_input.customers (id integer primary key)")
    _assert_refused(url, opener, match="not a QA Desk database")
    assert _pg_tables(url) == {"customers"}


@pytest.mark.pg
@pytest.mark.parametrize("opener", OPENERS)
def test_postgresql_made_by_a_newer_qa_desk(
    pg_schema: tuple[str, Callable[[str], None]], opener: str
) -> None:
    url, run = pg_schema
    run("CREATE TABLE qa_bad_input.alembic_version (version_num varchar(32) primary key)")
    run("INSERT INTO qa_bad_input.alembic_version VALUES ('0999_future')")
    _assert_refused(url, opener, match="newer QA Desk")
    assert _pg_tables(url) == {"alembic_version"}


@pytest.mark.pg
def test_postgresql_missing_database(pg_url: str) -> None:
    url = make_url(pg_url).set(database="qa_desk_no_such_db").render_as_string(False)
    _assert_refused(url, "services", match="Cannot reach the database")


@pytest.mark.pg
def test_bare_postgresql_scheme_connects(pg_url: str) -> None:
    bare = make_url(pg_url).set(drivername="postgresql").render_as_string(False)
    db = open_database(bare)
    try:
        assert db.dialect == "postgresql"
    finally:
        db.dispose()


# ---------------------------------------------------------------------- upgrade backups
def _old_file(folder: Path) -> Path:
    path = folder / "old.sqlite3"
    db = open_database(f"sqlite:///{path}")
    upgrade(db, revision="0001_foundation")
    db.dispose()
    return path


def test_failed_backup_stops_the_upgrade(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _old_file(folder)

    def connect(target: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        if ".bak" in target:
            Path(target).write_bytes(b"partial")  # as if the disk filled up half-way
            raise sqlite3.OperationalError("database or disk is full")
        return sqlite3.connect(target, *args, **kwargs)  # type: ignore[arg-type]

    shim = SimpleNamespace(connect=connect, Error=sqlite3.Error)
    monkeypatch.setattr(migrate, "sqlite3", shim)
    with pytest.raises(DatabaseError, match=r"Cannot back up .* disk is full"):
        open_services(f"sqlite:///{path}")
    assert [p.name for p in folder.iterdir() if ".bak" in p.name] == []
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_foundation",
        )
    finally:
        conn.close()


def test_two_upgrades_in_one_second_keep_both_backups(folder: Path) -> None:
    first = migrate.backup_sqlite(_old_file(folder), "0001_foundation")
    second = migrate.backup_sqlite(folder / "old.sqlite3", "0001_foundation")
    assert first != second and first.exists() and second.exists()
