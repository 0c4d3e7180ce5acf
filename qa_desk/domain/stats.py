"""Agreement and uncertainty statistics (DESIGN §4): Cohen's and Fleiss' kappa,
Krippendorff's alpha, and the Wilson score interval for a proportion.

Conventions shared by every function here:

* Empty input (nothing to compare, no ratings, n = 0) raises ``ValidationError``: a
  statistic of nothing is not a number a user should see.
* When the raters have no room to disagree by chance — expected agreement is 1 (kappa) or
  expected disagreement is 0 (alpha), which happens only when every rating is the same
  category — observed agreement is then perfect too, and the functions return 1.0 instead
  of dividing 0 by 0. They never divide by zero.
* Kappa and alpha can be negative (agreement worse than chance); they are not clipped.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from fractions import Fraction
from statistics import NormalDist
from typing import NamedTuple

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

KAPPA_WEIGHTS = (None, "linear", "quadratic")
ALPHA_LEVELS = ("nominal", "ordinal", "interval", "ratio")


def _ordered(values: Iterable[Hashable]) -> list[Hashable]:
    """Distinct values in their natural order (numbers ascending); mixed types by type name."""
    distinct = set(values)
    try:
        return sorted(distinct)  # type: ignore[type-var]
    except TypeError:
        return sorted(distinct, key=lambda v: (type(v).__name__, repr(v)))


def _empty() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "There are no ratings to compare."))


# ---------------------------------------------------------------------------- Cohen's kappa


def cohen_kappa(
    a: Sequence[Hashable | None],
    b: Sequence[Hashable | None],
    categories: Sequence[Hashable] | None = None,
    weights: str | None = None,
) -> float:
    """Cohen's kappa of two raters who rated the same units, ``a[i]`` and ``b[i]``.

    ``categories`` is the item's full scale, in order (it fixes the category set and, for
    weighted kappa, the distances); without it the observed values are used, sorted.
    ``weights``: None (every disagreement counts fully), "linear" (|i − j|) or "quadratic"
    ((i − j)²), with i, j the positions on the scale. Units that either rater left empty
    (None) are skipped.

    κ = 1 − Σ w·observed / Σ w·expected, which for unweighted kappa is (pₒ − pₑ)/(1 − pₑ).
    Computed in integers, so a perfect and a chance-free table are recognised exactly.
    """
    if weights not in KAPPA_WEIGHTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown kappa weighting {weights}."),
            "weights",
            weights=str(weights),
        )
    if len(a) != len(b):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The two raters rated {first} and {second} units; they must match."
            ),
            first=len(a),
            second=len(b),
        )
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    if not pairs:
        raise _empty()
    if categories is None:
        scale = _ordered(v for pair in pairs for v in pair)
    else:
        scale = list(categories)
        if len(set(scale)) != len(scale):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The scale lists a category twice."), "categories"
            )
        unknown = {v for pair in pairs for v in pair} - set(scale)
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The rating {value} is not on the scale."),
                "categories",
                value=str(_ordered(unknown)[0]),
            )
    position = {category: i for i, category in enumerate(scale)}
    size = len(scale)

    def weight(i: int, j: int) -> int:
        if weights is None:
            return 0 if i == j else 1
        return abs(i - j) if weights == "linear" else (i - j) ** 2

    n = len(pairs)
    observed = Counter((position[x], position[y]) for x, y in pairs)
    rows = Counter(position[x] for x, _ in pairs)
    cols = Counter(position[y] for _, y in pairs)
    # Both sums scaled by n² so that they stay integers.
    disagreement = n * sum(weight(i, j) * count for (i, j), count in observed.items())
    chance = sum(
        weight(i, j) * rows[i] * cols[j] for i in range(size) for j in range(size) if rows[i]
    )
    if chance == 0:
        # Only one category was used by both raters: no chance disagreement, and none seen.
        return 1.0
    return 1.0 - disagreement / chance


# ---------------------------------------------------------------------------- Fleiss' kappa


def fleiss_kappa(counts: Sequence[Sequence[int]]) -> float:
    """Fleiss' kappa. ``counts[i][j]`` = how many raters put unit i in category j.

    Every unit must have the same number of ratings m ≥ 2 (Fleiss 1971).
    Pᵢ = (Σⱼ nᵢⱼ² − m) / (m(m − 1)), P̄ = mean Pᵢ, pⱼ = Σᵢ nᵢⱼ / (N m), P̄ₑ = Σⱼ pⱼ²,
    κ = (P̄ − P̄ₑ) / (1 − P̄ₑ). Exact fractions inside, a float out.
    """
    rows = [list(row) for row in counts]
    if not rows or not rows[0]:
        raise _empty()
    width = len(rows[0])
    for row in rows:
        if len(row) != width:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Every unit needs a count for each category.")
            )
        for value in row:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A count must be a whole number ≥ 0, not {value}."),
                    value=str(value),
                )
    raters = sum(rows[0])
    if any(sum(row) != raters for row in rows):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Every unit needs the same number of ratings.")
        )
    if raters < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Agreement needs at least two ratings per unit.")
        )
    units = len(rows)
    pairs_per_unit = raters * (raters - 1)
    p_bar = Fraction(sum(sum(v * v for v in row) - raters for row in rows), units * pairs_per_unit)
    totals = [sum(row[j] for row in rows) for j in range(width)]
    p_e = sum(Fraction(t, units * raters) ** 2 for t in totals)
    if p_e == 1:
        return 1.0  # every rating in one category: P̄ is 1 as well
    return float((p_bar - p_e) / (1 - p_e))


# ------------------------------------------------------------------------ Krippendorff's α


def _numeric(value: Hashable, level: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The value {value} is not a number; interval and ratio data need numbers."
            ),
            "level",
            value=str(value),
        )
    if level == "ratio" and value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Ratio data cannot be negative: {value}."),
            "level",
            value=str(value),
        )
    return float(value)


def krippendorff_alpha(data: Sequence[Sequence[Hashable | None]], level: str = "nominal") -> float:
    """Krippendorff's alpha. ``data[r][u]`` is rater r's value for unit u; None = missing.

    Any number of raters, missing values allowed; units with fewer than two values are not
    pairable and drop out. With the coincidence matrix o_ck (each unit's ordered value pairs
    weighted 1/(mᵤ − 1)), n_c its marginals and n = Σ n_c:
    α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with δ² by ``level`` (Krippendorff 2011):
    nominal 0/1; ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)²; interval (c − k)²;
    ratio ((c − k)/(c + k))².
    """
    if level not in ALPHA_LEVELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown level of measurement {level}."),
            "level",
            level=str(level),
        )
    raters = [list(row) for row in data]
    if not raters:
        raise _empty()
    width = len(raters[0])
    if any(len(row) != width for row in raters):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Every rater needs one entry per unit, empty where missing."
            )
        )
    coincidence: Counter[tuple[Hashable, Hashable]] = Counter()
    for u in range(width):
        values = Counter(row[u] for row in raters if row[u] is not None)
        m = sum(values.values())
        if m < 2:
            continue
        for c, count_c in values.items():
            for k, count_k in values.items():
                pairs = count_c * (count_k - 1 if c == k else count_k)
                if pairs:
                    coincidence[c, k] += Fraction(pairs, m - 1)
    if not coincidence:
        raise _empty()
    marginals: Counter[Hashable] = Counter()
    for (c, _), o in coincidence.items():
        marginals[c] += o
    n = sum(marginals.values())
    values = _ordered(marginals)
    delta = _distance(values, marginals, level)
    observed = sum(o * delta(c, k) for (c, k), o in coincidence.items())
    expected = sum(marginals[c] * marginals[k] * delta(c, k) for c in values for k in values)
    if expected == 0:
        return 1.0  # a single value throughout: no disagreement expected, none observed
    return float(1 - (n - 1) * observed / expected)


Distance = Callable[[Hashable, Hashable], float | Fraction]


def _distance(values: list[Hashable], marginals: Counter[Hashable], level: str) -> Distance:
    """δ²(c, k) for the level of measurement (see :func:`krippendorff_alpha`)."""
    if level == "nominal":
        return lambda c, k: 0 if c == k else 1
    if level == "ordinal":
        rank = {v: i for i, v in enumerate(values)}
        cumulative = [Fraction(0)]
        for v in values:
            cumulative.append(cumulative[-1] + marginals[v])

        def ordinal(c: Hashable, k: Hashable) -> Fraction:
            lo, hi = sorted((rank[c], rank[k]))
            between = cumulative[hi + 1] - cumulative[lo]
            return (between - (marginals[c] + marginals[k]) / 2) ** 2

        return ordinal
    numbers = {v: _numeric(v, level) for v in values}
    if level == "interval":
        return lambda c, k: (numbers[c] - numbers[k]) ** 2

    def ratio(c: Hashable, k: Hashable) -> float:
        total = numbers[c] + numbers[k]
        return 0.0 if total == 0 else ((numbers[c] - numbers[k]) / total) ** 2

    return ratio


# ----------------------------------------------------------------------- Wilson interval


class Interval(NamedTuple):
    low: float
    high: float


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> Interval:
    """The Wilson score interval for ``successes`` out of ``n`` (e.g. passed inspections).

    centre = (p̂ + z²/2n) / (1 + z²/n),
    half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
    with z the two-sided normal quantile of ``confidence``. Always within [0, 1] and always
    containing p̂; 0 successes give a lower bound of exactly 0, n successes an upper of 1.
    """
    for field, value in (("successes", successes), ("n", n)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A count must be a whole number ≥ 0, not {value}."),
                field,
                value=str(value),
            )
    if n == 0:
        raise _empty()
    if successes > n:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{successes} successes out of {n} is impossible."),
            "successes",
            successes=successes,
            n=n,
        )
    return wilson_for_rate(successes / n, n, confidence)


def wilson_for_rate(rate: float, n: float, confidence: float = 0.95) -> Interval:
    """The Wilson interval around an observed ``rate`` from a (possibly effective, fractional)
    sample size ``n`` > 0 — for weighted estimates. See :func:`wilson_interval`."""
    if not (math.isfinite(n) and n > 0):
        raise _empty()
    if not 0 <= rate <= 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A rate must be between 0 and 1, not {value}."),
            value=str(rate),
        )
    numeric = not isinstance(confidence, bool) and isinstance(confidence, int | float)
    if not (numeric and 0 < confidence < 1):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The confidence must be between 0 and 1 (exclusive), not {value}."
            ),
            "confidence",
            value=str(confidence),
        )
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    z2n = z * z / n
    centre = (rate + z2n / 2) / (1 + z2n)
    half = z / (1 + z2n) * math.sqrt(rate * (1 - rate) / n + z2n / (4 * n))
    # Exact ends: no successes → lower bound 0, all successes → upper bound 1; and the
    # interval always holds the observed rate despite rounding.
    low = 0.0 if rate == 0 else max(0.0, min(rate, centre - half))
    high = 1.0 if rate == 1 else min(1.0, max(rate, centre + half))
    return Interval(low, high)
