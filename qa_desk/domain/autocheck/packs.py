"""Rule packs: the editable word lists the phrase rules use.

A pack is plain text, one entry per line: a phrase, or a regular expression after ``re:``.
Lines starting with ``#`` are comments and blank lines are ignored, so a pack documents
itself. The shipped packs live in ``resources/rulepacks/<name>.txt``; administrators' edits
are stored in the database and handed to ``compile_ruleset`` in their place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa_desk.domain.checklist import RESOURCES
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

PACKS_DIR = RESOURCES / "rulepacks"
PACK_NAMES: tuple[str, ...] = (
    "forbidden",
    "buck_passing",
    "greeting",
    "closing",
    "hold",
    "risk",
    "privacy",
)
REGEX_PREFIX = "re:"
COMMENT = "#"
MAX_ENTRY = 200  # characters; a longer line is a pasting accident, not a phrase
_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class RulePack:
    name: str
    phrases: tuple[str, ...]
    regexes: tuple[str, ...]


def check_regex(text: str) -> str | None:
    """Why ``text`` is not usable as a rule's regular expression, or None.

    Besides syntax, a pattern that matches empty text would "hit" everywhere.
    """
    try:
        compiled = re.compile(text)
    except (re.error, RecursionError, OverflowError) as exc:
        return str(exc)
    if compiled.fullmatch(""):
        return "matches empty text"
    return None


def valid_pack_name(name: str) -> bool:
    """Pack names are short identifiers (lower case, digits, underscores)."""
    return bool(_NAME.fullmatch(name))


def parse_pack(name: str, text: str) -> RulePack:
    """The entries of pack ``name`` from its ``text``.

    Raises ValidationError naming the line for a bad regular expression or an overlong line.
    Duplicate entries are kept once, in first-seen order.
    """
    phrases: dict[str, None] = {}
    regexes: dict[str, None] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(COMMENT):
            continue
        if len(line) > MAX_ENTRY:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Rule pack {pack}, line {line}: longer than {limit} characters."
                ),
                "content",
                pack=name,
                line=number,
                limit=MAX_ENTRY,
            )
        if line.startswith(REGEX_PREFIX):
            pattern = line[len(REGEX_PREFIX) :].strip()
            reason = check_regex(pattern) if pattern else "empty"
            if reason is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Rule pack {pack}, line {line}: bad regular expression: {reason}"
                    ),
                    "content",
                    pack=name,
                    line=number,
                    reason=reason,
                )
            regexes[pattern] = None
        else:
            phrases[line] = None
    return RulePack(name, tuple(phrases), tuple(regexes))


def load_default_packs() -> dict[str, str]:
    """The shipped packs: name -> file text, from ``resources/rulepacks/*.txt``."""
    return {
        path.stem: path.read_text(encoding="utf-8")
        for path in sorted(PACKS_DIR.glob("*.txt"))
        if valid_pack_name(path.stem)
    }
