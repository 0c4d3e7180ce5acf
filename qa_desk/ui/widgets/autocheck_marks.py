"""Automatic-check hits in a conversation: where they are in a line's text, and how they look.

The chat bubbles and the call transcript paint the same way: the matched words get a
background, the line a small coloured marker, and the hits of the check the reader is
looking at a stronger background than the others. Offsets from the checks count Python
characters of the stored text; the painted text counts UTF-16 units of its displayable
form (``text_layout.displayable``), so spans are converted once, when the hits are set.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QTextCharFormat, QTextLayout

from qa_desk.ui.widgets.text_layout import displayable, utf16_length

FAIL = "fail"
FLAG = "flag"
PASS = "pass"
NOT_APPLICABLE = "n/a"
# The verdicts that mark a line, worst first.
MARKING = (FAIL, FLAG)

# (background, text) of each verdict, shared by the checks panel and the conversation.
VERDICT_COLOURS: dict[str, tuple[QColor, QColor]] = {
    FAIL: (QColor("#fde4df"), QColor("#b42318")),
    FLAG: (QColor("#fff1d6"), QColor("#8a5a00")),
    PASS: (QColor("#dcf3ea"), QColor("#137a52")),
    NOT_APPLICABLE: (QColor("#e8ebf0"), QColor("#56606e")),
}
MARKER_COLOURS = {FAIL: QColor("#e5484d"), FLAG: QColor("#e8a317")}
_HIT_BG = QColor("#fff1b8")  # a hit of another check than the one being looked at
_FOCUS_BG = QColor("#ffc53d")  # a hit of the check being looked at
FOCUS_RING = QColor("#e8a317")


@dataclass(frozen=True)
class TextHit:
    """One check's hit on one line: ``start``/``end`` in the painted text (UTF-16 units of
    the displayable text), or -1 when the hit is about the line, not words in it (a wait)."""

    key: str
    verdict: str
    start: int = -1
    end: int = -1

    @property
    def has_span(self) -> bool:
        return 0 <= self.start < self.end


def shown_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets ``[start, end)`` of ``text`` as offsets of its painted form, or
    None when they do not fit the text (a check of another version of the line)."""
    if not 0 <= start < end <= len(text):
        return None
    before = utf16_length(displayable(text[:start]))
    return before, before + utf16_length(displayable(text[start:end]))


def make_hit(key: str, verdict: str, text: str, start: int, end: int) -> TextHit:
    span = shown_span(text, start, end) if start >= 0 else None
    if span is None:
        return TextHit(key, verdict)
    return TextHit(key, verdict, span[0], span[1])


def worst_verdict(hits: Iterable[TextHit]) -> str | None:
    """The verdict a line's marker shows: a failure before a flag; None without hits."""
    verdicts = {h.verdict for h in hits}
    return next((v for v in MARKING if v in verdicts), None)


def highlight_ranges(
    hits: Sequence[TextHit], focus_key: str | None
) -> list[QTextLayout.FormatRange]:
    """Background ranges for the matched words; the focused check's on top (drawn last).

    What a passed check found (a greeting, a waybill number) shows only while that check
    is looked at: it is no finding."""
    ranges: list[QTextLayout.FormatRange] = []
    spans = [h for h in hits if h.has_span and (h.verdict in MARKING or h.key == focus_key)]
    for hit in sorted(spans, key=lambda h: h.key == focus_key):
        fmt = QTextCharFormat()
        fmt.setBackground(_FOCUS_BG if hit.key == focus_key else _HIT_BG)
        found = QTextLayout.FormatRange()
        found.start = hit.start
        found.length = hit.end - hit.start
        found.format = fmt
        ranges.append(found)
    return ranges


def paint_marker(painter: QPainter, rect: QRectF, verdict: str | None) -> None:
    """A small rounded bar in the verdict's colour (nothing for None)."""
    colour = MARKER_COLOURS.get(verdict or "")
    if colour is None:
        return
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    radius = min(rect.width(), rect.height()) / 2
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()
