"""SamplingService on both databases: previews, reproducible draws (pinned picks, the same on
SQLite and PostgreSQL, and the same as the domain's draw), exclusion of inspected records,
risk and mixed parts, assignment, plans re-run for a new period, permissions and scoping.

The population is built by hand through storage (bulk rows), so every count is known: 200
records over two weeks, five agents of two vendors with uneven shares, a few records without
an agent, satisfaction ratings and automatic-check results with known signals.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from qa_desk.domain import passwords
from qa_desk.domain.checklist import ChecklistSpec, FlagRuleSpec, ItemSpec, SectionSpec
from qa_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from qa_desk.domain.roles import Role
from qa_desk.domain.sampling import Candidate, DrawSpec, SizeRule, draw
from qa_desk.domain.timeutil import to_local
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.services.sampling import (
    PlanSpec,
    PopulationFilter,
    SampleItemInfo,
    SamplingService,
)
from qa_desk.storage.models import AuditEvent, AutoCheckResult, Record, Sample, SampleItem
from qa_desk.storage.repositories.autocheck import RESULT_COLUMNS
from qa_desk.storage.unit_of_work import unit_of_work

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai
WEEK1 = (date(2026, 11, 2), date(2026, 11, 8))
WEEK2 = (date(2026, 11, 9), date(2026, 11, 15))
# Records per agent (employee id); "" = records without an agent (vendor V02).
SHARES = {"A0101": 60, "A0102": 40, "A0103": 20, "A0201": 50, "A0202": 24, "": 6}
CSATS = (None, 5, 4, 1, 3, 2, 5, None, 4, 5, 3)
SEED = 20261102


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the fixtures create several users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


def checklist_spec(name: str = "抽样评分表", channel: str | None = None) -> ChecklistSpec:
    return ChecklistSpec(
        name=name,
        channel=channel,
        sections=(SectionSpec("S", "服务", 100, (ItemSpec("G1", "问候"), ItemSpec("F1", "用语"))),),
        flag_rules=(
            FlagRuleSpec("risk", "risk_keywords", "风险", {"packs": [], "phrases": ["投诉"]}),
        ),
    )


@dataclass
class Outlet:
    services: Services
    org: dict[str, Any]
    ids: dict[str, int]  # external id → record id
    agent_of: dict[str, str]  # external id → employee id ("" none)
    vendor_of: dict[str, str]  # external id → vendor code
    checklist_id: int
    version_id: int
    other_checklist_id: int

    @property
    def admin(self) -> Actor:
        return self.org["admin"]

    @property
    def sampling(self) -> SamplingService:
        return self.services.sampling

    def spec(self, **changes: Any) -> PlanSpec:
        population = changes.pop("population", PopulationFilter(*WEEK1))
        base = PlanSpec(
            name="每周抽检",
            checklist_id=self.checklist_id,
            population=population,
            size=SizeRule("fixed", n=20),
            method="stratified",
            seed=SEED,
        )
        return replace(base, **changes)

    def external(self, record_id: int) -> str:
        return next(ext for ext, rid in self.ids.items() if rid == record_id)

    def inspect(self, ext: str, version_id: int | None = None, status: str = "submitted") -> int:
        """An inspection of record ``ext`` stored the way the inspection service stores it."""
        with unit_of_work(self.services.db, write=True) as uow:
            inspection = uow.inspections.add_inspection(
                record_id=self.ids[ext],
                version_id=version_id or self.version_id,
                sample_item_id=None,
                inspector_id=self.org["insp"].user_id,
                started_at=T0,
            )
            inspection.status = status
            return inspection.id

    def events(self, entity: str) -> list[Any]:
        with self.services.db.engine.connect() as conn:
            stmt = select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.seq)
            return list(conn.execute(stmt).all())

    def count(self, model: type) -> int:
        with self.services.db.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(model)) or 0)


def _population() -> list[tuple[str, str, int]]:
    """(external id, employee id, hour offset) of the 200 records, in insertion order."""
    labels = [agent for agent, n in SHARES.items() for _ in range(n)]
    random.Random(7).shuffle(labels)
    # 200 records, one every 90 minutes from Monday 09:00: week 1 holds the first 106.
    return [(f"S{i:04d}", agent, i * 90) for i, agent in enumerate(labels)]


@pytest.fixture
def outlet(services: Services, org: dict[str, Any]) -> Outlet:
    admin = org["admin"]
    v1, v2, t1, t2 = org["v1"], org["v2"], org["t1"], org["t2"]
    agents = {"A0101": org["a1"], "A0201": org["a2"]}
    agents["A0102"] = services.org.create_agent(admin, "A0102", "李娜", v1.id, t1.id)
    agents["A0103"] = services.org.create_agent(admin, "A0103", "刘洋", v1.id, t1.id)
    agents["A0202"] = services.org.create_agent(admin, "A0202", "陈静", v2.id, t2.id)
    vendor_id = {a: (v1.id if a.startswith("A01") else v2.id) for a in agents}
    vendor_id[""] = v2.id
    code = {v1.id: "V01", v2.id: "V02"}
    draft = services.checklists.create(admin, checklist_spec())
    version = services.checklists.publish(admin, draft.id)
    other = services.checklists.create(admin, checklist_spec("另一评分表"))
    other_version = services.checklists.publish(admin, other.id)
    rows = _population()
    with unit_of_work(services.db, write=True) as uow:
        uow.bulk.insert_records(
            (
                "test",
                ext,
                "call" if i % 10 == 9 else "chat",
                vendor_id[agent],
                agents[agent].id if agent else None,
                T0 + timedelta(minutes=minutes),
                T0 + timedelta(minutes=minutes + 5),
                None,
                None,
                "物流查询" if i % 3 else "投诉",
                CSATS[i % len(CSATS)],
                [],
                4,
                None,
                None,
            )
            for i, (ext, agent, minutes) in enumerate(rows)
        )
        ids = uow.bulk.record_ids("test")
        results = []
        for i, (ext, _agent, _minutes) in enumerate(rows):
            found = []
            if i % 7 == 0:
                found.append(("G1", "fail"))
            if i % 11 == 0:
                found.append(("risk", "flag"))
            if i % 13 == 0:
                found.append(("F1", "flag"))
            if i % 5 == 0:
                found.append(("F1" if i % 13 else "G2", "pass"))  # passes carry no risk
            results += [
                (ids[ext], version.id, None, rule, verdict, None, [], T0) for rule, verdict in found
            ]
        # Results of another checklist's version never count for this one's risk.
        results += [(ids[rows[1][0]], other_version.id, None, "risk", "flag", None, [], T0)]
        uow.bulk.insert_rows(AutoCheckResult.__table__, RESULT_COLUMNS, results)  # type: ignore[arg-type]
    return Outlet(
        services,
        org,
        ids,
        {ext: agent for ext, agent, _ in rows},
        {ext: code[vendor_id[agent]] for ext, agent, _ in rows},
        draft.checklist_id,
        version.id,
        other.checklist_id,
    )


def in_week1(minutes: int) -> bool:
    return to_local(T0 + timedelta(minutes=minutes)).date() <= WEEK1[1]


def week1() -> list[tuple[str, str, int]]:
    """The records of the first week (a prefix of the insertion order)."""
    return [row for row in _population() if in_week1(row[2])]


def exts(items: list[SampleItemInfo]) -> list[str]:
    return [i.record_external_id for i in items]


def candidates(outlet: Outlet, rows: list[tuple[str, str, int]], by: str) -> list[Candidate]:
    """The week's records as the domain sees them, with their risk scores and signals."""
    index = {ext: i for i, (ext, _a, _m) in enumerate(_population())}
    out = []
    for ext, agent, _m in rows:
        signals = _signals(index[ext])
        out.append(
            Candidate(
                outlet.ids[ext],
                None,
                None,
                agent_key=agent,
                vendor_key=outlet.vendor_of[ext],
                risk_score=float(_score(index[ext])),
                risk_reasons=tuple(signals),
            )
        )
    return out


