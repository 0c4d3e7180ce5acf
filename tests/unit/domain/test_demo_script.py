"""The demo generator: its organisation, and records that look and behave like real exports."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from qa_desk.domain.demo_script import (
    CALL_COUNT,
    CATEGORIES,
    CHAT_COUNT,
    DEMO_DAYS,
    FORBIDDEN_PHRASES,
    HOLD_PHRASE,
    MESSAGE_ROLES,
    RISK_KEYWORDS,
    SPEAKERS,
    DemoMessage,
    DemoRecord,
    DemoScript,
    demo_organisation,
    demo_period,
    first_response_seconds,
    records_digest,
)
from qa_desk.domain.roles import Role

END = date(2026, 11, 1)
SHANGHAI = ZoneInfo("Asia/Shanghai")
SAMPLE_AGENTS = {
    "A0101": ("王丽", "V01"),
    "A0102": ("李娜", "V01"),
    "A0103": ("张伟", "V01"),
    "A0104": ("刘洋", "V01"),
    "A0105": ("陈静", "V01"),
    "A0201": ("杨帆", "V02"),
    "A0202": ("赵敏", "V02"),
    "A0203": ("黄磊", "V02"),
    "A0204": ("周婷", "V02"),
}
MASKED_PHONE = re.compile(r"^1[3-9]\d\*{4}\d{4}$")
WAYBILL = re.compile(r"^(SF\d{13}|YT\d{13}|JT\d{13}|75\d{12}|43\d{11}|77\d{13}|11\d{11})$")


@pytest.fixture(scope="module")
def records() -> list[DemoRecord]:
    return list(DemoScript(20261101, END).records())


def chats(records: list[DemoRecord]) -> list[DemoRecord]:
    return [r for r in records if r.channel == "chat"]


def calls(records: list[DemoRecord]) -> list[DemoRecord]:
    return [r for r in records if r.channel == "call"]


def says(record: DemoRecord, role: str, phrases: tuple[str, ...]) -> bool:
    return any(p in m.text for m in record.messages if m.role == role for p in phrases)


# ------------------------------------------------------------------ organisation
def test_organisation_has_two_vendors_four_teams_twenty_agents_and_five_users() -> None:
    org = demo_organisation(END)
    assert org.outlet_name == "演示网点·杭州西湖"
    assert [(v.code, v.name) for v in org.vendors] == [
        ("V01", "顺心外包客服"),
        ("V02", "速达联合呼叫中心"),
    ]
    assert all(0 < x <= 100 for v in org.vendors for x in v.kpi_targets.values())
    assert Counter(t.vendor_code for t in org.teams) == {"V01": 2, "V02": 2}
    teams = {(t.vendor_code, t.name) for t in org.teams}
    assert len(org.agents) == 20
    assert len({a.employee_id for a in org.agents}) == 20
    for agent in org.agents:
        assert (agent.vendor_code, agent.team_name) in teams
        assert agent.active_to is None or agent.active_to >= agent.active_from
        assert re.fullmatch(r"A0[12]\d\d", agent.employee_id)
        assert agent.employee_id[2] == agent.vendor_code[2]  # A01xx work for V01, A02xx for V02
    roles = Counter(u.role for u in org.users)
    assert roles == {Role.INSPECTOR: 3, Role.VENDOR_SUPERVISOR: 2}
    assert {u.vendor_code for u in org.users if u.role is Role.VENDOR_SUPERVISOR} == {"V01", "V02"}


def test_the_nine_sample_agents_keep_their_codes_names_and_vendors() -> None:
    agents = {a.employee_id: a for a in demo_organisation(END).agents}
    for code, (name, vendor) in SAMPLE_AGENTS.items():
        assert (agents[code].name, agents[code].vendor_code) == (name, vendor)
    others = sorted(set(agents) - set(SAMPLE_AGENTS))
    assert others == [f"A01{i:02d}" for i in range(6, 11)] + [f"A02{i:02d}" for i in range(5, 11)]
    names = [a.name for a in agents.values()]
    assert len(set(names)) == 20
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) for n in names)


def test_most_agents_are_good_and_a_few_are_slow_rude_or_new() -> None:
    profiles = Counter(a.profile for a in demo_organisation(END).agents)
    assert profiles["good"] > len(demo_organisation(END).agents) / 2
    assert profiles["slow"] >= 2 and profiles["rude"] >= 2 and profiles["trainee"] >= 1


def test_period_is_four_weeks_of_local_days_before_end() -> None:
    start, stop = demo_period(END)
    assert start.tzinfo is UTC and stop.tzinfo is UTC
    assert stop - start == timedelta(days=DEMO_DAYS)
    assert stop.astimezone(SHANGHAI) == datetime(2026, 11, 1, tzinfo=SHANGHAI)
    assert start == datetime(2026, 10, 3, 16, tzinfo=UTC)


# ------------------------------------------------------------------ determinism
def test_same_seed_and_end_give_identical_records(records: list[DemoRecord]) -> None:
    again = list(DemoScript(20261101, END).records())
    assert again == records
    assert records_digest(again) == records_digest(records)


def test_another_seed_or_end_gives_other_records(records: list[DemoRecord]) -> None:
    other_seed = DemoScript(7, END).records()
    assert records_digest(next(other_seed) for _ in range(50)) != records_digest(records[:50])
    later_end = END + timedelta(days=7)
    later = DemoScript(20261101, later_end).records()
    first_later = [next(later) for _ in range(50)]
    assert records_digest(first_later) != records_digest(records[:50])
    assert all(demo_period(later_end)[0] <= r.started_at for r in first_later)


def test_digest_sees_a_single_changed_character(records: list[DemoRecord]) -> None:
    record = records[0]
    first = record.messages[0]
    edited = replace(
        record, messages=(replace(first, text=first.text + "。"), *record.messages[1:])
    )
    assert records_digest([edited]) != records_digest([record])


# ------------------------------------------------------------------ shape of the records
def test_counts_and_external_ids(records: list[DemoRecord]) -> None:
    assert len(records) == len(DemoScript(1, END)) == CHAT_COUNT + CALL_COUNT
    assert [r.external_id for r in chats(records)] == [
        f"DEMO-C-{i:06d}" for i in range(1, CHAT_COUNT + 1)
    ]
    assert [r.external_id for r in calls(records)] == [
        f"DEMO-T-{i:06d}" for i in range(1, CALL_COUNT + 1)
    ]
    starts = [r.started_at for r in records]
    assert starts == sorted(starts)  # numbered in time order


def test_every_record_lies_in_working_hours_of_the_period(records: list[DemoRecord]) -> None:
    start, stop = demo_period(END)
    agents = {a.employee_id: a for a in demo_organisation(END).agents}
    for r in records:
        assert r.started_at.tzinfo is UTC and r.ended_at.tzinfo is UTC
        assert start <= r.started_at <= r.ended_at < stop
        local = r.started_at.astimezone(SHANGHAI)
        assert 8 <= local.hour < 22
        agent = agents[r.agent_code]
        assert agent.vendor_code == r.vendor_code
        assert agent.active_on(local.date()), (r.external_id, agent.employee_id)
        assert MASKED_PHONE.match(r.customer_ref), r.customer_ref
        assert WAYBILL.match(r.waybill_no), r.waybill_no
        assert r.category in CATEGORIES
        assert r.csat is None or 1 <= r.csat <= 5


def test_chats_have_ordered_messages_and_a_consistent_first_response(
    records: list[DemoRecord],
) -> None:
    for r in chats(records):
        assert 6 <= len(r.messages) <= 20 and r.message_count == len(r.messages)
        assert [m.seq for m in r.messages] == list(range(1, len(r.messages) + 1))
        times = [m.at for m in r.messages]
        assert times == sorted(times)
        assert (r.started_at, r.ended_at) == (times[0], times[-1])
        assert {m.role for m in r.messages} <= set(MESSAGE_ROLES)
        assert {"customer", "agent"} <= {m.role for m in r.messages}
        assert r.first_response_s == first_response_seconds(r.messages)
        assert r.first_response_s is not None and r.first_response_s >= 2
        assert not r.segments and r.direction is None


def test_chats_use_every_role_greet_and_name_waybills(records: list[DemoRecord]) -> None:
    roles = Counter(m.role for r in chats(records) for m in r.messages)
    assert set(roles) == set(MESSAGE_ROLES)
    assert roles["customer"] > 0.2 * roles.total() and roles["agent"] > 0.4 * roles.total()
    greeted = sum(says(r, "agent", ("您好",)) for r in chats(records))
    assert greeted > 0.85 * CHAT_COUNT
    named = sum(any(r.waybill_no in m.text for m in r.messages) for r in chats(records))
    assert named == CHAT_COUNT  # the customer always gives the waybill, in the question or later
    carriers = Counter(r.waybill_no[:2] for r in records)
    assert {"SF", "YT", "JT", "75"} <= set(carriers)
    assert set(Counter(r.category for r in records)) == set(CATEGORIES)


def test_first_responses_are_mostly_quick_with_a_slow_tail(records: list[DemoRecord]) -> None:
    frts = [r.first_response_s or 0 for r in chats(records)]
    quick = sum(5 <= f <= 30 for f in frts) / len(frts)
    late = sum(f > 60 for f in frts) / len(frts)
    assert quick > 0.6
    assert 0.03 < late < 0.2
    profile = {a.employee_id: a.profile for a in demo_organisation(END).agents}

    def median_of(kind: str) -> float:
        return statistics.median(
            r.first_response_s or 0 for r in chats(records) if profile[r.agent_code] == kind
        )

    assert median_of("slow") > 1.8 * median_of("good")


def test_risk_keywords_and_forbidden_phrases_appear_in_some_chats(
    records: list[DemoRecord],
) -> None:
    risky = sum(says(r, "customer", RISK_KEYWORDS) for r in chats(records)) / CHAT_COUNT
    assert 0.05 < risky < 0.3
    assert any(says(r, "customer", ("12305",)) for r in chats(records))
    assert any(says(r, "customer", ("曝光",)) for r in chats(records))
    profile = {a.employee_id: a.profile for a in demo_organisation(END).agents}

    def forbidden_share(kind: str) -> float:
        mine = [r for r in chats(records) if profile[r.agent_code] == kind]
        return sum(says(r, "agent", FORBIDDEN_PHRASES) for r in mine) / len(mine)

    assert forbidden_share("rude") > 0.15
    assert 0 < forbidden_share("good") < 0.05
    assert any(says(r, "agent", ("这个不归我们管",)) for r in chats(records))


def test_low_satisfaction_follows_poor_service(records: list[DemoRecord]) -> None:
    profile = {a.employee_id: a.profile for a in demo_organisation(END).agents}
    rated = [r for r in records if r.csat is not None]
    assert 0.4 < len(rated) / len(records) < 0.8

    def mean_csat(kind: str) -> float:
        return statistics.mean(r.csat or 0 for r in rated if profile[r.agent_code] == kind)

    assert mean_csat("good") > mean_csat("rude") + 0.5


def test_calls_have_ordered_segments_silences_and_holds(records: list[DemoRecord]) -> None:
    long_silences = holds = 0
    for r in calls(records):
        assert r.direction in ("inbound", "outbound")
        assert not r.messages and r.first_response_s is None
        assert r.message_count == len(r.segments) >= 6
        previous_end = 0
        for s in r.segments:
            assert s.speaker in SPEAKERS
            assert previous_end <= s.start_ms < s.end_ms
            previous_end = s.end_ms
        assert r.duration_s is not None and r.duration_s * 1000 >= previous_end
        assert r.ended_at == r.started_at + timedelta(seconds=r.duration_s)
        gaps = [b.start_ms - a.end_ms for a, b in zip(r.segments, r.segments[1:], strict=False)]
        long_silences += max(gaps) > 20_000
        holds += any(HOLD_PHRASE in s.text for s in r.segments if s.speaker == "agent")
        assert any(r.waybill_no in s.text for s in r.segments)
    assert 0.1 < long_silences / CALL_COUNT < 0.6
    assert holds > 0.5 * CALL_COUNT
    directions = Counter(r.direction for r in calls(records))
    assert 0.1 < directions["outbound"] / CALL_COUNT < 0.4


def test_calls_go_mostly_to_the_call_centre(records: list[DemoRecord]) -> None:
    vendors = Counter(r.vendor_code for r in calls(records))
    assert vendors["V02"] == CALL_COUNT
    chat_vendors = Counter(r.vendor_code for r in chats(records))
    assert chat_vendors["V01"] > chat_vendors["V02"] > 0


def test_volume_follows_a_daily_and_weekly_rhythm(records: list[DemoRecord]) -> None:
    per_day = Counter(r.started_at.astimezone(SHANGHAI).date() for r in records)
    assert len(per_day) == DEMO_DAYS
    weekdays = [n for d, n in per_day.items() if d.weekday() < 5]
    weekends = [n for d, n in per_day.items() if d.weekday() >= 5]
    assert statistics.mean(weekends) < 0.85 * statistics.mean(weekdays)
    per_hour = Counter(r.started_at.astimezone(SHANGHAI).hour for r in records)
    assert per_hour[10] > 2 * per_hour[8] and per_hour[10] > 2 * per_hour[21]
    assert per_hour[12] < per_hour[10]  # lunch dip


# ------------------------------------------------------------------ helpers
def _msg(seq: int, second: int, role: str) -> DemoMessage:
    return DemoMessage(
        seq, datetime(2026, 11, 1, tzinfo=UTC) + timedelta(seconds=second), role, "", ""
    )


def test_first_response_ignores_bots_system_lines_and_earlier_agent_lines() -> None:
    messages = [
        _msg(1, 0, "bot"),
        _msg(2, 5, "customer"),
        _msg(3, 6, "bot"),
        _msg(4, 8, "system"),
        _msg(5, 9, "customer"),
        _msg(6, 30, "agent"),
    ]
    assert first_response_seconds(messages) == 25.0
    assert first_response_seconds([_msg(1, 0, "agent"), _msg(2, 4, "customer")]) is None
    assert first_response_seconds([]) is None
