"""Translated names for the codes of checklists: statuses, kinds, critical levels, channels,
automatic rule types and their parameters, word lists, speakers and the fields a version diff
names. Unknown codes show as themselves rather than as nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desk.ui.models.labels import yes_no

_CONTEXT = "ChecklistLabels"

STATUSES = {
    "draft": QT_TRANSLATE_NOOP("ChecklistLabels", "Draft"),
    "published": QT_TRANSLATE_NOOP("ChecklistLabels", "Published"),
    "retired": QT_TRANSLATE_NOOP("ChecklistLabels", "Retired"),
}

KINDS = {
    "binary": QT_TRANSLATE_NOOP("ChecklistLabels", "Yes / no"),
    "scale": QT_TRANSLATE_NOOP("ChecklistLabels", "Scale"),
    "deduction": QT_TRANSLATE_NOOP("ChecklistLabels", "Deduction"),
}

CRITICAL = {
    "none": QT_TRANSLATE_NOOP("ChecklistLabels", "Not critical"),
    "section": QT_TRANSLATE_NOOP("ChecklistLabels", "Fails its section"),
    "all": QT_TRANSLATE_NOOP("ChecklistLabels", "Fails the whole inspection"),
}

# None (both channels) is stored as no channel at all.
CHANNELS: dict[str | None, str] = {
    None: QT_TRANSLATE_NOOP("ChecklistLabels", "Chats and calls"),
    "chat": QT_TRANSLATE_NOOP("ChecklistLabels", "Chats only"),
    "call": QT_TRANSLATE_NOOP("ChecklistLabels", "Calls only"),
}

RULE_TYPES = {
    "forbidden_phrases": QT_TRANSLATE_NOOP("ChecklistLabels", "Forbidden phrases"),
    "required_phrases": QT_TRANSLATE_NOOP("ChecklistLabels", "Required phrases"),
    "first_response": QT_TRANSLATE_NOOP("ChecklistLabels", "First response time"),
    "reply_gap": QT_TRANSLATE_NOOP("ChecklistLabels", "Reply gaps"),
    "call_silence": QT_TRANSLATE_NOOP("ChecklistLabels", "Call silence"),
    "overtalk": QT_TRANSLATE_NOOP("ChecklistLabels", "Overtalk"),
    "speech_rate": QT_TRANSLATE_NOOP("ChecklistLabels", "Speech rate"),
    "waybill_present": QT_TRANSLATE_NOOP("ChecklistLabels", "Waybill number present"),
    "risk_keywords": QT_TRANSLATE_NOOP("ChecklistLabels", "Risk keywords"),
}

PARAMS = {
    "packs": QT_TRANSLATE_NOOP("ChecklistLabels", "Word lists"),
    "phrases": QT_TRANSLATE_NOOP("ChecklistLabels", "Extra phrases"),
    "regexes": QT_TRANSLATE_NOOP("ChecklistLabels", "Regular expressions"),
    "roles": QT_TRANSLATE_NOOP("ChecklistLabels", "Speakers"),
    "position": QT_TRANSLATE_NOOP("ChecklistLabels", "Where"),
    "turns": QT_TRANSLATE_NOOP("ChecklistLabels", "Within agent turns"),
    "limit_s": QT_TRANSLATE_NOOP("ChecklistLabels", "Limit (seconds)"),
    "hold_packs": QT_TRANSLATE_NOOP("ChecklistLabels", "Hold phrase lists"),
    "hold_max_s": QT_TRANSLATE_NOOP("ChecklistLabels", "Longest hold (seconds)"),
    "min_overlap_s": QT_TRANSLATE_NOOP("ChecklistLabels", "Shortest overlap (seconds)"),
    "max_count": QT_TRANSLATE_NOOP("ChecklistLabels", "Overlaps allowed"),
    "max_cpm": QT_TRANSLATE_NOOP("ChecklistLabels", "Most characters per minute"),
    "min_cpm": QT_TRANSLATE_NOOP("ChecklistLabels", "Fewest characters per minute"),
    "patterns": QT_TRANSLATE_NOOP("ChecklistLabels", "Extra number patterns"),
}

PARAM_TIPS = {
    "phrases": QT_TRANSLATE_NOOP("ChecklistLabels", "One phrase per line"),
    "regexes": QT_TRANSLATE_NOOP("ChecklistLabels", "One regular expression per line"),
    "patterns": QT_TRANSLATE_NOOP(
        "ChecklistLabels", "One regular expression per line, besides the common carriers' numbers"
    ),
}

CHOICES = {
    "first": QT_TRANSLATE_NOOP("ChecklistLabels", "In the first agent turns"),
    "last": QT_TRANSLATE_NOOP("ChecklistLabels", "In the last agent turns"),
    "any": QT_TRANSLATE_NOOP("ChecklistLabels", "Anywhere"),
}

PACKS = {
    "forbidden": QT_TRANSLATE_NOOP("ChecklistLabels", "Forbidden language"),
    "buck_passing": QT_TRANSLATE_NOOP("ChecklistLabels", "Buck-passing"),
    "greeting": QT_TRANSLATE_NOOP("ChecklistLabels", "Greetings"),
    "closing": QT_TRANSLATE_NOOP("ChecklistLabels", "Closings"),
    "hold": QT_TRANSLATE_NOOP("ChecklistLabels", "Hold phrases"),
    "risk": QT_TRANSLATE_NOOP("ChecklistLabels", "Risk keywords"),
    "privacy": QT_TRANSLATE_NOOP("ChecklistLabels", "Privacy"),
}

SPEAKERS = {
    "agent": QT_TRANSLATE_NOOP("ChecklistLabels", "Agent"),
    "customer": QT_TRANSLATE_NOOP("ChecklistLabels", "Customer"),
    "system": QT_TRANSLATE_NOOP("ChecklistLabels", "System"),
    "bot": QT_TRANSLATE_NOOP("ChecklistLabels", "Bot"),
}

RULE_CHANNELS = {
    "chat": QT_TRANSLATE_NOOP("ChecklistLabels", "Checks chats only."),
    "call": QT_TRANSLATE_NOOP("ChecklistLabels", "Checks calls only."),
}

# What a version diff reports (qa_desk.domain.checklist.Change).
CHANGE_KINDS = {
    "added": QT_TRANSLATE_NOOP("ChecklistLabels", "Added"),
    "removed": QT_TRANSLATE_NOOP("ChecklistLabels", "Removed"),
    "changed": QT_TRANSLATE_NOOP("ChecklistLabels", "Changed"),
    "moved": QT_TRANSLATE_NOOP("ChecklistLabels", "Moved"),
}

TARGETS = {
    "checklist": QT_TRANSLATE_NOOP("ChecklistLabels", "Checklist"),
    "section": QT_TRANSLATE_NOOP("ChecklistLabels", "Section"),
    "item": QT_TRANSLATE_NOOP("ChecklistLabels", "Item"),
}

FIELDS = {
    "name": QT_TRANSLATE_NOOP("ChecklistLabels", "Name"),
    "channel": QT_TRANSLATE_NOOP("ChecklistLabels", "Channel"),
    "pass_mark": QT_TRANSLATE_NOOP("ChecklistLabels", "Pass mark"),
    "description": QT_TRANSLATE_NOOP("ChecklistLabels", "Description"),
    "flag_rules": QT_TRANSLATE_NOOP("ChecklistLabels", "Record flags"),
    "weight": QT_TRANSLATE_NOOP("ChecklistLabels", "Weight"),
    "text": QT_TRANSLATE_NOOP("ChecklistLabels", "Text"),
    "guidance": QT_TRANSLATE_NOOP("ChecklistLabels", "Guidance"),
    "kind": QT_TRANSLATE_NOOP("ChecklistLabels", "Kind"),
    "max_points": QT_TRANSLATE_NOOP("ChecklistLabels", "Points"),
    "levels": QT_TRANSLATE_NOOP("ChecklistLabels", "Levels"),
    "per_occurrence": QT_TRANSLATE_NOOP("ChecklistLabels", "Deduction per occurrence"),
    "allows_na": QT_TRANSLATE_NOOP("ChecklistLabels", "N/A allowed"),
    "critical": QT_TRANSLATE_NOOP("ChecklistLabels", "Critical"),
    "penalty_amount": QT_TRANSLATE_NOOP("ChecklistLabels", "Penalty"),
    "auto_rule": QT_TRANSLATE_NOOP("ChecklistLabels", "Automatic rule"),
    "auto_params": QT_TRANSLATE_NOOP("ChecklistLabels", "Rule parameters"),
    "position": QT_TRANSLATE_NOOP("ChecklistLabels", "Position"),
    "section": QT_TRANSLATE_NOOP("ChecklistLabels", "Section"),
}

NONE_TEXT = QT_TRANSLATE_NOOP("ChecklistLabels", "None")
EMPTY_TEXT = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _lookup(table: Mapping[Any, str], code: Any) -> str:
    return _tr(table[code]) if code in table else str(code)


def status_label(status: str) -> str:
    return _lookup(STATUSES, status)


def kind_label(kind: str) -> str:
    return _lookup(KINDS, kind)


def critical_label(level: str) -> str:
    return _lookup(CRITICAL, level)


def channel_label(channel: str | None) -> str:
    return _lookup(CHANNELS, channel)


def rule_label(rule: str | None) -> str:
    return _tr(NONE_TEXT) if not rule else _lookup(RULE_TYPES, rule)


def param_label(name: str) -> str:
    return _lookup(PARAMS, name)


def param_tip(name: str) -> str:
    return _tr(PARAM_TIPS[name]) if name in PARAM_TIPS else ""


def choice_label(choice: str) -> str:
    return _lookup(CHOICES, choice)


def pack_label(pack: str) -> str:
    return _lookup(PACKS, pack)


def speaker_label(role: str) -> str:
    return _lookup(SPEAKERS, role)


def rule_channels_note(channels: Sequence[str] | frozenset[str]) -> str:
    """What a rule type checks when it does not check every channel ("" when it does)."""
    only = sorted(set(channels))
    if len(only) == 1 and only[0] in RULE_CHANNELS:
        return _tr(RULE_CHANNELS[only[0]])
    return ""


def change_kind_label(kind: str) -> str:
    return _lookup(CHANGE_KINDS, kind)


def target_label(target: str) -> str:
    return _lookup(TARGETS, target)


def field_label(name: str) -> str:
    return _lookup(FIELDS, name) if name else ""


def number_text(value: float | Decimal | None) -> str:
    """2.0 as "2", 0.5 as "0.5": points and weights read as people write them."""
    if value is None:
        return ""
    number = float(value)
    if number == int(number) and abs(number) < 1e15:
        return str(int(number))
    return f"{number:g}"


def levels_text(levels: Sequence[float]) -> str:
    return ", ".join(number_text(v) for v in levels)


def param_value_text(name: str, value: Any) -> str:
    """One rule parameter as a user reads it: word lists and speakers by name."""
    if isinstance(value, list | tuple):
        if name in ("packs", "hold_packs"):
            return ", ".join(pack_label(str(v)) for v in value) or EMPTY_TEXT
        if name == "roles":
            return ", ".join(speaker_label(str(v)) for v in value) or EMPTY_TEXT
        return " | ".join(str(v) for v in value) or EMPTY_TEXT
    if name == "position":
        return choice_label(str(value))
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int | float | Decimal):
        return number_text(value)
    return str(value)


def params_text(params: Mapping[str, Any]) -> str:
    if not params:
        return EMPTY_TEXT
    return "; ".join(f"{param_label(k)}: {param_value_text(k, v)}" for k, v in params.items())


def field_value_text(field: str, value: Any) -> str:
    """A value of a diffed field (``Change.old`` / ``Change.new``) in the interface language."""
    if value is None:
        return EMPTY_TEXT if field != "auto_rule" else rule_label(None)
    if field == "channel":
        return channel_label(value)
    if field == "kind":
        return kind_label(str(value))
    if field == "critical":
        return critical_label(str(value))
    if field == "auto_rule":
        return rule_label(str(value))
    if field == "allows_na":
        return yes_no(bool(value))
    if field == "levels":
        return levels_text(value) or EMPTY_TEXT
    if field == "auto_params":
        return params_text(value)
    if field == "flag_rules":
        rules = [f"{r.key} ({rule_label(r.rule)})" for r in value]
        return ", ".join(rules) or EMPTY_TEXT
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int | float | Decimal):
        return number_text(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value) if str(value) else EMPTY_TEXT
