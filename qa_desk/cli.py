"""The ``qa-desk`` command: headless commands over the same services as the GUI.

Without a command it opens the desktop application. Exit codes: 0 success, 1 a user error
(one line on stderr, never a traceback), 2 a usage error. Anything unexpected is also one
line, pointing at the log file that holds the traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from qa_desk import __version__
from qa_desk.commands.options import global_options
from qa_desk.domain.errors import QaDeskError
from qa_desk.logging_setup import configure

if TYPE_CHECKING:
    from qa_desk.commands.common import Context

_log = logging.getLogger("qa_desk.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa-desk",
        description="QA Desk (质检台): quality inspection of outsourced customer service.",
        epilog="Without a command, opens the desktop application.",
    )
    global_options(parser, top=True)
    parser.add_argument("--version", action="version", version=f"qa-desk {__version__}")
    # One module per command group, each with register(subparsers); imported here, only
    # when a command is given, so the GUI starts without them.
    from qa_desk.commands import (
        audit,
        autocheck,
        checklists,
        imports,
        init_cmd,
        inspections,
        sampling,
        users,
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (init_cmd, users, imports, checklists, autocheck, sampling, inspections, audit):
        module.register(commands)
    return parser


class _NotJustOptions(Exception):
    """Raised by the quick parser for anything it does not understand."""


class _QuickParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotJustOptions(message)


def _gui_options(argv: list[str] | None) -> argparse.Namespace | None:
    """The global options when they are all there is (meaning: open the GUI), else None."""
    quick = _QuickParser(add_help=False, allow_abbrev=False)
    global_options(quick, top=True)
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotJustOptions:
        return None
    return None if rest else args


def _exit_code(code: object) -> int:
    """argparse leaves through SystemExit (--help, --version: 0; bad usage: 2)."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 2


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _start_logging() -> Path | None:
    try:
        return configure(logging.INFO)
    except OSError as error:
        # No log file is no reason to refuse work; errors then say so instead of a path.
        sys.stderr.write(f"qa-desk: cannot write the log file ({_one_line(str(error))})\n")
        return None


def _report(message: str, ctx: Context | None) -> None:
    if ctx is not None and ctx.json and not ctx.emitted:
        # Scripts parse stdout: keep it one JSON object even when the command failed.
        sys.stdout.write(json.dumps({"error": message}) + "\n")
        sys.stdout.flush()
    sys.stderr.write(f"qa-desk: {_one_line(message, 1000)}\n")
    sys.stderr.flush()


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``qa-desk`` console script; returns the exit code."""
    args = _gui_options(argv)
    if args is None:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as stop:
            return _exit_code(stop.code)
    else:
        args.command = None
    log_file = _start_logging()
    ctx: Context | None = None
    try:
        if args.command is None:
            # Qt is imported only here (commands never load it), and the GUI does not pay
            # for the command modules.
            from qa_desk.app import main as gui_main

            return gui_main(argv, db_url=args.db, user=args.user)
        from qa_desk.commands.common import Context

        ctx = Context(args, log_file)
        _log.info("qa-desk %s %s", args.command, " ".join(_action_words(args)))
        return int(args.func(ctx))
    except QaDeskError as error:
        _log.info("%s refused: %s", args.command or "gui", error)
        _report(str(error), ctx)
        return 1
    except KeyboardInterrupt:
        _log.info("%s interrupted", args.command or "gui")
        _report("interrupted; nothing more was done", ctx)
        return 130
    except Exception as error:
        _log.exception("internal error in %s", args.command or "gui")
        where = f"details in {log_file}" if log_file else "no log file could be written"
        message = f"internal error ({type(error).__name__}: {_one_line(str(error), 200)}); {where}"
        _report(message, ctx)
        return 1
    finally:
        if ctx is not None:
            ctx.close()


def _action_words(args: argparse.Namespace) -> list[str]:
    """The sub-command words for the log (never option values: they may hold secrets)."""
    return [str(v) for k, v in vars(args).items() if k.endswith("_action") and v]


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
