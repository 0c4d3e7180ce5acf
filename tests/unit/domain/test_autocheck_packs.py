"""Rule packs: parsing, the shipped word lists, and what those lists catch and leave alone."""

from __future__ import annotations

import re

import pytest

from qa_desk.domain.autocheck import (
    PACK_NAMES,
    PACKS_DIR,
    Conversation,
    Turn,
    compile_ruleset,
    load_default_packs,
    parse_pack,
    valid_pack_name,
)
from qa_desk.domain.checklist import ChecklistSpec, FlagRuleSpec
from qa_desk.domain.demo_script import FORBIDDEN_PHRASES, HOLD_PHRASE, RISK_KEYWORDS
from qa_desk.domain.errors import ValidationError


# ------------------------------------------------------------------ parsing
def test_parse_pack_reads_phrases_regexes_and_skips_comments_and_blanks() -> None:
    text = "# what it is for\n\n  您好  \nre:^亲[。！]*$\n# another comment\n您好\nre: \\d{3} \n"
    pack = parse_pack("greeting", text)
    assert pack.name == "greeting"
    assert pack.phrases == ("您好",)  # stripped, duplicate kept once
    assert pack.regexes == ("^亲[。！]*$", "\\d{3}")


def test_a_bad_regex_names_the_pack_and_the_line() -> None:
    text = "# header\n好的\nre:(unclosed\n"
    with pytest.raises(ValidationError) as caught:
        parse_pack("hold", text)
    error = caught.value
    assert error.field == "content"
    assert error.params["line"] == 3
    assert error.params["pack"] == "hold"
    message = str(error)
    assert "hold" in message and "line 3" in message
    assert "\n" not in message


@pytest.mark.parametrize("line", ["re:", "re:a*", "re:(?:x)?"])
def test_empty_or_empty_matching_regexes_are_refused(line: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_pack("risk", f"投诉\n{line}\n")
    assert caught.value.params["line"] == 2


def test_an_overlong_line_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_pack("risk", "投诉\n" + "长" * 201 + "\n")
    assert caught.value.params["line"] == 2


def test_pack_names() -> None:
    assert valid_pack_name("buck_passing")
    assert not valid_pack_name("Buck Passing")
    assert not valid_pack_name("")


# ------------------------------------------------------------------ shipped packs
def test_every_shipped_pack_exists_parses_and_documents_itself() -> None:
    packs = load_default_packs()
    assert set(PACK_NAMES) <= set(packs)
    for name in PACK_NAMES:
        text = (PACKS_DIR / f"{name}.txt").read_text(encoding="utf-8")
        assert packs[name] == text
        first_lines = text.splitlines()[:2]
        assert all(line.startswith("#") for line in first_lines), name
        pack = parse_pack(name, text)
        assert pack.phrases or pack.regexes, name


def _hits(pack: str, role: str, text: str) -> list[str]:
    """What a forbidden_phrases rule over ``pack`` finds in one turn of ``role``."""
    spec = ChecklistSpec(
        "t",
        flag_rules=(
            FlagRuleSpec("k", "forbidden_phrases", params={"packs": [pack], "roles": [role]}),
        ),
    )
    rules = compile_ruleset(spec, load_default_packs())
    (outcome,) = rules.run(Conversation("chat", (Turn(1, role, text, 0),)))
    return [e.matched for e in outcome.evidence]


@pytest.mark.parametrize(
    "text",
    [
        "没办法，爱投诉就投诉吧。",
        "我已经说过了，你没看吗？",
        "催也没用，等着吧。",
        "你自己看物流不就知道了。",
        "系统就是这样，我也没办法。",
        "不知道。",
        "你烦不烦啊",
        "SHUT UP",
    ],
)
def test_forbidden_pack_catches_rude_lines(text: str) -> None:
    assert _hits("forbidden", "agent", text)


@pytest.mark.parametrize(
    "text",
    [
        "这个不归我们管。",
        "不知道，你自己去问快递员。",
        "这个不归我们管，你找卖家吧。",
        "您直接联系派送员吧",
        "你可以自己去找网点问问",
    ],
)
def test_buck_passing_pack_catches_passing_the_problem_on(text: str) -> None:
    assert _hits("buck_passing", "agent", text)


@pytest.mark.parametrize(
    "text",
    [
        "您好，很高兴为您服务，请问有什么可以帮您？",
        "已联系派送员核实签收情况，稍后给您回电。",
        "好的，已为您联系派送员修改，会按新地址派送。",
        "非常抱歉给您带来不好的体验，已为您登记投诉，主管会在24小时内联系您。",
        "不知道您方便什么时候收件？",
        "请您耐心等待，这是我们应该做的。",
        "查询到您的快递目前在武汉转运中心，预计明天送达。",
        "这次我会亲自跟进，给您一个答复。",
    ],
)
def test_polite_agent_lines_are_neither_forbidden_nor_buck_passing(text: str) -> None:
    assert _hits("forbidden", "agent", text) == []
    assert _hits("buck_passing", "agent", text) == []


def test_every_rude_phrase_of_the_demo_is_caught_by_one_of_the_two_packs() -> None:
    for phrase in FORBIDDEN_PHRASES:
        assert _hits("forbidden", "agent", phrase) or _hits("buck_passing", "agent", phrase)


@pytest.mark.parametrize(
    "text",
    [
        "您好，欢迎咨询，请问有什么可以帮您？",
        "亲，这边是顺心客服",
        "亲~在的",
        "你好",
        "Hello, how can I help?",
        "您好，速达客服，工号A0204为您服务。",
        "下午好",
    ],
)
def test_greeting_pack_catches_greetings(text: str) -> None:
    assert _hits("greeting", "agent", text)


@pytest.mark.parametrize("text", ["在", "说", "什么事", "喂，你说。", "单号发一下", "亲自处理"])
def test_curt_openings_are_no_greeting(text: str) -> None:
    assert _hits("greeting", "agent", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "请问还有其他可以帮您的吗？",
        "感谢您的咨询，再见！",
        "感谢您的耐心等待，祝您生活愉快！",
        "不客气，祝您生活愉快~",
        "感谢您的来电，再见。",
        "祝您周末愉快",
    ],
)
def test_closing_pack_catches_closings(text: str) -> None:
    assert _hits("closing", "agent", text)


