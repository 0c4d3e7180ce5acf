"""The rule types at work: each compiled rule turns one conversation into an Outcome.

A rule reads the turns and the hits the role matchers found for its word lists (see
``matcher``); it never scans text itself. Item rules answer pass/fail with a suggested score
in the item's points; flag rules answer pass/flag.

Evidence is given for what went wrong (and for flags); a pass carries its count and measure
but no evidence, since only non-passes are stored. Outcomes without evidence repeat a lot
(a pass with a first response of 12 s), so each rule keeps them in a small cache instead of
building a new one per conversation.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from qa_desk.domain.autocheck.matcher import Hit
from qa_desk.domain.autocheck.model import FAIL, FLAG, NA, PASS, Evidence, Outcome, Turn
from qa_desk.domain.checklist import ItemSpec

MAX_EVIDENCE = 50  # per outcome; ``occurrences`` still counts every hit
_CACHE_SIZE = 4096  # evidence-free outcomes kept per rule

# Waybill numbers of the common carriers: (what, characters it starts with, the rest).
# Letters and digits must not run on before or after: a number inside a longer number or
# word is something else.
WAYBILL_SHAPES: tuple[tuple[str, str, str], ...] = (
    ("顺丰 SF + 12–15 digits", "Ss", r"[Ff]\d{12,15}"),
    ("圆通 YT/YTO + 10–15 digits", "Yy", r"[Tt][Oo]?\d{10,15}"),
    ("极兔 JT + 10–15 digits", "Jj", r"[Tt]\d{10,15}"),
    ("中通 ZTO + 10–15 digits", "Zz", r"[Tt][Oo]\d{10,15}"),
    ("申通 STO + 10–15 digits", "Ss", r"[Tt][Oo]\d{10,15}"),
    ("韵达 YD + 10–15 digits", "Yy", r"[Dd]\d{10,15}"),
    ("德邦 DPK/DBL + 10–15 digits", "Dd", r"(?:[Pp][Kk]|[Bb][Ll])\d{10,15}"),
    ("跨越 KYE + 10–15 digits", "Kk", r"[Yy][Ee]\d{10,15}"),
    ("百世 HTKY + 10–15 digits", "Hh", r"[Tt][Kk][Yy]\d{10,15}"),
    ("宅急送 ZJS + 10–15 digits", "Zz", r"[Jj][Ss]\d{10,15}"),
    ("优速 UC + 10–15 digits", "Uu", r"[Cc]\d{10,15}"),
    ("京东 JD, JDV…, JDX… + 10–15 digits", "Jj", r"[Dd][A-Za-z]{0,3}\d{10,15}"),
    ("EMS international EA123456789CN", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", r"[A-Z]\d{9}[A-Z]{2}"),
    ("EMS: 13 digits starting 1 (a mobile number has 11)", "1", r"\d{12}"),
    ("中通, 韵达, 申通, 圆通 …: 10–15 digits starting 3–7 or 9", "345679", r"\d{9,14}"),
)


def _waybill_pattern() -> str:
    """One expression for every shape, each branch starting with a literal character, so
    that ``re`` skips straight to letters and digits; the boundary test comes right after
    that first character."""
    rests: dict[str, list[str]] = {}
    for _what, firsts, rest in WAYBILL_SHAPES:
        for ch in firsts:
            rests.setdefault(ch, []).append(rest)
    branches = [f"{ch}(?<![0-9A-Za-z]{ch})(?:{'|'.join(options)})" for ch, options in rests.items()]
    return "(?:" + "|".join(branches) + r")(?![0-9A-Za-z])"


WAYBILL_PATTERN = _waybill_pattern()

_SPOKEN = re.compile(r"[\W_]+")


def _points(value: Any) -> float | None:
    """A finite, non-negative number of points, or None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


class Scoring:
    """How one item turns a verdict into suggested points; None for flag rules."""

    __slots__ = ("kind", "low", "max_points", "per")

    def __init__(self, item: ItemSpec) -> None:
        # A draft may still hold nonsense (publishing refuses it): keep points in [0, max].
        self.kind = item.kind
        self.max_points = _points(item.max_points) or 0.0
        self.per = _points(item.per_occurrence)
        low = _points(item.levels[0]) if item.kind == "scale" and item.levels else None
        self.low = low or 0.0

    def points(self, verdict: str, breaches: int) -> float | None:
        top = self.max_points
        if verdict == NA:
            return None
        if verdict == PASS:
            return top
        if self.kind == "deduction":
            if self.per is None:
                return 0.0
            return min(top, max(0.0, top - self.per * max(breaches, 1)))
        return min(top, max(0.0, self.low))


