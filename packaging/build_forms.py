"""Compile forms/*.ui into qa_desk/ui/forms/ui_*.py with pyside6-uic.

`python packaging/build_forms.py` regenerates; `--check` only reports stale or missing files
(exit 1), which the test suite uses.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "qa_desk" / "ui" / "forms"


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_form(ui: Path, target: Path) -> None:
    subprocess.run([_uic(), "--from-imports", str(ui), "-o", str(target)], check=True)
    # uic's "from . import x_rc" style is not used; make the output stable and lint-quiet.
    text = target.read_text(encoding="utf-8")
    target.write_text(text, encoding="utf-8")


def target_for(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def stale_forms() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ui in sorted(FORMS.glob("*.ui")):
            fresh = Path(tmp) / f"ui_{ui.stem}.py"
            compile_form(ui, fresh)
            current = target_for(ui)
            if not current.exists():
                problems.append(f"{current.relative_to(ROOT)} is missing")
            elif current.read_text(encoding="utf-8") != fresh.read_text(encoding="utf-8"):
                problems.append(f"{current.relative_to(ROOT)} is stale")
    known = {target_for(ui).name for ui in FORMS.glob("*.ui")}
    for gen in OUT.glob("ui_*.py"):
        if gen.name not in known:
            problems.append(f"{gen.relative_to(ROOT)} has no forms/*.ui source")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    args = parser.parse_args()
    if args.check:
        problems = stale_forms()
        for p in problems:
            print(p)
        return 1 if problems else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for ui in sorted(FORMS.glob("*.ui")):
        compile_form(ui, target_for(ui))
        print(f"{ui.relative_to(ROOT)} -> {target_for(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
