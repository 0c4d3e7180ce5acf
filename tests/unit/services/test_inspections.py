"""InspectionService on both databases: queue and next, pre-filling from the automatic checks,
autosave with optimistic concurrency, overrides, submitting, reopening, scoping, lists.

A small outlet is built by hand: chats and a call whose automatic checks against the shipped
checklist give known verdicts, and a sample of them made directly in storage, some items
assigned to the inspector and some left in the shared pool.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from qa_desk import cli, logging_setup
from qa_desk.domain import passwords
from qa_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from qa_desk.domain.roles import Role
from qa_desk.domain.sampling import SizeRule
from qa_desk.domain.timeutil import utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.inspections import (
    AnswerEdit,
    InspectionFilter,
    InspectionInfo,
    InspectionService,
)
from qa_desk.services.registry import Services, open_services
from qa_desk.services.sampling import PlanSpec, PopulationFilter
from qa_desk.storage.models import (
    AnswerHistory,
    AuditEvent,
    Inspection,
    Message,
    Sample,
    SampleItem,
)
from qa_desk.storage.unit_of_work import unit_of_work

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
PASSWORD = "secret-pass-1"
ADMIN_PASSWORD = "admin-pass-1"  # as the conftest gives the first admin

GREETING = "您好，很高兴为您服务，请问有什么可以帮您？"
CLOSING = "请问还有其他可以帮您的吗？感谢您的耐心，祝您生活愉快。"

# (external id, vendor, [(seconds after the start, role, text)]).
CHATS: list[tuple[str, str, list[tuple[int, str, str]]]] = [
    # Passes every automatic check.
    (
        "CLEAN",
        "v1",
        [
            (0, "customer", "你好，运单SF1234567890123三天没动了"),
            (8, "agent", GREETING),
            (30, "agent", "已为您查询，运单SF1234567890123明天派送。"),
            (45, "customer", "好的谢谢"),
            (50, "agent", CLOSING),
        ],
    ),
    # A forbidden phrase of the critical item S3.
    (
        "RUDE",
        "v1",
        [
            (0, "customer", "我的件到底什么时候到？运单SF1234567890124"),
            (6, "agent", GREETING),
            (20, "customer", "都问了好几次了"),
            (28, "agent", "说了多少遍了，催什么催，等着吧。"),
            (40, "agent", CLOSING),
        ],
    ),
    # Passing the buck twice in one line: the deduction item S4 counts 2 occurrences.
    (
        "BUCK",
        "v1",
        [
            (0, "customer", "快递员不接电话，运单SF1234567890126"),
            (5, "agent", GREETING),
            (15, "agent", "这个我们管不了，你自己去找快递员吧。"),
            (20, "agent", CLOSING),
        ],
    ),
    # The first reply comes after 95 s: T1 fails.
    (
        "SLOW",
        "v2",
        [
            (0, "customer", "在吗？运单SF1234567890125一直没派送"),
            (95, "agent", GREETING),
            (110, "agent", "已帮您催件。"),
            (120, "agent", CLOSING),
        ],
    ),
]
# A call with 25 s of unexplained silence: T3 deducts one occurrence.
CALL_SEGMENTS: list[tuple[int, int, str, str]] = [
    (0, 3000, "agent", "您好，很高兴为您服务。"),
    (3500, 9000, "customer", "我的快递SF1234567890127丢了。"),
    (9500, 12000, "agent", "嗯，好的。"),
    (37000, 40000, "agent", "查到了，已经为您登记理赔。"),
    (40500, 43000, "customer", "好的。"),
    (43500, 46000, "agent", "请问还有其他可以帮您的吗？"),
]
# Item codes of the shipped checklist without an automatic rule.
MANUAL = ("S2", "A2", "A3", "A4", "A5", "T4", "T5")


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


# ------------------------------------------------------------------ data
@dataclass
class Outlet:
    services: Services
    inspections: InspectionService
    admin: Actor
    insp: Actor
    insp2: Actor
    sup1: Actor
    sup2: Actor
    org: dict[str, Any]
    version_id: int
    records: dict[str, int]  # external id -> record id
    sample_id: int
    items: dict[str, int]  # external id -> sample item id


def insert_records(services: Services, org: dict[str, Any]) -> dict[str, int]:
    agents = {"v1": org["a1"].id, "v2": org["a2"].id}
    with unit_of_work(services.db, write=True) as uow:
        rows = []
        for i, (ext, vendor, lines) in enumerate(CHATS):
            start = T0 + timedelta(hours=i)
            rows.append(
                ("t", ext, "chat", org[vendor].id, agents[vendor], start,
                 start + timedelta(seconds=lines[-1][0]), None, None, "查件", 4, [],
                 len(lines), None, None)
            )  # fmt: skip
        start = T0 + timedelta(hours=len(CHATS))
        rows.append(
            ("t", "CALL", "call", org["v2"].id, agents["v2"], start,
             start + timedelta(seconds=46), None, None, "丢件", None, [],
             len(CALL_SEGMENTS), None, None)
        )  # fmt: skip
        uow.bulk.insert_records(rows)
        ids = uow.bulk.record_ids("t")
        uow.bulk.insert_messages(
            (ids[ext], seq, T0 + timedelta(hours=i, seconds=at), role, None, text)
            for i, (ext, _vendor, lines) in enumerate(CHATS)
            for seq, (at, role, text) in enumerate(lines, 1)
        )
        uow.bulk.insert_call_info([(ids["CALL"], "inbound", 46.0, None, False)])
        uow.bulk.insert_segments((ids["CALL"], *segment) for segment in CALL_SEGMENTS)
    return dict(ids)


def make_sample(
    services: Services,
    record_ids: list[int],
    assigned: dict[int, int | None],
    version_id: int | None = None,
) -> tuple[int, dict[int, int]]:
    """A sample of ``record_ids`` (record id -> assignee); returns its id and record id ->
    item id. Written straight to storage, as a draw leaves it."""
    now = utcnow()
    with services.db.session(write=True) as session:
        sample = Sample(
            purpose="routine",
            checklist_version_id=version_id,
            drawn_at=now,
            population_count=len(record_ids),
            seed=7,
            method="random",
            params={},
        )
        session.add(sample)
        session.flush()
        items = {}
        for record_id in record_ids:
            user_id = assigned.get(record_id)
            item = SampleItem(
                sample_id=sample.id,
                record_id=record_id,
                weight=1.0,
                part="random",
                reason=json.dumps({"code": "random", "population": len(record_ids)}),
                assigned_to=user_id,
                assigned_at=now if user_id else None,
            )
            session.add(item)
            session.flush()
            items[record_id] = item.id
        return sample.id, items


@pytest.fixture
def outlet(services: Services, org: dict[str, Any]) -> Outlet:
    admin: Actor = org["admin"]  # type: ignore[assignment]
    version = services.checklists.install_default(admin, "zh_CN")
    services.accounts.create_user(admin, "insp2", "质检员二", Role.INSPECTOR, PASSWORD)
    records = insert_records(services, org)
    services.autocheck.run(admin)
    insp = org["insp"]
    insp2 = services.accounts.actor_by_login("insp2")
    # CLEAN, RUDE, BUCK and SLOW go to the inspector; CALL stays in the shared pool.
    order = ["CLEAN", "RUDE", "BUCK", "SLOW", "CALL"]
    assigned = {records[e]: insp.user_id for e in order[:4]}
    sample_id, items = make_sample(
        services, [records[e] for e in order], assigned, version_id=version.id
    )
    return Outlet(
        services=services,
        inspections=services.inspections,
        admin=admin,
        insp=insp,
        insp2=insp2,
        sup1=org["sup1"],
        sup2=org["sup2"],
        org=org,
        version_id=version.id,
        records=records,
        sample_id=sample_id,
        items={ext: items[records[ext]] for ext in order},
    )


def answer_of(info: InspectionInfo, code: str) -> Any:
    found = info.answer(code)
    assert found is not None, code
    return found


def events(services: Services, entity: str = "inspection") -> list[AuditEvent]:
    with services.db.session() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.seq)
            )
        )


# Answers for the items without an automatic rule: with the CLEAN chat's pre-filled ones,
# S = (2+2+3+2+2)/12, A = (2+2+3+0+2)/12 with A5 N/A, T = (2+3+2)/7 with T3 (calls only)
# and T4 N/A: total = (30 × 91.667 + 45 × 75 + 25 × 100) / 100 = 86.25.
MANUAL_EDITS = (
    AnswerEdit("S2", 2),
    AnswerEdit("A2", 1),
    AnswerEdit("A3", 3),
    AnswerEdit("A4", 0, comment="未核实收件地址"),
    AnswerEdit("A5", na=True),
    AnswerEdit("T4", na=True),
    AnswerEdit("T5", 1),
)


def fill_and_submit(o: Outlet, ext: str, *more: AnswerEdit) -> InspectionInfo:
    info = o.inspections.open(o.insp, o.items[ext])
    info = o.inspections.save(o.insp, info.id, info.row_version, [*MANUAL_EDITS, *more])
    return o.inspections.submit(o.insp, info.id, info.row_version)


# ------------------------------------------------------------------ opening
def test_opening_prefills_answers_from_the_automatic_checks(outlet: Outlet) -> None:
    o = outlet
    info = o.inspections.open(o.insp, o.items["CLEAN"])
    assert (info.status, info.inspector, info.version_id) == ("draft", "insp", o.version_id)
    assert (info.record_external_id, info.channel, info.vendor, info.agent) == (
        "CLEAN",
        "chat",
        "V01",
        "A0101",
    )
    assert [a.item_code for a in info.answers] == [i.code for _s, i in info.spec.items()]
    s1 = answer_of(info, "S1")
    assert (s1.value, s1.na, s1.score, s1.overridden) == (1.0, False, 2.0, False)
    assert s1.auto is not None and s1.auto["verdict"] == "pass" and s1.auto["rule"]
    # Call silence does not apply to chats: N/A, which the item allows.
    t3 = answer_of(info, "T3")
    assert (t3.value, t3.na, t3.score) == (None, True, None)
    assert t3.auto is not None and t3.auto["verdict"] == "n/a"
    for code in MANUAL:
        a = answer_of(info, code)
        assert (a.value, a.na, a.auto) == (None, False, None), code
    assert info.result.unanswered == MANUAL
    assert info.passed is None and not info.critical_failed

    rude = o.inspections.open(o.insp, o.items["RUDE"])
    s3 = answer_of(rude, "S3")
    assert (s3.value, s3.score, s3.failed) == (0.0, 0.0, True)
    assert s3.auto is not None and s3.auto["occurrences"] == 3
    assert any(e["matched"] for e in s3.auto["evidence"])
    assert rude.critical_failed and rude.result.total == 0.0

    buck = o.inspections.open(o.insp, o.items["BUCK"])
    s4 = answer_of(buck, "S4")
    assert (s4.value, s4.score, s4.failed) == (2.0, 0.0, True)

    slow = o.inspections.open(o.insp, o.items["SLOW"])
    assert (answer_of(slow, "T1").value, answer_of(slow, "T1").score) == (0.0, 0.0)

    # The pool item is claimed by opening it; a call: one silence costs one point of T3.
    call = o.inspections.open(o.insp2, o.items["CALL"])
    t3 = answer_of(call, "T3")
    assert (t3.value, t3.score) == (1.0, 2.0)
    assert answer_of(call, "T1").na and answer_of(call, "T2").na

    # Opening again returns the same draft; one "open" event per inspection.
    again = o.inspections.open(o.insp, o.items["CLEAN"])
    assert (again.id, again.row_version) == (info.id, info.row_version)
    opened = [e for e in events(o.services) if e.action == "open"]
    assert [e.entity_id for e in opened] == [str(i.id) for i in (info, rude, buck, slow, call)]
    assert opened[0].after is not None and opened[0].after["prefilled"]["S1"]["value"] in (1, "1.0")
    claims = events(o.services, "sample_item")
    assert [(e.entity_id, e.action) for e in claims] == [(str(o.items["CALL"]), "claim")]


def test_an_item_of_another_inspector_cannot_be_opened(outlet: Outlet) -> None:
    o = outlet
    with pytest.raises(PermissionDenied, match="assigned to insp"):
        o.inspections.open(o.insp2, o.items["CLEAN"])
    with pytest.raises(NotFound):
        o.inspections.open(o.insp, 10**9)
    with pytest.raises(PermissionDenied):
        o.inspections.open(o.sup1, o.items["CLEAN"])


def test_a_reassigned_draft_follows_its_item(outlet: Outlet) -> None:
    o = outlet
    draft = o.inspections.open(o.insp, o.items["CLEAN"])
    with o.services.db.session(write=True) as session:
        item = session.get(SampleItem, o.items["CLEAN"])
        assert item is not None
        item.assigned_to = o.insp2.user_id
    taken = o.inspections.open(o.insp2, o.items["CLEAN"])
    assert (taken.id, taken.inspector) == (draft.id, "insp2")
    assert taken.row_version > draft.row_version
    assert events(o.services)[-1].action == "take_over"
    with pytest.raises(PermissionDenied):
        o.inspections.save(o.insp, draft.id, taken.row_version, [AnswerEdit("S2", 1)])


# ------------------------------------------------------------------ queue and next
def test_queue_next_and_the_shared_pool(outlet: Outlet) -> None:
    o = outlet
    queue = o.inspections.queue(o.insp)
    assert [q.record_external_id for q in queue] == ["CLEAN", "RUDE", "BUCK", "SLOW"]
    assert queue[0].reason == {"code": "random", "population": 5}
    assert queue[0].inspection_id is None and queue[0].status is None
    assert (queue[3].vendor, queue[3].agent, queue[3].channel) == ("V02", "A0201", "chat")

    first = o.inspections.next(o.insp)
    assert first is not None and first.sample_item_id == o.items["CLEAN"]
    second = o.inspections.next(o.insp, after_item_id=o.items["CLEAN"])
    assert second is not None and second.sample_item_id == o.items["RUDE"]
    assert o.inspections.queue(o.insp)[0].status == "draft"

    # Past the last assigned item, "next" claims the pool's item.
    claimed = o.inspections.next(o.insp, after_item_id=o.items["SLOW"])
    assert claimed is not None and claimed.sample_item_id == o.items["CALL"]
    assert [q.record_external_id for q in o.inspections.queue(o.insp)][-1] == "CALL"
    # The pool is empty now: "next" goes round to the first open item.
    wrapped = o.inspections.next(o.insp, after_item_id=o.items["CALL"])
    assert wrapped is not None and wrapped.sample_item_id == o.items["CLEAN"]
    assert o.inspections.next(o.insp2) is None
    assert o.inspections.queue(o.insp2) == []

    # Submitted items leave the queue; with nothing left "next" says so.
    for ext in ("CLEAN", "RUDE", "BUCK", "SLOW"):
        fill_and_submit(o, ext, AnswerEdit("S3", 1, override_reason="客服已当场致歉"))
    call = o.inspections.open(o.insp, o.items["CALL"])
    o.inspections.save(o.insp, call.id, call.row_version, list(MANUAL_EDITS))
    o.inspections.submit(o.insp, call.id, call.row_version + 1)
    assert o.inspections.queue(o.insp) == []
    assert o.inspections.next(o.insp) is None
    with pytest.raises(PermissionDenied):
        o.inspections.queue(o.sup1)


def test_a_drawn_sample_reaches_the_inspectors_queue(outlet: Outlet) -> None:
    """The sampling service's draw, assigned to an inspector, is what "next" works through."""
    o = outlet
    checklist_id = o.services.checklists.version(o.admin, o.version_id).checklist_id
    spec = PlanSpec(
        name="本周抽检",
        checklist_id=checklist_id,
        population=PopulationFilter(channel="chat"),
        size=SizeRule(kind="fixed", n=3),
        method="random",
        inspectors=(o.insp2.user_id or 0,),
        seed=11,
    )
    sample, items = o.services.sampling.draw(o.admin, spec)
    assert len(items) == 3 and sample.version_id == o.version_id
    queue = o.inspections.queue(o.insp2)
    assert [q.sample_item_id for q in queue] == sorted(i.id for i in items)
    assert all(q.reason for q in queue)
    seen = []
    after = None
    for _ in items:
        info = o.inspections.next(o.insp2, after_item_id=after)
        assert info is not None and info.version_id == sample.version_id
        seen.append(info.sample_item_id)
        after = info.sample_item_id
    assert seen == [q.sample_item_id for q in queue]
    assert [i.sample_item_id for i in o.inspections.for_sample(o.admin, sample.id)] == seen


