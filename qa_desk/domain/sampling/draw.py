"""Reproducible sample draws over candidate records (DESIGN §4, Sampling).

Methods:

* ``random`` — a simple random sample of n from the N candidates.
* ``stratified`` — the candidates are split per agent or per vendor; n is allocated over the
  strata (proportional to stratum size by the largest-remainder method, or equal), with an
  optional minimum per stratum; then a simple random sample is drawn in each stratum.
* ``risk`` — weighted sampling without replacement, the weight being the candidate's risk
  score (auto-check hits, low satisfaction, risk keywords, as the caller scores them), by
  Efraimidis–Spirakis keys log(u)/w. Candidates with a score of 0 are taken only when the
  scored ones run out, uniformly at random (reason ``fill``).
* ``mixed`` — a random share and a risk share (e.g. 80/20): first a simple random sample of
  the random share from ALL candidates, then the risk share from the rest, so that the random
  part is a true simple random sample of the population and no record is picked twice.

Reproducibility: the candidates are sorted by record id before anything else, strata are
visited in the order of their keys, and all randomness comes from ``random.Random(seed)``'s
``random()`` — the one output Python promises to keep the same across versions for the same
seed. The same candidates (in any order), n, method and seed give the same picks.

Every pick carries its stratum, its weight (the inverse of its inclusion probability, where
that can be stated: N/n for simple random, N_h/n_h in a stratum; None for risk picks), the
part of the sample it belongs to ("random" or "risk") and a reason: a stable code plus the
parameters the UI needs to phrase it, e.g. ``{"code": "stratified", "by": "agent",
"stratum": "A0101", "of": 120, "picked": 5, "allocation": "proportional"}``.

Pass rates: :func:`estimate_pass_rate` uses only the random part (weighted by the picks'
weights, which makes stratified samples unbiased); risk picks are counted but left out.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from operator import attrgetter
from random import Random

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.stats import wilson_for_rate
from qa_desk.domain.text import QT_TRANSLATE_NOOP

METHODS = ("random", "stratified", "risk", "mixed")
STRATIFY_BY = ("agent", "vendor")
ALLOCATIONS = ("proportional", "equal")
PARTS = ("random", "risk")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One record that may be drawn.

    ``agent_key``/``vendor_key`` label the strata (e.g. the agent's employee id, the vendor's
    code) and must be unique per agent/vendor; when empty the id is used. ``risk_reasons``
    are short stable codes of what raised the risk score (shown with a risk pick).
    """

    record_id: int
    agent_id: int | None = None
    vendor_id: int | None = None
    agent_key: str = ""
    vendor_key: str = ""
    risk_score: float = 0.0
    risk_reasons: tuple[str, ...] = ()

    def stratum(self, by: str) -> str:
        """The stratum key of this record when stratifying ``by`` "agent" or "vendor"."""
        if by == "agent":
            key, ident = self.agent_key, self.agent_id
        else:
            key, ident = self.vendor_key, self.vendor_id
        return key or ("" if ident is None else str(ident))


@dataclass(frozen=True)
class Pick:
    """One drawn record and why (see the module docstring for ``weight`` and ``reason``)."""

    record_id: int
    stratum: str
    weight: float | None
    part: str
    reason: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class DrawSpec:
    """How to draw: the method, its seed and the method's options."""

    method: str = "random"
    seed: int = 0
    stratify_by: str = "agent"
    allocation: str = "proportional"
    minimum_per_stratum: int = 0
    risk_share: float = 0.2  # mixed: the share of n drawn by risk


@dataclass(frozen=True)
class Draw:
    """The picks of one draw. ``n`` is what was drawn: ``requested``, capped at ``population``.

    ``allocation`` (stratified only) gives each stratum's (size, allocated n).
    """

    picks: tuple[Pick, ...]
    population: int
    requested: int
    n: int
    allocation: dict[str, tuple[int, int]] = field(default_factory=dict)


