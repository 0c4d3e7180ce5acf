"""``qa-desk import chats|calls FILE …``: import service platform exports from a terminal.

Prints the counts (or, with ``--json``, one object with the keys of DESIGN §6 plus ``kind``,
``recordings_missing`` and ``vendor_agents_created``). Rows that could not be imported are
listed in an error report (.xlsx) whose path is printed. A file that can't be read at all
(missing, empty, not a table, lacking required columns) exits with 1 and one line.
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import asdict
from typing import Any

from qa_desk.commands.common import Context, Progress
from qa_desk.commands.options import add_command
from qa_desk.domain.errors import QaDeskError
from qa_desk.services.imports import ImportResult

_log = logging.getLogger(__name__)

# DESIGN §6 fixes these keys and their order; the contract adds the last three.
JSON_KEYS = (
    "batch_id",
    "file",
    "rows_read",
    "records_created",
    "records_updated",
    "messages_created",
    "duplicates",
    "errors",
    "error_report",
    "kind",
    "recordings_missing",
    "vendor_agents_created",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser(
        "import", help="import records from exports", description="import records from exports"
    )
    actions = group.add_subparsers(dest="import_action", metavar="KIND", required=True)

    chats = add_command(actions, "chats", "import a chat export (one row per message)")
    chats.add_argument("file", metavar="FILE", help="CSV/TXT or Excel export")
    chats.add_argument("--profile", metavar="NAME", help="a saved column mapping (and source)")
    _common_options(chats)
    chats.set_defaults(func=import_chats)

    calls = add_command(actions, "calls", "import a call export (one row per call)")
    calls.add_argument("file", metavar="FILE", help="CSV/TXT or Excel export of the calls")
    calls.add_argument("--transcripts", metavar="FILE", help="transcripts, one row per utterance")
    calls.add_argument(
        "--recordings",
        metavar="DIR",
        help="folder of the recordings (default: the call file's folder)",
    )
    calls.add_argument("--profile", metavar="NAME", help="a saved column mapping (and source)")
    _common_options(calls)
    calls.set_defaults(func=import_calls)


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vendor",
        metavar="CODE",
        help="vendor of rows that name none (unknown agents are created under it)",
    )
    parser.add_argument(
        "--errors",
        metavar="OUT.xlsx",
        help="where to write the error report (default: the data folder's import-errors)",
    )


def import_chats(ctx: Context) -> int:
    args = ctx.args
    services = ctx.services()
    actor = ctx.actor()
    with Progress() as progress:
        result = services.imports.import_chats(
            actor,
            args.file,
            profile=args.profile,
            vendor_code=args.vendor,
            error_report=args.errors,
            progress=progress,
        )
    return _finish(ctx, result)


def import_calls(ctx: Context) -> int:
    args = ctx.args
    services = ctx.services()
    actor = ctx.actor()
    with Progress() as progress:
        result = services.imports.import_calls(
            actor,
            args.file,
            transcripts=args.transcripts,
            recordings_dir=args.recordings,
            profile=args.profile,
            vendor_code=args.vendor,
            error_report=args.errors,
            progress=progress,
        )
    return _finish(ctx, result)


def result_json(result: ImportResult) -> dict[str, Any]:
    values = asdict(result)
    return {key: values[key] for key in JSON_KEYS}


def _finish(ctx: Context, result: ImportResult) -> int:
    ctx.emit(result_json(result), _lines(result))
    _update_search_index(ctx)
    return 0


def _update_search_index(ctx: Context) -> None:
    """Index the new messages for search (the import itself is committed already)."""
    try:
        with Progress() as progress:
            ctx.services().records.update_search_index(progress=progress)
    except QaDeskError as error:
        _log.warning("search index update after an import failed: %s", error)
        ctx.note(f"the import is stored, but updating the search index failed: {error}")


def _lines(result: ImportResult) -> list[str]:
    units = "segments" if result.kind == "calls" else "messages"
    rows = [
        ("rows read", result.rows_read),
        ("records created", result.records_created),
        ("records updated", result.records_updated),
        (f"{units} created", result.messages_created),
        ("duplicates", result.duplicates),
        ("errors", result.errors),
        ("agents created", result.vendor_agents_created),
    ]
    if result.kind == "calls":
        rows.append(("recordings missing", result.recordings_missing))
    width = max(len(label) for label, _ in rows)
    lines = [f"Imported {result.file} as batch {result.batch_id}:"]
    lines += [f"  {label:<{width}}  {value:>9,}" for label, value in rows]
    if result.error_report:
        lines.append(f"Rows not imported are listed in {result.error_report}")
    return lines
