"""The automatic rule types, their parameters, and the checking of parameter values.

``RULE_TYPES`` is what the checklist editor builds its parameter form from and what
``compile_ruleset`` validates a checklist's ``auto_params`` / flag rule ``params`` against.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from qa_desk.domain.autocheck.model import ROLES
from qa_desk.domain.autocheck.packs import check_regex
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

# Parameter kinds: a number, a text, one of ``choices``, or a list of pack names, of
# phrases (or regular expressions when ``regex``), or of conversation roles.
PARAM_KINDS = ("int", "float", "str", "packs", "phrases", "roles", "choice")
LIST_KINDS = frozenset({"packs", "phrases", "roles"})
BOTH = frozenset({"chat", "call"})
CHAT = frozenset({"chat"})
CALL = frozenset({"call"})


@dataclass(frozen=True)
class ParamSpec:
    name: str
    kind: str  # one of PARAM_KINDS
    default: Any  # lists are given as tuples
    choices: tuple[str, ...] = ()
    minimum: float | None = None  # numbers: the smallest allowed value
    regex: bool = False  # "phrases" whose entries are regular expressions


@dataclass(frozen=True)
class RuleType:
    name: str
    channels: frozenset[str]
    params: tuple[ParamSpec, ...]
    item_bound: bool  # True: normally scores an item; False: normally a record flag

    def param(self, name: str) -> ParamSpec | None:
        for spec in self.params:
            if spec.name == name:
                return spec
        return None

    def defaults(self) -> dict[str, Any]:
        return {p.name: list(p.default) if p.kind in LIST_KINDS else p.default for p in self.params}


def _types(*types: RuleType) -> dict[str, RuleType]:
    return {t.name: t for t in types}


RULE_TYPES: dict[str, RuleType] = _types(
    RuleType(
        "forbidden_phrases",
        BOTH,
        (
            ParamSpec("packs", "packs", ()),
            ParamSpec("phrases", "phrases", ()),
            ParamSpec("regexes", "phrases", (), regex=True),
            ParamSpec("roles", "roles", ("agent",)),
        ),
        True,
    ),
    RuleType(
        "required_phrases",
        BOTH,
        (
            ParamSpec("packs", "packs", ()),
            ParamSpec("phrases", "phrases", ()),
            ParamSpec("position", "choice", "first", ("first", "last", "any")),
            ParamSpec("turns", "int", 2, minimum=1),
        ),
        True,
    ),
    RuleType("first_response", CHAT, (ParamSpec("limit_s", "float", 30.0, minimum=0),), True),
    RuleType("reply_gap", CHAT, (ParamSpec("limit_s", "float", 60.0, minimum=0),), True),
    RuleType(
        "call_silence",
        CALL,
        (
            ParamSpec("limit_s", "float", 20.0, minimum=0),
            ParamSpec("hold_packs", "packs", ("hold",)),
            ParamSpec("hold_max_s", "float", 120.0, minimum=0),
        ),
        True,
    ),
    RuleType(
        "overtalk",
        CALL,
        (
            ParamSpec("min_overlap_s", "float", 1.0, minimum=0),
            ParamSpec("max_count", "int", 1, minimum=0),
        ),
        False,
    ),
    RuleType(
        "speech_rate",
        CALL,
        (
            ParamSpec("max_cpm", "float", 300.0, minimum=1),
            ParamSpec("min_cpm", "float", 0.0, minimum=0),
        ),
        False,
    ),
    RuleType(
        "waybill_present",
        BOTH,
        (
            ParamSpec("patterns", "phrases", (), regex=True),
            ParamSpec("roles", "roles", ("agent", "customer")),
        ),
        True,
    ),
    RuleType(
        "risk_keywords",
        BOTH,
        (
            ParamSpec("packs", "packs", ("risk",)),
            ParamSpec("phrases", "phrases", ()),
            ParamSpec("roles", "roles", ("customer",)),
        ),
        False,
    ),
)


# ------------------------------------------------------------------ parameter values
def _bad(template: str, key: str, param: str, **extra: Any) -> ValidationError:
    return ValidationError(template, "auto_params", code=key, param=param, **extra)


_NOT_TEXTS = QT_TRANSLATE_NOOP("Errors", "Rule {code}: parameter {param} must be a list of texts.")
_NOT_NUMBER = QT_TRANSLATE_NOOP("Errors", "Rule {code}: parameter {param} must be a number.")


def _strings(key: str, spec: ParamSpec, value: Any) -> list[str]:
    """A list of texts; one text is taken as a list of one. Blank entries are dropped, and
    phrases are one per line (an entry holding several lines is several phrases)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        raise _bad(_NOT_TEXTS, key, spec.name)
    out: list[str] = []
    for entry in value:
        if not isinstance(entry, str):
            raise _bad(_NOT_TEXTS, key, spec.name)
        lines = [entry] if spec.regex or spec.kind != "phrases" else entry.splitlines()
        for line in lines:
            line = line.strip()
            if line and line not in out:
                out.append(line)
    return out