def _signals(i: int) -> list[str]:
    """The risk signals the fixture gave record number ``i``."""
    signals = []
    flags = (i % 7 == 0) + (i % 11 == 0) + (i % 13 == 0)
    if flags:
        signals.append(f"flags:{flags}")
        if i % 11 == 0:
            signals.append("risk")
    csat = CSATS[i % len(CSATS)]
    if csat is not None and csat <= 2:
        signals.append(f"csat:{csat}")
    return signals


def _score(i: int) -> int:
    """Failed or flagged results, + 2 for the risk key, + 1 for satisfaction ≤ 2."""
    flags = (i % 7 == 0) + (i % 11 == 0) + (i % 13 == 0)
    low = CSATS[i % len(CSATS)] in (1, 2)
    return flags + 2 * (i % 11 == 0) + low


# ------------------------------------------------------------------ reproducibility
PINNED = {
    # Items come in drawing order: the random part first, then by stratum and record.
    "stratified": "S0040 S0064 S0074 S0104 S0009 S0011 S0027 S0082 S0066 S0099 S0103 S0100",
    "random": "S0089 S0104 S0009 S0016 S0069 S0027 S0105 S0003 S0060 S0099 S0103 S0041",
    "risk": "S0000 S0070 S0080 S0011 S0013 S0065 S0102 S0049 S0052 S0066 S0056 S0091",
    "mixed": "S0089 S0104 S0009 S0016 S0069 S0027 S0105 S0060 S0099 S0041 S0047 S0033",
}


