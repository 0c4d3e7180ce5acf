"""The zh_CN catalogue covers every translatable string, and the shipped .qm is compiled from it."""

from __future__ import annotations

import ast
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


def test_no_literal_reaches_a_translate_helper_unmarked() -> None:
    """lupdate finds ``self.tr("…")``, ``translate("Ctx", "…")`` and ``QT_TRANSLATE_NOOP``;
    a literal handed straight to a module's own helper (``_tr("…")``) is never collected, so it
    would stay English in every language. Such literals must be marked where they are written."""
    ui = SCRIPT.parents[1] / "qa_desk" / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"_tr", "tr", "_t", "tr_"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(f"{path.relative_to(ui)}:{node.lineno}: {node.args[0].value!r}")
    assert found == []
