"""The answers of one inspection being scored: a tree of sections and items over the pinned
checklist version, with the live score.

The model holds what the inspector chose (value or N/A, comment, evidence, override reason)
per item and scores it with ``qa_desk.domain.scoring`` after every change, so sections and
the total follow each key press. It remembers which items changed since they were last
saved (``snapshot`` / ``saved``), so an autosave sends only those, and edits made while a
save is on its way are not forgotten.

An item pre-filled from an automatic check keeps the suggestion (``auto``); choosing another
answer is an override and needs a short reason (``needs_reason``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from qa_desk.domain.checklist import ChecklistSpec, ItemSpec, SectionSpec
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.scoring import AnswerInput, ScoreResult, item_score, score
from qa_desk.services.inspections import AnswerEdit, InspectionInfo
from qa_desk.ui.models.autocheck import measured_text, verdict_label

CONTEXT = "Scoring"
Index = QModelIndex | QPersistentModelIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the section's or item's code
IS_SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
SUGGESTED_ROLE = Qt.ItemDataRole.UserRole + 3  # the answer is the automatic check's suggestion
OVERRIDDEN_ROLE = Qt.ItemDataRole.UserRole + 4  # the answer differs from the suggestion
FAILED_ROLE = Qt.ItemDataRole.UserRole + 5  # the item loses points / the section is zeroed
EVIDENCE_COUNT_ROLE = Qt.ItemDataRole.UserRole + 6

_COLUMNS = (
    QT_TRANSLATE_NOOP("Scoring", "Item"),
    QT_TRANSLATE_NOOP("Scoring", "Answer"),
    QT_TRANSLATE_NOOP("Scoring", "Score"),
)
_SECTION = 0xFFFFFFFF  # internal id of a section row; an item row carries its section's row
_NONE = "—"
CRITICAL_COLOUR = QColor("#b42318")
MAX_REASON = 500  # what the service accepts for an override reason
MAX_COMMENT = 4000


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(value: float) -> str:
    """Points as people write them: 2, 1.5, 0.25 (no trailing zeros)."""
    if math.isfinite(value) and value == int(value):
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _same(a: AnswerInput, b: AnswerInput) -> bool:
    if a.na or b.na:
        return a.na == b.na
    return a.value is not None and b.value is not None and abs(a.value - b.value) < 1e-9


# ---------------------------------------------------------------------- answers in words
def choices(item: ItemSpec, current: float | None = None) -> list[tuple[float, str]]:
    """The answers offered as buttons: (value, label). A deduction offers 0 up to the count
    that takes every point (and the current count when it is beyond)."""
    if item.kind == "binary":
        return [
            (1.0, QCoreApplication.translate("Scoring", "Met")),
            (0.0, QCoreApplication.translate("Scoring", "Not met")),
        ]
    if item.kind == "scale":
        return [(float(level), number(level)) for level in item.levels]
    if item.kind == "deduction":
        per = item.per_occurrence or 0.0
        last = math.ceil(item.max_points / per - 1e-9) if per > 0 else 1
        counts = list(range(0, max(1, min(last, 9)) + 1))
        if current is not None and current == int(current) and int(current) not in counts:
            counts.append(int(current))
        return [(float(n), str(n)) for n in counts]
    return []


def value_for_digit(item: ItemSpec, digit: int) -> float | None:
    """The answer a digit key picks, or None when the digit means nothing for the item.

    binary: 1 = met, 0 = not met. scale: the level with that value (levels that are whole
    numbers), else the digit-th level counted from 1. deduction: the digit is the count.
    """
    if item.kind == "binary":
        return float(digit) if digit in (0, 1) else None
    if item.kind == "scale":
        levels = [float(level) for level in item.levels]
        if all(level == int(level) for level in levels):
            return float(digit) if float(digit) in levels else None
        return levels[digit - 1] if 1 <= digit <= len(levels) else None
    if item.kind == "deduction":
        return float(digit)
    return None


def answer_text(item: ItemSpec, value: float | None, na: bool) -> str:
    """The chosen answer in words ("Met", "Level 2 of 3", "2 occurrences", "N/A")."""
    if na:
        return QCoreApplication.translate("Scoring", "N/A")
    if value is None:
        return _NONE
    if item.kind == "binary":
        return (
            QCoreApplication.translate("Scoring", "Met")
            if value == 1
            else QCoreApplication.translate("Scoring", "Not met")
        )
    if item.kind == "scale":
        return QCoreApplication.translate("Scoring", "Level {0} of {1}").format(
            number(value), number(item.max_points)
        )
    if item.kind == "deduction":
        if value == 0:
            return QCoreApplication.translate("Scoring", "No occurrence")
        if value == 1:
            return QCoreApplication.translate("Scoring", "1 occurrence")
        return QCoreApplication.translate("Scoring", "{0} occurrences").format(number(value))
    return number(value)


def suggestion_text(auto: dict[str, Any] | None, channel: str = "") -> str:
    """What the automatic check found, for the "suggested" mark's tooltip."""
    if not auto:
        return ""
    label = str(auto.get("label") or auto.get("key") or "")
    verdict = verdict_label(str(auto.get("verdict", "")))
    check = SimpleNamespace(
        rule=auto.get("rule", ""),
        verdict=auto.get("verdict", ""),
        occurrences=int(auto.get("occurrences") or 0),
        measured=auto.get("measured"),
        note=auto.get("note", ""),
    )
    found = measured_text(check, channel)  # type: ignore[arg-type]
    text = QCoreApplication.translate("Scoring", "Automatic check “{0}”: {1}").format(
        label, verdict
    )
    return f"{text} · {found}" if found else text


