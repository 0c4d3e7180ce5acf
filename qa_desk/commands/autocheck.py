"""``qa-desk autocheck run [--from DATE --to DATE] [--force]``: run the automatic checks.

Checks the records that the active checklist versions have not checked with their current
rules and word lists (all of them with ``--force``), and prints what was found: the number
of records checked, of results stored, and per rule the records failed or flagged. With
``--json``: ``{"records", "results", "flags": {"<rule key>": count}, "skipped"}``.

Ctrl-C stops after the chunk being checked: what was checked stays, the summary is printed
and the exit code is 130; the next run goes on from there.
"""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from qa_desk.commands.common import Context, Progress
from qa_desk.commands.options import add_command
from qa_desk.domain.errors import ValidationError

JSON_KEYS = ("records", "results", "flags", "skipped")
INTERRUPTED = 130


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser(
        "autocheck",
        help="automatic checks of the records",
        description="automatic checks of the records",
    )
    actions = group.add_subparsers(dest="autocheck_action", metavar="ACTION", required=True)
    run_cmd = add_command(
        actions, "run", "check the records the active checklists have not checked yet"
    )
    run_cmd.add_argument(
        "--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD, outlet time)"
    )
    run_cmd.add_argument(
        "--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD, outlet time)"
    )
    run_cmd.add_argument(
        "--force", action="store_true", help="check again records that are already current"
    )
    run_cmd.set_defaults(func=run)


def run(ctx: Context) -> int:
    args = ctx.args
    date_from = _date(args.date_from, "--from")
    date_to = _date(args.date_to, "--to")
    services = ctx.services()
    actor = ctx.actor()
    with _interruptible() as stop, Progress() as progress:
        summary = services.autocheck.run(
            actor,
            date_from,
            date_to,
            progress=progress,
            cancelled=lambda: stop[0],
            force=bool(args.force),
        )
    labels = {label.key: label.label for label in services.autocheck.flag_labels(actor)}
    data: dict[str, Any] = {
        "records": summary.records,
        "results": summary.results,
        "flags": summary.flags,
        "skipped": summary.skipped,
    }
    ctx.emit({key: data[key] for key in JSON_KEYS}, _lines(summary.records, data, labels))
    if not summary.versions:
        ctx.note(
            "no published, active checklist has automatic rules; publish one "
            "(or `qa-desk checklist install-default`) and run again"
        )
    if summary.cancelled:
        ctx.note(
            f"stopped on request after {summary.records:,} records; "
            "what was checked is kept, run again to go on"
        )
        return INTERRUPTED
    return 0


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            f"{option} {value!r} is not a date; write it as YYYY-MM-DD.", option
        ) from None


@contextmanager
def _interruptible() -> Iterator[list[bool]]:
    """The first Ctrl-C asks the run to stop between chunks; a second one stops at once."""
    stop = [False]
    previous = signal.getsignal(signal.SIGINT)

    def on_interrupt(signum: int, frame: Any) -> None:
        if stop[0]:
            raise KeyboardInterrupt
        stop[0] = True

    try:
        signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread: leave Ctrl-C as it is
        yield stop
        return
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def _lines(records: int, data: dict[str, Any], labels: dict[str, str]) -> list[str]:
    lines = [
        f"Checked {records:,} records ({data['skipped']:,} already current); "
        f"{data['results']:,} results stored."
    ]
    flags: dict[str, int] = data["flags"]
    if flags:
        lines.append("Records failed or flagged, by rule:")
        width = max(len(key) for key in flags)
        for key, count in flags.items():
            label = labels.get(key, "")
            lines.append(f"  {key:<{width}}  {count:>9,}  {label}".rstrip())
    return lines