def _number(key: str, spec: ParamSpec, value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _bad(_NOT_NUMBER, key, spec.name)
    if spec.kind == "int":
        if isinstance(value, float) and not value.is_integer():
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "Errors", "Rule {code}: parameter {param} must be a whole number."
                ),
                key,
                spec.name,
            )
        value = int(value)
    else:
        value = float(value)
    if spec.minimum is not None and value < spec.minimum:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Errors", "Rule {code}: parameter {param} must be at least {minimum}."
            ),
            key,
            spec.name,
            minimum=f"{spec.minimum:g}",
        )
    return value


def _entries(key: str, spec: ParamSpec, value: Any, packs: Mapping[str, object]) -> list[str]:
    entries = _strings(key, spec, value)
    if spec.kind == "packs":
        for name in entries:
            if name not in packs:
                raise _bad(
                    QT_TRANSLATE_NOOP("Errors", "Rule {code}: unknown rule pack {pack}."),
                    key,
                    spec.name,
                    pack=name,
                )
    elif spec.kind == "roles":
        for role in entries:
            if role not in ROLES:
                raise _bad(
                    QT_TRANSLATE_NOOP("Errors", "Rule {code}: unknown role {role}."),
                    key,
                    spec.name,
                    role=role,
                )
        if not entries:
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "Rule {code}: parameter {param} needs a role."),
                key,
                spec.name,
            )
    elif spec.regex:
        for pattern in entries:
            reason = check_regex(pattern)
            if reason is not None:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Rule {code}: bad regular expression {pattern} in {param}: {reason}",
                    ),
                    key,
                    spec.name,
                    pattern=pattern,
                    reason=reason,
                )
    return entries


def normalise_params(
    key: str, rule: RuleType, params: Mapping[str, Any], packs: Mapping[str, object]
) -> dict[str, Any]:
    """``params`` checked against ``rule`` with every default filled in.

    Lists come back as lists of unique stripped texts, numbers as int or float, so that two
    spellings of the same rule give the same fingerprint. ``packs`` holds the known pack
    names. Raises ValidationError naming the rule and the parameter.
    """
    if not isinstance(params, Mapping):
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Rule {code}: the parameters must be a mapping."),
            key,
            "",
        )
    for name in params:
        if rule.param(str(name)) is None:
            raise _bad(
                QT_TRANSLATE_NOOP("Errors", "Rule {code}: unknown parameter {param}."),
                key,
                str(name),
            )
    out: dict[str, Any] = {}
    for spec in rule.params:
        value = params.get(spec.name, spec.default)
        if spec.kind in ("int", "float"):
            out[spec.name] = _number(key, spec, value)
        elif spec.kind == "str":
            if not isinstance(value, str):
                raise _bad(
                    QT_TRANSLATE_NOOP("Errors", "Rule {code}: parameter {param} must be a text."),
                    key,
                    spec.name,
                )
            out[spec.name] = value.strip()
        elif spec.kind == "choice":
            if not isinstance(value, str) or value not in spec.choices:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Rule {code}: parameter {param} must be one of {choices}."
                    ),
                    key,
                    spec.name,
                    choices=", ".join(spec.choices),
                )
            out[spec.name] = value
        else:
            out[spec.name] = _entries(key, spec, value, packs)
    if rule.name == "speech_rate" and out["min_cpm"] > out["max_cpm"]:
        raise _bad(
            QT_TRANSLATE_NOOP("Errors", "Rule {code}: min_cpm must not be above max_cpm."),
            key,
            "min_cpm",
        )
    return out