# ---------------------------------------------------------------------- one item's state
@dataclass
class ItemState:
    """What the inspector chose for one item; ``rev`` counts its changes."""

    item: ItemSpec
    section: SectionSpec
    value: float | None = None
    na: bool = False
    comment: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)
    auto: dict[str, Any] | None = None
    override_reason: str = ""
    locked: bool = False
    rev: int = 0

    @property
    def code(self) -> str:
        return self.item.code

    @property
    def answer(self) -> AnswerInput:
        return AnswerInput(None if self.na else self.value, self.na)

    @property
    def answered(self) -> bool:
        return self.na or self.value is not None

    @property
    def suggestion(self) -> AnswerInput | None:
        """The answer the automatic check stands for, if it gave one."""
        auto = self.auto
        if not auto or not auto.get("applies"):
            return None
        value = auto.get("value")
        return AnswerInput(None if value is None else float(value), bool(auto.get("na")))

    @property
    def overridden(self) -> bool:
        suggestion = self.suggestion
        return suggestion is not None and self.answered and not _same(suggestion, self.answer)

    @property
    def suggested(self) -> bool:
        """The answer is (still) the machine's suggestion."""
        suggestion = self.suggestion
        return suggestion is not None and self.answered and _same(suggestion, self.answer)

    def edit(self) -> AnswerEdit:
        return AnswerEdit(
            item_code=self.code,
            value=None if self.na else self.value,
            na=self.na,
            comment=self.comment,
            evidence=tuple(dict(e) for e in self.evidence),
            override_reason=self.override_reason if self.overridden else None,
        )


@dataclass(frozen=True)
class Snapshot:
    """What one autosave sends: the changed items, the overall comment if it changed, and
    the revisions they had (to tell later edits from saved ones)."""

    edits: tuple[AnswerEdit, ...]
    overall_comment: str | None
    revs: dict[str, int]
    comment_rev: int

    @property
    def empty(self) -> bool:
        return not self.edits and self.overall_comment is None


