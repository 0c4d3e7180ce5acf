"""The automatic checks of one record as a two-level tree, and how their results read.

Top rows are the checks (verdict, label, what was measured); their children are the
evidence: the message or utterance, the words matched, the wait or silence measured. The
word lists' names and the verdicts are translated here too, for every screen that shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local
from qa_desk.ui.widgets.autocheck_marks import (
    FAIL,
    FLAG,
    NOT_APPLICABLE,
    PASS,
    VERDICT_COLOURS,
    TextHit,
    make_hit,
)
from qa_desk.ui.widgets.record_text import (
    format_duration,
    format_offset,
    role_label,
    speaker_label,
)

if TYPE_CHECKING:
    from qa_desk.services.autocheck import RecordCheck
    from qa_desk.services.records import RecordDetail

CONTEXT = "AutoCheck"
Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the check's rule key
REF_ROLE = Qt.ItemDataRole.UserRole + 2  # an evidence row's line (Evidence.ref); None on checks
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 3  # the check's verdict

_VERDICTS = {
    FAIL: QT_TRANSLATE_NOOP("AutoCheck", "Failed"),
    FLAG: QT_TRANSLATE_NOOP("AutoCheck", "Flagged"),
    PASS: QT_TRANSLATE_NOOP("AutoCheck", "Passed"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("AutoCheck", "N/A"),
}
# Problems first, then what passed, then what did not apply.
_VERDICT_ORDER = {FAIL: 0, FLAG: 1, PASS: 2, NOT_APPLICABLE: 3}

PACK_LABELS = {
    "forbidden": QT_TRANSLATE_NOOP("AutoCheck", "Forbidden language"),
    "buck_passing": QT_TRANSLATE_NOOP("AutoCheck", "Buck-passing"),
    "greeting": QT_TRANSLATE_NOOP("AutoCheck", "Greetings"),
    "closing": QT_TRANSLATE_NOOP("AutoCheck", "Closings"),
    "hold": QT_TRANSLATE_NOOP("AutoCheck", "Hold phrases"),
    "risk": QT_TRANSLATE_NOOP("AutoCheck", "Risk keywords"),
    "privacy": QT_TRANSLATE_NOOP("AutoCheck", "Privacy"),
}

_COLUMNS = (
    QT_TRANSLATE_NOOP("AutoCheck", "Result"),
    QT_TRANSLATE_NOOP("AutoCheck", "Check"),
    QT_TRANSLATE_NOOP("AutoCheck", "Finding"),
)

# Why a check did not apply, besides the channel.
_NA_NOTES = {
    "no_customer": QT_TRANSLATE_NOOP("AutoCheck", "No customer message"),
    "no_time": QT_TRANSLATE_NOOP("AutoCheck", "Times unknown"),
    "no_text": QT_TRANSLATE_NOOP("AutoCheck", "No text to check"),
}

_SNIPPET_BEFORE = 10  # characters shown before a match in an evidence row
_SNIPPET_LENGTH = 48
_ELLIPSIS = "…"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def verdict_label(verdict: str) -> str:
    return _tr(_VERDICTS[verdict]) if verdict in _VERDICTS else verdict


def pack_label(name: str) -> str:
    """A word list's name as users know it (forbidden → 禁用语); unknown names as they are."""
    return _tr(PACK_LABELS[name]) if name in PACK_LABELS else name


def _count(n: int, one: str, many: str) -> str:
    """``one`` for a single occurrence, else ``many`` with the number (English plurals)."""
    return _tr(one) if n == 1 else _tr(many).format(n)


