"""How many records to draw: the size rules of a sampling plan (DESIGN §4).

* ``fixed`` — n records (all of them when the population is smaller).
* ``percent`` — a percentage of the population, rounded up.
* ``per_agent`` — a quota per stratum (agent or vendor): Σ min(quota, stratum size).
* ``iso2859`` — the ISO 2859-1 normal-inspection plan with the population as the lot.
* ``cochran`` — Cochran's sample size for a proportion with the finite population correction.

:func:`sample_size` returns the number and the parameters that explain it, so the UI can
phrase "why n" (e.g. "code letter J, n = 80, Ac 2, Re 3").
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.sampling.cochran import cochran_sample_size
from qa_desk.domain.sampling.iso2859 import iso2859_plan
from qa_desk.domain.text import QT_TRANSLATE_NOOP

SIZE_RULES = ("fixed", "percent", "per_agent", "iso2859", "cochran")


@dataclass(frozen=True)
class SizeRule:
    """A size rule and its parameters (only those of ``kind`` are read)."""

    kind: str = "fixed"
    n: int = 0  # fixed
    percent: float = 0.0  # percent, in (0, 100]
    quota: int = 0  # per_agent, per stratum
    aql: str | float = "1.0"  # iso2859
    level: str = "II"  # iso2859
    confidence: float = 0.95  # cochran
    margin: float = 0.05  # cochran
    proportion: float = 0.5  # cochran


@dataclass(frozen=True)
class SizeDecision:
    """The sample size and what it was derived from (``params`` by rule, for the UI)."""

    n: int
    rule: str
    params: dict[str, object] = field(default_factory=dict)


def _whole(value: object, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a whole number ≥ 0."),
            field_name,
            value=str(value),
        )
    return value


def _percent(value: object) -> Decimal:
    try:
        exact = Decimal(str(value)) if not isinstance(value, bool) else Decimal("NaN")
    except InvalidOperation:
        exact = Decimal("NaN")
    if not (exact.is_finite() and 0 < exact <= 100):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The percentage must be above 0 and at most 100."),
            "percent",
        )
    return exact


def sample_size(
    rule: SizeRule, population: int, strata_sizes: Mapping[str, int] | None = None
) -> SizeDecision:
    """The number of records ``rule`` asks for from ``population`` candidates.

    ``strata_sizes`` (stratum key → candidates) is needed by the per-agent quota. The result
    never exceeds the population.
    """
    if rule.kind not in SIZE_RULES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown sample size rule {rule}."),
            "kind",
            rule=str(rule.kind),
        )
    total = _whole(population, "population")
    params: dict[str, object] = {"population": total}
    if rule.kind == "fixed":
        wanted = _whole(rule.n, "n")
        params |= {"requested": wanted, "capped": wanted > total}
        return SizeDecision(min(wanted, total), "fixed", params)
    if rule.kind == "percent":
        percent = _percent(rule.percent)
        n = math.ceil(Decimal(total) * percent / 100)
        params["percent"] = float(percent)
        return SizeDecision(min(n, total), "percent", params)
    if rule.kind == "per_agent":
        quota = _whole(rule.quota, "quota")
        if strata_sizes is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A quota per agent needs the number of records per agent."
                ),
                "strata_sizes",
            )
        sizes = {key: _whole(size, "strata_sizes") for key, size in strata_sizes.items()}
        if sum(sizes.values()) != total:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The strata hold {strata} records but the population is {population}."
                ),
                "strata_sizes",
                strata=sum(sizes.values()),
                population=total,
            )
        short = sorted(key for key, size in sizes.items() if 0 < size < quota)
        n = sum(min(quota, size) for size in sizes.values())
        params |= {"quota": quota, "strata": sum(1 for s in sizes.values() if s), "short": short}
        return SizeDecision(n, "per_agent", params)
    if rule.kind == "iso2859":
        if total == 0:
            params |= {"aql": str(rule.aql), "level": rule.level}
            return SizeDecision(0, "iso2859", params)
        plan = iso2859_plan(total, rule.aql, rule.level)
        params |= {
            "aql": plan.aql,
            "level": plan.level,
            "code_letter": plan.code_letter,
            "plan_letter": plan.plan_letter,
            "accept": plan.accept,
            "reject": plan.reject,
            "full_inspection": plan.full_inspection,
        }
        return SizeDecision(plan.sample_size, "iso2859", params)
    n = cochran_sample_size(total, rule.confidence, rule.margin, rule.proportion)
    params |= {"confidence": rule.confidence, "margin": rule.margin, "proportion": rule.proportion}
    return SizeDecision(n, "cochran", params)
