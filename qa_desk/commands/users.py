"""``qa-desk user add|list|reset-password|deactivate``: account management from a terminal."""

from __future__ import annotations

import argparse
from typing import Any

from qa_desk.commands.common import Context, iso, new_password, table
from qa_desk.commands.options import ENV_NEW_PASSWORD, add_command
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.roles import Permission, Role
from qa_desk.services.accounts import UserInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("user", help="manage user accounts", description="manage user accounts")
    actions = group.add_subparsers(dest="user_action", metavar="ACTION", required=True)

    add = add_command(actions, "add", f"create an account (password from ${ENV_NEW_PASSWORD})")
    add.add_argument("login")
    add.add_argument("--name", required=True, help="the person's name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--vendor", metavar="CODE", help="the vendor of a vendor_supervisor")
    add.set_defaults(func=add_user)

    listing = add_command(actions, "list", "list the accounts")
    listing.set_defaults(func=list_users)

    reset = add_command(
        actions, "reset-password", f"set a new password (from ${ENV_NEW_PASSWORD}); lifts a lock"
    )
    reset.add_argument("login")
    reset.set_defaults(func=reset_password)

    deactivate = add_command(actions, "deactivate", "stop an account from signing in")
    deactivate.add_argument("login")
    deactivate.set_defaults(func=deactivate_user)


def user_json(info: UserInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "login": info.login,
        "name": info.display_name,
        "role": info.role.value,
        "vendor": info.vendor_code,
        "active": info.active,
        "locked_until": iso(info.locked_until),
        "last_login_at": iso(info.last_login_at),
        "created_at": iso(info.created_at),
    }


def add_user(ctx: Context) -> int:
    args = ctx.args
    services = ctx.services()
    actor = ctx.actor()
    # Refuse early, before asking for a password that would go unused.
    actor.require(Permission.MANAGE_USERS)
    role = Role(args.role)
    vendor_id = None
    if args.vendor:
        if role is not Role.VENDOR_SUPERVISOR:
            raise ValidationError("--vendor applies only to the vendor_supervisor role.", "vendor")
        vendor_id = services.org.vendor_by_code(actor, args.vendor).id
    elif role is Role.VENDOR_SUPERVISOR:
        raise ValidationError("A vendor supervisor needs --vendor CODE.", "vendor")
    password = new_password(ENV_NEW_PASSWORD, repr(args.login))
    info = services.accounts.create_user(actor, args.login, args.name, role, password, vendor_id)
    ctx.emit(user_json(info), [f"Created {info.role.value} {info.login!r} ({info.display_name})."])
    return 0


def list_users(ctx: Context) -> int:
    services = ctx.services()
    users = services.accounts.list_users(ctx.actor())
    rows = [
        (
            u.login,
            u.display_name,
            u.role.value,
            u.vendor_code or "",
            "yes" if u.active else "no",
            ctx.local(u.locked_until),
            ctx.local(u.last_login_at),
        )
        for u in users
    ]
    headers = ("login", "name", "role", "vendor", "active", "locked until", "last login")
    ctx.emit({"users": [user_json(u) for u in users]}, table(headers, rows))
    return 0


def reset_password(ctx: Context) -> int:
    services = ctx.services()
    actor = ctx.actor()
    user_id = services.accounts.user_id_by_login(actor, ctx.args.login)
    password = new_password(ENV_NEW_PASSWORD, repr(ctx.args.login))
    services.accounts.reset_password(actor, user_id, password)
    info = services.accounts.get_user(actor, user_id)
    ctx.emit(
        {**user_json(info), "password_reset": True},
        [f"New password set for {info.login!r}; any lock is lifted."],
    )
    return 0


def deactivate_user(ctx: Context) -> int:
    services = ctx.services()
    actor = ctx.actor()
    user_id = services.accounts.user_id_by_login(actor, ctx.args.login)
    info = services.accounts.update_user(actor, user_id, active=False)
    ctx.emit(user_json(info), [f"{info.login!r} can no longer sign in."])
    return 0
