"""Inspections: an inspector's queue, opening a sampled record as a draft pre-filled from the
automatic checks, autosaving answers, submitting, reopening, and reading them back.

Rules kept here (DESIGN §4, §8):
- An inspection pins one checklist version (the sample's, else the active one for the
  record's channel) and holds one answer per item of it; scores come from
  ``qa_desk.domain.scoring`` on that version, recomputed on every save.
- What the automatic checks suggest is stored with the answer (``auto``); an answer that
  differs from the suggestion is an override and needs a short reason.
- Only the inspection's inspector changes it, and only while it is a draft or reopened.
  Every save names the row version it was based on: a stale one is a conflict, never a
  silent overwrite (the database's version counter catches the race between two saves).
- Opening, submitting and reopening write an audit event in the same transaction; autosaves
  of a draft do not (the submission records the final answers). Changing an answer of a
  reopened inspection keeps its submitted value in the answer's history.
- Vendor supervisors read only their own vendor's submitted inspections; anything else
  does not exist for them.
"""

from __future__ import annotations

import builtins
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from qa_desk.domain.checklist import ChecklistSpec, ItemSpec
from qa_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.scoring import AnswerInput, ScoreResult, item_score, score
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_utc, utcnow
from qa_desk.services import audit
from qa_desk.services.actor import Actor
from qa_desk.services.autocheck import AutoCheckService, RecordCheck
from qa_desk.services.checklists import ChecklistService
from qa_desk.storage.database import Database
from qa_desk.storage.models import Answer, Inspection
from qa_desk.storage.repositories.inspections import (
    InspectionHead,
    InspectionQuery,
    ItemContext,
)
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

STATUSES = ("draft", "submitted", "reopened")
EDITABLE = ("draft", "reopened")
MAX_REASON = 500  # an override or reopening reason is short
MAX_COMMENT = 4000
MAX_QUOTE = 1000  # the reference is exact; the quote only shows what was meant
MAX_EVIDENCE = 50  # pieces of evidence per item
MAX_PAGE = 1000
MAX_TIME_S = 10**7  # time spent: about 115 days, far beyond any real inspection
# What an answer's value column holds: Numeric(8, 3).
_VALUE_LIMIT = Decimal(10) ** 5
_THOUSANDTH = Decimal("0.001")
EVIDENCE_KIND = {"chat": "message", "call": "segment"}

_NO_ITEM = QT_TRANSLATE_NOOP("Errors", "No such sample item.")
_NO_INSPECTION = QT_TRANSLATE_NOOP("Errors", "No such inspection.")
_NO_SAMPLE = QT_TRANSLATE_NOOP("Errors", "No such sample.")
_STALE = QT_TRANSLATE_NOOP("Errors", "Someone else changed this meanwhile; reload and try again.")


# ---------------------------------------------------------------------- values
@dataclass(frozen=True)
class QueueItem:
    sample_item_id: int
    record_id: int
    record_external_id: str
    channel: str
    started_at: datetime
    agent: str | None  # employee id
    vendor: str  # vendor code
    reason: dict[str, Any]  # why it was sampled: {"code": ..., params}
    inspection_id: int | None
    status: str | None  # None: not started


@dataclass(frozen=True)
class AnswerInfo:
    item_code: str
    item_id: int
    value: float | None  # binary 1/0, a scale level, or a deduction's occurrences
    na: bool
    score: float | None
    failed: bool
    comment: str
    # {"kind": "message"|"segment", "ref": message or segment id, "quote": text}
    evidence: tuple[dict[str, Any], ...]
    # The machine suggestion it was pre-filled from: the check's verdict, suggested points,
    # occurrences, measure, note, evidence, and the answer it stands for ("value", "na";
    # "applies" False when the suggestion could not be used as an answer).
    auto: dict[str, Any] | None
    overridden: bool
    override_reason: str
    locked: bool


@dataclass(frozen=True)
class InspectionInfo:
    id: int
    record_id: int
    record_external_id: str
    channel: str
    vendor: str
    agent: str | None
    version_id: int
    checklist_name: str
    version_number: int
    inspector: str  # login
    status: str  # draft | submitted | reopened
    score: float | None
    passed: bool | None
    critical_failed: bool
    overall_comment: str
    started_at: datetime
    submitted_at: datetime | None
    time_spent_s: int
    row_version: int  # send it back with the next save or submit
    answers: tuple[AnswerInfo, ...]  # one per item, in checklist order
    spec: ChecklistSpec
    result: ScoreResult
    sample_item_id: int | None = None

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    def answer(self, item_code: str) -> AnswerInfo | None:
        for a in self.answers:
            if a.item_code == item_code:
                return a
        return None


@dataclass(frozen=True)
class AnswerEdit:
    """The whole new state of one item's answer. ``value`` None and ``na`` False clears it.
    ``override_reason`` None keeps the reason given before."""

    item_code: str
    value: float | None = None
    na: bool = False
    comment: str = ""
    evidence: tuple[dict[str, Any], ...] = ()
    override_reason: str | None = None


