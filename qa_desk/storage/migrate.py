"""Bring a database to the current schema; back up SQLite files before changing them.

Start-up checks the revision with one SELECT and only loads Alembic when an upgrade is due.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import exc, inspect, text
from sqlalchemy.engine import Connection

from qa_desk.domain.errors import DatabaseError
from qa_desk.storage.database import Database, translate_error

# The newest revision in migrations/versions; a test keeps this equal to Alembic's head.
HEAD_REVISION = "0002_records_workflow"
KNOWN_REVISIONS = ("0001_foundation", HEAD_REVISION)
_MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 0x51A_DE5C  # advisory lock: one client migrates at a time


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def current_revision(db: Database) -> str | None:
    """The stored schema revision, or None for an empty database."""
    try:
        with db.engine.connect() as conn:
            if not _has_table(conn, "alembic_version"):
                if _has_table(conn, "app_user") or inspect(conn).get_table_names():
                    raise DatabaseError(
                        f"{db.display_url} holds other tables: it is not a QA Desk database."
                    )
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except exc.SQLAlchemyError as error:
        raise translate_error(error, db.url) from error


def _has_table(conn: Connection, name: str) -> bool:
    return inspect(conn).has_table(name)


def _alembic_config(conn: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # lazy: Alembic costs ~100 ms to import

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)  # type: ignore[arg-type]
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy a SQLite file (consistently, WAL included) to a timestamped file beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{stamp}.{revision or 'empty'}.bak{path.suffix}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, revision: str = "head", backup: bool = True) -> MigrationResult:
    """Upgrade to ``revision`` (default head). A no-op when already there."""
    before = current_revision(db)
    if before is not None and before not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"{db.display_url} was made by a newer QA Desk (schema {before}); update QA Desk."
        )
    target = HEAD_REVISION if revision == "head" else revision
    if before == target:
        return MigrationResult(before, target, None)
    backup_path = None
    if backup and before is not None and db.sqlite_path is not None:
        backup_path = backup_sqlite(db.sqlite_path, before)
    from alembic import command

    try:
        with db.engine.begin() as conn:
            if db.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            command.upgrade(_alembic_config(conn), revision)
    except exc.SQLAlchemyError as error:
        raise translate_error(error, db.url) from error
    return MigrationResult(before, current_revision(db) or target, backup_path)


def ensure_current(db: Database) -> MigrationResult:
    """Called when a database is opened: upgrade when the schema is behind, else nothing."""
    before = current_revision(db)
    if before == HEAD_REVISION:
        return MigrationResult(before, before, None)
    return upgrade(db)