# ------------------------------------------------------------------ saving
def test_autosave_and_a_stale_row_version(outlet: Outlet) -> None:
    o = outlet
    info = o.inspections.open(o.insp, o.items["CLEAN"])
    before = len(events(o.services))
    saved = o.inspections.save(
        o.insp,
        info.id,
        info.row_version,
        [AnswerEdit("S2", 3, comment="  语气亲切  ")],
        overall_comment="整体良好",
        time_spent_s=42,
    )
    assert saved.row_version == info.row_version + 1
    s2 = answer_of(saved, "S2")
    assert (s2.value, s2.score, s2.comment, s2.overridden) == (3.0, 3.0, "语气亲切", False)
    assert (saved.overall_comment, saved.time_spent_s) == ("整体良好", 42)
    assert len(events(o.services)) == before  # drafts autosave without audit events

    # A save from a copy read before the last one is refused, and changes nothing.
    with pytest.raises(ConflictError):
        o.inspections.save(o.insp, info.id, info.row_version, [AnswerEdit("S2", 0)])
    now = o.inspections.get(o.insp, info.id)
    assert (answer_of(now, "S2").value, now.row_version) == (3.0, saved.row_version)

    # Time spent is a running total: it never goes down. Only answers change: still a new
    # row version.
    later = o.inspections.save(o.insp, info.id, saved.row_version, [], time_spent_s=30)
    assert (later.time_spent_s, later.row_version) == (42, saved.row_version + 1)