@pytest.mark.parametrize("method", sorted(PINNED))
def test_same_plan_population_and_seed_give_the_same_items_on_every_database(
    outlet: Outlet, method: str
) -> None:
    spec = outlet.spec(method=method, size=SizeRule("fixed", n=12))
    sample, items = outlet.sampling.draw(outlet.admin, spec)
    assert sample.seed == SEED
    assert exts(items) == PINNED[method].split()
    # Again, stored as a second sample: the very same records in the same order.
    _again, repeated = outlet.sampling.draw(outlet.admin, spec)
    assert exts(repeated) == exts(items)


@pytest.mark.parametrize(
    ("method", "allocation", "minimum", "n", "by", "share"),
    [
        ("random", "proportional", 0, 1, "agent", 0),
        ("random", "proportional", 0, 37, "vendor", 0),
        ("random", "proportional", 0, 200, "agent", 0),
        ("stratified", "proportional", 0, 25, "agent", 0),
        ("stratified", "proportional", 3, 25, "agent", 0),
        ("stratified", "equal", 0, 31, "agent", 0),
        ("stratified", "equal", 2, 9, "vendor", 0),
        ("stratified", "proportional", 0, 200, "vendor", 0),
        ("risk", "proportional", 0, 7, "agent", 0),
        ("risk", "proportional", 0, 60, "vendor", 0),  # more than the scored records
        ("mixed", "proportional", 0, 20, "agent", 0.2),
        ("mixed", "proportional", 0, 45, "vendor", 0.75),
        ("mixed", "proportional", 0, 33, "agent", 1.0),
    ],
)
def test_every_method_picks_what_the_domain_draw_picks(
    outlet: Outlet, method: str, allocation: str, minimum: int, n: int, by: str, share: float
) -> None:
    for seed in (0, 1, SEED, 2**31 - 1):
        spec = outlet.spec(
            method=method,
            size=SizeRule("fixed", n=n),
            allocation=allocation,
            min_per_stratum=minimum,
            stratify_by=by,
            risk_share=share,
            seed=seed,
        )
        _sample, items = outlet.sampling.draw(outlet.admin, spec, dry_run=True)
        expected = draw(
            candidates(outlet, week1(), by),
            n,
            DrawSpec(method, seed, by, allocation, minimum, share),
        )
        got = [(i.record_id, i.stratum or "", i.weight, i.part, i.reason) for i in items]
        # Risk picks have no inclusion probability: the domain says None, the item 0.
        want = [(p.record_id, p.stratum, p.weight or 0.0, p.part, p.reason) for p in expected.picks]
        assert got == want


def test_a_draw_without_a_seed_records_a_fresh_one_that_reproduces_it(outlet: Outlet) -> None:
    spec = outlet.spec(seed=None)
    first, items = outlet.sampling.draw(outlet.admin, spec)
    second, other = outlet.sampling.draw(outlet.admin, spec)
    assert 0 <= first.seed < 2**31 and first.seed != second.seed
    assert first.params["seed_given"] is False
    _third, again = outlet.sampling.draw(outlet.admin, replace(spec, seed=first.seed))
    assert exts(again) == exts(items)
    assert exts(other) != exts(items)


# ------------------------------------------------------------------ stratified allocation
@pytest.mark.parametrize(
    ("allocation", "minimum", "n"),
    [("proportional", 0, 30), ("proportional", 4, 30), ("equal", 0, 30), ("equal", 2, 17)],
)
def test_stratified_allocation_sums_to_n_and_respects_the_minimum(
    outlet: Outlet, allocation: str, minimum: int, n: int
) -> None:
    spec = outlet.spec(size=SizeRule("fixed", n=n), allocation=allocation, min_per_stratum=minimum)
    preview = outlet.sampling.preview(outlet.admin, spec)
    sizes = Counter(agent for _ext, agent, _m in week1())
    assert {s.key: s.population for s in preview.strata} == dict(sizes)
    assert sum(s.allocated for s in preview.strata) == n
    assert all(s.allocated >= min(minimum, s.population) for s in preview.strata)
    _sample, items = outlet.sampling.draw(outlet.admin, spec)
    drawn = Counter(i.stratum or "" for i in items)
    assert drawn == {s.key: s.allocated for s in preview.strata if s.allocated}
    for item in items:
        stratum = next(s for s in preview.strata if s.key == (item.stratum or ""))
        assert item.weight == pytest.approx(stratum.population / stratum.allocated)
        assert item.reason == {
            "code": "stratified",
            "by": "agent",
            "stratum": stratum.key,
            "of": stratum.population,
            "picked": stratum.allocated,
            "allocation": allocation,
        }


