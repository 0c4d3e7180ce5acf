"""Vendors (with contract KPI targets), teams and agents; the outlet itself."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from qa_desk.domain.errors import ConflictError, NotFound, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import utcnow
from qa_desk.services import audit
from qa_desk.services.actor import Actor
from qa_desk.storage.database import Database
from qa_desk.storage.models import Agent, Team, Vendor
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

# Contract KPI targets a vendor can carry, all percentages 0–100.
KPI_KEYS = ("pass_rate", "first_response_within", "actions_closed_on_time")
# Database-wide option (app_option): mask customer phone numbers on import; on by default.
MASK_PHONES_OPTION = "import.mask_phones"


@dataclass(frozen=True)
class OutletInfo:
    id: int
    code: str
    name: str
    timezone: str


@dataclass(frozen=True)
class VendorInfo:
    id: int
    code: str
    name: str
    contact: str | None
    kpi_targets: dict[str, float] = field(default_factory=dict)
    active: bool = True
    agent_count: int = 0


@dataclass(frozen=True)
class TeamInfo:
    id: int
    vendor_id: int
    vendor_code: str
    name: str
    active: bool


@dataclass(frozen=True)
class AgentInfo:
    id: int
    employee_id: str
    name: str
    vendor_id: int
    vendor_code: str
    team_id: int | None
    team_name: str | None
    active_from: date | None
    active_to: date | None

    def active_on(self, day: date) -> bool:
        if self.active_from and day < self.active_from:
            return False
        return not (self.active_to and day > self.active_to)


def _vendor_info(uow: UnitOfWork, v: Vendor) -> VendorInfo:
    targets = {k: float(x) for k, x in (v.kpi_targets or {}).items()}
    return VendorInfo(
        v.id, v.code, v.name, v.contact, targets, v.active, uow.org.count_agents(v.id)
    )


def _team_info(uow: UnitOfWork, t: Team) -> TeamInfo:
    vendor = uow.org.vendor(t.vendor_id)
    return TeamInfo(t.id, t.vendor_id, vendor.code if vendor else "", t.name, t.active)


def _agent_info(uow: UnitOfWork, a: Agent) -> AgentInfo:
    vendor = uow.org.vendor(a.vendor_id)
    team = uow.org.team(a.team_id) if a.team_id else None
    return AgentInfo(
        a.id,
        a.employee_id,
        a.name,
        a.vendor_id,
        vendor.code if vendor else "",
        a.team_id,
        team.name if team else None,
        a.active_from,
        a.active_to,
    )


def _vendor_snapshot(v: Vendor) -> dict[str, Any]:
    return {
        "code": v.code,
        "name": v.name,
        "contact": v.contact,
        "kpi_targets": v.kpi_targets,
        "active": v.active,
    }


def _agent_snapshot(a: Agent) -> dict[str, Any]:
    return {
        "employee_id": a.employee_id,
        "name": a.name,
        "vendor_id": a.vendor_id,
        "team_id": a.team_id,
        "active_from": a.active_from,
        "active_to": a.active_to,
    }


def _has_control_characters(text: str) -> bool:
    # NUL and friends: PostgreSQL refuses them, SQLite would keep them, no one can type them.
    return any(unicodedata.category(c) == "Cc" for c in text)


def _clean_code(code: str, message: str, field: str) -> str:
    """A vendor code or employee id; ``message`` is the sentence that states the rule."""
    code = code.strip().upper()
    if (
        not code
        or len(code) > 32
        or any(c.isspace() for c in code)
        or _has_control_characters(code)
    ):
        raise ValidationError(message, field)
    return code


_VENDOR_CODE_RULE = QT_TRANSLATE_NOOP("Errors", "A vendor code has 1–32 characters without spaces.")
_EMPLOYEE_ID_RULE = QT_TRANSLATE_NOOP(
    "Errors", "An employee id has 1–32 characters without spaces."
)


@dataclass(frozen=True)
class _NameMessages:
    """What is wrong with a vendor's, team's or agent's name, as whole sentences (a
    translator can't build "the team's name" from "the {what}'s name")."""

    empty: str
    too_long: str
    control: str