@dataclass(frozen=True)
class InspectionFilter:
    date_from: date | None = None  # outlet-local, inclusive: submitted (or started) then
    date_to: date | None = None
    vendor_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    inspector_ids: tuple[int, ...] = ()
    checklist_ids: tuple[int, ...] = ()
    passed: bool | None = None
    critical: bool | None = None  # a critical item failed
    status: str | None = None


@dataclass(frozen=True)
class InspectionRow:
    id: int
    record_id: int
    record_external_id: str
    channel: str
    vendor: str
    agent: str | None
    inspector: str
    checklist_name: str
    version_number: int
    status: str
    score: float | None
    passed: bool | None
    critical_failed: bool
    started_at: datetime
    submitted_at: datetime | None


@dataclass
class _Reopening:
    """A reopened inspection being edited: why it was reopened, since when, and which
    answers already kept their submitted value."""

    reason: str
    since: datetime
    kept: set[int] = field(default_factory=set)


# ---------------------------------------------------------------------- helpers
def _float(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


def _decimal(value: float | None) -> Decimal | None:
    """A score as its column stores it (3 decimals)."""
    if value is None:
        return None
    return Decimal(repr(float(value))).quantize(_THOUSANDTH)


def _user(actor: Actor) -> int:
    if actor.user_id is None:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Inspections are scored by a signed-in user.")
        )
    return actor.user_id


def _reason_json(text: str | None) -> dict[str, Any]:
    """The stored reason of a sample item (JSON text) as a dict; plain text as {"text"}."""
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {"text": text}
    return data if isinstance(data, dict) else {"text": text}


# Whole sentences per text field, so that translators see what is too long.
_TOO_LONG = {
    "overall_comment": QT_TRANSLATE_NOOP(
        "Errors", "The overall comment is longer than {limit} characters."
    ),
    "reason": QT_TRANSLATE_NOOP("Errors", "The reason is longer than {limit} characters."),
    "comment": QT_TRANSLATE_NOOP(
        "Errors", "Item {code}: the comment is longer than {limit} characters."
    ),
    "override_reason": QT_TRANSLATE_NOOP(
        "Errors", "Item {code}: the reason is longer than {limit} characters."
    ),
}


def _clean_text(value: Any, limit: int, field_name: str, code: str = "") -> str:
    """Trimmed text, refused when it is not text, holds NUL (which PostgreSQL cannot store)
    or is longer than ``limit``."""
    if value is None:
        return ""
    if not isinstance(value, str) or "\x00" in value:
        if code:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Item {code}: the text holds a character that cannot be stored."
                ),
                field_name,
                code=code,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The text holds a character that cannot be stored."),
            field_name,
        )
    text = value.strip()
    if len(text) > limit:
        raise ValidationError(_TOO_LONG[field_name], field_name, code=code, limit=limit)
    return text


def _invalid_answer(code: str, value: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Item {code}: {value} is not a valid answer."),
        "value",
        code=code,
        value=value,
    )


def _stored_value(code: str, value: Any) -> tuple[float | None, Decimal | None]:
    """The value as a float for scoring and as the Decimal its column holds, exactly."""
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _invalid_answer(code, value)
    try:
        number = Decimal(repr(float(value))) if not isinstance(value, Decimal) else value
        if not number.is_finite() or abs(number) >= _VALUE_LIMIT:
            raise _invalid_answer(code, value)
        stored = number.quantize(_THOUSANDTH)
    except InvalidOperation:
        raise _invalid_answer(code, value) from None
    if stored != number:
        raise _invalid_answer(code, value)
    return float(stored), stored


def suggestion_for(item: ItemSpec, check: RecordCheck) -> AnswerInput | None:
    """The answer an automatic check's outcome stands for, or None when it is no answer.

    binary: pass → 1, fail → 0. scale: the suggested points are a level (the highest level
    not above them). deduction: the occurrences that give the suggested points. "n/a" →
    N/A where the item allows it.
    """
    verdict = check.verdict
    if verdict == "n/a":
        return AnswerInput(None, True) if item.allows_na else None
    if verdict not in ("pass", "fail"):
        return None
    if item.kind == "binary":
        return AnswerInput(1.0 if verdict == "pass" else 0.0)
    suggested = check.suggested
    if suggested is None or not math.isfinite(suggested):
        return None
    if item.kind == "scale":
        if not item.levels:
            return None
        below = [level for level in item.levels if level <= suggested + 1e-9]
        return AnswerInput(float(below[-1] if below else item.levels[0]))
    if item.kind == "deduction":
        if verdict == "pass":
            return AnswerInput(0.0)
        per = item.per_occurrence
        if not per or per <= 0:
            return None
        occurrences = check.occurrences
        if (
            occurrences > 0
            and abs(max(0.0, item.max_points - per * occurrences) - suggested) < 1e-9
        ):
            return AnswerInput(float(occurrences))
        # The rule counted one breach (or the count was floored at 0 points).
        return AnswerInput(float(max(1, math.ceil((item.max_points - suggested) / per - 1e-9))))
    return None


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def _auto_json(check: RecordCheck, suggestion: AnswerInput | None) -> dict[str, Any]:
    return {
        "key": check.key,
        "rule": check.rule,
        "label": check.label,
        "verdict": check.verdict,
        "suggested": _finite(check.suggested),
        "occurrences": check.occurrences,
        "measured": _finite(check.measured),
        "note": check.note,
        "evidence": [
            {
                "ref": e.ref,
                "role": e.role,
                "matched": e.matched,
                "start": e.start,
                "end": e.end,
                "measured": _finite(e.measured),
                "note": e.note,
            }
            for e in check.evidence
        ],
        "applies": suggestion is not None,
        "value": None if suggestion is None else suggestion.value,
        "na": False if suggestion is None else suggestion.na,
    }


