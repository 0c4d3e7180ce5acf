"""Inspections and their answers: an inspector's queue, claiming items from the shared pool,
creating and changing inspections, the history of changed answers, and filtered lists.

A sample item has at most one inspection (calibration inspections aside, which have no
sample item): it is created with the item's row locked, and the pool is claimed with
``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so that two inspectors asking at once get two
different items. SQLite serialises writers anyway (``BEGIN IMMEDIATE``).

Lists page by keyset on the inspection id (newest first), never by OFFSET.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from qa_desk.storage.models import (
    Agent,
    Answer,
    AnswerHistory,
    AuditEvent,
    Checklist,
    ChecklistItem,
    ChecklistSection,
    ChecklistVersion,
    Inspection,
    Message,
    Record,
    Sample,
    SampleItem,
    Segment,
    User,
    Vendor,
)


@dataclass(frozen=True)
class ItemContext:
    """A sample item with what opening it needs to know."""

    id: int
    sample_id: int
    record_id: int
    assigned_to: int | None
    assignee_login: str | None
    channel: str
    vendor_id: int
    sample_version_id: int | None


@dataclass(frozen=True)
class QueueRow:
    sample_item_id: int
    record_id: int
    record_external_id: str
    channel: str
    started_at: datetime
    agent: str | None  # employee id
    vendor: str  # vendor code
    reason: str  # as stored (JSON text)
    inspection_id: int | None
    status: str | None


@dataclass(frozen=True)
class InspectionHead:
    """An inspection's columns with the names lists and views show beside them."""

    id: int
    record_id: int
    record_external_id: str
    channel: str
    vendor_id: int
    vendor: str
    agent: str | None
    version_id: int
    checklist_id: int
    checklist_name: str
    version_number: int
    inspector_id: int
    inspector: str
    sample_item_id: int | None
    status: str
    score: Decimal | None
    passed: bool | None
    critical_failed: bool
    overall_comment: str | None
    started_at: datetime
    submitted_at: datetime | None
    time_spent_s: int
    row_version: int


@dataclass(frozen=True)
class InspectionQuery:
    """Which inspections, in database terms (UTC bounds, ids). Empty tuples mean "any".

    The period applies to the inspection's date: when it was submitted, or for one never
    submitted when it was started.
    """

    date_from: datetime | None = None  # inclusive, aware UTC
    date_before: datetime | None = None  # exclusive, aware UTC
    vendor_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    inspector_ids: tuple[int, ...] = ()
    checklist_ids: tuple[int, ...] = ()
    passed: bool | None = None
    critical: bool | None = None
    statuses: tuple[str, ...] = ()
    sample_id: int | None = None


_INSPECTOR = aliased(User)


def _head_select() -> Select[Any]:
    return (
        select(
            Inspection.id,
            Inspection.record_id,
            Record.external_id,
            Record.channel,
            Record.vendor_id,
            Vendor.code.label("vendor_code"),
            Agent.employee_id,
            Inspection.version_id,
            ChecklistVersion.checklist_id,
            Checklist.name.label("checklist_name"),
            ChecklistVersion.number,
            Inspection.inspector_id,
            _INSPECTOR.login,
            Inspection.sample_item_id,
            Inspection.status,
            Inspection.score,
            Inspection.passed,
            Inspection.critical_failed,
            Inspection.overall_comment,
            Inspection.started_at,
            Inspection.submitted_at,
            Inspection.time_spent_s,
            Inspection.version,
        )
        .join(Record, Record.id == Inspection.record_id)
        .join(Vendor, Vendor.id == Record.vendor_id)
        .outerjoin(Agent, Agent.id == Record.agent_id)
        .join(ChecklistVersion, ChecklistVersion.id == Inspection.version_id)
        .join(Checklist, Checklist.id == ChecklistVersion.checklist_id)
        .join(_INSPECTOR, _INSPECTOR.id == Inspection.inspector_id)
    )


def _head(row: Any) -> InspectionHead:
    return InspectionHead(
        id=row.id,
        record_id=row.record_id,
        record_external_id=row.external_id,
        channel=row.channel,
        vendor_id=row.vendor_id,
        vendor=row.vendor_code,
        agent=row.employee_id,
        version_id=row.version_id,
        checklist_id=row.checklist_id,
        checklist_name=row.checklist_name,
        version_number=row.number,
        inspector_id=row.inspector_id,
        inspector=row.login,
        sample_item_id=row.sample_item_id,
        status=row.status,
        score=row.score,
        passed=row.passed,
        critical_failed=bool(row.critical_failed),
        overall_comment=row.overall_comment,
        started_at=row.started_at,
        submitted_at=row.submitted_at,
        time_spent_s=row.time_spent_s or 0,
        row_version=row.version,
    )


