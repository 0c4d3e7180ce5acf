"""The checklist answer panel of the scoring workspace (and, read-only, of the Inspections
page): sections with their live scores, items with their answer buttons, the machine's
suggestions, override reasons, comments, evidence, the overall comment and the total.

It is a view over a ``ScoringModel``: every choice goes through the model, which scores it;
the panel repaints what changed. Keyboard first, with the panel focused:

- digits pick the answer of the current item (yes/no: 1 = met, 0 = not met; scale: the
  level; deduction: the number of occurrences), N marks it N/A, Delete clears it;
- Up/Down (or K/J) move between items, Enter moves on, C comments, E attaches the
  messages selected in the conversation, R edits an override's reason;
- Ctrl+Enter asks to submit, Ctrl+Right / Ctrl+Left for the next / previous record.

Choosing another answer than the automatic check suggested opens a small prompt in the item
asking why (Enter overrides, Esc keeps the suggestion).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from qa_desk.domain.checklist import ItemSpec
from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.scoring import ScoreResult
from qa_desk.ui.forms.ui_workspace_item import Ui_ScoringItem
from qa_desk.ui.forms.ui_workspace_panel import Ui_ScoringPanel
from qa_desk.ui.forms.ui_workspace_section import Ui_ScoringSection
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.scoring import (
    CODE_ROLE,
    ItemState,
    ScoringModel,
    answer_text,
    choices,
    item_score_text,
    number,
    section_score_text,
    suggestion_text,
    value_for_digit,
)
from qa_desk.ui.widgets.record_view import RecordView

EvidenceSource = Callable[[], Sequence[tuple[str, int, str]]]

_QUOTE_CHARS = 90  # of an evidence quote shown in its chip (the tooltip has it all)
_ITEM_MARGIN = 40  # pixels kept visible around the current item when scrolling to it

_STYLE = """
#ScoringPanel { background: #ffffff; }
#headerFrame { background: #f7f8fa; border-bottom: 1px solid #dde2e8; }
#footerFrame { background: #f7f8fa; border-top: 1px solid #dde2e8; }
#itemsWidget { background: #ffffff; }
#ScoringSection { background: #f3f5f8; border-top: 1px solid #e3e7ec;
                  border-bottom: 1px solid #e3e7ec; }
#ScoringSection QLabel#weightLabel { color: #7b8794; }
#ScoringSection[critical="true"] QLabel#scoreLabel { color: #b42318; }
#ScoringItem { background: #ffffff; border: none; border-left: 3px solid transparent;
               border-bottom: 1px solid #eef0f3; }
#ScoringItem[current="true"] { background: #eef4ff; border-left: 3px solid #2f6fde; }
#ScoringItem[critical="true"] { background: #fff3f1; border-left: 3px solid #d92d20; }
#ScoringItem[critical="true"][current="true"] { background: #ffe9e5; }
#ScoringItem QLabel#codeLabel { color: #7b8794; }
#ScoringItem QLabel#scoreLabel { color: #3e4c59; }
#ScoringItem QLabel#scoreLabel[lost="true"] { color: #b42318; }
#ScoringItem QLabel#criticalTag { color: #b42318; border: 1px solid #f1aca4;
               border-radius: 7px; padding: 0px 6px; background: #fff5f4; }
#ScoringItem QLabel#overrideLabel { color: #6b4fa0; }
#ScoringItem QLabel#commentLabel { color: #3e4c59; }
#ScoringItem QLabel#answerLabel { color: #1f2933; font-weight: 600; }
#ScoringItem QFrame#reasonFrame { background: #f6f2ff; border: 1px solid #cdbdf0;
               border-radius: 4px; }