class Rule:
    """One compiled rule of a rule set."""

    rule = ""
    counts = False  # the suggested deduction counts occurrences (else a failure is one)

    def __init__(
        self, key: str, item: ItemSpec | None, channels: frozenset[str], params: Mapping[str, Any]
    ) -> None:
        self.key = key
        self.item_code = item.code if item is not None else None
        self.scoring = Scoring(item) if item is not None else None
        self.channels = channels
        self.params = params
        self.na_channel = Outcome(key, self.rule, self.item_code, NA, None, 0, None, (), "channel")
        self.broken = Outcome(key, self.rule, self.item_code, NA, None, 0, None, (), "error")
        self._cache: dict[tuple[str, int, float | None, str], Outcome] = {}
        self.plain_pass = self.bare(PASS, 0, None)

    def bare(
        self, verdict: str, occurrences: int, measured: float | None, note: str = ""
    ) -> Outcome:
        """An Outcome without evidence, from the cache when it was built before."""
        key = (verdict, occurrences, measured, note)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            found = self._cache[key] = self.outcome(verdict, occurrences, measured, (), note)
        return found

    def outcome(
        self,
        verdict: str,
        occurrences: int,
        measured: float | None,
        evidence: Sequence[Evidence],
        note: str = "",
    ) -> Outcome:
        """The Outcome for a raw verdict: "fail" reads "flag" for a flag rule and the other
        way round for an item, and an item gets its suggested points."""
        scoring = self.scoring
        if scoring is None:
            if verdict == FAIL:
                verdict = FLAG
            suggested = None
        else:
            if verdict == FLAG:
                verdict = FAIL
            suggested = scoring.points(verdict, occurrences if self.counts else 1)
        return Outcome(
            self.key,
            self.rule,
            self.item_code,
            verdict,
            suggested,
            occurrences,
            measured,
            tuple(evidence[:MAX_EVIDENCE]),
            note,
        )

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        raise NotImplementedError


def _phrase_evidence(turns: Sequence[Turn], found: list[Hit], note: str = "") -> list[Evidence]:
    out = []
    for index, start, end in found[:MAX_EVIDENCE]:
        turn = turns[index]
        out.append(Evidence(turn.ref, turn.role, turn.text[start:end], start, end, None, note))
    return out


def _seconds(ms: float) -> float:
    return round(ms / 1000.0, 3)


# ------------------------------------------------------------------ phrase rules
class ForbiddenPhrases(Rule):
    """Any hit fails; a deduction item loses ``per_occurrence`` per hit."""

    rule = "forbidden_phrases"
    counts = True

    def __init__(self, *args: Any, source: int) -> None:
        super().__init__(*args)
        self.source = source

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        found = hits.get(self.source)
        if not found:
            return self.plain_pass
        return self.outcome(FAIL, len(found), None, _phrase_evidence(turns, found))


class RiskKeywords(ForbiddenPhrases):
    """Any hit flags the record (evidence per hit)."""

    rule = "risk_keywords"

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        found = hits.get(self.source)
        if not found:
            return self.plain_pass
        return self.outcome(FLAG, len(found), None, _phrase_evidence(turns, found))


class RequiredPhrases(Rule):
    """One of the phrases must appear within the first / last N agent turns (or any)."""

    rule = "required_phrases"

    def __init__(self, *args: Any, source: int) -> None:
        super().__init__(*args)
        self.source = source
        self.position = self.params["position"]
        self.turns = int(self.params["turns"])
        self.no_agent = self.bare(FAIL, 0, None, "no_agent_reply")

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        if not agents:
            return self.no_agent
        if self.position == "first":
            low, high = agents[0], agents[min(self.turns, len(agents)) - 1]
            missing_at = agents[0]
        elif self.position == "last":
            low, high = agents[-min(self.turns, len(agents))], agents[-1]
            missing_at = agents[-1]
        else:
            low, high, missing_at = agents[0], agents[-1], -1
        count = 0
        for hit in hits.get(self.source, ()):
            if low <= hit[0] <= high:
                count += 1
        if count:
            return self.bare(PASS, count, None)
        evidence = []
        if missing_at >= 0:
            turn = turns[missing_at]
            evidence.append(Evidence(turn.ref, turn.role, note="missing"))
        return self.outcome(FAIL, 0, None, evidence, "missing")