def test_a_minimum_the_size_cannot_hold_is_refused(outlet: Outlet) -> None:
    spec = outlet.spec(size=SizeRule("fixed", n=5), min_per_stratum=2)
    with pytest.raises(ValidationError, match="minimum of 2 per stratum needs 12"):
        outlet.sampling.preview(outlet.admin, spec)
    with pytest.raises(ValidationError, match="minimum of 2 per stratum"):
        outlet.sampling.draw(outlet.admin, spec)
    assert outlet.count(Sample) == 0


def test_a_quota_per_agent_draws_exactly_the_quota_from_each_agent(outlet: Outlet) -> None:
    spec = outlet.spec(size=SizeRule("per_agent", quota=5), allocation="proportional")
    preview = outlet.sampling.preview(outlet.admin, spec)
    sizes = Counter(agent for _ext, agent, _m in week1())
    assert preview.size.n == sum(min(5, n) for n in sizes.values())
    assert {s.key: s.allocated for s in preview.strata} == {k: min(5, n) for k, n in sizes.items()}
    _sample, items = outlet.sampling.draw(outlet.admin, spec)
    assert Counter(i.stratum or "" for i in items) == {k: min(5, n) for k, n in sizes.items()}


# ------------------------------------------------------------------ population
def test_no_record_is_drawn_twice_and_a_full_draw_takes_the_whole_population(
    outlet: Outlet,
) -> None:
    for method in ("random", "stratified", "risk", "mixed"):
        spec = outlet.spec(method=method, size=SizeRule("fixed", n=500))
        sample, items = outlet.sampling.draw(outlet.admin, spec)
        assert sample.population == len(week1()) == sample.size == len(items)
        assert len({i.record_id for i in items}) == len(items)
        assert set(exts(items)) == {ext for ext, _a, _m in week1()}
    with outlet.services.db.engine.connect() as conn:
        pairs = conn.execute(select(SampleItem.sample_id, SampleItem.record_id)).all()
    assert len(pairs) == len(set(pairs)) == 4 * len(week1())


def test_records_inspected_against_the_checklist_are_left_out(outlet: Outlet) -> None:
    first, second, third = (ext for ext, _a, _m in week1()[:3])
    outlet.inspect(first)
    outlet.inspect(second, status="draft")
    outlet.inspect(third, version_id=None)
    # An inspection against ANOTHER checklist does not count.
    other_version = outlet.services.checklists.list(outlet.admin)
    other = next(c for c in other_version if c.id == outlet.other_checklist_id)
    assert other.current is not None
    outlet.inspect(week1()[3][0], version_id=other.current.id)

    spec = outlet.spec(method="random", size=SizeRule("fixed", n=500))
    preview = outlet.sampling.preview(outlet.admin, spec)
    assert preview.excluded_inspected == 3
    assert preview.population == len(week1()) - 3
    _sample, items = outlet.sampling.draw(outlet.admin, spec)
    assert {first, second, third}.isdisjoint(exts(items))
    assert week1()[3][0] in exts(items)
    # A later published version of the same checklist still counts as the same checklist.
    services, admin = outlet.services, outlet.admin
    draft = services.checklists.new_draft(admin, outlet.version_id)
    services.checklists.publish(admin, draft.id)
    assert outlet.sampling.preview(outlet.admin, spec).excluded_inspected == 3


def test_the_filter_narrows_the_population_like_the_records_page(outlet: Outlet) -> None:
    org = outlet.org
    cases = [
        (PopulationFilter(*WEEK1, vendor_ids=(org["v1"].id,)), lambda ext, i: ext[1] == "V01"),
        (PopulationFilter(*WEEK1, agent_ids=(org["a1"].id,)), lambda ext, i: ext[0] == "A0101"),
        (
            PopulationFilter(*WEEK1, team_ids=(org["t2"].id,)),
            lambda ext, i: ext[0] in ("A0201", "A0202"),
        ),
        (PopulationFilter(*WEEK1, channel="call"), lambda ext, i: i % 10 == 9),
        (PopulationFilter(*WEEK1, categories=("投诉",)), lambda ext, i: i % 3 == 0),
        (
            PopulationFilter(*WEEK1, csat=(1, 2, 0)),
            lambda ext, i: CSATS[i % len(CSATS)] in (1, 2, None),
        ),
        # Flags read every active checklist's results, as the Records page does (S0001 is
        # flagged by the other checklist's version).
        (PopulationFilter(*WEEK1, flags=("risk",)), lambda ext, i: i % 11 == 0 or i == 1),
        (
            PopulationFilter(*WEEK1, any_flag=True),
            lambda ext, i: i % 7 == 0 or i % 11 == 0 or i % 13 == 0 or i == 1,
        ),
        (PopulationFilter(date(2026, 11, 3), date(2026, 11, 3)), None),
    ]
    for flt, keep in cases:
        spec = outlet.spec(population=flt, method="random", size=SizeRule("fixed", n=1))
        if keep is None:
            expected = sum(
                1 for _e, _a, m in _population() if to_local(T0 + timedelta(minutes=m)).day == 3
            )
        else:
            expected = sum(
                1
                for i, (ext, agent, m) in enumerate(_population())
                if in_week1(m) and keep((agent, outlet.vendor_of[ext]), i)
            )
        assert outlet.sampling.preview(outlet.admin, spec).population == expected, flt