def test_two_windows_saving_at_once_conflict(outlet: Outlet) -> None:
    """Two service instances (two desktops) save from the same row version: one wins."""
    o = outlet
    info = o.inspections.open(o.insp, o.items["CLEAN"])
    other, _ = open_services(o.services.db.url)
    try:
        second = other.inspections
        o.inspections.save(o.insp, info.id, info.row_version, [AnswerEdit("S2", 2)])
        with pytest.raises(ConflictError):
            second.save(o.insp, info.id, info.row_version, [AnswerEdit("S2", 1)])
    finally:
        other.close()
    assert answer_of(o.inspections.get(o.insp, info.id), "S2").value == 2.0


def test_bad_answers_are_refused_with_a_clear_message(outlet: Outlet) -> None:
    o = outlet
    info = o.inspections.open(o.insp, o.items["CLEAN"])
    version = info.row_version
    cases = [
        (AnswerEdit("S2", 5), "S2: 5"),  # not a level of the scale
        (AnswerEdit("A2", 0.5), "A2: 0.5"),  # binary is 1 or 0
        (AnswerEdit("S4", -1, override_reason="x"), "S4: -1"),
        (AnswerEdit("A2", na=True), "A2 cannot be marked N/A"),
        (AnswerEdit("ZZ9", 1), "ZZ9 is not on this checklist"),
        (AnswerEdit("S2", 1, comment="x" * 5000), "longer than"),
        (AnswerEdit("S2", 1, comment="a\x00b"), "S2: the text holds a character"),
    ]
    for edit, text in cases:
        with pytest.raises(ValidationError, match=text):
            o.inspections.save(o.insp, info.id, version, [edit])
    with pytest.raises(ValidationError, match="time spent"):
        o.inspections.save(o.insp, info.id, version, [], time_spent_s=-1)
    # Nothing was written by the refused saves.
    assert o.inspections.get(o.insp, info.id).row_version == version


