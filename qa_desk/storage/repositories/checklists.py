"""Checklists and their versions, sections and items.

A version's content is read as a ``ChecklistSpec`` and written from one. Numeric columns come
back as Decimal: points, weights and the pass mark become floats again and penalties Decimals
without trailing zeros, so that what is loaded equals what was saved, on SQLite and
PostgreSQL alike. A value a column cannot hold exactly is refused, never rounded.

Sections and items of a published, retired or used version never change: every write checks
first (``ensure_changeable``), and ``checklist_guard`` refuses any flush that would.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Column, func, select
from sqlalchemy.orm import Session

from qa_desk.domain.checklist import (
    CHANNELS,
    CRITICAL_LEVELS,
    ITEM_KINDS,
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
)
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.storage.checklist_guard import frozen_error
from qa_desk.storage.models import (
    Checklist,
    ChecklistItem,
    ChecklistSection,
    ChecklistVersion,
    Inspection,
    User,
)


@dataclass(frozen=True)
class VersionRow:
    """One version with what lists show about it, read in one go for many versions."""

    id: int
    checklist_id: int
    checklist_name: str
    checklist_active: bool
    channel: str | None
    number: int
    status: str
    pass_mark: float
    created_at: datetime
    published_at: datetime | None
    created_by: str | None  # login
    inspections: int
    item_count: int


# ------------------------------------------------------------------ exact values
def _limits(column: Any) -> tuple[int, int]:
    """(digits before the point, digits after it) a Numeric column holds."""
    numeric = column.type
    return numeric.precision - numeric.scale, numeric.scale


def _exact(value: Any, column: Any) -> Decimal | None:
    """``value`` as the Decimal the column stores, or None when it cannot be held exactly."""
    digits, decimals = _limits(column)
    try:
        # repr() is the shortest text that reads back as the same float: 0.1 stays 0.1.
        number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
        if not number.is_finite() or abs(number) >= Decimal(10) ** digits:
            return None
        stored = number.quantize(Decimal(1).scaleb(-decimals))
    except (TypeError, ValueError, InvalidOperation):
        return None
    return stored if stored == number else None


def _amount(value: Decimal) -> Decimal:
    """A stored money amount without the column's trailing zeros (200.00 → 200, 12.50 → 12.5)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _json(value: Any) -> Any:
    """``value`` as it comes back from a JSON column (lists for tuples, string keys)."""
    return json.loads(json.dumps(value, allow_nan=False, ensure_ascii=False))


def _too_long(text: str | None, column: Any) -> bool:
    return text is not None and len(text) > column.type.length


def _has_nul(*texts: str | None) -> bool:
    # PostgreSQL refuses NUL in text; SQLite would keep it: refuse it everywhere.
    return any(t is not None and "\x00" in t for t in texts)


_ITEM = ChecklistItem.__table__.c
_SECTION = ChecklistSection.__table__.c
_VERSION = ChecklistVersion.__table__.c
_CHECKLIST = Checklist.__table__.c


def _text_problem(code: str, *texts: str | None) -> None:
    if _has_nul(*texts):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code}: a text contains a NUL character."),
            "text",
            code=code,
        )


def _number_problem(code: str, value: Any, column: Column[Any]) -> ValidationError:
    digits, decimals = _limits(column)
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{code}: the number {value} cannot be stored "
            "(at most {digits} digits before and {decimals} after the decimal point).",
        ),
        "number",
        code=code,
        value=value,
        digits=digits,
        decimals=decimals,
    )


def _params(code: str, params: Mapping[str, Any]) -> dict[str, Any]:
    try:
        stored = _json(dict(params))
    except (TypeError, ValueError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code}: the rule parameters cannot be stored ({detail})."),
            "auto_params",
            code=code,
            detail=str(error),
        ) from error
    return stored


@dataclass(frozen=True)
class _Content:
    """A spec turned into column values, every value checked before anything is written."""

    checklist: dict[str, Any]
    version: dict[str, Any]
    sections: list[tuple[dict[str, Any], list[dict[str, Any]]]]


