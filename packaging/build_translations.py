"""Update the zh_CN catalogue from the sources and compile it.

Steps: pyside6-lupdate collects every tr()/translate() string of qa_desk/ and forms/ into
resources/translations/qa_desk_zh_CN.ts (existing translations are kept), then
pyside6-lrelease compiles it to qa_desk/ui/i18n/qa_desk_zh_CN.qm, which the app loads.
`--check` reports untranslated or stale entries and exits 1 (used by the tests).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "qa_desk" / "ui" / "i18n"
LANGUAGES = ("zh_CN",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "qa_desk").rglob("*.py") if "__pycache__" not in p.parts)
    files += sorted((ROOT / "forms").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def ts_path(lang: str) -> Path:
    return TS_DIR / f"qa_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"qa_desk_{lang}.qm"


def lupdate(ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            str(ts),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL
    )


def unfinished(ts: Path) -> list[str]:
    """Source strings with no finished translation, as ``context: 'source'``."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            done = (
                tr is not None
                and tr.get("type") is None
                and ((tr.text or "").strip() or tr.findall("numerusform"))
            )
            if not done:
                missing.append(f"{name}: {msg.findtext('source')!r}")
    return missing


def problems() -> list[str]:
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts = ts_path(lang)
            if not ts.exists():
                found.append(f"{ts.relative_to(ROOT)} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh)
            lupdate(fresh)
            for entry in unfinished(fresh):
                found.append(f"{lang}: untranslated {entry}")
            qm_fresh = Path(tmp) / f"{lang}.qm"
            lrelease(ts, qm_fresh)
            qm = qm_path(lang)
            if not qm.exists() or qm.read_bytes() != qm_fresh.read_bytes():
                found.append(f"{qm.relative_to(ROOT)} is stale: run make translations")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args()
    if args.check:
        found = problems()
        for p in found:
            print(p)
        return 1 if found else 0
    for lang in LANGUAGES:
        lupdate(ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        left = unfinished(ts_path(lang))
        print(f"{lang}: {len(left)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