def test_an_override_needs_a_reason(outlet: Outlet) -> None:
    o = outlet
    info = o.inspections.open(o.insp, o.items["RUDE"])
    with pytest.raises(ValidationError, match="S3: give a short reason") as caught:
        o.inspections.save(o.insp, info.id, info.row_version, [AnswerEdit("S3", 1)])
    assert caught.value.field == "override_reason"
    with pytest.raises(ValidationError, match="S3: give a short reason"):
        o.inspections.save(
            o.insp, info.id, info.row_version, [AnswerEdit("S3", 1, override_reason="   ")]
        )
    saved = o.inspections.save(
        o.insp, info.id, info.row_version, [AnswerEdit("S3", 1, override_reason="引用顾客原话")]
    )
    s3 = answer_of(saved, "S3")
    assert (s3.value, s3.score, s3.overridden, s3.override_reason) == (
        1.0,
        3.0,
        True,
        "引用顾客原话",
    )
    assert s3.auto is not None and s3.auto["verdict"] == "fail"  # the suggestion stays
    assert not saved.critical_failed
    # Adding a comment later keeps the reason given before.
    saved = o.inspections.save(
        o.insp, info.id, saved.row_version, [AnswerEdit("S3", 1, comment="确认无辱骂")]
    )
    assert answer_of(saved, "S3").override_reason == "引用顾客原话"
    # Back to the machine's suggestion: no longer an override.
    saved = o.inspections.save(o.insp, info.id, saved.row_version, [AnswerEdit("S3", 0)])
    s3 = answer_of(saved, "S3")
    assert (s3.overridden, s3.override_reason, saved.critical_failed) == (False, "", True)
    # An N/A suggestion overridden with a value needs a reason too.
    with pytest.raises(ValidationError, match="T3: give a short reason"):
        o.inspections.save(o.insp, info.id, saved.row_version, [AnswerEdit("T3", 0)])