def _suggested(auto: Mapping[str, Any] | None) -> AnswerInput | None:
    if not auto or not auto.get("applies"):
        return None
    value = auto.get("value")
    return AnswerInput(None if value is None else float(value), bool(auto.get("na")))


def _same(a: AnswerInput, b: AnswerInput) -> bool:
    if a.na or b.na:
        return a.na == b.na
    return a.value is not None and b.value is not None and abs(a.value - b.value) < 1e-9


def _answer_input(answer: Answer) -> AnswerInput:
    return AnswerInput(_float(answer.value), bool(answer.na))


def _critical_failed(result: ScoreResult) -> bool:
    """A critical item failed, whether it zeroes its section or the whole inspection."""
    return any(i.critical_failed for i in result.items)


def _row(head: InspectionHead) -> InspectionRow:
    return InspectionRow(
        id=head.id,
        record_id=head.record_id,
        record_external_id=head.record_external_id,
        channel=head.channel,
        vendor=head.vendor,
        agent=head.agent,
        inspector=head.inspector,
        checklist_name=head.checklist_name,
        version_number=head.version_number,
        status=head.status,
        score=_float(head.score),
        passed=head.passed,
        critical_failed=head.critical_failed,
        started_at=head.started_at,
        submitted_at=head.submitted_at,
    )


