"""Inspections are found by their sample item: an inspector's queue (items without a
submitted inspection) and claims from the shared pool (items never opened) look them up
per item, which without an index reads the whole inspection table for every item.

Revision ID: 0005_inspections
Revises: 0004_autocheck
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0005_inspections"
down_revision = "0004_autocheck"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_inspection_sample_item_id"), "inspection", ["sample_item_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_inspection_sample_item_id"), table_name="inspection")