# An item's inspection: calibration inspections never belong to a sample item's work.
def _of_item(item_id: Any) -> list[ColumnElement[bool]]:
    return [Inspection.sample_item_id == item_id, Inspection.calibration_session_id.is_(None)]


class InspectionRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _dialect(self) -> str:
        return self._s.get_bind().dialect.name

    # ------------------------------------------------------------ sample items
    def item_context(self, item_id: int, lock: bool = False) -> ItemContext | None:
        """The sample item with its record's channel and vendor; with ``lock``, its row is
        held to the end of the transaction (PostgreSQL), so that opening it is done once."""
        if lock:
            self._s.execute(select(SampleItem.id).where(SampleItem.id == item_id).with_for_update())
        row = self._s.execute(
            select(
                SampleItem.id,
                SampleItem.sample_id,
                SampleItem.record_id,
                SampleItem.assigned_to,
                User.login,
                Record.channel,
                Record.vendor_id,
                Sample.checklist_version_id,
            )
            .join(Sample, Sample.id == SampleItem.sample_id)
            .join(Record, Record.id == SampleItem.record_id)
            .outerjoin(User, User.id == SampleItem.assigned_to)
            .where(SampleItem.id == item_id)
        ).first()
        if row is None:
            return None
        return ItemContext(
            id=row.id,
            sample_id=row.sample_id,
            record_id=row.record_id,
            assigned_to=row.assigned_to,
            assignee_login=row.login,
            channel=row.channel,
            vendor_id=row.vendor_id,
            sample_version_id=row.checklist_version_id,
        )

    def assign(self, item_id: int, user_id: int, at: datetime) -> None:
        self._s.execute(
            update(SampleItem)
            .where(SampleItem.id == item_id)
            .values(assigned_to=user_id, assigned_at=at)
        )

    def claim(self, user_id: int, at: datetime) -> int | None:
        """Assign the first unassigned, never-opened item of the shared pool to ``user_id``;
        its id, or None when the pool is empty.

        PostgreSQL: the candidate row is locked with SKIP LOCKED, so a concurrent claimer
        passes over it to the next one instead of waiting and then taking the same item; a
        row another claimer assigned meanwhile no longer matches when it is rechecked.
        """
        stmt = (
            select(SampleItem.id)
            .where(
                SampleItem.assigned_to.is_(None),
                ~exists().where(*_of_item(SampleItem.id)),
            )
            .order_by(SampleItem.id)
            .limit(1)
        )
        if self._dialect == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True, of=SampleItem)
        item_id = self._s.scalar(stmt)
        if item_id is None:
            return None
        done = self._s.execute(
            update(SampleItem)
            .where(SampleItem.id == item_id, SampleItem.assigned_to.is_(None))
            .values(assigned_to=user_id, assigned_at=at)
        )
        # Belt and braces: the guarded UPDATE changes nothing if someone else won the row.
        return item_id if getattr(done, "rowcount", 1) == 1 else None

    def queue(self, user_id: int) -> list[QueueRow]:
        """The items assigned to ``user_id`` that have no submitted inspection, by item id
        (a stable order: claimed and newly assigned items fall into place by their id)."""
        stmt = (
            select(
                SampleItem.id,
                SampleItem.record_id,
                Record.external_id,
                Record.channel,
                Record.started_at,
                Agent.employee_id,
                Vendor.code,
                SampleItem.reason,
                Inspection.id.label("inspection_id"),
                Inspection.status,
            )
            .join(Record, Record.id == SampleItem.record_id)
            .join(Vendor, Vendor.id == Record.vendor_id)
            .outerjoin(Agent, Agent.id == Record.agent_id)
            .outerjoin(Inspection, and_(*_of_item(SampleItem.id)))
            .where(
                SampleItem.assigned_to == user_id,
                or_(Inspection.id.is_(None), Inspection.status != "submitted"),
            )
            .order_by(SampleItem.id)
        )
        return [
            QueueRow(
                sample_item_id=r.id,
                record_id=r.record_id,
                record_external_id=r.external_id,
                channel=r.channel,
                started_at=r.started_at,
                agent=r.employee_id,
                vendor=r.code,
                reason=r.reason,
                inspection_id=r.inspection_id,
                status=r.status,
            )
            for r in self._s.execute(stmt)
        ]

    def queue_ids(self, user_id: int) -> list[int]:
        """The ids of ``queue(user_id)``, in the same order."""
        stmt = (
            select(SampleItem.id)
            .outerjoin(Inspection, and_(*_of_item(SampleItem.id)))
            .where(
                SampleItem.assigned_to == user_id,
                or_(Inspection.id.is_(None), Inspection.status != "submitted"),
            )
            .order_by(SampleItem.id)
        )
        return list(self._s.scalars(stmt))

    def sample_exists(self, sample_id: int) -> bool:
        return self._s.scalar(select(Sample.id).where(Sample.id == sample_id)) is not None

    # ------------------------------------------------------------ inspections
    def inspection(self, inspection_id: int) -> Inspection | None:
        return self._s.get(Inspection, inspection_id)

    def inspection_id_for_item(self, item_id: int) -> int | None:
        stmt = select(Inspection.id).where(*_of_item(item_id)).order_by(Inspection.id).limit(1)
        return self._s.scalar(stmt)

    def add_inspection(
        self,
        *,
        record_id: int,
        version_id: int,
        sample_item_id: int | None,
        inspector_id: int,
        started_at: datetime,
        score: Decimal | None = None,
        passed: bool | None = None,
        critical_failed: bool = False,
    ) -> Inspection:
        """A new draft (its id is known on return)."""
        inspection = Inspection(
            record_id=record_id,
            version_id=version_id,
            sample_item_id=sample_item_id,
            inspector_id=inspector_id,
            status="draft",
            score=score,
            passed=passed,
            critical_failed=critical_failed,
            started_at=started_at,
            time_spent_s=0,
        )
        self._s.add(inspection)
        self._s.flush()
        return inspection

    def add_answers(self, inspection_id: int, values: Iterable[dict[str, Any]]) -> None:
        """One answer per dict of column values; one statement (no ORM objects to track)."""
        rows = [{"inspection_id": inspection_id, **v} for v in values]
        if rows:
            self._s.execute(insert(Answer), rows)

    def answers(self, inspection_id: int) -> list[Answer]:
        stmt = select(Answer).where(Answer.inspection_id == inspection_id).order_by(Answer.id)
        return list(self._s.scalars(stmt))

    def answers_of(self, inspection_ids: Sequence[int]) -> dict[int, list[Answer]]:
        out: dict[int, list[Answer]] = {i: [] for i in inspection_ids}
        if not inspection_ids:
            return out
        stmt = (
            select(Answer)
            .where(Answer.inspection_id.in_(list(inspection_ids)))
            .order_by(Answer.inspection_id, Answer.id)
        )
        for answer in self._s.scalars(stmt):
            out[answer.inspection_id].append(answer)
        return out

    def item_ids(self, version_id: int) -> dict[str, int]:
        """Item code -> item id of a checklist version."""
        stmt = (
            select(ChecklistItem.code, ChecklistItem.id)
            .join(ChecklistSection, ChecklistSection.id == ChecklistItem.section_id)
            .where(ChecklistSection.version_id == version_id)
        )
        return {code: item_id for code, item_id in self._s.execute(stmt)}

    def version_status(self, version_id: int) -> str | None:
        return self._s.scalar(
            select(ChecklistVersion.status).where(ChecklistVersion.id == version_id)
        )

    def touch(self, inspection: Inspection) -> None:
        """Write the inspection's row even if none of its columns changed, so that its
        version counter moves on with every save (a save may change only answers), and a
        concurrent save from a stale copy fails."""
        flag_modified(inspection, "time_spent_s")
        self._s.flush()

    def flush(self) -> None:
        self._s.flush()

    def heads(self, inspection_ids: Sequence[int]) -> list[InspectionHead]:
        if not inspection_ids:
            return []
        stmt = (
            _head_select()
            .where(Inspection.id.in_(list(inspection_ids)))
            .order_by(Inspection.id.desc())
        )
        return [_head(r) for r in self._s.execute(stmt)]

    def head(self, inspection_id: int) -> InspectionHead | None:
        found = self.heads([inspection_id])
        return found[0] if found else None

    # ------------------------------------------------------------ history
    def add_history(
        self,
        answer: Answer,
        *,
        inspection_score: Decimal | None,
        reason: str,
        changed_by: int | None,
        changed_at: datetime,
    ) -> None:
        """Keep ``answer``'s current value, score and N/A before it changes."""
        self._s.add(
            AnswerHistory(
                answer_id=answer.id,
                value=answer.value,
                score=answer.score,
                na=answer.na,
                inspection_score=inspection_score,
                reason=reason,
                changed_by=changed_by,
                changed_at=changed_at,
            )
        )

    def answers_with_history_since(self, answer_ids: Sequence[int], since: datetime) -> set[int]:
        if not answer_ids:
            return set()
        stmt = select(AnswerHistory.answer_id).where(
            AnswerHistory.answer_id.in_(list(answer_ids)), AnswerHistory.changed_at >= since
        )
        return set(self._s.scalars(stmt))

    def history(self, inspection_id: int) -> list[AnswerHistory]:
        stmt = (
            select(AnswerHistory)
            .join(Answer, Answer.id == AnswerHistory.answer_id)
            .where(Answer.inspection_id == inspection_id)
            .order_by(AnswerHistory.id)
        )
        return list(self._s.scalars(stmt))

    def last_event(self, inspection_id: int, action: str) -> AuditEvent | None:
        """The inspection's latest audit event of ``action`` (its reopening reason and time)."""
        stmt = (
            select(AuditEvent)
            .where(
                AuditEvent.entity == "inspection",
                AuditEvent.entity_id == str(inspection_id),
                AuditEvent.action == action,
            )
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        )
        return self._s.scalars(stmt).first()

    # ------------------------------------------------------------ evidence
    def existing_refs(self, record_id: int, kind: str, refs: Sequence[int]) -> set[int]:
        """Which of ``refs`` are messages ("message") or segments ("segment") of the record."""
        if not refs:
            return set()
        model = Message if kind == "message" else Segment
        stmt = select(model.id).where(model.record_id == record_id, model.id.in_(list(refs)))
        return set(self._s.scalars(stmt))

    # ------------------------------------------------------------ lists
    def _conditions(self, q: InspectionQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [Inspection.calibration_session_id.is_(None)]
        if q.date_from is not None or q.date_before is not None:
            submitted: list[ColumnElement[bool]] = [Inspection.submitted_at.is_not(None)]
            started: list[ColumnElement[bool]] = [Inspection.submitted_at.is_(None)]
            if q.date_from is not None:
                submitted.append(Inspection.submitted_at >= q.date_from)
                started.append(Inspection.started_at >= q.date_from)
            if q.date_before is not None:
                submitted.append(Inspection.submitted_at < q.date_before)
                started.append(Inspection.started_at < q.date_before)
            conditions.append(or_(and_(*submitted), and_(*started)))
        if q.vendor_ids:
            conditions.append(Record.vendor_id.in_(q.vendor_ids))
        if q.agent_ids:
            conditions.append(Record.agent_id.in_(q.agent_ids))
        if q.inspector_ids:
            conditions.append(Inspection.inspector_id.in_(q.inspector_ids))
        if q.checklist_ids:
            conditions.append(ChecklistVersion.checklist_id.in_(q.checklist_ids))
        if q.passed is not None:
            conditions.append(Inspection.passed.is_(q.passed))
        if q.critical is not None:
            conditions.append(Inspection.critical_failed.is_(q.critical))
        if q.statuses:
            conditions.append(Inspection.status.in_(q.statuses))
        if q.sample_id is not None:
            in_sample = select(SampleItem.id).where(SampleItem.sample_id == q.sample_id)
            conditions.append(Inspection.sample_item_id.in_(in_sample))
        return conditions

    def page(self, q: InspectionQuery, after: int | None, limit: int) -> list[InspectionHead]:
        """Up to ``limit`` inspections, newest (highest id) first, after the id ``after``."""
        stmt = _head_select().where(*self._conditions(q))
        if after is not None:
            stmt = stmt.where(Inspection.id < after)
        stmt = stmt.order_by(Inspection.id.desc()).limit(limit)
        return [_head(r) for r in self._s.execute(stmt)]

    def count(self, q: InspectionQuery) -> int:
        stmt = (
            select(func.count())
            .select_from(Inspection)
            .join(Record, Record.id == Inspection.record_id)
            .join(ChecklistVersion, ChecklistVersion.id == Inspection.version_id)
            .where(*self._conditions(q))
        )
        return int(self._s.scalar(stmt) or 0)