def test_a_channel_bound_checklist_samples_its_channel_only(outlet: Outlet) -> None:
    services, admin = outlet.services, outlet.admin
    draft = services.checklists.create(admin, checklist_spec("电话评分表", channel="call"))
    services.checklists.publish(admin, draft.id)
    spec = outlet.spec(checklist_id=draft.checklist_id, method="random")
    preview = outlet.sampling.preview(admin, spec)
    assert preview.population == sum(1 for i, _row in enumerate(week1()) if i % 10 == 9)
    conflicting = replace(spec, population=PopulationFilter(*WEEK1, channel="chat"))
    with pytest.raises(ValidationError, match="scores call records only"):
        outlet.sampling.preview(admin, conflicting)


# ------------------------------------------------------------------ risk and mixed
def test_risk_picks_store_their_signals_score_and_part(outlet: Outlet) -> None:
    index = {ext: i for i, (ext, _a, _m) in enumerate(_population())}
    scored = [ext for ext, _a, _m in week1() if _signals(index[ext])]
    spec = outlet.spec(method="risk", size=SizeRule("fixed", n=10))
    _sample, items = outlet.sampling.draw(outlet.admin, spec)
    assert len(items) == 10
    for item in items:
        i = index[item.record_external_id]
        signals = _signals(i)
        assert signals, "a risk draw takes scored records while there are any"
        score = _score(i)
        assert item.part == "risk" and item.weight == 0
        assert item.reason == {
            "code": "risk",
            "score": score,
            "signals": signals,
            "of": len(scored),
            "picked": 10,
        }
    # More than the scored records: the rest is filled at random and says so.
    spec = outlet.spec(method="risk", size=SizeRule("fixed", n=len(scored) + 4))
    _sample, items = outlet.sampling.draw(outlet.admin, spec)
    fills = [i for i in items if i.reason["code"] == "fill"]
    assert len(fills) == 4 and not any(_signals(index[i.record_external_id]) for i in fills)
    assert {i.record_external_id for i in items if i.reason["code"] == "risk"} == set(scored)


def test_mixed_draws_a_random_part_and_a_risk_part(outlet: Outlet) -> None:
    spec = outlet.spec(method="mixed", size=SizeRule("fixed", n=20), risk_share=0.25)
    sample, items = outlet.sampling.draw(outlet.admin, spec)
    parts = Counter(i.part for i in items)
    assert parts == {"random": 15, "risk": 5}
    population = len(week1())
    for item in items:
        if item.part == "random":
            assert item.reason == {"code": "random", "of": population, "picked": 15}
            assert item.weight == pytest.approx(population / 15)
        else:
            assert item.reason["code"] == "risk" and item.weight == 0
    assert items[:15] == [i for i in items if i.part == "random"]
    assert sample.params["risk_share"] == 0.25


# ------------------------------------------------------------------ assignment
@pytest.fixture
def inspectors(outlet: Outlet) -> dict[str, Actor]:
    services, admin, pw = outlet.services, outlet.admin, "secret-pass-1"
    v1 = outlet.org["v1"].id
    services.accounts.create_user(admin, "insp2", "质检员二", Role.INSPECTOR, pw)
    seconded = services.accounts.create_user(admin, "insp_v1", "驻场质检", Role.INSPECTOR, pw)
    # An inspector seconded from vendor V01. Accounts keep a vendor for supervisors only so
    # far; the sampling rule reads the stored column, set here in storage.
    with unit_of_work(services.db, write=True) as uow:
        user = uow.org.user(seconded.id)
        assert user is not None
        user.vendor_id = v1
    return {
        login: services.accounts.actor_by_login(login) for login in ("insp", "insp2", "insp_v1")
    }


