"""Checklists, their immutable published versions, sections, items and auto-check results."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qa_desk.storage.models.base import Base
from qa_desk.storage.models.records import BigId


class Checklist(Base):
    __tablename__ = "checklist"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str | None] = mapped_column(String(8))  # chat | call | None (both)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]

    versions: Mapped[list[ChecklistVersion]] = relationship(
        back_populates="checklist", order_by="ChecklistVersion.number"
    )


class ChecklistVersion(Base):
    __tablename__ = "checklist_version"
    __table_args__ = (UniqueConstraint("checklist_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[int] = mapped_column(ForeignKey("checklist.id"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | published | retired
    pass_mark: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("80"))
    notes: Mapped[str | None] = mapped_column(Text)
    # Record-level automatic checks not tied to an item (risk keywords, overtalk, speech rate):
    # [{"key": ..., "rule": ..., "label": ..., "params": {...}}]
    flag_rules: Mapped[list[Any]] = mapped_column(default=list)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime]
    published_at: Mapped[datetime | None]

    checklist: Mapped[Checklist] = relationship(back_populates="versions")
    sections: Mapped[list[ChecklistSection]] = relationship(
        back_populates="version", order_by="ChecklistSection.position"
    )


class ChecklistSection(Base):
    __tablename__ = "checklist_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("checklist_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[Decimal] = mapped_column(Numeric(8, 3))

    version: Mapped[ChecklistVersion] = relationship(back_populates="sections")
    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="section", order_by="ChecklistItem.position"
    )


class ChecklistItem(Base):
    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("checklist_section.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(String(500))
    guidance: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # binary | scale | deduction
    max_points: Mapped[Decimal] = mapped_column(Numeric(8, 3))
    # scale: ascending level values; deduction: {"per_occurrence": x}
    levels: Mapped[list[Any]] = mapped_column(default=list)
    points_per_occurrence: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    allows_na: Mapped[bool] = mapped_column(Boolean, default=False)
    critical: Mapped[str] = mapped_column(String(16), default="none")  # none | section | all
    penalty_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    auto_rule: Mapped[str | None] = mapped_column(String(64))
    auto_params: Mapped[dict[str, Any]] = mapped_column(default=dict)

    section: Mapped[ChecklistSection] = relationship(back_populates="items")


class AutoCheckRun(Base):
    """That a record was checked against a version, and with which rules and word lists.

    Only results other than a plain pass are stored (``AutoCheckResult``): a record with a run
    and no result for a rule passed it. The fingerprint covers the version's rule parameters
    and the word lists; when either changes, the record is checked again.
    """

    __tablename__ = "autocheck_run"
    __table_args__ = (UniqueConstraint("record_id", "version_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(BigId, ForeignKey("record.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(ForeignKey("checklist_version.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    run_at: Mapped[datetime]


class RulePack(Base):
    """An admin's edit of a word list; the shipped default applies while there is none."""

    __tablename__ = "rule_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[str] = mapped_column(Text)  # the pack file's text: one entry per line
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime]


class AutoCheckResult(Base):
    """One rule's verdict on one record for one checklist version (fail, flag or n/a).

    ``rule`` is the key of the rule within the version: the item's code for item rules, the
    flag rule's key for record-level rules.
    """

    __tablename__ = "autocheck_result"
    __table_args__ = (UniqueConstraint("record_id", "version_id", "rule"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(BigId, ForeignKey("record.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(ForeignKey("checklist_version.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_item.id"))
    rule: Mapped[str] = mapped_column(String(64), index=True)
    verdict: Mapped[str] = mapped_column(String(16))  # pass | fail | flag | n/a
    suggested_score: Mapped[Decimal | None] = mapped_column(Numeric(8, 3))
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    run_at: Mapped[datetime]
