"""Outlet, vendors, teams, agents, users and database-wide options."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from qa_desk.storage.models import Agent, AppOption, Outlet, Team, User, Vendor

_LIKE_ESCAPE = "\\"


def escape_like(text: str) -> str:
    """Search text taken literally: % and _ typed by a user are not wildcards."""
    return (
        text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
        .replace("%", _LIKE_ESCAPE + "%")
        .replace("_", _LIKE_ESCAPE + "_")
    )


class OrganisationRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # outlet -------------------------------------------------------------
    def outlet(self) -> Outlet | None:
        return self._s.scalars(select(Outlet).order_by(Outlet.id).limit(1)).first()

    # vendors ------------------------------------------------------------
    def vendor(self, vendor_id: int) -> Vendor | None:
        return self._s.get(Vendor, vendor_id)

    def vendor_by_code(self, code: str) -> Vendor | None:
        return self._s.scalars(select(Vendor).where(Vendor.code == code)).first()

    def vendors(self, vendor_id: int | None = None, include_inactive: bool = True) -> list[Vendor]:
        stmt = select(Vendor).order_by(Vendor.code)
        if vendor_id is not None:
            stmt = stmt.where(Vendor.id == vendor_id)
        if not include_inactive:
            stmt = stmt.where(Vendor.active.is_(True))
        return list(self._s.scalars(stmt))

    # teams --------------------------------------------------------------
    def team(self, team_id: int) -> Team | None:
        return self._s.get(Team, team_id)

    def team_by_name(self, vendor_id: int, name: str) -> Team | None:
        stmt = select(Team).where(Team.vendor_id == vendor_id, Team.name == name)
        return self._s.scalars(stmt).first()

    def teams(self, vendor_id: int | None = None) -> list[Team]:
        stmt = select(Team).order_by(Team.vendor_id, Team.name)
        if vendor_id is not None:
            stmt = stmt.where(Team.vendor_id == vendor_id)
        return list(self._s.scalars(stmt))

    # agents -------------------------------------------------------------
    def agent(self, agent_id: int) -> Agent | None:
        return self._s.get(Agent, agent_id)

    def agent_by_employee_id(self, employee_id: str) -> Agent | None:
        return self._s.scalars(select(Agent).where(Agent.employee_id == employee_id)).first()

    def agents(
        self,
        vendor_id: int | None = None,
        team_id: int | None = None,
        search: str | None = None,
    ) -> list[Agent]:
        stmt = select(Agent).order_by(Agent.employee_id)
        if vendor_id is not None:
            stmt = stmt.where(Agent.vendor_id == vendor_id)
        if team_id is not None:
            stmt = stmt.where(Agent.team_id == team_id)
        if search:
            like = f"%{escape_like(search)}%"
            stmt = stmt.where(
                or_(
                    Agent.employee_id.ilike(like, escape=_LIKE_ESCAPE),
                    Agent.name.ilike(like, escape=_LIKE_ESCAPE),
                )
            )
        return list(self._s.scalars(stmt))

    def count_agents(self, vendor_id: int | None = None) -> int:
        stmt = select(func.count()).select_from(Agent)
        if vendor_id is not None:
            stmt = stmt.where(Agent.vendor_id == vendor_id)
        return self._s.scalar(stmt) or 0

    # users --------------------------------------------------------------
    def user(self, user_id: int) -> User | None:
        return self._s.get(User, user_id)

    def user_by_login(self, login: str, for_update: bool = False) -> User | None:
        """``for_update`` locks the row to the end of the transaction (PostgreSQL), so two
        concurrent logins cannot both count from the same number of failures."""
        stmt = select(User).where(User.login == login)
        if for_update:
            stmt = stmt.with_for_update()
        return self._s.scalars(stmt).first()

    def users(self, roles: Sequence[str] | None = None) -> list[User]:
        stmt = select(User).order_by(User.login)
        if roles:
            stmt = stmt.where(User.role.in_(list(roles)))
        return list(self._s.scalars(stmt))

    def count_users(self) -> int:
        return self._s.scalar(select(func.count()).select_from(User)) or 0

    def count_active_admins(self, for_update: bool = False) -> int:
        """``for_update`` locks the admins' rows (PostgreSQL; SQLite writers are serialised
        anyway), so two admins demoting each other at once cannot leave none."""
        where = (User.role == "admin", User.active.is_(True))
        if for_update:
            # FOR UPDATE cannot lock an aggregate: lock the rows (in id order), then count.
            locked = select(User.id).where(*where).order_by(User.id).with_for_update()
            return len(self._s.scalars(locked).all())
        return self._s.scalar(select(func.count()).select_from(User).where(*where)) or 0

    # options ------------------------------------------------------------
    def option(self, key: str) -> str | None:
        row = self._s.get(AppOption, key)
        return row.value if row else None

    def set_option(self, key: str, value: str) -> None:
        row = self._s.get(AppOption, key)
        if row is None:
            self._s.add(AppOption(key=key, value=value))
        else:
            row.value = value

    # generic ------------------------------------------------------------
    def add(self, obj: Any) -> Any:
        self._s.add(obj)
        self._s.flush()
        return obj
