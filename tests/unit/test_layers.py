"""The layer import rule (DESIGN §2), checked on every module of the package.

``domain ← storage ← services ← ui``, with ``io`` beside services. Each module's imports —
module level, inside functions, under ``TYPE_CHECKING``, relative ones resolved, and
``importlib.import_module("literal")`` calls — are checked against the rules below. A
self-test feeds the checker bad modules, so the rule cannot quietly stop catching things.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "qa_desk"
PACKAGE_DIR = Path(__file__).resolve().parents[2] / PACKAGE

# Who may import whom inside the package (a "group" is a layer or one of the special places).
ALLOWED: dict[str, frozenset[str]] = {
    "domain": frozenset({"domain"}),
    "base": frozenset({"base", "domain"}),
    "storage": frozenset({"storage", "base", "domain"}),
    "io": frozenset({"io", "domain"}),
    "services": frozenset({"services", "io", "storage", "base", "domain"}),
    "ui": frozenset({"ui", "services", "io", "storage", "base", "domain"}),
    "cli": frozenset({"cli", "services", "io", "storage", "base", "domain"}),
    "app": frozenset({"app", "ui", "services", "io", "storage", "base", "domain"}),
}
# Third-party packages that belong to one place only.
QT_PACKAGES = frozenset({"PySide6", "shiboken6"})
QT_GROUPS = frozenset({"ui", "app"})
DB_PACKAGES = frozenset({"sqlalchemy", "alembic", "psycopg", "psycopg2", "sqlite3"})
DB_GROUPS = frozenset({"storage"})
# Top-level helpers usable from storage upwards; they must not reach into the layers above.
BASE_MODULES = {f"{PACKAGE}.{name}" for name in ("paths", "settings", "logging_setup")} | {PACKAGE}


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    imported: str
    rule: str

    def __str__(self) -> str:
        what = f"imports {self.imported} — " if self.imported != "-" else ""
        return f"{self.path}:{self.line}: {what}{self.rule}"


def group_of(module: str) -> str | None:
    """The layer (or special place) a ``qa_desk`` module belongs to; None if it has none."""
    parts = module.split(".")
    if parts[0] != PACKAGE:
        raise ValueError(module)
    if module in BASE_MODULES:
        return "base"
    second = parts[1]
    if second in {"domain", "storage", "services", "io", "ui"}:
        return second
    if second in {"cli", "commands", "__main__"}:
        return "cli"
    if second == "app":
        return "app"
    return None


def module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, target] if target else base)


@dataclass(frozen=True)
class _Import:
    line: int
    target: str
    in_function: bool


class _Collector(ast.NodeVisitor):
    """Every import of a module, with whether it happens lazily inside a function."""

    def __init__(self, module: str, is_package: bool, known: set[str]) -> None:
        self.module = module
        self.is_package = is_package
        self.known = known
        self.imports: list[_Import] = []
        self.session_access: list[int] = []
        self._depth = 0

    def _add(self, node: ast.AST, target: str) -> None:
        self.imports.append(_Import(node.lineno, target, self._depth > 0))  # type: ignore[attr-defined]

    def _function(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(node, alias.name)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            source = _resolve_relative(self.module, self.is_package, node.level, node.module)
        else:
            source = node.module or ""
        for alias in node.names:
            # ``from qa_desk import app`` imports the submodule qa_desk.app, not qa_desk.
            candidate = f"{source}.{alias.name}"
            self._add(node, candidate if candidate in self.known else source)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        # ``uow._session``: reaching through the unit of work to its Session.
        owner = node.value
        if node.attr == "_session" and not (isinstance(owner, ast.Name) and owner.id == "self"):
            self.session_access.append(node.lineno)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if (
            name in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            self._add(node, node.args[0].value)
        self.generic_visit(node)


def check_source(
    source: str, module: str, path: str, *, is_package: bool = False, known: set[str] | None = None
) -> list[Violation]:
    """The rule violations of one module's source text."""
    tree = ast.parse(source, filename=path)
    collector = _Collector(module, is_package, known or set())
    collector.visit(tree)
    group = group_of(module)
    found: list[Violation] = []

    def bad(imp: _Import, rule: str) -> None:
        found.append(Violation(path, imp.line, imp.target, rule))

    if group is None:
        return [Violation(path, 1, "-", "module is in no layer; place it in one (DESIGN §2)")]
    for imp in collector.imports:
        top = imp.target.split(".")[0]
        if top == PACKAGE:
            target_group = group_of(imp.target)
            if target_group is None:
                bad(imp, f"{imp.target} is in no layer")
            elif target_group == "app" and module == f"{PACKAGE}.cli":
                if not imp.in_function:
                    bad(imp, "cli.py may import qa_desk.app only lazily, inside a function")
            elif target_group not in ALLOWED[group]:
                bad(imp, f"{group} may import only {sorted(ALLOWED[group])}, not {target_group}")
            continue
        if group == "domain" and top not in sys.stdlib_module_names:
            bad(imp, "domain imports only the standard library")
        if top in QT_PACKAGES and group not in QT_GROUPS:
            bad(imp, "only qa_desk/ui/ and qa_desk/app.py import PySide6")
        if top in DB_PACKAGES and group not in DB_GROUPS:
            bad(imp, "only qa_desk/storage/ talks to the database (use unit_of_work/repositories)")
    if group not in DB_GROUPS:
        for line in collector.session_access:
            found.append(
                Violation(path, line, "-", "only qa_desk/storage/ touches a Session (._session)")
            )
    return found


