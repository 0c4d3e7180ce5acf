"""Property tests: the rules never raise, whatever the texts, roles and times, and their
suggested scores stay within each item's points."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.domain.autocheck import (
    RULE_TYPES,
    Conversation,
    Turn,
    compile_ruleset,
    conversation_from_messages,
    conversation_from_segments,
    load_default_packs,
)
from qa_desk.domain.checklist import (
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
    load_default,
)

PACKS = load_default_packs()
DEFAULT = load_default()


def _every_rule_type() -> ChecklistSpec:
    """Each rule type as a deduction item, a scale item and a flag rule."""
    items = []
    flags = []
    for n, name in enumerate(RULE_TYPES):
        params: dict[str, object] = {}
        if name in ("forbidden_phrases", "required_phrases"):
            params = {"packs": ["forbidden", "greeting"], "regexes": [r"\d{3}"]}
            if name == "required_phrases":
                params = {"packs": ["closing"], "position": "last", "turns": 3}
        items.append(
            ItemSpec(f"D{n}", "x", "deduction", 3.0, per_occurrence=0.7, auto_rule=name,
                     auto_params=params)
        )  # fmt: skip
        items.append(
            ItemSpec(f"L{n}", "x", "scale", 3.0, levels=(1.0, 2.0, 3.0), auto_rule=name,
                     auto_params=params)
        )  # fmt: skip
        flags.append(FlagRuleSpec(f"F{n}", name, "x", params))
    return ChecklistSpec(
        "all", sections=(SectionSpec("S", "s", 1.0, tuple(items)),), flag_rules=tuple(flags)
    )


RULE_SETS = [
    (DEFAULT, compile_ruleset(DEFAULT, PACKS)),
    (_every_rule_type(), compile_ruleset(_every_rule_type(), PACKS)),
]

SNIPPETS = [
    "您好", "请稍等", "等着吧", "不归我们管", "这个不归我们管", "投诉", "12305",
    "SF1234567890123", "13812345678", "祝您生活愉快", "再见", "亲", "不知道", "\n", "",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(SNIPPETS), max_size=5).map("".join),
    st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=3)), max_size=6).map("".join),
)
roles = st.one_of(
    st.sampled_from(["customer", "agent", "system", "bot", "", "坐席"]), st.text(max_size=5)
)
times = st.one_of(
    st.none(),
    st.integers(-1_000_000, 10_000_000),
    st.integers(-(10**15), 10**15),
)
turns = st.lists(st.builds(Turn, st.integers(-5, 10**6), roles, texts, times, times), max_size=14)
conversations = st.builds(
    Conversation,
    st.sampled_from(["chat", "call", "email"]),
    turns.map(tuple),
    st.one_of(st.none(), st.integers(0, 10**7)),
)


def _check(spec: ChecklistSpec, outcomes: tuple, conv: Conversation) -> None:
    points = {item.code: item.max_points for _s, item in spec.items()}
    refs = {t.ref: t for t in conv.turns}
    for outcome in outcomes:
        assert outcome.note != "error", outcome
        if outcome.item_code is None:
            assert outcome.verdict in ("pass", "flag", "n/a")
            assert outcome.suggested is None
        else:
            assert outcome.verdict in ("pass", "fail", "n/a")
            if outcome.verdict == "n/a":
                assert outcome.suggested is None
            else:
                assert outcome.suggested is not None
                assert 0.0 <= outcome.suggested <= points[outcome.item_code]
        assert outcome.occurrences >= 0
        for evidence in outcome.evidence:
            assert evidence.ref in refs
            if evidence.matched:
                # The same ref may belong to several turns here: one of them has the text.
                assert any(
                    t.ref == evidence.ref
                    and t.text[evidence.start : evidence.end] == evidence.matched
                    for t in conv.turns
                )


@settings(max_examples=200, deadline=None)
@given(conversations)
def test_rules_never_raise_and_scores_stay_in_range(conv: Conversation) -> None:
    for spec, rules in RULE_SETS:
        outcomes = rules.run(conv)
        assert tuple(o.key for o in outcomes) == rules.keys
        _check(spec, outcomes, conv)


zones = st.one_of(
    st.none(),
    st.builds(
        timezone, st.timedeltas(min_value=timedelta(hours=-23), max_value=timedelta(hours=23))
    ),
)
moments = st.one_of(st.none(), st.builds(lambda d, z: d.replace(tzinfo=z), st.datetimes(), zones))
message_rows = st.lists(st.tuples(st.integers(0, 10**6), moments, roles, texts), max_size=14)
segment_rows = st.lists(st.tuples(times, times, roles, texts), max_size=14)


@settings(max_examples=200, deadline=None)
@given(message_rows, segment_rows)
def test_built_conversations_are_checked_without_error(
    messages: list[tuple[int, datetime | None, str, str]],
    segments: list[tuple[int | None, int | None, str, str]],
) -> None:
    for conv in (conversation_from_messages(messages), conversation_from_segments(segments)):  # type: ignore[arg-type]
        for spec, rules in RULE_SETS:
            _check(spec, rules.run(conv), conv)


def test_even_values_of_the_wrong_type_do_not_raise() -> None:
    bad = Conversation(
        "chat",
        (
            Turn(1, "customer", None, "0"),  # type: ignore[arg-type]
            Turn("x", ["agent"], 5, 1.5),  # type: ignore[arg-type]
            ("not", "a", "turn"),  # type: ignore[arg-type]
        ),
    )
    for _spec, rules in RULE_SETS:
        assert len(rules.run(bad)) == len(rules.keys)
        assert len(rules.run(None)) == len(rules.keys)  # type: ignore[arg-type]


def _alone(spec: ChecklistSpec) -> list:
    """Each automatic rule of ``spec`` compiled into a rule set of its own."""
    out = []
    for section in spec.sections:
        for item in section.items:
            if item.auto_rule:
                alone = ChecklistSpec("one", sections=(SectionSpec("S", "s", 1.0, (item,)),))
                out.append(compile_ruleset(alone, PACKS))
    for rule in spec.flag_rules:
        out.append(compile_ruleset(ChecklistSpec("one", flag_rules=(rule,)), PACKS))
    return out


ALONE = [(rules, _alone(spec)) for spec, rules in RULE_SETS]


@settings(max_examples=100, deadline=None)
@given(conversations)
def test_rules_together_find_what_each_finds_alone(conv: Conversation) -> None:
    for together, alone in ALONE:
        assert together.run(conv) == tuple(o for rules in alone for o in rules.run(conv))
