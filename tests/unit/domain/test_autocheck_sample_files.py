"""The default checklist's automatic rules over the sample exports (read with the standard
library, no database): they find the rude, slow, greeting-less and closing-less
conversations the samples contain, and nothing else.

Counts were checked against the sample lines: 27 chats open with a bare 在/说, 16 have a
rude line (我已经说过了… / 爱投诉就投诉 / 不知道，…), 4 pass the problem on (不归我们管 /
你自己去问快递员), 42 end without a closing, and every long call silence follows
请您稍等 (excused).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

from qa_desk.domain.autocheck import (
    Conversation,
    compile_ruleset,
    conversation_from_messages,
    conversation_from_segments,
    load_default_packs,
)
from qa_desk.domain.checklist import load_default

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"
ROLES = {"客户": "customer", "客服": "agent", "系统": "system", "坐席": "agent"}


def _chats() -> dict[str, Conversation]:
    rows: dict[str, list] = defaultdict(list)
    with (SAMPLES / "chats_platform_a_gbk.csv").open(encoding="gbk", newline="") as f:
        for row in csv.DictReader(f):
            messages = rows[row["会话ID"]]
            at = datetime.fromisoformat(row["消息时间"])  # China time, naive
            messages.append((len(messages) + 1, at, ROLES[row["发送方"]], row["消息内容"]))
    return {key: conversation_from_messages(value) for key, value in rows.items()}


def _calls() -> dict[str, Conversation]:
    rows: dict[str, list] = defaultdict(list)
    with (SAMPLES / "call_transcripts.csv").open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            rows[row["通话ID"]].append(
                (int(row["开始(毫秒)"]), int(row["结束(毫秒)"]), ROLES[row["说话人"]], row["文本"])
            )
    return {key: conversation_from_segments(sorted(value)) for key, value in rows.items()}


def _verdicts(conversations: dict[str, Conversation]) -> Counter[tuple[str, str]]:
    rules = compile_ruleset(load_default(), load_default_packs())
    return Counter((o.key, o.verdict) for c in conversations.values() for o in rules.run(c))


def test_the_default_rules_on_the_sample_chats() -> None:
    chats = _chats()
    assert len(chats) == 240
    found = _verdicts(chats)
    assert found[("S1", "fail")] == 27  # no greeting
    assert found[("S3", "fail")] == 16  # forbidden language
    assert found[("S4", "fail")] == 4  # buck-passing
    assert found[("S5", "fail")] == 42  # no closing
    assert found[("A6", "fail")] == 0  # no phone or ID number given out
    assert found[("T1", "fail")] == 52  # first answer after 30 s
    assert found[("T2", "fail")] == 48  # a customer waited over 60 s
    assert found[("risk", "flag")] == 41  # 投诉 / 12305
    assert found[("A1", "fail")] == 59  # no waybill number in the chat
    for key in ("T3", "overtalk", "speech_rate"):
        assert found[(key, "n/a")] == 240


def test_the_default_rules_on_the_sample_calls() -> None:
    calls = _calls()
    assert len(calls) == 40
    found = _verdicts(calls)
    for key in ("S1", "S3", "S4", "S5", "A1", "A6", "T3", "overtalk", "speech_rate"):
        assert found[(key, "pass")] == 40, key
    assert found[("T1", "n/a")] == found[("T2", "n/a")] == 40


def test_the_long_call_silences_follow_a_hold_phrase() -> None:
    calls = _calls()
    long_gaps = 0
    for conv in calls.values():
        for before, after in zip(conv.turns, conv.turns[1:], strict=False):
            if after.at_ms - before.end_ms > 20_000:  # type: ignore[operator]
                long_gaps += 1
                assert "请您稍等" in before.text
    assert long_gaps == 3
