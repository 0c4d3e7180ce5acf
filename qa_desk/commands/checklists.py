"""``qa-desk checklist list|import|export|install-default|publish``: checklists from a terminal.

Checklists are named by their name (as ``checklist list`` shows it). An import creates a new
checklist as draft version 1, or a new draft of the checklist with that name; ``publish``
publishes a checklist's draft, which freezes it and retires the version it replaces. With
``--json`` every command prints one object (a version's fields, or ``{"checklists": [...]}``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from qa_desk.commands.common import Context, iso, table
from qa_desk.commands.options import add_command
from qa_desk.domain.autocheck import RULE_TYPES
from qa_desk.domain.checklist import problems
from qa_desk.domain.errors import NotFound, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.checklists import ChecklistInfo, VersionInfo
from qa_desk.services.registry import Services

LANGUAGES = ("zh_CN", "en")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser(
        "checklist",
        help="manage checklists (评分表)",
        description="manage checklists (评分表)",
    )
    actions = group.add_subparsers(dest="checklist_action", metavar="ACTION", required=True)

    listing = add_command(actions, "list", "list the checklists and their versions")
    listing.set_defaults(func=list_checklists)

    imported = add_command(actions, "import", "read a checklist from a spreadsheet as a new draft")
    imported.add_argument("file", metavar="FILE.xlsx", help="the checklist spreadsheet")
    imported.add_argument(
        "--name", metavar="NAME", help="the checklist's name (default: the sheet's, or the file's)"
    )
    imported.set_defaults(func=import_checklist)

    export = add_command(actions, "export", "write a checklist version to a spreadsheet")
    export.add_argument("name", metavar="NAME", help="the checklist's name")
    export.add_argument(
        "--version",
        type=int,
        metavar="N",
        help="the version number (default: the published one, else the latest)",
    )
    export.add_argument("--out", required=True, metavar="FILE.xlsx", help="where to write it")
    export.add_argument(
        "--lang", choices=LANGUAGES, default="zh_CN", help="language of the headers and words"
    )
    export.set_defaults(func=export_checklist)

    default = add_command(
        actions, "install-default", "install the shipped express-delivery checklist, published"
    )
    default.add_argument("--lang", choices=LANGUAGES, default="zh_CN", help="language of its texts")
    default.set_defaults(func=install_default)

    publish = add_command(actions, "publish", "publish a checklist's draft")
    publish.add_argument("name", metavar="NAME", help="the checklist's name")
    publish.set_defaults(func=publish_checklist)


# --------------------------------------------------------------------------- output
def version_json(info: VersionInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "checklist_id": info.checklist_id,
        "checklist": info.checklist_name,
        "version": info.number,
        "status": info.status,
        "pass_mark": info.pass_mark,
        "items": info.item_count,
        "inspections": info.inspections,
        "created_at": iso(info.created_at),
        "created_by": info.created_by,
        "published_at": iso(info.published_at),
    }


def checklist_json(info: ChecklistInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "name": info.name,
        "channel": info.channel,
        "active": info.active,
        "current": info.current.number if info.current is not None else None,
        "draft": info.draft.number if info.draft is not None else None,
        "versions": [version_json(v) for v in info.versions],
    }


def _describe(info: VersionInfo) -> str:
    return f"version {info.number} of {info.checklist_name!r}"


# --------------------------------------------------------------------------- lookups
def find_checklist(services: Services, actor: Actor, name: str) -> ChecklistInfo:
    """The checklist named ``name``: exactly, else the only one that matches ignoring case."""
    checklists = services.checklists.list(actor)
    for info in checklists:
        if info.name == name:
            return info
    wanted = name.strip().casefold()
    similar = [info for info in checklists if info.name.casefold() == wanted]
    if len(similar) == 1:
        return similar[0]
    known = ", ".join(repr(c.name) for c in checklists) or "none yet"
    raise NotFound(f"No checklist named {name!r} (checklists: {known}).")


def _pick_version(info: ChecklistInfo, number: int | None) -> VersionInfo:
    if number is not None:
        for version in info.versions:
            if version.number == number:
                return version
        numbers = ", ".join(str(v.number) for v in info.versions)
        raise NotFound(f"{info.name!r} has no version {number} (versions: {numbers}).")
    chosen = info.current or (info.versions[-1] if info.versions else None)
    if chosen is None:
        raise NotFound(f"{info.name!r} has no versions.")
    return chosen


# --------------------------------------------------------------------------- commands
def list_checklists(ctx: Context) -> int:
    services = ctx.services()
    checklists = services.checklists.list(ctx.actor())
    rows = []
    for info in checklists:
        current = info.current
        rows.append(
            (
                info.name,
                info.channel or "both",
                "yes" if info.active else "no",
                f"v{current.number}" if current is not None else "",
                current.item_count if current is not None else "",
                ctx.local(current.published_at) if current is not None else "",
                f"v{info.draft.number}" if info.draft is not None else "",
                len(info.versions),
            )
        )
    headers = (
        "name",
        "channel",
        "active",
        "published",
        "items",
        "published at",
        "draft",
        "versions",
    )
    lines = table(headers, rows) if checklists else ["No checklists yet."]
    ctx.emit({"checklists": [checklist_json(c) for c in checklists]}, lines)
    return 0


def import_checklist(ctx: Context) -> int:
    args = ctx.args
    path = Path(args.file)
    if not path.is_file():
        raise ValidationError(f"There is no file {str(path)!r}.", "file")
    name = args.name.strip() if args.name is not None else None
    if name == "":
        raise ValidationError("--name may not be empty.", "name")
    services = ctx.services()
    actor = ctx.actor()
    info = services.checklists.import_xlsx(actor, path, name)
    # Say now what would stop the draft from being published, not only when publishing.
    spec = services.checklists.spec(actor, info.id)
    found = [p.message() for p in problems(spec, known_rules=RULE_TYPES)]
    lines = [f"Imported {path.name} as draft {_describe(info)} ({info.item_count} items)."]
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        lines.append(f"Fix before publishing: {found[0]}{more}")
    else:
        lines.append(f"Publish it with: qa-desk checklist publish {_quoted(info.checklist_name)}")
    ctx.emit({**version_json(info), "file": str(path), "problems": found}, lines)
    return 0


def export_checklist(ctx: Context) -> int:
    args = ctx.args
    services = ctx.services()
    actor = ctx.actor()
    version = _pick_version(find_checklist(services, actor, args.name), args.version)
    written = services.checklists.export_xlsx(actor, version.id, Path(args.out), args.lang)
    ctx.emit(
        {**version_json(version), "file": str(written), "lang": args.lang},
        [f"Wrote {_describe(version)} ({version.status}) to {written}."],
    )
    return 0


def install_default(ctx: Context) -> int:
    services = ctx.services()
    info = services.checklists.install_default(ctx.actor(), ctx.args.lang)
    ctx.emit(
        version_json(info),
        [
            f"Version {info.number} of {info.checklist_name!r} is installed "
            f"({info.status}, {info.item_count} items)."
        ],
    )
    return 0


def publish_checklist(ctx: Context) -> int:
    services = ctx.services()
    actor = ctx.actor()
    # A role that may not publish hears that, not whether there is something to publish.
    actor.require(Permission.MANAGE_CHECKLISTS)
    info = find_checklist(services, actor, ctx.args.name)
    if info.draft is None:
        current = f" (version {info.current.number} is published)" if info.current else ""
        raise ValidationError(f"{info.name!r} has no draft to publish{current}.", "name")
    published = services.checklists.publish(actor, info.draft.id)
    retired = info.current
    lines = [f"Published {_describe(published)} ({published.item_count} items)."]
    if retired is not None:
        lines.append(f"Version {retired.number} is retired; inspections made with it keep it.")
    ctx.emit(
        {**version_json(published), "retired": retired.number if retired is not None else None},
        lines,
    )
    return 0


def _quoted(name: str) -> str:
    """A name as a shell argument (quoted when it holds spaces or quotes)."""
    if name and all(c.isalnum() or c in "-_.:/" for c in name):
        return name
    return "'" + name.replace("'", "'\\''") + "'"
