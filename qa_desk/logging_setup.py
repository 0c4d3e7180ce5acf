"""Application logging: a rotating file in the data folder, shared by the GUI and the CLI.

Users see one-line messages; the log file keeps the details (tracebacks included) that a
support person needs. ``configure`` may be called any number of times: it keeps exactly one
file handler, and moves it when the log folder changed (tests give every test its own home).
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from qa_desk.paths import log_dir

LOG_NAME = "qa-desk.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(name)s: %(message)s"
# Marks the handlers this module owns, so a second call finds them (and nobody else's).
_OWNED = "_qa_desk_handler"
# The root level before the first configure(), restored by reset().
_root_level: int | None = None


def log_file() -> Path:
    """Where the current log file is (or would be)."""
    return log_dir() / LOG_NAME


def _owned(root: logging.Logger, kind: str) -> logging.Handler | None:
    for handler in root.handlers:
        if getattr(handler, _OWNED, None) == kind:
            return handler
    return None


def _install(root: logging.Logger, handler: logging.Handler, kind: str) -> None:
    setattr(handler, _OWNED, kind)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)


def configure(level: int = logging.INFO, console: bool = False) -> Path:
    """Send log records at ``level`` and above to the rotating log file; returns its path.

    With ``console`` the same records also go to stderr (for developers running from a
    terminal). Idempotent: repeated calls adjust the level and never add a second handler.
    """
    path = log_file()
    root = logging.getLogger()
    current = _owned(root, "file")
    if isinstance(current, RotatingFileHandler) and current.baseFilename != os.path.abspath(path):
        root.removeHandler(current)
        current.close()
        current = None
    if current is None:
        # delay: the file is created on the first record, not by merely starting up.
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        _install(root, handler, "file")
        current = handler
    current.setLevel(level)

    stream = _owned(root, "console")
    if console and stream is None:
        stream = logging.StreamHandler(sys.stderr)
        _install(root, stream, "console")
    elif not console and stream is not None:
        root.removeHandler(stream)
        stream = None
    if stream is not None:
        stream.setLevel(level)

    # The root level gates every handler; only ever lower it (NOTSET already lets all
    # through), so handlers installed by other code keep receiving what they asked for.
    global _root_level
    if _root_level is None:
        _root_level = root.level
    if root.level > level:
        root.setLevel(level)
    logging.captureWarnings(True)
    return path


def reset() -> None:
    """Remove what ``configure`` installed and restore the root level (end of an embedded run)."""
    global _root_level
    root = logging.getLogger()
    for kind in ("file", "console"):
        handler = _owned(root, kind)
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
    if _root_level is not None:
        root.setLevel(_root_level)
        _root_level = None
