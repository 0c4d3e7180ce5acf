"""Sampling in words: methods, size rules, what a rule gives for a population, and why a
record was drawn ("Stratified by agent A0101: 5 of 120 records").

The services and the domain hand over stable codes and their parameters; everything a user
reads is phrased and translated here (context "SamplingLabels").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from qa_desk.domain.sampling import SizeDecision, SizeRule

_CONTEXT = "SamplingLabels"

METHODS = {
    "random": QT_TRANSLATE_NOOP("SamplingLabels", "Simple random"),
    "stratified": QT_TRANSLATE_NOOP("SamplingLabels", "Stratified"),
    "risk": QT_TRANSLATE_NOOP("SamplingLabels", "Risk-weighted"),
    "mixed": QT_TRANSLATE_NOOP("SamplingLabels", "Mixed: random and risk"),
}

METHOD_HINTS = {
    "random": QT_TRANSLATE_NOOP(
        "SamplingLabels",
        "Every record of the population has the same chance. Pass rates estimated from the "
        "sample hold for the whole population.",
    ),
    "stratified": QT_TRANSLATE_NOOP(
        "SamplingLabels",
        "The population is split per agent or per vendor and each part gets its share of the "
        "sample, so that nobody is left out by chance.",
    ),
    "risk": QT_TRANSLATE_NOOP(
        "SamplingLabels",
        "Records with automatic-check failures and flags, risk words or low satisfaction are "
        "more likely to be drawn. Finds problems, but says nothing about the pass rate.",
    ),
    "mixed": QT_TRANSLATE_NOOP(
        "SamplingLabels",
        "A simple random part, which estimates the pass rate, plus a risk part, which looks "
        "for problems.",
    ),
}

SIZE_RULES = {
    "fixed": QT_TRANSLATE_NOOP("SamplingLabels", "Fixed number of records"),
    "percent": QT_TRANSLATE_NOOP("SamplingLabels", "Percentage of the population"),
    "per_agent": QT_TRANSLATE_NOOP("SamplingLabels", "Quota per agent"),
    "iso2859": QT_TRANSLATE_NOOP("SamplingLabels", "ISO 2859-1 (AQL)"),
    "cochran": QT_TRANSLATE_NOOP("SamplingLabels", "Cochran (confidence and margin)"),
}

STRATIFY_BY = {
    "agent": QT_TRANSLATE_NOOP("SamplingLabels", "Agent"),
    "vendor": QT_TRANSLATE_NOOP("SamplingLabels", "Vendor"),
}

ALLOCATIONS = {
    "proportional": QT_TRANSLATE_NOOP("SamplingLabels", "Proportional to size"),
    "equal": QT_TRANSLATE_NOOP("SamplingLabels", "Equal per stratum"),
}

PARTS = {
    "random": QT_TRANSLATE_NOOP("SamplingLabels", "Random"),
    "risk": QT_TRANSLATE_NOOP("SamplingLabels", "Risk"),
}

PURPOSES = {
    "routine": QT_TRANSLATE_NOOP("SamplingLabels", "Routine"),
    "follow_up": QT_TRANSLATE_NOOP("SamplingLabels", "Follow-up"),
}

INSPECTION_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("SamplingLabels", "Being scored"),
    "submitted": QT_TRANSLATE_NOOP("SamplingLabels", "Done"),
    "reopened": QT_TRANSLATE_NOOP("SamplingLabels", "Reopened"),
}

CONFIDENCES = (0.90, 0.95, 0.99)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _label(table: Mapping[str, str], code: str | None) -> str:
    """Unknown codes show as themselves rather than as nothing."""
    if code is None:
        return ""
    return _tr(table[code]) if code in table else str(code)


def method_label(code: str) -> str:
    return _label(METHODS, code)


def method_hint(code: str) -> str:
    return _label(METHOD_HINTS, code)


def size_rule_label(code: str) -> str:
    return _label(SIZE_RULES, code)


def stratify_label(code: str) -> str:
    return _label(STRATIFY_BY, code)


def allocation_label(code: str) -> str:
    return _label(ALLOCATIONS, code)


def part_label(code: str) -> str:
    return _label(PARTS, code)


def purpose_label(code: str) -> str:
    return _label(PURPOSES, code)


def status_label(code: str | None) -> str:
    if code is None:
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Not started"))
    return _label(INSPECTION_STATUSES, code)


def number(value: int) -> str:
    """A count with the locale's digit grouping (1,240 / 1 240)."""
    return QLocale().toString(int(value))


def decimal(value: float, places: int = 1) -> str:
    """A number with at most ``places`` decimals, trailing zeros dropped (5, 2.5)."""
    text = QLocale().toString(float(value), "f", places)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def percent(fraction: float, places: int = 1) -> str:
    return f"{decimal(fraction * 100, places)} %"