def test_evidence_is_the_records_own_lines(outlet: Outlet) -> None:
    o = outlet
    info = o.inspections.open(o.insp, o.items["RUDE"])
    with o.services.db.session() as session:
        lines = {
            m.seq: (m.id, m.text)
            for m in session.scalars(select(Message).where(Message.record_id == o.records["RUDE"]))
        }
        other = session.scalar(
            select(Message.id).where(Message.record_id == o.records["CLEAN"]).limit(1)
        )
    rude_id, rude_text = lines[4]
    edit = AnswerEdit(
        "S3",
        0,
        evidence=(
            {"kind": "message", "ref": rude_id, "quote": rude_text},
            {"kind": "message", "ref": rude_id, "quote": rude_text},  # twice: kept once
        ),
    )
    saved = o.inspections.save(o.insp, info.id, info.row_version, [edit])
    assert answer_of(saved, "S3").evidence == (
        {"kind": "message", "ref": rude_id, "quote": rude_text},
    )
    for bad in (
        {"kind": "message", "ref": other, "quote": "x"},  # another record's message
        {"kind": "segment", "ref": rude_id, "quote": "x"},  # a chat has no utterances
        {"kind": "message", "ref": "1", "quote": "x"},
    ):
        with pytest.raises(ValidationError, match="S3: evidence must be"):
            o.inspections.save(
                o.insp, info.id, saved.row_version, [AnswerEdit("S3", 0, evidence=(bad,))]
            )