@pytest.mark.parametrize(
    "text",
    [
        "给您带来不便非常抱歉，感谢您的理解。",
        "感谢您的耐心等待，查询到您的快递目前在上海转运中心。",
        "预计明天送达，如果明天还没有更新，您随时联系我们。",
        "好的，已为您备注加急处理。",
    ],
)
def test_mid_conversation_thanks_are_no_closing(text: str) -> None:
    assert _hits("closing", "agent", text) == []


@pytest.mark.parametrize(
    "text",
    [
        HOLD_PHRASE,
        "好的，请稍等，我帮您查询一下。",
        "请您稍等，我帮您查询一下。",
        "我这边帮您查一下",
    ],
)
def test_hold_pack_catches_hold_phrases(text: str) -> None:
    assert _hits("hold", "agent", text)


@pytest.mark.parametrize(
    "text",
    [
        *RISK_KEYWORDS,
        "再不处理我就打12305投诉了！",
        "我要去网上曝光你们",
        "我找律师起诉你们",
        "我要打315",
        "我找媒体",
    ],
)
def test_risk_pack_catches_escalation(text: str) -> None:
    assert _hits("risk", "customer", text)


@pytest.mark.parametrize(
    "text",
    ["单号SF0031512305774", "75131511012305", "我的快递到哪了？", "好的谢谢"],
)
def test_risk_numbers_inside_waybills_are_no_risk(text: str) -> None:
    assert _hits("risk", "customer", text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("您的手机号是13812345678对吗", "13812345678"),
        ("号码 138 1234 5678", "138 1234 5678"),
        ("+8613912345678", "+8613912345678"),
        ("身份证 11010519491231002X 已核实", "11010519491231002X"),
    ],
)
def test_privacy_pack_catches_full_numbers(text: str, found: str) -> None:
    assert _hits("privacy", "agent", text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "尾号1234的手机138****1234",
        "110***********123X",
        "单号SF1381234567890",
        "运单号75132819235197",
        "运单YT1381234567890",
        "工号A0204为您服务",
    ],
)
def test_privacy_pack_leaves_masked_numbers_and_waybills_alone(text: str) -> None:
    assert _hits("privacy", "agent", text) == []


def test_regex_entries_of_the_shipped_packs_compile_alone() -> None:
    for name, text in load_default_packs().items():
        for pattern in parse_pack(name, text).regexes:
            re.compile(pattern)