def measured_text(check: RecordCheck, channel: str) -> str:
    """What a check measured or found, in words: "First response 45 s", "2 waits over
    the limit"; "" when there is nothing to add to the verdict."""
    rule, verdict, n, value = check.rule, check.verdict, check.occurrences, check.measured
    note = getattr(check, "note", "")
    if verdict == NOT_APPLICABLE:
        if note == "channel":
            if channel == "chat":
                return _tr(QT_TRANSLATE_NOOP("AutoCheck", "Not checked on chats"))
            if channel == "call":
                return _tr(QT_TRANSLATE_NOOP("AutoCheck", "Not checked on calls"))
        return _tr(_NA_NOTES[note]) if note in _NA_NOTES else ""
    if note == "no_agent_reply":
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "No agent reply"))
    if rule == "first_response":
        return (
            _tr(QT_TRANSLATE_NOOP("AutoCheck", "First response {0}")).format(format_duration(value))
            if value is not None
            else ""
        )
    if rule == "reply_gap":
        if not n:
            return _tr(QT_TRANSLATE_NOOP("AutoCheck", "No long waits"))
        text = _count(
            n,
            QT_TRANSLATE_NOOP("AutoCheck", "1 wait over the limit"),
            QT_TRANSLATE_NOOP("AutoCheck", "{0} waits over the limit"),
        )
        return _longest(text, value)
    if rule == "call_silence":
        if not n:
            return _tr(QT_TRANSLATE_NOOP("AutoCheck", "No long silences"))
        text = _count(
            n,
            QT_TRANSLATE_NOOP("AutoCheck", "1 silence over the limit"),
            QT_TRANSLATE_NOOP("AutoCheck", "{0} silences over the limit"),
        )
        return _longest(text, value)
    if rule == "overtalk":
        if not n:
            return _tr(QT_TRANSLATE_NOOP("AutoCheck", "No overtalk"))
        return _count(
            n,
            QT_TRANSLATE_NOOP("AutoCheck", "1 overlap"),
            QT_TRANSLATE_NOOP("AutoCheck", "{0} overlaps"),
        )
    if rule == "speech_rate":
        if value is None:
            return ""
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "{0} characters a minute")).format(round(value))
    if rule == "waybill_present":
        return (
            _tr(QT_TRANSLATE_NOOP("AutoCheck", "Found"))
            if verdict == PASS
            else _tr(QT_TRANSLATE_NOOP("AutoCheck", "No waybill number"))
        )
    if rule == "required_phrases":
        return (
            _tr(QT_TRANSLATE_NOOP("AutoCheck", "Found"))
            if verdict == PASS
            else _tr(QT_TRANSLATE_NOOP("AutoCheck", "Not found"))
        )
    if rule in ("forbidden_phrases", "risk_keywords"):
        if not n:
            return _tr(QT_TRANSLATE_NOOP("AutoCheck", "None found"))
        return _count(
            n,
            QT_TRANSLATE_NOOP("AutoCheck", "1 hit"),
            QT_TRANSLATE_NOOP("AutoCheck", "{0} hits"),
        )
    if n:
        return _count(
            n,
            QT_TRANSLATE_NOOP("AutoCheck", "1 occurrence"),
            QT_TRANSLATE_NOOP("AutoCheck", "{0} occurrences"),
        )
    return ""


def _longest(text: str, seconds: float | None) -> str:
    if seconds is None:
        return text
    return _tr(QT_TRANSLATE_NOOP("AutoCheck", "{0}, longest {1}")).format(
        text, format_duration(seconds)
    )


@dataclass(frozen=True)
class Line:
    """A message or utterance as an evidence row shows it."""

    where: str  # the message's time or the utterance's offset
    who: str  # translated role or speaker
    text: str


def conversation_lines(detail: RecordDetail, tz_name: str = DEFAULT_TIMEZONE) -> dict[int, Line]:
    """The record's lines by the ``ref`` the checks use: a chat message's seq, a call
    utterance's position in (start, id) order."""
    if detail.messages:
        return {
            m.seq: Line(to_local(m.at, tz_name).strftime("%H:%M:%S"), role_label(m.role), m.text)
            for m in detail.messages
        }
    ordered = sorted(detail.segments, key=lambda s: (s.start_ms, s.id))
    return {
        i: Line(format_offset(s.start_ms), speaker_label(s.speaker), s.text)
        for i, s in enumerate(ordered)
    }


def line_hits(
    checks: Iterable[RecordCheck], lines: Mapping[int, Line]
) -> dict[int, tuple[TextHit, ...]]:
    """Every line with evidence, and its hits (matched words as painted-text spans)."""
    found: dict[int, list[TextHit]] = {}
    for check in checks:
        if check.verdict == NOT_APPLICABLE:
            continue
        for evidence in check.evidence:
            line = lines.get(evidence.ref)
            if line is None:
                continue
            hit = make_hit(check.key, check.verdict, line.text, evidence.start, evidence.end)
            found.setdefault(evidence.ref, []).append(hit)
    return {ref: tuple(hits) for ref, hits in found.items()}


def snippet(text: str, start: int = -1, end: int = -1) -> str:
    """One line of ``text`` around ``[start, end)`` (its beginning without a match)."""
    flat = " ".join(text.split())
    if 0 <= start < end <= len(text):
        # Offsets count the original text; flattening whitespace before the match moves it.
        shift = len(text[:start]) - len(" ".join(text[:start].split()))
        start = max(0, start - shift)
        begin = max(0, start - _SNIPPET_BEFORE)
    else:
        begin = 0
    piece = flat[begin : begin + _SNIPPET_LENGTH]
    if begin > 0:
        piece = _ELLIPSIS + piece
    if begin + _SNIPPET_LENGTH < len(flat):
        piece += _ELLIPSIS
    return piece


