"""A checklist version as plain values: sections, items, record-level flag rules; its
validation, and what changed between two versions.

The storage layer turns rows into these and back; the editor, the Excel round-trip, scoring
and the automatic checks all work on them.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from qa_desk.domain.text import QT_TRANSLATE_NOOP

ITEM_KINDS = ("binary", "scale", "deduction")
CRITICAL_LEVELS = ("none", "section", "all")
CHANNELS = ("chat", "call")
DEFAULT_PASS_MARK = 80.0
MAX_CODE = 32
MAX_TEXT = 500

# Shipped checklists (DESIGN §2: resources/ beside the package).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DEFAULT_CHECKLIST = RESOURCES / "checklists" / "express_service.json"


@dataclass(frozen=True)
class ItemSpec:
    """One scored item. ``max_points`` is what a fully met item earns.

    binary: 0 or max. scale: one of ``levels`` (ascending, the last equal to max).
    deduction: max − ``per_occurrence`` × occurrences, floored at 0.
    """

    code: str
    text: str
    kind: str = "binary"
    max_points: float = 1.0
    guidance: str = ""
    levels: tuple[float, ...] = ()
    per_occurrence: float | None = None
    allows_na: bool = False
    critical: str = "none"
    penalty_amount: Decimal | None = None
    auto_rule: str | None = None
    auto_params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SectionSpec:
    code: str
    name: str
    weight: float
    items: tuple[ItemSpec, ...] = ()


@dataclass(frozen=True)
class FlagRuleSpec:
    """A record-level automatic check that flags records without scoring an item."""

    key: str
    rule: str
    label: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChecklistSpec:
    name: str
    sections: tuple[SectionSpec, ...] = ()
    channel: str | None = None  # chat | call | None (both)
    pass_mark: float = DEFAULT_PASS_MARK
    description: str = ""
    notes: str = ""
    flag_rules: tuple[FlagRuleSpec, ...] = ()

    def items(self) -> list[tuple[SectionSpec, ItemSpec]]:
        return [(section, item) for section in self.sections for item in section.items]

    def item(self, code: str) -> ItemSpec | None:
        for _section, item in self.items():
            if item.code == code:
                return item
        return None


@dataclass(frozen=True)
class Problem:
    """One validation message: where (a section or item code, or "") and what, translatable."""

    where: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self) -> str:
        return self.template.format(**self.params)


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(float(value))


def problems(spec: ChecklistSpec, known_rules: Mapping[str, Any] | None = None) -> list[Problem]:
    """Everything wrong with ``spec`` (empty when it can be published).

    ``known_rules`` is the set of automatic rule types; when given, unknown rule names are
    reported.
    """
    out: list[Problem] = []
    if not spec.name.strip():
        out.append(Problem("", QT_TRANSLATE_NOOP("Errors", "The checklist needs a name.")))
    if spec.channel not in (None, *CHANNELS):
        out.append(
            Problem(
                "",
                QT_TRANSLATE_NOOP("Errors", "Unknown channel {channel}."),
                {"channel": spec.channel},
            )
        )
    if not _finite(spec.pass_mark) or not 0 <= spec.pass_mark <= 100:
        out.append(
            Problem(
                "",
                QT_TRANSLATE_NOOP("Errors", "The pass mark must be between 0 and 100."),
            )
        )
    if not spec.sections:
        out.append(Problem("", QT_TRANSLATE_NOOP("Errors", "The checklist has no sections.")))
    codes: set[str] = set()
    for section in spec.sections:
        out.extend(_section_problems(section, codes))
        for item in section.items:
            out.extend(_item_problems(item, codes, known_rules))
    for rule in spec.flag_rules:
        if not rule.key.strip():
            out.append(Problem("", QT_TRANSLATE_NOOP("Errors", "A flag rule needs a key.")))
        elif rule.key in codes:
            out.append(
                Problem(
                    rule.key,
                    QT_TRANSLATE_NOOP("Errors", "The code {code} is used twice."),
                    {"code": rule.key},
                )
            )
        codes.add(rule.key)
        if known_rules is not None and rule.rule not in known_rules:
            out.append(
                Problem(
                    rule.key,
                    QT_TRANSLATE_NOOP("Errors", "{code}: unknown automatic rule {rule}."),
                    {"code": rule.key, "rule": rule.rule},
                )
            )
    return out


def _section_problems(section: SectionSpec, codes: set[str]) -> list[Problem]:
    out: list[Problem] = []
    where = section.code
    out.extend(_code_problems(section.code, codes))
    if not section.name.strip():
        out.append(
            Problem(
                where,
                QT_TRANSLATE_NOOP("Errors", "Section {code} needs a name."),
                {"code": section.code},
            )
        )
    if not _finite(section.weight) or section.weight <= 0:
        out.append(
            Problem(
                where,
                QT_TRANSLATE_NOOP("Errors", "Section {code}: the weight must be greater than 0."),
                {"code": section.code},
            )
        )
    if not section.items:
        out.append(
            Problem(
                where,
                QT_TRANSLATE_NOOP("Errors", "Section {code} has no items."),
                {"code": section.code},
            )
        )
    return out


def _code_problems(code: str, codes: set[str]) -> list[Problem]:
    if not code.strip():
        return [Problem("", QT_TRANSLATE_NOOP("Errors", "Every section and item needs a code."))]
    out: list[Problem] = []
    if len(code) > MAX_CODE:
        out.append(
            Problem(
                code,
                QT_TRANSLATE_NOOP("Errors", "The code {code} is longer than {limit} characters."),
                {"code": code, "limit": MAX_CODE},
            )
        )
    if code in codes:
        out.append(
            Problem(
                code,
                QT_TRANSLATE_NOOP("Errors", "The code {code} is used twice."),
                {"code": code},
            )
        )
    codes.add(code)
    return out


def _item_problems(
    item: ItemSpec, codes: set[str], known_rules: Mapping[str, Any] | None
) -> list[Problem]:
    out = _code_problems(item.code, codes)
    code = item.code

    def add(template: str, **params: Any) -> None:
        out.append(Problem(code, template, {"code": code, **params}))

    if not item.text.strip():
        add(QT_TRANSLATE_NOOP("Errors", "Item {code} needs a text."))
    elif len(item.text) > MAX_TEXT:
        add(
            QT_TRANSLATE_NOOP("Errors", "Item {code}: the text is longer than {limit} characters."),
            limit=MAX_TEXT,
        )
    if item.kind not in ITEM_KINDS:
        add(QT_TRANSLATE_NOOP("Errors", "Item {code}: unknown kind {kind}."), kind=item.kind)
    if item.critical not in CRITICAL_LEVELS:
        add(
            QT_TRANSLATE_NOOP("Errors", "Item {code}: unknown critical level {critical}."),
            critical=item.critical,
        )
    if not _finite(item.max_points) or item.max_points <= 0:
        add(QT_TRANSLATE_NOOP("Errors", "Item {code}: the points must be greater than 0."))
    elif item.kind == "scale":
        levels = item.levels
        if len(levels) < 2:
            add(QT_TRANSLATE_NOOP("Errors", "Item {code}: a scale needs at least two levels."))
        elif not all(_finite(v) for v in levels) or any(
            b <= a for a, b in itertools.pairwise(levels)
        ):
            add(QT_TRANSLATE_NOOP("Errors", "Item {code}: the levels must be ascending."))
        elif levels[0] < 0 or levels[-1] != item.max_points:
            add(
                QT_TRANSLATE_NOOP(
                    "Errors", "Item {code}: the levels must run from 0 or more up to the points."
                )
            )
    elif item.kind == "deduction" and (
        not _finite(item.per_occurrence) or (item.per_occurrence or 0) <= 0
    ):
        add(
            QT_TRANSLATE_NOOP(
                "Errors", "Item {code}: the deduction per occurrence must be greater than 0."
            )
        )
    if item.penalty_amount is not None and item.penalty_amount < 0:
        add(QT_TRANSLATE_NOOP("Errors", "Item {code}: the penalty cannot be negative."))
    if item.auto_rule and known_rules is not None and item.auto_rule not in known_rules:
        add(
            QT_TRANSLATE_NOOP("Errors", "{code}: unknown automatic rule {rule}."),
            rule=item.auto_rule,
        )
    return out


# ------------------------------------------------------------------ differences
@dataclass(frozen=True)
class Change:
    """One difference between two versions. ``kind``: added | removed | changed | moved."""

    kind: str
    target: str  # "checklist", "section" or "item"
    code: str  # the section or item code ("" for the checklist itself)
    field: str = ""  # for "changed": the attribute's name
    old: Any = None
    new: Any = None


_ITEM_FIELDS = (
    "text",
    "guidance",
    "kind",
    "max_points",
    "levels",
    "per_occurrence",
    "allows_na",
    "critical",
    "penalty_amount",
    "auto_rule",
    "auto_params",
)


def diff(old: ChecklistSpec, new: ChecklistSpec) -> list[Change]:
    """What changed from ``old`` to ``new``, matched by section and item code."""
    out: list[Change] = []
    for name in ("name", "channel", "pass_mark", "description"):
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append(Change("changed", "checklist", "", name, a, b))
    if _flag_rules_json(old) != _flag_rules_json(new):
        out.append(
            Change(
                "changed", "checklist", "", "flag_rules", list(old.flag_rules), list(new.flag_rules)
            )
        )
    old_sections = {s.code: (i, s) for i, s in enumerate(old.sections)}
    new_sections = {s.code: (i, s) for i, s in enumerate(new.sections)}
    for code, (_i, section) in old_sections.items():
        if code not in new_sections:
            out.append(Change("removed", "section", code, old=section.name))
    for code, (position, section) in new_sections.items():
        if code not in old_sections:
            out.append(Change("added", "section", code, new=section.name))
            continue
        old_position, before = old_sections[code]
        for name in ("name", "weight"):
            a, b = getattr(before, name), getattr(section, name)
            if a != b:
                out.append(Change("changed", "section", code, name, a, b))
        if old_position != position:
            out.append(Change("moved", "section", code, "position", old_position + 1, position + 1))
    old_items = {i.code: (s.code, n, i) for s in old.sections for n, i in enumerate(s.items)}
    new_items = {i.code: (s.code, n, i) for s in new.sections for n, i in enumerate(s.items)}
    for code, (_s, _n, item) in old_items.items():
        if code not in new_items:
            out.append(Change("removed", "item", code, old=item.text))
    for code, (section_code, position, item) in new_items.items():
        if code not in old_items:
            out.append(Change("added", "item", code, new=item.text))
            continue
        old_section, old_position, before = old_items[code]
        for name in _ITEM_FIELDS:
            a, b = getattr(before, name), getattr(item, name)
            if name == "auto_params":
                a, b = dict(a), dict(b)
            if a != b:
                out.append(Change("changed", "item", code, name, a, b))
        if old_section != section_code:
            out.append(Change("moved", "item", code, "section", old_section, section_code))
        elif old_position != position:
            out.append(Change("moved", "item", code, "position", old_position + 1, position + 1))
    return out


def _flag_rules_json(spec: ChecklistSpec) -> str:
    return json.dumps(
        [[r.key, r.rule, r.label, dict(r.params)] for r in spec.flag_rules],
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )


# ------------------------------------------------------------------ plain-data form
def to_data(spec: ChecklistSpec) -> dict[str, Any]:
    """A JSON-ready dict of ``spec`` (the shipped checklist files use this shape)."""
    return {
        "name": spec.name,
        "channel": spec.channel,
        "pass_mark": spec.pass_mark,
        "description": spec.description,
        "notes": spec.notes,
        "flag_rules": [
            {"key": r.key, "rule": r.rule, "label": r.label, "params": dict(r.params)}
            for r in spec.flag_rules
        ],
        "sections": [
            {
                "code": s.code,
                "name": s.name,
                "weight": s.weight,
                "items": [_item_data(i) for i in s.items],
            }
            for s in spec.sections
        ],
    }


def _item_data(item: ItemSpec) -> dict[str, Any]:
    return {
        "code": item.code,
        "text": item.text,
        "kind": item.kind,
        "max_points": item.max_points,
        "guidance": item.guidance,
        "levels": list(item.levels),
        "per_occurrence": item.per_occurrence,
        "allows_na": item.allows_na,
        "critical": item.critical,
        "penalty_amount": None if item.penalty_amount is None else str(item.penalty_amount),
        "auto_rule": item.auto_rule,
        "auto_params": dict(item.auto_params),
    }


def from_data(data: Mapping[str, Any], lang: str = "en") -> ChecklistSpec:
    """The inverse of ``to_data``. A text may be a {language: text} mapping; ``lang`` picks
    one (falling back to English, then to any)."""

    def text(value: Any) -> str:
        if isinstance(value, Mapping):
            chosen = value.get(lang) or value.get("en") or next(iter(value.values()), "")
            return str(chosen)
        return "" if value is None else str(value)

    def number(value: Any) -> float | None:
        return None if value is None else float(value)

    sections = []
    for s in data.get("sections", ()):
        items = []
        for i in s.get("items", ()):
            penalty = i.get("penalty_amount")
            items.append(
                ItemSpec(
                    code=str(i["code"]),
                    text=text(i.get("text")),
                    kind=str(i.get("kind", "binary")),
                    max_points=float(i.get("max_points", 1)),
                    guidance=text(i.get("guidance")),
                    levels=tuple(float(v) for v in i.get("levels") or ()),
                    per_occurrence=number(i.get("per_occurrence")),
                    allows_na=bool(i.get("allows_na", False)),
                    critical=str(i.get("critical", "none")),
                    penalty_amount=None if penalty in (None, "") else Decimal(str(penalty)),
                    auto_rule=i.get("auto_rule") or None,
                    auto_params=dict(i.get("auto_params") or {}),
                )
            )
        sections.append(
            SectionSpec(
                code=str(s["code"]),
                name=text(s.get("name")),
                weight=float(s.get("weight", 0)),
                items=tuple(items),
            )
        )
    return ChecklistSpec(
        name=text(data.get("name")),
        sections=tuple(sections),
        channel=data.get("channel") or None,
        pass_mark=float(data.get("pass_mark", DEFAULT_PASS_MARK)),
        description=text(data.get("description")),
        notes=text(data.get("notes")),
        flag_rules=tuple(
            FlagRuleSpec(
                key=str(r["key"]),
                rule=str(r["rule"]),
                label=text(r.get("label")),
                params=dict(r.get("params") or {}),
            )
            for r in data.get("flag_rules", ())
        ),
    )


def load_default(lang: str = "zh_CN") -> ChecklistSpec:
    """The shipped express-delivery service checklist in ``lang`` (zh_CN or en)."""
    data = json.loads(DEFAULT_CHECKLIST.read_text(encoding="utf-8"))
    return from_data(data, "zh_CN" if lang.startswith("zh") else "en")