# ------------------------------------------------------------------ submitting
def test_submit_computes_the_score_and_pass_mark(outlet: Outlet) -> None:
    o = outlet
    info = fill_and_submit(o, "CLEAN")
    assert info.status == "submitted" and info.submitted_at is not None
    assert info.score == pytest.approx(86.25)
    assert (info.passed, info.critical_failed) == (True, False)
    sections = {s.code: s.score for s in info.result.sections}
    assert sections == {
        "S": pytest.approx(100 * 11 / 12),
        "A": pytest.approx(75.0),
        "T": pytest.approx(100.0),
    }
    assert answer_of(info, "A4").comment == "未核实收件地址" and answer_of(info, "A4").failed
    submitted = [e for e in events(o.services) if e.action == "submit"]
    assert len(submitted) == 1 and submitted[0].after is not None
    assert submitted[0].after["answers"]["A4"]["comment"] == "未核实收件地址"
    assert submitted[0].after["passed"] is True

    # The rude chat fails its critical item: the whole inspection scores 0 and fails.
    rude = fill_and_submit(o, "RUDE")
    assert (rude.score, rude.passed, rude.critical_failed) == (0.0, False, True)
    # Two occurrences of buck-passing cost S4 its 2 points (S = 9/12), and A3 is scored 1
    # of 3 (A = 7/12): total = (30 × 75 + 45 × 58.333 + 25 × 100) / 100 = 73.75 < 80.
    buck = fill_and_submit(o, "BUCK", AnswerEdit("A3", 1))
    assert answer_of(buck, "S4").score == 0.0
    assert buck.score == pytest.approx(73.75)
    assert (buck.passed, buck.critical_failed) == (False, False)


def test_submit_names_the_unanswered_items(outlet: Outlet) -> None:
    o = outlet
    info = o.inspections.open(o.insp, o.items["CLEAN"])
    info = o.inspections.save(o.insp, info.id, info.row_version, list(MANUAL_EDITS[:3]))
    with pytest.raises(ValidationError, match=r"not answered: A4, A5, T4, T5\.$"):
        o.inspections.submit(o.insp, info.id, info.row_version)
    assert o.inspections.get(o.insp, info.id).status == "draft"
    with pytest.raises(ConflictError):
        o.inspections.submit(o.insp, info.id, info.row_version - 1)


def test_a_submitted_inspection_is_locked(outlet: Outlet) -> None:
    o = outlet
    info = fill_and_submit(o, "CLEAN")
    with pytest.raises(ValidationError, match="submitted and locked"):
        o.inspections.save(o.insp, info.id, info.row_version, [AnswerEdit("S2", 0)])
    with pytest.raises(ValidationError, match="submitted and locked"):
        o.inspections.submit(o.insp, info.id, info.row_version)
    with pytest.raises(PermissionDenied):
        o.inspections.save(o.insp2, info.id, info.row_version, [AnswerEdit("S2", 0)])
    # Opening the item again shows the submitted inspection as it is.
    shown = o.inspections.open(o.insp, o.items["CLEAN"])
    assert (shown.id, shown.status, shown.editable) == (info.id, "submitted", False)


def test_reopening_keeps_the_history_and_is_audited(outlet: Outlet) -> None:
    o = outlet
    info = fill_and_submit(o, "CLEAN")
    with pytest.raises(PermissionDenied):
        o.inspections.reopen(o.insp, info.id, "改分")
    with pytest.raises(ValidationError, match="reason"):
        o.inspections.reopen(o.admin, info.id, "  ")
    reopened = o.inspections.reopen(o.admin, info.id, "申诉成立：地址已核实")
    assert reopened.status == "reopened" and reopened.editable
    with pytest.raises(ValidationError, match="Only a submitted inspection"):
        o.inspections.reopen(o.admin, info.id, "again")
    event = events(o.services)[-1]
    assert (event.action, event.user_login) == ("reopen", "admin")
    assert event.after is not None and event.after["reason"] == "申诉成立：地址已核实"
    assert event.before is not None and event.before["status"] == "submitted"
    # It is back in its inspector's queue.
    assert o.inspections.queue(o.insp)[0].inspection_id == info.id

    # Changing A4 twice keeps one history row: the submitted answer.
    saved = o.inspections.save(o.insp, info.id, reopened.row_version, [AnswerEdit("A4", 1)])
    saved = o.inspections.save(
        o.insp, info.id, saved.row_version, [AnswerEdit("A4", 1, comment="已核实")]
    )
    saved = o.inspections.save(o.insp, info.id, saved.row_version, [AnswerEdit("A2", 1)])
    with o.services.db.session() as session:
        history = list(session.scalars(select(AnswerHistory).order_by(AnswerHistory.id)))
    assert len(history) == 1
    kept = history[0]
    assert (float(kept.value or 0), float(kept.score or 0), kept.na) == (0.0, 0.0, False)
    assert float(kept.inspection_score or 0) == pytest.approx(86.25)
    assert (kept.reason, kept.changed_by) == ("申诉成立：地址已核实", o.insp.user_id)

    final = o.inspections.submit(o.insp, info.id, saved.row_version)
    # A = 12/12 now: total = (30 × 91.667 + 45 × 100 + 25 × 100) / 100 = 97.5.
    assert final.status == "submitted" and final.score == pytest.approx(97.5)
    actions = [e.action for e in events(o.services) if e.entity_id == str(info.id)]
    assert actions == ["open", "submit", "reopen", "submit"]

    # A second reopening keeps the answer's value as submitted the second time.
    again = o.inspections.reopen(o.admin, info.id, "复核")
    o.inspections.save(o.insp, info.id, again.row_version, [AnswerEdit("A4", 0)])
    with o.services.db.session() as session:
        history = list(session.scalars(select(AnswerHistory).order_by(AnswerHistory.id)))
    assert [(float(h.value or 0), h.reason) for h in history] == [
        (0.0, "申诉成立：地址已核实"),
        (1.0, "复核"),
    ]


