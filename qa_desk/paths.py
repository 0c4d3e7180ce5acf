"""Where QA Desk keeps its files (per user, per platform)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from qa_desk import APP_ID

# Tests and portable installs point everything at one folder.
_HOME_ENV = "QA_DESK_HOME"


def data_dir() -> Path:
    home = os.environ.get(_HOME_ENV)
    path = Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP_ID, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = os.environ.get(_HOME_ENV)
    path = Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP_ID, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    return config_dir() / "qa-desk.ini"


def default_database_path() -> Path:
    return data_dir() / "qa-desk.sqlite3"
