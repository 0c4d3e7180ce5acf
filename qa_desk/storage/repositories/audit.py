"""Appending to and reading the hash-chained audit log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from qa_desk.domain.audit_chain import GENESIS_HASH, ChainedEvent, event_hash
from qa_desk.storage.models import AuditEvent

_PG_AUDIT_LOCK = 0xA0D17  # serialises appends across PostgreSQL clients


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def head(self) -> tuple[int, str]:
        row = self._s.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        return (row.seq, row.hash) if row else (0, GENESIS_HASH)

    def append(
        self,
        *,
        at: datetime,
        user_id: int | None,
        user_login: str | None,
        entity: str,
        entity_id: str | None,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> AuditEvent:
        """Add the next link of the chain inside the caller's transaction."""
        if self._s.get_bind().dialect.name == "postgresql":
            # Held to the end of the transaction, so the head cannot move under us.
            self._s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
        # (SQLite write transactions begin IMMEDIATE: the database lock already serialises.)
        self._s.flush()
        last_seq, last_hash = self.head()
        seq = last_seq + 1
        digest = event_hash(
            seq=seq,
            at=at,
            user=user_login,
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=before,
            after=after,
            prev_hash=last_hash,
        )
        event = AuditEvent(
            seq=seq,
            at=at,
            user_id=user_id,
            user_login=user_login,
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=before,
            after=after,
            prev_hash=last_hash,
            hash=digest,
        )
        self._s.add(event)
        self._s.flush()
        return event

    def count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(AuditEvent)) or 0

    def page(
        self,
        *,
        before_seq: int | None = None,
        limit: int = 200,
        entity: str | None = None,
        entity_id: str | None = None,
    ) -> list[AuditEvent]:
        """Newest first, keyset-paged by seq."""
        stmt = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
        if before_seq is not None:
            stmt = stmt.where(AuditEvent.seq < before_seq)
        if entity is not None:
            stmt = stmt.where(AuditEvent.entity == entity)
        if entity_id is not None:
            stmt = stmt.where(AuditEvent.entity_id == entity_id)
        return list(self._s.scalars(stmt))

    def chain(self, batch: int = 2000) -> Iterator[ChainedEvent]:
        """Every event in stored order, streamed in batches (for verification)."""
        last = 0
        while True:
            rows = list(
                self._s.scalars(
                    select(AuditEvent)
                    .where(AuditEvent.seq > last)
                    .order_by(AuditEvent.seq)
                    .limit(batch)
                )
            )
            if not rows:
                return
            for ev in rows:
                yield ChainedEvent(
                    seq=ev.seq,
                    at=ev.at,
                    user=ev.user_login,
                    entity=ev.entity,
                    entity_id=ev.entity_id,
                    action=ev.action,
                    before=ev.before,
                    after=ev.after,
                    prev_hash=ev.prev_hash,
                    hash=ev.hash,
                )
            last = rows[-1].seq