class WaybillPresent(Rule):
    """A waybill-looking number in any scanned turn passes."""

    rule = "waybill_present"

    def __init__(self, *args: Any, source: int) -> None:
        super().__init__(*args)
        self.source = source
        self.missing = self.bare(FAIL, 0, None, "missing")

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        found = hits.get(self.source)
        if not found:
            return self.missing
        return self.bare(PASS, len(found), None)


# ------------------------------------------------------------------ chat timing
class FirstResponse(Rule):
    """From the first customer message to the first agent message after it."""

    rule = "first_response"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.limit_ms = float(self.params["limit_s"]) * 1000.0
        self.no_customer = self.bare(NA, 0, None, "no_customer")
        self.no_time = self.bare(NA, 0, None, "no_time")

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        asked: int | None = None  # the first known time of the customer's waiting
        first = -1
        for index, (ref, role, _text, at, _end) in enumerate(turns):
            if role == "customer":
                if first < 0:
                    first = index
                if asked is None:
                    asked = at
            elif role == "agent" and first >= 0:
                if asked is None or at is None:
                    return self.no_time
                ms = max(0.0, float(at - asked))
                seconds = _seconds(ms)
                if ms > self.limit_ms:
                    evidence = (Evidence(ref, role, measured=seconds, note="late"),)
                    return self.outcome(FAIL, 1, seconds, evidence, "late")
                return self.bare(PASS, 0, seconds)
        if first < 0:
            return self.no_customer
        waiting = turns[first]
        evidence = (Evidence(waiting.ref, waiting.role, note="no_agent_reply"),)
        return self.outcome(FAIL, 1, None, evidence, "no_agent_reply")


class ReplyGap(Rule):
    """Each customer wait longer than the limit for the next agent message is a breach.

    A wait runs from the first unanswered customer message. The wait for the agent's first
    answer is the first_response rule's and is not counted again here, nor is a last
    customer message the conversation ended on (a "thanks" needs no answer).
    """

    rule = "reply_gap"
    counts = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.limit_ms = float(self.params["limit_s"]) * 1000.0

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        limit = self.limit_ms
        waiting: int | None = None
        answered = False  # the agent has answered the customer once (first response)
        customer = False
        worst = -1.0
        evidence: list[Evidence] = []
        for ref, role, _text, at, _end in turns:
            if role == "customer":
                customer = True
                if waiting is None:
                    waiting = at
            elif role == "agent":
                if not answered:
                    answered = customer
                elif waiting is not None and at is not None:
                    ms = float(at - waiting)
                    if ms > worst:
                        worst = ms
                    if ms > limit:
                        evidence.append(Evidence(ref, role, measured=_seconds(ms), note="gap"))
                waiting = None
        if worst < 0:
            return self.plain_pass
        measured = _seconds(worst)
        if evidence:
            return self.outcome(FAIL, len(evidence), measured, evidence)
        return self.bare(PASS, 0, measured)


# ------------------------------------------------------------------ call timing
class CallSilence(Rule):
    """A gap between utterances (previous end → next start) over the limit is a breach,
    unless the agent's last words before it asked the customer to hold and the gap is
    within ``hold_max_s``. A short customer reply ("好的") after the hold phrase does not
    cancel the hold."""

    rule = "call_silence"
    counts = True

    def __init__(self, *args: Any, source: int | None) -> None:
        super().__init__(*args)
        self.source = source
        self.limit_ms = float(self.params["limit_s"]) * 1000.0
        self.hold_ms = float(self.params["hold_max_s"]) * 1000.0

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        held = {h[0] for h in hits.get(self.source, ())} if self.source is not None else set()
        limit = self.limit_ms
        spoken_end: int | None = None  # the latest end of any utterance so far
        previous: list[int] = []  # the last two timed turns before the current one
        worst = -1.0
        evidence: list[Evidence] = []
        for index, (ref, role, _text, start, end) in enumerate(turns):
            if start is None:
                continue
            if end is None or end < start:
                end = start
            if spoken_end is not None:
                gap = float(start - spoken_end)
                if gap > limit:
                    hold = self._holding(turns, previous, held)
                    if not hold or gap > self.hold_ms:
                        worst = max(worst, gap)
                        note = "hold_too_long" if hold else "silence"
                        evidence.append(Evidence(ref, role, measured=_seconds(gap), note=note))
                elif gap > worst:
                    worst = gap
                spoken_end = max(spoken_end, end)
            else:
                spoken_end = end
            previous.append(index)
            if len(previous) > 2:
                del previous[0]
        if worst < 0:
            return self.plain_pass
        measured = _seconds(worst)
        if evidence:
            return self.outcome(FAIL, len(evidence), measured, evidence)
        return self.bare(PASS, 0, measured)

    @staticmethod
    def _holding(turns: Sequence[Turn], previous: list[int], held: set[int]) -> bool:
        """Whether the agent's latest words among the last two utterances hold the line."""
        for index in reversed(previous):
            if turns[index].role == "agent":
                return index in held
        return False


