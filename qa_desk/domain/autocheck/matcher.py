"""One combined matcher per role: every phrase and regular expression of a rule set, found
in one scan of a conversation and handed to the rules that own them.

The texts of one role in a conversation are joined with line breaks and scanned together,
so the cost of a scan is paid once per conversation rather than once per message; offsets
are mapped back to turns afterwards. Nothing a rule looks for can reach across a line
break: phrases are single lines, and expressions that could (or that look at the ends of a
text with ``^``/``$``) run on each message alone instead — only on the messages holding a
character every match needs.

Phrases (case-insensitive) go into a single regular expression shaped as a trie, so the
engine follows one path per position instead of trying each phrase in turn, and takes the
longest phrase at a position. Its first characters are plain literals, which lets ``re``
skip positions where no phrase can begin. Which rules own a matched phrase is one dict
lookup. Each rule gets exactly the hits it would get if its own words were scanned alone
(leftmost-longest, non-overlapping), even where the lists of two rules overlap
("不归我们管" inside "这个不归我们管"): after a match the scan resumes inside it whenever
some other phrase could start there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

try:  # the parser behind ``re``, used only to judge patterns; without it all run per text
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_parse = None

# A hit: (turn index, start, end), kept per "source" (one rule's word list).
Hit = tuple[int, int, int]
SEPARATOR = "\n"  # between the joined texts of a role
_GATE_LIMIT = 256  # characters; a bigger set says too little to be worth testing


@dataclass(frozen=True)
class Source:
    """The words of one rule: phrases (case-insensitive) and regular expressions."""

    id: int
    phrases: tuple[str, ...]
    regexes: tuple[str, ...]


# ------------------------------------------------------------------ phrase trie
def trie_pattern(phrases: Iterable[str]) -> str:
    """A regular expression matching any of ``phrases`` ignoring case, longest first.

    ``您好 / 您的 / hello`` become ``您(?i:好|的)|h(?i:ello)|H(?i:ello)``: every top-level
    branch starts with a literal character (both cases spelled out), which lets ``re`` skip
    straight to the positions where some phrase can begin.
    """
    root: dict[str, dict] = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for ch in phrase.lower():
            node = node.setdefault(ch, {})
        node[""] = {}  # "" marks the end of a phrase: no character equals it
    branches = []
    for ch, child in root.items():
        rest = _node_pattern(child)
        scoped = f"(?i:{rest})" if rest else ""
        for variant in dict.fromkeys((ch, ch.upper(), ch.title())):
            if len(variant) == 1:
                branches.append(re.escape(variant) + scoped)
    return "|".join(branches)


def _node_pattern(node: dict[str, dict]) -> str:
    # As deep as the longest phrase; packs cap entries at 200 characters.
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # A phrase ends here and longer ones go on: the greedy "?" tries the longer first.
        if len(branches) == 1:
            body = "(?:" + body + ")"
        return body + "?"
    return body


def _resume_offset(
    key: str,
    entries: Sequence[tuple[int, int]],
    owners: dict[int, set[str]],
    prefixes: dict[int, set[str]],
) -> int:
    """Where, inside a match of ``key``, the scan must look again: the first offset at
    which some source could have a hit of its own; ``len(key)`` when there is none.

    A phrase can start at offset i only if it agrees with ``key[i:]`` (one is a prefix of
    the other), and a source cares only if its own hit at the start (``entries``) ended at
    or before i. ``prefixes`` holds every prefix of every phrase, by source.
    """
    took = dict(entries)
    for i in range(1, len(key)):
        tail = key[i:]
        for source_id, own in owners.items():
            if took.get(source_id, 0) > i:
                continue  # that source's own hit covers offset i
            if tail in prefixes[source_id] or any(tail[:n] in own for n in range(1, len(tail))):
                return i
    return len(key)


# ------------------------------------------------------------------ judging expressions
def _parse(pattern: str) -> Any:
    if _sre_parse is None:
        return None
    try:
        return _sre_parse.parse(pattern)
    except Exception:  # bad patterns are reported where they are entered
        return None


def _chars_of(items: list, ignorecase: bool) -> frozenset[str] | None:
    """The characters a literal or a character class may match, if few and knowable."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE":
            low, high = av
            if high - low > _GATE_LIMIT:
                return None
            out.update(chr(c) for c in range(low, high + 1))
        else:  # NEGATE, CATEGORY (\d is every script's digits), ...
            return None
    if ignorecase and any(c.lower() != c.upper() for c in out):
        return None  # case folding has surprises (ſ matches s): do not guess
    return frozenset(out) if len(out) <= _GATE_LIMIT else None


