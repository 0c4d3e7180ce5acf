"""Typed access to the GUI's settings: only the options declared in ``qa_desk.settings``.

The INI file is the one the CLI reads (``qa_desk.paths.settings_file()``); QSettings writes
it. Asking for an undeclared key is a programming error (KeyError), and values are checked
against the declared type so a typo cannot silently store garbage.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from qa_desk.paths import settings_file
from qa_desk.settings import OPTIONS, SCHEMA_VERSION, Option

_SCHEMA_KEY = "meta/schema_version"


def _option(key: str) -> Option:
    try:
        return OPTIONS[key]
    except KeyError:
        raise KeyError(f"undeclared setting {key!r}: add it to qa_desk.settings.OPTIONS") from None


def _to_python(option: Option, raw: Any) -> Any:
    """Convert what QSettings returns (INI values come back as text) to the declared type."""
    if raw is None:
        return option.default
    try:
        if option.type is bytes:
            return bytes(raw.data()) if isinstance(raw, QByteArray) else option.default
        if option.type is bool:
            if isinstance(raw, bool):
                return raw
            return str(raw).strip().lower() in {"1", "true", "yes", "on"}
        if option.type is int:
            return int(raw)
        return str(raw)
    except (TypeError, ValueError):
        # A hand-edited or damaged file must not stop the application.
        return option.default


class UiSettings:
    """The settings file as seen by the GUI."""

    def __init__(self, path: Path | None = None) -> None:
        self._qs = QSettings(str(path or settings_file()), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def get(self, key: str) -> Any:
        option = _option(key)
        return _to_python(option, self._qs.value(key, None))

    def set(self, key: str, value: Any) -> None:
        option = _option(key)
        # bool is an int subclass; keep the declared types apart.
        if not isinstance(value, option.type) or (option.type is int and isinstance(value, bool)):
            raise TypeError(f"setting {key!r} takes {option.type.__name__}, not {value!r}")
        stored = QByteArray(value) if option.type is bytes else value
        self._qs.setValue(key, stored)
        if key != _SCHEMA_KEY and not self._qs.contains(_SCHEMA_KEY):
            # The layout version goes in with the first value, so later versions can migrate.
            self._qs.setValue(_SCHEMA_KEY, SCHEMA_VERSION)

    def reset(self, key: str) -> None:
        """Forget a value, so the declared default applies again."""
        _option(key)
        self._qs.remove(key)

    def sync(self) -> None:
        self._qs.sync()