class InspectionService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._checklists = ChecklistService(db)
        self._autocheck = AutoCheckService(db)
        # Pinned versions never change (storage refuses it): their content and item ids are
        # read once per process.
        self._versions: dict[int, tuple[ChecklistSpec, dict[str, int]]] = {}

    # ------------------------------------------------------------------ queue
    def queue(self, actor: Actor) -> builtins.list[QueueItem]:
        """The items assigned to the actor without a submitted inspection, in a stable
        order (by item)."""
        actor.require(Permission.INSPECT)
        user_id = _user(actor)
        with unit_of_work(self._db) as uow:
            rows = uow.inspections.queue(user_id)
        return [
            QueueItem(
                sample_item_id=r.sample_item_id,
                record_id=r.record_id,
                record_external_id=r.record_external_id,
                channel=r.channel,
                started_at=r.started_at,
                agent=r.agent,
                vendor=r.vendor,
                reason=_reason_json(r.reason),
                inspection_id=r.inspection_id,
                status=r.status,
            )
            for r in rows
        ]

    def next(self, actor: Actor, after_item_id: int | None = None) -> InspectionInfo | None:
        """Open the actor's next item: the first of the queue after ``after_item_id``, else
        one claimed from the shared pool, else the first left earlier in the queue; None
        when there is nothing left to inspect."""
        actor.require(Permission.INSPECT)
        user_id = _user(actor)
        with unit_of_work(self._db) as uow:
            ids = uow.inspections.queue_ids(user_id)
        later = [i for i in ids if after_item_id is None or i > after_item_id]
        if later:
            return self.open(actor, later[0])
        claimed = self._claim(actor, user_id)
        if claimed is not None:
            return self.open(actor, claimed)
        earlier = [i for i in ids if i != after_item_id]
        return self.open(actor, earlier[0]) if earlier else None

    def _claim(self, actor: Actor, user_id: int) -> int | None:
        """Take one item of the shared pool, in its own transaction (one item is never
        given to two inspectors: see ``InspectionRepository.claim``)."""
        with unit_of_work(self._db, write=True) as uow:
            item_id = uow.inspections.claim(user_id, utcnow())
            if item_id is not None:
                audit.record(
                    uow, actor, "sample_item", item_id, "claim", after={"assigned_to": actor.login}
                )
            return item_id

    # ------------------------------------------------------------------ opening
    def open(self, actor: Actor, sample_item_id: int) -> InspectionInfo:
        """The item's inspection; on first opening a draft is created, pinned to the
        sample's checklist version (or the active one for the record's channel) and
        pre-filled from the automatic checks. An unassigned item is claimed on the way."""
        actor.require(Permission.INSPECT)
        user_id = _user(actor)
        with unit_of_work(self._db) as uow:
            context = uow.inspections.item_context(sample_item_id)
            if context is None:
                raise NotFound(_NO_ITEM)
            existing = uow.inspections.inspection_id_for_item(sample_item_id)
            if existing is not None:
                head = uow.inspections.head(existing)
                assert head is not None
                if head.inspector_id == user_id or head.status == "submitted":
                    return self._info(uow, head)
            _check_assignee(context, user_id)
        prefill: dict[str, tuple[AnswerInput | None, dict[str, Any]]] = {}
        version_id = 0
        if existing is None:
            version_id = self._pin(actor, context)
            prefill = self._prefill(actor, context.record_id, version_id)
        with unit_of_work(self._db, write=True) as uow:
            context = uow.inspections.item_context(sample_item_id, lock=True)
            if context is None:
                raise NotFound(_NO_ITEM)
            existing = uow.inspections.inspection_id_for_item(sample_item_id)
            if existing is not None:
                # Opened meanwhile (another window), or someone else's unsubmitted draft.
                return self._take(uow, actor, user_id, context, existing)
            if version_id == 0:  # it had an inspection a moment ago: never deleted, so odd
                raise ConflictError(_STALE)
            now = utcnow()
            if context.assigned_to is None:
                uow.inspections.assign(context.id, user_id, now)
                audit.record(
                    uow,
                    actor,
                    "sample_item",
                    context.id,
                    "claim",
                    after={"assigned_to": actor.login},
                )
            else:
                _check_assignee(context, user_id)
            inspection = self._create(uow, actor, user_id, context, version_id, prefill, now)
            head = uow.inspections.head(inspection.id)
            assert head is not None
            return self._info(uow, head)

    def _take(
        self, uow: UnitOfWork, actor: Actor, user_id: int, context: ItemContext, inspection_id: int
    ) -> InspectionInfo:
        inspection = uow.inspections.inspection(inspection_id)
        assert inspection is not None
        if inspection.inspector_id != user_id and inspection.status != "submitted":
            # The item was reassigned before its draft was submitted: the draft follows it.
            _check_assignee(context, user_id)
            head = uow.inspections.head(inspection_id)
            assert head is not None
            inspection.inspector_id = user_id
            uow.inspections.touch(inspection)
            audit.record(
                uow,
                actor,
                "inspection",
                inspection_id,
                "take_over",
                before={"inspector": head.inspector},
                after={"inspector": actor.login},
            )
        head = uow.inspections.head(inspection_id)
        assert head is not None
        return self._info(uow, head)

    def _pin(self, actor: Actor, context: ItemContext) -> int:
        """The checklist version the item is scored against: the sample's, else the current
        version of an active checklist for the record's channel (one made for that channel
        before one for both)."""
        version_id = context.sample_version_id
        if version_id is None:
            candidates = [
                c
                for c in self._checklists.list(actor)
                if c.active and c.current is not None and c.channel in (None, context.channel)
            ]
            exact = [c for c in candidates if c.channel == context.channel]
            chosen = (exact or candidates)[0].current if candidates else None
            if chosen is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "No published checklist applies to calls.")
                    if context.channel == "call"
                    else QT_TRANSLATE_NOOP("Errors", "No published checklist applies to chats."),
                    "checklist",
                )
            return chosen.id
        with unit_of_work(self._db) as uow:
            status = uow.inspections.version_status(version_id)
        if status is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such checklist version."))
        if status == "draft":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The sample's checklist version is a draft; publish it first."
                ),
                "checklist",
            )
        return version_id

    def _prefill(
        self, actor: Actor, record_id: int, version_id: int
    ) -> dict[str, tuple[AnswerInput | None, dict[str, Any]]]:
        """Item code -> (the suggested answer or None, the stored suggestion)."""
        with unit_of_work(self._db) as uow:
            spec, _ids = self._version(uow, version_id)
        out: dict[str, tuple[AnswerInput | None, dict[str, Any]]] = {}
        for check in self._autocheck.results_for_record(actor, record_id):
            if check.version_id != version_id or check.item_code is None:
                continue
            item = spec.item(check.item_code)
            if item is None:
                continue
            suggestion = suggestion_for(item, check)
            out[item.code] = (suggestion, _auto_json(check, suggestion))
        return out

    def _create(
        self,
        uow: UnitOfWork,
        actor: Actor,
        user_id: int,
        context: ItemContext,
        version_id: int,
        prefill: Mapping[str, tuple[AnswerInput | None, dict[str, Any]]],
        now: datetime,
    ) -> Inspection:
        spec, ids = self._version(uow, version_id)
        rows = []
        inputs: dict[str, AnswerInput] = {}
        for _section, item in spec.items():
            suggestion, auto = prefill.get(item.code, (None, None))
            answer = suggestion or AnswerInput()
            points = item_score(item, answer)
            inputs[item.code] = answer
            rows.append(
                {
                    "item_id": ids[item.code],
                    "value": _stored_value(item.code, answer.value)[1],
                    "score": _decimal(points),
                    "na": answer.na,
                    "failed": points is not None and points < item.max_points,
                    "comment": None,
                    "evidence": [],
                    "auto_result": auto,
                    "overridden": False,
                    "override_reason": None,
                    "locked": False,
                }
            )
        result = score(spec, inputs)
        inspection = uow.inspections.add_inspection(
            record_id=context.record_id,
            version_id=version_id,
            sample_item_id=context.id,
            inspector_id=user_id,
            started_at=now,
            score=_decimal(result.total),
            passed=result.passed if result.complete else None,
            critical_failed=_critical_failed(result),
        )
        uow.inspections.add_answers(inspection.id, rows)
        audit.record(
            uow,
            actor,
            "inspection",
            inspection.id,
            "open",
            after={
                "record_id": context.record_id,
                "sample_item_id": context.id,
                "version_id": version_id,
                "inspector": actor.login,
                "prefilled": {
                    code: {"value": s.value, "na": s.na}
                    for code, (s, _auto) in prefill.items()
                    if s is not None
                },
            },
        )
        return inspection

    # ------------------------------------------------------------------ reading
    def get(self, actor: Actor, inspection_id: int) -> InspectionInfo:
        actor.require(Permission.READ_INSPECTIONS)
        with unit_of_work(self._db) as uow:
            head = uow.inspections.head(inspection_id)
            if head is None or not _visible(actor, head):
                raise NotFound(_NO_INSPECTION)
            return self._info(uow, head)

    def list(
        self, actor: Actor, flt: InspectionFilter, limit: int = 200, after: Any = None
    ) -> builtins.list[InspectionRow]:
        """Inspections matching ``flt``, newest first; pass the last row's id as ``after``
        for the next page."""
        actor.require(Permission.READ_INSPECTIONS)
        if not 1 <= limit <= MAX_PAGE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A page holds 1 to {maximum} inspections."),
                "limit",
                maximum=MAX_PAGE,
            )
        if after is not None and (isinstance(after, bool) or not isinstance(after, int)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The page cursor belongs to another list."), "after"
            )
        with unit_of_work(self._db) as uow:
            query = self._query(uow, actor, flt)
            if query is None:
                return []
            return [_row(h) for h in uow.inspections.page(query, after, limit)]

    def count(self, actor: Actor, flt: InspectionFilter) -> int:
        actor.require(Permission.READ_INSPECTIONS)
        with unit_of_work(self._db) as uow:
            query = self._query(uow, actor, flt)
            return 0 if query is None else uow.inspections.count(query)

    def for_sample(self, actor: Actor, sample_id: int) -> builtins.list[InspectionInfo]:
        """The inspections of a sample's items (those the actor may read), by id."""
        actor.require(Permission.READ_INSPECTIONS)
        with unit_of_work(self._db) as uow:
            if not uow.inspections.sample_exists(sample_id):
                raise NotFound(_NO_SAMPLE)
            query = self._scoped(actor, InspectionQuery(sample_id=sample_id))
            if query is None:
                return []
            heads: builtins.list[InspectionHead] = []
            after: int | None = None
            while True:
                page = uow.inspections.page(query, after, MAX_PAGE)
                heads.extend(page)
                if len(page) < MAX_PAGE:
                    break
                after = page[-1].id
            return [self._info(uow, h) for h in sorted(heads, key=lambda h: h.id)]

    # ------------------------------------------------------------------ changing
    def save(
        self,
        actor: Actor,
        inspection_id: int,
        row_version: int,
        edits: Sequence[AnswerEdit],
        overall_comment: str | None = None,
        time_spent_s: int | None = None,
    ) -> InspectionInfo:
        """Autosave a draft (or a reopened inspection): the edited answers, the overall
        comment and the time spent so far (a total in seconds; it never goes down)."""
        actor.require(Permission.INSPECT)
        user_id = _user(actor)
        comment = None
        if overall_comment is not None:
            comment = _clean_text(overall_comment, MAX_COMMENT, "overall_comment")
        if time_spent_s is not None and (
            isinstance(time_spent_s, bool)
            or not isinstance(time_spent_s, int)
            or not 0 <= time_spent_s <= MAX_TIME_S
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The time spent must be 0 to {limit} seconds."),
                "time_spent_s",
                limit=MAX_TIME_S,
            )
        with unit_of_work(self._db, write=True) as uow:
            inspection = self._editable(uow, user_id, inspection_id, row_version)
            spec, ids = self._version(uow, inspection.version_id)
            by_id = {a.item_id: a for a in uow.inspections.answers(inspection.id)}
            answers = {code: by_id[item_id] for code, item_id in ids.items() if item_id in by_id}
            reopening = (
                self._reopening(uow, inspection, answers)
                if inspection.status == "reopened"
                else None
            )
            head = uow.inspections.head(inspection.id)
            assert head is not None
            now = utcnow()
            for edit in edits:
                item = spec.item(edit.item_code) if isinstance(edit, AnswerEdit) else None
                if item is None or edit.item_code not in answers:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "Item {code} is not on this checklist."),
                        "item_code",
                        code=getattr(edit, "item_code", edit),
                    )
                self._apply(
                    uow, user_id, inspection, head, item, answers[item.code], edit, reopening, now
                )
            if comment is not None:
                inspection.overall_comment = comment or None
            if time_spent_s is not None:
                inspection.time_spent_s = max(inspection.time_spent_s or 0, time_spent_s)
            _rescore(inspection, _score(spec, answers))
            uow.inspections.touch(inspection)
            return self._info(uow, self._head(uow, inspection.id))

    def submit(self, actor: Actor, inspection_id: int, row_version: int) -> InspectionInfo:
        """Finish the inspection: every item answered or N/A; it is locked and audited."""
        actor.require(Permission.INSPECT)
        user_id = _user(actor)
        with unit_of_work(self._db, write=True) as uow:
            inspection = self._editable(uow, user_id, inspection_id, row_version)
            spec, ids = self._version(uow, inspection.version_id)
            by_id = {a.item_id: a for a in uow.inspections.answers(inspection.id)}
            answers = {code: by_id[item_id] for code, item_id in ids.items() if item_id in by_id}
            result = _score(spec, answers)
            if not result.complete:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Answer every item before submitting; not answered: {items}."
                    ),
                    "answers",
                    items=", ".join(result.unanswered),
                )
            before = {"status": inspection.status}
            _rescore(inspection, result)
            inspection.status = "submitted"
            inspection.submitted_at = utcnow()
            uow.inspections.touch(inspection)
            audit.record(
                uow,
                actor,
                "inspection",
                inspection.id,
                "submit",
                before=before,
                after=_snapshot(inspection, spec, answers),
            )
            return self._info(uow, self._head(uow, inspection.id))

    def reopen(self, actor: Actor, inspection_id: int, reason: str) -> InspectionInfo:
        """Make a submitted inspection editable by its inspector again, with a reason. The
        answers it then changes keep their submitted values in their history."""
        actor.require(Permission.REOPEN_INSPECTION)
        text = _clean_text(reason, MAX_REASON, "reason")
        if not text:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give a reason for reopening the inspection."),
                "reason",
            )
        with unit_of_work(self._db, write=True) as uow:
            head = uow.inspections.head(inspection_id)
            inspection = uow.inspections.inspection(inspection_id)
            if head is None or inspection is None or not _visible(actor, head):
                raise NotFound(_NO_INSPECTION)
            if inspection.status != "submitted":
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Only a submitted inspection can be reopened."),
                    "status",
                )
            before = {
                "status": inspection.status,
                "score": inspection.score,
                "passed": inspection.passed,
                "critical_failed": inspection.critical_failed,
            }
            inspection.status = "reopened"
            uow.inspections.touch(inspection)
            audit.record(
                uow,
                actor,
                "inspection",
                inspection.id,
                "reopen",
                before=before,
                after={"status": "reopened", "reason": text, "inspector": head.inspector},
            )
            return self._info(uow, self._head(uow, inspection.id))

    # ------------------------------------------------------------------ inside a transaction
    def _editable(
        self, uow: UnitOfWork, user_id: int, inspection_id: int, row_version: int
    ) -> Inspection:
        inspection = uow.inspections.inspection(inspection_id)
        if inspection is None:
            raise NotFound(_NO_INSPECTION)
        if inspection.inspector_id != user_id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only its inspector can change this inspection.")
            )
        if inspection.status not in EDITABLE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The inspection is submitted and locked; a QA lead can reopen it."
                ),
                "status",
            )
        if inspection.version != row_version:
            raise ConflictError(_STALE)
        return inspection

    def _head(self, uow: UnitOfWork, inspection_id: int) -> InspectionHead:
        head = uow.inspections.head(inspection_id)
        if head is None:
            raise NotFound(_NO_INSPECTION)
        return head

    def _version(self, uow: UnitOfWork, version_id: int) -> tuple[ChecklistSpec, dict[str, int]]:
        found = self._versions.get(version_id)
        if found is not None:
            return found
        spec = uow.checklists.load_spec(version_id)
        if spec is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such checklist version."))
        ids = uow.inspections.item_ids(version_id)
        found = (spec, ids)
        # A draft could still change; published, retired or used versions never do.
        if uow.inspections.version_status(version_id) != "draft":
            self._versions[version_id] = found
        return found

    def _reopening(
        self, uow: UnitOfWork, inspection: Inspection, answers: Mapping[str, Answer]
    ) -> _Reopening:
        event = uow.inspections.last_event(inspection.id, "reopen")
        if event is None:  # reopened outside this service: the submission is the boundary
            since = inspection.submitted_at or inspection.started_at
            reason = ""
        else:
            since = event.at
            reason = str((event.after or {}).get("reason", ""))
        kept = uow.inspections.answers_with_history_since([a.id for a in answers.values()], since)
        return _Reopening(reason, since, kept)

    def _apply(
        self,
        uow: UnitOfWork,
        user_id: int,
        inspection: Inspection,
        head: InspectionHead,
        item: ItemSpec,
        answer: Answer,
        edit: AnswerEdit,
        reopening: _Reopening | None,
        now: datetime,
    ) -> None:
        code = item.code
        na = bool(edit.na)
        value, stored = (None, None) if na else _stored_value(code, edit.value)
        new = AnswerInput(value, na)
        points = item_score(item, new)  # refuses values the item does not allow
        comment = _clean_text(edit.comment, MAX_COMMENT, "comment", code)
        evidence = self._evidence(uow, head, code, edit.evidence)
        if answer.locked and (answer.value, bool(answer.na)) != (stored, na):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Item {code} is settled by a final dispute ruling and cannot change."
                ),
                "value",
                code=code,
            )
        suggestion = _suggested(answer.auto_result)
        answered = na or value is not None
        if suggestion is not None and answered and not _same(suggestion, new):
            given = (
                edit.override_reason if edit.override_reason is not None else answer.override_reason
            )
            reason = _clean_text(given, MAX_REASON, "override_reason", code)
            if not reason:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Item {code}: give a short reason for overriding the automatic check.",
                    ),
                    "override_reason",
                    code=code,
                )
            answer.overridden = True
            answer.override_reason = reason
        else:
            answer.overridden = False
            answer.override_reason = None
        score_value = _decimal(points)
        changed = (answer.value, answer.score, bool(answer.na)) != (stored, score_value, na)
        if changed and reopening is not None and answer.id not in reopening.kept:
            uow.inspections.add_history(
                answer,
                inspection_score=inspection.score,
                reason=reopening.reason,
                changed_by=user_id,
                changed_at=now,
            )
            reopening.kept.add(answer.id)
        answer.value = stored
        answer.na = na
        answer.score = score_value
        answer.failed = points is not None and points < item.max_points
        answer.comment = comment or None
        answer.evidence = evidence

    def _evidence(
        self, uow: UnitOfWork, head: InspectionHead, code: str, pieces: Any
    ) -> builtins.list[dict[str, Any]]:
        """Evidence as stored: references to the record's own messages (chats) or
        utterances (calls) with their quoted text; refused when it points elsewhere."""
        kind = EVIDENCE_KIND.get(head.channel, "message")
        bad = ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Item {code}: evidence must be messages or utterances of this record."
            ),
            "evidence",
            code=code,
        )
        if pieces is None:
            return []
        if isinstance(pieces, str | bytes | Mapping) or not isinstance(pieces, Sequence):
            raise bad
        if len(pieces) > MAX_EVIDENCE:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Item {code}: at most {limit} pieces of evidence."),
                "evidence",
                code=code,
                limit=MAX_EVIDENCE,
            )
        out: builtins.list[dict[str, Any]] = []
        seen: set[int] = set()
        for piece in pieces:
            if not isinstance(piece, Mapping):
                raise bad
            ref, quote = piece.get("ref"), piece.get("quote", "")
            if (
                piece.get("kind") != kind
                or isinstance(ref, bool)
                or not isinstance(ref, int)
                or not isinstance(quote, str | None)
            ):
                raise bad
            if ref in seen:
                continue
            seen.add(ref)
            if quote is not None and "\x00" in quote:
                raise bad
            text = (quote or "").strip()[:MAX_QUOTE]
            out.append({"kind": kind, "ref": ref, "quote": text})
        if (
            out
            and uow.inspections.existing_refs(head.record_id, kind, [p["ref"] for p in out]) != seen
        ):
            raise bad
        return out

    def _info(self, uow: UnitOfWork, head: InspectionHead) -> InspectionInfo:
        spec, ids = self._version(uow, head.version_id)
        by_id = {a.item_id: a for a in uow.inspections.answers(head.id)}
        answers: builtins.list[AnswerInfo] = []
        inputs: dict[str, AnswerInput] = {}
        for _section, item in spec.items():
            item_id = ids.get(item.code, 0)
            row = by_id.get(item_id)
            if row is None:  # never written so: every item gets its answer at creation
                answers.append(
                    AnswerInfo(item.code, item_id, None, False, None, False, "", (), None,
                               False, "", False)
                )  # fmt: skip
                continue
            inputs[item.code] = _answer_input(row)
            answers.append(
                AnswerInfo(
                    item_code=item.code,
                    item_id=item_id,
                    value=_float(row.value),
                    na=bool(row.na),
                    score=_float(row.score),
                    failed=bool(row.failed),
                    comment=row.comment or "",
                    evidence=tuple(dict(e) for e in row.evidence or ()),
                    auto=dict(row.auto_result) if row.auto_result else None,
                    overridden=bool(row.overridden),
                    override_reason=row.override_reason or "",
                    locked=bool(row.locked),
                )
            )
        return InspectionInfo(
            id=head.id,
            record_id=head.record_id,
            record_external_id=head.record_external_id,
            channel=head.channel,
            vendor=head.vendor,
            agent=head.agent,
            version_id=head.version_id,
            checklist_name=head.checklist_name,
            version_number=head.version_number,
            inspector=head.inspector,
            status=head.status,
            score=_float(head.score),
            passed=head.passed,
            critical_failed=head.critical_failed,
            overall_comment=head.overall_comment or "",
            started_at=head.started_at,
            submitted_at=head.submitted_at,
            time_spent_s=head.time_spent_s,
            row_version=head.row_version,
            answers=tuple(answers),
            spec=spec,
            result=score(spec, inputs),
            sample_item_id=head.sample_item_id,
        )

    def _query(
        self, uow: UnitOfWork, actor: Actor, flt: InspectionFilter
    ) -> InspectionQuery | None:
        if flt.status is not None and flt.status not in STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown inspection status {status!r}."),
                "status",
                status=flt.status,
            )
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."), "date_to"
            )
        outlet = uow.org.outlet()
        zone = outlet.timezone if outlet and outlet.timezone else DEFAULT_TIMEZONE
        date_from = date_before = None
        if flt.date_from is not None:
            date_from = to_utc(datetime.combine(flt.date_from, time.min), zone)
        if flt.date_to is not None:
            date_before = to_utc(datetime.combine(flt.date_to + timedelta(days=1), time.min), zone)
        query = InspectionQuery(
            date_from=date_from,
            date_before=date_before,
            vendor_ids=tuple(flt.vendor_ids),
            agent_ids=tuple(flt.agent_ids),
            inspector_ids=tuple(flt.inspector_ids),
            checklist_ids=tuple(flt.checklist_ids),
            passed=flt.passed,
            critical=flt.critical,
            statuses=(flt.status,) if flt.status else (),
        )
        return self._scoped(actor, query)

    def _scoped(self, actor: Actor, query: InspectionQuery) -> InspectionQuery | None:
        """The query within the actor's scope; None when it can find nothing by construction
        (a supervisor asking for another vendor, or for unsubmitted work)."""
        own = actor.vendor_filter()
        if own is None:
            return query
        if query.vendor_ids and own not in query.vendor_ids:
            return None
        if query.statuses and "submitted" not in query.statuses:
            return None
        return replace(query, vendor_ids=(own,), statuses=("submitted",))


