"""Sampling plans and draws (DESIGN §4): preview a plan's population, draw a reproducible
sample for a checklist, save plans and re-run them for a new period, assign the items.

A draw reads its population in the database (see ``SamplingRepository``): the records the
filter selects, minus those already inspected against any version of the checklist. The
picks are exactly those of the domain's :func:`qa_desk.domain.sampling.draw` for the same
candidates, method and seed — but made without building a ``Candidate`` per record, which
for a million records costs seconds (a test holds the two to the same picks for every
method). The domain draws by positions in candidate lists sorted by record id, fed by one
``random.Random(seed)`` stream; so does this module, over the record ids that the database
hands back sorted per stratum (stratified) or for the whole population (the others), with
the same stream in the same order (:func:`_positions`, :func:`_risk_picks`). Only the picked
records are then looked up. The domain's ``allocate``, ``sample_size`` and ``risk_count``
are used as they are.

Risk score of a record: its failed or flagged automatic-check results of the checklist's
active version, plus 2 when the "risk" (risk keywords) key fired, plus 1 for a satisfaction
of 2 or less. Every sample records its seed (a fresh one when the plan names none), its
population and parameters; every item its stratum, weight, part and the reason it was
picked. Items go to the chosen inspectors, balanced by their open workload, never to one of
the record's own vendor when the plan says so; an item nobody may take stays in the shared
pool. Draws, plan changes and assignments are audited.
"""

from __future__ import annotations

import heapq
import json
import math
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any

from qa_desk.domain.errors import NotFound, ValidationError
from qa_desk.domain.roles import Permission, Role, has_permission
from qa_desk.domain.sampling import (
    Iso2859Plan,
    Pick,
    SizeDecision,
    SizeRule,
    allocate,
    iso2859_plan,
    sample_size,
)
from qa_desk.domain.sampling.draw import ALLOCATIONS, METHODS, PARTS, STRATIFY_BY, risk_count
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local, to_utc, utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.audit import record as audit
from qa_desk.storage.database import Database
from qa_desk.storage.models import Sample, SamplingPlan
from qa_desk.storage.repositories.records import RecordQuery
from qa_desk.storage.repositories.sampling import (
    ItemRow,
    Population,
    RecordDetail,
    SampleRow,
    UserRow,
)
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

CHANNELS = ("chat", "call")
# Sample.seed is a 32-bit column: seeds are 0 … 2³¹ − 1.
SEED_LIMIT = 2**31
# Satisfaction at or below this raises a record's risk score by one.
LOW_CSAT = 2
RISK_KEY_BONUS = 2
NAME_MAX = 200

_NO_SAMPLE = QT_TRANSLATE_NOOP("Errors", "No such sample.")
_NO_ITEM = QT_TRANSLATE_NOOP("Errors", "No such sample item.")
_NO_CHECKLIST = QT_TRANSLATE_NOOP("Errors", "No such checklist.")
_NO_PLAN = QT_TRANSLATE_NOOP("Errors", "No such sampling plan.")
_NO_USER = QT_TRANSLATE_NOOP("Errors", "No such user.")
_UNKNOWN_OPTION = QT_TRANSLATE_NOOP("Errors", "Unknown sampling option {value}.")


# ---------------------------------------------------------------------- what callers see
@dataclass(frozen=True)
class PopulationFilter:
    """Which records a plan samples; outlet-local dates, inclusive. Empty tuples: any."""

    date_from: date | None = None
    date_to: date | None = None
    vendor_ids: tuple[int, ...] = ()
    team_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    channel: str | None = None
    categories: tuple[str, ...] = ()
    csat: tuple[int, ...] = ()  # 1..5; 0 = no rating
    flags: tuple[str, ...] = ()  # auto-check rule keys (active versions), any of them
    any_flag: bool = False


@dataclass(frozen=True)
class PlanSpec:
    """A sampling plan: what to draw from, how many and how."""

    name: str
    checklist_id: int  # sampled for this checklist (its active version)
    population: PopulationFilter
    size: SizeRule
    method: str  # random | stratified | risk | mixed
    stratify_by: str = "agent"  # agent | vendor
    allocation: str = "proportional"  # proportional | equal
    min_per_stratum: int = 0
    risk_share: float = 0.2  # mixed
    exclude_own_vendor: bool = True  # never assign to an inspector of the record's vendor
    inspectors: tuple[int, ...] = ()  # user ids; () leaves the items in the shared pool
    seed: int | None = None  # None: a fresh seed per draw (always recorded)


@dataclass(frozen=True)
class StratumCount:
    key: str  # agent employee id or vendor code ("" for records without an agent)
    label: str  # agent or vendor name
    population: int
    allocated: int


