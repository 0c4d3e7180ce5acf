"""Bring a database to the current schema; back up SQLite files before changing them.

Start-up checks the revision with one SELECT and only loads Alembic when an upgrade is due.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import exc, inspect, text
from sqlalchemy.engine import Connection

from qa_desk.domain.errors import DatabaseError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.storage.database import Database, translate_error

# The newest revision in migrations/versions; a test keeps this equal to Alembic's head.
HEAD_REVISION = "0005_inspections"
KNOWN_REVISIONS = (
    "0001_foundation",
    "0002_records_workflow",
    "0003_search",
    "0004_autocheck",
    HEAD_REVISION,
)
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
                        QT_TRANSLATE_NOOP(
                            "Errors", "{where} holds other tables: it is not a QA Desk database."
                        ),
                        where=_where(db),
                    )
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except exc.SQLAlchemyError as error:
        raise translate_error(error, db.url) from error


def _where(db: Database) -> str:
    """A SQLite file by its path (what users know), a server database by its URL."""
    return str(db.sqlite_path or db.display_url)


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
    name = f"{path.stem}.{stamp}.{revision or 'empty'}.bak"
    target = path.with_name(f"{name}{path.suffix}")
    counter = 1
    while target.exists():  # never overwrite an earlier backup (two upgrades in one second)
        counter += 1
        target = path.with_name(f"{name}{counter}{path.suffix}")
    try:
        src = sqlite3.connect(str(path))
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as error:
        # A half-written copy is worse than none: it could be mistaken for a good backup.
        if target.is_file():
            target.unlink()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot back up {path} before upgrading it ({detail}); nothing was changed.",
            ),
            path=str(path),
            detail=str(error),
        ) from error
    return target


@contextmanager
def _migration_transaction(db: Database) -> Iterator[Connection]:
    """One transaction for the whole upgrade, held by one client at a time.

    SQLite: foreign keys are off while migrating. Batch mode rebuilds a table by copying it
    and dropping the original, and with foreign keys on that DROP deletes first, which
    cascades to the child rows (every message of every record). The keys are checked
    before committing, and the connection is discarded afterwards so that none is reused
    with them off. BEGIN IMMEDIATE makes a second client wait instead of failing.
    """
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            yield conn
        return
    with db.engine.connect() as conn:
        try:
            # Only outside a transaction does this pragma take effect.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            with conn.execution_options(qa_write=True).begin():
                yield conn
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Upgrading {where} would break a reference from table {table} to "
                            "{parent}; nothing was changed.",
                        ),
                        where=_where(db),
                        table=str(broken[0]),
                        parent=str(broken[2]),
                    )
        finally:
            conn.invalidate()


def upgrade(db: Database, revision: str = "head", backup: bool = True) -> MigrationResult:
    """Upgrade to ``revision`` (default head). A no-op when already there."""
    before = current_revision(db)
    if before is not None and before not in KNOWN_REVISIONS:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "{where} was made by a newer QA Desk (schema {schema}); update QA Desk."
            ),
            where=_where(db),
            schema=before,
        )
    target = HEAD_REVISION if revision == "head" else revision
    if before == target:
        return MigrationResult(before, target, None)
    backup_path = None
    if backup and before is not None and db.sqlite_path is not None:
        backup_path = backup_sqlite(db.sqlite_path, before)
    from alembic import command

    try:
        with _migration_transaction(db) as conn:
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
