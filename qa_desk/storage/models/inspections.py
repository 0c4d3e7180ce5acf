"""Sampling plans and draws, inspections and their answers, calibration sessions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from qa_desk.storage.models.base import Base
from qa_desk.storage.models.records import BigId


class SamplingPlan(Base):
    __tablename__ = "sampling_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    checklist_id: Mapped[int | None] = mapped_column(ForeignKey("checklist.id"))
    population_filter: Mapped[dict[str, Any]] = mapped_column(default=dict)
    size_rule: Mapped[dict[str, Any]] = mapped_column(default=dict)
    method: Mapped[str] = mapped_column(String(16))  # random | stratified | risk | mixed
    method_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seed: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime]


class Sample(Base):
    __tablename__ = "sample"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("sampling_plan.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16), default="routine")  # routine | follow_up
    checklist_version_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_version.id"))
    drawn_at: Mapped[datetime]
    drawn_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    period_from: Mapped[datetime | None]
    period_to: Mapped[datetime | None]
    population_count: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SampleItem(Base):
    __tablename__ = "sample_item"
    __table_args__ = (UniqueConstraint("sample_id", "record_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("sample.id", ondelete="CASCADE"))
    record_id: Mapped[int] = mapped_column(BigId, ForeignKey("record.id"), index=True)
    stratum: Mapped[str | None] = mapped_column(String(128))
    weight: Mapped[float] = mapped_column(default=1.0)
    part: Mapped[str] = mapped_column(String(16), default="random")  # random | risk
    reason: Mapped[str] = mapped_column(Text)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    assigned_at: Mapped[datetime | None]


class Inspection(Base):
    __tablename__ = "inspection"
    __table_args__ = (
        Index("ix_inspection_inspector_status", "inspector_id", "status"),
        Index("ix_inspection_submitted", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(BigId, ForeignKey("record.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("checklist_version.id"), index=True)
    sample_item_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("sample_item.id"), index=True
    )
    inspector_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    calibration_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("calibration_session.id"), index=True
    )
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft|submitted|reopened
    score: Mapped[Decimal | None] = mapped_column(Numeric(7, 3))
    passed: Mapped[bool | None] = mapped_column(Boolean)
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    overall_comment: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None]
    time_spent_s: Mapped[int] = mapped_column(Integer, default=0)
    # Optimistic concurrency: every write bumps it; a stale writer gets a conflict.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("inspection.id", ondelete="CASCADE")
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item.id"), index=True)
    value: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))  # level, or occurrence count
    score: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    na: Mapped[bool] = mapped_column(Boolean, default=False)
    failed: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str | None] = mapped_column(Text)
    # [{"kind": "message"|"segment", "id": ..., "quote": "..."}]
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    auto_result: Mapped[dict[str, Any] | None] = mapped_column()
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str | None] = mapped_column(Text)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)  # after a final dispute ruling


class AnswerHistory(Base):
    """Earlier scores of an answer (kept when a dispute or reopening changes it)."""

    __tablename__ = "answer_history"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    answer_id: Mapped[int] = mapped_column(BigId, ForeignKey("answer.id", ondelete="CASCADE"))
    value: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    score: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    na: Mapped[bool] = mapped_column(Boolean, default=False)
    inspection_score: Mapped[Decimal | None] = mapped_column(Numeric(7, 3))
    reason: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    changed_at: Mapped[datetime]


class CalibrationSession(Base):
    __tablename__ = "calibration_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version_id: Mapped[int] = mapped_column(ForeignKey("checklist_version.id"))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | closed
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class CalibrationRecord(Base):
    __tablename__ = "calibration_record"
    __table_args__ = (UniqueConstraint("session_id", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("calibration_session.id", ondelete="CASCADE")
    )
    record_id: Mapped[int] = mapped_column(BigId, ForeignKey("record.id"))


class CalibrationRater(Base):
    __tablename__ = "calibration_rater"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("calibration_session.id", ondelete="CASCADE")
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    is_reference: Mapped[bool] = mapped_column(Boolean, default=False)