@dataclass(frozen=True)
class Preview:
    population: int  # records the draw may pick from
    excluded_inspected: int  # matched the filter but were inspected already
    size: SizeDecision
    strata: tuple[StratumCount, ...]  # stratified draws and quotas per agent; else ()
    iso: Iso2859Plan | None


@dataclass(frozen=True)
class SampleItemInfo:
    id: int  # 0 in a dry run (not stored)
    record_id: int
    record_external_id: str
    channel: str
    started_at: datetime
    agent: str | None  # employee id
    vendor: str  # code
    stratum: str | None
    weight: float  # inverse inclusion probability; 0 for risk picks (none can be stated)
    part: str  # random | risk
    reason: dict[str, Any]  # {"code": ..., params}: the domain's reason, phrased by the UI
    assigned_to: str | None  # login
    inspection_id: int | None
    inspection_status: str | None


@dataclass(frozen=True)
class SampleInfo:
    id: int  # 0 in a dry run (not stored)
    plan_id: int | None
    plan_name: str | None
    purpose: str
    drawn_at: datetime
    drawn_by: str | None
    period_from: date | None
    period_to: date | None
    population: int
    size: int
    seed: int
    method: str
    params: dict[str, Any]
    version_id: int | None
    done: int  # submitted inspections


@dataclass(frozen=True)
class PlanInfo:
    id: int
    name: str
    spec: PlanSpec
    created_at: datetime
    last_drawn_at: datetime | None


# ---------------------------------------------------------------------- internals
@dataclass(frozen=True)
class _Resolved:
    """A spec in database terms."""

    population: Population
    checklist_id: int
    version_id: int
    period_from: datetime | None  # UTC, inclusive
    period_to: datetime | None  # UTC, exclusive


@dataclass
class _Drawn:
    picks: list[Pick]
    population: int
    decision: SizeDecision
    allocation: str | None  # stratified draws only
    strata: dict[str, tuple[int, int]] = field(default_factory=dict)
    details: dict[int, RecordDetail] | None = None  # the picked records, when looked up


def _positions(rng: Random, size: int, k: int) -> list[int]:
    """k distinct positions of ``range(size)``, uniformly at random.

    The same partial Fisher–Yates shuffle, fed by ``rng.random()`` in the same order, that
    the domain's simple random sampling runs over a candidate list: position i of a list in
    record-id order here is the candidate the domain would pick. The swaps are kept in a dict,
    so k of N costs O(k).
    """
    moved: dict[int, int] = {}
    chosen = []
    for i in range(k):
        j = i + int(rng.random() * (size - i))
        chosen.append(moved.get(j, j))
        moved[j] = moved.get(i, i)
    return chosen


def _random_picks(chosen: Sequence[int], population: int) -> list[Pick]:
    """A simple random sample's picks: weight N/n (strata are named later)."""
    weight = population / len(chosen) if chosen else None
    reason = {"code": "random", "of": population, "picked": len(chosen)}
    return [Pick(rid, "", weight, "random", dict(reason)) for rid in chosen]


def _risk_picks(
    rng: Random,
    ids: Sequence[int],
    scores: Mapping[int, tuple[float, tuple[str, ...]]],
    k: int,
) -> list[Pick]:
    """k of ``ids`` (record-id order) weighted by risk score, as the domain draws them:
    Efraimidis–Spirakis keys log(u)/score for the scored records in id order (ties: the
    lower id), then, when they run out, the unscored ones at random (reason "fill")."""
    scored = [rid for rid in ids if rid in scores]
    keyed = [(math.log(1.0 - rng.random()) / scores[rid][0], -rid) for rid in scored]
    top = heapq.nlargest(min(k, len(keyed)), keyed)
    picks = []
    for _key, negative_id in top:
        score, signals = scores[-negative_id]
        reason = {
            "code": "risk",
            "score": score,
            "signals": list(signals),
            "of": len(scored),
            "picked": len(top),
        }
        picks.append(Pick(-negative_id, "", None, "risk", reason))
    if k > len(top):
        unscored = [rid for rid in ids if rid not in scores]
        fill = [unscored[i] for i in _positions(rng, len(unscored), k - len(top))]
        reason = {"code": "fill", "of": len(unscored), "picked": len(fill)}
        picks += [Pick(rid, "", None, "risk", dict(reason)) for rid in fill]
    return picks


def _pick_order(pick: Pick) -> tuple[int, str, int]:
    # The domain's order of picks: random part first, then by stratum and record.
    return (PARTS.index(pick.part), pick.stratum, pick.record_id)


def _choice(value: object, allowed: Sequence[str], name: str) -> None:
    if value not in allowed:
        raise ValidationError(_UNKNOWN_OPTION, name, value=str(value))


def _whole(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a whole number ≥ 0."),
            name,
            value=str(value),
        )
    return value


def _check_seed(seed: object) -> None:
    if seed is None:
        return
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < SEED_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The seed must be a whole number from 0 to {maximum}."),
            "seed",
            maximum=SEED_LIMIT - 1,
        )