def test_items_are_balanced_by_open_workload_and_never_go_to_the_own_vendor(
    outlet: Outlet, inspectors: dict[str, Actor]
) -> None:
    ids = tuple(a.user_id for a in inspectors.values() if a.user_id is not None)
    # insp already holds 4 open items from an earlier sample.
    earlier = outlet.spec(
        method="random", size=SizeRule("fixed", n=4), inspectors=(inspectors["insp"].user_id,)
    )
    outlet.sampling.draw(outlet.admin, earlier)
    assert outlet.sampling.workload(outlet.admin)["insp"] == 4

    spec = outlet.spec(
        population=PopulationFilter(*WEEK2), size=SizeRule("fixed", n=30), inspectors=ids
    )
    _sample, items = outlet.sampling.draw(outlet.admin, spec)
    by_login = Counter(i.assigned_to for i in items)
    assert None not in by_login
    assert all(i.vendor != "V01" for i in items if i.assigned_to == "insp_v1")
    workload = outlet.sampling.workload(outlet.admin)
    assert workload["insp"] + workload["insp2"] + workload["insp_v1"] == 34
    # Balanced: nobody holds more than one item more than anyone else could have taken.
    assert max(workload["insp"], workload["insp2"]) - min(workload["insp"], workload["insp2"]) <= 1
    assert workload["insp_v1"] <= min(workload["insp"], workload["insp2"]) + 1
    assert workload["admin"] == 0 and "sup1" not in workload and "aud" not in workload


def test_items_nobody_may_take_stay_in_the_shared_pool(
    outlet: Outlet, inspectors: dict[str, Actor]
) -> None:
    spec = outlet.spec(size=SizeRule("fixed", n=20), inspectors=(inspectors["insp_v1"].user_id,))
    _sample, items = outlet.sampling.draw(outlet.admin, spec)
    assert {i.assigned_to for i in items if i.vendor == "V01"} == {None}
    assert {i.assigned_to for i in items if i.vendor == "V02"} == {"insp_v1"}
    # Unless the plan allows inspectors to score their own vendor.
    mixed_in = replace(spec, exclude_own_vendor=False, seed=SEED + 1)
    _sample, items = outlet.sampling.draw(outlet.admin, mixed_in)
    assert {i.assigned_to for i in items} == {"insp_v1"}


def test_assign_moves_items_between_inspectors_and_back_to_the_pool(
    outlet: Outlet, inspectors: dict[str, Actor]
) -> None:
    sampling, admin = outlet.sampling, outlet.admin
    sample, items = sampling.draw(admin, outlet.spec(size=SizeRule("fixed", n=10)))
    assert {i.assigned_to for i in items} == {None}
    v2_items = [i.id for i in items if i.vendor == "V02"]
    v1_items = [i.id for i in items if i.vendor == "V01"]
    sampling.assign(admin, v2_items, inspectors["insp_v1"].user_id)
    sampling.assign(admin, v1_items, inspectors["insp"].user_id)
    now = {i.id: i.assigned_to for i in sampling.items(admin, sample.id)}
    assert {now[i] for i in v2_items} == {"insp_v1"} and {now[i] for i in v1_items} == {"insp"}
    with pytest.raises(ValidationError, match="insp_v1 works for the vendor of"):
        sampling.assign(admin, v1_items[:2], inspectors["insp_v1"].user_id)
    with pytest.raises(ValidationError, match="sup1 may not inspect"):
        sampling.assign(admin, v1_items, outlet.org["sup1"].user_id)
    with pytest.raises(NotFound):
        sampling.assign(admin, [*v1_items, 999_999], inspectors["insp"].user_id)
    sampling.assign(admin, v1_items[:1], None)
    back = {i.id: i for i in sampling.items(admin, sample.id)}
    assert back[v1_items[0]].assigned_to is None
    assert sampling.workload(admin)["insp"] == len(v1_items) - 1
    # An item being inspected keeps its inspector.
    with unit_of_work(outlet.services.db, write=True) as uow:
        uow.inspections.add_inspection(
            record_id=back[v1_items[1]].record_id,
            version_id=outlet.version_id,
            sample_item_id=v1_items[1],
            inspector_id=inspectors["insp"].user_id or 0,
            started_at=T0,
        )
    with pytest.raises(ValidationError, match="1 of the items are being inspected"):
        sampling.assign(admin, v1_items[1:], inspectors["insp2"].user_id)
    events = [e for e in outlet.events("sample") if e.action == "assign"]
    assert len(events) == 3
    assert events[0].after == {"items": sorted(v2_items), "user": "insp_v1"}
    assert events[2].before == {"items": {str(v1_items[0]): "insp"}}


def test_submitted_items_leave_the_open_workload(
    outlet: Outlet, inspectors: dict[str, Actor]
) -> None:
    insp = inspectors["insp"]
    spec = outlet.spec(size=SizeRule("fixed", n=6), inspectors=(insp.user_id,))
    sample, items = outlet.sampling.draw(outlet.admin, spec)
    with unit_of_work(outlet.services.db, write=True) as uow:
        for item in items[:2]:
            inspection = uow.inspections.add_inspection(
                record_id=item.record_id,
                version_id=outlet.version_id,
                sample_item_id=item.id,
                inspector_id=insp.user_id or 0,
                started_at=T0,
            )
            inspection.status = "submitted"
    assert outlet.sampling.workload(outlet.admin)["insp"] == 4
    listed = outlet.sampling.items(outlet.admin, sample.id)
    assert [i.inspection_status for i in listed[:3]] == ["submitted", "submitted", None]
    assert outlet.sampling.samples(outlet.admin)[0].done == 2