class Overtalk(Rule):
    """Utterances that start while another speaker is still talking, by at least
    ``min_overlap_s``; more than ``max_count`` flags the record."""

    rule = "overtalk"
    counts = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.min_ms = float(self.params["min_overlap_s"]) * 1000.0
        self.max_count = int(self.params["max_count"])

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        ends: dict[str, int] = {}  # speaker -> the latest end of their utterances
        worst = 0.0
        evidence: list[Evidence] = []
        minimum = self.min_ms
        for ref, role, _text, start, end in turns:
            if start is None:
                continue
            if end is None or end < start:
                end = start
            overlap = 0.0
            for other, other_end in ends.items():
                if other != role and other_end > start:
                    overlap = max(overlap, float(min(other_end, end) - start))
            if overlap > 0 and overlap >= minimum:
                worst = max(worst, overlap)
                evidence.append(Evidence(ref, role, measured=_seconds(overlap), note="overlap"))
            if end > ends.get(role, end - 1):
                ends[role] = end
        if not evidence:
            return self.plain_pass
        if len(evidence) > self.max_count:
            return self.outcome(FLAG, len(evidence), _seconds(worst), evidence)
        return self.bare(PASS, len(evidence), _seconds(worst))


class SpeechRate(Rule):
    """Agent characters (letters and digits, not punctuation) per minute of agent speech."""

    rule = "speech_rate"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.max_cpm = float(self.params["max_cpm"])
        self.min_cpm = float(self.params["min_cpm"])
        self.no_time = self.bare(NA, 0, None, "no_time")

    def evaluate(
        self, turns: Sequence[Turn], hits: dict[int, list[Hit]], agents: list[int]
    ) -> Outcome:
        chars = 0
        ms = 0
        fastest: tuple[float, Turn] | None = None
        slowest: tuple[float, Turn] | None = None
        for index in agents:
            turn = turns[index]
            start, end = turn[3], turn[4]
            if start is None or end is None or end <= start:
                continue
            spoken = len(_SPOKEN.sub("", turn[2]))
            length = end - start
            chars += spoken
            ms += length
            rate = spoken * 60000.0 / length
            if fastest is None or rate > fastest[0]:
                fastest = (rate, turn)
            if slowest is None or rate < slowest[0]:
                slowest = (rate, turn)
        if ms <= 0 or fastest is None or slowest is None:
            return self.no_time
        cpm = round(chars * 60000.0 / ms, 1)
        if cpm > self.max_cpm:
            rate, turn = fastest
            evidence = (Evidence(turn.ref, turn.role, measured=round(rate, 1), note="fast"),)
            return self.outcome(FLAG, 1, cpm, evidence, "fast")
        if cpm < self.min_cpm:
            rate, turn = slowest
            evidence = (Evidence(turn.ref, turn.role, measured=round(rate, 1), note="slow"),)
            return self.outcome(FLAG, 1, cpm, evidence, "slow")
        return self.bare(PASS, 0, cpm)


RULE_CLASSES: dict[str, type[Rule]] = {
    cls.rule: cls
    for cls in (
        ForbiddenPhrases,
        RequiredPhrases,
        FirstResponse,
        ReplyGap,
        CallSilence,
        Overtalk,
        SpeechRate,
        WaybillPresent,
        RiskKeywords,
    )
}
