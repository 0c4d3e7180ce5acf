"""Sampling: ISO 2859-1 plans, Cochran sample sizes, size rules and reproducible draws.

Pure domain code (standard library only); the sampling service feeds it candidates and
stores what it returns.
"""

from __future__ import annotations

from qa_desk.domain.sampling.cochran import cochran_sample_size
from qa_desk.domain.sampling.draw import (
    Candidate,
    Draw,
    DrawSpec,
    Outcome,
    PassRateEstimate,
    Pick,
    allocate,
    draw,
    estimate_pass_rate,
    strata_sizes,
)
from qa_desk.domain.sampling.iso2859 import Iso2859Plan, code_letter, iso2859_plan
from qa_desk.domain.sampling.size import SizeDecision, SizeRule, sample_size

__all__ = [
    "Candidate",
    "Draw",
    "DrawSpec",
    "Iso2859Plan",
    "Outcome",
    "PassRateEstimate",
    "Pick",
    "SizeDecision",
    "SizeRule",
    "allocate",
    "cochran_sample_size",
    "code_letter",
    "draw",
    "estimate_pass_rate",
    "iso2859_plan",
    "sample_size",
    "strata_sizes",
]
