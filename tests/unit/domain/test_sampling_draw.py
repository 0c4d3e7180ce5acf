"""Reproducible draws: random, stratified, risk-weighted and mixed; allocation; estimates."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.sampling import (
    Candidate,
    Draw,
    DrawSpec,
    Outcome,
    allocate,
    draw,
    estimate_pass_rate,
    strata_sizes,
)
from qa_desk.domain.sampling.draw import risk_count

# Agent → (vendor, records): 50 + 30 + 20 + 12 + 5 + 3 = 120 records.
AGENTS = {
    "A0101": ("V01", 50),
    "A0102": ("V01", 30),
    "A0201": ("V02", 20),
    "A0202": ("V02", 12),
    "A0301": ("V03", 5),
    "A0302": ("V03", 3),
}


def population() -> list[Candidate]:
    out = []
    record = 1000
    for index, (agent, (vendor, count)) in enumerate(AGENTS.items()):
        for i in range(count):
            record += 7  # ids need not be consecutive
            score = 3.0 if i % 10 == 0 else (1.0 if i % 4 == 0 else 0.0)
            reasons = ("autocheck:forbidden_word",) if score else ()
            out.append(
                Candidate(
                    record_id=record,
                    agent_id=index + 1,
                    vendor_id=int(vendor[1:]),
                    agent_key=agent,
                    vendor_key=vendor,
                    risk_score=score,
                    risk_reasons=reasons,
                )
            )
    return out


CANDIDATES = population()
SPECS = [
    DrawSpec("random", seed=7),
    DrawSpec("stratified", seed=7),
    DrawSpec("stratified", seed=7, stratify_by="vendor", allocation="equal"),
    DrawSpec("stratified", seed=7, minimum_per_stratum=2),
    DrawSpec("risk", seed=7),
    DrawSpec("mixed", seed=7, risk_share=0.2),
]


def ids(result: Draw) -> list[int]:
    return [p.record_id for p in result.picks]


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: f"{s.method}-{s.stratify_by}")
def test_same_seed_same_sample_whatever_the_input_order(spec: DrawSpec) -> None:
    first = draw(CANDIDATES, 20, spec)
    shuffled = list(CANDIDATES)
    random.Random(99).shuffle(shuffled)
    again = draw(shuffled, 20, spec)
    assert first == again
    assert first.n == 20 and len(set(ids(first))) == 20
    assert set(ids(first)) <= {c.record_id for c in CANDIDATES}


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: f"{s.method}-{s.stratify_by}")
def test_another_seed_gives_another_sample(spec: DrawSpec) -> None:
    base = set(ids(draw(CANDIDATES, 20, spec)))
    others = [
        set(ids(draw(CANDIDATES, 20, DrawSpec(**{**spec.__dict__, "seed": seed}))))
        for seed in (8, 9, 10)
    ]
    assert any(other != base for other in others)


def test_the_sample_is_pinned_for_a_known_seed() -> None:
    """A draw is part of the audit trail: re-running it later (another Python, another
    machine) must give the same records. Only ``Random.random()`` is promised to stay the
    same across Python versions, and the draw uses nothing else."""
    small = [Candidate(record_id=i) for i in range(1, 21)]
    assert ids(draw(small, 5, DrawSpec("random", seed=2024))) == [8, 10, 11, 15, 19]
    rng = random.Random(2024)
    pool = list(range(1, 21))
    for i in range(5):  # partial Fisher–Yates on random(), as documented
        j = i + int(rng.random() * (20 - i))
        pool[i], pool[j] = pool[j], pool[i]
    assert sorted(pool[:5]) == [8, 10, 11, 15, 19]


def test_simple_random_sample() -> None:
    result = draw(CANDIDATES, 12, DrawSpec("random", seed=1))
    assert (result.population, result.requested, result.n) == (120, 12, 12)
    for pick in result.picks:
        assert pick.part == "random"
        assert pick.weight == pytest.approx(10.0)
        assert pick.reason == {"code": "random", "of": 120, "picked": 12}
    assert {p.stratum for p in result.picks} <= set(AGENTS)


def test_more_than_the_population_takes_everything() -> None:
    result = draw(CANDIDATES[:10], 50, DrawSpec("random", seed=1))
    assert (result.requested, result.n) == (50, 10)
    assert sorted(ids(result)) == sorted(c.record_id for c in CANDIDATES[:10])
    assert all(p.weight == 1.0 for p in result.picks)
    assert draw([], 5, DrawSpec("stratified")).picks == ()
    assert draw(CANDIDATES, 0, DrawSpec("mixed")).picks == ()


def test_stratified_proportional_per_agent() -> None:
    result = draw(CANDIDATES, 12, DrawSpec("stratified", seed=3))
    # Shares 12·(50, 30, 20, 12, 5, 3)/120 = 5, 3, 2, 1.2, 0.5, 0.3 → floors 5 3 2 1 0 0 = 11,
    # the last unit to the largest remainder (A0301, 0.5).
    assert result.allocation == {
        "A0101": (50, 5),
        "A0102": (30, 3),
        "A0201": (20, 2),
        "A0202": (12, 1),
        "A0301": (5, 1),
        "A0302": (3, 0),
    }
    per_stratum = Counter(p.stratum for p in result.picks)
    assert per_stratum == {"A0101": 5, "A0102": 3, "A0201": 2, "A0202": 1, "A0301": 1}
    by_id = {c.record_id: c for c in CANDIDATES}
    for pick in result.picks:
        assert by_id[pick.record_id].agent_key == pick.stratum
        size, picked = result.allocation[pick.stratum]
        assert pick.weight == pytest.approx(size / picked)
        assert pick.reason == {
            "code": "stratified",
            "by": "agent",
            "stratum": pick.stratum,
            "of": size,
            "picked": picked,
            "allocation": "proportional",
        }


def test_stratified_with_a_minimum_per_agent() -> None:
    result = draw(CANDIDATES, 18, DrawSpec("stratified", seed=3, minimum_per_stratum=2))
    quota = {key: n for key, (_, n) in result.allocation.items()}
    # Shares 18·(50, 30, 20, 12, 5, 3)/120 = 7.5, 4.5, 3, 1.8, 0.75, 0.45: A0202, A0301 and
    # A0302 are lifted to 2 (6 records); the other 12 go 50:30:20 → 6, 3.6, 2.4 → floors
    # 6, 3, 2 and the last unit to the largest remainder (A0102).
    assert quota == {"A0101": 6, "A0102": 4, "A0201": 2, "A0202": 2, "A0301": 2, "A0302": 2}
    assert Counter(p.stratum for p in result.picks) == quota
    # When the minimums use up the whole sample, every agent gets exactly the minimum.
    tight = draw(CANDIDATES, 12, DrawSpec("stratified", seed=3, minimum_per_stratum=2))
    assert {n for _, n in tight.allocation.values()} == {2}


def test_stratified_equal_per_vendor() -> None:
    result = draw(
        CANDIDATES, 30, DrawSpec("stratified", seed=3, stratify_by="vendor", allocation="equal")
    )
    # V03 holds only 8: it gives all it has, the other 22 split 11/11.
    assert result.allocation == {"V01": (80, 11), "V02": (32, 11), "V03": (8, 8)}
    assert Counter(p.stratum for p in result.picks) == {"V01": 11, "V02": 11, "V03": 8}
    v03 = {c.record_id for c in CANDIDATES if c.vendor_key == "V03"}
    assert v03 <= set(ids(result))


def test_stratum_falls_back_to_the_id() -> None:
    unnamed = [Candidate(1, agent_id=5), Candidate(2, agent_id=5), Candidate(3)]
    assert strata_sizes(unnamed, "agent") == {"": 1, "5": 2}
    assert strata_sizes(CANDIDATES, "vendor") == {"V01": 80, "V02": 32, "V03": 8}


def test_minimum_larger_than_the_sample_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        draw(CANDIDATES, 10, DrawSpec("stratified", minimum_per_stratum=2))
    assert caught.value.params == {"minimum": 2, "needed": 12, "n": 10}
    assert caught.value.field == "minimum_per_stratum"


def test_risk_weighting_prefers_high_risk_in_aggregate() -> None:
    high = {c.record_id for c in CANDIDATES if c.risk_score == 3.0}
    low = {c.record_id for c in CANDIDATES if c.risk_score == 1.0}
    hits: Counter[str] = Counter()
    for seed in range(300):
        for pick in draw(CANDIDATES, 10, DrawSpec("risk", seed=seed)).picks:
            hits[
                "high" if pick.record_id in high else "low" if pick.record_id in low else "zero"
            ] += 1
    # 14 records score 3, 26 score 1; per record, a score-3 record is picked far more often.
    assert hits["zero"] == 0  # enough scored records: unscored ones are never needed
    assert hits["high"] / len(high) > 1.8 * hits["low"] / len(low)
    assert hits["low"] > 0  # weighting, not a cut-off


def test_risk_picks_explain_themselves_and_fill_from_unscored_last() -> None:
    scored = [c for c in CANDIDATES if c.risk_score > 0]
    result = draw(CANDIDATES, len(scored) + 5, DrawSpec("risk", seed=4))
    codes = Counter(p.reason["code"] for p in result.picks)
    assert codes == {"risk": len(scored), "fill": 5}
    for pick in result.picks:
        assert pick.part == "risk" and pick.weight is None
        if pick.reason["code"] == "risk":
            assert pick.reason["signals"] == ["autocheck:forbidden_word"]
            assert pick.reason["score"] in (1.0, 3.0)
        else:
            assert pick.reason == {"code": "fill", "of": 120 - len(scored), "picked": 5}


def test_mixed_split_and_no_record_twice() -> None:
    result = draw(CANDIDATES, 20, DrawSpec("mixed", seed=5, risk_share=0.2))
    parts = Counter(p.part for p in result.picks)
    assert parts == {"random": 16, "risk": 4}
    assert len(set(ids(result))) == 20
    for pick in result.picks:
        if pick.part == "random":
            assert pick.weight == pytest.approx(120 / 16)
            assert pick.reason == {"code": "random", "of": 120, "picked": 16}
        else:
            assert pick.weight is None and pick.reason["code"] in ("risk", "fill")
    # The random part comes first in the output, then the risk part.
    assert [p.part for p in result.picks] == ["random"] * 16 + ["risk"] * 4


def test_mixed_random_part_is_the_same_as_a_plain_random_draw() -> None:
    # The random part is drawn first from ALL candidates: a true simple random sample.
    mixed = draw(CANDIDATES, 20, DrawSpec("mixed", seed=11, risk_share=0.25))
    plain = draw(CANDIDATES, 15, DrawSpec("random", seed=11))
    assert [p.record_id for p in mixed.picks if p.part == "random"] == ids(plain)


@pytest.mark.parametrize(
    ("n", "share", "expected"), [(20, 0.2, 4), (10, 0.25, 3), (15, 0.2, 3), (7, 0.5, 4), (5, 0, 0)]
)
def test_risk_share_rounds_half_up(n: int, share: float, expected: int) -> None:
    assert risk_count(n, share) == expected


def test_mixed_extremes() -> None:
    all_random = draw(CANDIDATES, 10, DrawSpec("mixed", seed=1, risk_share=0))
    assert {p.part for p in all_random.picks} == {"random"}
    all_risk = draw(CANDIDATES, 10, DrawSpec("mixed", seed=1, risk_share=1))
    assert {p.part for p in all_risk.picks} == {"risk"}


@pytest.mark.parametrize(
    ("candidates", "n", "spec", "field"),
    [
        ([Candidate(1), Candidate(1)], 1, DrawSpec(), None),
        ([Candidate(1, risk_score=-1)], 1, DrawSpec("risk"), "risk_score"),
        ([Candidate(1, risk_score=float("nan"))], 1, DrawSpec("risk"), "risk_score"),
        ([Candidate(1)], -1, DrawSpec(), "n"),
        ([Candidate(1)], 1.5, DrawSpec(), "n"),
        ([Candidate(1)], 1, DrawSpec("cluster"), "method"),
        ([Candidate(1)], 1, DrawSpec("stratified", stratify_by="team"), "stratify_by"),
        ([Candidate(1)], 1, DrawSpec("stratified", allocation="neyman"), "allocation"),
        ([Candidate(1)], 1, DrawSpec(minimum_per_stratum=-1), "minimum_per_stratum"),
        ([Candidate(1)], 1, DrawSpec("mixed", risk_share=1.2), "risk_share"),
        ([Candidate(1)], 1, DrawSpec(seed="x"), "seed"),  # type: ignore[arg-type]
    ],
)
def test_bad_draw_arguments(candidates: list, n: int, spec: DrawSpec, field: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        draw(candidates, n, spec)
    assert caught.value.field == field
    assert "\n" not in str(caught.value)


# ------------------------------------------------------------------------------ allocation


def test_allocate_examples() -> None:
    sizes = {"a": 50, "b": 30, "c": 20}
    assert allocate(sizes, 10) == {"a": 5, "b": 3, "c": 2}
    assert allocate(sizes, 10, "equal") == {"a": 4, "b": 3, "c": 3}
    assert allocate({"a": 1, "b": 1, "c": 1}, 2) == {"a": 1, "b": 1, "c": 0}  # ties by key
    assert allocate({"a": 0, "b": 4}, 2, minimum=1) == {"a": 0, "b": 2}
    assert allocate({"a": 2, "b": 100}, 10, "equal", minimum=3) == {"a": 2, "b": 8}
    with pytest.raises(ValidationError):
        allocate(sizes, 101)


@st.composite
def allocation_cases(draw_: st.DrawFn) -> tuple[dict[str, int], int, str, int]:
    sizes = draw_(
        st.dictionaries(
            st.text("abcdefgh", min_size=1, max_size=3),
            st.integers(min_value=0, max_value=60),
            min_size=1,
            max_size=10,
        )
    )
    n = draw_(st.integers(min_value=0, max_value=sum(sizes.values())))
    method = draw_(st.sampled_from(["proportional", "equal"]))
    minimum = draw_(st.integers(min_value=0, max_value=8))
    return sizes, n, method, minimum


@settings(max_examples=400, deadline=None)
@given(allocation_cases())
def test_allocations_sum_to_n_and_respect_minimums_and_sizes(case: tuple) -> None:
    sizes, n, method, minimum = case
    floors = {k: min(minimum, s) for k, s in sizes.items()}
    if sum(floors.values()) > n:
        with pytest.raises(ValidationError):
            allocate(sizes, n, method, minimum)
        return
    result = allocate(sizes, n, method, minimum)
    assert set(result) == set(sizes)
    assert sum(result.values()) == n
    for key, size in sizes.items():
        assert floors[key] <= result[key] <= size
    total = sum(sizes.values())
    if method == "proportional" and minimum == 0 and total:
        for key, size in sizes.items():
            assert abs(result[key] - n * size / total) < 1
    if method == "equal":
        # Strata with room left differ by at most one from each other.
        open_ = [result[k] for k in sizes if result[k] < sizes[k] and result[k] > floors[k]]
        if open_:
            assert max(open_) - min(open_) <= 1


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=400), min_size=1, max_size=60, unique=True),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=2**32),
    st.sampled_from(["random", "stratified", "risk", "mixed"]),
)
def test_draws_never_repeat_a_record(records: list[int], n: int, seed: int, method: str) -> None:
    candidates = [
        Candidate(r, agent_id=r % 4, vendor_id=r % 2, risk_score=float(r % 3)) for r in records
    ]
    result = draw(candidates, n, DrawSpec(method, seed=seed))
    picked = ids(result)
    assert len(picked) == len(set(picked)) == min(n, len(records))
    assert result == draw(list(reversed(candidates)), n, DrawSpec(method, seed=seed))


# ------------------------------------------------------------------------------ estimation


def test_pass_rate_uses_only_the_random_part() -> None:
    outcomes = [Outcome(True, "random", 7.5)] * 12 + [Outcome(False, "random", 7.5)] * 4
    outcomes += [Outcome(False, "risk", None)] * 4  # risk picks fail more: left out
    estimate = estimate_pass_rate(outcomes)
    assert estimate.rate == pytest.approx(0.75)
    assert (estimate.used, estimate.ignored) == (16, 4)
    assert estimate.effective_n == pytest.approx(16)
    assert not estimate.weighted
    assert estimate.low < 0.75 < estimate.high


def test_pass_rate_of_a_stratified_sample_is_weighted() -> None:
    # Stratum A: 100 records, 5 sampled, 4 passed (weight 20). Stratum B: 10 records, 5
    # sampled, 1 passed (weight 2). Population estimate (100·0.8 + 10·0.2)/110 = 82/110;
    # the unweighted 5/10 would be badly wrong.
    outcomes = [Outcome(True, "random", 20.0)] * 4 + [Outcome(False, "random", 20.0)]
    outcomes += [Outcome(True, "random", 2.0)] + [Outcome(False, "random", 2.0)] * 4
    estimate = estimate_pass_rate(outcomes)
    assert estimate.rate == pytest.approx(82 / 110)
    assert estimate.weighted
    # Kish: (Σw)²/Σw² = 110² / (5·400 + 5·4) = 12100/2020
    assert estimate.effective_n == pytest.approx(12100 / 2020)


def test_pass_rate_without_a_random_part() -> None:
    estimate = estimate_pass_rate([Outcome(True, "risk")] * 3)
    assert (estimate.rate, estimate.low, estimate.high) == (None, None, None)
    assert estimate.ignored == 3
    assert estimate_pass_rate([]).used == 0
    with pytest.raises(ValidationError):
        estimate_pass_rate([Outcome(True, "random", 0.0)])
    with pytest.raises(ValidationError):
        estimate_pass_rate([Outcome(True, "other")])


def test_pass_rate_from_a_real_mixed_draw() -> None:
    result = draw(CANDIDATES, 40, DrawSpec("mixed", seed=21, risk_share=0.25))
    failing = {c.record_id for c in CANDIDATES if c.risk_score > 0}  # risky ones fail
    outcomes = [Outcome(p.record_id not in failing, p.part, p.weight) for p in result.picks]
    estimate = estimate_pass_rate(outcomes)
    random_part = [o for o in outcomes if o.part == "random"]
    assert estimate.used == 30 and estimate.ignored == 10
    assert estimate.rate == pytest.approx(sum(o.passed for o in random_part) / 30)
    naive = sum(o.passed for o in outcomes) / 40
    assert naive < estimate.rate  # the risk part would drag the rate down
