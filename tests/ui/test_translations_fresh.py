"""The zh_CN catalogue covers every translatable string, and the shipped .qm is compiled from it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "build_translations.py"


def _build_translations():
    spec = importlib.util.spec_from_file_location("build_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_chinese_catalogue_is_complete_and_compiled() -> None:
    build = _build_translations()
    assert build.ts_path("zh_CN").exists()
    # lupdate runs over a copy, so the check sees strings added since the last `make translations`.
    assert build.problems() == []
