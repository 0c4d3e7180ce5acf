"""Scoring one inspection on its pinned checklist version (DESIGN §4).

- Item score in [0, max]: binary = 0 or max; scale = the chosen level; deduction = max −
  points per occurrence × count, floored at 0. N/A items (only where allowed) leave the
  denominator.
- Section score = 100 × Σ item score / Σ item max over the non-N/A items; a section whose items
  are all N/A is N/A, and its weight is shared among the others in proportion.
- Total = Σ weight × section score / Σ weights of the non-N/A sections (rounded only for
  display).
- A failed critical item sets its section (critical = section) or the total (critical = all)
  to 0. Passed = no critical failure and total ≥ the version's pass mark.

An item *fails* when it loses points: that is what a finding (扣分项) is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from qa_desk.domain.checklist import ChecklistSpec, ItemSpec, SectionSpec
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class AnswerInput:
    """What the inspector chose for one item.

    binary: 1 (met) or 0; scale: one of the item's levels; deduction: the number of
    occurrences (0 or more). ``value`` None with ``na`` False means not answered yet.
    """

    value: float | None = None
    na: bool = False


@dataclass(frozen=True)
class ItemResult:
    code: str
    score: float | None  # None: N/A or unanswered
    max_points: float
    na: bool
    answered: bool
    failed: bool
    critical_failed: bool


@dataclass(frozen=True)
class SectionResult:
    code: str
    weight: float
    score: float | None  # 0..100 after critical failures; None when all items are N/A
    raw_score: float | None  # before a section-level critical failure
    earned: float
    possible: float
    critical_failed: bool


@dataclass(frozen=True)
class ScoreResult:
    total: float | None  # 0..100; None when every section is N/A
    passed: bool
    critical_failed: bool  # a critical=all item failed
    complete: bool  # every item answered or N/A
    pass_mark: float
    sections: tuple[SectionResult, ...]
    items: tuple[ItemResult, ...]

    @property
    def failed_items(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.items if i.failed)

    @property
    def unanswered(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.items if not i.answered)

    def display_total(self) -> str:
        return "—" if self.total is None else f"{self.total:.1f}"


def _invalid(item: ItemSpec, value: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Item {code}: {value} is not a valid answer."),
        code=item.code,
        value=value,
    )


def item_score(item: ItemSpec, answer: AnswerInput | None) -> float | None:
    """The item's score, or None for N/A or unanswered. Raises ValidationError for an answer
    the item does not allow (N/A where not allowed, a level not on the scale, …)."""
    if answer is None:
        return None
    if answer.na:
        if not item.allows_na:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Item {code} cannot be marked N/A."), code=item.code
            )
        return None
    value = answer.value
    if value is None:
        return None
    if not math.isfinite(value):
        raise _invalid(item, value)
    if item.kind == "binary":
        if value not in (0, 1):
            raise _invalid(item, value)
        return item.max_points if value == 1 else 0.0
    if item.kind == "scale":
        if value not in item.levels:
            raise _invalid(item, value)
        return float(value)
    if item.kind == "deduction":
        if value < 0 or value != int(value):
            raise _invalid(item, value)
        per = item.per_occurrence or 0.0
        return max(0.0, item.max_points - per * value)
    raise _invalid(item, item.kind)


def _item_result(item: ItemSpec, answer: AnswerInput | None) -> ItemResult:
    score = item_score(item, answer)
    na = bool(answer and answer.na)
    answered = na or score is not None
    failed = score is not None and score < item.max_points
    return ItemResult(
        code=item.code,
        score=score,
        max_points=item.max_points,
        na=na,
        answered=answered,
        failed=failed,
        critical_failed=failed and item.critical in ("section", "all"),
    )


def _section_result(section: SectionSpec, items: list[ItemResult]) -> SectionResult:
    counted = [r for r in items if r.score is not None]
    earned = sum(r.score for r in counted if r.score is not None)
    possible = sum(r.max_points for r in counted)
    raw = 100.0 * earned / possible if possible > 0 else None
    by_code = {i.code: i for i in section.items}
    critical = any(r.critical_failed and by_code[r.code].critical == "section" for r in items)
    score = 0.0 if critical and raw is not None else raw
    return SectionResult(
        code=section.code,
        weight=section.weight,
        score=score,
        raw_score=raw,
        earned=earned,
        possible=possible,
        critical_failed=critical,
    )


def score(spec: ChecklistSpec, answers: Mapping[str, AnswerInput]) -> ScoreResult:
    """Score ``answers`` (by item code) on ``spec``. Unanswered items are left out of the
    sums like N/A ones, and an incomplete inspection never passes."""
    sections: list[SectionResult] = []
    items: list[ItemResult] = []
    critical_all = False
    for section in spec.sections:
        results = [_item_result(item, answers.get(item.code)) for item in section.items]
        items.extend(results)
        critical_all |= any(
            r.critical_failed and item.critical == "all"
            for r, item in zip(results, section.items, strict=True)
        )
        sections.append(_section_result(section, results))
    scored = [s for s in sections if s.score is not None]
    weights = sum(s.weight for s in scored)
    total = (
        sum(s.weight * s.score for s in scored if s.score is not None) / weights
        if weights > 0
        else None
    )
    if critical_all and total is not None:
        total = 0.0
    complete = all(i.answered for i in items)
    passed = (
        complete
        and total is not None
        and not critical_all
        and not any(s.critical_failed for s in sections)
        # A tolerance for float sums: 79.99999999 is what 80 looks like after division.
        and total >= spec.pass_mark - 1e-9
    )
    return ScoreResult(
        total=total,
        passed=passed,
        critical_failed=critical_all,
        complete=complete,
        pass_mark=spec.pass_mark,
        sections=tuple(sections),
        items=tuple(items),
    )
