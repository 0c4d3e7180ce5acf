"""Cochran's sample size for estimating a proportion, with the finite population correction.

    n0 = z² · p · (1 − p) / e²          (z: the two-sided normal quantile of the confidence)
    n  = n0 / (1 + (n0 − 1) / N)        (N: the population size)

rounded up to a whole record and never more than N. ``population=None`` stands for a
population too large to matter (n = n0, rounded up).
"""

from __future__ import annotations

import math
from statistics import NormalDist

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

_RANGE_ERRORS = {
    "confidence": QT_TRANSLATE_NOOP(
        "Errors", "The confidence must be between 0 and 1 (exclusive), not {value}."
    ),
    "margin": QT_TRANSLATE_NOOP(
        "Errors", "The margin of error must be between 0 and 1 (exclusive), not {value}."
    ),
    "proportion": QT_TRANSLATE_NOOP(
        "Errors", "The expected proportion must be between 0 and 1 (exclusive), not {value}."
    ),
}

# Rounding up 384.00000000000006 would ask for one record more than the formula means.
_CEIL_DIGITS = 9


def z_value(confidence: float) -> float:
    """The two-sided standard normal quantile for ``confidence`` (0.95 → 1.95996…)."""
    return NormalDist().inv_cdf(1 - (1 - confidence) / 2)


def _open_unit(value: float, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        raise ValidationError(_RANGE_ERRORS[field], field, value=str(value))
    return float(value)


def cochran_n0(confidence: float = 0.95, margin: float = 0.05, proportion: float = 0.5) -> float:
    """The sample size for an infinite population, before rounding."""
    z = z_value(_open_unit(confidence, "confidence"))
    e = _open_unit(margin, "margin")
    p = _open_unit(proportion, "proportion")
    return z * z * p * (1 - p) / (e * e)


def cochran_sample_size(
    population: int | None,
    confidence: float = 0.95,
    margin: float = 0.05,
    proportion: float = 0.5,
) -> int:
    """Cochran's n for a population of ``population`` records (DESIGN §4), rounded up."""
    n0 = cochran_n0(confidence, margin, proportion)
    if population is None:
        return math.ceil(round(n0, _CEIL_DIGITS))
    if isinstance(population, bool) or not isinstance(population, int) or population < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The population must be a whole number ≥ 0, not {value}."),
            "population",
            value=str(population),
        )
    if population == 0:
        return 0
    n = n0 / (1 + (n0 - 1) / population)
    return min(population, math.ceil(round(n, _CEIL_DIGITS)))