# ------------------------------------------------------------------ plans
def test_a_saved_plan_is_listed_and_re_run_for_a_new_period(outlet: Outlet) -> None:
    sampling, admin = outlet.sampling, outlet.admin
    spec = outlet.spec(method="mixed", size=SizeRule("iso2859", aql="2.5", level="II"))
    plan = sampling.save_plan(admin, replace(spec, name="  每周抽检  "))
    assert plan.name == "每周抽检" and plan.spec == spec and plan.last_drawn_at is None
    assert [p.name for p in sampling.plans(admin)] == ["每周抽检"]
    with pytest.raises(ValidationError, match="exists already"):
        sampling.save_plan(admin, spec)

    sample, items = sampling.run_plan(admin, plan.id, *WEEK2)
    assert (sample.period_from, sample.period_to) == WEEK2
    assert sample.plan_id == plan.id and sample.plan_name == "每周抽检"
    week2 = len(_population()) - len(week1())
    assert sample.population == week2
    # ISO 2859-1, level II: a lot of 91–150 is code letter F; at AQL 2.5 F holds a plan of
    # its own (n = 20, Ac 1, Re 2).
    assert week2 == 94
    assert sample.params["size_params"]["code_letter"] == "F" and len(items) == 20
    assert sample.params["size_params"]["accept"] == 1
    assert all(to_local(i.started_at).date() >= WEEK2[0] for i in items), (
        "only the new period's records"
    )
    assert sampling.plans(admin)[0].last_drawn_at == sample.drawn_at
    # The plan's seed makes the re-run reproducible; another seed may be given.
    _again, same = sampling.run_plan(admin, plan.id, *WEEK2)
    assert exts(same) == exts(items)
    other, _items = sampling.run_plan(admin, plan.id, *WEEK2, seed=5)
    assert other.seed == 5

    changed = sampling.save_plan(admin, replace(spec, method="random", seed=None), plan.id)
    assert changed.spec.method == "random" and changed.spec.seed is None
    assert [e.action for e in outlet.events("sampling_plan")] == ["create", "update"]
    assert outlet.events("sampling_plan")[1].before["method"] == "mixed"
    draws = [e for e in outlet.events("sample") if e.action == "draw"]
    assert len(draws) == 3 and draws[0].after["seed"] == SEED


def test_a_draw_is_audited_and_a_dry_run_stores_nothing(outlet: Outlet) -> None:
    spec = outlet.spec()
    dry, planned = outlet.sampling.draw(outlet.admin, spec, dry_run=True)
    assert dry.id == 0 and all(i.id == 0 for i in planned) and len(planned) == 20
    assert outlet.count(Sample) == 0 and outlet.count(SampleItem) == 0
    assert outlet.events("sample") == []
    sample, items = outlet.sampling.draw(outlet.admin, spec)
    assert exts(items) == exts(planned)
    assert [i.record_external_id for i in outlet.sampling.items(outlet.admin, sample.id)] == exts(
        items
    )
    (event,) = outlet.events("sample")
    assert event.entity_id == str(sample.id) and event.action == "draw"
    assert event.after["size"] == 20 and event.after["population"] == len(week1())
    assert sample.drawn_by == "admin" and sample.version_id == outlet.version_id
    assert sample.period_from == WEEK1[0] and sample.period_to == WEEK1[1]


# ------------------------------------------------------------------ preview
def test_preview_shows_population_strata_and_the_size_explained(outlet: Outlet) -> None:
    outlet.inspect(week1()[0][0])
    spec = outlet.spec(size=SizeRule("iso2859", aql="1.0", level="II"), stratify_by="vendor")
    preview = outlet.sampling.preview(outlet.admin, spec)
    assert preview.population == len(week1()) - 1 and preview.excluded_inspected == 1
    # Lot 105, level II: code letter F, whose AQL 1.0 cell points down to E (n = 13, Ac 0).
    assert preview.iso is not None and preview.iso.code_letter == "F"
    assert preview.iso.plan_letter == "E" and preview.iso.accept == 0
    assert preview.size.n == preview.iso.sample_size == 13
    v1 = sum(1 for ext, _a, _m in week1()[1:] if outlet.vendor_of[ext] == "V01")
    assert [(s.key, s.label, s.population) for s in preview.strata] == [
        ("V01", "顺心外包客服", v1),
        ("V02", "速达联合呼叫中心", len(week1()) - 1 - v1),
    ]
    cochran = outlet.sampling.preview(
        outlet.admin, outlet.spec(method="random", size=SizeRule("cochran"))
    )
    assert cochran.strata == () and cochran.iso is None
    assert cochran.size.rule == "cochran" and 0 < cochran.size.n <= cochran.population
    by_agent = outlet.sampling.preview(outlet.admin, outlet.spec())
    assert [s.label for s in by_agent.strata] == ["", "张敏", "李娜", "刘洋", "王磊", "陈静"]