def package_modules() -> dict[str, Path]:
    return {module_name(p, PACKAGE_DIR.parent): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def test_every_module_keeps_the_layer_rule() -> None:
    modules = package_modules()
    # The walk really covers the package (a wrong path would make this test pass vacuously).
    for expected in ("qa_desk.domain.passwords", "qa_desk.storage.database", "qa_desk.settings"):
        assert expected in modules
    known = set(modules)
    violations: list[Violation] = []
    for module, path in modules.items():
        violations += check_source(
            path.read_text(encoding="utf-8"),
            module,
            str(path.relative_to(PACKAGE_DIR.parent)),
            is_package=path.name == "__init__.py",
            known=known,
        )
    assert not violations, "layer rule broken:\n" + "\n".join(map(str, violations))


# --------------------------------------------------------------------------- self-test

KNOWN = {
    "qa_desk",
    "qa_desk.app",
    "qa_desk.cli",
    "qa_desk.paths",
    "qa_desk.settings",
    "qa_desk.domain",
    "qa_desk.domain.errors",
    "qa_desk.storage",
    "qa_desk.storage.database",
    "qa_desk.services",
    "qa_desk.services.accounts",
    "qa_desk.services.audit",
    "qa_desk.ui",
    "qa_desk.ui.main_window",
    "qa_desk.io",
}

BAD = [
    ("qa_desk.domain.x", "import sqlalchemy\n", "domain imports only the standard library"),
    ("qa_desk.domain.x", "import platformdirs\n", "domain imports only the standard library"),
    ("qa_desk.domain.x", "from qa_desk.storage import database\n", "domain may import only"),
    ("qa_desk.domain.x", "from qa_desk import paths\n", "domain may import only"),
    ("qa_desk.storage.x", "from ..services import accounts\n", "storage may import only"),
    ("qa_desk.storage.x", "from qa_desk.ui import main_window\n", "storage may import only"),
    ("qa_desk.services.x", "def f():\n    from sqlalchemy.orm import Session\n", "storage/"),
    (
        "qa_desk.services.x",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sqlalchemy import select\n",
        "storage/",
    ),
    ("qa_desk.services.x", "import alembic.command\n", "storage/"),
    ("qa_desk.services.x", "from PySide6.QtCore import QObject\n", "PySide6"),
    ("qa_desk.services.x", "from qa_desk.ui import main_window\n", "services may import only"),
    ("qa_desk.services.x", "import importlib\nimportlib.import_module('qa_desk.ui')\n", "only"),
    ("qa_desk.io.x", "from qa_desk.services import audit\n", "io may import only"),
    ("qa_desk.io.x", "from qa_desk import settings\n", "io may import only"),
    ("qa_desk.settings", "from qa_desk.storage import database\n", "base may import only"),
    ("qa_desk.paths", "from .services import accounts\n", "base may import only"),
    ("qa_desk.cli", "from PySide6.QtWidgets import QApplication\n", "PySide6"),
    ("qa_desk.cli", "from qa_desk import app\n", "only lazily"),
    ("qa_desk.cli", "from qa_desk.ui import main_window\n", "cli may import only"),
    ("qa_desk.commands.user", "def f():\n    from qa_desk import app\n", "cli may import only"),
    ("qa_desk.ui.x", "import sqlalchemy as sa\n", "storage/"),
    ("qa_desk.services.x", "def f(uow):\n    uow._session.execute('x')\n", "touches a Session"),
    ("qa_desk.ui.x", "from qa_desk import cli\n", "ui may import only"),
    ("qa_desk.helpers", "import os\n", "in no layer"),
]

GOOD = [
    ("qa_desk.domain.x", "from __future__ import annotations\nimport hashlib, zoneinfo\n"),
    ("qa_desk.domain.x", "from . import errors\nfrom .errors import NotFound\n"),
    ("qa_desk.storage.x", "from sqlalchemy.orm import Session\nfrom qa_desk.paths import x\n"),
    ("qa_desk.storage.x", "def f(uow):\n    return uow._session\n"),
    ("qa_desk.ui.x", "class W:\n    def f(self):\n        return self._session\n"),
    ("qa_desk.services.x", "from qa_desk.storage.database import Database\nfrom . import audit\n"),
    ("qa_desk.ui.x", "from PySide6.QtWidgets import QWidget\nfrom qa_desk.services import audit\n"),
    ("qa_desk.cli", "def gui():\n    from qa_desk import app\n    from qa_desk.app import main\n"),
    ("qa_desk.app", "from PySide6.QtWidgets import QApplication\nfrom .ui import main_window\n"),
]


@pytest.mark.parametrize(("module", "source", "rule"), BAD)
def test_checker_catches_a_bad_module(module: str, source: str, rule: str) -> None:
    violations = check_source(source, module, f"<{module}>", known=KNOWN)
    assert violations, f"{module} should break the rule ({rule}):\n{source}"
    message = str(violations[0])
    assert message.startswith(f"<{module}>:")
    assert rule in message


@pytest.mark.parametrize(("module", "source"), GOOD)
def test_checker_accepts_a_good_module(module: str, source: str) -> None:
    assert check_source(source, module, f"<{module}>", known=KNOWN) == []


def test_violation_names_file_line_and_rule() -> None:
    source = "from __future__ import annotations\n\nimport os\n\n\ndef f():\n    import sqlalchemy"
    [violation] = check_source(source, "qa_desk.services.x", "qa_desk/services/x.py")
    assert str(violation).startswith("qa_desk/services/x.py:7: imports sqlalchemy — ")
    assert "only qa_desk/storage/" in violation.rule


def test_relative_imports_are_resolved() -> None:
    # from a package __init__, one dot is the package itself; two dots its parent.
    known = {"qa_desk.storage.models", "qa_desk.services.audit"}
    source = "from . import models\nfrom ..services import audit\n"
    [violation] = check_source(
        source, "qa_desk.storage", "qa_desk/storage/__init__.py", is_package=True, known=known
    )
    assert violation.imported == "qa_desk.services.audit"
    assert violation.line == 2
