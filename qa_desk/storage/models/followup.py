"""Disputes, corrective actions with their transitions, attachments, comments, penalties."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from qa_desk.storage.models.base import Base
from qa_desk.storage.models.records import BigId


class Dispute(Base):
    __tablename__ = "dispute"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(BigId, ForeignKey("inspection.id"), index=True)
    answer_id: Mapped[int] = mapped_column(BigId, ForeignKey("answer.id"), index=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id"), index=True)
    # open | accepted | rejected | escalated | upheld | overturned | withdrawn
    status: Mapped[str] = mapped_column(String(16), default="open")
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    raised_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    raised_at: Mapped[datetime]
    window_ends_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)
    escalated_at: Mapped[datetime | None]
    ruled_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    ruled_at: Mapped[datetime | None]
    ruling_reason: Mapped[str | None] = mapped_column(Text)
    old_score: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    new_score: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CorrectiveAction(Base):
    __tablename__ = "corrective_action"
    __table_args__ = (Index("ix_corrective_action_vendor_state", "vendor_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. CA-2026-000123
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agent.id"), index=True)
    inspection_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("inspection.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_item.id"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("corrective_action.id"))
    origin: Mapped[str] = mapped_column(String(16))  # critical | repeat | manual
    severity: Mapped[str] = mapped_column(String(16))  # critical | major | minor
    state: Mapped[str] = mapped_column(String(24), default="ISSUED")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    root_cause_category: Mapped[str | None] = mapped_column(String(32))
    five_whys: Mapped[str | None] = mapped_column(Text)
    # [{"action": ..., "owner": ..., "due": "YYYY-MM-DD", "done": bool}]
    plan: Mapped[list[Any]] = mapped_column(default=list)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    ack_due: Mapped[date | None] = mapped_column(Date)
    plan_due: Mapped[date | None] = mapped_column(Date)
    close_due: Mapped[date | None] = mapped_column(Date)
    followup_sample_id: Mapped[int | None] = mapped_column(ForeignKey("sample.id"))
    followup_records: Mapped[int | None] = mapped_column(Integer)
    followup_days: Mapped[int | None] = mapped_column(Integer)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CorrectiveActionTransition(Base):
    __tablename__ = "corrective_action_transition"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("corrective_action.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str | None] = mapped_column(String(24))
    to_state: Mapped[str] = mapped_column(String(24))
    by_user: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime]
    note: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Attachment(Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(500))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    uploaded_at: Mapped[datetime]


class Comment(Base):
    __tablename__ = "comment"
    __table_args__ = (Index("ix_comment_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)


class Penalty(Base):
    """The penalty ledger (罚款台账): findings, KPI shortfalls and their reversals."""

    __tablename__ = "penalty"
    __table_args__ = (Index("ix_penalty_vendor_period", "vendor_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id"))
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    kind: Mapped[str] = mapped_column(String(16))  # finding | kpi | reversal
    answer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("answer.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_item.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("penalty.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class PacketExport(Base):
    """An offline vendor packet that was issued; its key checks what comes back."""

    __tablename__ = "packet_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id"), index=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    digest: Mapped[str] = mapped_column(String(64))
    exported_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    exported_at: Mapped[datetime]
    imported_at: Mapped[datetime | None]
