"""The generated form modules match forms/*.ui (they are regenerated, never edited)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "build_forms.py"


def _build_forms():
    spec = importlib.util.spec_from_file_location("build_forms", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_current() -> None:
    build_forms = _build_forms()
    assert sorted(build_forms.FORMS.glob("*.ui")), "no forms found"
    assert build_forms.stale_forms() == []