_VENDOR_NAME = _NameMessages(
    QT_TRANSLATE_NOOP("Errors", "Enter the vendor's name."),
    QT_TRANSLATE_NOOP("Errors", "The vendor's name is longer than 200 characters."),
    QT_TRANSLATE_NOOP("Errors", "The vendor's name contains control characters."),
)
_TEAM_NAME = _NameMessages(
    QT_TRANSLATE_NOOP("Errors", "Enter the team's name."),
    QT_TRANSLATE_NOOP("Errors", "The team's name is longer than 200 characters."),
    QT_TRANSLATE_NOOP("Errors", "The team's name contains control characters."),
)
_AGENT_NAME = _NameMessages(
    QT_TRANSLATE_NOOP("Errors", "Enter the agent's name."),
    QT_TRANSLATE_NOOP("Errors", "The agent's name is longer than 200 characters."),
    QT_TRANSLATE_NOOP("Errors", "The agent's name contains control characters."),
)


def _clean_name(name: str, messages: _NameMessages) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(messages.empty, "name")
    if len(name) > 200:
        raise ValidationError(messages.too_long, "name")
    if _has_control_characters(name):
        raise ValidationError(messages.control, "name")
    return name


def _clean_contact(contact: str | None) -> str | None:
    """Optional; the column holds 200 characters on every backend (SQLite would take more)."""
    contact = (contact or "").strip()
    if len(contact) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The contact is longer than 200 characters."), "contact"
        )
    if _has_control_characters(contact):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The contact contains control characters."), "contact"
        )
    return contact or None


# Per KPI target: (not a number, out of range), whole sentences naming the target.
_TARGET_MESSAGES: dict[str, tuple[str, str]] = {
    "pass_rate": (
        QT_TRANSLATE_NOOP("Errors", "The pass rate target must be a number."),
        QT_TRANSLATE_NOOP("Errors", "The pass rate target must lie between 0 and 100 %."),
    ),
    "first_response_within": (
        QT_TRANSLATE_NOOP("Errors", "The first-response-in-time target must be a number."),
        QT_TRANSLATE_NOOP(
            "Errors", "The first-response-in-time target must lie between 0 and 100 %."
        ),
    ),
    "actions_closed_on_time": (
        QT_TRANSLATE_NOOP("Errors", "The actions-closed-on-time target must be a number."),
        QT_TRANSLATE_NOOP(
            "Errors", "The actions-closed-on-time target must lie between 0 and 100 %."
        ),
    ),
}


def _clean_targets(targets: dict[str, Any] | None) -> dict[str, float]:
    cleaned: dict[str, float] = {}
    for key, value in (targets or {}).items():
        if key not in KPI_KEYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown KPI target {key!r}."), "kpi_targets", key=key
            )
        if value is None or value == "":
            continue
        not_a_number, out_of_range = _TARGET_MESSAGES[key]
        try:
            number = float(value)
        except (TypeError, ValueError) as error:
            raise ValidationError(not_a_number, key) from error
        if not 0 <= number <= 100:
            raise ValidationError(out_of_range, key)
        cleaned[key] = number
    return cleaned


class OrganisationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ outlet
    def outlet(self) -> OutletInfo | None:
        with unit_of_work(self._db) as uow:
            o = uow.org.outlet()
            return OutletInfo(o.id, o.code, o.name, o.timezone) if o else None

    # ------------------------------------------------------------------ options
    def mask_phones(self) -> bool:
        """Whether imports mask customer phone numbers (138****1234); on unless an admin
        turned it off. Everyone may ask: imports and the import wizard show it."""
        with unit_of_work(self._db) as uow:
            return uow.org.option(MASK_PHONES_OPTION) != "0"

    def set_mask_phones(self, actor: Actor, on: bool) -> None:
        """Turn phone masking on or off for future imports (admin only, audited)."""
        actor.require(Permission.MANAGE_ORGANISATION)
        with unit_of_work(self._db, write=True) as uow:
            before = uow.org.option(MASK_PHONES_OPTION) != "0"
            if before == on:
                return
            uow.org.set_option(MASK_PHONES_OPTION, "1" if on else "0")
            audit.record(
                uow,
                actor,
                "app_option",
                MASK_PHONES_OPTION,
                "update",
                before={"mask_phones": before},
                after={"mask_phones": on},
            )

    # ------------------------------------------------------------------ vendors
    def vendors(self, actor: Actor, include_inactive: bool = True) -> list[VendorInfo]:
        actor.require(Permission.READ_ORGANISATION)
        with unit_of_work(self._db) as uow:
            rows = uow.org.vendors(actor.vendor_filter(), include_inactive)
            return [_vendor_info(uow, v) for v in rows]

    def vendor(self, actor: Actor, vendor_id: int) -> VendorInfo:
        actor.require(Permission.READ_ORGANISATION)
        actor.check_vendor(vendor_id, "vendor")
        with unit_of_work(self._db) as uow:
            v = uow.org.vendor(vendor_id)
            if v is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such vendor."))
            return _vendor_info(uow, v)

    def vendor_by_code(self, actor: Actor, code: str) -> VendorInfo:
        actor.require(Permission.READ_ORGANISATION)
        with unit_of_work(self._db) as uow:
            v = uow.org.vendor_by_code(code.strip().upper())
            if v is None or (actor.is_vendor_scoped and v.id != actor.vendor_id):
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Unknown vendor {code!r}."), code=code)
            return _vendor_info(uow, v)

    def create_vendor(
        self,
        actor: Actor,
        code: str,
        name: str,
        contact: str | None = None,
        kpi_targets: dict[str, Any] | None = None,
    ) -> VendorInfo:
        actor.require(Permission.MANAGE_ORGANISATION)
        code = _clean_code(code, _VENDOR_CODE_RULE, "code")
        name = _clean_name(name, _VENDOR_NAME)
        contact = _clean_contact(contact)
        targets = _clean_targets(kpi_targets)
        with unit_of_work(self._db, write=True) as uow:
            if uow.org.vendor_by_code(code) is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "The vendor code {code} is already used."),
                    code=code,
                )
            v = uow.org.add(
                Vendor(
                    code=code,
                    name=name,
                    contact=contact,
                    kpi_targets=targets,
                    active=True,
                    created_at=utcnow(),
                )
            )
            audit.record(uow, actor, "vendor", v.id, "create", after=_vendor_snapshot(v))
            return _vendor_info(uow, v)

    def update_vendor(
        self,
        actor: Actor,
        vendor_id: int,
        *,
        name: str | None = None,
        contact: str | None = None,
        kpi_targets: dict[str, Any] | None = None,
        active: bool | None = None,
    ) -> VendorInfo:
        actor.require(Permission.MANAGE_ORGANISATION)
        with unit_of_work(self._db, write=True) as uow:
            v = uow.org.vendor(vendor_id)
            if v is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such vendor."))
            before = _vendor_snapshot(v)
            if name is not None:
                v.name = _clean_name(name, _VENDOR_NAME)
            if contact is not None:
                v.contact = _clean_contact(contact)
            if kpi_targets is not None:
                v.kpi_targets = _clean_targets(kpi_targets)
            if active is not None:
                v.active = active
            after = _vendor_snapshot(v)
            if after != before:
                action = "deactivate" if before["active"] and not v.active else "update"
                audit.record(uow, actor, "vendor", v.id, action, before=before, after=after)
            return _vendor_info(uow, v)

    # ------------------------------------------------------------------ teams
    def teams(self, actor: Actor, vendor_id: int | None = None) -> list[TeamInfo]:
        actor.require(Permission.READ_ORGANISATION)
        if vendor_id is not None:
            actor.check_vendor(vendor_id, "vendor")
        scope = actor.vendor_filter() or vendor_id
        with unit_of_work(self._db) as uow:
            return [_team_info(uow, t) for t in uow.org.teams(scope)]

    def create_team(self, actor: Actor, vendor_id: int, name: str) -> TeamInfo:
        actor.require(Permission.MANAGE_ORGANISATION)
        name = _clean_name(name, _TEAM_NAME)
        with unit_of_work(self._db, write=True) as uow:
            if uow.org.vendor(vendor_id) is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Choose the team's vendor."), "vendor"
                )
            if uow.org.team_by_name(vendor_id, name) is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "The vendor already has a team named {name}."),
                    name=name,
                )
            t = uow.org.add(Team(vendor_id=vendor_id, name=name, active=True, created_at=utcnow()))
            audit.record(
                uow, actor, "team", t.id, "create", after={"vendor_id": vendor_id, "name": name}
            )
            return _team_info(uow, t)

    def update_team(
        self, actor: Actor, team_id: int, *, name: str | None = None, active: bool | None = None
    ) -> TeamInfo:
        actor.require(Permission.MANAGE_ORGANISATION)
        with unit_of_work(self._db, write=True) as uow:
            t = uow.org.team(team_id)
            if t is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such team."))
            before = {"name": t.name, "active": t.active}
            if name is not None:
                name = _clean_name(name, _TEAM_NAME)
                other = uow.org.team_by_name(t.vendor_id, name)
                if other is not None and other.id != t.id:
                    raise ConflictError(
                        QT_TRANSLATE_NOOP("Errors", "The vendor already has a team named {name}."),
                        name=name,
                    )
                t.name = name
            if active is not None:
                t.active = active
            after = {"name": t.name, "active": t.active}
            if after != before:
                action = "deactivate" if before["active"] and not t.active else "update"
                audit.record(uow, actor, "team", t.id, action, before=before, after=after)
            return _team_info(uow, t)

    # ------------------------------------------------------------------ agents
    def agents(
        self,
        actor: Actor,
        vendor_id: int | None = None,
        team_id: int | None = None,
        search: str | None = None,
    ) -> list[AgentInfo]:
        actor.require(Permission.READ_ORGANISATION)
        if vendor_id is not None:
            actor.check_vendor(vendor_id, "vendor")
        scope = actor.vendor_filter() or vendor_id
        with unit_of_work(self._db) as uow:
            return [_agent_info(uow, a) for a in uow.org.agents(scope, team_id, search)]

    def agent(self, actor: Actor, agent_id: int) -> AgentInfo:
        actor.require(Permission.READ_ORGANISATION)
        with unit_of_work(self._db) as uow:
            a = uow.org.agent(agent_id)
            if a is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such agent."))
            actor.check_vendor(a.vendor_id, "agent")
            return _agent_info(uow, a)

    def _check_agent_fields(
        self,
        uow: UnitOfWork,
        vendor_id: int,
        team_id: int | None,
        active_from: date | None,
        active_to: date | None,
    ) -> None:
        if uow.org.vendor(vendor_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose the agent's vendor."), "vendor"
            )
        if team_id is not None:
            team = uow.org.team(team_id)
            if team is None or team.vendor_id != vendor_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The team belongs to another vendor."), "team"
                )
        if active_from and active_to and active_to < active_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The agent's end date is before the start date."),
                "active_to",
            )

    def create_agent(
        self,
        actor: Actor,
        employee_id: str,
        name: str,
        vendor_id: int,
        team_id: int | None = None,
        active_from: date | None = None,
        active_to: date | None = None,
    ) -> AgentInfo:
        actor.require(Permission.MANAGE_ORGANISATION)
        employee_id = _clean_code(employee_id, _EMPLOYEE_ID_RULE, "employee_id")
        name = _clean_name(name, _AGENT_NAME)
        with unit_of_work(self._db, write=True) as uow:
            self._check_agent_fields(uow, vendor_id, team_id, active_from, active_to)
            if uow.org.agent_by_employee_id(employee_id) is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("Errors", "The employee id {employee_id} is already used."),
                    employee_id=employee_id,
                )
            a = uow.org.add(
                Agent(
                    employee_id=employee_id,
                    name=name,
                    vendor_id=vendor_id,
                    team_id=team_id,
                    active_from=active_from,
                    active_to=active_to,
                    created_at=utcnow(),
                )
            )
            audit.record(uow, actor, "agent", a.id, "create", after=_agent_snapshot(a))
            return _agent_info(uow, a)

    def update_agent(
        self,
        actor: Actor,
        agent_id: int,
        *,
        name: str | None = None,
        team_id: int | type[Ellipsis] | None = ...,
        active_from: date | type[Ellipsis] | None = ...,
        active_to: date | type[Ellipsis] | None = ...,
    ) -> AgentInfo:
        """Change an agent; ``...`` leaves a field as it is, ``None`` clears it."""
        return self._change_agent(
            actor,
            agent_id,
            "update",
            name=name,
            team_id=team_id,
            active_from=active_from,
            active_to=active_to,
        )

    def deactivate_agent(self, actor: Actor, agent_id: int, last_day: date) -> AgentInfo:
        """The agent works until ``last_day``; the audit log records it as a deactivation."""
        return self._change_agent(actor, agent_id, "deactivate", active_to=last_day)

    def _change_agent(
        self,
        actor: Actor,
        agent_id: int,
        action: str,
        *,
        name: str | None = None,
        team_id: int | type[Ellipsis] | None = ...,
        active_from: date | type[Ellipsis] | None = ...,
        active_to: date | type[Ellipsis] | None = ...,
    ) -> AgentInfo:
        actor.require(Permission.MANAGE_ORGANISATION)
        with unit_of_work(self._db, write=True) as uow:
            a = uow.org.agent(agent_id)
            if a is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such agent."))
            before = _agent_snapshot(a)
            if name is not None:
                a.name = _clean_name(name, _AGENT_NAME)
            if team_id is not ...:
                a.team_id = team_id  # type: ignore[assignment]
            if active_from is not ...:
                a.active_from = active_from  # type: ignore[assignment]
            if active_to is not ...:
                a.active_to = active_to  # type: ignore[assignment]
            self._check_agent_fields(uow, a.vendor_id, a.team_id, a.active_from, a.active_to)
            after = _agent_snapshot(a)
            if after != before:
                audit.record(uow, actor, "agent", a.id, action, before=before, after=after)
            return _agent_info(uow, a)
