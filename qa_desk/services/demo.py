"""Demo data: a realistic outlet with vendors, teams, agents, users and four weeks of records.

The organisation is created through the ordinary services (each object gets its audit event)
and reused where it already exists, so a load that was cancelled can simply be run again.
The records of the seeded generator are then written in ONE transaction with bulk inserts,
covered by one import batch and one audit event: either all of them are stored or none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from qa_desk.domain.demo_script import (
    DEMO_SOURCE,
    OUTLET_CODE,
    DemoOrganisation,
    DemoRecord,
    DemoScript,
    records_digest,
)
from qa_desk.domain.errors import QaDeskError, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local, utcnow
from qa_desk.services import audit
from qa_desk.services.actor import Actor
from qa_desk.storage.models import Outlet
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

if TYPE_CHECKING:  # the registry may list this module one day; avoid an import cycle
    from qa_desk.services.registry import Services


class DemoCancelled(QaDeskError):
    """The user cancelled loading the demo data; no record was written."""


DEMO_PASSWORD = "demo-pass-1"  # password of the demo accounts, shown to the user

_ALREADY_LOADED = QT_TRANSLATE_NOOP("Errors", "Demo data is already loaded.")
# The name AccountService.create_first_admin gives an outlet when the admin named none.
_PLACEHOLDER_OUTLET_NAME = "Outlet"
_WRITE_CHUNK = 500  # records per bulk statement: few round trips, frequent cancel checks
_GENERATE_TICK = 200


@dataclass(frozen=True)
class DemoSummary:
    vendors: int
    teams: int
    agents: int
    users: int
    chats: int
    calls: int
    messages: int
    segments: int
    demo_password: str


@dataclass(frozen=True)
class _AgentRef:
    id: int
    vendor_id: int


class _Progress:
    """Reports progress about once per percent and turns a cancel request into DemoCancelled."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int, str], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._message = ""
        self._reported = -1
        self._step = max(1, total // 100)

    def advance(self, steps: int, message: str) -> None:
        self.done = min(self.total, self.done + steps)
        self.check()
        if self._progress is None:
            return
        if message != self._message or self.done - self._reported >= self._step:
            self._message = message
            self._reported = self.done
            self._progress(self.done, self.total, message)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise DemoCancelled(
                QT_TRANSLATE_NOOP(
                    "Errors", "Loading the demo data was cancelled; no records were written."
                )
            )


def demo_loaded(services: Services) -> bool:
    """Whether the demo records are in the database (the GUI offers the demo only before)."""
    with unit_of_work(services.db) as uow:
        return uow.bulk.has_records(DEMO_SOURCE)


def load_demo(
    services: Services,
    actor: Actor,
    *,
    seed: int = 20261101,
    end: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Create the demo outlet and its records over the four weeks before ``end``.

    Refused, before anything changes, when the demo records exist already. ``progress`` is
    called now and then with (done, total, message); ``cancelled`` is polled, and when it
    returns true DemoCancelled is raised and no record is stored.
    """
    for permission in (
        Permission.MANAGE_ORGANISATION,
        Permission.MANAGE_USERS,
        Permission.IMPORT_RECORDS,
        Permission.MANAGE_CHECKLISTS,
    ):
        actor.require(permission)
    if demo_loaded(services):
        raise ValidationError(_ALREADY_LOADED)
    outlet = services.org.outlet()
    tz_name = outlet.timezone if outlet else DEFAULT_TIMEZONE
    if end is None:
        end = to_local(utcnow(), tz_name).date()
    script = DemoScript(seed, end, tz_name)
    org = script.organisation
    org_steps = 1 + len(org.vendors) + len(org.teams) + len(org.agents) + len(org.users)
    tracker = _Progress(org_steps + 3 * len(script), progress, cancelled)
    tracker.check()

    agents = _ensure_organisation(services, actor, org, tracker)
    # The shipped checklist, published in the demo's language (kept when already installed).
    services.checklists.install_default(actor, "zh_CN")

    records: list[DemoRecord] = []
    for record in script.records():
        records.append(record)
        if len(records) % _GENERATE_TICK == 0:
            tracker.advance(_GENERATE_TICK, "Generating conversations")
    tracker.advance(len(records) % _GENERATE_TICK, "Generating conversations")

    chats = sum(1 for r in records if r.channel == "chat")
    messages = sum(len(r.messages) for r in records)
    segments = sum(len(r.segments) for r in records)
    _store(services, actor, script, records, agents, tracker, chats, messages, segments)
    return DemoSummary(
        vendors=len(org.vendors),
        teams=len(org.teams),
        agents=len(org.agents),
        users=len(org.users),
        chats=chats,
        calls=len(records) - chats,
        messages=messages,
        segments=segments,
        demo_password=DEMO_PASSWORD,
    )


def _ensure_organisation(
    services: Services,
    actor: Actor,
    org: DemoOrganisation,
    tracker: _Progress,
) -> dict[str, _AgentRef]:
    """Create what is missing of the demo organisation; return agent code → ids."""
    message = "Creating vendors, teams, agents and users"
    with unit_of_work(services.db, write=True) as uow:
        _name_outlet(uow, actor, org.outlet_name)
    tracker.advance(1, message)

    vendor_ids = {v.code: v.id for v in services.org.vendors(actor)}
    for v in org.vendors:
        if v.code not in vendor_ids:
            created = services.org.create_vendor(
                actor, v.code, v.name, contact=v.contact, kpi_targets=v.kpi_targets
            )
            vendor_ids[v.code] = created.id
        tracker.advance(1, message)

    team_ids = {(t.vendor_id, t.name): t.id for t in services.org.teams(actor)}
    for t in org.teams:
        key = (vendor_ids[t.vendor_code], t.name)
        if key not in team_ids:
            team_ids[key] = services.org.create_team(actor, key[0], t.name).id
        tracker.advance(1, message)

    agents = {a.employee_id: _AgentRef(a.id, a.vendor_id) for a in services.org.agents(actor)}
    for a in org.agents:
        if a.employee_id not in agents:
            vendor_id = vendor_ids[a.vendor_code]
            created_agent = services.org.create_agent(
                actor,
                a.employee_id,
                a.name,
                vendor_id,
                team_id=team_ids[(vendor_id, a.team_name)],
                active_from=a.active_from,
                active_to=a.active_to,
            )
            agents[a.employee_id] = _AgentRef(created_agent.id, created_agent.vendor_id)
        tracker.advance(1, message)

    logins = {u.login for u in services.accounts.list_users(actor)}
    for u in org.users:
        if u.login not in logins:
            vendor_id = vendor_ids[u.vendor_code] if u.vendor_code else None
            services.accounts.create_user(
                actor, u.login, u.display_name, u.role, DEMO_PASSWORD, vendor_id=vendor_id
            )
        tracker.advance(1, message)
    return agents


def _name_outlet(uow: UnitOfWork, actor: Actor, name: str) -> None:
    """Create the outlet when there is none, or name it when it still has the placeholder."""
    outlet = uow.org.outlet()
    if outlet is None:
        outlet = uow.org.add(
            Outlet(code=OUTLET_CODE, name=name, timezone=DEFAULT_TIMEZONE, created_at=utcnow())
        )
        after = {"code": outlet.code, "name": name}
        audit.record(uow, actor, "outlet", outlet.id, "create", after=after)
    elif outlet.name == _PLACEHOLDER_OUTLET_NAME:
        before = {"code": outlet.code, "name": outlet.name}
        outlet.name = name
        after = {"code": outlet.code, "name": name}
        audit.record(uow, actor, "outlet", outlet.id, "update", before=before, after=after)


def _store(
    services: Services,
    actor: Actor,
    script: DemoScript,
    records: Sequence[DemoRecord],
    agents: dict[str, _AgentRef],
    tracker: _Progress,
    chats: int,
    messages: int,
    segments: int,
) -> None:
    """Write every record in one transaction: a cancel or an error leaves nothing behind."""
    digest = records_digest(records)
    started = utcnow()
    with unit_of_work(services.db, write=True) as uow:
        # Checked again under the write lock: another client may have loaded it meanwhile.
        if uow.bulk.has_records(DEMO_SOURCE):
            raise ValidationError(_ALREADY_LOADED)
        batch_id = uow.bulk.add_import_batch(
            kind="demo",
            source=DEMO_SOURCE,
            file_name=f"demo seed {script.seed}, four weeks to {script.end.isoformat()}",
            file_sha256=digest,
            encoding=None,
            mapping={
                "seed": script.seed,
                "end": script.end.isoformat(),
                "timezone": script.tz_name,
            },
            status="running",
            rows_read=len(records),
            imported_by=actor.user_id,
            started_at=started,
        )
        for chunk in _chunks(records):
            uow.bulk.insert_records(
                (
                    DEMO_SOURCE,
                    r.external_id,
                    r.channel,
                    agents[r.agent_code].vendor_id,
                    agents[r.agent_code].id,
                    r.started_at,
                    r.ended_at,
                    r.customer_ref,
                    r.waybill_no,
                    r.category,
                    r.csat,
                    [],
                    r.message_count,
                    r.first_response_s,
                    batch_id,
                )
                for r in chunk
            )
            tracker.advance(len(chunk), "Writing records")

        ids = uow.bulk.record_ids(DEMO_SOURCE)
        for chunk in _chunks(records):
            uow.bulk.insert_messages(
                (ids[r.external_id], m.seq, m.at, m.role, m.sender, m.text)
                for r in chunk
                for m in r.messages
            )
            calls = [r for r in chunk if r.channel == "call"]
            # The demo ships no audio: every call's recording is known to be missing.
            uow.bulk.insert_call_info(
                (ids[r.external_id], r.direction, r.duration_s, None, True) for r in calls
            )
            uow.bulk.insert_segments(
                (ids[r.external_id], s.start_ms, s.end_ms, s.speaker, s.text)
                for r in calls
                for s in r.segments
            )
            tracker.advance(len(chunk), "Writing messages and transcripts")

        tracker.check()
        counts = {
            "records_created": len(records),
            "chats": chats,
            "calls": len(records) - chats,
            "messages": messages,
            "segments": segments,
        }
        uow.bulk.finish_import_batch(
            batch_id,
            status="done",
            records_created=len(records),
            messages_created=messages + segments,
            finished_at=utcnow(),
        )
        audit.record(
            uow,
            actor,
            "import_batch",
            batch_id,
            "create",
            after={
                "kind": "demo",
                "source": DEMO_SOURCE,
                "seed": script.seed,
                "end": script.end.isoformat(),
                "file_sha256": digest,
                **counts,
            },
        )


def _chunks(records: Sequence[DemoRecord]) -> list[Sequence[DemoRecord]]:
    return [records[i : i + _WRITE_CHUNK] for i in range(0, len(records), _WRITE_CHUNK)]
