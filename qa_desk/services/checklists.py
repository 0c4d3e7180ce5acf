"""Checklists: versions, drafts, publishing, differences, Excel round-trip, the default.

A checklist has numbered versions. Only a draft changes; publishing freezes it and retires
the version published before; editing a published version starts a new draft from a copy.
Inspections pin the version they score against, so a version in use never changes either
(the repository and a flush guard in storage refuse it). Every change writes an audit event
in its own transaction.

The checklist's name, channel and description belong to the checklist itself, shared by all
its versions (the channel is fixed once a version is published, since it decides which records
the published version applies to); the pass mark, notes, flag rules, sections and items belong
to each version.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from qa_desk.domain.autocheck import RULE_TYPES, compile_ruleset, load_default_packs
from qa_desk.domain.checklist import (
    Change,
    ChecklistSpec,
    Problem,
    diff,
    load_default,
    problems,
    to_data,
)
from qa_desk.domain.errors import ConflictError, NotFound, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import utcnow
from qa_desk.io.checklist_xlsx import read_checklist, write_checklist
from qa_desk.services import audit
from qa_desk.services.actor import Actor
from qa_desk.storage.database import Database
from qa_desk.storage.models import Checklist, ChecklistVersion
from qa_desk.storage.repositories.checklists import VersionRow
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work


@dataclass(frozen=True)
class VersionInfo:
    id: int
    checklist_id: int
    checklist_name: str
    number: int
    status: str  # draft | published | retired
    pass_mark: float
    created_at: datetime
    published_at: datetime | None
    created_by: str | None  # login
    inspections: int  # inspections using it (a used version never changes)
    item_count: int


@dataclass(frozen=True)
class ChecklistInfo:
    id: int
    name: str
    channel: str | None
    active: bool
    versions: tuple[VersionInfo, ...]  # ascending number
    current: VersionInfo | None  # the latest published version (the active one)
    draft: VersionInfo | None


def _info(row: VersionRow) -> VersionInfo:
    return VersionInfo(
        id=row.id,
        checklist_id=row.checklist_id,
        checklist_name=row.checklist_name,
        number=row.number,
        status=row.status,
        pass_mark=row.pass_mark,
        created_at=row.created_at,
        published_at=row.published_at,
        created_by=row.created_by,
        inspections=row.inspections,
        item_count=row.item_count,
    )


def _current(versions: tuple[VersionInfo, ...]) -> VersionInfo | None:
    published = [v for v in versions if v.status == "published"]
    return published[-1] if published else None


def _draft(versions: tuple[VersionInfo, ...]) -> VersionInfo | None:
    drafts = [v for v in versions if v.status == "draft"]
    return drafts[-1] if drafts else None


def _version_snapshot(version: ChecklistVersion) -> dict[str, Any]:
    return {
        "checklist_id": version.checklist_id,
        "number": version.number,
        "status": version.status,
    }


def _checklist_snapshot(checklist: Checklist) -> dict[str, Any]:
    return {
        "name": checklist.name,
        "channel": checklist.channel,
        "description": checklist.description,
        "active": checklist.active,
    }


def _invalid(found: builtins.list[Problem]) -> ValidationError:
    """The first problem as the message, with how many more there are."""
    first = found[0]
    error = ValidationError(first.template, first.where or None, **first.params)
    if len(found) == 1:
        return error
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{problem} (and {more} more)"),
        first.where or None,
        problem=error,
        more=len(found) - 1,
    )


def _clean(spec: ChecklistSpec) -> ChecklistSpec:
    """The spec as stored: the checklist's name without surrounding blanks."""
    name = spec.name.strip()
    return spec if name == spec.name else replace(spec, name=name)


