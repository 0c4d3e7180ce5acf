"""Compiling a checklist version's automatic rules into a RuleSet, and running it.

``compile_ruleset`` validates every rule and its parameters, parses the packs the rules use,
builds one combined matcher per role, and fingerprints all of it: stored results carry the
fingerprint, so a change of a rule parameter or of a pack a rule uses makes them stale, and
nothing else does (labels, comments in packs, packs no rule uses).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qa_desk.domain.autocheck.matcher import Hit, RoleMatcher, Source
from qa_desk.domain.autocheck.model import ROLES, Conversation, Outcome, Turn
from qa_desk.domain.autocheck.packs import RulePack, parse_pack
from qa_desk.domain.autocheck.rule_types import RULE_TYPES, normalise_params
from qa_desk.domain.autocheck.rules import RULE_CLASSES, WAYBILL_PATTERN, Rule, Scoring
from qa_desk.domain.checklist import ChecklistSpec, ItemSpec
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

# Part of every fingerprint: raise it when a rule's behaviour changes, so that stored
# results are recomputed.
ENGINE_VERSION = 1


@dataclass(frozen=True)
class BoundRule:
    """One rule of a checklist version as compiled: its key, type, item and parameters."""

    key: str
    rule: str
    item_code: str | None
    params: Mapping[str, Any]  # normalised: every parameter, defaults filled in


class RuleSet:
    """The compiled automatic rules of one checklist version."""

    def __init__(
        self,
        rules: Sequence[Rule],
        bound: Sequence[BoundRule],
        matchers: Mapping[str, RoleMatcher],
        fingerprint: str,
    ) -> None:
        self._rules = tuple(rules)
        self._matchers = dict(matchers)
        self._by_key = {r.key: r for r in self._rules}
        # Sources scanned in more than one role: their hits come role by role, and are put
        # back in turn order.
        counts: dict[int, int] = {}
        for matcher in self._matchers.values():
            for source_id in matcher.sources:
                counts[source_id] = counts.get(source_id, 0) + 1
        self._multi_role = frozenset(s for s, n in counts.items() if n > 1)
        self.rules: tuple[BoundRule, ...] = tuple(bound)
        self.keys: tuple[str, ...] = tuple(r.key for r in self._rules)
        self.fingerprint = fingerprint

    def applies(self, key: str, channel: str) -> bool:
        """Whether rule ``key`` checks conversations of ``channel`` (False for unknown keys)."""
        rule = self._by_key.get(key)
        return rule is not None and channel in rule.channels

    def run(self, conv: Conversation) -> tuple[Outcome, ...]:
        """One Outcome per key, in ``keys`` order. Never raises."""
        try:
            turns = conv.turns
            channel = conv.channel
            if channel.__class__ is not str:
                raise TypeError(channel)
            hits, agents = self._scan(turns)
        except Exception:  # something that is not a conversation of turns: check what is
            try:
                turns, channel = _salvage(conv)
                hits, agents = self._scan(turns)
            except Exception:  # nothing usable at all
                turns, channel, hits, agents = (), "", {}, []
        out = []
        for rule in self._rules:
            if channel not in rule.channels:
                out.append(rule.na_channel)
                continue
            try:
                out.append(rule.evaluate(turns, hits, agents))
            except Exception:  # bad values in a turn (a text where a time belongs)
                out.append(rule.broken)
        return tuple(out)

    def _scan(self, turns: Sequence[Turn]) -> tuple[dict[int, list[Hit]], list[int]]:
        """The hits of every source (by source) and the indexes of the agent's turns.

        Each role's texts are gathered with their positions in the joined text, then each
        role's matcher scans them in one go.
        """
        hits: dict[int, list[Hit]] = {}
        agents: list[int] = []
        matchers = self._matchers
        # role -> (turn indexes, texts, start offsets, [offset of the next text])
        gathered: dict[str, tuple[list[int], list[str], list[int], list[int]]] = {}
        for index, turn in enumerate(turns):
            role = turn[1]
            if role == "agent":
                agents.append(index)
            text = turn[2]
            if not text:
                continue
            group = gathered.get(role)
            if group is None:
                if role not in matchers:
                    continue
                group = gathered[role] = ([], [], [], [0])
            group[0].append(index)
            group[1].append(text)
            group[2].append(group[3][0])
            group[3][0] += len(text) + 1
        for role, (indexes, texts, starts, _next) in gathered.items():
            matchers[role].scan(indexes, texts, starts, hits)
        if len(gathered) > 1:
            for source_id in self._multi_role & hits.keys():
                hits[source_id].sort()
        return hits, agents


def _salvage(conv: Any) -> tuple[tuple[Turn, ...], str]:
    """The usable turns of a malformed conversation (wrong types dropped or converted)."""
    channel = getattr(conv, "channel", "")
    channel = channel if isinstance(channel, str) else ""
    turns: list[Turn] = []
    try:
        for index, raw in enumerate(getattr(conv, "turns", ()) or ()):
            try:
                ref, role, text, at_ms, *rest = tuple(raw)
            except (TypeError, ValueError):
                continue
            end_ms = rest[0] if rest else None
            turns.append(
                Turn(
                    ref if isinstance(ref, int) else index,
                    role if isinstance(role, str) else "",
                    text if isinstance(text, str) else "",
                    at_ms if isinstance(at_ms, int) and not isinstance(at_ms, bool) else None,
                    end_ms if isinstance(end_ms, int) and not isinstance(end_ms, bool) else None,
                )
            )
    except Exception:  # an iterator that fails part way: keep what came
        pass
    return tuple(turns), channel


# ------------------------------------------------------------------ compiling
def compile_ruleset(spec: ChecklistSpec, packs: Mapping[str, str]) -> RuleSet:
    """The automatic rules of ``spec`` (items with an ``auto_rule``, then flag rules).

    ``packs`` maps pack names to pack texts (administrators' edits already in place of the
    shipped ones). Raises ValidationError for an unknown rule type, a bad parameter, an
    unknown pack or a pack with a bad line.
    """
    parsed: dict[str, RulePack] = {}
    wanted: list[tuple[str, str, ItemSpec | None, Mapping[str, Any]]] = []
    for _section, item in spec.items():
        if item.auto_rule:
            wanted.append((item.code, item.auto_rule, item, item.auto_params))
    for flag in spec.flag_rules:
        wanted.append((flag.key, flag.rule, None, flag.params))

    rules: list[Rule] = []
    bound: list[BoundRule] = []
    role_sources: dict[str, list[Source]] = {role: [] for role in ROLES}
    seen: set[str] = set()
    prints: list[Any] = []
    for key, rule_name, item, raw_params in wanted:
        if key in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The code {code} is used twice."), "key", code=key
            )
        seen.add(key)
        rule_type = RULE_TYPES.get(rule_name)
        if rule_type is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{code}: unknown automatic rule {rule}."),
                "auto_rule",
                code=key,
                rule=rule_name,
            )
        params = normalise_params(key, rule_type, raw_params or {}, packs)
        source_id = len(rules)
        phrases, regexes, roles = _words(key, rule_name, params, packs, parsed)
        args = (key, item, rule_type.channels, params)
        cls = RULE_CLASSES[rule_name]
        if roles:
            source = Source(source_id, tuple(phrases), tuple(regexes))
            for role in roles:
                role_sources[role].append(source)
            rules.append(cls(*args, source=source_id))  # type: ignore[call-arg]
        elif rule_name == "call_silence":
            rules.append(cls(*args, source=None))  # type: ignore[call-arg]
        else:
            rules.append(cls(*args))
        bound.append(BoundRule(key, rule_name, item.code if item else None, params))
        prints.append([key, rule_name, _scoring_print(item), params])

    used = sorted(parsed)
    fingerprint_data = {
        "engine": ENGINE_VERSION,
        "rules": prints,
        "packs": {name: [parsed[name].phrases, parsed[name].regexes] for name in used},
    }
    digest = hashlib.sha256(
        json.dumps(fingerprint_data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    ).hexdigest()
    matchers = {role: RoleMatcher(s) for role, s in role_sources.items() if s}
    return RuleSet(rules, bound, matchers, digest)


def _scoring_print(item: ItemSpec | None) -> list[Any] | None:
    """What of an item shapes suggested scores (not its text or guidance)."""
    if item is None:
        return None
    scoring = Scoring(item)
    return [scoring.kind, scoring.max_points, scoring.per, scoring.low]


def _pack(name: str, packs: Mapping[str, str], parsed: dict[str, RulePack]) -> RulePack:
    if name not in parsed:
        parsed[name] = parse_pack(name, packs[name])
    return parsed[name]


def _words(
    key: str,
    rule: str,
    params: Mapping[str, Any],
    packs: Mapping[str, str],
    parsed: dict[str, RulePack],
) -> tuple[list[str], list[str], list[str]]:
    """The phrases, regular expressions and roles a rule scans; no roles if it scans none."""
    phrases: list[str] = []
    regexes: list[str] = []
    if rule in ("forbidden_phrases", "risk_keywords", "required_phrases"):
        for name in params["packs"]:
            pack = _pack(name, packs, parsed)
            phrases += pack.phrases
            regexes += pack.regexes
        phrases += params["phrases"]
        regexes += params.get("regexes", [])
        roles = ["agent"] if rule == "required_phrases" else list(params["roles"])
        if not phrases and not regexes:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Rule {code} has no phrases to look for."),
                "auto_params",
                code=key,
            )
        return _unique(phrases), _unique(regexes), roles
    if rule == "call_silence":
        for name in params["hold_packs"]:
            pack = _pack(name, packs, parsed)
            phrases += pack.phrases
            regexes += pack.regexes
        return _unique(phrases), _unique(regexes), (["agent"] if phrases or regexes else [])
    if rule == "waybill_present":
        return [], [WAYBILL_PATTERN, *params["patterns"]], list(params["roles"])
    return [], [], []


def _unique(entries: list[str]) -> list[str]:
    return list(dict.fromkeys(entries))