# ------------------------------------------------------------------ reading
def test_vendor_supervisors_read_only_their_vendors_submitted_inspections(
    outlet: Outlet,
) -> None:
    o = outlet
    clean = fill_and_submit(o, "CLEAN")
    slow = fill_and_submit(o, "SLOW")
    draft = o.inspections.open(o.insp, o.items["BUCK"])

    assert o.inspections.get(o.sup1, clean.id).score == clean.score
    with pytest.raises(NotFound, match="No such inspection"):
        o.inspections.get(o.sup2, clean.id)
    with pytest.raises(NotFound):
        o.inspections.get(o.sup1, draft.id)  # unfinished work is not the vendor's to read
    with pytest.raises(NotFound):
        o.inspections.reopen(o.admin, 10**9, "x")

    every = InspectionFilter()
    assert [r.id for r in o.inspections.list(o.sup1, every)] == [clean.id]
    assert [r.id for r in o.inspections.list(o.sup2, every)] == [slow.id]
    assert o.inspections.count(o.sup1, InspectionFilter(vendor_ids=(o.org["v2"].id,))) == 0
    assert o.inspections.count(o.sup1, InspectionFilter(status="draft")) == 0
    assert [i.id for i in o.inspections.for_sample(o.sup1, o.sample_id)] == [clean.id]
    assert [i.id for i in o.inspections.for_sample(o.admin, o.sample_id)] == sorted(
        [clean.id, slow.id, draft.id]
    )
    # The auditor reads everything.
    assert o.inspections.count(o.org["aud"], every) == 3


def test_list_and_count_filters(outlet: Outlet) -> None:
    o = outlet
    clean = fill_and_submit(o, "CLEAN")
    rude = fill_and_submit(o, "RUDE")
    slow = o.inspections.open(o.insp, o.items["SLOW"])
    call = o.inspections.open(o.insp2, o.items["CALL"])
    svc, admin = o.inspections, o.admin

    def ids(flt: InspectionFilter) -> list[int]:
        rows = svc.list(admin, flt)
        assert svc.count(admin, flt) == len(rows)
        return [r.id for r in rows]

    assert ids(InspectionFilter()) == [call.id, slow.id, rude.id, clean.id]  # newest first
    assert ids(InspectionFilter(passed=True)) == [clean.id]
    assert ids(InspectionFilter(passed=False)) == [rude.id]
    assert ids(InspectionFilter(critical=True)) == [rude.id]
    assert ids(InspectionFilter(status="draft")) == [call.id, slow.id]
    assert ids(InspectionFilter(vendor_ids=(o.org["v2"].id,))) == [call.id, slow.id]
    assert ids(InspectionFilter(agent_ids=(o.org["a1"].id,))) == [rude.id, clean.id]
    assert ids(InspectionFilter(inspector_ids=(o.insp2.user_id or 0,))) == [call.id]
    checklist_id = o.services.checklists.version(admin, o.version_id).checklist_id
    assert len(ids(InspectionFilter(checklist_ids=(checklist_id,)))) == 4
    assert ids(InspectionFilter(checklist_ids=(checklist_id + 1,))) == []
    today = utcnow().date()
    assert (
        len(
            ids(
                InspectionFilter(
                    date_from=today - timedelta(days=1), date_to=today + timedelta(days=1)
                )
            )
        )
        == 4
    )
    assert ids(InspectionFilter(date_to=date(2020, 1, 1))) == []

    row = svc.list(admin, InspectionFilter(passed=True))[0]
    assert (row.record_external_id, row.vendor, row.agent, row.inspector) == (
        "CLEAN",
        "V01",
        "A0101",
        "insp",
    )
    assert (row.status, row.score, row.passed, row.critical_failed) == (
        "submitted",
        pytest.approx(86.25),
        True,
        False,
    )
    assert row.checklist_name and row.version_number == 1

    # Keyset pages: two at a time, after the last id seen.
    first = svc.list(admin, InspectionFilter(), limit=2)
    second = svc.list(admin, InspectionFilter(), limit=2, after=first[-1].id)
    assert [r.id for r in first + second] == [call.id, slow.id, rude.id, clean.id]
    with pytest.raises(ValidationError):
        svc.list(admin, InspectionFilter(status="done"))
    with pytest.raises(ValidationError):
        svc.list(admin, InspectionFilter(), limit=0)
    with pytest.raises(ValidationError, match="period ends before"):
        svc.count(admin, InspectionFilter(date_from=date(2026, 2, 2), date_to=date(2026, 2, 1)))
    with pytest.raises(NotFound, match="No such sample"):
        svc.for_sample(admin, 10**9)