# ------------------------------------------------------------------ plans
def size_rule_summary(rule: SizeRule, stratify_by: str = "agent") -> str:
    """The rule in a few words, for the list of saved plans."""
    if rule.kind == "fixed":
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "{0} records")).format(number(rule.n))
    if rule.kind == "percent":
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "{0} of the population")).format(
            f"{decimal(rule.percent)} %"
        )
    if rule.kind == "per_agent":
        if stratify_by == "vendor":
            return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "{0} per vendor")).format(
                number(rule.quota)
            )
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "{0} per agent")).format(number(rule.quota))
    if rule.kind == "iso2859":
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "ISO 2859-1 level {0}, AQL {1}")).format(
            rule.level, rule.aql
        )
    if rule.kind == "cochran":
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Cochran {0} confidence, ±{1}")).format(
            percent(rule.confidence), percent(rule.margin)
        )
    return str(rule.kind)


def method_summary(
    method: str,
    stratify_by: str = "agent",
    allocation: str = "proportional",
    minimum: int = 0,
    risk_share: float = 0.2,
) -> str:
    """The method with its options in a few words (plans and samples lists)."""
    if method == "stratified":
        if stratify_by == "vendor":
            text = _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Stratified by vendor, {0}"))
        else:
            text = _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Stratified by agent, {0}"))
        text = text.format(allocation_label(allocation).lower())
        if minimum:
            text += _tr(QT_TRANSLATE_NOOP("SamplingLabels", ", at least {0} each")).format(
                number(minimum)
            )
        return text
    if method == "mixed":
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Mixed: {0} random, {1} risk")).format(
            percent(1 - risk_share, 0), percent(risk_share, 0)
        )
    return method_label(method)


# ------------------------------------------------------------------ size decisions
def size_explanation(decision: SizeDecision, stratify_by: str = "agent") -> str:
    """What a size rule gives for the population, in one line, e.g. "ISO 2859-1 level II,
    AQL 1.0: lot 1,240 → code letter K, n = 125, Ac 3 / Re 4"."""
    params = decision.params
    population = int(params.get("population", 0))  # type: ignore[call-overload]
    n = decision.n
    if population == 0:
        return _tr(
            QT_TRANSLATE_NOOP(
                "SamplingLabels", "No record matches the population: there is nothing to draw."
            )
        )
    if decision.rule == "fixed":
        requested = int(params.get("requested", n))  # type: ignore[call-overload]
        if params.get("capped"):
            return _tr(
                QT_TRANSLATE_NOOP(
                    "SamplingLabels",
                    "Fixed: {0} asked, but the population holds only {1}; all of them are drawn.",
                )
            ).format(number(requested), number(population))
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Fixed: n = {0} of {1} records.")).format(
            number(n), number(population)
        )
    if decision.rule == "percent":
        share = f"{decimal(float(params.get('percent', 0)))} %"  # type: ignore[arg-type]
        return _tr(
            QT_TRANSLATE_NOOP("SamplingLabels", "{0} of {1} records, rounded up: n = {2}.")
        ).format(share, number(population), number(n))
    if decision.rule == "per_agent":
        quota = number(int(params.get("quota", 0)))  # type: ignore[call-overload]
        strata = number(int(params.get("strata", 0)))  # type: ignore[call-overload]
        short = params.get("short") or []
        if stratify_by == "vendor":
            text = _tr(
                QT_TRANSLATE_NOOP("SamplingLabels", "{0} per vendor over {1} vendors: n = {2}.")
            )
        else:
            text = _tr(
                QT_TRANSLATE_NOOP("SamplingLabels", "{0} per agent over {1} agents: n = {2}.")
            )
        text = text.format(quota, strata, number(n))
        if short:
            count = len(short)  # type: ignore[arg-type]
            text += " " + _tr(
                QT_TRANSLATE_NOOP("SamplingLabels", "{0} with fewer records give all they have.")
            ).format(number(count))
        return text
    if decision.rule == "iso2859":
        return iso_explanation(params, n, population)
    if decision.rule == "cochran":
        return _tr(
            QT_TRANSLATE_NOOP(
                "SamplingLabels",
                "Cochran, {0} confidence, margin ±{1}, p = {2}: N = {3} → n = {4}.",
            )
        ).format(
            percent(float(params.get("confidence", 0.95)), 0),  # type: ignore[arg-type]
            percent(float(params.get("margin", 0.05))),  # type: ignore[arg-type]
            decimal(float(params.get("proportion", 0.5)), 2),  # type: ignore[arg-type]
            number(population),
            number(n),
        )
    return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "n = {0} of {1} records.")).format(
        number(n), number(population)
    )


