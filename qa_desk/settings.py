"""Per-PC settings: one declared list of typed options with defaults, stored in an INI file.

The GUI reads and writes the same file through ``QSettings`` (INI format, see
``qa_desk.ui.settings``); the CLI reads it here without Qt. Keys are ``group/name``.
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa_desk.paths import settings_file

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("meta/schema_version", int, SCHEMA_VERSION, "Version of this settings layout."),
        Option("database/url", str, "", "Database URL; empty means the embedded SQLite file."),
        Option("ui/language", str, "", "UI language (en, zh_CN); empty follows the system."),
        Option("ui/last_login", str, "", "Login name offered in the login dialog."),
        Option("ui/geometry", bytes, b"", "Main window geometry."),
        Option("ui/window_state", bytes, b"", "Main window toolbars and docks."),
        Option("ui/last_page", str, "", "The page shown when the window last closed."),
        Option("display/timezone", str, "Asia/Shanghai", "Time zone used to show times."),
        Option("chat/reply_wait_threshold_s", int, 60, "Agent reply waits above this are marked."),
    )
}


def _coerce(option: Option, raw: str) -> Any:
    if option.type is int:
        return int(raw)
    if option.type is bool:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if option.type is bytes:
        raise TypeError("binary settings are read by the GUI only")
    return raw


def read(key: str, path: Path | None = None) -> Any:
    """Read one declared option from the INI file (the CLI's view of the settings)."""
    option = OPTIONS[key]
    parser = configparser.RawConfigParser(interpolation=None)
    parser.read(path or settings_file(), encoding="utf-8")
    group, name = key.split("/", 1)
    if not parser.has_option(group, name):
        return option.default
    raw = parser.get(group, name)
    # QSettings quotes strings that contain special characters.
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        raw = raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    try:
        return _coerce(option, raw)
    except (TypeError, ValueError):
        return option.default