def test_nothing_to_draw_and_bad_options_are_clear_errors(outlet: Outlet) -> None:
    sampling, admin = outlet.sampling, outlet.admin
    empty = outlet.spec(population=PopulationFilter(date(2027, 1, 1), date(2027, 1, 7)))
    assert sampling.preview(admin, empty).population == 0
    with pytest.raises(ValidationError, match="nothing drawn"):
        sampling.draw(admin, empty)
    with pytest.raises(ValidationError, match="comes to 0"):
        sampling.draw(admin, outlet.spec(size=SizeRule("fixed", n=0)))
    for bad, match in [
        (outlet.spec(method="best"), "Unknown sampling option best"),
        (outlet.spec(stratify_by="team"), "Unknown sampling option team"),
        (outlet.spec(seed=2**31), "seed must be a whole number from 0 to 2147483647"),
        (outlet.spec(seed=-1), "seed must be"),
        (outlet.spec(risk_share=1.5), "risk share"),
        (outlet.spec(size=SizeRule("iso2859", aql="3.3")), "not one of the AQL values"),
        (outlet.spec(size=SizeRule("percent", percent=0)), "percentage"),
        (outlet.spec(population=PopulationFilter(*reversed(WEEK1))), "ends before it starts"),
        (outlet.spec(population=PopulationFilter(*WEEK1, channel="fax")), "Unknown channel"),
        (outlet.spec(checklist_id=999), "No such checklist"),
        (outlet.spec(inspectors=(999,)), "No such user"),
    ]:
        with pytest.raises((ValidationError, NotFound), match=match):
            sampling.draw(admin, bad)
    with pytest.raises(ValidationError, match="needs a name"):
        sampling.save_plan(admin, outlet.spec(name=" "))
    with pytest.raises(NotFound):
        sampling.run_plan(admin, 999, *WEEK1)
    assert outlet.count(Sample) == 0


# ------------------------------------------------------------------ permissions and scope
def test_only_sampling_managers_draw_and_supervisors_see_their_vendor_only(
    outlet: Outlet,
) -> None:
    sampling, org = outlet.sampling, outlet.org
    spec = outlet.spec(size=SizeRule("fixed", n=20))
    for login in ("insp", "sup1", "aud"):
        for call in (
            lambda a: sampling.preview(a, spec),
            lambda a: sampling.draw(a, spec),
            lambda a: sampling.save_plan(a, spec),
            lambda a: sampling.plans(a),
            lambda a: sampling.workload(a),
            lambda a: sampling.assign(a, [1], None),
        ):
            with pytest.raises(PermissionDenied):
                call(org[login])
    sample, items = sampling.draw(outlet.admin, spec)
    only_v2 = outlet.spec(population=PopulationFilter(*WEEK1, vendor_ids=(org["v2"].id,)))
    v2_sample, _items = sampling.draw(outlet.admin, only_v2)

    assert [s.id for s in sampling.samples(org["insp"])] == [v2_sample.id, sample.id]
    assert len(sampling.items(org["aud"], sample.id)) == 20
    sup1 = org["sup1"]
    (seen,) = sampling.samples(sup1)
    own = [i for i in items if i.vendor == "V01"]
    assert seen.id == sample.id and seen.size == len(own)
    assert [i.id for i in sampling.items(sup1, sample.id)] == [i.id for i in own]
    with pytest.raises(NotFound, match="No such sample"):
        sampling.items(sup1, v2_sample.id)
    with pytest.raises(NotFound, match="No such sample"):
        sampling.items(outlet.admin, 999)


def test_sample_items_carry_their_record(outlet: Outlet) -> None:
    _sample, items = outlet.sampling.draw(outlet.admin, outlet.spec(size=SizeRule("fixed", n=8)))
    with outlet.services.db.engine.connect() as conn:
        rows = {
            r.id: r
            for r in conn.execute(
                select(Record.id, Record.external_id, Record.channel, Record.started_at)
            )
        }
    for item in items:
        row = rows[item.record_id]
        assert (item.record_external_id, item.channel) == (row.external_id, row.channel)
        assert item.started_at == T0 + timedelta(minutes=int(item.record_external_id[1:]) * 90)
        assert item.agent == (outlet.agent_of[item.record_external_id] or None)
        assert item.vendor == outlet.vendor_of[item.record_external_id]
        assert item.stratum == (outlet.agent_of[item.record_external_id] or None)