# ------------------------------------------------------------------ command line
def test_the_command_line_lists_a_samples_inspections(
    outlet: Outlet, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    o = outlet
    clean = fill_and_submit(o, "CLEAN")
    draft = o.inspections.open(o.insp, o.items["RUDE"])
    monkeypatch.setenv("QA_DESK_PASSWORD", ADMIN_PASSWORD)
    url = o.services.db.url
    base = ["--db", url, "--user", "admin"] if url.startswith("postgresql") else ["--db", url]

    def qa(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main([*base, *argv])
        finally:
            logging_setup.reset()
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, err = qa("--json", "inspections", "--sample", str(o.sample_id))
    assert code == 0, err
    data = json.loads(out)
    assert data["sample_id"] == o.sample_id
    assert [i["id"] for i in data["inspections"]] == [clean.id, draft.id]
    first = data["inspections"][0]
    assert list(first) == [
        "id",
        "record_external_id",
        "inspector",
        "status",
        "score",
        "passed",
        "critical_failed",
        "answers",
    ]
    assert (first["record_external_id"], first["inspector"], first["status"]) == (
        "CLEAN",
        "insp",
        "submitted",
    )
    assert (first["score"], first["passed"], first["critical_failed"]) == (86.25, True, False)
    assert first["answers"]["A4"] == {
        "value": 0.0,
        "na": False,
        "score": 0.0,
        "comment": "未核实收件地址",
    }
    assert first["answers"]["A5"] == {"value": None, "na": True, "score": None, "comment": ""}
    assert data["inspections"][1]["status"] == "draft"

    code, out, err = qa("inspections", "--sample", str(o.sample_id))
    assert code == 0, err
    assert "CLEAN" in out and "86.2" in out and "pass" in out and "draft" in out

    code, out, err = qa("inspections", "--sample", "999999")
    assert (code, out) == (1, "")
    assert "No such sample." in err


# ------------------------------------------------------------------ concurrency
@pytest.mark.pg
def test_two_inspectors_pulling_next_at_once_never_share_an_item(
    services: Services, org: dict[str, Any]
) -> None:
    if services.db.dialect != "postgresql":
        pytest.skip("concurrent claims are a PostgreSQL matter (SQLite serialises writers)")
    admin: Actor = org["admin"]  # type: ignore[assignment]
    services.checklists.install_default(admin, "zh_CN")
    services.accounts.create_user(admin, "insp2", "质检员二", Role.INSPECTOR, PASSWORD)
    pool = 40
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            ("p", f"P{i:03}", "chat", org["v1"].id, org["a1"].id, T0 + timedelta(minutes=i),
             None, None, None, None, None, [], 0, None, None)
            for i in range(pool)
        )  # fmt: skip
        record_ids = sorted(uow.bulk.record_ids("p").values())
    make_sample(services, record_ids, {})
    actors = [org["insp"], services.accounts.actor_by_login("insp2")]
    got: list[list[int]] = [[], []]
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def pull(index: int) -> None:
        own, _ = open_services(services.db.url)
        svc = own.inspections
        try:
            barrier.wait()
            after: int | None = None
            while True:
                info = svc.next(actors[index], after_item_id=after)
                if info is None or info.sample_item_id in got[index]:
                    break  # nothing left, or round to an item it already has
                assert info.sample_item_id is not None
                got[index].append(info.sample_item_id)
                after = info.sample_item_id
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            own.close()

    threads = [threading.Thread(target=pull, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    first, second = set(got[0]), set(got[1])
    assert not first & second
    assert len(first) + len(second) == pool
    assert first and second, "both inspectors got work"
    with services.db.session() as session:
        per_item = dict(
            session.execute(
                select(Inspection.sample_item_id, func.count()).group_by(Inspection.sample_item_id)
            ).all()
        )
        owners = dict(
            session.execute(
                select(SampleItem.id, SampleItem.assigned_to).where(SampleItem.id.in_(first))
            ).all()
        )
    assert set(per_item.values()) == {1} and len(per_item) == pool
    assert set(owners.values()) == {actors[0].user_id}
