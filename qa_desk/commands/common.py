"""What every CLI command shares: the database to open, who is acting, passwords, output.

Commands get a :class:`Context`; they open services through it (so the database is closed
once, whatever happens), ask it for the acting user, and print through it so that ``--json``
always yields exactly one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from qa_desk import settings
from qa_desk.commands.options import ENV_PASSWORD
from qa_desk.domain.errors import AuthenticationError, DatabaseError, ValidationError
from qa_desk.domain.passwords import password_problem
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.storage.database import ENV_URL, resolve_url, sqlite_path_of
from qa_desk.storage.migrate import MigrationResult

_log = logging.getLogger(__name__)


# ---------------------------------------------------------------------- terminal
def interactive() -> bool:
    """Whether a person can answer a prompt (stdin is a terminal)."""
    stdin = sys.stdin
    try:
        return stdin is not None and stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def ask_password(prompt: str) -> str:
    """Read a password without echo; end of input counts as no answer."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        return ""


def login_password(login: str) -> str:
    """The password of ``login`` for a shared database: environment first, then a prompt."""
    value = os.environ.get(ENV_PASSWORD)
    if value:
        return value
    if not interactive():
        raise AuthenticationError(
            f"A password is needed for {login!r}: set {ENV_PASSWORD} or run in a terminal."
        )
    value = ask_password(f"Password for {login}: ")
    if not value:
        raise AuthenticationError("No password given.")
    return value


def new_password(env_name: str, whose: str) -> str:
    """A new password from ``env_name``, or typed twice at a prompt; checked before use."""
    value = os.environ.get(env_name)
    if not value:
        if not interactive():
            raise ValidationError(
                f"No password for {whose}: set {env_name} or run in a terminal.", "password"
            )
        value = ask_password(f"New password for {whose}: ")
        _check_new_password(value)
        if ask_password("Type it again: ") != value:
            raise ValidationError("The two passwords differ; nothing was changed.", "password")
    _check_new_password(value)
    return value


def _check_new_password(value: str) -> None:
    problem = password_problem(value)
    if problem:
        raise ValidationError(problem, "password")


def _width(text: str) -> int:
    # CJK characters take two terminal columns.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Rows as aligned text columns, for the human (non-JSON) output."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [v + " " * (w - _width(v)) for v, w in zip(row, widths, strict=True)]
        lines.append("  ".join(padded).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def iso(value: datetime | None) -> str | None:
    """Times in JSON: ISO 8601 in UTC, as stored."""
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------------- context
class Context:
    """One CLI invocation: parsed options, the open services, and the output channel."""

    def __init__(self, args: argparse.Namespace, log_file: Path | None) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self.log_file = log_file
        self.emitted = False
        self._url: str | None = None
        self._services: Services | None = None
        self._zone: str | None = None

    # ------------------------------------------------------------------ database
    @property
    def url(self) -> str:
        """``--db``, then ``QA_DESK_DB``, then the settings file, then the embedded file."""
        if self._url is None:
            explicit = self.args.db or os.environ.get(ENV_URL)
            # The settings file is only read when needed, so a broken one cannot block --db.
            self._url = resolve_url(self.args.db, None if explicit else _settings_url())
        return self._url

    def open(self, *, create: bool = False) -> tuple[Services, MigrationResult | None]:
        """Open (and upgrade) the database. Only ``init`` may create a new SQLite file."""
        path = sqlite_path_of(self.url)
        if not create and path is not None and not path.exists():
            raise DatabaseError(f"There is no database at {path}; create it with `qa-desk init`.")
        services, migration = open_services(self.url)
        self._services = services
        _log.info("opened %s", services.db.display_url)
        if migration is not None and migration.changed:
            _log.info(
                "upgraded %s from %s to %s (backup %s)",
                services.db.display_url,
                migration.from_revision,
                migration.to_revision,
                migration.backup,
            )
        return services, migration

    def services(self) -> Services:
        """The services of an existing database, opened (and upgraded) on first use."""
        if self._services is not None:
            return self._services
        services, migration = self.open()
        if migration is not None and migration.changed:
            self.note(upgrade_line(migration))
        return services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None

    # ------------------------------------------------------------------ identity
    def actor(self) -> Actor:
        """Who this command acts as (see the rules in ``resolve_actor``)."""
        return resolve_actor(self.services(), self.args.user)

    # ------------------------------------------------------------------ output
    def emit(self, data: dict[str, Any], lines: Iterable[str] = ()) -> None:
        """The command's result: one JSON object with ``--json``, else readable lines."""
        out = sys.stdout
        if self.json:
            out.write(json.dumps(data, ensure_ascii=True, sort_keys=False) + "\n")
        else:
            for line in lines:
                out.write(line + "\n")
        out.flush()
        self.emitted = True

    def note(self, message: str) -> None:
        """A remark for the person at the terminal (stderr, so stdout stays parseable)."""
        sys.stderr.write(f"qa-desk: {message}\n")
        sys.stderr.flush()

    def local(self, value: datetime | None) -> str:
        """A stored UTC time in the outlet's time zone, for the human output."""
        if value is None:
            return ""
        if self._zone is None:
            outlet = self._services.org.outlet() if self._services is not None else None
            self._zone = outlet.timezone if outlet is not None else DEFAULT_TIMEZONE
        return to_local(value, self._zone).strftime("%Y-%m-%d %H:%M")


def _settings_url() -> str | None:
    try:
        value = settings.read("database/url")
    except Exception:  # a damaged settings file must not stop a command
        _log.warning("could not read the database URL from the settings", exc_info=True)
        return None
    return value or None


def upgrade_line(migration: MigrationResult) -> str:
    line = (
        f"upgraded the database schema from {migration.from_revision or 'empty'} "
        f"to {migration.to_revision}"
    )
    if migration.backup is not None:
        line += f"; the previous file was saved as {migration.backup}"
    return line


def resolve_actor(services: Services, login: str | None) -> Actor:
    """The acting user.

    On an embedded (SQLite) database whoever can open the file owns it: ``--user`` is taken
    at its word, and defaults to the sole active admin. On a shared PostgreSQL database
    ``--user`` is required and its password is checked (failed attempts count to lockout).
    """
    if services.db.is_sqlite:
        if login:
            return services.accounts.actor_by_login(login)
        return services.accounts.sole_admin()
    if not login:
        raise AuthenticationError("A shared database needs --user LOGIN (and its password).")
    return services.accounts.authenticate(login, login_password(login))


class Progress:
    """Rows read so far on one updating stderr line, when stderr is a terminal."""

    def __init__(self) -> None:
        stream = sys.stderr
        try:
            self._live = stream is not None and stream.isatty()
        except (AttributeError, ValueError):
            self._live = False
        self._shown = False

    def __enter__(self) -> Progress | None:
        return self if self._live else None

    def __call__(self, done: int, total: int, message: str) -> None:
        of = f" of {total:,}" if total else ""
        sys.stderr.write(f"\rqa-desk: {message}… {done:,}{of}\x1b[K")
        sys.stderr.flush()
        self._shown = True

    def __exit__(self, *exc: object) -> None:
        if self._shown:
            sys.stderr.write("\n")
            sys.stderr.flush()