def iso_explanation(params: Mapping[str, object], n: int, population: int) -> str:
    head = _tr(
        QT_TRANSLATE_NOOP(
            "SamplingLabels", "ISO 2859-1 level {0}, AQL {1}: lot {2} → code letter {3}"
        )
    ).format(
        params.get("level", ""),
        params.get("aql", ""),
        number(population),
        params.get("code_letter", ""),
    )
    plan_letter = params.get("plan_letter")
    if plan_letter and plan_letter != params.get("code_letter"):
        # The table's cell is an arrow: the plan of the row it points to applies.
        head += " " + _tr(QT_TRANSLATE_NOOP("SamplingLabels", "(arrow to {0})")).format(plan_letter)
    accept_reject = _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Ac {0} / Re {1}")).format(
        params.get("accept", ""), params.get("reject", "")
    )
    if params.get("full_inspection"):
        return _tr(
            QT_TRANSLATE_NOOP(
                "SamplingLabels", "{0}: the plan's sample is the whole lot; all {1} records, {2}."
            )
        ).format(head, number(population), accept_reject)
    return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "{0}, n = {1}, {2}.")).format(
        head, number(n), accept_reject
    )


# ------------------------------------------------------------------ why a record was drawn
_SIGNALS = {
    "flag": QT_TRANSLATE_NOOP("SamplingLabels", "{0} automatic flags"),
    "flag_one": QT_TRANSLATE_NOOP("SamplingLabels", "1 automatic flag"),
    "risk": QT_TRANSLATE_NOOP("SamplingLabels", "risk words"),
    "risk_among": QT_TRANSLATE_NOOP("SamplingLabels", "{0}, risk words among them"),
    "risk_only": QT_TRANSLATE_NOOP("SamplingLabels", "risk words flagged"),
    "csat": QT_TRANSLATE_NOOP("SamplingLabels", "satisfaction {0}"),
}


def _signal_text(signal: object) -> str:
    """One risk signal as the sampling service states it: "flags:N" (failed or flagged
    automatic checks), "risk" (risk words were found), "csat:N" (a low satisfaction)."""
    text = str(signal)
    code, _sep, value = text.partition(":")
    if code == "flags":
        if value == "0":
            return ""
        if value == "1":
            return _tr(_SIGNALS["flag_one"])
        return _tr(_SIGNALS["flag"]).format(value)
    if code == "risk":
        return _tr(_SIGNALS["risk"])
    if code == "csat":
        return _tr(_SIGNALS["csat"]).format(value)
    return text


def reason_text(reason: Mapping[str, Any] | None) -> str:
    """Why a record was drawn, for people (the stored reason's code and parameters)."""
    if not reason:
        return ""
    code = reason.get("code")
    picked = reason.get("picked")
    of = reason.get("of")
    counts = (
        (number(int(picked)), number(int(of))) if picked is not None and of is not None else None
    )
    if code == "random" and counts:
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Simple random: {0} of {1} records")).format(
            *counts
        )
    if code == "stratified" and counts:
        stratum = str(reason.get("stratum", ""))
        if reason.get("by") == "vendor":
            return _tr(
                QT_TRANSLATE_NOOP("SamplingLabels", "Stratified by vendor {0}: {1} of {2} records")
            ).format(stratum, *counts)
        return _tr(
            QT_TRANSLATE_NOOP("SamplingLabels", "Stratified by agent {0}: {1} of {2} records")
        ).format(stratum, *counts)
    if code == "risk":
        signals = reason.get("signals") or []
        if isinstance(signals, str):
            signals = [signals]
        codes = [str(s).partition(":")[0] for s in signals]
        flagged = "flags" in codes and "risk" in codes
        parts = []
        for signal, code in zip(signals, codes, strict=True):
            if code == "risk" and flagged:
                continue  # the risk words' flag is one of the flags counted
            text = _signal_text(signal)
            if code == "flags" and flagged:
                one = str(signal).partition(":")[2] == "1"
                text = (
                    _tr(_SIGNALS["risk_only"]) if one else _tr(_SIGNALS["risk_among"]).format(text)
                )
            if text:
                parts.append(text)
        if parts:
            return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Risk: {0}")).format(", ".join(parts))
        return _tr(QT_TRANSLATE_NOOP("SamplingLabels", "Risk score {0}")).format(
            decimal(float(reason.get("score", 0)), 1)
        )
    if code == "fill" and counts:
        return _tr(
            QT_TRANSLATE_NOOP(
                "SamplingLabels", "Risk part, no risk signal left: at random, {0} of {1} records"
            )
        ).format(*counts)
    return json.dumps(dict(reason), ensure_ascii=False, sort_keys=True)
