"""The shipped checklist's automatic checks over the sample exports, pinned record by record.

Platform A (240 chats), platform B (60 chats) and the 40 calls with their transcripts are
imported as a user would; the default checklist is installed and run. Every list below was
read off the sample files by hand and cross-checked with a separate script:

* rude (S3): agents saying 我已经说过了，你没看吗？ or 没办法，爱投诉就投诉吧 (16 chats), and
  不知道，你自己去问快递员 (2 chats; "不知道" on its own is a forbidden brush-off);
* buck-passing (S4): 你自己去问快递员 and 这个不归我们管, once each;
* no greeting (S1): the agent opens with 在 or 说 instead of 您好…;
* no closing (S5): neither of the agent's last two messages closes the conversation;
* slow first response (T1): more than 30 s from the customer's first message to the agent;
* reply gaps (T2): later customer messages waiting more than 60 s for the agent (the first
  wait is T1's and is not counted twice);
* no waybill (A1): no waybill-looking number anywhere in the conversation;
* risk: customers threatening a complaint (我要投诉, 12305投诉).

The calls are all well behaved: greeting and closing present, a waybill stated, no speech
faster than 300 characters a minute, no overlapping speech. Three of them hold a long
silence — each right after the agent's 请您稍等 — which the hold rule excuses; a checklist
without hold phrases catches exactly those three.

The dirty UTF-16 file is left out: it exists to test the importer, and its deliberately
broken times would make any timing verdict about them meaningless.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from qa_desk.domain import passwords
from qa_desk.domain.checklist import ChecklistSpec, ItemSpec, SectionSpec
from qa_desk.services.registry import Services
from qa_desk.storage.models import AutoCheckResult, Record

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"
MORE_AGENTS = {
    "A0102": ("李娜", "V01"),
    "A0103": ("张伟", "V01"),
    "A0104": ("刘洋", "V01"),
    "A0105": ("陈静", "V01"),
    "A0202": ("赵敏", "V02"),
    "A0203": ("黄磊", "V02"),
    "A0204": ("周婷", "V02"),
}


def ids(text: str) -> set[str]:
    return set(text.split())


RUDE = ids("""
    C2026110200008 C2026110200188 C2026110300039 C2026110300047 C2026110400184 C2026110500161
    C2026110600027 C2026110600139 C2026110600148 C2026110600149 C2026110600222 C2026110700028
    C2026110700173 C2026110700183 C2026110900160 C2026110900239 C2026110901032 C2026111001052
""")
BUCK_PASSING = {
    "C2026110300047": "你自己去问快递员",
    "C2026110700212": "不归我们管",
    "C2026110800202": "不归我们管",
    "C2026110900239": "你自己去问快递员",
}
NO_GREETING = ids("""
    C2026110200079 C2026110300002 C2026110300012 C2026110300017 C2026110300029 C2026110300089
    C2026110300101 C2026110400119 C2026110400163 C2026110400184 C2026110400225 C2026110400235
    C2026110500038 C2026110500106 C2026110600061 C2026110600072 C2026110600086 C2026110600090
    C2026110600107 C2026110600153 C2026110600228 C2026110600229 C2026110700062 C2026110700146
    C2026110700169 C2026110700224 C2026110800130 C2026110901014 C2026110901047 C2026111001020
    C2026111101017 C2026111101025
""")
NO_CLOSING = ids("""
    C2026110200138 C2026110400006 C2026110400007 C2026110400034 C2026110400063 C2026110400118
    C2026110400125 C2026110400164 C2026110400178 C2026110400190 C2026110400193 C2026110400220
    C2026110500041 C2026110500161 C2026110600027 C2026110600067 C2026110600072 C2026110600107
    C2026110600122 C2026110600148 C2026110600153 C2026110600168 C2026110600221 C2026110600229
    C2026110700087 C2026110700123 C2026110700147 C2026110700169 C2026110700212 C2026110700232
    C2026110800049 C2026110800053 C2026110800082 C2026110800099 C2026110800109 C2026110800131
    C2026110800202 C2026110900092 C2026110900096 C2026110900121 C2026110900210 C2026110900239
    C2026110901007 C2026110901042 C2026110901047 C2026110901058 C2026111001033 C2026111001034
    C2026111101018 C2026111101022 C2026111101053 C2026111101055