def _content(spec: ChecklistSpec) -> _Content:
    name = spec.name
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The checklist needs a name."), "name")
    if _too_long(name, _CHECKLIST.name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The checklist's name is longer than {limit} characters."),
            "name",
            limit=_CHECKLIST.name.type.length,
        )
    _text_problem(name, name, spec.description, spec.notes)
    if spec.channel not in (None, *CHANNELS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown channel {channel}."),
            "channel",
            channel=spec.channel,
        )
    pass_mark = _exact(spec.pass_mark, _VERSION.pass_mark)
    if pass_mark is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pass mark {value} cannot be stored "
                "(at most {digits} digits before and {decimals} after the decimal point).",
            ),
            "pass_mark",
            value=spec.pass_mark,
            digits=_limits(_VERSION.pass_mark)[0],
            decimals=_limits(_VERSION.pass_mark)[1],
        )
    flag_rules = []
    for rule in spec.flag_rules:
        _text_problem(rule.key, rule.key, rule.rule, rule.label)
        params = _params(rule.key, rule.params)
        flag_rules.append(
            {"key": rule.key, "rule": rule.rule, "label": rule.label, "params": params}
        )
    sections = [(_section_values(s), [_item_values(i) for i in s.items]) for s in spec.sections]
    return _Content(
        checklist={
            "name": name,
            "channel": spec.channel,
            "description": spec.description or None,
        },
        version={"pass_mark": pass_mark, "notes": spec.notes or None, "flag_rules": flag_rules},
        sections=sections,
    )


def _code_problem(code: str) -> None:
    if _too_long(code, _ITEM.code):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The code {code} is longer than {limit} characters."),
            "code",
            code=code,
            limit=_ITEM.code.type.length,
        )


def _section_values(section: SectionSpec) -> dict[str, Any]:
    _code_problem(section.code)
    _text_problem(section.code, section.code, section.name)
    if _too_long(section.name, _SECTION.name):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Section {code}: the name is longer than {limit} characters."
            ),
            "name",
            code=section.code,
            limit=_SECTION.name.type.length,
        )
    weight = _exact(section.weight, _SECTION.weight)
    if weight is None:
        raise _number_problem(section.code, section.weight, _SECTION.weight)
    return {"code": section.code, "name": section.name, "weight": weight}


def _item_values(item: ItemSpec) -> dict[str, Any]:
    code = item.code
    _code_problem(code)
    _text_problem(code, code, item.text, item.guidance, item.auto_rule)
    if _too_long(item.text, _ITEM.text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {code}: the text is longer than {limit} characters."),
            "text",
            code=code,
            limit=_ITEM.text.type.length,
        )
    if item.kind not in ITEM_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {code}: unknown kind {kind}."),
            "kind",
            code=code,
            kind=item.kind,
        )
    if item.critical not in CRITICAL_LEVELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Item {code}: unknown critical level {critical}."),
            "critical",
            code=code,
            critical=item.critical,
        )
    if _too_long(item.auto_rule, _ITEM.auto_rule):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{code}: unknown automatic rule {rule}."),
            "auto_rule",
            code=code,
            rule=item.auto_rule,
        )
    max_points = _exact(item.max_points, _ITEM.max_points)
    if max_points is None:
        raise _number_problem(code, item.max_points, _ITEM.max_points)
    per_occurrence = None
    if item.per_occurrence is not None:
        per_occurrence = _exact(item.per_occurrence, _ITEM.points_per_occurrence)
        if per_occurrence is None:
            raise _number_problem(code, item.per_occurrence, _ITEM.points_per_occurrence)
    penalty = None
    if item.penalty_amount is not None:
        penalty = _exact(item.penalty_amount, _ITEM.penalty_amount)
        if penalty is None:
            raise _number_problem(code, item.penalty_amount, _ITEM.penalty_amount)
    levels = []
    for level in item.levels:
        try:
            value = float(level)
        except (TypeError, ValueError):
            value = math.nan
        if not math.isfinite(value):
            raise _number_problem(code, level, _ITEM.max_points)
        levels.append(value)
    return {
        "code": code,
        "text": item.text,
        "guidance": item.guidance or None,
        "kind": item.kind,
        "max_points": max_points,
        "levels": levels,
        "points_per_occurrence": per_occurrence,
        "allows_na": bool(item.allows_na),
        "critical": item.critical,
        "penalty_amount": penalty,
        "auto_rule": item.auto_rule or None,
        "auto_params": _params(code, item.auto_params),
    }


