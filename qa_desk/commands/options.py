"""The options every command takes, kept free of heavy imports.

``qa_desk.cli`` parses these alone first to see whether the GUI was asked for, so opening
the desktop application does not pay for the command modules.
"""

from __future__ import annotations

import argparse
from typing import Any

ENV_PASSWORD = "QA_DESK_PASSWORD"
ENV_NEW_PASSWORD = "QA_DESK_NEW_PASSWORD"


def global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``--db``, ``--json`` and ``--user``, accepted before or after the command words.

    Below the top level the defaults are suppressed, so an option given only before the
    command is not overwritten by the sub-command's "not given".
    """
    unset: Any = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="URL",
        default=unset,
        help="database URL (default: $QA_DESK_DB, then the settings, then the local file)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print exactly one JSON object on stdout",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        default=unset,
        help="act as this user (local database: the sole admin by default; "
        f"shared database: required, password from ${ENV_PASSWORD} or a prompt)",
    )


def add_command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, summary: str
) -> argparse.ArgumentParser:
    """A command (or sub-command) parser that also takes the global options."""
    parser = sub.add_parser(name, help=summary, description=summary)
    global_options(parser, top=False)
    return parser