""")
SLOW_FIRST_RESPONSE = ids("""
    C2026110200010 C2026110200068 C2026110200091 C2026110200138 C2026110200143 C2026110200188
    C2026110300076 C2026110300080 C2026110300154 C2026110300175 C2026110300187 C2026110400003
    C2026110400007 C2026110400034 C2026110400057 C2026110400120 C2026110400166 C2026110400167
    C2026110400170 C2026110400177 C2026110400207 C2026110400220 C2026110400235 C2026110500038
    C2026110500040 C2026110500065 C2026110500094 C2026110500100 C2026110500145 C2026110500161
    C2026110500196 C2026110600069 C2026110600086 C2026110600122 C2026110700009 C2026110700111
    C2026110700127 C2026110700129 C2026110800019 C2026110800022 C2026110800077 C2026110800083
    C2026110800085 C2026110800150 C2026110800156 C2026110800200 C2026110800219 C2026110800230
    C2026110900096 C2026110900110 C2026110900117 C2026110900121 C2026111001030 C2026111001034
    C2026111001052 C2026111101019 C2026111101022 C2026111101031 C2026111201016 C2026111201037
""")
# Reply-gap breaches per conversation (each costs a point of T2's 3).
REPLY_GAPS = {
    **dict.fromkeys(
        ids("""
        C2026110200010 C2026110200068 C2026110300154 C2026110300175 C2026110300187
        C2026110400003 C2026110400034 C2026110400166 C2026110400167 C2026110400220
        C2026110500038 C2026110500040 C2026110500094 C2026110500196 C2026110600069
        C2026110700009 C2026110700111 C2026110800077 C2026110800156 C2026110800200
        C2026110800219 C2026110900096 C2026110900110 C2026111001030 C2026111101022
        C2026111201037
        """),
        1,
    ),
    **dict.fromkeys(
        ids("""
        C2026110300076 C2026110400007 C2026110400207 C2026110400235 C2026110500065
        C2026110500145 C2026110600086 C2026110600122 C2026110800022 C2026110800085
        C2026110800230 C2026111001034 C2026111001052 C2026111201016
        """),
        2,
    ),
    **dict.fromkeys(
        ids("""
        C2026110200138 C2026110200143 C2026110200188 C2026110400057 C2026110400120
        C2026110400177 C2026110500100 C2026110500161 C2026110700127 C2026110700129
        C2026110800083 C2026110900117 C2026110900121 C2026111101031
        """),
        3,
    ),
    "C2026110200091": 4,
}
NO_WAYBILL = ids("""
    C2026110200079 C2026110200104 C2026110200197 C2026110300036 C2026110300039 C2026110300071
    C2026110300078 C2026110300080 C2026110300089 C2026110300095 C2026110300101 C2026110300126
    C2026110300198 C2026110300231 C2026110400023 C2026110400070 C2026110400118 C2026110400119
    C2026110400125 C2026110400167 C2026110400186 C2026110400193 C2026110400225 C2026110500004
    C2026110500025 C2026110500103 C2026110500105 C2026110500113 C2026110500133 C2026110500161
    C2026110500196 C2026110600107 C2026110600115 C2026110600172 C2026110600221 C2026110600222
    C2026110700028 C2026110700058 C2026110700146 C2026110700169 C2026110700173 C2026110700226
    C2026110800019 C2026110800022 C2026110800037 C2026110800053 C2026110800108 C2026110800109
    C2026110800150 C2026110800156 C2026110800182 C2026110800189 C2026110800191 C2026110800199
    C2026110800215 C2026110800230 C2026110900092 C2026110900210 C2026110900239 C2026110901001
    C2026110901003 C2026110901004 C2026110901027 C2026110901036 C2026110901047 C2026111001002
    C2026111001011 C2026111001012 C2026111001039 C2026111001040 C2026111001043 C2026111001050
    C2026111101013 C2026111101018 C2026111101023 C2026111101048 C2026111101051 C2026111101054
    C2026111201037 C2026111201049