def _check_spec(spec: PlanSpec) -> None:
    """Everything about a spec that needs no database."""
    _choice(spec.method, METHODS, "method")
    _choice(spec.stratify_by, STRATIFY_BY, "stratify_by")
    _choice(spec.allocation, ALLOCATIONS, "allocation")
    _whole(spec.min_per_stratum, "min_per_stratum")
    share = spec.risk_share
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The risk share must be between 0 and 1, not {value}."),
            "risk_share",
            value=str(share),
        )
    _check_seed(spec.seed)
    flt = spec.population
    if flt.channel is not None and flt.channel not in CHANNELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown channel {channel!r}."),
            field="channel",
            channel=flt.channel,
        )
    if any(isinstance(c, bool) or not isinstance(c, int) or not 0 <= c <= 5 for c in flt.csat):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Satisfaction is 1 to 5, or 0 for no rating."),
            field="csat",
        )
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."), field="date_to"
        )
    # The size rule's own parameters (AQL, level, percentage …), whatever the population.
    sample_size(spec.size, 1, {"": 1})


def _risk(flags: tuple[int, bool] | None, csat: int | None) -> tuple[float, tuple[str, ...]]:
    """A record's risk score and its signals ("flags:N", "risk", "csat:N")."""
    score = 0.0
    signals: list[str] = []
    if flags is not None:
        count, fired = flags
        score += count
        signals.append(f"flags:{count}")
        if fired:
            score += RISK_KEY_BONUS
            signals.append("risk")
    if csat is not None:
        score += 1
        signals.append(f"csat:{csat}")
    return score, tuple(signals)


# ---------------------------------------------------------------------- (de)serialising
def _filter_json(flt: PopulationFilter) -> dict[str, Any]:
    values = asdict(flt)
    for key in ("date_from", "date_to"):
        values[key] = values[key].isoformat() if values[key] is not None else None
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}


def _filter_from(data: Mapping[str, Any]) -> PopulationFilter:
    def day(value: Any) -> date | None:
        return date.fromisoformat(value) if value else None

    return PopulationFilter(
        date_from=day(data.get("date_from")),
        date_to=day(data.get("date_to")),
        vendor_ids=tuple(int(v) for v in data.get("vendor_ids", ())),
        team_ids=tuple(int(v) for v in data.get("team_ids", ())),
        agent_ids=tuple(int(v) for v in data.get("agent_ids", ())),
        channel=data.get("channel"),
        categories=tuple(str(v) for v in data.get("categories", ())),
        csat=tuple(int(v) for v in data.get("csat", ())),
        flags=tuple(str(v) for v in data.get("flags", ())),
        any_flag=bool(data.get("any_flag", False)),
    )


_RULE_FIELDS = tuple(f.name for f in fields(SizeRule))


def _rule_from(data: Mapping[str, Any]) -> SizeRule:
    return SizeRule(**{key: data[key] for key in _RULE_FIELDS if key in data})


def _method_params(spec: PlanSpec) -> dict[str, Any]:
    return {
        "stratify_by": spec.stratify_by,
        "allocation": spec.allocation,
        "min_per_stratum": spec.min_per_stratum,
        "risk_share": spec.risk_share,
        "exclude_own_vendor": spec.exclude_own_vendor,
        "inspectors": list(spec.inspectors),
    }


def _spec_of(plan: SamplingPlan) -> PlanSpec:
    params = plan.method_params or {}
    return PlanSpec(
        name=plan.name,
        checklist_id=int(plan.checklist_id or 0),
        population=_filter_from(plan.population_filter or {}),
        size=_rule_from(plan.size_rule or {}),
        method=plan.method,
        stratify_by=params.get("stratify_by", "agent"),
        allocation=params.get("allocation", "proportional"),
        min_per_stratum=int(params.get("min_per_stratum", 0)),
        risk_share=float(params.get("risk_share", 0.2)),
        exclude_own_vendor=bool(params.get("exclude_own_vendor", True)),
        inspectors=tuple(int(u) for u in params.get("inspectors", ())),
        seed=plan.seed,
    )


def _spec_json(spec: PlanSpec) -> dict[str, Any]:
    """The whole spec as JSON-native values (audit snapshots, sample parameters)."""
    return {
        "name": spec.name,
        "checklist_id": spec.checklist_id,
        "filter": _filter_json(spec.population),
        "size_rule": asdict(spec.size),
        "method": spec.method,
        **_method_params(spec),
        "seed": spec.seed,
    }


