"""One record as an inspector reads it: a header of facts, then the chat or the call.

Used by the Records page, the scoring workspace and the dispute screens. It shows a
``RecordDetail`` it is given (it never queries), and lets the reader pick messages or
utterances as evidence (``selected_evidence``). Given the record's automatic checks
(``show_checks``), it lists them above the conversation, marks the lines they hit and
highlights the matched words; choosing a check or a finding shows its line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.ui.forms.ui_record_view import Ui_RecordView
from qa_desk.ui.models.autocheck import conversation_lines, line_hits
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.record_text import (
    channel_label,
    direction_label,
    format_duration,
    stars,
)
from qa_desk.ui.widgets.transcript_view import DEFAULT_SILENCE_S

if TYPE_CHECKING:
    from qa_desk.services.autocheck import RecordCheck
    from qa_desk.services.records import RecordDetail

_CONTEXT = "RecordView"

# Header fields in reading order; which ones a channel shows is decided in _values().
FIELDS = {
    "agent": QT_TRANSLATE_NOOP("RecordView", "Agent"),
    "team": QT_TRANSLATE_NOOP("RecordView", "Team"),
    "vendor": QT_TRANSLATE_NOOP("RecordView", "Vendor"),
    "started": QT_TRANSLATE_NOOP("RecordView", "Started"),
    "duration": QT_TRANSLATE_NOOP("RecordView", "Duration"),
    "category": QT_TRANSLATE_NOOP("RecordView", "Category"),
    "satisfaction": QT_TRANSLATE_NOOP("RecordView", "Satisfaction"),
    "waybill": QT_TRANSLATE_NOOP("RecordView", "Waybill"),
    "customer": QT_TRANSLATE_NOOP("RecordView", "Customer"),
    "first_response": QT_TRANSLATE_NOOP("RecordView", "First response"),
    "messages": QT_TRANSLATE_NOOP("RecordView", "Messages"),
    "direction": QT_TRANSLATE_NOOP("RecordView", "Direction"),
}

_COLUMN_WIDTH = 175  # a header cell; the grid re-flows to as many as fit
_MAX_COLUMNS = 6
_NONE = "—"

_HEADER_STYLE = "#headerFrame { background: #ffffff; border-bottom: 1px solid #dde2e8; }"
_CAPTION_STYLE = "color: #7b8794;"
_VALUE_STYLE = "color: #1f2933;"
_SOURCE_STYLE = "color: #7b8794;"
_EMPTY_STYLE = "color: #7b8794;"
_STARS_STYLE = "color: #b7791f;"
_BADGE_STYLES = {
    "chat": "background: #dcebff; color: #1f5fbf;",
    "call": "background: #dcf3ea; color: #137a52;",
}
_BADGE_BASE = "border-radius: 9px; padding: 1px 10px; font-weight: 600;"
# The checks panel's first height, as a share of the room below the header, and its bounds.
_CHECKS_SHARE = 0.45
_CHECKS_MIN = 140
_CHECKS_MAX = 320


class _Field(QWidget):
    """A caption over its value; the value can be selected and copied."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.caption = QLabel(self)
        self.caption.setStyleSheet(_CAPTION_STYLE)
        caption_font = QFont(self.caption.font())
        if caption_font.pointSizeF() > 0:
            caption_font.setPointSizeF(caption_font.pointSizeF() * 0.9)
        self.caption.setFont(caption_font)
        self.value = QLabel(self)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setWordWrap(True)
        self.value.setStyleSheet(_VALUE_STYLE)
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class RecordView(QWidget):
    """The header and conversation of one record, with evidence selection."""

    sig_evidence_selection_changed = Signal()
    """The selection of messages/utterances changed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        wait_threshold_s: int = 60,
        timezone: str | None = None,
        silence_threshold_s: int = DEFAULT_SILENCE_S,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordView()
        self.ui.setupUi(self)
        # Times are shown in the zone the user chose (display/timezone), unless told otherwise.
        self._timezone = timezone or UiSettings().get("display/timezone") or DEFAULT_TIMEZONE
        self._detail: RecordDetail | None = None
        self.chat = self.ui.chatView
        self.call = self.ui.callView
        self.chat.set_timezone(self._timezone)
        self.chat.set_wait_threshold(wait_threshold_s)
        self.call.silence_s = silence_threshold_s

        self.ui.headerFrame.setStyleSheet(_HEADER_STYLE)
        title_font = QFont(self.ui.titleLabel.font())
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.ui.titleLabel.setFont(title_font)
        self.ui.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.sourceLabel.setStyleSheet(_SOURCE_STYLE)
        self.ui.emptyLabel.setStyleSheet(_EMPTY_STYLE)
        self._fields = {key: _Field(self.ui.fieldsArea) for key in FIELDS}
        self._columns = 0
        self._retranslate_captions()

        self.checks = self.ui.checksPanel
        self._checks: list[RecordCheck] | None = None
        self._checks_sized = False
        self._unfolded_height = 0
        splitter = self.ui.bodySplitter
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.checks.sig_focus_requested.connect(self._focus_check)
        self.checks.sig_folded.connect(self._checks_folded)

        self.chat.sig_evidence_selection_changed.connect(self.sig_evidence_selection_changed)
        self.call.sig_evidence_selection_changed.connect(self.sig_evidence_selection_changed)
        self.clear()

    @classmethod
    def from_settings(cls, settings: UiSettings, parent: QWidget | None = None) -> RecordView:
        """A view with the user's reply-wait threshold and display time zone."""
        return cls(
            parent,
            wait_threshold_s=settings.get("chat/reply_wait_threshold_s"),
            timezone=settings.get("display/timezone"),
        )

    # --------------------------------------------------------------- contract
    def show_record(self, detail: RecordDetail) -> None:
        self._detail = detail
        self._checks = None
        if not self.checks.isHidden():
            # The panel keeps its place while the new record's checks are fetched.
            self.checks.show_loading()
        self._fill_header(detail)
        self.ui.headerFrame.show()
        if detail.row.channel == "call" or detail.call is not None:
            self.chat.clear()
            self.call.show_call(detail.call, detail.segments)
            self.ui.stack.setCurrentWidget(self.call)
            self.setFocusProxy(self.call.transcript)
        else:
            self.call.clear()
            self.chat.show_messages(detail.messages, self._no_messages_text())
            self.ui.stack.setCurrentWidget(self.chat)
            self.setFocusProxy(self.chat)

    def clear(self) -> None:
        self._detail = None
        self._checks = None
        self.checks.clear()
        self.chat.clear()
        self.call.clear()
        self.ui.headerFrame.hide()
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self.setFocusProxy(None)

    def selected_evidence(self) -> list[tuple[str, int, str]]:
        """("message"|"segment", id, quote) of the selected rows, in conversation order."""
        page = self.ui.stack.currentWidget()
        if page is self.chat:
            return self.chat.selected_evidence()
        if page is self.call:
            return self.call.selected_evidence()
        return []

    def show_checks_loading(self) -> None:
        """The shown record's automatic checks are being fetched."""
        if self._detail is not None:
            self.checks.show_loading()
            self._size_checks()

    def show_checks(self, checks: Sequence[RecordCheck]) -> None:
        """List the shown record's automatic checks; mark and highlight their hits."""
        detail = self._detail
        if detail is None:
            return
        self._checks = list(checks)
        lines = conversation_lines(detail, self._timezone)
        hits = line_hits(self._checks, lines)
        if self.ui.stack.currentWidget() is self.call:
            model = self.call.transcript.segment_model
            self.call.transcript.set_hits(
                {model.row_of_utterance(ref): found for ref, found in hits.items()}
            )
        else:
            self.chat.set_hits(
                {self.chat.chat_model.row_of_seq(ref): found for ref, found in hits.items()}
            )
        self.checks.show_checks(self._checks, lines, detail.row.channel)
        self._size_checks()

    @property
    def shown_checks(self) -> list[RecordCheck] | None:
        """The automatic checks shown (None while none were given for this record)."""
        return None if self._checks is None else list(self._checks)

    def _focus_check(self, key: str, ref: int) -> None:
        if self.ui.stack.currentWidget() is self.call:
            transcript = self.call.transcript
            transcript.focus_hit(key, transcript.segment_model.row_of_utterance(ref))
        elif self.ui.stack.currentWidget() is self.chat:
            row = self.chat.chat_model.row_of_seq(ref) if ref >= 0 else -1
            self.chat.focus_hit(key, row)

    def _size_checks(self) -> None:
        """Give the panel its first height once: afterwards the reader's choice stands."""
        if self._checks_sized or self.checks.folded:
            return
        splitter = self.ui.bodySplitter
        total = splitter.height()
        if total < 2 * _CHECKS_MIN:
            return  # not laid out yet; sized on the next resize
        panel = max(_CHECKS_MIN, min(_CHECKS_MAX, int(total * _CHECKS_SHARE)))
        splitter.setSizes([panel, total - panel])
        self._checks_sized = True

    def _checks_folded(self, folded: bool) -> None:
        splitter = self.ui.bodySplitter
        sizes = splitter.sizes()
        total = sum(sizes)
        if folded:
            self._unfolded_height = sizes[0]
            splitter.setSizes([self.checks.maximumHeight(), total])
        elif self._unfolded_height:
            splitter.setSizes([self._unfolded_height, max(total - self._unfolded_height, 0)])

    # --------------------------------------------------------------- extras
    @property
    def detail(self) -> RecordDetail | None:
        return self._detail

    @property
    def timezone(self) -> str:
        return self._timezone

    def set_wait_threshold(self, seconds: int) -> None:
        self.chat.set_wait_threshold(seconds)

    def field_text(self, key: str) -> str:
        """The value shown for a header field ("" when hidden); for tests and tooltips."""
        field = self._fields[key]
        return field.value.text() if not field.isHidden() else ""

    # --------------------------------------------------------------- header
    def _values(self, detail: RecordDetail) -> dict[str, str | None]:
        """The header fields this record shows, as text; None leaves the field out."""
        row = detail.row
        agent = " ".join(p for p in (row.agent_employee_id, row.agent_name) if p) or _NONE
        duration = row.duration_s
        if detail.call is not None and detail.call.duration_s is not None:
            duration = detail.call.duration_s
        if duration is None and row.ended_at is not None:
            duration = (row.ended_at - row.started_at).total_seconds()
        values: dict[str, str | None] = {
            "agent": agent,
            "team": row.team_name or _NONE,
            "vendor": row.vendor_code,
            "started": format_datetime(row.started_at, self._timezone, seconds=True),
            "duration": format_duration(duration),
            "category": row.category or _NONE,
            "satisfaction": stars(row.csat),
            "waybill": row.waybill_no or _NONE,
            "customer": row.customer_ref or _NONE,
            "first_response": None,
            "messages": None,
            "direction": None,
        }
        if detail.call is not None:
            values["direction"] = direction_label(detail.call.direction)
        else:
            values["first_response"] = format_duration(row.first_response_s)
            values["messages"] = QLocale().toString(row.message_count)
        return values

    def _fill_header(self, detail: RecordDetail) -> None:
        row = detail.row
        self.ui.titleLabel.setText(row.external_id)
        self.ui.channelBadge.setText(channel_label(row.channel))
        self.ui.channelBadge.setStyleSheet(_BADGE_BASE + _BADGE_STYLES.get(row.channel, ""))
        self.ui.sourceLabel.setText(row.source)
        for key, value in self._values(detail).items():
            field = self._fields[key]
            field.setHidden(value is None)
            field.value.setText(value or "")
            rated = key == "satisfaction" and row.csat is not None and row.csat > 0
            field.value.setStyleSheet(_STARS_STYLE if rated else _VALUE_STYLE)
        self._columns = 0
        self._reflow()

    def _reflow(self) -> None:
        """Lay the shown fields out in as many columns as the width allows."""
        margins = self.ui.headerLayout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        columns = max(2, min(_MAX_COLUMNS, width // _COLUMN_WIDTH))
        if columns == self._columns:
            return
        self._columns = columns
        grid = self.ui.fieldsGrid
        for field in self._fields.values():
            grid.removeWidget(field)
        shown = [f for f in self._fields.values() if not f.isHidden()]
        for i, field in enumerate(shown):
            grid.addWidget(field, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(_MAX_COLUMNS):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def _retranslate_captions(self) -> None:
        for key, field in self._fields.items():
            field.caption.setText(QCoreApplication.translate(_CONTEXT, FIELDS[key]))

    def _no_messages_text(self) -> str:
        return self.tr("This conversation has no messages.")

    # --------------------------------------------------------------- Qt interface
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
        if not self.checks.isHidden():
            self._size_checks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_captions()
            self.chat.set_placeholder(self._no_messages_text())
            if self._detail is not None:
                self._fill_header(self._detail)
        super().changeEvent(event)