# ------------------------------------------------------------------ reading back
def _item_spec(row: ChecklistItem) -> ItemSpec:
    return ItemSpec(
        code=row.code,
        text=row.text,
        kind=row.kind,
        max_points=float(row.max_points),
        guidance=row.guidance or "",
        levels=tuple(float(v) for v in row.levels or ()),
        per_occurrence=(
            None if row.points_per_occurrence is None else float(row.points_per_occurrence)
        ),
        allows_na=bool(row.allows_na),
        critical=row.critical,
        penalty_amount=None if row.penalty_amount is None else _amount(row.penalty_amount),
        auto_rule=row.auto_rule or None,
        auto_params=dict(row.auto_params or {}),
    )


def _flag_rule_spec(data: Mapping[str, Any]) -> FlagRuleSpec:
    return FlagRuleSpec(
        key=str(data.get("key", "")),
        rule=str(data.get("rule", "")),
        label=str(data.get("label", "")),
        params=dict(data.get("params") or {}),
    )


class ChecklistRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # checklists ---------------------------------------------------------
    def checklist(self, checklist_id: int) -> Checklist | None:
        return self._s.get(Checklist, checklist_id)

    def checklist_by_name(self, name: str) -> Checklist | None:
        return self._s.scalars(select(Checklist).where(Checklist.name == name)).first()

    def checklists(self) -> list[Checklist]:
        return list(self._s.scalars(select(Checklist).order_by(Checklist.name, Checklist.id)))

    def add_checklist(self, spec: ChecklistSpec, at: datetime) -> Checklist:
        """A new checklist named after ``spec``, without versions yet."""
        values = _content(spec).checklist
        checklist = Checklist(**values, active=True, created_at=at)
        self._s.add(checklist)
        self._s.flush()
        return checklist

    def lock_checklist(self, checklist_id: int) -> None:
        """Hold the checklist's row to the end of the transaction (PostgreSQL)."""
        self._s.execute(select(Checklist.id).where(Checklist.id == checklist_id).with_for_update())

    def delete_checklist(self, checklist: Checklist) -> None:
        """Remove a checklist that has no version left."""
        self._s.delete(checklist)
        self._s.flush()

    # versions -----------------------------------------------------------
    def version(self, version_id: int) -> ChecklistVersion | None:
        return self._s.get(ChecklistVersion, version_id)

    def version_for_update(self, version_id: int) -> ChecklistVersion | None:
        """The version, read after locking its checklist's row to the end of the transaction
        (PostgreSQL; SQLite writers are serialised anyway): two admins publishing or starting
        drafts of one checklist at once take turns, the second seeing the first's result."""
        checklist_id = self._s.scalar(
            select(ChecklistVersion.checklist_id).where(ChecklistVersion.id == version_id)
        )
        if checklist_id is None:
            return None
        self.lock_checklist(checklist_id)
        stmt = (
            select(ChecklistVersion)
            .where(ChecklistVersion.id == version_id)
            .execution_options(populate_existing=True)
        )
        return self._s.scalars(stmt).first()

    def versions(self, checklist_id: int) -> list[ChecklistVersion]:
        stmt = (
            select(ChecklistVersion)
            .where(ChecklistVersion.checklist_id == checklist_id)
            .order_by(ChecklistVersion.number)
        )
        return list(self._s.scalars(stmt))

    def draft_of(self, checklist_id: int) -> ChecklistVersion | None:
        drafts = [v for v in self.versions(checklist_id) if v.status == "draft"]
        return drafts[-1] if drafts else None

    def published_of(self, checklist_id: int) -> list[ChecklistVersion]:
        return [v for v in self.versions(checklist_id) if v.status == "published"]

    def next_number(self, checklist_id: int) -> int:
        stmt = select(func.max(ChecklistVersion.number)).where(
            ChecklistVersion.checklist_id == checklist_id
        )
        return (self._s.scalar(stmt) or 0) + 1

    def version_rows(
        self,
        *,
        version_ids: Iterable[int] | None = None,
        checklist_ids: Iterable[int] | None = None,
    ) -> list[VersionRow]:
        """Versions with their checklist, author and counts; by checklist name, then number."""
        stmt = (
            select(
                ChecklistVersion.id,
                ChecklistVersion.checklist_id,
                Checklist.name,
                Checklist.active,
                Checklist.channel,
                ChecklistVersion.number,
                ChecklistVersion.status,
                ChecklistVersion.pass_mark,
                ChecklistVersion.created_at,
                ChecklistVersion.published_at,
                User.login,
            )
            .join(Checklist, Checklist.id == ChecklistVersion.checklist_id)
            .outerjoin(User, User.id == ChecklistVersion.created_by)
            .order_by(Checklist.name, Checklist.id, ChecklistVersion.number)
        )
        if version_ids is not None:
            stmt = stmt.where(ChecklistVersion.id.in_(list(version_ids)))
        if checklist_ids is not None:
            stmt = stmt.where(ChecklistVersion.checklist_id.in_(list(checklist_ids)))
        rows = self._s.execute(stmt).all()
        ids = [r.id for r in rows]
        inspections = self.inspection_counts(ids)
        items = self.item_counts(ids)
        return [
            VersionRow(
                id=r.id,
                checklist_id=r.checklist_id,
                checklist_name=r.name,
                checklist_active=r.active,
                channel=r.channel,
                number=r.number,
                status=r.status,
                pass_mark=float(r.pass_mark),
                created_at=r.created_at,
                published_at=r.published_at,
                created_by=r.login,
                inspections=inspections.get(r.id, 0),
                item_count=items.get(r.id, 0),
            )
            for r in rows
        ]

    def inspection_counts(self, version_ids: Iterable[int]) -> dict[int, int]:
        """Inspections per version (versions without any are left out)."""
        ids = list(version_ids)
        if not ids:
            return {}
        stmt = (
            select(Inspection.version_id, func.count())
            .where(Inspection.version_id.in_(ids))
            .group_by(Inspection.version_id)
        )
        return {vid: n for vid, n in self._s.execute(stmt).all()}

    def item_counts(self, version_ids: Iterable[int]) -> dict[int, int]:
        ids = list(version_ids)
        if not ids:
            return {}
        stmt = (
            select(ChecklistSection.version_id, func.count(ChecklistItem.id))
            .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
            .where(ChecklistSection.version_id.in_(ids))
            .group_by(ChecklistSection.version_id)
        )
        return {vid: n for vid, n in self._s.execute(stmt).all()}

    def is_used(self, version_id: int) -> bool:
        return bool(self.inspection_counts([version_id]))

    def ensure_changeable(self, version: ChecklistVersion) -> None:
        """Raise ValidationError unless ``version`` is a draft no inspection uses."""
        error = frozen_error(self._s, [version.id])
        if error is not None:
            raise error

    def add_version(
        self,
        checklist: Checklist,
        spec: ChecklistSpec,
        created_by: int | None,
        at: datetime,
    ) -> ChecklistVersion:
        """A new draft of ``checklist`` numbered after the last one, holding ``spec``."""
        content = _content(spec)  # checked before anything is written
        version = ChecklistVersion(
            checklist_id=checklist.id,
            number=self.next_number(checklist.id),
            status="draft",
            **content.version,
            created_by=created_by,
            created_at=at,
        )
        self._s.add(version)
        self._s.flush()
        self._write(version, content)
        return version

    def copy_version(
        self, source: ChecklistVersion, created_by: int | None, at: datetime
    ) -> ChecklistVersion:
        """A new draft with exactly the content of ``source``."""
        spec = self.load_spec(source.id)
        assert spec is not None  # the caller holds the row
        return self.add_version(source.checklist, spec, created_by, at)

    def replace_content(self, version: ChecklistVersion, spec: ChecklistSpec) -> None:
        """Make a draft hold ``spec``: the checklist's name, channel and description, the
        version's pass mark, notes and flag rules, and its sections and items (positions
        follow the order in ``spec``)."""
        self.ensure_changeable(version)
        self._write(version, _content(spec))

    def _write(self, version: ChecklistVersion, content: _Content) -> None:
        checklist = version.checklist
        if content.checklist["channel"] != checklist.channel:
            # The channel is the checklist's: changing it would change which records its
            # published versions apply to.
            others = [v.id for v in self.versions(checklist.id) if v.id != version.id]
            if frozen_error(self._s, others) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The channel of {name} cannot change once a version is published; "
                        "create a new checklist for the other channel.",
                    ),
                    "channel",
                    name=checklist.name,
                )
        for key, value in content.checklist.items():
            setattr(checklist, key, value)
        for key, value in content.version.items():
            setattr(version, key, value)
        self._delete_rows(version)
        sections = []
        for position, (values, _items) in enumerate(content.sections, start=1):
            section = ChecklistSection(version_id=version.id, position=position, **values)
            self._s.add(section)
            sections.append(section)
        self._s.flush()  # section ids for the items
        for section, (_values, items) in zip(sections, content.sections, strict=True):
            for position, values in enumerate(items, start=1):
                self._s.add(ChecklistItem(section_id=section.id, position=position, **values))
        self._s.flush()
        # Relationship collections loaded earlier still list the old rows.
        self._s.expire(version, ["sections"])

    def _delete_rows(self, version: ChecklistVersion) -> None:
        sections = list(
            self._s.scalars(
                select(ChecklistSection).where(ChecklistSection.version_id == version.id)
            )
        )
        if not sections:
            return
        items = self._s.scalars(
            select(ChecklistItem).where(ChecklistItem.section_id.in_([s.id for s in sections]))
        )
        # One by one through the session, so that the flush guard sees every row.
        for item in items:
            self._s.delete(item)
        self._s.flush()
        for section in sections:
            self._s.delete(section)
        self._s.flush()

    def delete_version(self, version: ChecklistVersion) -> None:
        """Remove a draft no inspection uses, with its sections and items."""
        self.ensure_changeable(version)
        checklist = version.checklist
        self._delete_rows(version)
        self._s.delete(version)
        self._s.flush()
        self._s.expire(checklist, ["versions"])

    def set_status(self, version: ChecklistVersion, status: str, at: datetime) -> None:
        """Publish (``at`` becomes the publication time) or retire a version."""
        version.status = status
        if status == "published":
            version.published_at = at
        self._s.flush()

    # content ------------------------------------------------------------
    def load_spec(self, version_id: int) -> ChecklistSpec | None:
        """The version exactly as it was saved, or None when there is no such version."""
        row = self._s.execute(
            select(ChecklistVersion, Checklist)
            .join(Checklist, Checklist.id == ChecklistVersion.checklist_id)
            .where(ChecklistVersion.id == version_id)
        ).first()
        if row is None:
            return None
        version, checklist = row
        sections = list(
            self._s.scalars(
                select(ChecklistSection)
                .where(ChecklistSection.version_id == version_id)
                .order_by(ChecklistSection.position, ChecklistSection.id)
            )
        )
        items: dict[int, list[ItemSpec]] = defaultdict(list)
        if sections:
            stmt = (
                select(ChecklistItem)
                .where(ChecklistItem.section_id.in_([s.id for s in sections]))
                .order_by(ChecklistItem.section_id, ChecklistItem.position, ChecklistItem.id)
            )
            for item in self._s.scalars(stmt):
                items[item.section_id].append(_item_spec(item))
        return ChecklistSpec(
            name=checklist.name,
            sections=tuple(
                SectionSpec(s.code, s.name, float(s.weight), tuple(items[s.id])) for s in sections
            ),
            channel=checklist.channel,
            pass_mark=float(version.pass_mark),
            description=checklist.description or "",
            notes=version.notes or "",
            flag_rules=tuple(_flag_rule_spec(r) for r in version.flag_rules or ()),
        )