# ------------------------------------------------------------------------------ checking


def _whole(value: object, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a whole number ≥ 0."),
            field_name,
            value=str(value),
        )
    return value


def _choice(value: str, allowed: Sequence[str], field_name: str) -> str:
    if value not in allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown sampling option {value}."),
            field_name,
            value=str(value),
        )
    return value


def _sorted_candidates(candidates: Iterable[Candidate], check_risk: bool) -> list[Candidate]:
    ordered = sorted(candidates, key=attrgetter("record_id"))
    record_ids = [c.record_id for c in ordered]
    if len(set(record_ids)) != len(record_ids):
        twice = next(a for a, b in itertools.pairwise(record_ids) if a == b)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Record {record} is listed twice."), record=twice
        )
    if check_risk:
        for candidate in ordered:
            score = candidate.risk_score
            numeric = not isinstance(score, bool) and isinstance(score, int | float)
            if not (numeric and math.isfinite(score) and score >= 0):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Record {record} has an invalid risk score {score}."
                    ),
                    "risk_score",
                    record=candidate.record_id,
                    score=str(score),
                )
    return ordered


# ----------------------------------------------------------------------------- allocation


def strata_sizes(candidates: Iterable[Candidate], by: str = "agent") -> dict[str, int]:
    """How many candidates each stratum holds (the preview before drawing), by key."""
    _choice(by, STRATIFY_BY, "stratify_by")
    sizes: dict[str, int] = {}
    for candidate in candidates:
        key = candidate.stratum(by)
        sizes[key] = sizes.get(key, 0) + 1
    return dict(sorted(sizes.items()))


def allocate(
    sizes: Mapping[str, int], n: int, allocation: str = "proportional", minimum: int = 0
) -> dict[str, int]:
    """Split ``n`` over strata of the given sizes; the result sums to ``n`` exactly.

    Every stratum gets at least ``min(minimum, size)`` and never more than its size.
    proportional: the strata that the minimum lifts above their proportional share are fixed
    at the minimum, the rest of n is shared in proportion to size (exact fractions), and the
    units left after rounding down go to the largest remainders (ties: larger stratum, then
    key). equal: one unit at a time to the stratum holding the fewest so far that has room
    (ties: larger stratum, then key) — an equal split where every stratum is big enough.
    """
    _choice(allocation, ALLOCATIONS, "allocation")
    _whole(n, "n")
    _whole(minimum, "minimum_per_stratum")
    for size in sizes.values():
        _whole(size, "sizes")
    keys = sorted(sizes)
    population = sum(sizes.values())
    if n > population:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The sample size {n} is larger than the population {population}."
            ),
            "n",
            n=n,
            population=population,
        )
    floors = {key: min(minimum, sizes[key]) for key in keys}
    needed = sum(floors.values())
    if needed > n:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A minimum of {minimum} per stratum needs {needed} records, "
                "more than the sample size {n}.",
            ),
            "minimum_per_stratum",
            minimum=minimum,
            needed=needed,
            n=n,
        )
    if allocation == "equal":
        return _equal(sizes, keys, n, floors)
    return _proportional(sizes, keys, n, floors)


def _proportional(
    sizes: Mapping[str, int], keys: list[str], n: int, floors: dict[str, int]
) -> dict[str, int]:
    result = dict.fromkeys(keys, 0)
    free = [key for key in keys if sizes[key] > 0]
    shares: dict[str, Fraction] = {}
    remaining = n
    while free:
        free_population = sum(sizes[key] for key in free)
        shares = {key: Fraction(remaining * sizes[key], free_population) for key in free}
        lifted = [key for key in free if shares[key] < floors[key]]
        if not lifted:
            break
        for key in lifted:
            result[key] = floors[key]
            remaining -= floors[key]
        free = [key for key in free if key not in lifted]
    base = {key: math.floor(shares[key]) for key in free}
    left = remaining - sum(base.values())
    by_remainder = sorted(free, key=lambda k: (-(shares[k] - base[k]), -sizes[k], k))
    for key in by_remainder[:left]:
        base[key] += 1
    result.update(base)
    return result


