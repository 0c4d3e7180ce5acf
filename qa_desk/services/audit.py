"""Writing audit events inside a service's transaction, reading and verifying the chain."""

from __future__ import annotations

from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from qa_desk.domain.audit_chain import verify_chain
from qa_desk.domain.roles import Permission
from qa_desk.domain.timeutil import utcnow
from qa_desk.services.actor import Actor
from qa_desk.storage.database import Database
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work


def to_json_safe(value: Any) -> Any:
    """Snapshots hold only JSON-native values, so the hash survives a database round trip."""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {str(k): to_json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json_safe(v) for v in value]
    if isinstance(value, Enum):
        return to_json_safe(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | float):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def record(
    uow: UnitOfWork,
    actor: Actor,
    entity: str,
    entity_id: object,
    action: str,
    before: Any = None,
    after: Any = None,
) -> None:
    """Append one audit event in the same transaction as the change it describes."""
    uow.audit.append(
        at=utcnow(),
        user_id=actor.user_id,
        user_login=actor.login,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        action=action,
        before=None if before is None else to_json_safe(before),
        after=None if after is None else to_json_safe(after),
    )


@dataclass(frozen=True)
class AuditEventInfo:
    seq: int
    at: datetime
    user: str | None
    entity: str
    entity_id: str | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str


@dataclass(frozen=True)
class VerifyResult:
    events: int
    ok: bool
    first_broken: int | None
    reason: str | None
    head_hash: str | None


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def events(
        self,
        actor: Actor,
        *,
        before_seq: int | None = None,
        limit: int = 200,
        entity: str | None = None,
        entity_id: str | None = None,
    ) -> list[AuditEventInfo]:
        actor.require(Permission.READ_AUDIT_LOG)
        with unit_of_work(self._db) as uow:
            rows = uow.audit.page(
                before_seq=before_seq, limit=limit, entity=entity, entity_id=entity_id
            )
            return [
                AuditEventInfo(
                    r.seq,
                    r.at,
                    r.user_login,
                    r.entity,
                    r.entity_id,
                    r.action,
                    r.before,
                    r.after,
                    r.hash,
                )
                for r in rows
            ]

    def count(self, actor: Actor) -> int:
        actor.require(Permission.READ_AUDIT_LOG)
        with unit_of_work(self._db) as uow:
            return uow.audit.count()

    def head(self, actor: Actor) -> tuple[int, str]:
        actor.require(Permission.READ_AUDIT_LOG)
        with unit_of_work(self._db) as uow:
            return uow.audit.head()

    def verify(self, actor: Actor) -> VerifyResult:
        actor.require(Permission.VERIFY_AUDIT_LOG)
        with unit_of_work(self._db) as uow:
            verdict = verify_chain(uow.audit.chain())
            head = uow.audit.head()[1] if verdict.events else None
        return VerifyResult(verdict.events, verdict.ok, verdict.first_broken, verdict.reason, head)
