"""What chat and call imports share: progress and cancel, agents and vendors, file hashing,
recording paths, cleaning values for storage.

Used inside the import's one write transaction. Unknown agents are created here (through
the storage layer, one audit event each) under the vendor the file or the caller names, so
that they exist exactly when the import's records do.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from qa_desk.domain.errors import ImportFileError, QaDeskError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.services import audit
from qa_desk.services.actor import Actor
from qa_desk.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

_EMPLOYEE_ID_MAX = 32  # as OrganisationService accepts them
_AGENT_NAME_MAX = 200
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Cyclic garbage collection off while an import runs.

    An import holds a growing summary per conversation (100,000 objects for a big file) and
    the reader makes an object per row: the collector would rescan them over and over (about
    15 % of a million-row import). Reference counting frees what an import drops; cycles
    made meanwhile, here or in other threads, are collected once the collector is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ImportCancelled(QaDeskError):
    """The user cancelled an import; nothing of it was stored."""


class Tracker:
    """Reports progress and turns a cancel request into ImportCancelled."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self.rows = 0

    def step(self, rows: int, message: str) -> None:
        self.rows += rows
        self.check()
        if self._progress is not None:
            self._progress(self.rows, 0, message)

    def say(self, message: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(self.rows, 0, message)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled(
                QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was stored.")
            )


class FileDigest:
    """SHA-256 of a file, computed in a background thread while the import runs.

    Hashing releases the GIL, so on a second core it costs the import no time.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._digest: str | None = None
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="import-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        digest = hashlib.sha256()
        try:
            with open(self._path, "rb") as stream:
                while block := stream.read(1 << 20):
                    digest.update(block)
        except OSError as exc:
            self._error = exc
            return
        self._digest = digest.hexdigest()

    def result(self) -> str:
        self._thread.join()
        if self._error is not None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: cannot read the file ({reason})"),
                file=self._path.name,
                reason=self._error.strerror or str(self._error),
            )
        return self._digest or ""


def clean_text(value: str) -> str:
    """Text as stored: NUL removed (PostgreSQL can't store it; no export means it)."""
    return value.replace("\x00", "") if "\x00" in value else value


def clean_value(value: str | None, limit: int) -> str | None:
    """A record attribute (category, waybill…) as stored: no NUL, within the column's size."""
    if value is None:
        return None
    value = clean_text(value)[:limit]
    return value or None


class Resolved:
    """The outcome of an agent/vendor pair: ids, or why the row can't be imported."""

    __slots__ = ("agent_id", "column", "level", "reason", "vendor_id")

    def __init__(
        self,
        agent_id: int | None = None,
        vendor_id: int | None = None,
        level: int = 0,
        column: str = "",
        reason: str = "",
    ) -> None:
        self.agent_id = agent_id
        self.vendor_id = vendor_id
        # How sure the vendor is: 3 from the agent, 2 from the file's vendor column, 0 none.
        self.level = level
        self.column = column  # field of the bad value when ``reason`` is set
        self.reason = reason


class Directory:
    """Vendors and agents of the database, plus the agents this import creates."""

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        batch_id: int,
        default_vendor: int | None,
        now: datetime,
    ) -> None:
        self._uow = uow
        self._actor = actor
        self._batch_id = batch_id
        self._now = now
        self.default_vendor = default_vendor
        self._vendors = uow.imports.vendor_ids()
        self._vendor_codes = {vid: code for code, vid in self._vendors.items()}
        self._agents = uow.imports.agents()
        # (agent id, vendor code) as rows give them → outcome; loaders read it directly.
        self.cache: dict[tuple[str | None, str | None], Resolved] = {}
        self.created: list[str] = []  # employee ids of the agents created

    def resolve(self, agent: str | None, vendor: str | None, agent_name: str | None) -> Resolved:
        """The agent and vendor a row names (cached per distinct pair: rows repeat them)."""
        key = (agent, vendor)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self._resolve(agent, vendor, agent_name)
        return found

    def _resolve(self, agent: str | None, vendor: str | None, agent_name: str | None) -> Resolved:
        row_vendor: int | None = None
        if vendor is not None:
            code = vendor.upper()
            row_vendor = self._vendors.get(code)
            if row_vendor is None:
                return Resolved(
                    column="vendor_code",
                    reason=f"unknown vendor {code} (vendors are added by an admin)",
                )
        if agent is None:
            return Resolved(vendor_id=row_vendor, level=2 if row_vendor is not None else 0)
        employee_id = agent.upper()
        known = self._agents.get(employee_id)
        if known is not None:
            agent_id, agent_vendor = known
            if row_vendor is not None and row_vendor != agent_vendor:
                return Resolved(
                    column="vendor_code",
                    reason=(
                        f"agent {employee_id} belongs to vendor "
                        f"{self._vendor_codes.get(agent_vendor, '?')}, not {vendor.upper()}"  # type: ignore[union-attr]
                    ),
                )
            return Resolved(agent_id, agent_vendor, 3)
        vendor_id = row_vendor if row_vendor is not None else self.default_vendor
        if vendor_id is None:
            return Resolved(
                column="agent_id",
                reason=f"unknown agent {employee_id}; give a vendor (--vendor) or add the agent",
            )
        if (
            len(employee_id) > _EMPLOYEE_ID_MAX
            or any(c.isspace() for c in employee_id)
            or any(unicodedata.category(c) == "Cc" for c in employee_id)
        ):
            return Resolved(
                column="agent_id",
                reason="not a valid employee id (1–32 characters without spaces)",
            )
        agent_id = self._create_agent(employee_id, agent_name, vendor_id)
        return Resolved(agent_id, vendor_id, 3)

    def _create_agent(self, employee_id: str, name: str | None, vendor_id: int) -> int:
        clean = (name or "").strip()
        if not clean or len(clean) > _AGENT_NAME_MAX:
            clean = employee_id
        if any(unicodedata.category(c) == "Cc" for c in clean):
            clean = employee_id
        agent_id = self._uow.imports.add_agent(employee_id, clean, vendor_id, self._now)
        self._agents[employee_id] = (agent_id, vendor_id)
        self.created.append(employee_id)
        audit.record(
            self._uow,
            self._actor,
            "agent",
            agent_id,
            "create",
            after={
                "employee_id": employee_id,
                "name": clean,
                "vendor_id": vendor_id,
                "team_id": None,
                "active_from": None,
                "active_to": None,
                "import_batch_id": self._batch_id,
            },
        )
        return agent_id


def resolve_recording(
    value: str | None, call_file: Path, recordings_dir: Path | None
) -> tuple[str | None, bool]:
    """The stored recording path (absolute) and whether the file is missing.

    Relative paths are taken against ``recordings_dir`` when given (also by bare file name,
    as exports often write ``recordings/x.wav`` while the folder given is ``recordings``),
    else against the call file's folder. URLs are kept as they are and not checked.
    """
    if not value:
        return None, False
    if _URL.match(value):
        return value, False
    if os.sep == "/" and "\\" in value:
        value = value.replace("\\", "/")  # an export written on Windows
    given = Path(value).expanduser()
    if given.is_absolute():
        candidates = [given]
        if recordings_dir is not None:
            candidates.append(recordings_dir / given.name)
    else:
        base = recordings_dir if recordings_dir is not None else call_file.parent
        candidates = [base / given, base / given.name]
    for candidate in candidates:
        if candidate.is_file():
            return os.path.abspath(candidate), False
    # Missing: where it would be — in a folder that exists, preferably.
    expected = next((c for c in candidates if c.parent.is_dir()), candidates[0])
    return os.path.abspath(expected), True
