"""``qa-desk audit verify``: check the hash chain of the audit log."""

from __future__ import annotations

import argparse

from qa_desk.commands.common import Context
from qa_desk.commands.options import add_command


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("audit", help="the audit log", description="the audit log")
    actions = group.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify_cmd = add_command(
        actions, "verify", "check every event's hash and link; exit 1 at the first broken one"
    )
    verify_cmd.set_defaults(func=verify)


def verify(ctx: Context) -> int:
    services = ctx.services()
    actor = ctx.actor()
    result = services.audit.verify(actor)
    # "events" is the size of the log; the verdict's own count stops at the broken link.
    total = services.audit.count(actor)
    data = {
        "events": total,
        "ok": result.ok,
        "first_broken": result.first_broken,
        "head_hash": result.head_hash,
        "reason": result.reason,
    }
    if result.ok:
        head = f", head {result.head_hash}" if result.head_hash else ""
        ctx.emit(data, [f"The audit log is intact: {total} events{head}."])
        return 0
    if ctx.json:
        ctx.emit(data)
    ctx.note(
        f"the audit log is broken at event {result.first_broken} of {total} "
        f"({result.reason}); it was changed outside QA Desk"
    )
    return 1
