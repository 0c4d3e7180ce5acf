"""AutoCheckService on both databases: runs, re-runs, word-list edits, new versions, scoping.

A small outlet is built by hand (bulk inserts through storage, as an import leaves it) so
every expected verdict is known: four chats and two calls over two days, checked against a
test checklist whose rules name their phrases, plus the shipped "forbidden" word list.
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from qa_desk import cli, logging_setup
from qa_desk.domain import passwords
from qa_desk.domain.autocheck import load_default_packs
from qa_desk.domain.checklist import ChecklistSpec, FlagRuleSpec, ItemSpec, SectionSpec
from qa_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from qa_desk.services import autocheck as autocheck_module
from qa_desk.services.actor import Actor
from qa_desk.services.autocheck import RecordCheck
from qa_desk.services.registry import Services
from qa_desk.storage.models import AuditEvent, AutoCheckResult, AutoCheckRun, RulePack
from qa_desk.storage.repositories.autocheck import AutoCheckRepository
from qa_desk.storage.unit_of_work import unit_of_work

DAY1 = datetime(2026, 11, 1, 1, 0, tzinfo=UTC)  # 09:00 on 1 November in Shanghai
DAY2 = DAY1 + timedelta(days=1)
RUDE_PHRASE = "爱投诉就投诉"
NEW_WORD = "磨叽"  # not in the shipped forbidden list; an admin adds it
ADMIN_PASSWORD = "admin-pass-1"  # as the conftest gives the first admin


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the org fixture creates five users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


# ------------------------------------------------------------------ data
@dataclass
class Conv:
    ext: str
    vendor: str  # "v1" | "v2"
    at: datetime
    lines: list[tuple[int, str, str]]  # (seconds or ms offset, role, text)
    channel: str = "chat"


CONVERSATIONS = [
    # Greets, answers within 5 s, closes: passes everything.
    Conv(
        "OK1",
        "v1",
        DAY1,
        [
            (0, "customer", "你好，查一下快递"),
            (5, "agent", "您好，很高兴为您服务"),
            (20, "agent", "已为您查询，明天送达"),
        ],
    ),
    # A forbidden phrase of the checklist itself, and a customer threatening a complaint.
    Conv(
        "RUDE",
        "v1",
        DAY1 + timedelta(hours=1),
        [
            (0, "customer", "我要投诉你们"),
            (10, "agent", "您好"),
            (15, "agent", f"没什么好说的，{RUDE_PHRASE}。"),
        ],
    ),
    # First reply after 45 s; says a word only an edited word list forbids.
    Conv(
        "SLOW",
        "v2",
        DAY2,
        [(0, "customer", "在吗"), (45, "agent", f"您好，{NEW_WORD}什么，说吧")],
    ),
    # Nobody answers.
    Conv("MUTE", "v2", DAY2 + timedelta(hours=1), [(0, "customer", "有人吗")]),
    # A call with 25 s of unexplained silence (segment offsets in ms).
    Conv(
        "CALL1",
        "v1",
        DAY2 + timedelta(hours=2),
        [
            (0, "agent", "您好，请讲"),
            (2500, "customer", "我查一下快递"),
            (30000, "agent", "查到了，明天到"),
        ],
        channel="call",
    ),
    # A call whose silence follows a hold phrase: not a breach.
    Conv(
        "CALL2",
        "v2",
        DAY2 + timedelta(hours=3),
        [
            (0, "agent", "您好，请讲"),
            (2500, "customer", "我查一下快递"),
            (5000, "agent", "请您稍等，我帮您查询一下"),
            (40000, "agent", "查到了，明天到"),
        ],
        channel="call",
    ),
]


def insert(services: Services, org: dict[str, Any], convs: list[Conv]) -> dict[str, int]:
    """Records with their messages (chats) or call details and segments, in bulk."""
    agents = {"v1": org["a1"].id, "v2": org["a2"].id}
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            (
                "test",
                c.ext,
                c.channel,
                org[c.vendor].id,
                agents[c.vendor],
                c.at,
                c.at + timedelta(minutes=2),
                None,
                None,
                None,
                None,
                [],
                len(c.lines),
                None,
                None,
            )
            for c in convs
        )
        ids = uow.bulk.record_ids("test")
        uow.bulk.insert_messages(
            (ids[c.ext], n, c.at + timedelta(seconds=offset), role, None, text)
            for c in convs
            if c.channel == "chat"
            for n, (offset, role, text) in enumerate(c.lines, 1)
        )
        uow.bulk.insert_call_info(
            (ids[c.ext], "inbound", 60.0, None, True) for c in convs if c.channel == "call"
        )
        uow.bulk.insert_segments(
            (ids[c.ext], offset, offset + 2000, role, text)
            for c in convs
            if c.channel == "call"
            for offset, role, text in c.lines
        )
    return ids


def checklist_spec(first_response_limit: float = 30) -> ChecklistSpec:
    return ChecklistSpec(
        name="测试评分表",
        sections=(
            SectionSpec(
                "S",
                "服务",
                100,
                (
                    ItemSpec(
                        "G1",
                        "问候",
                        max_points=2,
                        auto_rule="required_phrases",
                        auto_params={"phrases": ["您好"], "position": "first", "turns": 2},
                    ),
                    ItemSpec(
                        "F1",
                        "无禁用语",
                        max_points=3,
                        critical="all",
                        auto_rule="forbidden_phrases",
                        auto_params={"packs": ["forbidden"], "phrases": [RUDE_PHRASE]},
                    ),
                    ItemSpec(
                        "R1",
                        "首次响应",
                        max_points=2,
                        allows_na=True,
                        auto_rule="first_response",
                        auto_params={"limit_s": first_response_limit},
                    ),
                    ItemSpec(
                        "Q1",
                        "无静默",
                        kind="deduction",
                        max_points=3,
                        per_occurrence=1,
                        allows_na=True,
                        auto_rule="call_silence",
                        auto_params={"limit_s": 20, "hold_packs": ["hold"]},
                    ),
                    ItemSpec("M1", "态度", kind="scale", max_points=3, levels=(0, 1, 2, 3)),
                ),
            ),
        ),
        flag_rules=(
            FlagRuleSpec(
                "risk", "risk_keywords", "风险", {"packs": [], "phrases": ["投诉", "12315"]}
            ),
        ),
    )


@dataclass
class Outlet:
    services: Services
    org: dict[str, Any]
    ids: dict[str, int]
    version_id: int

    @property
    def admin(self) -> Actor:
        return self.org["admin"]

    def checks(self, ext: str, actor: str = "admin") -> dict[str, RecordCheck]:
        found = self.services.autocheck.results_for_record(self.org[actor], self.ids[ext])
        return {c.key: c for c in found}

    def verdicts(self, ext: str) -> dict[str, str]:
        return {key: c.verdict for key, c in self.checks(ext).items()}

    def count(self, model: type, **where: Any) -> int:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        with self.services.db.engine.connect() as conn:
            return int(conn.scalar(stmt) or 0)

    def events(self, entity: str) -> list[AuditEvent]:
        with self.services.db.engine.connect() as conn:
            stmt = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.seq)
            return list(conn.execute(stmt).all())


@pytest.fixture
def outlet(services: Services, org: dict[str, Any]) -> Outlet:
    ids = insert(services, org, CONVERSATIONS)
    admin = org["admin"]
    draft = services.checklists.create(admin, checklist_spec())
    version = services.checklists.publish(admin, draft.id)
    return Outlet(services, org, ids, version.id)


ALL = {c.ext for c in CONVERSATIONS}
EXPECTED = {
    "OK1": {"G1": "pass", "F1": "pass", "R1": "pass", "Q1": "n/a", "risk": "pass"},
    "RUDE": {"G1": "pass", "F1": "fail", "R1": "pass", "Q1": "n/a", "risk": "flag"},
    "SLOW": {"G1": "pass", "F1": "pass", "R1": "fail", "Q1": "n/a", "risk": "pass"},
    "MUTE": {"G1": "fail", "F1": "pass", "R1": "fail", "Q1": "n/a", "risk": "pass"},
    "CALL1": {"G1": "pass", "F1": "pass", "R1": "n/a", "Q1": "fail", "risk": "pass"},
    "CALL2": {"G1": "pass", "F1": "pass", "R1": "n/a", "Q1": "pass", "risk": "pass"},
}


# ------------------------------------------------------------------ running
def test_run_checks_every_record_and_stores_only_what_is_not_a_pass(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    assert services.autocheck.stale_count(admin) == 6
    seen: list[tuple[int, int, str]] = []
    summary = services.autocheck.run(admin, progress=lambda *a: seen.append(a))
    assert (summary.records, summary.skipped, summary.versions) == (6, 0, (outlet.version_id,))
    assert summary.flags == {"F1": 1, "G1": 1, "Q1": 1, "R1": 2, "risk": 1}
    assert summary.results == 6 and not summary.cancelled
    assert seen[0] == (0, 6, autocheck_module.RUN_MESSAGE) and seen[-1][:2] == (6, 6)
    assert services.autocheck.stale_count(admin) == 0

    for ext, expected in EXPECTED.items():
        assert outlet.verdicts(ext) == expected, ext
    # One run row per record; result rows only for fail / flag.
    assert outlet.count(AutoCheckRun) == 6
    assert outlet.count(AutoCheckResult) == 6
    assert outlet.count(AutoCheckResult, verdict="pass") == 0

    # One audit event for the whole run, with its summary.
    [event] = outlet.events("autocheck")
    assert (event.action, event.user_login) == ("run", "admin")
    assert event.after["records"] == 6 and event.after["flags"]["R1"] == 2


def test_results_carry_suggested_scores_measures_and_evidence(outlet: Outlet) -> None:
    outlet.services.autocheck.run(outlet.admin)

    rude = outlet.checks("RUDE")
    assert [c.key for c in rude.values()] == ["G1", "F1", "R1", "Q1", "risk"]
    forbidden = rude["F1"]
    assert (forbidden.rule, forbidden.item_code, forbidden.label) == (
        "forbidden_phrases",
        "F1",
        "无禁用语",
    )
    assert (forbidden.verdict, forbidden.suggested, forbidden.occurrences) == ("fail", 0.0, 1)
    [hit] = forbidden.evidence
    assert (hit.ref, hit.role, hit.matched) == (3, "agent", RUDE_PHRASE)
    text = CONVERSATIONS[1].lines[2][2]
    assert text[hit.start : hit.end] == RUDE_PHRASE
    risk = rude["risk"]
    assert (risk.verdict, risk.suggested, risk.item_code, risk.label) == (
        "flag",
        None,
        None,
        "风险",
    )
    assert [(e.ref, e.role, e.matched) for e in risk.evidence] == [(1, "customer", "投诉")]

    # Passes are inferred: the item's full points; the other channel's rules are n/a.
    assert (rude["G1"].verdict, rude["G1"].suggested, rude["G1"].evidence) == ("pass", 2.0, ())
    assert (rude["Q1"].verdict, rude["Q1"].suggested, rude["Q1"].note) == ("n/a", None, "channel")
    assert {c.version_id for c in rude.values()} == {outlet.version_id}

    slow = outlet.checks("SLOW")["R1"]
    assert (slow.verdict, slow.suggested, slow.measured) == ("fail", 0.0, 45.0)

    mute = outlet.checks("MUTE")
    assert mute["R1"].verdict == "fail" and mute["G1"].verdict == "fail"
    assert mute["G1"].note == "no_agent_reply" or any(
        e.note == "no_agent_reply" for e in mute["G1"].evidence
    )

    silence = outlet.checks("CALL1")["Q1"]
    assert (silence.verdict, silence.occurrences, silence.suggested) == ("fail", 1, 2.0)
    assert silence.measured == pytest.approx(25.5)
    [gap] = silence.evidence
    assert gap.ref == 2 and gap.measured == pytest.approx(25.5)
    call = outlet.checks("CALL2")
    assert (call["Q1"].verdict, call["Q1"].suggested) == ("pass", 3.0)
    assert (call["R1"].verdict, call["R1"].note) == ("n/a", "channel")


def test_a_second_run_skips_current_records_and_force_checks_them_again(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    services.autocheck.run(admin)
    again = services.autocheck.run(admin)
    assert (again.records, again.results, again.skipped, again.flags) == (0, 0, 6, {})
    assert len(outlet.events("autocheck")) == 1  # nothing done, nothing to record

    forced = services.autocheck.run(admin, force=True)
    assert (forced.records, forced.results, forced.skipped) == (6, 6, 0)
    # Replaced, not added to.
    assert outlet.count(AutoCheckRun) == 6 and outlet.count(AutoCheckResult) == 6
    assert len(outlet.events("autocheck")) == 2


def test_a_period_checks_only_its_records_by_outlet_local_date(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    day2 = date(2026, 11, 2)
    summary = services.autocheck.run(admin, date_from=day2, date_to=day2)
    assert summary.records == 4
    assert outlet.checks("OK1") == {}  # never checked yet
    assert outlet.verdicts("SLOW") == EXPECTED["SLOW"]
    rest = services.autocheck.run(admin)
    assert (rest.records, rest.skipped) == (2, 4)
    with pytest.raises(ValidationError, match="ends before it starts"):
        services.autocheck.run(admin, date_from=day2, date_to=date(2026, 11, 1))


def test_editing_a_word_list_checks_every_record_again(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    services.autocheck.run(admin)
    assert outlet.verdicts("SLOW")["F1"] == "pass"

    shipped = load_default_packs()["forbidden"]
    assert NEW_WORD not in shipped
    info = services.autocheck.save_pack(admin, "forbidden", shipped + f"\n{NEW_WORD}\n")
    assert info.edited and info.updated_by == "admin" and info.default_content == shipped
    assert NEW_WORD in info.content
    [event] = outlet.events("rule_pack")
    assert (event.entity_id, event.action) == ("forbidden", "update")
    assert NEW_WORD in event.after["content"] and NEW_WORD not in event.before["content"]
    assert services.autocheck.stale_count(admin) == 6

    summary = services.autocheck.run(admin)
    assert (summary.records, summary.skipped) == (6, 0)
    slow = outlet.checks("SLOW")["F1"]
    assert slow.verdict == "fail" and [e.matched for e in slow.evidence] == [NEW_WORD]

    # Back to the shipped list: checked again, and the word passes again.
    reset = services.autocheck.reset_pack(admin, "forbidden")
    assert not reset.edited and reset.content == shipped and reset.updated_by is None
    assert outlet.count(RulePack) == 0
    assert [e.action for e in outlet.events("rule_pack")] == ["update", "reset"]
    assert services.autocheck.run(admin).records == 6
    assert outlet.verdicts("SLOW")["F1"] == "pass"


def test_word_lists_are_listed_validated_and_only_admins_edit_them(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    packs = {p.name: p for p in services.autocheck.packs(outlet.org["sup1"])}
    assert {"forbidden", "buck_passing", "greeting", "closing", "hold", "risk"} <= set(packs)
    assert all(not p.edited and p.content == p.default_content for p in packs.values())
    assert packs["greeting"].entries > 0

    with pytest.raises(ValidationError, match="line 2"):
        services.autocheck.save_pack(admin, "forbidden", "好\nre:(unclosed\n")
    with pytest.raises(PermissionDenied):
        services.autocheck.save_pack(outlet.org["insp"], "forbidden", "好\n")
    with pytest.raises(NotFound):
        services.autocheck.save_pack(admin, "no_such_list", "好\n")
    assert outlet.count(RulePack) == 0 and outlet.events("rule_pack") == []

    # Saving the shipped text (give or take line ends) is no edit at all.
    same = services.autocheck.save_pack(
        admin, "hold", packs["hold"].content.replace("\n", "\r\n") + "\n\n"
    )
    assert not same.edited and outlet.count(RulePack) == 0


def test_a_new_published_version_checks_every_record_again(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    services.autocheck.run(admin)
    assert outlet.verdicts("SLOW")["R1"] == "fail"

    draft = services.checklists.new_draft(admin, outlet.version_id)
    services.checklists.save_draft(admin, draft.id, checklist_spec(first_response_limit=60))
    services.checklists.publish(admin, draft.id)
    assert services.autocheck.stale_count(admin) == 6

    summary = services.autocheck.run(admin)
    assert (summary.records, summary.versions) == (6, (draft.id,))
    checks = outlet.checks("SLOW")
    assert checks["R1"].verdict == "pass"
    assert {c.version_id for c in checks.values()} == {draft.id}
    # The retired version's results stay stored (inspections pinned to it may read them).
    assert outlet.count(AutoCheckResult, version_id=outlet.version_id) == 6
    labels = services.autocheck.flag_labels(admin)
    assert [(lb.key, lb.rule, lb.version_id) for lb in labels] == [
        ("G1", "required_phrases", draft.id),
        ("F1", "forbidden_phrases", draft.id),
        ("R1", "first_response", draft.id),
        ("Q1", "call_silence", draft.id),
        ("risk", "risk_keywords", draft.id),
    ]
    assert labels[0].label == "问候" and labels[-1].label == "风险"


def test_inactive_and_channel_bound_checklists(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    checklist_id = services.checklists.version(admin, outlet.version_id).checklist_id
    services.checklists.set_active(admin, checklist_id, False)
    assert services.autocheck.run(admin) == autocheck_module.RunSummary(0, 0, {}, (), 0)

    calls_only = ChecklistSpec(
        name="通话评分表",
        channel="call",
        sections=checklist_spec().sections,
    )
    draft = services.checklists.create(admin, calls_only)
    services.checklists.publish(admin, draft.id)
    summary = services.autocheck.run(admin)
    assert (summary.records, summary.versions) == (2, (draft.id,))
    assert outlet.checks("OK1") == {}
    assert outlet.verdicts("CALL1")["Q1"] == "fail"


def test_cancel_between_chunks_keeps_the_finished_ones(
    outlet: Outlet, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, admin = outlet.services, outlet.admin
    monkeypatch.setattr(autocheck_module, "CHUNK", 4)
    progress: list[int] = []
    summary = services.autocheck.run(
        admin,
        progress=lambda done, total, message: progress.append(done),
        cancelled=lambda: bool(progress[1:]),
    )
    assert summary.cancelled and summary.records == 4 and progress == [0, 4]
    assert outlet.count(AutoCheckRun) == 4
    assert services.autocheck.stale_count(admin) == 2
    [event] = outlet.events("autocheck")
    assert event.after["cancelled"] is True and event.after["records"] == 4

    rest = services.autocheck.run(admin)
    assert (rest.records, rest.skipped, rest.cancelled) == (2, 4, False)
    for ext, expected in EXPECTED.items():
        assert outlet.verdicts(ext) == expected, ext


def test_supervisors_read_only_their_vendors_results(outlet: Outlet) -> None:
    services, org = outlet.services, outlet.org
    services.autocheck.run(org["insp"])  # inspectors may run the checks
    assert outlet.verdicts("RUDE") == EXPECTED["RUDE"]
    assert outlet.checks("RUDE", "sup1")["F1"].verdict == "fail"
    assert outlet.checks("SLOW", "sup2")["R1"].verdict == "fail"
    with pytest.raises(NotFound):
        outlet.checks("SLOW", "sup1")
    with pytest.raises(NotFound):
        outlet.checks("RUDE", "sup2")
    with pytest.raises(NotFound):
        services.autocheck.results_for_record(org["admin"], 10**9)
    assert services.autocheck.flag_counts(org["sup1"]) == {"F1": 1, "Q1": 1, "risk": 1}
    assert services.autocheck.flag_counts(org["sup2"]) == {"G1": 1, "R1": 2}
    assert services.autocheck.stale_count(org["sup2"]) == 0
    for who in ("sup1", "aud"):
        with pytest.raises(PermissionDenied):
            services.autocheck.run(org[who])


def test_stored_evidence_is_a_json_list_of_dicts(outlet: Outlet) -> None:
    outlet.services.autocheck.run(outlet.admin)
    with outlet.services.db.engine.connect() as conn:
        row = conn.execute(
            select(AutoCheckResult).where(
                AutoCheckResult.record_id == outlet.ids["RUDE"], AutoCheckResult.rule == "F1"
            )
        ).one()
    assert row.item_id is not None and row.verdict == "fail" and float(row.suggested_score) == 0
    assert isinstance(row.evidence, list) and all(isinstance(e, dict) for e in row.evidence)
    pieces = [e for e in row.evidence if "ref" in e]
    start = CONVERSATIONS[1].lines[2][2].index(RUDE_PHRASE)
    assert pieces == [
        {"ref": 3, "role": "agent", "matched": RUDE_PHRASE, "start": start, "end": start + 6}
    ]


def test_a_record_without_any_text_is_not_applicable_rather_than_failed(outlet: Outlet) -> None:
    """A call imported without its transcript: nothing to judge, so no failed greeting."""
    services = outlet.services
    silent = Conv("CALL3", "v2", DAY2 + timedelta(hours=4), [], channel="call")
    outlet.ids.update(insert(services, outlet.org, [silent]))
    summary = services.autocheck.run(outlet.admin)
    assert summary.records == 7 and summary.flags == {"F1": 1, "G1": 1, "Q1": 1, "R1": 2, "risk": 1}
    checks = outlet.checks("CALL3")
    assert {key: (c.verdict, c.note) for key, c in checks.items()} == {
        "G1": ("n/a", "no_text"),
        "F1": ("n/a", "no_text"),
        "R1": ("n/a", "channel"),
        "Q1": ("n/a", "no_text"),
        "risk": ("n/a", "no_text"),
    }
    assert all(c.suggested is None for c in checks.values())
    assert outlet.count(AutoCheckResult, record_id=outlet.ids["CALL3"]) == 4


# ------------------------------------------------------------------ command line
def test_the_command_line_runs_the_checks(
    outlet: Outlet, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    url = outlet.services.db.url
    base = ["--db", url, "--user", "admin"] if url.startswith("postgresql") else ["--db", url]

    def qa(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main([*base, *argv])
        finally:
            logging_setup.reset()
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, err = qa("--json", "autocheck", "run", "--from", "2026-11-02", "--to", "2026-11-02")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["records", "results", "flags", "skipped"]
    assert data == {
        "records": 4,
        "results": 4,
        "flags": {"G1": 1, "Q1": 1, "R1": 2},
        "skipped": 0,
    }

    code, out, err = qa("autocheck", "run")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Checked 2 records (4 already current); 2 results stored."
    assert lines[1:] == [
        "Records failed or flagged, by rule:",
        "  F1            1  无禁用语",
        "  risk          1  风险",
    ]

    code, out, err = qa("--json", "autocheck", "run", "--force")
    assert (code, json.loads(out)["records"], json.loads(out)["skipped"]) == (0, 6, 0)

    checklist_id = outlet.services.checklists.version(outlet.admin, outlet.version_id).checklist_id
    outlet.services.checklists.set_active(outlet.admin, checklist_id, False)
    code, out, err = qa("--json", "autocheck", "run")
    assert code == 0 and json.loads(out) == {"records": 0, "results": 0, "flags": {}, "skipped": 0}
    assert "no published, active checklist has automatic rules" in err

    code, out, err = qa("autocheck", "run", "--from", "2 Nov")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        "qa-desk: --from '2 Nov' is not a date; write it as YYYY-MM-DD."
    ]


def test_two_runs_at_once_take_turns_instead_of_colliding(
    outlet: Outlet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two desks start a run together: each chunk is written by one of them, and together
    they check every record once (without the per-version lock both would pick the same
    records and the second would fail on the first one's rows)."""
    monkeypatch.setattr(autocheck_module, "CHUNK", 3)
    both_chose = threading.Barrier(2)
    pending = AutoCheckRepository.pending

    def pending_then_wait(self: AutoCheckRepository, *args: Any, **kwargs: Any) -> Any:
        found = pending(self, *args, **kwargs)
        # Hold the chunk open until the other run has chosen too, or has waited long
        # enough to show that it cannot choose while this chunk is open.
        with contextlib.suppress(threading.BrokenBarrierError):
            both_chose.wait(timeout=0.5)
        return found

    monkeypatch.setattr(AutoCheckRepository, "pending", pending_then_wait)
    summaries: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            summaries.append(outlet.services.autocheck.run(outlet.org["insp"]))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == [] and len(summaries) == 2
    assert sum(s.records for s in summaries) == 6
    assert outlet.count(AutoCheckRun) == 6 and outlet.count(AutoCheckResult) == 6
    for ext, expected in EXPECTED.items():
        assert outlet.verdicts(ext) == expected, ext
