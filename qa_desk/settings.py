"""Per-PC settings: one declared list of typed options with defaults, stored in an INI file.

The GUI reads and writes the same file through ``QSettings`` (INI format, see
``qa_desk.ui.settings``); the CLI reads it here without Qt. Keys are ``group/name``.
"""

from __future__ import annotations

import configparser
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa_desk.paths import settings_file

SCHEMA_VERSION = 1

_log = logging.getLogger(__name__)


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
        Option("import/last_folder", str, "", "Folder the import wizard last took a file from."),
    )
}


# QSettings' INI escapes (qsettings.cpp, iniUnescapedStringList): \a \b \f \n \r \t \v \" \? \' \\
# plus \xHHHH and octal; the writer uses them in quoted and unquoted values alike.
_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    '"': '"',
    "?": "?",
    "'": "'",
    "\\": "\\",
}
_HEX = "0123456789abcdefABCDEF"


def _unescape_ini(raw: str) -> str | list[str]:
    """Undo QSettings' INI value escaping; an unquoted comma makes a list, as in QSettings."""
    items: list[str] = []
    is_list = False
    out: list[str] = []
    in_quotes = False
    value_quoted = False
    # Trailing spaces of the unquoted, unescaped tail are dropped; this marks where it starts.
    chop_limit = 0
    i, n = 0, len(raw)

    def skip_spaces(pos: int) -> int:
        while pos < n and raw[pos] in " \t":
            pos += 1
        return pos

    def chop(chars: list[str], limit: int) -> None:
        while len(chars) > limit and chars[-1] in " \t":
            chars.pop()

    i = skip_spaces(i)
    while i < n:
        ch = raw[i]
        if ch == "\\":
            if i + 1 >= n:
                break
            code = raw[i + 1]
            i += 2
            if code in _ESCAPES:
                out.append(_ESCAPES[code])
            elif code == "x" or code in "01234567":
                digits = _HEX if code == "x" else "01234567"
                start = i if code == "x" else i - 1
                while i < n and raw[i] in digits:
                    i += 1
                number = raw[start:i]
                if number:
                    value = int(number, 16 if code == "x" else 8)
                    out.append(chr(value & 0xFFFF))
            # any other escaped character is dropped, as QSettings does
            chop_limit = len(out)
        elif ch == '"':
            i += 1
            value_quoted = True
            in_quotes = not in_quotes
            if not in_quotes:
                i = skip_spaces(i)
                chop_limit = len(out)
        elif ch == "," and not in_quotes:
            if not value_quoted:
                chop(out, chop_limit)
            is_list = True
            items.append("".join(out))
            out = []
            value_quoted = False
            i = skip_spaces(i + 1)
            chop_limit = 0
        else:
            j = i + 1
            while j < n and raw[j] not in '\\",':
                j += 1
            out.extend(raw[i:j])
            i = j
    if not value_quoted:
        chop(out, chop_limit)
    if is_list:
        items.append("".join(out))
        return items
    return "".join(out)


def _coerce(option: Option, text: str) -> Any:
    """Turn one unescaped INI string into the option's type, as QSettings would read it."""
    if text.startswith("@@"):
        # QSettings doubles a leading @ so that plain text never looks like a typed value.
        text = text[1:]
    elif text.startswith("@ByteArray(") and text.endswith(")"):
        if option.type is not bytes:
            raise TypeError("a binary value where text was expected")
        return text[len("@ByteArray(") : -1].encode("latin-1")
    elif text.startswith("@String(") and text.endswith(")"):
        text = text[len("@String(") : -1]
    elif text.startswith("@") and text.endswith(")"):
        # @Variant(...), @Rect(...), ...: a Qt type this option does not take.
        raise TypeError("a Qt-typed value where a plain one was expected")
    if option.type is bytes:
        raise TypeError("binary settings are stored as @ByteArray(...)")
    if option.type is int:
        return int(text.strip())
    if option.type is bool:
        return text.strip().lower() in {"1", "true", "yes", "on"}
    return text


def _parse(path: Path) -> configparser.RawConfigParser:
    # Qt's INI dialect: only "=" separates, keys keep their case, later duplicates win.
    parser = configparser.RawConfigParser(
        interpolation=None, delimiters=("=",), strict=False, comment_prefixes=(";", "#")
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError, OSError) as error:
        # A damaged or hand-mangled file must not stop the CLI; the defaults apply.
        _log.warning("Ignoring the unreadable settings file %s: %s", path, error)
        return configparser.RawConfigParser(interpolation=None)
    return parser


def read(key: str, path: Path | None = None) -> Any:
    """Read one declared option from the INI file (the CLI's view of the settings).

    An undeclared key is a programming error (KeyError); a missing or unusable value gives
    the declared default.
    """
    option = OPTIONS[key]
    group, name = key.split("/", 1)
    parser = _parse(path or settings_file())
    if not parser.has_option(group, name):
        return option.default
    value = _unescape_ini(parser.get(group, name))
    if isinstance(value, list):
        if option.type is not str:
            return option.default
        # A hand-typed unquoted comma: keep the text the person wrote.
        value = ", ".join(value)
    try:
        return _coerce(option, value)
    except (TypeError, ValueError):
        return option.default