def _ignorecase(flags: int, add_flags: int = 0, del_flags: int = 0) -> bool:
    return bool((flags | add_flags) & re.IGNORECASE) and not del_flags & re.IGNORECASE


def _sequence_needs(items: list, ignorecase: bool) -> list[frozenset[str]]:
    """For each element of a sequence that every match must consume, its characters."""
    needs: list[frozenset[str]] = []
    for op, av in items:
        name = str(op)
        chars: frozenset[str] | None = None
        if name == "LITERAL":
            chars = _chars_of([(op, av)], ignorecase)
        elif name == "IN":
            chars = _chars_of(av, ignorecase)
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            flags = re.IGNORECASE if ignorecase else 0
            needs.extend(_sequence_needs(sub.data, _ignorecase(flags, add_flags, del_flags)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            if low >= 1:
                needs.extend(_sequence_needs(sub.data, ignorecase))
        elif name == "ATOMIC_GROUP":
            needs.extend(_sequence_needs(av.data, ignorecase))
        elif name == "BRANCH":
            union: set[str] = set()
            for alternative in av[1]:
                best = _smallest(_sequence_needs(alternative.data, ignorecase))
                if best is None:
                    union = set()
                    break
                union |= best
            if union and len(union) <= _GATE_LIMIT:
                chars = frozenset(union)
        if chars:
            needs.append(chars)
    return needs


# Characters found in most customer-service messages: a gate on them lets nearly every
# text through, so a set without them is preferred even if it is a little larger.
_COMMON = frozenset(
    "的了是我你您不在有好这个们吗吧啊呢嗯哦一下请问帮查询快递单号已经为给和就也都到要会可以"
    "没还说能么什那就上时对大中来去看过得着把被让从"
)


def _smallest(needs: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several needed sets: fewest common characters, then fewest."""
    if not needs:
        return None
    return min(needs, key=lambda chars: (len(chars & _COMMON), len(chars)))


def regex_need(pattern: str) -> frozenset[str] | None:
    """A set of characters every non-empty match of ``pattern`` contains one of (the
    smallest such set found); None when none can be worked out."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    try:
        return _smallest(_sequence_needs(parsed.data, _ignorecase(parsed.state.flags)))
    except Exception:  # an internal API: if its shape changes, the pattern just runs always
        return None


# Categories of character classes that include a line break.
_NEWLINE_CATEGORIES = frozenset(
    {
        "CATEGORY_SPACE",
        "CATEGORY_NOT_DIGIT",
        "CATEGORY_NOT_WORD",
        "CATEGORY_LINEBREAK",
        "CATEGORY_LOC_NOT_WORD",
        "CATEGORY_UNI_SPACE",
        "CATEGORY_UNI_NOT_DIGIT",
        "CATEGORY_UNI_NOT_WORD",
        "CATEGORY_UNI_LINEBREAK",
    }
)
_SAFE_AT = frozenset(
    {
        "AT_BOUNDARY",
        "AT_NON_BOUNDARY",
        "AT_LOC_BOUNDARY",
        "AT_LOC_NON_BOUNDARY",
        "AT_UNI_BOUNDARY",
        "AT_UNI_NON_BOUNDARY",
    }
)


def _class_takes_newline(items: list) -> bool:
    negate = False
    inside = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            inside |= av == 10
        elif name == "RANGE":
            inside |= av[0] <= 10 <= av[1]
        elif name == "CATEGORY":
            inside |= str(av) in _NEWLINE_CATEGORIES
        else:
            return True  # something unknown: assume the worst
    return inside != negate


def _joinable_items(items: list, dotall: bool) -> bool:
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            if av == 10:
                return False
        elif name == "NOT_LITERAL":
            if av != 10:
                return False
        elif name == "ANY":
            if dotall:
                return False
        elif name == "IN":
            if _class_takes_newline(av):
                return False
        elif name == "AT":
            if str(av) not in _SAFE_AT:
                return False  # ^ $ \A \Z see the ends of the whole joined text
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _joinable_items(av[2].data, dotall):
                return False
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            inner = bool((add_flags & re.DOTALL) or dotall) and not del_flags & re.DOTALL
            if not _joinable_items(sub.data, inner):
                return False
        elif name == "BRANCH":
            if not all(_joinable_items(alt.data, dotall) for alt in av[1]):
                return False
        elif name in ("ASSERT", "ASSERT_NOT"):
            if not _joinable_items(av[1].data, dotall):
                return False
        elif name == "ATOMIC_GROUP":
            if not _joinable_items(av.data, dotall):
                return False
        elif name == "GROUPREF_EXISTS":
            _group, yes, no = av
            if not _joinable_items(yes.data, dotall) or (
                no is not None and not _joinable_items(no.data, dotall)
            ):
                return False
        elif name != "GROUPREF":  # a back-reference repeats what its group took
            return False
    return True


def joinable(pattern: str) -> bool:
    """Whether ``pattern`` finds the same matches in texts joined by line breaks as in each
    text alone: it never consumes a line break and does not look at the ends of the text.
    (A look-around that cannot match a line break sees the separator just as it would see
    the end of a text alone: as nothing it can match.)"""
    parsed = _parse(pattern)
    if parsed is None:
        return False
    try:
        return _joinable_items(parsed.data, bool(parsed.state.flags & re.DOTALL))
    except Exception:  # an internal API: if its shape changes, scan per text
        return False


def self_gated(pattern: str) -> bool:
    """Whether ``re`` itself skips to the places ``pattern`` can match: it starts with a
    literal or a small character class, or is anchored at the start."""
    parsed = _parse(pattern)
    if parsed is None or not parsed.data:
        return False
    try:
        return _starts_plainly(parsed.data, _ignorecase(parsed.state.flags))
    except Exception:  # an internal API: if its shape changes, treat it as not gated
        return False


def _starts_plainly(items: list, ignorecase: bool) -> bool:
    # What ``re`` turns into a prefix it searches for: a literal, a class, a group starting
    # so, or alternatives that each start with a literal.
    if not items:
        return False
    op, av = items[0]
    name = str(op)
    if name == "LITERAL":
        return _chars_of([(op, av)], ignorecase) is not None
    if name == "IN":
        return _chars_of(av, ignorecase) is not None
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        flags = re.IGNORECASE if ignorecase else 0
        return _starts_plainly(sub.data, _ignorecase(flags, add_flags, del_flags))
    if name == "BRANCH":
        return all(
            bool(alt.data)
            and str(alt.data[0][0]) == "LITERAL"
            and _chars_of([alt.data[0]], ignorecase) is not None
            for alt in av[1]
        )
    return name == "AT" and str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING")


# ------------------------------------------------------------------ the matcher
@dataclass(frozen=True)
class _Expression:
    source: int
    pattern: re.Pattern[str]
    need: frozenset[str] | None  # a text without any of these cannot match (None: unknown)


class RoleMatcher:
    """Every source of one role; ``scan`` finds all their hits in a role's texts at once."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = frozenset(s.id for s in sources)
        self._init_phrases(sources)
        self._init_regexes(sources)

    def _init_phrases(self, sources: Sequence[Source]) -> None:
        owners: dict[int, set[str]] = {}
        for source in sources:
            lowered = {p.lower() for p in source.phrases if p and SEPARATOR not in p}
            if lowered:
                owners[source.id] = lowered
        keys: set[str] = set().union(*owners.values()) if owners else set()
        self._search: re.Pattern[str] | None = None
        # matched phrase (lower case) -> (((source, length of its longest phrase here), ...),
        # the offset inside the match where the scan goes on)
        self._table: dict[str, tuple[tuple[tuple[int, int], ...], int]] = {}
        if not keys:
            return
        self._search = re.compile(trie_pattern(keys))
        prefixes = {
            source_id: {p[:n] for p in own for n in range(1, len(p) + 1)}
            for source_id, own in owners.items()
        }
        for key in keys:
            entries = []
            for source_id, own in owners.items():
                for length in range(len(key), 0, -1):
                    if key[:length] in own:
                        entries.append((source_id, length))
                        break
            self._table[key] = (tuple(entries), _resume_offset(key, entries, owners, prefixes))

    def _init_regexes(self, sources: Sequence[Source]) -> None:
        # Three ways to run an expression:
        # - over the joined texts, when that finds the same matches and ``re`` skips ahead
        #   to where it can start by itself (it starts with a literal or a class);
        # - text by text, only on texts holding a character every match needs: one search
        #   for any such character of any of these expressions finds the next text to try;
        # - over the joined texts, or else text by text, when nothing better is known.
        self._joined: list[_Expression] = []
        self._gated: list[_Expression] = []
        self._every: list[_Expression] = []  # text by text, on every text
        # Sources whose hits may overlap within a turn (a phrase and an expression, or two
        # expressions, matching the same words): sorted and de-overlapped after a scan.
        self._mixed: set[int] = set()
        for source in sources:
            usable = []
            for text in source.regexes:
                try:
                    usable.append((text, re.compile(text)))
                except (re.error, RecursionError, OverflowError):
                    continue  # validated when the rule was compiled; never here
            if usable and (source.phrases or len(usable) > 1):
                self._mixed.add(source.id)
            for text, compiled in usable:
                expression = _Expression(source.id, compiled, regex_need(text))
                together = joinable(text)
                if together and self_gated(text):
                    self._joined.append(expression)
                elif expression.need is not None:
                    self._gated.append(expression)
                elif together:
                    self._joined.append(expression)
                else:
                    self._every.append(expression)
        needed = sorted(set().union(*(e.need or () for e in self._gated)))
        self._gate = (
            re.compile("[" + "".join(re.escape(c) for c in needed) + "]") if needed else None
        )

    # -------------------------------------------------------------- scanning
    def scan(
        self,
        indexes: Sequence[int],
        texts: Sequence[str],
        starts: Sequence[int],
        out: dict[int, list[Hit]],
    ) -> None:
        """Add the hits in ``texts`` (of turns ``indexes``) to ``out`` by source.

        ``starts[k]`` is where text k begins in the texts joined by SEPARATOR.
        """
        joined = texts[0] if len(texts) == 1 else SEPARATOR.join(texts)
        touched: list[int] = []  # sources that got hits, once per phrase scan or expression
        if self._search is not None:
            m = self._search.search(joined)
            if m is not None:
                self._phrase_hits(m, joined, indexes, starts, out, touched)
        for expression in self._joined:
            self._joined_hits(expression, joined, indexes, starts, out, touched)
        if self._gate is not None:
            self._gated_hits(joined, indexes, texts, starts, out, touched)
        for expression in self._every:
            for k, text in enumerate(texts):
                _text_hits(expression, text, indexes[k], out, touched)
        if len(touched) > 1 and self._mixed:
            # Two scans gave hits to one source: put them in order, without overlaps.
            seen: set[int] = set()
            for source_id in touched:
                if source_id in seen and source_id in self._mixed:
                    out[source_id] = _non_overlapping(out[source_id])
                seen.add(source_id)

    def _gated_hits(
        self,
        joined: str,
        indexes: Sequence[int],
        texts: Sequence[str],
        starts: Sequence[int],
        out: dict[int, list[Hit]],
        touched: list[int],
    ) -> None:
        search = self._gate.search  # type: ignore[union-attr]
        count = len(texts)
        k = 0
        while k < count:
            g = search(joined, starts[k])
            if g is None:
                return
            position = g.start()
            while k + 1 < count and position >= starts[k + 1]:
                k += 1
            text = texts[k]
            for expression in self._gated:
                if not expression.need.isdisjoint(text):  # type: ignore[union-attr]
                    _text_hits(expression, text, indexes[k], out, touched)
            k += 1

    def _phrase_hits(
        self,
        m: re.Match[str] | None,
        joined: str,
        indexes: Sequence[int],
        starts: Sequence[int],
        out: dict[int, list[Hit]],
        touched: list[int],
    ) -> None:
        search = self._search.search  # type: ignore[union-attr]
        table = self._table
        found: dict[int, int] = {}  # source -> end of its last accepted hit
        k = 0
        last = len(starts) - 1
        while m is not None:
            key = m.group()
            start = m.start()
            entry = table.get(key)
            if entry is None:
                entry = table.get(key.lower())
                if entry is None:  # a case-folded form with no key: nothing to count
                    m = search(joined, start + 1)
                    continue
            while k < last and start >= starts[k + 1]:
                k += 1
            entries, resume = entry
            for source_id, length in entries:
                if start >= found.get(source_id, 0):
                    found[source_id] = start + length
                    hits = out.get(source_id)
                    if hits is None:
                        out[source_id] = hits = []
                    base = starts[k]
                    hits.append((indexes[k], start - base, start + length - base))
            m = search(joined, start + resume)
        touched.extend(found)

    @staticmethod
    def _joined_hits(
        expression: _Expression,
        joined: str,
        indexes: Sequence[int],
        starts: Sequence[int],
        out: dict[int, list[Hit]],
        touched: list[int],
    ) -> None:
        k = 0
        last = len(starts) - 1
        hits: list[Hit] | None = None
        for m in expression.pattern.finditer(joined):
            start, end = m.span()
            if end == start:
                continue  # an empty match marks nothing
            while k < last and start >= starts[k + 1]:
                k += 1
            if hits is None:
                hits = out.get(expression.source)
                if hits is None:
                    out[expression.source] = hits = []
            hits.append((indexes[k], start - starts[k], end - starts[k]))
        if hits is not None:
            touched.append(expression.source)


def _text_hits(
    expression: _Expression, text: str, index: int, out: dict[int, list[Hit]], touched: list[int]
) -> None:
    """The matches of ``expression`` in one text (turn ``index``)."""
    hits: list[Hit] | None = None
    for m in expression.pattern.finditer(text):
        start, end = m.span()
        if end > start:  # an empty match marks nothing
            if hits is None:
                hits = out.get(expression.source)
                if hits is None:
                    out[expression.source] = hits = []
                touched.append(expression.source)
            hits.append((index, start, end))


def _non_overlapping(hits: list[Hit]) -> list[Hit]:
    """A source's hits in text order, with overlaps dropped: where a phrase and an
    expression (or two expressions) of one rule match the same words, the earlier (then
    longer) match counts once."""
    kept: list[Hit] = []
    last_turn = last_end = -1
    for hit in sorted(hits, key=lambda h: (h[0], h[1], -h[2])):
        if hit[0] != last_turn:
            last_turn, last_end = hit[0], -1
        if hit[1] >= last_end:
            kept.append(hit)
            last_end = hit[2]
    return kept
