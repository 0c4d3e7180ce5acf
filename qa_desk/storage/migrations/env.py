"""Alembic environment: runs on the connection handed over by ``qa_desk.storage.migrate``."""

from __future__ import annotations

from alembic import context

from qa_desk.storage.models import Base
from qa_desk.storage.search import include_name

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - migrations are only run through migrate.py
    raise RuntimeError("QA Desk migrations run through qa_desk.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds tables instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # The search index (FTS tables, trigram indexes) lives outside the models.
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
