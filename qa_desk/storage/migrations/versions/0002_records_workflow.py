"""Records, checklists, sampling, inspections, follow-up (disputes, actions), penalties.

Revision ID: 0002_records_workflow
Revises: 0001_foundation
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002_records_workflow"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist")),
        sa.UniqueConstraint("name", name=op.f("uq_checklist_name")),
    )
    op.create_table(
        "import_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "mapping",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_profile")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_import_profile_kind_name")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_by", sa.Integer(), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["app_user.id"], name=op.f("fk_attachment_uploaded_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_entity", ["entity", "entity_id"], unique=False)
    op.create_table(
        "checklist_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("pass_mark", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["checklist_id"],
            ["checklist.id"],
            name=op.f("fk_checklist_version_checklist_id_checklist"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=op.f("fk_checklist_version_created_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_version")),
        sa.UniqueConstraint(
            "checklist_id", "number", name=op.f("uq_checklist_version_checklist_id_number")
        ),
    )
    op.create_table(
        "comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["app_user.id"], name=op.f("fk_comment_author_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
    )
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.create_index("ix_comment_entity", ["entity", "entity_id"], unique=False)
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("encoding", sa.String(length=32), nullable=True),
        sa.Column(
            "mapping",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("records_created", sa.Integer(), nullable=False),
        sa.Column("records_updated", sa.Integer(), nullable=False),
        sa.Column("messages_created", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("error_report", sa.String(length=1000), nullable=True),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["imported_by"], ["app_user.id"], name=op.f("fk_import_batch_imported_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_file_sha256"), ["file_sha256"], unique=False
        )
    op.create_table(
        "packet_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("exported_by", sa.Integer(), nullable=True),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["exported_by"], ["app_user.id"], name=op.f("fk_packet_export_exported_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendor.id"], name=op.f("fk_packet_export_vendor_id_vendor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packet_export")),
        sa.UniqueConstraint("token", name=op.f("uq_packet_export_token")),
    )
    with op.batch_alter_table("packet_export", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_packet_export_vendor_id"), ["vendor_id"], unique=False)
    op.create_table(
        "sampling_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("checklist_id", sa.Integer(), nullable=True),
        sa.Column(
            "population_filter",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "size_rule",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column(
            "method_params",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["checklist_id"], ["checklist.id"], name=op.f("fk_sampling_plan_checklist_id_checklist")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=op.f("fk_sampling_plan_created_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sampling_plan")),
        sa.UniqueConstraint("name", name=op.f("uq_sampling_plan_name")),
    )
    op.create_table(
        "calibration_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=op.f("fk_calibration_session_created_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["checklist_version.id"],
            name=op.f("fk_calibration_session_version_id_checklist_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_session")),
    )
    op.create_table(
        "checklist_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("weight", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["checklist_version.id"],
            name=op.f("fk_checklist_section_version_id_checklist_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_section")),
    )
    with op.batch_alter_table("checklist_section", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_section_version_id"), ["version_id"], unique=False
        )
    op.create_table(
        "record",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("customer_ref", sa.String(length=64), nullable=True),
        sa.Column("waybill_no", sa.String(length=64), nullable=True),
        sa.Column("category", sa.String(length=64), nullable=True),
        sa.Column("csat", sa.Integer(), nullable=True),
        sa.Column(
            "tags",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("message_count", sa.Integer(), nullable=False),
        sa.Column("first_response_s", sa.Double(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_record_agent_id_agent")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_record_import_batch_id_import_batch"),
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendor.id"], name=op.f("fk_record_vendor_id_vendor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record")),
        sa.UniqueConstraint("source", "external_id", name=op.f("uq_record_source_external_id")),
    )
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.create_index("ix_record_agent_started", ["agent_id", "started_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_category"), ["category"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_record_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_record_started_at"), ["started_at"], unique=False)
        batch_op.create_index("ix_record_vendor_started", ["vendor_id", "started_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_waybill_no"), ["waybill_no"], unique=False)
    op.create_table(
        "sample",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("checklist_version_id", sa.Integer(), nullable=True),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("drawn_by", sa.Integer(), nullable=True),
        sa.Column("period_from", sa.DateTime(timezone=True), nullable=True),
        sa.Column("period_to", sa.DateTime(timezone=True), nullable=True),
        sa.Column("population_count", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column(
            "params",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["checklist_version_id"],
            ["checklist_version.id"],
            name=op.f("fk_sample_checklist_version_id_checklist_version"),
        ),
        sa.ForeignKeyConstraint(
            ["drawn_by"], ["app_user.id"], name=op.f("fk_sample_drawn_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["sampling_plan.id"], name=op.f("fk_sample_plan_id_sampling_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample")),
    )
    with op.batch_alter_table("sample", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sample_plan_id"), ["plan_id"], unique=False)
    op.create_table(
        "calibration_rater",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("is_reference", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["calibration_session.id"],
            name=op.f("fk_calibration_rater_session_id_calibration_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_calibration_rater_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_rater")),
        sa.UniqueConstraint(
            "session_id", "user_id", name=op.f("uq_calibration_rater_session_id_user_id")
        ),
    )
    op.create_table(
        "calibration_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column(
            "record_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_calibration_record_record_id_record")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["calibration_session.id"],
            name=op.f("fk_calibration_record_session_id_calibration_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_record")),
        sa.UniqueConstraint(
            "session_id", "record_id", name=op.f("uq_calibration_record_session_id_record_id")
        ),
    )
    op.create_table(
        "call_info",
        sa.Column(
            "record_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("duration_s", sa.Double(), nullable=True),
        sa.Column("recording_path", sa.String(length=1000), nullable=True),
        sa.Column("recording_missing", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["record.id"],
            name=op.f("fk_call_info_record_id_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_call_info")),
    )
    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("max_points", sa.Numeric(precision=8, scale=3), nullable=False),
        sa.Column(
            "levels",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("points_per_occurrence", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("allows_na", sa.Boolean(), nullable=False),
        sa.Column("critical", sa.String(length=16), nullable=False),
        sa.Column("penalty_amount", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("auto_rule", sa.String(length=64), nullable=True),
        sa.Column(
            "auto_params",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["checklist_section.id"],
            name=op.f("fk_checklist_item_section_id_checklist_section"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_section_id"), ["section_id"], unique=False
        )
    op.create_table(
        "message",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "record_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("sender", sa.String(length=128), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["record.id"],
            name=op.f("fk_message_record_id_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message")),
        sa.UniqueConstraint("record_id", "seq", name=op.f("uq_message_record_id_seq")),
    )
    op.create_table(
        "sample_item",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column(
            "record_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("stratum", sa.String(length=128), nullable=True),
        sa.Column("weight", sa.Double(), nullable=False),
        sa.Column("part", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("assigned_to", sa.Integer(), nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["app_user.id"], name=op.f("fk_sample_item_assigned_to_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_sample_item_record_id_record")
        ),
        sa.ForeignKeyConstraint(
            ["sample_id"],
            ["sample.id"],
            name=op.f("fk_sample_item_sample_id_sample"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sample_item")),
        sa.UniqueConstraint(
            "sample_id", "record_id", name=op.f("uq_sample_item_sample_id_record_id")
        ),
    )
    with op.batch_alter_table("sample_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sample_item_assigned_to"), ["assigned_to"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sample_item_record_id"), ["record_id"], unique=False)
    op.create_table(
        "segment",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "record_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("start_ms", sa.Integer(), nullable=False),
        sa.Column("end_ms", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["record.id"],
            name=op.f("fk_segment_record_id_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment")),
    )
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.create_index("ix_segment_record_start", ["record_id", "start_ms"], unique=False)
    op.create_table(
        "autocheck_result",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "record_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("suggested_score", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column(
            "evidence",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("run_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["checklist_item.id"],
            name=op.f("fk_autocheck_result_item_id_checklist_item"),
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["record.id"],
            name=op.f("fk_autocheck_result_record_id_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["checklist_version.id"],
            name=op.f("fk_autocheck_result_version_id_checklist_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_autocheck_result")),
        sa.UniqueConstraint(
            "record_id",
            "version_id",
            "rule",
            name=op.f("uq_autocheck_result_record_id_version_id_rule"),
        ),
    )
    with op.batch_alter_table("autocheck_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_autocheck_result_rule"), ["rule"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_autocheck_result_version_id"), ["version_id"], unique=False
        )
    op.create_table(
        "inspection",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "record_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column(
            "sample_item_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("inspector_id", sa.Integer(), nullable=False),
        sa.Column("calibration_session_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Numeric(precision=7, scale=3), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("critical_failed", sa.Boolean(), nullable=False),
        sa.Column("overall_comment", sa.Text(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("time_spent_s", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["calibration_session_id"],
            ["calibration_session.id"],
            name=op.f("fk_inspection_calibration_session_id_calibration_session"),
        ),
        sa.ForeignKeyConstraint(
            ["inspector_id"], ["app_user.id"], name=op.f("fk_inspection_inspector_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_inspection_record_id_record")
        ),
        sa.ForeignKeyConstraint(
            ["sample_item_id"],
            ["sample_item.id"],
            name=op.f("fk_inspection_sample_item_id_sample_item"),
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["checklist_version.id"],
            name=op.f("fk_inspection_version_id_checklist_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_calibration_session_id"),
            ["calibration_session_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_inspection_inspector_status", ["inspector_id", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inspection_record_id"), ["record_id"], unique=False)
        batch_op.create_index("ix_inspection_submitted", ["submitted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_version_id"), ["version_id"], unique=False)
    op.create_table(
        "answer",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "inspection_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("score", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("na", sa.Boolean(), nullable=False),
        sa.Column("failed", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column(
            "evidence",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "auto_result",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_answer_inspection_id_inspection"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["checklist_item.id"], name=op.f("fk_answer_item_id_checklist_item")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint(
            "inspection_id", "item_id", name=op.f("uq_answer_inspection_id_item_id")
        ),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_item_id"), ["item_id"], unique=False)
    op.create_table(
        "corrective_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column(
            "inspection_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True
        ),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("root_cause_category", sa.String(length=32), nullable=True),
        sa.Column("five_whys", sa.Text(), nullable=True),
        sa.Column(
            "plan",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=True),
        sa.Column("ack_due", sa.Date(), nullable=True),
        sa.Column("plan_due", sa.Date(), nullable=True),
        sa.Column("close_due", sa.Date(), nullable=True),
        sa.Column("followup_sample_id", sa.Integer(), nullable=True),
        sa.Column("followup_records", sa.Integer(), nullable=True),
        sa.Column("followup_days", sa.Integer(), nullable=True),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["agent.id"], name=op.f("fk_corrective_action_agent_id_agent")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["app_user.id"], name=op.f("fk_corrective_action_created_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["followup_sample_id"],
            ["sample.id"],
            name=op.f("fk_corrective_action_followup_sample_id_sample"),
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_corrective_action_inspection_id_inspection"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["checklist_item.id"],
            name=op.f("fk_corrective_action_item_id_checklist_item"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["corrective_action.id"],
            name=op.f("fk_corrective_action_parent_id_corrective_action"),
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendor.id"], name=op.f("fk_corrective_action_vendor_id_vendor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrective_action")),
        sa.UniqueConstraint("number", name=op.f("uq_corrective_action_number")),
    )
    with op.batch_alter_table("corrective_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_corrective_action_agent_id"), ["agent_id"], unique=False
        )
        batch_op.create_index(
            "ix_corrective_action_vendor_state", ["vendor_id", "state"], unique=False
        )
    op.create_table(
        "answer_history",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column(
            "answer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("value", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("score", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("na", sa.Boolean(), nullable=False),
        sa.Column("inspection_score", sa.Numeric(precision=7, scale=3), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["answer.id"],
            name=op.f("fk_answer_history_answer_id_answer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["changed_by"], ["app_user.id"], name=op.f("fk_answer_history_changed_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer_history")),
    )
    op.create_table(
        "corrective_action_transition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("from_state", sa.String(length=24), nullable=True),
        sa.Column("to_state", sa.String(length=24), nullable=False),
        sa.Column("by_user", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column(
            "snapshot",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["corrective_action.id"],
            name=op.f("fk_corrective_action_transition_action_id_corrective_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["by_user"],
            ["app_user.id"],
            name=op.f("fk_corrective_action_transition_by_user_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrective_action_transition")),
    )
    with op.batch_alter_table("corrective_action_transition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_corrective_action_transition_action_id"), ["action_id"], unique=False
        )
    op.create_table(
        "dispute",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "inspection_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column(
            "answer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "evidence",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("raised_by", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("window_ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ruled_by", sa.Integer(), nullable=True),
        sa.Column("ruled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ruling_reason", sa.Text(), nullable=True),
        sa.Column("old_score", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("new_score", sa.Numeric(precision=8, scale=3), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_dispute_answer_id_answer")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["app_user.id"], name=op.f("fk_dispute_decided_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"], ["inspection.id"], name=op.f("fk_dispute_inspection_id_inspection")
        ),
        sa.ForeignKeyConstraint(
            ["raised_by"], ["app_user.id"], name=op.f("fk_dispute_raised_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["ruled_by"], ["app_user.id"], name=op.f("fk_dispute_ruled_by_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendor.id"], name=op.f("fk_dispute_vendor_id_vendor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute")),
    )
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispute_answer_id"), ["answer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_dispute_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_dispute_vendor_id"), ["vendor_id"], unique=False)
    op.create_table(
        "penalty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vendor_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("answer_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_penalty_answer_id_answer")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["checklist_item.id"], name=op.f("fk_penalty_item_id_checklist_item")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["penalty.id"], name=op.f("fk_penalty_reverses_id_penalty")
        ),
        sa.ForeignKeyConstraint(
            ["vendor_id"], ["vendor.id"], name=op.f("fk_penalty_vendor_id_vendor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_penalty")),
    )
    with op.batch_alter_table("penalty", schema=None) as batch_op:
        batch_op.create_index("ix_penalty_vendor_period", ["vendor_id", "period"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("penalty", schema=None) as batch_op:
        batch_op.drop_index("ix_penalty_vendor_period")
    op.drop_table("penalty")
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dispute_vendor_id"))
        batch_op.drop_index(batch_op.f("ix_dispute_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_dispute_answer_id"))
    op.drop_table("dispute")
    with op.batch_alter_table("corrective_action_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_corrective_action_transition_action_id"))
    op.drop_table("corrective_action_transition")
    op.drop_table("answer_history")
    with op.batch_alter_table("corrective_action", schema=None) as batch_op:
        batch_op.drop_index("ix_corrective_action_vendor_state")
        batch_op.drop_index(batch_op.f("ix_corrective_action_agent_id"))
    op.drop_table("corrective_action")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_item_id"))
    op.drop_table("answer")
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_version_id"))
        batch_op.drop_index("ix_inspection_submitted")
        batch_op.drop_index(batch_op.f("ix_inspection_record_id"))
        batch_op.drop_index("ix_inspection_inspector_status")
        batch_op.drop_index(batch_op.f("ix_inspection_calibration_session_id"))
    op.drop_table("inspection")
    with op.batch_alter_table("autocheck_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_autocheck_result_version_id"))
        batch_op.drop_index(batch_op.f("ix_autocheck_result_rule"))
    op.drop_table("autocheck_result")
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.drop_index("ix_segment_record_start")
    op.drop_table("segment")
    with op.batch_alter_table("sample_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_item_record_id"))
        batch_op.drop_index(batch_op.f("ix_sample_item_assigned_to"))
    op.drop_table("sample_item")
    op.drop_table("message")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_section_id"))
    op.drop_table("checklist_item")
    op.drop_table("call_info")
    op.drop_table("calibration_record")
    op.drop_table("calibration_rater")
    with op.batch_alter_table("sample", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_plan_id"))
    op.drop_table("sample")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_waybill_no"))
        batch_op.drop_index("ix_record_vendor_started")
        batch_op.drop_index(batch_op.f("ix_record_started_at"))
        batch_op.drop_index(batch_op.f("ix_record_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_record_category"))
        batch_op.drop_index("ix_record_agent_started")
    op.drop_table("record")
    with op.batch_alter_table("checklist_section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_section_version_id"))
    op.drop_table("checklist_section")
    op.drop_table("calibration_session")
    op.drop_table("sampling_plan")
    with op.batch_alter_table("packet_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_packet_export_vendor_id"))
    op.drop_table("packet_export")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_file_sha256"))
    op.drop_table("import_batch")
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_index("ix_comment_entity")
    op.drop_table("comment")
    op.drop_table("checklist_version")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_entity")
    op.drop_table("attachment")
    op.drop_table("import_profile")
    op.drop_table("checklist")
