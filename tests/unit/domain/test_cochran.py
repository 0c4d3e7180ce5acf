"""Cochran's sample size (DESIGN §4) against worked examples.

n0 = z² p(1 − p)/e², n = n0/(1 + (n0 − 1)/N), rounded up. The classic figures: 95 %, ±5 %,
p = 0.5 gives n0 = 1.96² · 0.25 / 0.05² ≈ 384.15 → 385 for a very large population (with
the exact z = 1.959964…, n0 = 384.146); 99 % → 664, 90 % → 271, ±3 % → 1,068. The same
formula gives the Krejcie–Morgan table's 80 for N = 100, 132 for 200, 278 for 1,000 and 370
for 10,000 (each computed by hand below).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.sampling import cochran_sample_size
from qa_desk.domain.sampling.cochran import cochran_n0, z_value


def test_z_and_n0_of_the_textbook_case() -> None:
    assert z_value(0.95) == pytest.approx(1.959964, abs=1e-6)
    assert cochran_n0() == pytest.approx(384.146, abs=1e-3)
    # With the rounded z = 1.96 of the textbooks: 3.8416 · 0.25 / 0.0025 = 384.16.
    assert cochran_n0() == pytest.approx(1.96**2 * 0.25 / 0.05**2, abs=0.02)


@pytest.mark.parametrize(
    ("confidence", "margin", "proportion", "expected"),
    [
        (0.95, 0.05, 0.5, 385),  # 384.15 → 385
        (0.99, 0.05, 0.5, 664),  # 2.5758² · 0.25 / 0.0025 = 663.5 → 664
        (0.90, 0.05, 0.5, 271),  # 1.6449² · 0.25 / 0.0025 = 270.6 → 271
        (0.95, 0.03, 0.5, 1068),  # 3.8415 · 0.25 / 0.0009 = 1067.1 → 1068
        (0.95, 0.10, 0.5, 97),  # 3.8415 · 0.25 / 0.01 = 96.04 → 97
        (0.95, 0.05, 0.2, 246),  # 3.8415 · 0.16 / 0.0025 = 245.9 → 246
        (0.95, 0.05, 0.9, 139),  # 3.8415 · 0.09 / 0.0025 = 138.3 → 139
    ],
)
def test_large_population(
    confidence: float, margin: float, proportion: float, expected: int
) -> None:
    assert cochran_sample_size(None, confidence, margin, proportion) == expected
    assert cochran_sample_size(10**12, confidence, margin, proportion) == expected


@pytest.mark.parametrize(
    ("population", "expected"),
    [
        (100, 80),  # 384.146 / (1 + 383.146/100) = 384.146 / 4.83146 = 79.51 → 80
        (200, 132),  # 384.146 / 2.91573 = 131.75 → 132
        (500, 218),  # 384.146 / 1.76629 = 217.49 → 218
        (1_000, 278),  # 384.146 / 1.38315 = 277.73 → 278
        (10_000, 370),  # 384.146 / 1.03831 = 369.97 → 370
        (100_000, 383),  # 384.146 / 1.00383 = 382.68 → 383
    ],
)
def test_finite_population_correction(population: int, expected: int) -> None:
    assert cochran_sample_size(population) == expected


def test_small_populations() -> None:
    assert cochran_sample_size(0) == 0
    assert cochran_sample_size(1) == 1
    assert cochran_sample_size(2) == 2
    # 384.146 / (1 + 383.146/10) = 9.77 → 10: a tiny population is inspected in full.
    assert cochran_sample_size(10) == 10
    # 384.146 / (1 + 383.146/50) = 44.34 → 45
    assert cochran_sample_size(50) == 45


def test_rounding_up_does_not_add_a_record_for_float_noise() -> None:
    # z² p(1−p)/e² is exactly 50 here in real numbers; in floats it lands a hair above.
    z = z_value(0.95)
    margin = (z * z * 0.25 / 50) ** 0.5
    assert cochran_n0(0.95, margin) > 50
    assert cochran_sample_size(None, 0.95, margin) == 50


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"population": -1}, "population"),
        ({"population": 2.5}, "population"),
        ({"population": True}, "population"),
        ({"population": 100, "confidence": 1.0}, "confidence"),
        ({"population": 100, "confidence": 0}, "confidence"),
        ({"population": 100, "confidence": 95}, "confidence"),
        ({"population": 100, "margin": 0}, "margin"),
        ({"population": 100, "margin": 1.5}, "margin"),
        ({"population": 100, "proportion": 0}, "proportion"),
        ({"population": 100, "proportion": 1}, "proportion"),
        ({"population": 100, "proportion": "0.5"}, "proportion"),
    ],
)
def test_bad_arguments(kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        cochran_sample_size(**kwargs)
    assert caught.value.field == field
    assert "\n" not in str(caught.value)


@settings(max_examples=200, deadline=None)
@given(
    population=st.integers(min_value=1, max_value=10**7),
    confidence=st.sampled_from([0.8, 0.9, 0.95, 0.99]),
    margin=st.sampled_from([0.01, 0.02, 0.05, 0.1]),
    proportion=st.floats(min_value=0.01, max_value=0.99),
)
def test_never_more_than_the_population_and_grows_with_it(
    population: int, confidence: float, margin: float, proportion: float
) -> None:
    n = cochran_sample_size(population, confidence, margin, proportion)
    assert 1 <= n <= population
    assert n <= cochran_sample_size(population + 1, confidence, margin, proportion)
    assert n <= cochran_sample_size(None, confidence, margin, proportion)