def _equal(
    sizes: Mapping[str, int], keys: list[str], n: int, floors: dict[str, int]
) -> dict[str, int]:
    result = dict(floors)
    heap = [(result[key], -sizes[key], key) for key in keys if result[key] < sizes[key]]
    heapq.heapify(heap)
    for _ in range(n - sum(floors.values())):
        held, negative_size, key = heapq.heappop(heap)
        result[key] = held + 1
        if held + 1 < sizes[key]:
            heapq.heappush(heap, (held + 1, negative_size, key))
    return result


# -------------------------------------------------------------------------------- drawing


def _simple(rng: Random, items: Sequence[Candidate], k: int) -> list[Candidate]:
    """k of ``items`` uniformly without replacement: a partial Fisher–Yates shuffle driven by
    ``random()``, with the swaps kept in a dict so that drawing k of N costs O(k), not O(N)."""
    size = len(items)
    moved: dict[int, int] = {}  # position → index of the item now there, where swapped
    chosen = []
    for i in range(k):
        j = i + int(rng.random() * (size - i))
        chosen.append(items[moved.get(j, j)])
        moved[j] = moved.get(i, i)
    return chosen


def _risk(rng: Random, items: list[Candidate], k: int, by: str) -> list[Pick]:
    """k of ``items`` weighted by risk score, then unscored ones at random if need be."""
    scored = [c for c in items if c.risk_score > 0]
    unscored = [c for c in items if c.risk_score <= 0]
    # Efraimidis–Spirakis: key = u^(1/w), compared as log(u)/w; u in (0, 1].
    keyed = [(math.log(1.0 - rng.random()) / c.risk_score, -c.record_id, c) for c in scored]
    top = heapq.nlargest(min(k, len(keyed)), keyed, key=lambda entry: entry[:2])
    chosen = [entry[2] for entry in top]
    picks = [
        Pick(
            c.record_id,
            c.stratum(by),
            None,
            "risk",
            {
                "code": "risk",
                "score": c.risk_score,
                "signals": list(c.risk_reasons),
                "of": len(scored),
                "picked": len(chosen),
            },
        )
        for c in chosen
    ]
    fill = _simple(rng, unscored, k - len(chosen))
    picks += [
        Pick(
            c.record_id,
            c.stratum(by),
            None,
            "risk",
            {"code": "fill", "of": len(unscored), "picked": len(fill)},
        )
        for c in fill
    ]
    return picks


def _random_picks(chosen: list[Candidate], population: int, by: str) -> list[Pick]:
    weight = population / len(chosen) if chosen else None
    reason = {"code": "random", "of": population, "picked": len(chosen)}
    return [Pick(c.record_id, c.stratum(by), weight, "random", dict(reason)) for c in chosen]