def evidence_measure(
    check: RecordCheck, matched: str, measured: float | None, note: str = ""
) -> str:
    """The last column of an evidence row: the words matched, or the wait/silence/rate."""
    if matched:
        return f"“{matched}”"
    if note == "no_agent_reply":
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "No agent reply"))
    if note == "missing":
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "Expected here"))
    if measured is None:
        return ""
    if note == "hold_too_long":
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "On hold {0}")).format(format_duration(measured))
    if check.rule in ("first_response", "reply_gap"):
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "Waited {0}")).format(format_duration(measured))
    if check.rule == "call_silence":
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "Silence {0}")).format(format_duration(measured))
    if check.rule == "overtalk":
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "Overlap {0}")).format(format_duration(measured))
    if check.rule == "speech_rate":
        return _tr(QT_TRANSLATE_NOOP("AutoCheck", "{0} characters a minute")).format(
            round(measured)
        )
    return f"{measured:g}"


class CheckModel(QAbstractItemModel):
    """Checks (top rows) and their evidence (children). ``internalId`` is 0 for a check and
    the check's row + 1 for its evidence, so an index finds its parent without pointers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks: list[RecordCheck] = []
        self._lines: dict[int, Line] = {}
        self._channel = ""

    # --------------------------------------------------------------- content
    def set_checks(
        self, checks: Sequence[RecordCheck], lines: Mapping[int, Line], channel: str
    ) -> None:
        self.beginResetModel()
        order = {id(c): i for i, c in enumerate(checks)}
        self._checks = sorted(
            checks, key=lambda c: (_VERDICT_ORDER.get(c.verdict, 9), order[id(c)])
        )
        self._lines = dict(lines)
        self._channel = channel
        self.endResetModel()

    def clear(self) -> None:
        self.set_checks([], {}, "")

    def checks(self) -> list[RecordCheck]:
        return list(self._checks)

    def check_at(self, index: Index) -> RecordCheck | None:
        """The check of a check row or of an evidence row."""
        if not index.isValid():
            return None
        parent = index.internalId()
        row = parent - 1 if parent else index.row()
        return self._checks[row] if 0 <= row < len(self._checks) else None

    def row_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self._checks) if c.key == key), -1)

    def counts(self) -> dict[str, int]:
        """How many checks have each verdict."""
        found: dict[str, int] = {}
        for check in self._checks:
            found[check.verdict] = found.get(check.verdict, 0) + 1
        return found

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)
        if self._checks:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._checks) - 1, len(_COLUMNS) - 1)
            )

    # --------------------------------------------------------------- Qt interface
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._checks)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._checks[parent.row()].evidence)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_COLUMNS)
        ):
            return _tr(_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        check = self.check_at(index)
        if check is None:
            return None
        if role == KEY_ROLE:
            return check.key
        if role == VERDICT_ROLE:
            return check.verdict
        if index.internalId() == 0:
            if role == REF_ROLE:
                return None
            return self._check_data(check, index.column(), role)
        if not 0 <= index.row() < len(check.evidence):
            return None
        evidence = check.evidence[index.row()]
        if role == REF_ROLE:
            return evidence.ref
        return self._evidence_data(check, evidence, index.column(), role)

    def _check_data(self, check: RecordCheck, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return verdict_label(check.verdict)
            if column == 1:
                return check.label
            return measured_text(check, self._channel)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return measured_text(check, self._channel) or None
            if check.item_code:
                return f"{check.item_code} · {check.label}"
            return check.label
        if column == 0 and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            colours = VERDICT_COLOURS.get(check.verdict)
            if colours is None:
                return None
            return QBrush(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        return None

    def _evidence_data(self, check: RecordCheck, evidence: Any, column: int, role: int) -> Any:
        line = self._lines.get(evidence.ref)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return line.where if line else ""
            if column == 1:
                if line is None:
                    return ""
                return f"{line.who}: {snippet(line.text, evidence.start, evidence.end)}"
            return evidence_measure(check, evidence.matched, evidence.measured, evidence.note)
        if role == Qt.ItemDataRole.ToolTipRole and line is not None:
            return f"{line.where} {line.who}: {line.text}"
        return None
