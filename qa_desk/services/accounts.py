"""User accounts: first admin, login with lockout, user management, CLI identity."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from qa_desk.domain.errors import (
    AuthenticationError,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from qa_desk.domain.passwords import (
    LockoutState,
    after_failure,
    hash_password,
    is_locked,
    password_error,
    verify_password,
)
from qa_desk.domain.roles import Permission, Role
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import utcnow
from qa_desk.services import audit
from qa_desk.services.actor import SYSTEM, Actor
from qa_desk.storage.database import Database
from qa_desk.storage.models import Outlet, User
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

_LOGIN_RE = re.compile(r"^[\w.\-@]{2,64}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    display_name: str
    role: Role
    vendor_id: int | None
    vendor_code: str | None
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime


def _actor(user: User) -> Actor:
    return Actor(user.id, user.login, user.display_name, Role(user.role), user.vendor_id)


def _snapshot(user: User) -> dict[str, object]:
    return {
        "login": user.login,
        "display_name": user.display_name,
        "role": user.role,
        "vendor_id": user.vendor_id,
        "active": user.active,
    }


def _clean_display_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the person's name."), "display_name"
        )
    # The column holds 200 characters; PostgreSQL would refuse more with a driver error.
    if len(name) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The name is longer than 200 characters."), "display_name"
        )
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The name contains control characters."), "display_name"
        )
    return name


def normalise_login(login: str) -> str:
    return login.strip().lower()


class AccountService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ queries
    def needs_first_admin(self) -> bool:
        with unit_of_work(self._db) as uow:
            return uow.org.count_users() == 0

    def list_users(self, actor: Actor) -> list[UserInfo]:
        actor.require(Permission.MANAGE_USERS)
        with unit_of_work(self._db) as uow:
            return [self._info(uow, u) for u in uow.org.users()]

    def get_user(self, actor: Actor, user_id: int) -> UserInfo:
        if actor.user_id != user_id:
            actor.require(Permission.MANAGE_USERS)
        with unit_of_work(self._db) as uow:
            user = uow.org.user(user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such user."))
            return self._info(uow, user)

    def inspectors(self, actor: Actor) -> list[UserInfo]:
        """Active inspectors (and admins, who may inspect too), for assignment lists."""
        actor.require(Permission.READ_ORGANISATION)
        if actor.is_vendor_scoped:
            # The outlet's staff list is not the vendor's business (users are not in its scope).
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors", "Your role (vendor_supervisor) may not list the inspectors."
                )
            )
        with unit_of_work(self._db) as uow:
            users = uow.org.users(roles=[Role.INSPECTOR.value, Role.ADMIN.value])
            return [self._info(uow, u) for u in users if u.active]

    @staticmethod
    def _info(uow: UnitOfWork, user: User) -> UserInfo:
        vendor = uow.org.vendor(user.vendor_id) if user.vendor_id else None
        return UserInfo(
            id=user.id,
            login=user.login,
            display_name=user.display_name,
            role=Role(user.role),
            vendor_id=user.vendor_id,
            vendor_code=vendor.code if vendor else None,
            active=user.active,
            locked_until=user.locked_until,
            last_login_at=user.last_login_at,
            created_at=user.created_at,
        )

    # ------------------------------------------------------------------ login
    def authenticate(self, login: str, password: str) -> Actor:
        """Check a password; five failures in a row lock the account for 15 minutes."""
        now = utcnow()
        login = normalise_login(login)
        with unit_of_work(self._db, write=True) as uow:
            user = uow.org.user_by_login(login, for_update=True)
            if user is None or not user.active:
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP("Errors", "Unknown login or wrong password.")
                )
            state = LockoutState(user.failed_logins, user.locked_until)
            if is_locked(state, now):
                remaining = (state.locked_until - now).total_seconds()  # type: ignore[operator]
                minutes = max(1, math.ceil(remaining / 60))
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The account is locked after too many failed logins; try again in "
                        "{minutes} min or ask an admin to reset the password.",
                    ),
                    minutes=minutes,
                )
            if verify_password(password, user.password_hash):
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                return _actor(user)
            new_state = after_failure(state, now)
            user.failed_logins = new_state.failed_logins
            user.locked_until = new_state.locked_until
            if new_state.locked_until is not None and new_state.locked_until != state.locked_until:
                audit.record(uow, _actor(user), "user", user.id, "locked")
        # Committed the failure count above; now tell the user.
        raise AuthenticationError(QT_TRANSLATE_NOOP("Errors", "Unknown login or wrong password."))

    def actor_by_login(self, login: str) -> Actor:
        """The identity for a trusted local caller (the CLI on an embedded database)."""
        with unit_of_work(self._db) as uow:
            user = uow.org.user_by_login(normalise_login(login))
            if user is None or not user.active:
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP("Errors", "No active user {login!r}."), login=login
                )
            return _actor(user)

    def sole_admin(self) -> Actor:
        """The one active admin of an embedded database (the CLI's default identity)."""
        with unit_of_work(self._db) as uow:
            admins = [u for u in uow.org.users(roles=[Role.ADMIN.value]) if u.active]
            if not admins:
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP("Errors", "No admin account yet: run `qa-desk init` first.")
                )
            if len(admins) > 1:
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Several admin accounts exist: say which one with --user."
                    )
                )
            return _actor(admins[0])

    # ------------------------------------------------------------------ changes
    def create_first_admin(
        self,
        login: str,
        display_name: str,
        password: str,
        outlet_name: str | None = None,
    ) -> Actor:
        """The first account of a new database; refused once any account exists."""
        with unit_of_work(self._db, write=True) as uow:
            if uow.org.count_users() > 0:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("Errors", "The first admin account exists already.")
                )
            if uow.org.outlet() is None:
                outlet = uow.org.add(
                    Outlet(
                        code="OUTLET",
                        name=(outlet_name or "").strip() or "Outlet",
                        timezone="Asia/Shanghai",
                        created_at=utcnow(),
                    )
                )
                audit.record(
                    uow,
                    SYSTEM,
                    "outlet",
                    outlet.id,
                    "create",
                    after={"code": outlet.code, "name": outlet.name},
                )
            user = self._new_user(uow, SYSTEM, login, display_name, Role.ADMIN, password, None)
            return _actor(user)

    def create_user(
        self,
        actor: Actor,
        login: str,
        display_name: str,
        role: Role,
        password: str,
        vendor_id: int | None = None,
    ) -> UserInfo:
        actor.require(Permission.MANAGE_USERS)
        with unit_of_work(self._db, write=True) as uow:
            user = self._new_user(uow, actor, login, display_name, role, password, vendor_id)
            return self._info(uow, user)

    def _new_user(
        self,
        uow: UnitOfWork,
        actor: Actor,
        login: str,
        display_name: str,
        role: Role,
        password: str,
        vendor_id: int | None,
    ) -> User:
        login = normalise_login(login)
        if not _LOGIN_RE.match(login):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A login has 2–64 letters, digits or . _ - @, without spaces."
                ),
                "login",
            )
        display_name = _clean_display_name(display_name)
        problem = password_error(password)
        if problem is not None:
            raise problem
        self._check_vendor_for_role(uow, role, vendor_id)
        if uow.org.user_by_login(login) is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "The login {login!r} is already taken."), login=login
            )
        user = uow.org.add(
            User(
                login=login,
                display_name=display_name,
                role=Role(role).value,
                vendor_id=vendor_id if role is Role.VENDOR_SUPERVISOR else None,
                password_hash=hash_password(password),
                failed_logins=0,
                active=True,
                created_at=utcnow(),
            )
        )
        audit.record(uow, actor, "user", user.id, "create", after=_snapshot(user))
        return user

    @staticmethod
    def _check_vendor_for_role(uow: UnitOfWork, role: Role, vendor_id: int | None) -> None:
        if role is Role.VENDOR_SUPERVISOR:
            if vendor_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A vendor supervisor belongs to one vendor."),
                    "vendor",
                )
            if uow.org.vendor(vendor_id) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No such vendor."), "vendor")

    def update_user(
        self,
        actor: Actor,
        user_id: int,
        *,
        display_name: str | None = None,
        role: Role | None = None,
        vendor_id: int | None = None,
        active: bool | None = None,
    ) -> UserInfo:
        actor.require(Permission.MANAGE_USERS)
        with unit_of_work(self._db, write=True) as uow:
            user = uow.org.user(user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such user."))
            before = _snapshot(user)
            new_role = Role(role) if role is not None else Role(user.role)
            new_active = user.active if active is None else active
            was_admin = user.role == Role.ADMIN.value and user.active
            demoted = new_role is not Role.ADMIN or not new_active
            if was_admin and demoted and uow.org.count_active_admins(for_update=True) <= 1:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The last active admin cannot be demoted or deactivated."
                    )
                )
            if display_name is not None:
                user.display_name = _clean_display_name(display_name)
            new_vendor = vendor_id if vendor_id is not None else user.vendor_id
            self._check_vendor_for_role(uow, new_role, new_vendor)
            user.role = new_role.value
            user.vendor_id = new_vendor if new_role is Role.VENDOR_SUPERVISOR else None
            user.active = new_active
            after = _snapshot(user)
            if after != before:
                action = "deactivate" if before["active"] and not new_active else "update"
                audit.record(uow, actor, "user", user.id, action, before=before, after=after)
            return self._info(uow, user)

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        """An admin sets a new password; this also lifts a lockout."""
        actor.require(Permission.MANAGE_USERS)
        self._set_password(actor, user_id, new_password)

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        if actor.user_id is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only a signed-in user can change a password.")
            )
        with unit_of_work(self._db) as uow:
            user = uow.org.user(actor.user_id)
            if user is None or not verify_password(old_password, user.password_hash):
                raise AuthenticationError(
                    QT_TRANSLATE_NOOP("Errors", "The current password is wrong.")
                )
        self._set_password(actor, actor.user_id, new_password)

    def _set_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        problem = password_error(new_password)
        if problem is not None:
            raise problem
        with unit_of_work(self._db, write=True) as uow:
            user = uow.org.user(user_id)
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such user."))
            user.password_hash = hash_password(new_password)
            user.failed_logins = 0
            user.locked_until = None
            audit.record(uow, actor, "user", user.id, "password_reset")

    def user_id_by_login(self, actor: Actor, login: str) -> int:
        actor.require(Permission.MANAGE_USERS)
        with unit_of_work(self._db) as uow:
            user = uow.org.user_by_login(normalise_login(login))
            if user is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No user {login!r}."), login=login)
            return user.id
