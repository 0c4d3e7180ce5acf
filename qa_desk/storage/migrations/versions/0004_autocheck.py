"""Checklist versions carry record-level flag rules; auto-check runs and editable word lists.

``autocheck_run`` notes that a record was checked against a version and with which rules
(fingerprint); ``autocheck_result`` keeps only the results that are not a plain pass.
``rule_pack`` holds an admin's edit of a shipped word list.

Revision ID: 0004_autocheck
Revises: 0003_search
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_autocheck"
down_revision = "0003_search"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_BIGINT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("checklist_version") as batch:
        batch.add_column(
            sa.Column("flag_rules", _JSON, nullable=False, server_default=sa.text("'[]'"))
        )
    op.create_table(
        "autocheck_run",
        sa.Column("id", _BIGINT, nullable=False),
        sa.Column("record_id", _BIGINT, nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("run_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["record.id"],
            name=op.f("fk_autocheck_run_record_id_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["checklist_version.id"],
            name=op.f("fk_autocheck_run_version_id_checklist_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_autocheck_run")),
        sa.UniqueConstraint(
            "record_id", "version_id", name=op.f("uq_autocheck_run_record_id_version_id")
        ),
    )
    op.create_table(
        "rule_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["app_user.id"], name=op.f("fk_rule_pack_updated_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_pack")),
        sa.UniqueConstraint("name", name=op.f("uq_rule_pack_name")),
    )


def downgrade() -> None:
    op.drop_table("rule_pack")
    op.drop_table("autocheck_run")
    with op.batch_alter_table("checklist_version") as batch:
        batch.drop_column("flag_rules")
