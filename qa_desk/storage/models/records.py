"""Imported service records: chats with messages, calls with segments, import batches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from qa_desk.storage.models.base import Base

# 64-bit keys on PostgreSQL for the big tables; SQLite's INTEGER PRIMARY KEY is already 64-bit
# and must stay "INTEGER" to be the rowid alias.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # chats | calls | transcripts | packet
    source: Mapped[str] = mapped_column(String(64))  # platform / profile name
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    encoding: Mapped[str | None] = mapped_column(String(32))
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|done|failed
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    records_created: Mapped[int] = mapped_column(Integer, default=0)
    records_updated: Mapped[int] = mapped_column(Integer, default=0)
    messages_created: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    error_report: Mapped[str | None] = mapped_column(String(1000))
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class ImportProfile(Base):
    """A saved header mapping for one platform's export."""

    __tablename__ = "import_profile"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]


class Record(Base):
    __tablename__ = "record"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),
        Index("ix_record_vendor_started", "vendor_id", "started_at"),
        Index("ix_record_agent_started", "agent_id", "started_at"),
        # The Records list sorts by these with the id as tiebreaker and pages by keyset, so
        # each needs (key, id) order from an index (migration 0003).
        Index("ix_record_category", "category", "id"),
        Index("ix_record_vendor_id", "vendor_id", "id"),
        Index("ix_record_agent_id", "agent_id", "id"),
        Index("ix_record_csat", "csat", "id"),
        Index("ix_record_first_response", "first_response_s", "id"),
        Index("ix_record_message_count", "message_count", "id"),
        Index("ix_record_external_id", "external_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    source: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str] = mapped_column(String(128))
    channel: Mapped[str] = mapped_column(String(8))  # chat | call
    vendor_id: Mapped[int] = mapped_column(ForeignKey("vendor.id"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agent.id"))
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    customer_ref: Mapped[str | None] = mapped_column(String(64))  # masked on import
    waybill_no: Mapped[str | None] = mapped_column(String(64), index=True)
    category: Mapped[str | None] = mapped_column(String(64))
    csat: Mapped[int | None] = mapped_column(Integer)  # 1..5
    tags: Mapped[list[Any]] = mapped_column(default=list)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    first_response_s: Mapped[float | None]
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)


class Message(Base):
    __tablename__ = "message"
    __table_args__ = (UniqueConstraint("record_id", "seq"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(BigId, ForeignKey("record.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    role: Mapped[str] = mapped_column(String(16))  # customer | agent | system | bot
    sender: Mapped[str | None] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)


class CallInfo(Base):
    __tablename__ = "call_info"

    record_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("record.id", ondelete="CASCADE"), primary_key=True
    )
    direction: Mapped[str] = mapped_column(String(8))  # inbound | outbound
    duration_s: Mapped[float | None]
    recording_path: Mapped[str | None] = mapped_column(String(1000))
    recording_missing: Mapped[bool] = mapped_column(Boolean, default=False)


class Segment(Base):
    __tablename__ = "segment"
    __table_args__ = (Index("ix_segment_record_start", "record_id", "start_ms"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    record_id: Mapped[int] = mapped_column(BigId, ForeignKey("record.id", ondelete="CASCADE"))
    start_ms: Mapped[int] = mapped_column(Integer)
    end_ms: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(16))  # agent | customer
    text: Mapped[str] = mapped_column(Text)
