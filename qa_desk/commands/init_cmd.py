"""``qa-desk init``: create or upgrade the database, make the first admin, load demo data."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import logging
import sys
from pathlib import Path
from typing import Any

from qa_desk.commands.common import Context, new_password
from qa_desk.commands.options import ENV_PASSWORD, add_command
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.storage.database import check_url, sqlite_path_of
from qa_desk.storage.migrate import MigrationResult

DEFAULT_ADMIN = "admin"
DEFAULT_ADMIN_NAME = "Administrator"

_log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(sub, "init", "create or upgrade the database; --demo loads demo data")
    parser.add_argument("--demo", action="store_true", help="load a demo outlet with records")
    parser.add_argument(
        "--admin",
        metavar="LOGIN",
        help=f"login of the first admin on a new database (default {DEFAULT_ADMIN}; "
        f"password from ${ENV_PASSWORD} or typed twice)",
    )
    parser.add_argument(
        "--admin-name", metavar="NAME", help=f"the admin's name (default {DEFAULT_ADMIN_NAME})"
    )
    parser.add_argument("--outlet", metavar="NAME", help="name of the outlet on a new database")
    parser.set_defaults(func=run)


def _remove_new_file(path: Path) -> None:
    """Undo the creation of a database file that never got its first account."""
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def run(ctx: Context) -> int:
    args = ctx.args
    login = args.admin or DEFAULT_ADMIN
    path = sqlite_path_of(ctx.url)
    new_file = path is not None and not path.exists()
    password: str | None = None
    if new_file:
        # Ask before creating anything, so a missing password leaves no empty file behind;
        # but first make sure the file can be created, or the typing would be in vain.
        check_url(ctx.url)
        password = new_password(ENV_PASSWORD, f"the admin {login!r}")
    try:
        services, migration = ctx.open(create=True)
        actor: Actor | None = None
        if services.accounts.needs_first_admin():
            if password is None:
                password = new_password(ENV_PASSWORD, f"the admin {login!r}")
            actor = services.accounts.create_first_admin(
                login, args.admin_name or DEFAULT_ADMIN_NAME, password, args.outlet
            )
            _log.info("created the first admin %s", actor.login)
    except BaseException:
        if new_file and path is not None:
            ctx.close()
            _remove_new_file(path)
        raise
    if actor is None and (args.admin or args.admin_name or args.outlet):
        ctx.note("accounts exist already; --admin, --admin-name and --outlet were not used")
    demo = _load_demo(services, actor or ctx.actor()) if args.demo else None
    ctx.emit(_result(services, migration, actor, demo), _lines(services, migration, actor, demo))
    return 0


def _load_demo(services: Services, actor: Actor) -> dict[str, Any]:
    from qa_desk.services.demo import load_demo  # lazy: only init --demo needs it

    # Progress only for a person watching; a log file or a pipe gets the summary alone.
    progress = _TerminalProgress() if _stderr_is_terminal() else None
    try:
        summary = load_demo(services, actor, progress=progress)
    finally:
        if progress is not None:
            progress.close()
    _log.info("loaded demo data: %s", dataclasses.replace(summary, demo_password="***"))
    return dataclasses.asdict(summary)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _TerminalProgress:
    """One self-overwriting line on stderr: percentage and the current step."""

    def __init__(self) -> None:
        self._shown = ""

    def __call__(self, done: int, total: int, message: str) -> None:
        percent = 100 * done // total if total else 100
        line = f"Loading demo data: {percent:3d}% {message}"[:79]
        if line != self._shown:
            sys.stderr.write("\r" + line.ljust(len(self._shown)))
            sys.stderr.flush()
            self._shown = line

    def close(self) -> None:
        if self._shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _result(
    services: Services,
    migration: MigrationResult | None,
    admin: Actor | None,
    demo: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
        "database": services.db.display_url,
        "from_revision": migration.from_revision if migration else None,
        "to_revision": migration.to_revision if migration else None,
        "backup": str(migration.backup) if migration and migration.backup else None,
        "admin_created": admin is not None,
        "admin": admin.login if admin else None,
        "demo": demo,
    }


def _lines(
    services: Services,
    migration: MigrationResult | None,
    admin: Actor | None,
    demo: dict[str, Any] | None,
) -> list[str]:
    lines = [f"Database: {services.db.display_url}"]
    if migration is not None:
        if not migration.changed:
            lines.append(f"Schema: already current ({migration.to_revision}).")
        elif migration.from_revision is None:
            lines.append(f"Schema: created ({migration.to_revision}).")
        else:
            lines.append(
                f"Schema: upgraded from {migration.from_revision} to {migration.to_revision}."
            )
        if migration.backup is not None:
            lines.append(f"Backup of the previous file: {migration.backup}")
    if admin is not None:
        lines.append(f"Admin account {admin.login!r} created.")
    if demo is not None:
        lines.append(
            "Demo data loaded: {vendors} vendors, {teams} teams, {agents} agents, "
            "{users} users, {chats} chats ({messages} messages), "
            "{calls} calls ({segments} transcript segments).".format(**demo)
        )
        lines.append(f"The demo accounts' password is {demo['demo_password']}.")
    return lines