""")
RISK = ids("""
    C2026110200032 C2026110200097 C2026110200137 C2026110200151 C2026110200155 C2026110200188
    C2026110300012 C2026110300076 C2026110300114 C2026110300159 C2026110300179 C2026110400057
    C2026110400081 C2026110400093 C2026110400178 C2026110400184 C2026110400213 C2026110500038
    C2026110500041 C2026110500060 C2026110500185 C2026110600015 C2026110600102 C2026110600128
    C2026110600139 C2026110600208 C2026110700024 C2026110700050 C2026110700052 C2026110700087
    C2026110700127 C2026110700183 C2026110800000 C2026110800045 C2026110800130 C2026110800176
    C2026110800200 C2026110900096 C2026110900117 C2026110900121 C2026110900204 C2026110901007
    C2026111001015 C2026111001020 C2026111001034 C2026111001038 C2026111101021 C2026111101031
""")
# Calls whose long silence follows 请您稍等 (seconds of silence).
HELD_SILENCES = {"CALL202611040016": 35.635, "CALL202611060025": 24.225, "CALL202611040031": 40.736}


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the org fixture creates five users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture
def samples(services: Services, org: dict[str, Any]) -> Services:
    """The chats of both platforms and the calls with transcripts, imported."""
    admin = org["admin"]
    vendors = {"V01": org["v1"].id, "V02": org["v2"].id}
    for employee_id, (name, vendor) in MORE_AGENTS.items():
        services.org.create_agent(admin, employee_id, name, vendors[vendor])
    services.imports.import_chats(admin, SAMPLES / "chats_platform_a_gbk.csv")
    services.imports.import_chats(admin, SAMPLES / "chats_platform_b.xlsx")
    services.imports.import_calls(
        admin, SAMPLES / "calls.xlsx", transcripts=SAMPLES / "call_transcripts.csv"
    )
    return services


@dataclass(frozen=True)
class Stored:
    verdict: str
    suggested_score: float | None
    evidence: list[dict[str, Any]]


def stored(services: Services, version_id: int) -> dict[str, dict[str, Stored]]:
    """Rule key → {external id: stored result} of one version."""
    stmt = (
        select(
            Record.external_id,
            AutoCheckResult.rule,
            AutoCheckResult.verdict,
            AutoCheckResult.suggested_score,
            AutoCheckResult.evidence,
        )
        .join(Record, Record.id == AutoCheckResult.record_id)
        .where(AutoCheckResult.version_id == version_id)
    )
    out: dict[str, dict[str, Stored]] = {}
    with services.db.engine.connect() as conn:
        for ext, rule, verdict, score, evidence in conn.execute(stmt):
            suggested = None if score is None else float(score)
            out.setdefault(rule, {})[ext] = Stored(verdict, suggested, evidence)
    return out


def record_id(services: Services, external_id: str) -> int:
    with services.db.engine.connect() as conn:
        return int(conn.scalar(select(Record.id).where(Record.external_id == external_id)))


def test_the_default_checklist_finds_what_the_samples_contain(
    samples: Services, org: dict[str, Any]
) -> None:
    services, admin = samples, org["admin"]
    version = services.checklists.install_default(admin)
    summary = services.autocheck.run(admin)
    assert (summary.records, summary.skipped, summary.versions) == (340, 0, (version.id,))
    assert summary.flags == {
        "A1": len(NO_WAYBILL),
        "S1": len(NO_GREETING),
        "S3": len(RUDE),
        "S4": len(BUCK_PASSING),
        "S5": len(NO_CLOSING),
        "T1": len(SLOW_FIRST_RESPONSE),
        "T2": len(REPLY_GAPS),
        "risk": len(RISK),
    }
    assert summary.flags == {
        "A1": 80, "S1": 32, "S3": 18, "S4": 4, "S5": 52, "T1": 60, "T2": 55, "risk": 48
    }  # fmt: skip

    results = stored(services, version.id)
    # Only failures and flags: every timed chat has a customer message and an agent reply,
    # and every rule applies to the channel it ran on.
    assert set(results) == {"A1", "S1", "S3", "S4", "S5", "T1", "T2", "risk"}
    assert summary.results == sum(len(rows) for rows in results.values()) == 349

    def failed(key: str, verdict: str = "fail") -> set[str]:
        rows = results.get(key, {})
        assert {row.verdict for row in rows.values()} <= {verdict}
        return set(rows)

    assert failed("S3") == RUDE
    assert failed("S4") == set(BUCK_PASSING)
    assert failed("S1") == NO_GREETING
    assert failed("S5") == NO_CLOSING
    assert failed("T1") == SLOW_FIRST_RESPONSE
    assert failed("T2") == set(REPLY_GAPS)
    assert failed("A1") == NO_WAYBILL
    assert failed("risk", "flag") == RISK
    # Nothing about the calls: no unexplained silence, overtalk or fast speech.
    assert not {"T3", "overtalk", "speech_rate"} & set(results)
    assert not any(ext.startswith("CALL") for rows in results.values() for ext in rows)

    # What the record view shows, for a few of them.
    def checks(ext: str) -> dict[str, Any]:
        return {
            c.key: c for c in services.autocheck.results_for_record(admin, record_id(services, ext))
        }

    rude = checks("C2026110200008")
    assert (rude["S3"].verdict, rude["S3"].suggested, rude["S3"].label) == (
        "fail",
        0.0,
        "无禁用语、无辱骂讽刺",
    )
    # 我已经说过了，你没看吗？ — two forbidden phrases in one message.
    assert [(e.ref, e.role, e.matched, e.start) for e in rude["S3"].evidence] == [
        (6, "agent", "我已经说过", 0),
        (6, "agent", "你没看吗", 7),
    ]
    assert rude["S3"].occurrences == 2
    assert rude["S1"].verdict == "pass" and rude["S1"].suggested == 2.0
    assert (rude["T3"].verdict, rude["T3"].note) == ("n/a", "channel")
    for ext, phrase in BUCK_PASSING.items():
        s4 = checks(ext)["S4"]
        assert (s4.occurrences, s4.suggested, [e.matched for e in s4.evidence]) == (
            1,
            1.0,
            [phrase],
        )
    slow = checks("C2026110400003")
    assert (slow["T1"].measured, slow["T1"].suggested) == (134.0, 0.0)
    assert (slow["T2"].occurrences, slow["T2"].suggested, slow["T2"].measured) == (1, 2.0, 87.0)
    worst = checks("C2026110200091")["T2"]
    assert (worst.occurrences, worst.suggested, len(worst.evidence)) == (4, 0.0, 4)
    for ext, count in REPLY_GAPS.items():
        assert results["T2"][ext].suggested_score == pytest.approx(max(0, 3 - count)), ext
    no_greeting = checks("C2026110300002")["S1"]
    assert [(e.ref, e.note) for e in no_greeting.evidence] == [(2, "missing")]
    call = checks("CALL202611040016")
    assert {c.verdict for c in call.values() if c.key in ("S1", "S5", "A1", "T3")} == {"pass"}
    assert (call["T1"].verdict, call["T1"].note) == ("n/a", "channel")


def test_without_hold_phrases_the_three_held_silences_are_caught(
    samples: Services, org: dict[str, Any]
) -> None:
    services, admin = samples, org["admin"]
    services.checklists.install_default(admin)
    services.autocheck.run(admin)
    strict = ChecklistSpec(
        name="通话静默（不计等待语）",
        channel="call",
        sections=(
            SectionSpec(
                "T",
                "时效",
                100,
                (
                    ItemSpec(
                        "T3",
                        "无超过 20 秒的静默",
                        kind="deduction",
                        max_points=3,
                        per_occurrence=1,
                        auto_rule="call_silence",
                        auto_params={"limit_s": 20, "hold_packs": []},
                    ),
                ),
            ),
        ),
    )
    draft = services.checklists.create(admin, strict)
    version = services.checklists.publish(admin, draft.id)
    summary = services.autocheck.run(admin)
    # Only the calls, and only for the new checklist: the default one is current.
    assert (summary.records, summary.skipped, summary.flags) == (40, 340, {"T3": 3})
    results = stored(services, version.id)["T3"]
    assert set(results) == set(HELD_SILENCES)
    for ext, seconds in HELD_SILENCES.items():
        [evidence] = [e for e in results[ext].evidence if "ref" in e]
        assert (evidence["ref"], evidence["role"], evidence["note"]) == (3, "agent", "silence")
        assert evidence["measured"] == pytest.approx(seconds)
        assert results[ext].suggested_score == pytest.approx(2)
