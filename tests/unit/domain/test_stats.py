"""Agreement statistics and the Wilson interval against published worked examples.

* Fleiss' kappa: the 10 subjects × 14 raters × 5 categories example (Fleiss 1971, as worked
  on Wikipedia's "Fleiss' kappa" page): P̄ = 0.378, P̄e = 0.213, κ = 0.210.
* Krippendorff's alpha: the 4 observers × 12 units reliability data with missing values of
  Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): α nominal 0.743,
  ordinal 0.815, interval 0.849, ratio 0.797.
* Cohen's kappa: Wikipedia's 50-proposal example (κ = 0.4) and its two tables with the same
  60 % agreement (κ 0.1304 and 0.2593); weighted kappa on a 3 × 3 table worked by hand.
* Wilson: Newcombe (1998), Statistics in Medicine 17:857, Table II: 81/263 → 0.2553–0.3662,
  15/148 → 0.0624–0.1605, 0/20 → 0–0.1611, 1/29 → 0.0061–0.1718, 29/29 → 0.8830–1.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.stats import (
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha,
    wilson_for_rate,
    wilson_interval,
)

# ---------------------------------------------------------------------------- Cohen


def table(yes_yes: int, yes_no: int, no_yes: int, no_no: int) -> tuple[list[str], list[str]]:
    """Two raters' answers from a 2 × 2 table (rater A's answer first)."""
    cells = [("Y", "Y", yes_yes), ("Y", "N", yes_no), ("N", "Y", no_yes), ("N", "N", no_no)]
    a = [x for x, _, count in cells for _ in range(count)]
    b = [y for _, y, count in cells for _ in range(count)]
    return a, b


def test_cohen_kappa_textbook_example() -> None:
    # pₒ = (20 + 15)/50 = 0.7; pₑ = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2/0.5 = 0.4
    assert cohen_kappa(*table(20, 5, 10, 15)) == pytest.approx(0.4)


def test_cohen_kappa_same_agreement_different_kappa() -> None:
    assert cohen_kappa(*table(45, 15, 25, 15)) == pytest.approx(0.1304, abs=1e-4)
    assert cohen_kappa(*table(25, 35, 5, 35)) == pytest.approx(0.2593, abs=1e-4)


# Pairs (rater a, rater b) on a 0/1/2 scale: (0,0)×3 (1,1)×2 (2,2)×1 (0,1)×2 (2,0)×1.
# Row totals a = (5, 2, 2), column totals b = (4, 4, 1), n = 9.
WEIGHTED_A = [0, 0, 0, 1, 1, 2, 0, 0, 2]
WEIGHTED_B = [0, 0, 0, 1, 1, 2, 1, 1, 0]


def test_weighted_kappa_by_hand() -> None:
    # Unweighted: pₒ = 6/9, pₑ = (5·4 + 2·4 + 2·1)/81 = 30/81 → κ = (54 − 30)/(81 − 30) = 24/51.
    assert cohen_kappa(WEIGHTED_A, WEIGHTED_B) == pytest.approx(24 / 51)
    # Linear |i − j|: observed 9·(2·1 + 1·2) = 36; expected Σ|i−j|·rᵢ·cⱼ = 30 + 10 + 24 = 64.
    assert cohen_kappa(WEIGHTED_A, WEIGHTED_B, weights="linear") == pytest.approx(1 - 36 / 64)
    # Quadratic (i − j)²: observed 9·(2·1 + 1·4) = 54; expected (20 + 20) + (8 + 2) + (32 + 8)
    # = 90 → κ = 1 − 54/90 = 0.4.
    assert cohen_kappa(WEIGHTED_A, WEIGHTED_B, weights="quadratic") == pytest.approx(0.4)


def test_the_full_scale_changes_weighted_but_not_plain_kappa() -> None:
    scale = [0, 1, 2, 3]  # level 3 exists on the item but nobody used it
    plain = cohen_kappa(WEIGHTED_A, WEIGHTED_B, categories=scale)
    assert plain == pytest.approx(24 / 51)
    # Positions are unchanged (0, 1, 2), so the linear weights are too.
    assert cohen_kappa(WEIGHTED_A, WEIGHTED_B, scale, "linear") == pytest.approx(1 - 36 / 64)
    # Reversing the scale's order keeps linear distances symmetric: same value.
    assert cohen_kappa(WEIGHTED_A, WEIGHTED_B, [2, 1, 0], "linear") == pytest.approx(1 - 36 / 64)
    # A different order changes which disagreements are "far".
    assert cohen_kappa(WEIGHTED_A, WEIGHTED_B, [1, 0, 2], "linear") != pytest.approx(1 - 36 / 64)


def test_cohen_kappa_degenerate_inputs() -> None:
    # Both raters always said "pass": pₑ = pₒ = 1 → 1.0 (documented), no division by zero.
    assert cohen_kappa(["pass"] * 5, ["pass"] * 5) == 1.0
    assert cohen_kappa([3] * 4, [3] * 4, weights="quadratic") == 1.0
    # Perfect agreement over several categories.
    assert cohen_kappa([0, 1, 2, 1], [0, 1, 2, 1]) == 1.0
    # Complete, systematic disagreement is below chance.
    assert cohen_kappa(["Y", "N"] * 5, ["N", "Y"] * 5) == pytest.approx(-1.0)
    # One rater constant, the other not: pₑ = pₒ → 0.
    assert cohen_kappa(["Y"] * 4, ["Y", "Y", "N", "N"]) == pytest.approx(0.0)
    # Units a rater left empty are skipped.
    assert cohen_kappa([1, None, 2, 2], [1, 2, None, 2]) == 1.0


def test_cohen_kappa_rejects_bad_input() -> None:
    with pytest.raises(ValidationError):
        cohen_kappa([], [])
    with pytest.raises(ValidationError):
        cohen_kappa([None], [1])
    with pytest.raises(ValidationError):
        cohen_kappa([1, 2], [1])
    with pytest.raises(ValidationError) as caught:
        cohen_kappa([1, 5], [1, 2], categories=[1, 2, 3])
    assert caught.value.params == {"value": "5"}
    with pytest.raises(ValidationError):
        cohen_kappa([1], [1], categories=[1, 1])
    with pytest.raises(ValidationError):
        cohen_kappa([1], [1], weights="cubic")


# ---------------------------------------------------------------------------- Fleiss

FLEISS_1971 = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_worked_example() -> None:
    assert fleiss_kappa(FLEISS_1971) == pytest.approx(0.210, abs=5e-4)
    # The intermediate values of the worked example, recomputed from the counts.
    p_bar = sum(sum(v * v for v in row) - 14 for row in FLEISS_1971) / (10 * 14 * 13)
    p_e = sum((sum(row[j] for row in FLEISS_1971) / 140) ** 2 for j in range(5))
    assert p_bar == pytest.approx(0.378, abs=5e-4)
    assert p_e == pytest.approx(0.213, abs=5e-4)
    assert fleiss_kappa(FLEISS_1971) == pytest.approx((p_bar - p_e) / (1 - p_e))


def test_fleiss_kappa_with_two_raters_equals_scotts_pi() -> None:
    # Two raters, 4 units, agreeing on 3: P̄ = pₒ = 0.75. Pooled shares 5/8 and 3/8 →
    # P̄e = 34/64 → κ = (0.75 − 34/64)/(1 − 34/64) = 14/30.
    counts = [[2, 0], [0, 2], [2, 0], [1, 1]]
    assert fleiss_kappa(counts) == pytest.approx(14 / 30)


def test_fleiss_kappa_degenerate_inputs() -> None:
    assert fleiss_kappa([[3, 0], [3, 0]]) == 1.0  # all in one category
    assert fleiss_kappa([[0, 3, 0]]) == 1.0
    assert fleiss_kappa([[2, 0], [0, 2]]) == 1.0
    with pytest.raises(ValidationError):
        fleiss_kappa([])
    with pytest.raises(ValidationError):
        fleiss_kappa([[2, 1], [1, 1]])  # different numbers of ratings
    with pytest.raises(ValidationError):
        fleiss_kappa([[1, 0], [0, 1]])  # one rating per unit
    with pytest.raises(ValidationError):
        fleiss_kappa([[2, -1, 1]])
    with pytest.raises(ValidationError):
        fleiss_kappa([[2, 0], [2]])


# ---------------------------------------------------------------------------- Krippendorff

_ = None
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_alpha_canonical_example(level: str, expected: float) -> None:
    assert krippendorff_alpha(KRIPPENDORFF_2011, level) == pytest.approx(expected, abs=5e-4)


def test_krippendorff_nominal_by_hand() -> None:
    # Unit 12 has one value and drops out: n = 40 pairable values, n_c = 9, 13, 10, 5, 3 for
    # the values 1…5. Off-diagonal coincidences: unit 2 (2,2,3,2) 6 pairs/3 = 2, unit 6
    # (1,2,3,4) 12/3 = 4, unit 8 (1,1,2,1) 6/3 = 2 → 8.
    # α = 1 − (n − 1)·8 / (n² − Σ n_c²) = 1 − 39·8/(1600 − 384) = 1 − 312/1216.
    assert krippendorff_alpha(KRIPPENDORFF_2011) == pytest.approx(1 - 312 / 1216)
    # Labels do not matter for nominal data.
    relabelled = [[None if v is None else "abcde"[v - 1] for v in row] for row in KRIPPENDORFF_2011]
    assert krippendorff_alpha(relabelled) == krippendorff_alpha(KRIPPENDORFF_2011)


def test_krippendorff_two_observers_without_missing_values() -> None:
    # Krippendorff 2011, section A: binary data, two observers, 10 units → α = 0.095.
    first = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    second = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha([first, second]) == pytest.approx(0.095, abs=5e-4)
    # Section B: nominal data, two observers, 12 units → α = 0.692.
    a = ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"]
    b = ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"]
    assert krippendorff_alpha([a, b]) == pytest.approx(0.692, abs=5e-4)


def test_krippendorff_degenerate_inputs() -> None:
    assert krippendorff_alpha([[1, 1, 1], [1, 1, 1]]) == 1.0  # one value throughout
    assert krippendorff_alpha([[1, 2, 3], [1, 2, 3]], "interval") == 1.0
    # Units with a single value are not pairable; nothing pairable at all is an error.
    with pytest.raises(ValidationError):
        krippendorff_alpha([[1, None], [None, 2]])
    with pytest.raises(ValidationError):
        krippendorff_alpha([])
    with pytest.raises(ValidationError):
        krippendorff_alpha([[1, 2], [1]])
    with pytest.raises(ValidationError):
        krippendorff_alpha([[1, 2], [1, 2]], "fuzzy")
    with pytest.raises(ValidationError):
        krippendorff_alpha([["x", 2], ["y", 2]], "interval")
    with pytest.raises(ValidationError):
        krippendorff_alpha([[-1, 2], [1, 2]], "ratio")


# ---------------------------------------------------------------------------- Wilson


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (29, 29, 0.8830, 1.0),
    ],
)
def test_wilson_newcombe_examples(successes: int, n: int, low: float, high: float) -> None:
    interval = wilson_interval(successes, n)
    assert interval.low == pytest.approx(low, abs=5e-5)
    assert interval.high == pytest.approx(high, abs=5e-5)


def test_wilson_ends_and_confidence() -> None:
    assert wilson_interval(0, 5).low == 0.0
    assert wilson_interval(5, 5).high == 1.0
    narrow = wilson_interval(40, 50, 0.90)
    wide = wilson_interval(40, 50, 0.99)
    assert wide.low < narrow.low < 0.8 < narrow.high < wide.high
    low, high = wilson_interval(1, 2)  # a plain tuple too
    assert low < 0.5 < high


def test_wilson_rejects_bad_input() -> None:
    for args in [(0, 0), (3, 2), (-1, 5), (1.5, 5), (1, 5, 1.0), (1, 5, 0), (1, 5, "0.95")]:
        with pytest.raises(ValidationError):
            wilson_interval(*args)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=5000), st.data())
def test_wilson_is_within_unit_interval_and_holds_the_rate(n: int, data: st.DataObject) -> None:
    successes = data.draw(st.integers(min_value=0, max_value=n))
    confidence = data.draw(st.sampled_from([0.8, 0.9, 0.95, 0.99]))
    low, high = wilson_interval(successes, n, confidence)
    assert 0.0 <= low <= successes / n <= high <= 1.0
    assert low < high


@settings(max_examples=200, deadline=None)
@given(
    st.floats(min_value=0, max_value=1),
    st.floats(min_value=0.5, max_value=1e6),
)
def test_wilson_for_fractional_sizes_holds_the_rate(rate: float, n: float) -> None:
    low, high = wilson_for_rate(rate, n)
    assert 0.0 <= low <= rate <= high <= 1.0