# ---------------------------------------------------------------------- the model
class ScoringModel(QAbstractItemModel):
    """Sections (top level) and their items (children); columns item, answer, score."""

    sig_changed = Signal()
    """The inspector changed an answer, a comment, evidence or the overall comment."""
    sig_result_changed = Signal(object)
    """The live score changed; carries the new ScoreResult."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._info: InspectionInfo | None = None
        self._spec: ChecklistSpec | None = None
        self._states: dict[str, ItemState] = {}
        self._order: list[str] = []
        self._overall = ""
        self._overall_rev = 0
        self._overall_saved_rev = 0
        self._saved: dict[str, int] = {}  # code -> rev last saved
        self._read_only = True
        self._result: ScoreResult | None = None

    # --------------------------------------------------------------- loading
    def load(self, info: InspectionInfo | None, read_only: bool | None = None) -> None:
        """Show ``info``'s answers (None: nothing). Editable when its status allows it,
        unless ``read_only`` says otherwise."""
        self.beginResetModel()
        self._info = info
        self._spec = info.spec if info is not None else None
        self._states = {}
        self._order = []
        self._overall = info.overall_comment if info is not None else ""
        self._overall_rev = self._overall_saved_rev = 0
        self._saved = {}
        if info is not None:
            answers = {a.item_code: a for a in info.answers}
            for section, item in info.spec.items():
                a = answers.get(item.code)
                state = ItemState(item, section)
                if a is not None:
                    state.value = a.value
                    state.na = a.na
                    state.comment = a.comment
                    state.evidence = [dict(e) for e in a.evidence]
                    state.auto = dict(a.auto) if a.auto else None
                    state.override_reason = a.override_reason
                    state.locked = a.locked
                self._states[item.code] = state
                self._order.append(item.code)
                self._saved[item.code] = 0
        editable = info is not None and info.editable
        self._read_only = not editable if read_only is None else (read_only or not editable)
        self._rescore()
        self.endResetModel()
        self.sig_result_changed.emit(self._result)

    @property
    def info(self) -> InspectionInfo | None:
        """The inspection as last loaded (its answers may have changed since)."""
        return self._info

    @property
    def spec(self) -> ChecklistSpec | None:
        return self._spec

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only or self._info is None or not self._info.editable

    @property
    def result(self) -> ScoreResult | None:
        return self._result

    @property
    def overall_comment(self) -> str:
        return self._overall

    def codes(self) -> list[str]:
        """Item codes in checklist order."""
        return list(self._order)

    def state(self, code: str) -> ItemState:
        return self._states[code]

    def states(self) -> list[ItemState]:
        return [self._states[c] for c in self._order]

    # --------------------------------------------------------------- editing
    def needs_reason(self, code: str, value: float | None, na: bool = False) -> bool:
        """Whether this answer overrides the automatic check without a reason given yet."""
        state = self._states[code]
        suggestion = state.suggestion
        new = AnswerInput(None if na else value, na)
        if suggestion is None or (value is None and not na) or _same(suggestion, new):
            return False
        return not (state.overridden and state.override_reason)

    def set_answer(
        self, code: str, value: float | None, na: bool = False, reason: str | None = None
    ) -> bool:
        """Choose an answer (None and not N/A clears it). Returns False when nothing changed.

        Raises ValidationError when the item does not take that answer. An override needs
        ``reason`` unless one was given before (``needs_reason``).
        """
        state = self._ensure_editable(code)
        new = AnswerInput(None if na else value, na)
        item_score(state.item, new)  # refuses N/A where not allowed, unknown levels, …
        if reason is not None:
            reason = reason.strip()[:MAX_REASON]
        if _same(state.answer, new) or (not state.answered and value is None and not na):
            if reason and state.overridden and reason != state.override_reason:
                state.override_reason = reason
                self._changed(state)
                return True
            return False
        if state.locked:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Item {code} is settled by a final dispute ruling and cannot change."
                ),
                "value",
                code=code,
            )
        if self.needs_reason(code, value, na) and not reason:
            raise ValueError(f"overriding {code} needs a reason")
        state.value = None if na else value
        state.na = na
        if state.overridden:
            if reason:
                state.override_reason = reason
        else:
            state.override_reason = ""
        self._changed(state)
        return True

    def set_comment(self, code: str, text: str) -> None:
        state = self._ensure_editable(code)
        text = text[:MAX_COMMENT]
        if text != state.comment:
            state.comment = text
            self._changed(state, rescore=False)

    def set_override_reason(self, code: str, text: str) -> None:
        state = self._ensure_editable(code)
        text = text.strip()[:MAX_REASON]
        if state.overridden and text and text != state.override_reason:
            state.override_reason = text
            self._changed(state, rescore=False)

    def add_evidence(self, code: str, pieces: Sequence[tuple[str, int, str]]) -> int:
        """Attach (kind, id, quote) pieces to the item; returns how many were new."""
        state = self._ensure_editable(code)
        known = {(e.get("kind"), e.get("ref")) for e in state.evidence}
        added = 0
        for kind, ref, quote in pieces:
            if (kind, ref) in known:
                continue
            known.add((kind, ref))
            state.evidence.append({"kind": kind, "ref": int(ref), "quote": quote})
            added += 1
        if added:
            self._changed(state, rescore=False)
        return added

    def remove_evidence(self, code: str, ref: int) -> None:
        state = self._ensure_editable(code)
        kept = [e for e in state.evidence if e.get("ref") != ref]
        if len(kept) != len(state.evidence):
            state.evidence = kept
            self._changed(state, rescore=False)

    def set_overall_comment(self, text: str) -> None:
        if self._read_only or self._info is None:
            return
        text = text[:MAX_COMMENT]
        if text != self._overall:
            self._overall = text
            self._overall_rev += 1
            self.sig_changed.emit()

    def _ensure_editable(self, code: str) -> ItemState:
        if self._read_only:
            raise PermissionError("the inspection is read-only")
        return self._states[code]

    def _changed(self, state: ItemState, rescore: bool = True) -> None:
        state.rev += 1
        if rescore:
            self._rescore()
        section_row = self._section_row(state.section.code)
        item_row = state.section.items.index(state.item)
        parent = self.index(section_row, 0)
        last = len(_COLUMNS) - 1
        self.dataChanged.emit(self.index(item_row, 0, parent), self.index(item_row, last, parent))
        if rescore and self._spec is not None:
            # Every section's score may move (critical failures, weights shared out).
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._spec.sections) - 1, last))
            self.sig_result_changed.emit(self._result)
        self.sig_changed.emit()

    def _rescore(self) -> None:
        if self._spec is None:
            self._result = None
            return
        self._result = score(self._spec, {c: s.answer for c, s in self._states.items()})

    # --------------------------------------------------------------- saving
    @property
    def dirty(self) -> bool:
        return self._overall_rev != self._overall_saved_rev or any(
            s.rev != self._saved.get(c, 0) for c, s in self._states.items()
        )

    def snapshot(self) -> Snapshot:
        """The unsaved changes, as one autosave sends them."""
        changed = [s for c, s in self._states.items() if s.rev != self._saved.get(c, 0)]
        # In checklist order, so a save applies them as the inspector sees them.
        changed.sort(key=lambda s: self._order.index(s.code))
        comment_changed = self._overall_rev != self._overall_saved_rev
        return Snapshot(
            edits=tuple(s.edit() for s in changed),
            overall_comment=self._overall if comment_changed else None,
            revs={s.code: s.rev for s in changed},
            comment_rev=self._overall_rev,
        )

    def saved(self, snapshot: Snapshot) -> None:
        """The snapshot is on its way to the database (or got there): what has not changed
        since counts as saved. ``unsaved`` undoes this when the save fails."""
        for code, rev in snapshot.revs.items():
            if code in self._saved:
                self._saved[code] = max(self._saved[code], rev)
        if snapshot.overall_comment is not None:
            self._overall_saved_rev = max(self._overall_saved_rev, snapshot.comment_rev)

    def unsaved(self, snapshot: Snapshot) -> None:
        """The snapshot's save failed: its changes are unsaved again."""
        for code, rev in snapshot.revs.items():
            if self._saved.get(code) == rev:
                self._saved[code] = -1
        if snapshot.overall_comment is not None and self._overall_saved_rev == snapshot.comment_rev:
            self._overall_saved_rev = -1

    # --------------------------------------------------------------- Qt interface
    def _section_row(self, code: str) -> int:
        assert self._spec is not None
        return next(i for i, s in enumerate(self._spec.sections) if s.code == code)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if self._spec is None or not 0 <= column < len(_COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            if 0 <= row < len(self._spec.sections):
                return self.createIndex(row, column, _SECTION)
            return QModelIndex()
        if parent.internalId() != _SECTION or parent.column() != 0:
            return QModelIndex()
        section = self._spec.sections[parent.row()]
        if 0 <= row < len(section.items):
            return self.createIndex(row, column, parent.row())
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, _SECTION)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self._spec is None:
            return 0
        if not parent.isValid():
            return len(self._spec.sections)
        if parent.internalId() == _SECTION and parent.column() == 0:
            return len(self._spec.sections[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_COLUMNS)

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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == _SECTION:
            return flags
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._spec is None or self._result is None:
            return None
        if index.internalId() == _SECTION:
            return self._section_data(index.row(), index.column(), role)
        section = self._spec.sections[int(index.internalId())]
        return self._item_data(self._states[section.items[index.row()].code], index.column(), role)

    def _section_data(self, row: int, column: int, role: int) -> Any:
        assert self._spec is not None and self._result is not None
        section = self._spec.sections[row]
        result = self._result.sections[row]
        if role == CODE_ROLE:
            return section.code
        if role == IS_SECTION_ROLE:
            return True
        if role == FAILED_ROLE:
            return result.critical_failed
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return section.name
            if column == 2:
                return section_score_text(result.score)
            return ""
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and result.critical_failed:
            return QBrush(CRITICAL_COLOUR)
        return None

    def _item_data(self, state: ItemState, column: int, role: int) -> Any:
        assert self._result is not None
        item = state.item
        if role == CODE_ROLE:
            return item.code
        if role == IS_SECTION_ROLE:
            return False
        if role == SUGGESTED_ROLE:
            return state.suggested
        if role == OVERRIDDEN_ROLE:
            return state.overridden
        if role == EVIDENCE_COUNT_ROLE:
            return len(state.evidence)
        result = self.item_result(item.code)
        if role == FAILED_ROLE:
            return bool(result and result.failed)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{item.code} {item.text}"
            if column == 1:
                return answer_text(item, state.value, state.na)
            return item_score_text(item, result.score if result else None, state.na)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.guidance:
            return item.guidance
        if role == Qt.ItemDataRole.ForegroundRole and result and result.critical_failed:
            return QBrush(CRITICAL_COLOUR)
        return None

    def item_result(self, code: str) -> Any:
        """The domain's ItemResult of ``code`` in the live score."""
        if self._result is None:
            return None
        return next((r for r in self._result.items if r.code == code), None)


def section_score_text(value: float | None) -> str:
    return QCoreApplication.translate("Scoring", "N/A") if value is None else f"{value:.1f}"


def item_score_text(item: ItemSpec, points: float | None, na: bool) -> str:
    """ "2 / 3" for an answered item; "N/A"; "– / 3" when unanswered."""
    if na:
        return QCoreApplication.translate("Scoring", "N/A")
    shown = _NONE if points is None else number(points)
    return f"{shown} / {number(item.max_points)}"