class ChecklistService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ reading
    def list(self, actor: Actor) -> builtins.list[ChecklistInfo]:
        """Every checklist with its versions, by name."""
        actor.require(Permission.READ_CHECKLISTS)
        with unit_of_work(self._db) as uow:
            checklists = uow.checklists.checklists()
            by_checklist: dict[int, builtins.list[VersionInfo]] = {c.id: [] for c in checklists}
            for row in uow.checklists.version_rows():
                by_checklist[row.checklist_id].append(_info(row))
            out = []
            for c in checklists:
                versions = tuple(by_checklist[c.id])
                out.append(
                    ChecklistInfo(
                        c.id,
                        c.name,
                        c.channel,
                        c.active,
                        versions,
                        _current(versions),
                        _draft(versions),
                    )
                )
            return out

    def version(self, actor: Actor, version_id: int) -> VersionInfo:
        actor.require(Permission.READ_CHECKLISTS)
        with unit_of_work(self._db) as uow:
            return self._version_info(uow, version_id)

    def spec(self, actor: Actor, version_id: int) -> ChecklistSpec:
        """The version's content exactly as it was saved."""
        actor.require(Permission.READ_CHECKLISTS)
        with unit_of_work(self._db) as uow:
            return self._spec(uow, version_id)

    def diff(self, actor: Actor, old_version_id: int, new_version_id: int) -> builtins.list[Change]:
        """What changed from one version to another (of the same checklist or not)."""
        actor.require(Permission.READ_CHECKLISTS)
        with unit_of_work(self._db) as uow:
            return diff(self._spec(uow, old_version_id), self._spec(uow, new_version_id))

    def active_versions(
        self, actor: Actor, channel: str | None = None
    ) -> builtins.list[VersionInfo]:
        """The current published version of each active checklist; with ``channel``, only
        checklists for that channel or for both."""
        actor.require(Permission.READ_CHECKLISTS)
        out = []
        for checklist in self.list(actor):
            if not checklist.active or checklist.current is None:
                continue
            if channel is not None and checklist.channel not in (None, channel):
                continue
            out.append(checklist.current)
        return out

    # ------------------------------------------------------------------ changing
    def create(self, actor: Actor, spec: ChecklistSpec) -> VersionInfo:
        """A new checklist holding ``spec`` as its draft version 1."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        spec = _clean(spec)
        with unit_of_work(self._db, write=True) as uow:
            version = self._create(uow, actor, spec, "create")
            return self._version_info(uow, version.id)

    def save_draft(self, actor: Actor, version_id: int, spec: ChecklistSpec) -> VersionInfo:
        """Replace a draft's content. A published, retired or used version never changes.
        Renaming the checklist is allowed while the name is free."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        spec = _clean(spec)
        with unit_of_work(self._db, write=True) as uow:
            version = self._get(uow, version_id)
            self._replace(uow, actor, version, spec, "update")
            return self._version_info(uow, version.id)

    def publish(self, actor: Actor, version_id: int) -> VersionInfo:
        """Freeze a valid draft and make it the checklist's current version; the version
        published before is retired."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        with unit_of_work(self._db, write=True) as uow:
            version = self._get(uow, version_id)
            self._publish(uow, actor, version)
            return self._version_info(uow, version.id)

    def new_draft(self, actor: Actor, version_id: int) -> VersionInfo:
        """A draft copied from a published or retired version, numbered after the last."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        with unit_of_work(self._db, write=True) as uow:
            source = self._get(uow, version_id)
            name = source.checklist.name
            if source.status == "draft":
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Version {number} of {name} is a draft; edit it directly."
                    ),
                    "version",
                    number=source.number,
                    name=name,
                )
            self._refuse_second_draft(uow, source.checklist)
            draft = uow.checklists.copy_version(source, actor.user_id, utcnow())
            audit.record(
                uow,
                actor,
                "checklist_version",
                draft.id,
                "create",
                after={**_version_snapshot(draft), "copied_from": source.id},
            )
            return self._version_info(uow, draft.id)

    def discard_draft(self, actor: Actor, version_id: int) -> None:
        """Delete a draft; a checklist left without any version goes with it."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        with unit_of_work(self._db, write=True) as uow:
            version = self._get(uow, version_id)
            uow.checklists.ensure_changeable(version)  # says why it cannot go
            before = {**_version_snapshot(version), "content": to_data(self._spec(uow, version.id))}
            checklist = version.checklist
            uow.checklists.delete_version(version)
            audit.record(uow, actor, "checklist_version", version_id, "delete", before=before)
            if not uow.checklists.versions(checklist.id):
                snapshot = _checklist_snapshot(checklist)
                uow.checklists.delete_checklist(checklist)
                audit.record(uow, actor, "checklist", checklist.id, "delete", before=snapshot)

    def set_active(self, actor: Actor, checklist_id: int, active: bool) -> None:
        """An inactive checklist keeps its versions but is no longer checked automatically."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        with unit_of_work(self._db, write=True) as uow:
            checklist = uow.checklists.checklist(checklist_id)
            if checklist is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such checklist."))
            if checklist.active == active:
                return
            before = _checklist_snapshot(checklist)
            checklist.active = active
            uow.flush()
            action = "activate" if active else "deactivate"
            after = _checklist_snapshot(checklist)
            audit.record(uow, actor, "checklist", checklist.id, action, before=before, after=after)

    def install_default(self, actor: Actor, lang: str = "zh_CN") -> VersionInfo:
        """The shipped express-delivery checklist in ``lang``, published as version 1.
        When a checklist of that name exists, its current (or latest) version is returned."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        spec = load_default(lang)
        with unit_of_work(self._db, write=True) as uow:
            existing = uow.checklists.checklist_by_name(spec.name)
            if existing is not None:
                versions = uow.checklists.versions(existing.id)
                if versions:
                    published = [v for v in versions if v.status == "published"]
                    return self._version_info(uow, (published or versions)[-1].id)
                version = uow.checklists.add_version(existing, spec, actor.user_id, utcnow())
                after = {**_version_snapshot(version), "content": to_data(spec)}
                audit.record(uow, actor, "checklist_version", version.id, "install", after=after)
            else:
                version = self._create(uow, actor, spec, "install")
            self._publish(uow, actor, version)
            return self._version_info(uow, version.id)

    # ------------------------------------------------------------------ Excel
    def import_xlsx(self, actor: Actor, path: Path, name: str | None = None) -> VersionInfo:
        """A checklist read from a spreadsheet: a new checklist (draft version 1), or a new
        draft of the checklist with that name (its open draft is replaced)."""
        actor.require(Permission.MANAGE_CHECKLISTS)
        spec = _clean(read_checklist(Path(path), name))
        with unit_of_work(self._db, write=True) as uow:
            existing = uow.checklists.checklist_by_name(spec.name)
            if existing is None:
                version = self._create(uow, actor, spec, "import")
            else:
                uow.checklists.lock_checklist(existing.id)
                version = uow.checklists.draft_of(existing.id)
                if version is not None:
                    self._replace(uow, actor, version, spec, "import")
                else:
                    version = uow.checklists.add_version(existing, spec, actor.user_id, utcnow())
                    after = {**_version_snapshot(version), "content": to_data(spec)}
                    audit.record(uow, actor, "checklist_version", version.id, "import", after=after)
            return self._version_info(uow, version.id)

    def export_xlsx(self, actor: Actor, version_id: int, path: Path, lang: str = "zh_CN") -> Path:
        """Write the version as a spreadsheet that ``import_xlsx`` reads back exactly."""
        spec = self.spec(actor, version_id)
        path = Path(path)
        write_checklist(spec, path, lang)
        return path

    # ------------------------------------------------------------------ inside a transaction
    def _get(self, uow: UnitOfWork, version_id: int) -> ChecklistVersion:
        """The version to change, its checklist locked against concurrent changes."""
        version = uow.checklists.version_for_update(version_id)
        if version is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such checklist version."))
        return version

    def _version_info(self, uow: UnitOfWork, version_id: int) -> VersionInfo:
        rows = uow.checklists.version_rows(version_ids=[version_id])
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such checklist version."))
        return _info(rows[0])

    def _spec(self, uow: UnitOfWork, version_id: int) -> ChecklistSpec:
        spec = uow.checklists.load_spec(version_id)
        if spec is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such checklist version."))
        return spec

    def _free_name(self, uow: UnitOfWork, name: str, checklist_id: int | None = None) -> None:
        other = uow.checklists.checklist_by_name(name)
        if other is not None and other.id != checklist_id:
            raise ConflictError(
                QT_TRANSLATE_NOOP("Errors", "A checklist named {name} exists already."),
                name=name,
            )

    def _refuse_second_draft(self, uow: UnitOfWork, checklist: Checklist) -> None:
        draft = uow.checklists.draft_of(checklist.id)
        if draft is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} already has a draft (version {number}); edit or discard it first.",
                ),
                "version",
                name=checklist.name,
                number=draft.number,
            )

    def _create(
        self, uow: UnitOfWork, actor: Actor, spec: ChecklistSpec, action: str
    ) -> ChecklistVersion:
        self._free_name(uow, spec.name)
        now = utcnow()
        checklist = uow.checklists.add_checklist(spec, now)
        version = uow.checklists.add_version(checklist, spec, actor.user_id, now)
        audit.record(
            uow, actor, "checklist", checklist.id, action, after=_checklist_snapshot(checklist)
        )
        after = {**_version_snapshot(version), "content": to_data(spec)}
        audit.record(uow, actor, "checklist_version", version.id, action, after=after)
        return version

    def _replace(
        self,
        uow: UnitOfWork,
        actor: Actor,
        version: ChecklistVersion,
        spec: ChecklistSpec,
        action: str,
    ) -> None:
        uow.checklists.ensure_changeable(version)
        self._free_name(uow, spec.name, version.checklist_id)
        old = self._spec(uow, version.id)
        if old == spec:
            return
        uow.checklists.replace_content(version, spec)
        audit.record(
            uow,
            actor,
            "checklist_version",
            version.id,
            action,
            before={**_version_snapshot(version), "content": to_data(old)},
            after={**_version_snapshot(version), "content": to_data(spec)},
        )

    def _publish(self, uow: UnitOfWork, actor: Actor, version: ChecklistVersion) -> None:
        name = version.checklist.name
        if version.status == "published":
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Version {number} of {name} is published already."),
                "version",
                number=version.number,
                name=name,
            )
        if version.status != "draft":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Version {number} of {name} is retired; start a new draft from it instead.",
                ),
                "version",
                number=version.number,
                name=name,
            )
        spec = self._spec(uow, version.id)
        found = problems(spec, known_rules=RULE_TYPES)
        if found:
            raise _invalid(found)
        # The automatic checks must be able to run it: parameters valid, word lists known
        # (the shipped ones as edited by admins).
        packs = load_default_packs()
        packs.update({p.name: p.content for p in uow.autocheck.packs()})
        compile_ruleset(spec, packs)
        now = utcnow()
        for previous in uow.checklists.published_of(version.checklist_id):
            before = _version_snapshot(previous)
            uow.checklists.set_status(previous, "retired", now)
            after = _version_snapshot(previous)
            audit.record(
                uow, actor, "checklist_version", previous.id, "retire", before=before, after=after
            )
        before = _version_snapshot(version)
        uow.checklists.set_status(version, "published", now)
        after = {**_version_snapshot(version), "published_at": now}
        audit.record(
            uow, actor, "checklist_version", version.id, "publish", before=before, after=after
        )