# ---------------------------------------------------------------------- the service
class SamplingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ preview and draw
    def preview(self, actor: Actor, spec: PlanSpec) -> Preview:
        """The population, the records left out as already inspected, the sample size with
        its explanation and, for stratified draws or quotas per stratum, the per-stratum
        counts and allocation — before anything is drawn."""
        actor.require(Permission.MANAGE_SAMPLING)
        _check_spec(spec)
        with unit_of_work(self._db) as uow:
            resolved = self._resolve(uow, spec)
            excluded = uow.sampling.count_inspected(resolved.population)
            stratified = spec.method == "stratified"
            quota_rule = spec.size.kind == "per_agent"
            sizes: dict[str, int] | None = None
            labels: dict[str, str] = {}
            if stratified or quota_rule:
                # One pass gives the strata and, summed, the population.
                counts = uow.sampling.strata_counts(resolved.population, spec.stratify_by)
                keys, labels = self._keys(uow, spec.stratify_by)
                sizes = {keys.get(value, ""): n for value, n in counts.items()}
                population = sum(sizes.values())
            else:
                population = uow.sampling.count(resolved.population)
            decision = sample_size(spec.size, population, sizes)
            strata: tuple[StratumCount, ...] = ()
            if sizes is not None:
                if stratified:
                    allocated = allocate(
                        sizes, decision.n, self._allocation(spec), spec.min_per_stratum
                    )
                else:
                    allocated = {key: min(spec.size.quota, n) for key, n in sizes.items()}
                strata = tuple(
                    StratumCount(key, labels.get(key, ""), sizes[key], allocated[key])
                    for key in sorted(sizes)
                )
            iso = None
            if spec.size.kind == "iso2859" and population > 0:
                iso = iso2859_plan(population, spec.size.aql, spec.size.level)
            return Preview(population, excluded, decision, strata, iso)

    def draw(
        self, actor: Actor, spec: PlanSpec, plan_id: int | None = None, dry_run: bool = False
    ) -> tuple[SampleInfo, list[SampleItemInfo]]:
        """Draw a sample as ``spec`` says (for saved plan ``plan_id`` when given) and store it
        with its items and their assignment. ``dry_run``: the same draw, nothing stored (the
        sample and its items then have id 0)."""
        actor.require(Permission.MANAGE_SAMPLING)
        _check_spec(spec)
        seed = spec.seed if spec.seed is not None else secrets.randbelow(SEED_LIMIT)
        with unit_of_work(self._db, write=not dry_run) as uow:
            plan = None
            if plan_id is not None:
                plan = uow.sampling.plan(plan_id)
                if plan is None:
                    raise NotFound(_NO_PLAN)
            resolved = self._resolve(uow, spec)
            inspectors = self._inspectors(uow, spec.inspectors)
            drawn = self._draw(uow, spec, resolved, seed)
            if drawn.population == 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "No record is left to sample in this population: nothing drawn."
                    ),
                    "population",
                )
            if not drawn.picks:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The sample size comes to 0: nothing drawn."),
                    "size",
                )
            details = drawn.details
            if details is None:
                details = uow.sampling.records([p.record_id for p in drawn.picks])
            workload = uow.sampling.open_workload() if inspectors else {}
            assigned = _balance(drawn.picks, details, inspectors, workload, spec)
            now = utcnow()
            params = {
                **_spec_json(spec),
                "seed_given": spec.seed is not None,
                "size": {"n": drawn.decision.n, "rule": drawn.decision.rule},
                "size_params": drawn.decision.params,
                "allocation": drawn.allocation,
                "strata": {key: list(pair) for key, pair in drawn.strata.items()},
            }
            sample = Sample(
                plan_id=plan_id,
                purpose="routine",
                checklist_version_id=resolved.version_id,
                drawn_at=now,
                drawn_by=actor.user_id,
                period_from=resolved.period_from,
                period_to=resolved.period_to,
                population_count=drawn.population,
                seed=seed,
                method=spec.method,
                params=params,
            )
            if dry_run:
                return self._dry_result(uow, sample, plan, actor, drawn, details, assigned)
            sample_id = uow.sampling.add_sample(sample)
            uow.sampling.add_items(
                [
                    (
                        sample_id,
                        pick.record_id,
                        pick.stratum or None,
                        pick.weight if pick.weight is not None else 0.0,
                        pick.part,
                        json.dumps(pick.reason, ensure_ascii=False, sort_keys=True),
                        assigned.get(pick.record_id),
                        now if pick.record_id in assigned else None,
                    )
                    for pick in drawn.picks
                ]
            )
            per_user: dict[str, int] = {}
            logins = {u.id: u.login for u in inspectors}
            for user_id in assigned.values():
                per_user[logins[user_id]] = per_user.get(logins[user_id], 0) + 1
            audit(
                uow,
                actor,
                "sample",
                sample_id,
                "draw",
                None,
                {
                    "plan_id": plan_id,
                    "name": spec.name,
                    "checklist_version_id": resolved.version_id,
                    "method": spec.method,
                    "seed": seed,
                    "population": drawn.population,
                    "size": len(drawn.picks),
                    "assigned": per_user,
                    "unassigned": len(drawn.picks) - len(assigned),
                },
            )
            row = uow.sampling.sample_row(sample_id)
            if row is None:  # pragma: no cover - written just above
                raise NotFound(_NO_SAMPLE)
            return _sample_info(row, self._zone(uow)), [
                _item_info(r) for r in uow.sampling.items(sample_id)
            ]

    # ------------------------------------------------------------------ plans
    def save_plan(self, actor: Actor, spec: PlanSpec, plan_id: int | None = None) -> PlanInfo:
        """Save ``spec`` as a new plan, or over plan ``plan_id``. Names are unique."""
        actor.require(Permission.MANAGE_SAMPLING)
        _check_spec(spec)
        name = spec.name.strip()
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A sampling plan needs a name."), "name"
            )
        if len(name) > NAME_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A name is at most {maximum} characters."),
                "name",
                maximum=NAME_MAX,
            )
        spec = replace(spec, name=name)
        with unit_of_work(self._db, write=True) as uow:
            self._resolve(uow, spec)
            self._inspectors(uow, spec.inspectors)
            taken = uow.sampling.plan_by_name(name)
            if taken is not None and taken.id != plan_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A sampling plan named {name} exists already."),
                    "name",
                    name=name,
                )
            values = {
                "name": name,
                "checklist_id": spec.checklist_id,
                "population_filter": _filter_json(spec.population),
                "size_rule": asdict(spec.size),
                "method": spec.method,
                "method_params": _method_params(spec),
                "seed": spec.seed,
            }
            if plan_id is None:
                plan = uow.sampling.add_plan(
                    SamplingPlan(
                        **values, active=True, created_by=actor.user_id, created_at=utcnow()
                    )
                )
                audit(uow, actor, "sampling_plan", plan.id, "create", None, _spec_json(spec))
            else:
                found = uow.sampling.plan(plan_id)
                if found is None or not found.active:
                    raise NotFound(_NO_PLAN)
                plan = found
                before = _spec_json(_spec_of(plan))
                for key, value in values.items():
                    setattr(plan, key, value)
                uow.flush()
                audit(uow, actor, "sampling_plan", plan.id, "update", before, _spec_json(spec))
            last = uow.sampling.last_drawn().get(plan.id)
            return PlanInfo(plan.id, plan.name, _spec_of(plan), plan.created_at, last)

    def plans(self, actor: Actor) -> list[PlanInfo]:
        """The saved plans, by name."""
        actor.require(Permission.MANAGE_SAMPLING)
        with unit_of_work(self._db) as uow:
            last = uow.sampling.last_drawn()
            return [
                PlanInfo(p.id, p.name, _spec_of(p), p.created_at, last.get(p.id))
                for p in uow.sampling.plans()
            ]

    def run_plan(
        self,
        actor: Actor,
        plan_id: int,
        date_from: date,
        date_to: date,
        seed: int | None = None,
    ) -> tuple[SampleInfo, list[SampleItemInfo]]:
        """Draw saved plan ``plan_id`` for a new period ("this week's plan"). The seed is
        ``seed``, else the plan's own, else a fresh one."""
        actor.require(Permission.MANAGE_SAMPLING)
        with unit_of_work(self._db) as uow:
            plan = uow.sampling.plan(plan_id)
            if plan is None or not plan.active:
                raise NotFound(_NO_PLAN)
            spec = _spec_of(plan)
        population = replace(spec.population, date_from=date_from, date_to=date_to)
        chosen_seed = seed if seed is not None else spec.seed
        return self.draw(actor, replace(spec, population=population, seed=chosen_seed), plan_id)

    # ------------------------------------------------------------------ samples
    def samples(self, actor: Actor) -> list[SampleInfo]:
        """Samples, newest first. A vendor supervisor sees those holding records of their
        vendor, sized and counted on those records only."""
        actor.require(Permission.READ_INSPECTIONS)
        with unit_of_work(self._db) as uow:
            zone = self._zone(uow)
            return [_sample_info(r, zone) for r in uow.sampling.samples(actor.vendor_filter())]

    def sample(self, actor: Actor, sample_id: int) -> SampleInfo:
        actor.require(Permission.READ_INSPECTIONS)
        with unit_of_work(self._db) as uow:
            row = uow.sampling.sample_row(sample_id, actor.vendor_filter())
            if row is None:
                raise NotFound(_NO_SAMPLE)
            return _sample_info(row, self._zone(uow))

    def items(self, actor: Actor, sample_id: int) -> list[SampleItemInfo]:
        """A sample's items in drawing order (a vendor supervisor: their vendor's only)."""
        actor.require(Permission.READ_INSPECTIONS)
        vendor = actor.vendor_filter()
        with unit_of_work(self._db) as uow:
            if uow.sampling.sample(sample_id) is None:
                raise NotFound(_NO_SAMPLE)
            rows = uow.sampling.items(sample_id, vendor_id=vendor)
            if vendor is not None and not rows:
                raise NotFound(_NO_SAMPLE)
            return [_item_info(r) for r in rows]

    # ------------------------------------------------------------------ assignment
    def assign(self, actor: Actor, item_ids: Sequence[int], user_id: int | None) -> None:
        """Give the items to inspector ``user_id``, or back to the shared pool (None).

        Items already being inspected keep their inspector; a sample drawn to keep vendors
        apart never goes to an inspector of the record's own vendor.
        """
        actor.require(Permission.MANAGE_SAMPLING)
        wanted = sorted(set(item_ids))
        if not wanted:
            return
        with unit_of_work(self._db, write=True) as uow:
            rows = uow.sampling.items(item_ids=wanted)
            if len(rows) != len(wanted):
                raise NotFound(_NO_ITEM)
            user = None
            if user_id is not None:
                user = self._inspectors(uow, (user_id,))[0]
            started = [r for r in rows if r.inspection_id is not None]
            if started:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{count} of the items are being inspected already and keep their "
                        "inspector.",
                    ),
                    "items",
                    count=len(started),
                )
            keep_apart = self._keeps_vendors_apart(uow, {r.sample_id for r in rows})
            if user is not None and user.vendor_id is not None:
                own = [r for r in rows if keep_apart[r.sample_id] and r.vendor_id == user.vendor_id]
                if own:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{login} works for the vendor of {count} of the items; this "
                            "sample keeps inspectors away from their own vendor.",
                        ),
                        "user",
                        login=user.login,
                        count=len(own),
                    )
            now = utcnow()
            uow.sampling.assign(wanted, user_id, now if user_id is not None else None)
            by_sample: dict[int, list[ItemRow]] = {}
            for r in rows:
                by_sample.setdefault(r.sample_id, []).append(r)
            for sample_id, its in sorted(by_sample.items()):
                audit(
                    uow,
                    actor,
                    "sample",
                    sample_id,
                    "assign",
                    {"items": {str(r.id): r.assignee for r in its}},
                    {"items": [r.id for r in its], "user": user.login if user else None},
                )

    def workload(self, actor: Actor) -> dict[str, int]:
        """Login → items assigned and not yet submitted, for everyone who may inspect."""
        actor.require(Permission.MANAGE_SAMPLING)
        with unit_of_work(self._db) as uow:
            load = uow.sampling.open_workload()
            out: dict[str, int] = {}
            for user in uow.sampling.users():
                if (user.active and _may_inspect(user)) or user.id in load:
                    out[user.login] = load.get(user.id, 0)
            return out

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _zone(uow: UnitOfWork) -> str:
        outlet = uow.org.outlet()
        return outlet.timezone if outlet and outlet.timezone else DEFAULT_TIMEZONE

    @staticmethod
    def _allocation(spec: PlanSpec) -> str:
        # A quota per agent is met exactly: equal allocation of Σ min(quota, size) gives
        # every stratum min(quota, size).
        return "equal" if spec.size.kind == "per_agent" else spec.allocation

    def _resolve(self, uow: UnitOfWork, spec: PlanSpec) -> _Resolved:
        """The checklist's active version and the filter in database terms."""
        checklist = uow.checklists.checklist(spec.checklist_id)
        if checklist is None:
            raise NotFound(_NO_CHECKLIST)
        if not checklist.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The checklist {name} is retired."),
                "checklist",
                name=checklist.name,
            )
        published = uow.checklists.published_of(checklist.id)
        if not published:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The checklist {name} has no published version to sample for."
                ),
                "checklist",
                name=checklist.name,
            )
        flt = spec.population
        channel = flt.channel
        if checklist.channel is not None:
            if channel is not None and channel != checklist.channel:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The checklist {name} scores {channel} records only."
                    ),
                    "channel",
                    name=checklist.name,
                    channel=checklist.channel,
                )
            channel = checklist.channel
        zone = self._zone(uow)
        started_from = started_before = None
        if flt.date_from is not None:
            started_from = to_utc(datetime.combine(flt.date_from, time.min), zone)
        if flt.date_to is not None:
            next_day = flt.date_to + timedelta(days=1)
            started_before = to_utc(datetime.combine(next_day, time.min), zone)
        versions: tuple[int, ...] = ()
        if flt.flags or flt.any_flag:
            versions = tuple(uow.records.active_version_ids())
        query = RecordQuery(
            started_from=started_from,
            started_before=started_before,
            vendor_ids=tuple(flt.vendor_ids),
            team_ids=tuple(flt.team_ids),
            agent_ids=tuple(flt.agent_ids),
            channel=channel,
            categories=tuple(flt.categories),
            csat=tuple(flt.csat),
            flags=tuple(flt.flags),
            any_flag=flt.any_flag,
            flag_versions=versions,
        )
        return _Resolved(
            Population(query, checklist.id),
            checklist.id,
            published[-1].id,
            started_from,
            started_before,
        )

    @staticmethod
    def _keys(uow: UnitOfWork, by: str) -> tuple[dict[Any, str], dict[str, str]]:
        """Stratum value (agent or vendor id) → key, and key → label (name)."""
        if by == "agent":
            agents = uow.org.agents()
            return {a.id: a.employee_id for a in agents}, {a.employee_id: a.name for a in agents}
        vendors = uow.org.vendors()
        return {v.id: v.code for v in vendors}, {v.code: v.name for v in vendors}

    def _inspectors(self, uow: UnitOfWork, user_ids: Sequence[int]) -> list[UserRow]:
        """The users to assign to: each must exist, be active and allowed to inspect."""
        if not user_ids:
            return []
        users = {u.id: u for u in uow.sampling.users(user_ids)}
        out = []
        for user_id in dict.fromkeys(user_ids):
            user = users.get(user_id)
            if user is None:
                raise NotFound(_NO_USER)
            if not user.active or not _may_inspect(user):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "{login} may not inspect records."),
                    "inspectors",
                    login=user.login,
                )
            out.append(user)
        return out

    @staticmethod
    def _keeps_vendors_apart(uow: UnitOfWork, sample_ids: set[int]) -> dict[int, bool]:
        out = {}
        for sample_id in sample_ids:
            sample = uow.sampling.sample(sample_id)
            params = sample.params if sample is not None else {}
            out[sample_id] = bool((params or {}).get("exclude_own_vendor", True))
        return out

    def _draw(self, uow: UnitOfWork, spec: PlanSpec, resolved: _Resolved, seed: int) -> _Drawn:
        """The picks, in the domain's order, each with its stratum key."""
        pop = resolved.population
        if spec.method == "stratified":
            return self._stratified(uow, spec, pop, seed)
        # The other methods pick from the whole population in record-id order, and name the
        # picks' strata afterwards (only the picked records are looked up).
        ids = uow.sampling.ids_by(pop, ()).get((), [])
        population = len(ids)
        keys, _labels = self._keys(uow, spec.stratify_by)
        sizes = None
        if spec.size.kind == "per_agent":
            counts = uow.sampling.strata_counts(pop, spec.stratify_by)
            sizes = {keys.get(value, ""): n for value, n in counts.items()}
        decision = sample_size(spec.size, population, sizes)
        k = decision.n
        rng = Random(seed)
        if spec.method == "random":
            picks = _random_picks([ids[i] for i in _positions(rng, population, k)], population)
        else:
            flags = uow.sampling.flag_counts(pop, resolved.version_id)
            low = uow.sampling.low_csat(pop, LOW_CSAT)
            scores = {rid: _risk(flags.get(rid), low.get(rid)) for rid in flags.keys() | low.keys()}
            if spec.method == "risk":
                picks = _risk_picks(rng, ids, scores, k)
            else:
                n_risk = risk_count(k, spec.risk_share)
                chosen = [ids[i] for i in _positions(rng, population, k - n_risk)]
                taken = set(chosen)
                rest = [rid for rid in ids if rid not in taken]
                picks = _random_picks(chosen, population) + _risk_picks(rng, rest, scores, n_risk)
        details = uow.sampling.records([p.record_id for p in picks])
        column = "agent_id" if spec.stratify_by == "agent" else "vendor_id"
        picks = [
            replace(p, stratum=keys.get(getattr(details[p.record_id], column), "")) for p in picks
        ]
        picks.sort(key=_pick_order)
        return _Drawn(picks, population, decision, None, details=details)

    def _stratified(self, uow: UnitOfWork, spec: PlanSpec, pop: Population, seed: int) -> _Drawn:
        by = spec.stratify_by
        keys, _labels = self._keys(uow, by)
        groups = {
            keys.get(value[0], ""): ids for value, ids in uow.sampling.ids_by(pop, (by,)).items()
        }
        sizes = {key: len(ids) for key, ids in groups.items()}
        population = sum(sizes.values())
        decision = sample_size(spec.size, population, sizes)
        allocation = self._allocation(spec)
        quota = allocate(sizes, decision.n, allocation, spec.min_per_stratum)
        rng = Random(seed)
        picks: list[Pick] = []
        strata: dict[str, tuple[int, int]] = {}
        for key in sorted(groups):
            ids, k = groups[key], quota[key]
            chosen = [ids[i] for i in _positions(rng, len(ids), k)]
            strata[key] = (len(ids), k)
            weight = len(ids) / k if k else None
            reason = {
                "code": "stratified",
                "by": by,
                "stratum": key,
                "of": len(ids),
                "picked": k,
                "allocation": allocation,
            }
            picks += [Pick(rid, key, weight, "random", dict(reason)) for rid in chosen]
        picks.sort(key=_pick_order)
        return _Drawn(picks, population, decision, allocation, strata)

    def _dry_result(
        self,
        uow: UnitOfWork,
        sample: Sample,
        plan: SamplingPlan | None,
        actor: Actor,
        drawn: _Drawn,
        details: Mapping[int, Any],
        assigned: Mapping[int, int],
    ) -> tuple[SampleInfo, list[SampleItemInfo]]:
        zone = self._zone(uow)
        agents, _ = self._keys(uow, "agent")
        vendors, _ = self._keys(uow, "vendor")
        logins = {u.id: u.login for u in uow.sampling.users(set(assigned.values()))}
        row = SampleRow(
            id=0,
            plan_id=sample.plan_id,
            plan_name=plan.name if plan is not None else None,
            purpose=sample.purpose,
            drawn_at=sample.drawn_at,
            drawn_by=actor.login,
            period_from=sample.period_from,
            period_to=sample.period_to,
            population=sample.population_count,
            seed=sample.seed,
            method=sample.method,
            params=sample.params,
            version_id=sample.checklist_version_id,
            size=len(drawn.picks),
            done=0,
        )
        items = []
        for pick in drawn.picks:
            detail = details[pick.record_id]
            user_id = assigned.get(pick.record_id)
            items.append(
                SampleItemInfo(
                    id=0,
                    record_id=pick.record_id,
                    record_external_id=detail.external_id,
                    channel=detail.channel,
                    started_at=detail.started_at,
                    agent=agents.get(detail.agent_id) if detail.agent_id is not None else None,
                    vendor=vendors.get(detail.vendor_id, ""),
                    stratum=pick.stratum or None,
                    weight=pick.weight if pick.weight is not None else 0.0,
                    part=pick.part,
                    reason=dict(pick.reason),
                    assigned_to=logins.get(user_id) if user_id is not None else None,
                    inspection_id=None,
                    inspection_status=None,
                )
            )
        return _sample_info(row, zone), items


