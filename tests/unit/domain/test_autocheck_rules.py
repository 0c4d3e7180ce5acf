"""Every automatic rule type on crafted chats and calls, edge cases included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from qa_desk.domain.autocheck import (
    Conversation,
    Evidence,
    Outcome,
    Turn,
    compile_ruleset,
    conversation_from_messages,
    conversation_from_segments,
    load_default_packs,
)
from qa_desk.domain.checklist import ChecklistSpec, FlagRuleSpec, ItemSpec, SectionSpec

T0 = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
PACKS = load_default_packs()


def item(
    rule: str,
    params: dict[str, Any] | None = None,
    *,
    kind: str = "binary",
    points: float = 2.0,
    per: float | None = None,
    levels: tuple[float, ...] = (),
    code: str = "X1",
) -> ItemSpec:
    return ItemSpec(
        code,
        "item",
        kind=kind,
        max_points=points,
        per_occurrence=per,
        levels=levels,
        auto_rule=rule,
        auto_params=params or {},
    )


def check(rule: ItemSpec | FlagRuleSpec, conv: Conversation) -> Outcome:
    """The one outcome of a checklist holding only ``rule``."""
    if isinstance(rule, ItemSpec):
        spec = ChecklistSpec("t", sections=(SectionSpec("S", "s", 100.0, (rule,)),))
    else:
        spec = ChecklistSpec("t", flag_rules=(rule,))
    (outcome,) = compile_ruleset(spec, PACKS).run(conv)
    return outcome


def chat(*lines: tuple[float | None, str, str]) -> Conversation:
    """A chat from (seconds after T0 or None, role, text)."""
    return conversation_from_messages(
        (seq, None if s is None else T0 + timedelta(seconds=s), role, text)
        for seq, (s, role, text) in enumerate(lines, start=1)
    )


def call(*segments: tuple[float, float, str, str]) -> Conversation:
    """A call from (start s, end s, speaker, text)."""
    return conversation_from_segments(
        (round(a * 1000), round(b * 1000), who, text) for a, b, who, text in segments
    )


def flag(rule: str, params: dict[str, Any] | None = None) -> FlagRuleSpec:
    return FlagRuleSpec("f", rule, "label", params or {})


# ------------------------------------------------------------------ forbidden phrases
def test_a_forbidden_phrase_fails_the_item_with_evidence_that_slices_the_text() -> None:
    conv = chat((0, "customer", "能快点吗"), (10, "agent", "催也没用，等着吧。"))
    outcome = check(item("forbidden_phrases", {"packs": ["forbidden"]}), conv)
    assert (outcome.verdict, outcome.suggested, outcome.occurrences) == ("fail", 0.0, 2)
    assert outcome.item_code == "X1" and outcome.rule == "forbidden_phrases"
    text = conv.turns[1].text
    assert [text[e.start : e.end] for e in outcome.evidence] == ["催也没用", "等着吧"]
    assert all(e.matched == text[e.start : e.end] for e in outcome.evidence)
    assert {e.ref for e in outcome.evidence} == {2}


def test_forbidden_phrases_pass_on_polite_text_with_full_points() -> None:
    conv = chat((0, "customer", "能快点吗"), (10, "agent", "好的，已为您备注加急处理。"))
    outcome = check(item("forbidden_phrases", {"packs": ["forbidden"]}), conv)
    assert (outcome.verdict, outcome.suggested, outcome.evidence) == ("pass", 2.0, ())


def test_deduction_per_hit_is_floored_at_zero() -> None:
    rule = item("forbidden_phrases", {"phrases": ["不归我们管"]}, kind="deduction", points=3, per=1)
    one = chat((0, "agent", "这个不归我们管。"))
    assert check(rule, one).suggested == 2.0
    many = chat(*[(i, "agent", "这个不归我们管，真的不归我们管。") for i in range(3)])
    outcome = check(rule, many)
    assert (outcome.occurrences, outcome.suggested) == (6, 0.0)


def test_a_scale_item_failing_gets_its_lowest_level() -> None:
    rule = item(
        "forbidden_phrases", {"phrases": ["滚"]}, kind="scale", points=3, levels=(0, 1, 2, 3)
    )
    assert check(rule, chat((0, "agent", "滚"))).suggested == 0.0


def test_phrases_and_regexes_parameters_and_case() -> None:
    rule = item("forbidden_phrases", {"phrases": ["Not My Problem"], "regexes": [r"退\d+元"]})
    outcome = check(rule, chat((0, "agent", "NOT MY PROBLEM, 最多退50元")))
    assert [e.matched for e in outcome.evidence] == ["NOT MY PROBLEM", "退50元"]


def test_only_the_chosen_roles_are_checked() -> None:
    conv = chat((0, "customer", "你们快递员态度太差，等着吧"), (5, "agent", "非常抱歉"))
    assert check(item("forbidden_phrases", {"packs": ["forbidden"]}), conv).verdict == "pass"
    both = {"packs": ["forbidden"], "roles": ["agent", "customer"]}
    outcome = check(item("forbidden_phrases", both), conv)
    assert (outcome.verdict, [e.role for e in outcome.evidence]) == ("fail", ["customer"])


def test_overlapping_word_lists_of_two_rules_each_get_their_hit() -> None:
    spec = ChecklistSpec(
        "t",
        sections=(
            SectionSpec(
                "S",
                "s",
                100.0,
                (
                    item("forbidden_phrases", {"phrases": ["不归我们管"]}, code="A"),
                    item("forbidden_phrases", {"phrases": ["这个不归我们管啊"]}, code="B"),
                    item("forbidden_phrases", {"phrases": ["我们"]}, code="C"),
                ),
            ),
        ),
    )
    rules = compile_ruleset(spec, PACKS)
    a, b, c = rules.run(chat((0, "agent", "这个不归我们管啊，我们也没办法")))
    assert [(e.start, e.end) for e in a.evidence] == [(2, 7)]
    assert [(e.start, e.end) for e in b.evidence] == [(0, 8)]
    assert [(e.start, e.end) for e in c.evidence] == [(4, 6), (9, 11)]


# ------------------------------------------------------------------ required phrases
GREETING = {"packs": ["greeting"], "position": "first", "turns": 2}
CLOSING = {"packs": ["closing"], "position": "last", "turns": 2}


def test_greeting_within_the_first_agent_turns() -> None:
    conv = chat(
        (0, "customer", "在吗"),
        (3, "bot", "您好，我是智能助手"),  # a bot's greeting is not the agent's
        (9, "agent", "在"),
        (12, "agent", "您好，很高兴为您服务"),
        (20, "agent", "请问有什么问题"),
    )
    outcome = check(item("required_phrases", GREETING), conv)
    assert (outcome.verdict, outcome.suggested) == ("pass", 2.0)
    late = check(item("required_phrases", {**GREETING, "turns": 1}), conv)
    assert (late.verdict, late.suggested, late.note) == ("fail", 0.0, "missing")
    assert late.evidence == (Evidence(3, "agent", note="missing"),)


def test_closing_within_the_last_agent_turns() -> None:
    conv = chat(
        (0, "customer", "谢谢"),
        (5, "agent", "请问还有其他可以帮您的吗？"),
        (9, "agent", "好的"),
        (12, "agent", "已为您备注"),
        (15, "system", "会话已结束"),
    )
    assert check(item("required_phrases", CLOSING), conv).verdict == "fail"
    assert check(item("required_phrases", {**CLOSING, "turns": 3}), conv).verdict == "pass"
    anywhere = check(item("required_phrases", {**CLOSING, "position": "any"}), conv)
    # "请问还有其他" and "还有其他可以帮您" overlap: one hit, the leftmost.
    assert (anywhere.verdict, anywhere.occurrences) == ("pass", 1)


def test_no_agent_reply_fails_required_phrases() -> None:
    conv = chat((0, "customer", "在吗？"), (60, "customer", "人呢"))
    outcome = check(item("required_phrases", GREETING), conv)
    assert (outcome.verdict, outcome.note, outcome.suggested) == ("fail", "no_agent_reply", 0.0)


# ------------------------------------------------------------------ first response
def test_first_response_within_and_over_the_limit() -> None:
    rule = item("first_response", {"limit_s": 30})
    fast = chat((0, "customer", "在吗"), (2, "bot", "转人工"), (25, "agent", "您好"))
    outcome = check(rule, fast)
    assert (outcome.verdict, outcome.measured, outcome.suggested) == ("pass", 25.0, 2.0)
    slow = chat((0, "agent", "您好"), (10, "customer", "在吗"), (55, "agent", "在的"))
    outcome = check(rule, slow)
    assert (outcome.verdict, outcome.measured, outcome.suggested) == ("fail", 45.0, 0.0)
    assert outcome.evidence == (Evidence(3, "agent", measured=45.0, note="late"),)


def test_first_response_with_no_agent_reply() -> None:
    conv = chat((0, "customer", "在吗"), (5, "bot", "请稍候"), (8, "system", "会话结束"))
    outcome = check(item("first_response"), conv)
    assert (outcome.verdict, outcome.note, outcome.suggested) == ("fail", "no_agent_reply", 0.0)
    assert outcome.evidence == (Evidence(1, "customer", note="no_agent_reply"),)


def test_first_response_is_not_applicable_without_customer_or_times() -> None:
    assert check(item("first_response"), chat((0, "agent", "您好"))).verdict == "n/a"
    untimed = chat((None, "customer", "在吗"), (None, "agent", "您好"))
    outcome = check(item("first_response"), untimed)
    assert (outcome.verdict, outcome.note, outcome.suggested) == ("n/a", "no_time", None)


def test_first_response_takes_a_later_known_customer_time() -> None:
    conv = chat((None, "customer", "在吗"), (10, "customer", "人呢"), (50, "agent", "您好"))
    assert check(item("first_response"), conv).measured == 40.0


def test_first_response_with_naive_and_aware_times_mixed() -> None:
    conv = conversation_from_messages(
        [
            (1, datetime(2026, 11, 5, 9, 0, 0), "customer", "naive UTC"),
            (2, datetime(2026, 11, 5, 17, 0, 40, tzinfo=UTC) - timedelta(hours=8), "agent", "ok"),
        ]
    )
    outcome = check(item("first_response", {"limit_s": 30}), conv)
    assert (outcome.verdict, outcome.measured) == ("fail", 40.0)


def test_first_response_never_negative() -> None:
    conv = chat((30, "customer", "在吗"), (10, "agent", "您好"))
    assert check(item("first_response"), conv).measured == 0.0


# ------------------------------------------------------------------ reply gaps
def test_reply_gaps_count_each_customer_wait_once() -> None:
    rule = item("reply_gap", {"limit_s": 60}, kind="deduction", points=3, per=1)
    conv = chat(
        (0, "customer", "在吗"),
        (100, "agent", "您好"),  # the first answer is first_response's business
        (110, "customer", "我的快递呢"),
        (150, "customer", "人呢"),  # still the same wait
        (190, "agent", "稍等"),  # 80 s after 110: one breach
        (200, "customer", "好"),
        (230, "agent", "查到了"),  # 30 s: fine
        (240, "customer", "谢谢"),  # never answered: the chat just ended
    )
    outcome = check(rule, conv)
    assert (outcome.verdict, outcome.occurrences, outcome.suggested) == ("fail", 1, 2.0)
    assert outcome.measured == 80.0
    assert outcome.evidence == (Evidence(5, "agent", measured=80.0, note="gap"),)


def test_reply_gap_deduction_floor() -> None:
    rule = item("reply_gap", {"limit_s": 10}, kind="deduction", points=2, per=1.5)
    lines: list[tuple[float | None, str, str]] = [(0, "customer", "在"), (1, "agent", "在")]
    for i in range(1, 5):
        lines += [(i * 100, "customer", "?"), (i * 100 + 50, "agent", "嗯")]
    outcome = check(rule, chat(*lines))
    assert (outcome.occurrences, outcome.suggested) == (4, 0.0)


def test_reply_gap_passes_without_breaches_and_ignores_unknown_times() -> None:
    conv = chat(
        (0, "customer", "在吗"),
        (5, "agent", "在"),
        (None, "customer", "时间丢了"),
        (500, "agent", "好的"),
        (600, "customer", "嗯"),
        (None, "agent", "时间也丢了"),
    )
    outcome = check(item("reply_gap"), conv)
    assert (outcome.verdict, outcome.suggested) == ("pass", 2.0)


# ------------------------------------------------------------------ call silence
SILENCE = {"limit_s": 20, "hold_packs": ["hold"], "hold_max_s": 120}


def test_silence_right_after_a_hold_phrase_is_excused() -> None:
    conv = call(
        (0, 3, "agent", "您好，请问有什么可以帮您？"),
        (4, 8, "customer", "我的快递到哪了"),
        (9, 12, "agent", "请稍等，我帮您查询一下。"),
        (12.5, 13, "customer", "好的"),  # the customer's "OK" does not cancel the hold
        (60, 66, "agent", "查到了，明天送达。"),
    )
    outcome = check(item("call_silence", SILENCE, kind="deduction", points=3, per=1), conv)
    assert (outcome.verdict, outcome.suggested, outcome.evidence) == ("pass", 3.0, ())


def test_unexplained_silence_is_a_breach() -> None:
    conv = call(
        (0, 3, "agent", "您好"),
        (4, 8, "customer", "我的快递到哪了"),
        (40, 44, "agent", "查到了"),  # 32 s after the customer: nobody asked them to wait
        (45, 47, "customer", "好"),
        (50, 52, "agent", "好的。"),
        (80, 82, "customer", "喂？"),  # 28 s after the agent's "好的": no hold phrase
    )
    outcome = check(item("call_silence", SILENCE, kind="deduction", points=3, per=1), conv)
    assert (outcome.verdict, outcome.occurrences, outcome.suggested) == ("fail", 2, 1.0)
    assert outcome.measured == 32.0
    assert [(e.ref, e.note, e.measured) for e in outcome.evidence] == [
        (2, "silence", 32.0),
        (5, "silence", 28.0),
    ]


def test_a_hold_longer_than_hold_max_is_a_breach() -> None:
    conv = call((0, 2, "agent", "请稍等"), (200, 205, "agent", "让您久等了"))
    outcome = check(item("call_silence", SILENCE), conv)
    assert (outcome.verdict, outcome.suggested) == ("fail", 0.0)
    assert outcome.evidence == (Evidence(1, "agent", measured=198.0, note="hold_too_long"),)


def test_silence_is_measured_from_the_latest_end_of_overlapping_speech() -> None:
    conv = call(
        (0, 30, "customer", "一段很长的投诉"),
        (5, 8, "agent", "嗯"),  # spoken over the customer
        (40, 42, "agent", "明白"),  # 10 s after the customer stopped, not 32 s
    )
    outcome = check(item("call_silence", SILENCE), conv)
    assert (outcome.verdict, outcome.measured) == ("pass", 10.0)


def test_call_rules_are_not_applicable_to_chats_and_chat_rules_not_to_calls() -> None:
    a_chat = chat((0, "customer", "在吗"), (5, "agent", "在"))
    a_call = call((0, 1, "agent", "您好"))
    for rule, conv in (
        (item("call_silence"), a_chat),
        (item("first_response"), a_call),
        (item("reply_gap"), a_call),
        (flag("overtalk"), a_chat),
        (flag("speech_rate"), a_chat),
    ):
        outcome = check(rule, conv)
        assert (outcome.verdict, outcome.note, outcome.suggested) == ("n/a", "channel", None)


# ------------------------------------------------------------------ overtalk and speech rate
def test_overtalk_flags_more_overlaps_than_allowed() -> None:
    conv = call(
        (0, 10, "customer", "我跟你说这个事情"),
        (8, 12, "agent", "您先别急"),  # 2 s over the customer
        (11.5, 15, "customer", "你听我说"),  # 0.5 s: under min_overlap_s
        (20, 25, "agent", "好的"),
        (22, 30, "customer", "不行"),  # 3 s
    )
    params = {"min_overlap_s": 1.0, "max_count": 1}
    outcome = check(flag("overtalk", params), conv)
    assert (outcome.verdict, outcome.occurrences, outcome.measured) == ("flag", 2, 3.0)
    assert outcome.suggested is None and outcome.item_code is None
    assert [(e.ref, e.measured) for e in outcome.evidence] == [(1, 2.0), (4, 3.0)]
    assert check(flag("overtalk", {**params, "max_count": 2}), conv).verdict == "pass"
    as_item = check(item("overtalk", params), conv)
    assert (as_item.verdict, as_item.suggested) == ("fail", 0.0)


def test_speech_rate_counts_agent_characters_per_minute() -> None:
    # 10 characters (punctuation not counted) in 2 s = 300 cpm; customer speech ignored.
    conv = call((0, 2, "agent", "您好，欢迎致电顺心客服。"), (3, 4, "customer", "很快很快很快很快"))
    assert check(flag("speech_rate", {"max_cpm": 300}), conv).measured == 300.0
    assert check(flag("speech_rate", {"max_cpm": 300}), conv).verdict == "pass"
    fast = check(flag("speech_rate", {"max_cpm": 250}), conv)
    assert (fast.verdict, fast.note, fast.evidence[0].ref) == ("flag", "fast", 0)
    slow = check(flag("speech_rate", {"max_cpm": 500, "min_cpm": 400}), conv)
    assert (slow.verdict, slow.note) == ("flag", "slow")


def test_speech_rate_without_timed_agent_speech_is_not_applicable() -> None:
    conv = conversation_from_segments([(None, None, "agent", "您好"), (0, 1000, "customer", "喂")])
    assert check(flag("speech_rate"), conv).verdict == "n/a"


# ------------------------------------------------------------------ waybills
@pytest.mark.parametrize(
    "waybill",
    [
        "SF1234567890123",
        "sf123456789012",
        "YT1234567890123",
        "JT0012345678901",
        "ZTO123456789012",
        "JDVA12345678901",
        "EA123456789CN",
        "1151234567890",
        "75132819235197",
        "4312345678901",
        "773012345678901",
        "9876543210",
    ],
)
def test_common_waybill_shapes_are_recognised(waybill: str) -> None:
    conv = chat((0, "customer", f"单号{waybill}，帮我查一下"))
    outcome = check(item("waybill_present"), conv)
    assert outcome.verdict == "pass" and outcome.occurrences == 1


@pytest.mark.parametrize(
    "text",
    [
        "我的手机13812345678",  # a mobile number
        "订单号2026110512345678901234",  # too long
        "金额123456元",  # too short
        "SF12345",
        "ABC75132819235197",  # inside a word
    ],
)
def test_numbers_that_are_no_waybill(text: str) -> None:
    outcome = check(item("waybill_present"), chat((0, "customer", text)))
    assert (outcome.verdict, outcome.note, outcome.suggested) == ("fail", "missing", 0.0)


def test_waybill_extra_patterns_and_roles() -> None:
    conv = chat((0, "customer", "单号 KD-2026-0001"), (3, "agent", "好的"))
    assert check(item("waybill_present"), conv).verdict == "fail"
    assert check(item("waybill_present", {"patterns": [r"KD-\d{4}-\d{4}"]}), conv).verdict == "pass"
    agent_only = check(
        item("waybill_present", {"roles": ["agent"]}), chat((0, "customer", "SF1234567890123"))
    )
    assert agent_only.verdict == "fail"


# ------------------------------------------------------------------ risk keywords
def test_risk_keywords_flag_with_evidence_per_hit() -> None:
    conv = chat(
        (0, "customer", "再不处理我就打12305投诉了！单号SF0312305123456"),
        (10, "agent", "非常抱歉，已为您登记投诉"),  # the agent saying it does not count
        (20, "customer", "我要去网上曝光你们"),
    )
    outcome = check(flag("risk_keywords"), conv)
    assert (outcome.verdict, outcome.suggested, outcome.occurrences) == ("flag", None, 3)
    assert [(e.ref, e.matched) for e in outcome.evidence] == [
        (1, "12305"),
        (1, "投诉"),
        (3, "曝光"),
    ]
    for e in outcome.evidence:
        assert conv.turns[e.ref - 1].text[e.start : e.end] == e.matched


def test_risk_keywords_as_an_item_fail_instead_of_flag() -> None:
    outcome = check(item("risk_keywords"), chat((0, "customer", "我要投诉")))
    assert (outcome.verdict, outcome.suggested) == ("fail", 0.0)


def test_a_flag_rule_that_finds_a_forbidden_phrase_flags() -> None:
    outcome = check(
        flag("forbidden_phrases", {"phrases": ["等着吧"]}), chat((0, "agent", "等着吧"))
    )
    assert (outcome.verdict, outcome.suggested, outcome.key) == ("flag", None, "f")


def test_evidence_is_capped_but_occurrences_are_not() -> None:
    conv = chat(*[(i, "customer", "投诉投诉") for i in range(40)])
    outcome = check(flag("risk_keywords"), conv)
    assert outcome.occurrences == 80
    assert len(outcome.evidence) == 50


def test_empty_turns_and_an_empty_conversation() -> None:
    spec_rules = [
        item("required_phrases", GREETING),
        item("forbidden_phrases", {"packs": ["forbidden"]}),
        item("first_response"),
        item("reply_gap"),
        item("waybill_present"),
        flag("risk_keywords"),
    ]
    for rule in spec_rules:
        for conv in (Conversation("chat", ()), Conversation("chat", (Turn(1, "agent", "", None),))):
            outcome = check(rule, conv)
            assert outcome.verdict in ("pass", "fail", "flag", "n/a")
