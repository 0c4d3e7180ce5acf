"""The last line of defence for frozen checklist versions: no ORM flush may change them.

A version is frozen once it is published (or retired) or an inspection uses it: old
inspections must keep scoring against exactly what they were scored with. The checklist
repository refuses such changes with a clear message before it makes them; these session
listeners catch whatever else tries (a forgotten check, an attribute changed on a loaded row)
at flush time, and refuse ORM bulk UPDATE/DELETE statements on sections and items, which a
flush would never see.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.storage.models import (
    Checklist,
    ChecklistItem,
    ChecklistSection,
    ChecklistVersion,
    Inspection,
)

# Columns that are a version's content; its status and publication time still move on.
_VERSION_CONTENT = ("checklist_id", "number", "pass_mark", "notes", "flag_rules")
# The only ways a status may change (a frozen version never becomes a draft again).
_STATUS_STEPS = frozenset({("draft", "published"), ("published", "retired")})


def frozen_error(session: Session, version_ids: Iterable[int]) -> ValidationError | None:
    """Why one of these versions may not change (published, retired or used), or None.

    Reads the database as this transaction sees it, not the session's pending changes.
    """
    ids = sorted({i for i in version_ids if i is not None})
    if not ids:
        return None
    with session.no_autoflush:
        rows = session.execute(
            select(ChecklistVersion.id, ChecklistVersion.status, ChecklistVersion.number)
            .add_columns(Checklist.name)
            .join(Checklist, Checklist.id == ChecklistVersion.checklist_id)
            .where(ChecklistVersion.id.in_(ids))
            .order_by(ChecklistVersion.id)
        ).all()
        used = set(
            session.scalars(
                select(Inspection.version_id).where(Inspection.version_id.in_(ids)).distinct()
            )
        )
    for row in rows:
        if row.status == "published":
            return ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Version {number} of {name} is published and cannot change; edit a new draft.",
                ),
                "version",
                number=row.number,
                name=row.name,
            )
        if row.status != "draft":
            return ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Version {number} of {name} is retired and cannot change; edit a new draft.",
                ),
                "version",
                number=row.number,
                name=row.name,
            )
        if row.id in used:
            return ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Version {number} of {name} is used by inspections and cannot change; "
                    "edit a new draft.",
                ),
                "version",
                number=row.number,
                name=row.name,
            )
    return None


def _values(obj: Any, attr: str) -> set[Any]:
    """The attribute's value now and as loaded (a row moved elsewhere touches both places)."""
    history = inspect(obj).attrs[attr].history
    return {v for v in (*history.added, *history.unchanged, *history.deleted) if v is not None}


def _changed(obj: Any, attrs: Iterable[str]) -> bool:
    state = inspect(obj)
    return any(state.attrs[a].history.has_changes() for a in attrs)


def _touched_versions(session: Session) -> tuple[set[int], set[int]]:
    """Version ids and section ids (whose version is still to be looked up) this flush
    would change: rows changed or deleted, and rows added to versions that already exist."""
    versions: set[int] = set()
    sections: set[int] = set()
    new = session.new
    for obj in session.deleted:
        if isinstance(obj, ChecklistSection):
            versions |= _values(obj, "version_id")
        elif isinstance(obj, ChecklistItem):
            sections |= _values(obj, "section_id")
        elif isinstance(obj, ChecklistVersion):
            versions.add(obj.id)
    for obj in session.dirty:
        if isinstance(obj, ChecklistSection) and session.is_modified(obj):
            versions |= _values(obj, "version_id")
        elif isinstance(obj, ChecklistItem) and session.is_modified(obj):
            sections |= _values(obj, "section_id")
        elif isinstance(obj, ChecklistVersion) and _changed(obj, _VERSION_CONTENT):
            versions.add(obj.id)
    for obj in new:
        if isinstance(obj, ChecklistSection):
            parent = obj.version
            if parent is None:
                versions |= _values(obj, "version_id")
            elif parent not in new:  # rows of a version being created are its first content
                versions.add(parent.id)
        elif isinstance(obj, ChecklistItem):
            section = obj.section
            if section is None:
                sections |= _values(obj, "section_id")
            elif section not in new:  # a new section is checked itself, above
                sections.add(section.id)
    return versions, sections


def _check_status_steps(session: Session) -> None:
    for obj in session.dirty:
        if not isinstance(obj, ChecklistVersion):
            continue
        history = inspect(obj).attrs["status"].history
        if history.deleted and history.added:
            step = (history.deleted[0], history.added[0])
            if step[0] != step[1] and step not in _STATUS_STEPS:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "A checklist version cannot change from {old} to {new}."
                    ),
                    "status",
                    old=step[0],
                    new=step[1],
                )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    _check_status_steps(session)
    with session.no_autoflush:  # reading relationships and rows must not start this flush again
        versions, sections = _touched_versions(session)
        if sections:
            versions |= set(
                session.scalars(
                    select(ChecklistSection.version_id).where(ChecklistSection.id.in_(sections))
                )
            )
    error = frozen_error(session, versions)
    if error is not None:
        raise error


def _no_bulk_changes(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    if any(m.class_ in (ChecklistSection, ChecklistItem) for m in state.all_mappers):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Checklist sections and items cannot be changed by bulk statements."
            )
        )


def install(*factories: sessionmaker[Session]) -> None:
    """Guard every session these factories make."""
    for factory in factories:
        event.listen(factory, "before_flush", _before_flush)
        event.listen(factory, "do_orm_execute", _no_bulk_changes)