def _may_inspect(user: UserRow) -> bool:
    try:
        return has_permission(Role(user.role), Permission.INSPECT)
    except ValueError:  # a role this version does not know
        return False


def _balance(
    picks: Sequence[Pick],
    details: Mapping[int, Any],
    inspectors: Sequence[UserRow],
    workload: Mapping[int, int],
    spec: PlanSpec,
) -> dict[int, int]:
    """Record id → inspector: each item in drawing order to the eligible inspector with the
    fewest open items (ties by login); none eligible leaves it in the shared pool."""
    if not inspectors:
        return {}
    load = {u.id: workload.get(u.id, 0) for u in inspectors}
    out: dict[int, int] = {}
    for pick in picks:
        vendor_id = details[pick.record_id].vendor_id
        eligible = [
            u
            for u in inspectors
            if not (
                spec.exclude_own_vendor and u.vendor_id is not None and u.vendor_id == vendor_id
            )
        ]
        if not eligible:
            continue
        chosen = min(eligible, key=lambda u: (load[u.id], u.login))
        load[chosen.id] += 1
        out[pick.record_id] = chosen.id
    return out


def _day(value: datetime | None, zone: str, end: bool = False) -> date | None:
    """A stored period bound as the outlet-local date (the end bound is exclusive)."""
    if value is None:
        return None
    day = to_local(value, zone).date()
    return day - timedelta(days=1) if end else day


