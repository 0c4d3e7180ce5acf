"""The size rules of a sampling plan: fixed, percent, per-agent quota, ISO 2859-1, Cochran."""

from __future__ import annotations

import pytest

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.sampling import SizeRule, sample_size


def test_fixed_is_capped_at_the_population() -> None:
    assert sample_size(SizeRule("fixed", n=50), 1_000).n == 50
    capped = sample_size(SizeRule("fixed", n=50), 30)
    assert capped.n == 30
    assert capped.params == {"population": 30, "requested": 50, "capped": True}


@pytest.mark.parametrize(
    ("percent", "population", "expected"),
    [(5, 1_000, 50), (5, 1_001, 51), (0.5, 999, 5), (2.5, 40, 1), (100, 7, 7), (0.1, 3, 1)],
)
def test_percent_rounds_up(percent: float, population: int, expected: int) -> None:
    decision = sample_size(SizeRule("percent", percent=percent), population)
    assert decision.n == expected
    assert decision.rule == "percent"


def test_percent_has_no_float_noise() -> None:
    # 0.07 × 100 is 7.000000000000001 in floats; 7 % of 100 is 7 records, not 8.
    assert sample_size(SizeRule("percent", percent=7), 100).n == 7
    assert sample_size(SizeRule("percent", percent=0.07), 10_000).n == 7


def test_per_agent_quota() -> None:
    strata = {"A0101": 40, "A0102": 3, "A0201": 10, "A0202": 0}
    decision = sample_size(SizeRule("per_agent", quota=5), 53, strata)
    assert decision.n == 5 + 3 + 5
    assert decision.params == {"population": 53, "quota": 5, "strata": 3, "short": ["A0102"]}


def test_iso2859_uses_the_population_as_the_lot() -> None:
    decision = sample_size(SizeRule("iso2859", aql="1.0", level="II"), 1_000)
    assert decision.n == 80
    assert decision.params == {
        "population": 1_000,
        "aql": "1.0",
        "level": "II",
        "code_letter": "J",
        "plan_letter": "J",
        "accept": 2,
        "reject": 3,
        "full_inspection": False,
    }
    arrow = sample_size(SizeRule("iso2859", aql=0.65), 50)
    assert (arrow.n, arrow.params["code_letter"], arrow.params["plan_letter"]) == (20, "D", "F")
    full = sample_size(SizeRule("iso2859", aql=0.65), 12)
    assert full.n == 12 and full.params["full_inspection"] is True
    assert sample_size(SizeRule("iso2859", aql=0.65), 0).n == 0


def test_cochran() -> None:
    decision = sample_size(SizeRule("cochran"), 1_000)
    assert decision.n == 278
    assert decision.params == {
        "population": 1_000,
        "confidence": 0.95,
        "margin": 0.05,
        "proportion": 0.5,
    }
    assert sample_size(SizeRule("cochran", confidence=0.99, margin=0.05), 10**9).n == 664


@pytest.mark.parametrize(
    ("rule", "population", "strata", "field"),
    [
        (SizeRule("quota"), 10, None, "kind"),
        (SizeRule("fixed", n=-1), 10, None, "n"),
        (SizeRule("fixed", n=5), -1, None, "population"),
        (SizeRule("percent", percent=0), 10, None, "percent"),
        (SizeRule("percent", percent=120), 10, None, "percent"),
        (SizeRule("percent", percent="x"), 10, None, "percent"),  # type: ignore[arg-type]
        (SizeRule("per_agent", quota=2), 10, None, "strata_sizes"),
        (SizeRule("per_agent", quota=2), 10, {"a": 4}, "strata_sizes"),
        (SizeRule("per_agent", quota=-2), 4, {"a": 4}, "quota"),
        (SizeRule("iso2859", aql=0.5), 10, None, "aql"),
        (SizeRule("iso2859", aql=1.0, level="V"), 10, None, "level"),
        (SizeRule("cochran", margin=0), 10, None, "margin"),
    ],
)
def test_bad_rules(rule: SizeRule, population: int, strata: dict | None, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        sample_size(rule, population, strata)
    assert caught.value.field == field
