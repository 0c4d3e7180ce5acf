"""Errors below the UI are raised as translatable templates, never as ready-made English.

A ``QaDeskError`` takes an English template marked with ``QT_TRANSLATE_NOOP("Errors", ...)``
and its values as keyword parameters; the UI translates the template and fills it in
(``qa_desk.ui.messages.error_text``). An f-string, ``.format()`` or ``%`` message, or an
unmarked literal, would reach a Chinese user in English. This test reads the sources with
``ast`` (no imports, no Qt) and lists every such construction of an error.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "qa_desk"
LAYERS = ("domain", "storage", "services", "io")
MARKER = "QT_TRANSLATE_NOOP"
CONTEXT = "Errors"


def _sources() -> list[Path]:
    files = [p for layer in LAYERS for p in sorted((PACKAGE / layer).rglob("*.py"))]
    return [p for p in files if "migrations" not in p.parts]


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _sources()}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """QaDeskError and every class that derives from it in the scanned sources."""
    names = {"QaDeskError"}
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in cls.bases}
            if cls.name not in names and bases & names:
                names.add(cls.name)
                grew = True
    return names


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_marker(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _called_name(node) == MARKER


def _problem(message: ast.expr) -> str | None:
    """Why ``message`` (an error's first argument) is not a template, or None."""
    if isinstance(message, ast.JoinedStr):
        return "an f-string"
    if isinstance(message, ast.Call) and _called_name(message) == "format":
        return "a .format() call"
    if isinstance(message, ast.BinOp) and isinstance(message.op, ast.Mod | ast.Add):
        return "a message built with % or +"
    if isinstance(message, ast.Constant) and isinstance(message.value, str) and message.value:
        return f"a literal not marked with {MARKER}({CONTEXT!r}, ...)"
    return None


def _template_of(message: ast.expr) -> str | None:
    """The template text when ``message`` is a QT_TRANSLATE_NOOP call with literal strings."""
    if _is_marker(message):
        args = message.args  # type: ignore[attr-defined]
        if len(args) == 2 and all(isinstance(a, ast.Constant) for a in args):
            return str(args[1].value)
    return None


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"  # type: ignore[attr-defined]


def test_errors_are_raised_with_marked_templates() -> None:
    trees = _trees()
    errors = _error_classes(trees)
    assert {"ValidationError", "DatabaseError", "ImportFileError"} <= errors
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called_name(node) in errors and node.args):
                continue
            why = _problem(node.args[0])
            if why is not None:
                found.append(f"{_where(path, node)}: {_called_name(node)} with {why}")
    assert found == [], "\n".join(found)


def test_template_placeholders_are_given_as_parameters() -> None:
    """``raise X(QT_TRANSLATE_NOOP("Errors", "... {name} ..."), name=...)`` names them all."""
    trees = _trees()
    errors = _error_classes(trees)
    formatter = string.Formatter()
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called_name(node) in errors and node.args):
                continue
            template = _template_of(node.args[0])
            if template is None:
                continue
            if any(k.arg is None for k in node.keywords):
                continue  # **params: checked when it runs
            wanted = {f for _, f, _, _ in formatter.parse(template) if f is not None}
            given = {k.arg for k in node.keywords}
            if wanted - given:
                found.append(f"{_where(path, node)}: no value for {sorted(wanted - given)}")
    assert found == [], "\n".join(found)


def test_error_markers_use_the_errors_context() -> None:
    """Templates handed to errors are looked up in the "Errors" context by error_text."""
    trees = _trees()
    errors = _error_classes(trees)
    found = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in errors and node.args:
                marker = node.args[0]
                if _is_marker(marker):
                    context = marker.args[0]  # type: ignore[attr-defined]
                    if not (isinstance(context, ast.Constant) and context.value == CONTEXT):
                        found.append(_where(path, node))
    assert found == [], "\n".join(found)


def test_the_check_finds_what_it_is_meant_to_find() -> None:
    """The rules above on a small sample, so that a silent pass means something."""
    sample = ast.parse(
        "raise ConflictError(f'The code {code} is taken.')\n"
        "raise NotFound('No such thing.')\n"
        "raise DatabaseError('Cannot open {0}'.format(path))\n"
        "raise ValidationError(QT_TRANSLATE_NOOP('Errors', 'Too long.'), 'name')\n"
        "raise ValidationError(messages.empty, 'name')\n"
    )
    calls = [stmt.exc for stmt in sample.body if isinstance(stmt, ast.Raise)]
    verdicts = [_problem(c.args[0]) for c in calls if isinstance(c, ast.Call)]
    assert verdicts[:3] == [
        "an f-string",
        f"a literal not marked with {MARKER}({CONTEXT!r}, ...)",
        "a .format() call",
    ]
    assert verdicts[3:] == [None, None]