def risk_count(n: int, share: float) -> int:
    """How many of ``n`` a mixed draw takes by risk: n × share, rounded half up."""
    exact = Decimal(n) * Decimal(str(share))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def draw(candidates: Iterable[Candidate], n: int, spec: DrawSpec) -> Draw:
    """Draw ``n`` records (at most all of them) from ``candidates`` as ``spec`` says."""
    _choice(spec.method, METHODS, "method")
    by = _choice(spec.stratify_by, STRATIFY_BY, "stratify_by")
    _choice(spec.allocation, ALLOCATIONS, "allocation")
    _whole(spec.minimum_per_stratum, "minimum_per_stratum")
    if isinstance(spec.seed, bool) or not isinstance(spec.seed, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The seed must be a whole number, not {value}."),
            "seed",
            value=str(spec.seed),
        )
    share = spec.risk_share
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The risk share must be between 0 and 1, not {value}."),
            "risk_share",
            value=str(share),
        )
    requested = _whole(n, "n")
    ordered = _sorted_candidates(candidates, spec.method in ("risk", "mixed"))
    population = len(ordered)
    k = min(requested, population)
    rng = Random(spec.seed)
    allocation: dict[str, tuple[int, int]] = {}

    if spec.method == "random":
        picks = _random_picks(_simple(rng, ordered, k), population, by)
    elif spec.method == "risk":
        picks = _risk(rng, ordered, k, by)
    elif spec.method == "mixed":
        n_risk = risk_count(k, share)
        random_part = _simple(rng, ordered, k - n_risk)
        taken = {c.record_id for c in random_part}
        rest = [c for c in ordered if c.record_id not in taken]
        risk_picks = _risk(rng, rest, n_risk, by)
        picks = _random_picks(random_part, population, by) + risk_picks
    else:
        groups: dict[str, list[Candidate]] = {}
        for candidate in ordered:
            groups.setdefault(candidate.stratum(by), []).append(candidate)
        sizes = {key: len(members) for key, members in groups.items()}
        quota = allocate(sizes, k, spec.allocation, spec.minimum_per_stratum)
        picks = []
        for key in sorted(groups):
            chosen = _simple(rng, groups[key], quota[key])
            allocation[key] = (sizes[key], quota[key])
            weight = sizes[key] / quota[key] if quota[key] else None
            reason = {
                "code": "stratified",
                "by": by,
                "stratum": key,
                "of": sizes[key],
                "picked": quota[key],
                "allocation": spec.allocation,
            }
            picks += [Pick(c.record_id, key, weight, "random", dict(reason)) for c in chosen]

    picks.sort(key=lambda p: (PARTS.index(p.part), p.stratum, p.record_id))
    return Draw(tuple(picks), population, requested, len(picks), allocation)


# ----------------------------------------------------------------------------- estimation


@dataclass(frozen=True)
class Outcome:
    """The result of inspecting one pick: passed or not, with the pick's part and weight."""

    passed: bool
    part: str = "random"
    weight: float | None = None


@dataclass(frozen=True)
class PassRateEstimate:
    """A pass rate estimated from the random part of a sample, with its Wilson interval.

    ``rate``/``low``/``high`` are None when the sample has no random part to estimate from.
    ``used`` outcomes entered the estimate, ``ignored`` (risk picks) did not;
    ``effective_n`` is Kish's (Σw)²/Σw², equal to ``used`` for equal weights.
    """

    rate: float | None
    low: float | None
    high: float | None
    used: int
    ignored: int
    effective_n: float
    weighted: bool


def estimate_pass_rate(outcomes: Iterable[Outcome], confidence: float = 0.95) -> PassRateEstimate:
    """The population pass rate from the random part of a sample (DESIGN §4).

    Risk picks over-represent likely failures and are left out. Within the random part each
    outcome counts with its weight (N_h/n_h for a stratified pick), i.e. the Hájek estimator
    Σ w·passed / Σ w; missing weights count as equal. The interval is Wilson's, computed
    on the effective sample size.
    """
    used: list[Outcome] = []
    ignored = 0
    for outcome in outcomes:
        _choice(outcome.part, PARTS, "part")
        if outcome.part == "random":
            used.append(outcome)
        else:
            ignored += 1
    if not used:
        return PassRateEstimate(None, None, None, 0, ignored, 0.0, False)
    weights = [1.0 if o.weight is None else float(o.weight) for o in used]
    if any(not (math.isfinite(w) and w > 0) for w in weights):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sampling weight must be a positive number.")
        )
    total = sum(weights)
    rate = sum(w for w, o in zip(weights, used, strict=True) if o.passed) / total
    effective = total * total / sum(w * w for w in weights)
    low, high = wilson_for_rate(rate, effective, confidence)
    weighted = len(set(weights)) > 1
    return PassRateEstimate(rate, low, high, len(used), ignored, effective, weighted)
