"""Automatic checks (智能质检规则): rules that read every conversation and suggest item
scores or flag records, driven by a checklist version and editable word lists (rule packs).

Standard library only; the service layer feeds it conversations read from the database.
"""

from __future__ import annotations

from qa_desk.domain.autocheck.engine import ENGINE_VERSION, BoundRule, RuleSet, compile_ruleset
from qa_desk.domain.autocheck.model import (
    CHANNELS,
    FAIL,
    FLAG,
    NA,
    PASS,
    ROLES,
    VERDICTS,
    Conversation,
    Evidence,
    Outcome,
    Turn,
    conversation_from_messages,
    conversation_from_segments,
)
from qa_desk.domain.autocheck.packs import (
    PACK_NAMES,
    PACKS_DIR,
    RulePack,
    check_regex,
    load_default_packs,
    parse_pack,
    valid_pack_name,
)
from qa_desk.domain.autocheck.rule_types import (
    PARAM_KINDS,
    RULE_TYPES,
    ParamSpec,
    RuleType,
    normalise_params,
)
from qa_desk.domain.autocheck.rules import WAYBILL_PATTERN, WAYBILL_SHAPES

__all__ = [
    "CHANNELS",
    "ENGINE_VERSION",
    "FAIL",
    "FLAG",
    "NA",
    "PACKS_DIR",
    "PACK_NAMES",
    "PARAM_KINDS",
    "PASS",
    "ROLES",
    "RULE_TYPES",
    "VERDICTS",
    "WAYBILL_PATTERN",
    "WAYBILL_SHAPES",
    "BoundRule",
    "Conversation",
    "Evidence",
    "Outcome",
    "ParamSpec",
    "RulePack",
    "RuleSet",
    "RuleType",
    "Turn",
    "check_regex",
    "compile_ruleset",
    "conversation_from_messages",
    "conversation_from_segments",
    "load_default_packs",
    "normalise_params",
    "parse_pack",
    "valid_pack_name",
]
