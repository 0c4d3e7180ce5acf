"""The combined role matcher finds, for every rule, exactly what scanning the rule's own
words alone would find — however the word lists of different rules overlap."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.domain.autocheck.matcher import (
    RoleMatcher,
    Source,
    joinable,
    regex_need,
    self_gated,
    trie_pattern,
)


def test_the_trie_takes_the_longest_phrase_and_ignores_case() -> None:
    pattern = re.compile(trie_pattern(["您好", "您好呀", "hello", "Hi", "您"]))
    assert pattern.search("啊您好呀！").group() == "您好呀"  # type: ignore[union-attr]
    assert pattern.search("您好吗").group() == "您好"  # type: ignore[union-attr]
    assert pattern.search("HeLLo world").group() == "HeLLo"  # type: ignore[union-attr]
    assert pattern.search("say hI").group() == "hI"  # type: ignore[union-attr]
    assert pattern.search("nope") is None
    assert re.compile(trie_pattern(["a.b", "(x)"])).search("a.b (x)").group() == "a.b"  # type: ignore[union-attr]


def test_what_can_be_scanned_over_joined_texts() -> None:
    assert joinable(r"[你您](?<![为给][你您])找快递员")
    assert joinable(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?!\d)")
    assert joinable(r"祝[您你].{0,8}愉快")
    assert joinable(r"\bSF\d+\b")
    assert not joinable(r"^不知道$")  # looks at the ends of a text
    assert not joinable(r"投诉\s*电话")  # \s takes a line break
    assert not joinable(r"[^a]b")
    assert not joinable(r"(?s)a.b")
    assert not joinable(r"a\nb")


def test_needed_characters_and_self_gating() -> None:
    assert regex_need(r"(?<!\d)(?:12305|315)(?!\d)") == frozenset("13")
    assert regex_need(r"[你您](?:可以)?找(?:卖家|网点)") == frozenset("找")
    assert regex_need(r"\d+") is None
    assert regex_need(r"(?i)sb") is None  # case folding is not guessed at
    assert self_gated(r"[你您]x") and self_gated("不知道$") and self_gated("^亲")
    assert not self_gated(r"(?<!\d)315")


def test_two_rules_with_overlapping_phrases() -> None:
    matcher = RoleMatcher(
        [
            Source(0, ("不归我们管",), ()),
            Source(1, ("这个不归我们管",), ()),
            Source(2, ("请稍等", "稍等"), ()),
            Source(3, ("等着吧",), ()),
        ]
    )
    out: dict[int, list[tuple[int, int, int]]] = {}
    texts = ["这个不归我们管。", "请稍等着吧"]
    matcher.scan([4, 7], texts, [0, len(texts[0]) + 1], out)
    assert out == {0: [(4, 2, 7)], 1: [(4, 0, 7)], 2: [(7, 0, 3)], 3: [(7, 2, 5)]}


def test_a_phrase_and_an_expression_of_one_rule_count_once() -> None:
    matcher = RoleMatcher([Source(0, ("投诉",), (r"投诉\w*",))])
    out: dict[int, list[tuple[int, int, int]]] = {}
    matcher.scan([0], ["我要投诉你们"], [0], out)
    assert out == {0: [(0, 2, 6)]}


# ------------------------------------------------------------------ the property
ALPHABET = "ab不归我们管A1 \n"
REGEXES = [
    r"\d+",
    r"^a",
    r"b$",
    r"a\s?b",
    r"[^a]b",
    r"(?<!a)b",
    r"(?i)AB",
    r"(a)\1",
    r"a(?=b)",
    r"(?P<x>a)(?P=x)",
    r"不归?我",
    r"\bA",
    r"a?b?",
    r"管$|^归",
    r"(?s)a.b",
]


def _naive_phrases(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping, case-insensitive: the rule scanned alone."""
    lowered = sorted({p.lower() for p in phrases if p}, key=len, reverse=True)
    low = text.lower()
    hits = []
    position = 0
    while position < len(text):
        for phrase in lowered:
            if low.startswith(phrase, position):
                hits.append((position, position + len(phrase)))
                position += len(phrase)
                break
        else:
            position += 1
    return hits


def _naive(source: Source, texts: list[str]) -> list[tuple[int, int, int]]:
    channels = int(bool(source.phrases)) + len(source.regexes)
    out = []
    for k, text in enumerate(texts):
        found = [(k, a, b) for a, b in _naive_phrases(text, source.phrases)]
        for pattern in source.regexes:
            found += [(k, *m.span()) for m in re.finditer(pattern, text) if m.end() > m.start()]
        if channels > 1:
            kept, last = [], -1
            for hit in sorted(found, key=lambda h: (h[1], -h[2])):
                if hit[1] >= last:
                    kept.append(hit)
                    last = hit[2]
            found = kept
        out += sorted(found)
    return out


phrase = st.text(alphabet="ab不归我们管A", min_size=1, max_size=4)
sources = st.lists(
    st.tuples(
        st.lists(phrase, max_size=4).map(tuple),
        st.lists(st.sampled_from(REGEXES), max_size=2, unique=True).map(tuple),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=200, deadline=None)
@given(sources, st.lists(st.text(alphabet=ALPHABET, max_size=12), min_size=1, max_size=5))
def test_the_combined_matcher_equals_each_rule_scanned_alone(
    spec: list[tuple[tuple[str, ...], tuple[str, ...]]], texts: list[str]
) -> None:
    all_sources = [Source(i, p, r) for i, (p, r) in enumerate(spec)]
    matcher = RoleMatcher(all_sources)
    texts = [t for t in texts if t] or ["a"]
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    out: dict[int, list[tuple[int, int, int]]] = {}
    matcher.scan(list(range(len(texts))), texts, starts, out)
    for source in all_sources:
        assert sorted(out.get(source.id, [])) == _naive(source, texts), source
