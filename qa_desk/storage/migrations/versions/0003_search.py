"""Text search over messages and transcripts; indexes for sorting the record list.

SQLite: an FTS5 table with the trigram tokenizer (substring matching that works for Chinese),
one row per record holding the text of all its messages and segments (rowid = record id),
filled after imports by ``qa_desk.storage.search.index_chunk`` up to a stored high-water
mark; triggers note records whose text changed or vanished so they are indexed again.
PostgreSQL: pg_trgm GIN indexes on message and segment text, used by ILIKE. When the
extension cannot be created (no right to, not installed) the upgrade still succeeds and
searches scan the text without an index.

Every search object's name starts with ``search_``: the schema comparison of the models
skips them (``qa_desk.storage.search.include_name``).

Revision ID: 0003_search
Revises: 0002_records_workflow
Create Date: 2026-11-30
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op
from sqlalchemy.engine import Connection

revision = "0003_search"
down_revision = "0002_records_workflow"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# (name, columns) of the indexes the record list sorts by: keyset paging needs (key, id).
RECORD_INDEXES = (
    ("ix_record_vendor_id", ["vendor_id", "id"]),
    ("ix_record_agent_id", ["agent_id", "id"]),
    ("ix_record_csat", ["csat", "id"]),
    ("ix_record_first_response", ["first_response_s", "id"]),
    ("ix_record_message_count", ["message_count", "id"]),
    ("ix_record_external_id", ["external_id", "id"]),
)

_SQLITE_TABLES = (
    # The searchable text of one record per row; rowid = record.id.
    "CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize='trigram')",
    # Highest message / segment id whose text is in search_text ("message", "segment").
    "CREATE TABLE search_state (name VARCHAR(16) NOT NULL PRIMARY KEY,"
    " high_water INTEGER NOT NULL)",
    "INSERT INTO search_state (name, high_water) VALUES ('message', 0), ('segment', 0)",
    # Records whose indexed text may be stale (a message changed or was deleted).
    "CREATE TABLE search_dirty (record_id INTEGER NOT NULL PRIMARY KEY)",
)


def _sqlite_triggers(table: str) -> tuple[str, ...]:
    """Triggers on ``message`` or ``segment``.

    Inserts need none: rows above the high-water mark are searched directly until indexed.
    A deleted or changed row marks its record dirty. A deletion also lowers the high-water
    mark below the largest remaining id, because SQLite hands the ids of deleted top rows
    to the next inserts, which must not hide below the mark.
    """
    return (
        f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN"
        " INSERT OR IGNORE INTO search_dirty (record_id) VALUES (old.record_id);"
        f" UPDATE search_state SET high_water = (SELECT COALESCE(MAX(id), 0) FROM {table})"
        f" WHERE name = '{table}'"
        f" AND high_water > (SELECT COALESCE(MAX(id), 0) FROM {table});"
        " END",
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF record_id, text ON {table} BEGIN"
        " INSERT OR IGNORE INTO search_dirty (record_id) VALUES (old.record_id);"
        " INSERT OR IGNORE INTO search_dirty (record_id) VALUES (new.record_id);"
        " END",
    )


def _sqlite_has_trigram(bind: Connection) -> bool:
    """FTS5's trigram tokenizer needs SQLite 3.34; older libraries search without an index."""
    try:
        with bind.begin_nested():
            probe = "CREATE VIRTUAL TABLE temp.search_probe USING fts5(x, tokenize='trigram')"
            bind.exec_driver_sql(probe)
            bind.exec_driver_sql("DROP TABLE temp.search_probe")
    except sa.exc.DBAPIError as error:
        log.warning("SQLite has no FTS5 trigram tokenizer (%s); search runs unindexed", error)
        return False
    return True


def trigram_schema(bind: Connection, extension: str = "pg_trgm") -> str | None:
    """Create the trigram extension if possible; the schema holding it, or None.

    Runs in a savepoint, so a refusal (no privilege, extension not installed on the server)
    leaves the rest of the upgrade intact.
    """
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(f'CREATE EXTENSION IF NOT EXISTS "{extension}"')
    except sa.exc.DBAPIError as error:
        log.warning("cannot create extension %s (%s); search runs unindexed", extension, error)
        return None
    return bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e"
            " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = :name"
        ),
        {"name": extension},
    ).scalar()


def upgrade() -> None:
    # Replaced by (category, id): the category filter is served as well as the sort.
    op.drop_index("ix_record_category", table_name="record")
    op.create_index("ix_record_category", "record", ["category", "id"], unique=False)
    for name, columns in RECORD_INDEXES:
        op.create_index(name, "record", columns, unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if not _sqlite_has_trigram(bind):
            return
        for statement in _SQLITE_TABLES + _sqlite_triggers("message") + _sqlite_triggers("segment"):
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        schema = trigram_schema(bind)
        if schema is None:
            return
        # Qualified: the extension may live in another schema than the tables.
        ops = f'"{schema}".gin_trgm_ops'
        for table in ("message", "segment"):
            bind.exec_driver_sql(
                f"CREATE INDEX search_{table}_trgm ON {table} USING gin (text {ops})"
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in ("message", "segment"):
            for kind in ("delete", "update"):
                bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{table}_{kind}")
        for table in ("search_dirty", "search_state", "search_text"):
            bind.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    elif bind.dialect.name == "postgresql":
        for table in ("message", "segment"):
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS search_{table}_trgm")
    for name, _columns in reversed(RECORD_INDEXES):
        op.drop_index(name, table_name="record")
    op.drop_index("ix_record_category", table_name="record")
    op.create_index("ix_record_category", "record", ["category"], unique=False)