def _sample_info(row: SampleRow, zone: str) -> SampleInfo:
    return SampleInfo(
        id=row.id,
        plan_id=row.plan_id,
        plan_name=row.plan_name,
        purpose=row.purpose,
        drawn_at=row.drawn_at,
        drawn_by=row.drawn_by,
        period_from=_day(row.period_from, zone),
        period_to=_day(row.period_to, zone, end=True),
        population=row.population,
        size=row.size,
        seed=row.seed,
        method=row.method,
        params=row.params,
        version_id=row.version_id,
        done=row.done,
    )


def _item_info(row: ItemRow) -> SampleItemInfo:
    try:
        reason = json.loads(row.reason) if row.reason else {}
    except ValueError:
        reason = {"code": "text", "text": row.reason}
    return SampleItemInfo(
        id=row.id,
        record_id=row.record_id,
        record_external_id=row.external_id,
        channel=row.channel,
        started_at=row.started_at,
        agent=row.agent,
        vendor=row.vendor,
        stratum=row.stratum,
        weight=float(row.weight),
        part=row.part,
        reason=reason if isinstance(reason, dict) else {"code": "text", "text": str(reason)},
        assigned_to=row.assignee,
        inspection_id=row.inspection_id,
        inspection_status=row.inspection_status,
    )