# ---------------------------------------------------------------------- module helpers
def _check_assignee(context: ItemContext, user_id: int) -> None:
    if context.assigned_to is not None and context.assigned_to != user_id:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "This record is assigned to {login}."),
            login=context.assignee_login or "?",
        )


def _visible(actor: Actor, head: InspectionHead) -> bool:
    """Vendor supervisors see their own vendor's submitted inspections only."""
    own = actor.vendor_filter()
    return own is None or (head.vendor_id == own and head.status == "submitted")


def _score(spec: ChecklistSpec, answers: Mapping[str, Answer]) -> ScoreResult:
    return score(spec, {code: _answer_input(a) for code, a in answers.items()})


def _rescore(inspection: Inspection, result: ScoreResult) -> None:
    inspection.score = _decimal(result.total)
    inspection.passed = result.passed if result.complete else None
    inspection.critical_failed = _critical_failed(result)


def _snapshot(
    inspection: Inspection, spec: ChecklistSpec, answers: Mapping[str, Answer]
) -> dict[str, Any]:
    """What a submission recorded, for its audit event."""
    out: dict[str, Any] = {
        "status": inspection.status,
        "score": inspection.score,
        "passed": inspection.passed,
        "critical_failed": inspection.critical_failed,
        "time_spent_s": inspection.time_spent_s,
        "overall_comment": inspection.overall_comment or "",
        "answers": {},
    }
    for _section, item in spec.items():
        a = answers.get(item.code)
        if a is None:
            continue
        entry: dict[str, Any] = {"value": a.value, "na": a.na, "score": a.score}
        if a.comment:
            entry["comment"] = a.comment
        if a.overridden:
            entry["override_reason"] = a.override_reason
        if a.evidence:
            entry["evidence"] = [{"kind": e.get("kind"), "ref": e.get("ref")} for e in a.evidence]
        out["answers"][item.code] = entry
    return out