QToolButton[answer="true"] { border: 1px solid #c5ccd6; border-radius: 3px;
               background: #ffffff; color: #1f2933; padding: 1px 9px; min-width: 14px; }
QToolButton[answer="true"]:hover { border-color: #2f6fde; }
QToolButton[answer="true"]:checked { background: #2f6fde; border-color: #2f6fde;
               color: #ffffff; }
QToolButton[answer="true"][suggested="true"] { border: 1px dashed #c98a1b; }
QToolButton[answer="true"][suggested="true"]:checked { background: #c98a1b;
               border: 1px solid #c98a1b; color: #ffffff; }
QToolButton[answer="true"]:disabled { color: #9aa5b1; }
QLabel[chip="suggested"] { color: #8a5a00; background: #fff1d6; border-radius: 8px;
               padding: 1px 8px; }
QLabel[chip="overridden"] { color: #5b3fa0; background: #efe9fb; border-radius: 8px;
               padding: 1px 8px; }
QFrame[evidence="true"] { background: #f7f8fa; border: 1px solid #e3e7ec;
               border-radius: 4px; }
QFrame[evidence="true"] QLabel { color: #3e4c59; }
QLabel#verdictLabel[verdict="pass"] { color: #ffffff; background: #1e8e5a;
               border-radius: 4px; padding: 2px 10px; font-weight: 600; }
QLabel#verdictLabel[verdict="fail"] { color: #ffffff; background: #d92d20;
               border-radius: 4px; padding: 2px 10px; font-weight: 600; }
QLabel#verdictLabel[verdict="open"] { color: #3e4c59; background: #e8ebf0;
               border-radius: 4px; padding: 2px 10px; }
QLabel#passMarkLabel, QLabel#keysLabel, QLabel#progressLabel { color: #7b8794; }
QLabel#criticalLabel { color: #b42318; font-weight: 600; }
QLabel#emptyLabel { color: #7b8794; }
QLabel#bannerLabel[kind="info"] { background: #eef4ff; color: #1f4e9c; }
QLabel#bannerLabel[kind="locked"] { background: #f3f5f8; color: #3e4c59; }
QLabel#bannerLabel[kind="warning"] { background: #fff1d6; color: #8a5a00; }
QLabel#messageLabel { color: #8a5a00; }
"""


def _repolish(widget: QWidget) -> None:
    """Apply style rules that depend on dynamic properties just changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _set_property(widget: QWidget, name: str, value: Any) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        _repolish(widget)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _QUOTE_CHARS:
        text = text[: _QUOTE_CHARS - 1] + "…"
    return f"“{text}”"


def show_evidence_in(view: RecordView, kind: str, ref: int) -> bool:
    """Select and scroll to the message or utterance ``ref`` in the record view."""
    if kind == "message":
        chat = view.chat
        model = chat.chat_model
        row = next((r for r in range(model.rowCount()) if model.message_at(r).id == ref), -1)
        target: Any = chat
    else:
        target = view.call.transcript
        model = target.segment_model
        row = target.row_of_segment(ref)
    if row < 0:
        return False
    index = model.index(row, 0)
    target.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    target.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    target.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    return True


class _EvidenceChip(QFrame):
    """One piece of evidence: its quote, and a button to remove it."""

    sig_activated = Signal(str, int)
    """The chip was clicked: show this (kind, ref) in the conversation."""
    sig_remove = Signal(int)
    """The remove button was clicked for this ref."""

    def __init__(self, piece: dict[str, Any], removable: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("evidence", True)
        self.kind = str(piece.get("kind", ""))
        self.ref = int(piece.get("ref", 0))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.setSpacing(4)
        quote = str(piece.get("quote", ""))
        self.label = QLabel(_quote(quote), self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setToolTip(quote + "\n\n" + self.tr("Click to show it in the conversation"))
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.label, 1)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.setToolTip(self.tr("Remove this evidence"))
        self.remove.setAccessibleName(self.tr("Remove this evidence"))
        self.remove.setVisible(removable)
        self.remove.clicked.connect(lambda: self.sig_remove.emit(self.ref))
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_activated.emit(self.kind, self.ref)
        super().mousePressEvent(event)


class _SectionWidget(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoringSection()
        self.ui.setupUi(self)
        font = QFont(self.ui.nameLabel.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.ui.nameLabel.setFont(font)
        self.ui.scoreLabel.setFont(font)


class _ItemWidget(QFrame):
    """One item: its text, answer buttons, machine mark, override, comment and evidence."""

    sig_activated = Signal(str)
    """The item was clicked (it becomes the current item)."""
    sig_chosen = Signal(str, object, bool)
    """An answer button was clicked: code, value (None for N/A), N/A."""
    sig_evidence_removed = Signal(str, int)
    """The remove button of a piece of evidence was clicked: code, ref."""
    sig_evidence_activated = Signal(str, int)
    """A piece of evidence was clicked: kind, ref."""

    def __init__(self, state: ItemState, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoringItem()
        self.ui.setupUi(self)
        self.code = state.code
        self.item: ItemSpec = state.item
        self.ui.codeLabel.setText(state.code)
        self.ui.textLabel.setText(state.item.text)
        self.ui.reasonFrame.hide()
        self.buttons: list[tuple[QToolButton, float | None, bool]] = []
        self._button_values: tuple[float, ...] = ()
        self._evidence_key: tuple[Any, ...] | None = None
        self.chips: list[_EvidenceChip] = []
        self.pending: tuple[float | None, bool] | None = None  # answer awaiting a reason
        self.pending_advance = True  # move on once the reason is given
        for label in (self.ui.codeLabel, self.ui.textLabel, self.ui.scoreLabel):
            label.setCursor(Qt.CursorShape.PointingHandCursor)

    # --------------------------------------------------------------- buttons
    def ensure_buttons(self, state: ItemState) -> None:
        offered = choices(state.item, state.value)
        values = tuple(v for v, _t in offered) + ((-1.0,) if state.item.allows_na else ())
        if values == self._button_values:
            return
        self._button_values = values
        layout = self.ui.answerButtonsLayout
        while layout.count():
            child = layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        kind = state.item.kind
        for value, text in offered:
            # A deduction counts occurrences: "2×" reads as a count, not as a level.
            button = self._button(self.tr("{0}×").format(text) if kind == "deduction" else text)
            if kind == "binary":
                key = "1" if value == 1 else "0"
                button.setToolTip(self.tr("Key {0}").format(key))
            elif kind == "deduction":
                button.setToolTip(self.tr("Occurrences (key {0})").format(number(value)))
            else:
                button.setToolTip(self.tr("Level {0} (key {0})").format(number(value)))
            button.clicked.connect(
                lambda _checked=False, v=value: self.sig_chosen.emit(self.code, v, False)
            )
            self.buttons.append((button, value, False))
        if state.item.allows_na:
            button = self._button(self.tr("N/A"))
            button.setToolTip(self.tr("Not applicable to this record (key N)"))
            button.clicked.connect(
                lambda _checked=False: self.sig_chosen.emit(self.code, None, True)
            )
            self.buttons.append((button, None, True))
        for button, _v, _na in self.buttons:
            layout.addWidget(button)
            layout.addSpacing(3)

    def _button(self, text: str) -> QToolButton:
        button = QToolButton(self.ui.answerButtons)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoExclusive(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("answer", True)
        return button

    # --------------------------------------------------------------- showing
    def show_state(
        self,
        state: ItemState,
        result: Any,
        *,
        read_only: bool,
        current: bool,
        can_attach: bool,
        channel: str,
    ) -> None:
        ui = self.ui
        item = state.item
        ui.scoreLabel.setText(item_score_text(item, result.score if result else None, state.na))
        _set_property(ui.scoreLabel, "lost", bool(result and result.failed))
        ui.criticalTag.setVisible(item.critical != "none")
        if item.critical == "all":
            ui.criticalTag.setToolTip(self.tr("Failing this item fails the whole inspection"))
        elif item.critical == "section":
            ui.criticalTag.setToolTip(self.tr("Failing this item sets its section to 0"))
        ui.textLabel.setToolTip(item.guidance)
        _set_property(self, "current", current)
        _set_property(self, "critical", bool(result and result.critical_failed))

        # Answer: buttons when editable, words when not.
        self.ensure_buttons(state)
        ui.answerButtons.setVisible(not read_only)
        ui.answerLabel.setVisible(read_only)
        ui.answerLabel.setText(answer_text(item, state.value, state.na))
        suggestion = state.suggestion
        for button, value, na in self.buttons:
            chosen = (state.na if na else (not state.na and state.value == value)) and (
                state.answered
            )
            button.setChecked(chosen)
            button.setEnabled(not state.locked)
            is_suggested = suggestion is not None and (
                suggestion.na if na else (not suggestion.na and suggestion.value == value)
            )
            _set_property(button, "suggested", bool(is_suggested))

        # The machine's mark.
        machine = ui.machineLabel
        detail = suggestion_text(state.auto, channel)
        if suggestion is None:
            machine.hide()
        elif state.suggested:
            machine.setText(self.tr("⚙ Suggested"))
            machine.setToolTip(
                self.tr(
                    "Suggested by the automatic checks. Keep it to confirm it, or choose "
                    "another answer to override it."
                )
                + "\n"
                + detail
            )
            _set_property(machine, "chip", "suggested")
            machine.show()
        elif state.overridden:
            machine.setText(self.tr("✎ Overridden"))
            machine.setToolTip(
                self.tr("The automatic checks suggested: {0}").format(
                    answer_text(item, suggestion.value, suggestion.na)
                )
                + "\n"
                + detail
            )
            _set_property(machine, "chip", "overridden")
            machine.show()
        else:
            machine.setText(
                self.tr("⚙ Suggestion: {0}").format(
                    answer_text(item, suggestion.value, suggestion.na)
                )
            )
            machine.setToolTip(detail)
            _set_property(machine, "chip", "suggested")
            machine.show()
        if state.locked:
            ui.answerLabel.setToolTip(self.tr("Settled by a final dispute ruling"))

        ui.overrideLabel.setVisible(state.overridden and bool(state.override_reason))
        ui.overrideLabel.setText(self.tr("Override: {0}").format(state.override_reason))

        # Comment and evidence.
        if read_only:
            ui.commentEdit.hide()
            ui.attachButton.hide()
            ui.commentLabel.setVisible(bool(state.comment))
            ui.commentLabel.setText(self.tr("Comment: {0}").format(state.comment))
        else:
            ui.commentLabel.hide()
            if ui.commentEdit.text() != state.comment:
                ui.commentEdit.setText(state.comment)
            ui.commentEdit.setVisible(current or bool(state.comment))
            ui.attachButton.setVisible(current and can_attach)
        self.show_evidence(state.evidence, removable=not read_only)

    def show_evidence(self, evidence: Sequence[dict[str, Any]], removable: bool) -> None:
        key = (removable, tuple((e.get("kind"), e.get("ref"), e.get("quote")) for e in evidence))
        if key == self._evidence_key:
            return
        self._evidence_key = key
        layout = self.ui.evidenceLayout
        for chip in self.chips:
            layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for piece in evidence:
            chip = _EvidenceChip(piece, removable, self.ui.evidenceBox)
            chip.sig_remove.connect(lambda ref: self.sig_evidence_removed.emit(self.code, ref))
            chip.sig_activated.connect(self.sig_evidence_activated)
            layout.addWidget(chip)
            self.chips.append(chip)
        self.ui.evidenceBox.setVisible(bool(self.chips))

    # --------------------------------------------------------------- the reason prompt
    def ask_reason(self, state: ItemState, value: float | None, na: bool) -> None:
        """Open the prompt for why ``value`` overrides the suggestion."""
        suggestion = state.suggestion
        assert suggestion is not None
        self.pending = (value, na)
        self.ui.reasonPrompt.setText(
            self.tr("The automatic checks suggested “{0}”. Why “{1}”?").format(
                answer_text(state.item, suggestion.value, suggestion.na),
                answer_text(state.item, value, na),
            )
        )
        self.ui.reasonEdit.setText(state.override_reason)
        self.ui.reasonFrame.show()
        self.ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.reasonEdit.selectAll()

    def close_reason(self) -> None:
        self.pending = None
        self.ui.reasonFrame.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_activated.emit(self.code)
        super().mousePressEvent(event)


class ScoringPanel(QWidget):
    """The answers of the inspection a ``ScoringModel`` holds, editable unless read-only."""

    sig_submit_requested = Signal()
    """The inspector asked to submit (Ctrl+Enter or the Submit button)."""
    sig_next_record_requested = Signal()
    """Ctrl+Right: open the next record of the queue."""
    sig_previous_record_requested = Signal()
    """Ctrl+Left: open the previous record of the queue."""
    sig_evidence_activated = Signal(str, int)
    """An evidence chip was clicked: show this message/utterance (kind, id)."""
    sig_status = Signal(str)
    """A short message for the status bar (also shown under the panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScoringPanel()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.model: ScoringModel | None = None
        self.evidence_source: EvidenceSource | None = None
        self._sections: dict[str, _SectionWidget] = {}
        self._items: dict[str, _ItemWidget] = {}
        self._built_for: tuple[int, int] | None = None  # (inspection version id, id(spec))
        self._current = -1
        self._channel = ""
        self._empty_text: Callable[[], str] | None = None
        font = QFont(self.ui.totalLabel.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.ui.totalLabel.setFont(font)
        title = QFont(self.ui.checklistLabel.font())
        title.setWeight(QFont.Weight.DemiBold)
        self.ui.checklistLabel.setFont(title)
        self.ui.bannerLabel.hide()
        self.ui.messageLabel.hide()
        self.ui.submitButton.clicked.connect(self.sig_submit_requested)
        self.ui.overallEdit.textChanged.connect(self._overall_edited)
        self.ui.overallEdit.installEventFilter(self)
        self._retranslate()
        self._show_empty()

    # --------------------------------------------------------------- model
    def set_model(self, model: ScoringModel) -> None:
        self.model = model
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._data_changed)
        model.sig_result_changed.connect(self._result_changed)
        self._reset()

    def set_channel(self, channel: str) -> None:
        """The record's channel (chat or call), for wording what the checks found."""
        self._channel = channel

    def set_banner(self, text: str, kind: str = "info") -> None:
        """A line above the items (submitted, reopened …); "" hides it."""
        banner = self.ui.bannerLabel
        banner.setText(text)
        _set_property(banner, "kind", kind)
        banner.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """A one-line message under the panel (a key that did nothing, a refused answer)."""
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        if text:
            self.sig_status.emit(text)

    @property
    def read_only(self) -> bool:
        return self.model is None or self.model.read_only

    def current_code(self) -> str | None:
        codes = self.model.codes() if self.model else []
        return codes[self._current] if 0 <= self._current < len(codes) else None

    def item_widget(self, code: str) -> _ItemWidget:
        return self._items[code]

    def section_widget(self, code: str) -> _SectionWidget:
        return self._sections[code]

    # --------------------------------------------------------------- building
    def _show_empty(self) -> None:
        self.ui.emptyLabel.show()
        self.ui.headerFrame.hide()
        self.ui.overallFrame.hide()
        self.ui.footerFrame.hide()
        self.ui.keysLabel.hide()
        self.ui.checklistLabel.clear()
        self.ui.progressLabel.clear()

    def set_empty_text(self, text: Callable[[], str]) -> None:
        """What the panel says with no inspection: ``text()`` is asked again after a
        language switch, so it returns the translated line."""
        self._empty_text = text
        self.ui.emptyLabel.setText(text())

    def refresh(self) -> None:
        """Show the model's inspection again from the top (after a status change)."""
        self._reset()

    def _reset(self) -> None:
        model = self.model
        self.ui.messageLabel.hide()
        if model is None or model.spec is None or model.info is None:
            self._clear_widgets()
            self._show_empty()
            return
        key = (model.info.version_id, id(model.spec))
        if key != self._built_for:
            self._clear_widgets()
            self._build(model)
            self._built_for = key
        for widget in self._items.values():
            widget.close_reason()
        self.ui.emptyLabel.hide()
        self.ui.headerFrame.show()
        self.ui.overallFrame.show()
        self.ui.footerFrame.show()
        self.ui.keysLabel.show()
        info = model.info
        self.ui.checklistLabel.setText(
            self.tr("{0} · v{1}").format(info.checklist_name, info.version_number)
        )
        self.ui.checklistLabel.setToolTip(self.ui.checklistLabel.text())
        read_only = model.read_only
        self.ui.overallEdit.setVisible(not read_only)
        self.ui.overallText.setVisible(read_only)
        self.ui.overallText.setText(model.overall_comment or self.tr("No overall comment."))
        if self.ui.overallEdit.toPlainText() != model.overall_comment:
            self.ui.overallEdit.blockSignals(True)
            self.ui.overallEdit.setPlainText(model.overall_comment)
            self.ui.overallEdit.blockSignals(False)
        self.ui.submitButton.setVisible(not read_only)
        self._retranslate_keys()
        self._current = -1
        self._refresh_all()
        self._result_changed(model.result)
        self.ui.scrollArea.verticalScrollBar().setValue(0)
        first = 0 if read_only else self._first_open_item()
        self.set_current(first, scroll=not read_only)

    def _first_open_item(self) -> int:
        """The first unanswered item, else the first."""
        assert self.model is not None
        for i, state in enumerate(self.model.states()):
            if not state.answered:
                return i
        return 0

    def _clear_widgets(self) -> None:
        layout = self.ui.itemsLayout
        for widget in [*self._sections.values(), *self._items.values()]:
            layout.removeWidget(widget)
            widget.deleteLater()
        self._sections = {}
        self._items = {}
        self._built_for = None
        self._current = -1

    def _build(self, model: ScoringModel) -> None:
        assert model.spec is not None
        layout = self.ui.itemsLayout
        position = layout.indexOf(self.ui.overallFrame)
        container = self.ui.itemsWidget
        total_weight = sum(s.weight for s in model.spec.sections) or 1.0
        for section in model.spec.sections:
            header = _SectionWidget(container)
            header.ui.nameLabel.setText(section.name)
            share = 100.0 * section.weight / total_weight
            header.ui.weightLabel.setText(self.tr("weight {0} %").format(number(round(share, 1))))
            layout.insertWidget(position, header)
            position += 1
            self._sections[section.code] = header
            for item in section.items:
                widget = _ItemWidget(model.state(item.code), container)
                widget.sig_activated.connect(self._item_clicked)
                widget.sig_chosen.connect(self._button_chosen)
                widget.sig_evidence_removed.connect(self._evidence_removed)
                widget.sig_evidence_activated.connect(self.sig_evidence_activated)
                widget.ui.commentEdit.textEdited.connect(
                    lambda text, code=item.code: self._comment_edited(code, text)
                )
                widget.ui.commentEdit.installEventFilter(self)
                widget.ui.reasonEdit.installEventFilter(self)
                widget.ui.reasonOk.clicked.connect(
                    lambda _c=False, code=item.code: self._confirm_reason(code)
                )
                widget.ui.reasonCancel.clicked.connect(
                    lambda _c=False, code=item.code: self._cancel_reason(code)
                )
                widget.ui.attachButton.clicked.connect(
                    lambda _c=False, code=item.code: self.attach_evidence(code)
                )
                layout.insertWidget(position, widget)
                position += 1
                self._items[item.code] = widget

    # --------------------------------------------------------------- refreshing
    def _refresh_all(self) -> None:
        if self.model is None:
            return
        for code in self.model.codes():
            self._refresh_item(code)
        self._refresh_sections()

    def _refresh_item(self, code: str) -> None:
        model = self.model
        if model is None or code not in self._items:
            return
        widget = self._items[code]
        widget.show_state(
            model.state(code),
            model.item_result(code),
            read_only=model.read_only,
            current=code == self.current_code(),
            can_attach=self.evidence_source is not None,
            channel=self._channel,
        )

    def _refresh_sections(self) -> None:
        model = self.model
        if model is None or model.result is None or model.spec is None:
            return
        for section, result in zip(model.spec.sections, model.result.sections, strict=True):
            header = self._sections.get(section.code)
            if header is None:
                continue
            text = section_score_text(result.score)
            if result.critical_failed:
                text = self.tr("{0} (critical)").format(text)
            header.ui.scoreLabel.setText(text)
            _set_property(header, "critical", result.critical_failed)
            _repolish(header.ui.scoreLabel)

    def _data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: Any = ()
    ) -> None:
        model = self.model
        if model is None:
            return
        parent = top_left.parent()
        if not parent.isValid():
            self._refresh_sections()
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            code = model.index(row, 0, parent).data(CODE_ROLE)
            if code:
                self._refresh_item(code)

    def _result_changed(self, result: ScoreResult | None) -> None:
        model = self.model
        if result is None or model is None or model.spec is None:
            return
        self._refresh_sections()
        ui = self.ui
        answered = sum(1 for i in result.items if i.answered)
        ui.progressLabel.setText(self.tr("{0} of {1} answered").format(answered, len(result.items)))
        ui.totalLabel.setText(result.display_total())
        failed_critical = [i for i in result.items if i.critical_failed]
        if failed_critical or (result.complete and not result.passed):
            verdict, kind = self.tr("Fail"), "fail"
        elif result.complete:
            verdict, kind = self.tr("Pass"), "pass"
        else:
            verdict, kind = self.tr("Not finished"), "open"
        ui.verdictLabel.setText(verdict)
        _set_property(ui.verdictLabel, "verdict", kind)
        ui.passMarkLabel.setText(self.tr("pass mark {0}").format(number(result.pass_mark)))
        lines = []
        sections = {s.code: s for s in model.spec.sections}
        for item_result in failed_critical:
            state = model.state(item_result.code)
            if state.item.critical == "all":
                effect = self.tr("the whole inspection scores 0")
            else:
                effect = self.tr("section “{0}” scores 0").format(sections[state.section.code].name)
            lines.append(
                self.tr("Critical failure: {0} {1} — {2}").format(
                    state.code, state.item.text, effect
                )
            )
        ui.criticalLabel.setText("\n".join(lines))
        ui.criticalLabel.setVisible(bool(lines))

    # --------------------------------------------------------------- current item
    def set_current(self, row: int, scroll: bool = True) -> None:
        model = self.model
        if model is None:
            return
        codes = model.codes()
        if not codes:
            return
        row = max(0, min(row, len(codes) - 1))
        previous = self.current_code()
        if previous is not None and previous in self._items:
            self._items[previous].close_reason()
        self._current = row
        if previous is not None:
            self._refresh_item(previous)
        code = codes[row]
        self._refresh_item(code)
        if scroll:
            self.ui.scrollArea.ensureWidgetVisible(self._items[code], 0, _ITEM_MARGIN)

    def move(self, step: int) -> None:
        if self.model is not None and self.model.codes():
            self.set_current(self._current + step)

    def _item_clicked(self, code: str) -> None:
        if self.model is None:
            return
        self.set_current(self.model.codes().index(code))
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _button_chosen(self, code: str, value: float | None, na: bool) -> None:
        if self.model is None:
            return
        self.set_current(self.model.codes().index(code))
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.choose(value, na, advance=False)

    # --------------------------------------------------------------- answering
    def choose(self, value: float | None, na: bool = False, advance: bool = True) -> None:
        """Give the current item this answer (asking for a reason when it overrides the
        automatic check); then move to the next item."""
        model, code = self.model, self.current_code()
        if model is None or code is None:
            return
        if model.read_only:
            self.show_message(self.tr("This inspection is submitted and cannot change."))
            return
        self.show_message("")
        if model.needs_reason(code, value, na):
            self._items[code].ask_reason(model.state(code), value, na)
            self._items[code].pending_advance = advance
            self.ui.scrollArea.ensureWidgetVisible(self._items[code], 0, _ITEM_MARGIN)
            return
        try:
            model.set_answer(code, value, na)
        except QaDeskError as error:
            self.show_message(error_text(error))
            return
        if advance:
            self.move(1)

    def _confirm_reason(self, code: str) -> None:
        widget = self._items.get(code)
        model = self.model
        if widget is None or model is None or widget.pending is None:
            return
        reason = widget.ui.reasonEdit.text().strip()
        if not reason:
            widget.ui.reasonPrompt.setText(self.tr("Give a short reason for the override."))
            widget.ui.reasonEdit.setFocus()
            return
        value, na = widget.pending
        advance = widget.pending_advance
        widget.close_reason()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        try:
            model.set_answer(code, value, na, reason=reason)
        except QaDeskError as error:
            self.show_message(error_text(error))
            return
        if advance and code == self.current_code():
            self.move(1)

    def _cancel_reason(self, code: str) -> None:
        widget = self._items.get(code)
        if widget is not None:
            widget.close_reason()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_reason(self) -> None:
        """Re-open the reason prompt of the current, overridden item."""
        model, code = self.model, self.current_code()
        if model is None or code is None or model.read_only:
            return
        state = model.state(code)
        if not state.overridden:
            self.show_message(self.tr("This answer does not override an automatic check."))
            return
        self._items[code].ask_reason(state, state.value, state.na)

    def clear_answer(self) -> None:
        model, code = self.model, self.current_code()
        if model is None or code is None or model.read_only:
            return
        try:
            model.set_answer(code, None, False)
        except QaDeskError as error:
            self.show_message(error_text(error))

    def attach_evidence(self, code: str | None = None) -> int:
        """Attach what is selected in the conversation to the item (default: the current)."""
        model = self.model
        code = code or self.current_code()
        if model is None or code is None or model.read_only or self.evidence_source is None:
            return 0
        pieces = list(self.evidence_source())
        if not pieces:
            self.show_message(self.tr("Select messages or utterances in the conversation first."))
            return 0
        added = model.add_evidence(code, pieces)
        if added:
            self.show_message("")
            if added == 1:
                text = self.tr("1 line attached to {0} as evidence.").format(code)
            else:
                text = self.tr("{0} lines attached to {1} as evidence.").format(added, code)
            self.sig_status.emit(text)
        else:
            self.show_message(self.tr("Already attached."))
        return added

    def focus_comment(self) -> None:
        code = self.current_code()
        if code is None or self.read_only:
            return
        edit = self._items[code].ui.commentEdit
        edit.show()
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _comment_edited(self, code: str, text: str) -> None:
        if self.model is not None and not self.model.read_only:
            self.model.set_comment(code, text)

    def _overall_edited(self) -> None:
        if self.model is not None and not self.model.read_only:
            self.model.set_overall_comment(self.ui.overallEdit.toPlainText())

    def _evidence_removed(self, code: str, ref: int) -> None:
        if self.model is not None and not self.model.read_only:
            self.model.remove_evidence(code, ref)

    # --------------------------------------------------------------- keys
    def _record_key(self, event: QKeyEvent) -> bool:
        """Keys the panel handles even when a shortcut of the page claims them."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        return bool(ctrl) and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (self._record_key(event) or self._plain_key(event) is not None)
        ):
            event.accept()
            return True
        return super().event(event)

    def _plain_key(self, event: QKeyEvent) -> str | None:
        """The panel's own key for this event, if it is one (no Ctrl/Alt held)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return None
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            return "digit"
        mapping = {
            Qt.Key.Key_N: "na",
            Qt.Key.Key_Up: "up",
            Qt.Key.Key_K: "up",
            Qt.Key.Key_Down: "down",
            Qt.Key.Key_J: "down",
            Qt.Key.Key_Home: "first",
            Qt.Key.Key_End: "last",
            Qt.Key.Key_Return: "down",
            Qt.Key.Key_Enter: "down",
            Qt.Key.Key_C: "comment",
            Qt.Key.Key_E: "attach",
            Qt.Key.Key_R: "reason",
            Qt.Key.Key_Delete: "clear",
            Qt.Key.Key_Backspace: "clear",
        }
        return mapping.get(Qt.Key(key))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.model is None or self.model.spec is None:
            super().keyPressEvent(event)
            return
        if self._record_key(event):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.sig_submit_requested.emit()
            elif key == Qt.Key.Key_Right:
                self.sig_next_record_requested.emit()
            else:
                self.sig_previous_record_requested.emit()
            event.accept()
            return
        action = self._plain_key(event)
        if action is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if action == "digit":
            self._digit(event.key() - Qt.Key.Key_0)
        elif action == "na":
            self.choose(None, True)
        elif action == "up":
            self.move(-1)
        elif action == "down":
            self.move(1)
        elif action == "first":
            self.set_current(0)
        elif action == "last":
            self.set_current(len(self.model.codes()) - 1)
        elif action == "comment":
            self.focus_comment()
        elif action == "attach":
            self.attach_evidence()
        elif action == "reason":
            self.edit_reason()
        elif action == "clear":
            self.clear_answer()

    def _digit(self, digit: int) -> None:
        model, code = self.model, self.current_code()
        if model is None or code is None:
            return
        item = model.state(code).item
        value = value_for_digit(item, digit)
        if value is None:
            if item.kind == "binary":
                self.show_message(self.tr("Yes/no item: 1 = met, 0 = not met."))
            else:
                levels = ", ".join(number(v) for v in item.levels)
                self.show_message(self.tr("Choose one of the levels {0}.").format(levels))
            return
        self.choose(value, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if watched is self.ui.overallEdit:
                if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.sig_submit_requested.emit()
                    return True
                if key == Qt.Key.Key_Escape:
                    self.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
                return False
            for code, widget in self._items.items():
                if watched is widget.ui.reasonEdit:
                    if key == Qt.Key.Key_Escape:
                        self._cancel_reason(code)
                        return True
                    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                        # Handled here, so the key does not also reach the panel (next item).
                        self._confirm_reason(code)
                        return True
                if watched is widget.ui.commentEdit:
                    if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                        self.sig_submit_requested.emit()
                        return True
                    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                        self.setFocus(Qt.FocusReason.OtherFocusReason)
                        return True
        return super().eventFilter(watched, event)

    # --------------------------------------------------------------- text
    def _retranslate(self) -> None:
        self._retranslate_keys()

    def _retranslate_keys(self) -> None:
        if self.read_only:
            self.ui.keysLabel.setText(self.tr("↑↓ item · Ctrl+→ / Ctrl+← next / previous record"))
        else:
            self.ui.keysLabel.setText(
                self.tr(
                    "Keys: 1 met · 0 not met · digits level or count · N N/A · ↑↓ item · "
                    "C comment · E attach · Ctrl+Enter submit"
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self._empty_text is not None:
                self.ui.emptyLabel.setText(self._empty_text())
            # The items' buttons and forms are built in the language of the moment: again.
            code = self.current_code()
            self._clear_widgets()
            self._reset()
            if code is not None and self.model is not None and code in self.model.codes():
                self.set_current(self.model.codes().index(code))
        super().changeEvent(event)
