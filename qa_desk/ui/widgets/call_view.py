"""A call: its recording player above the transcript, kept in step with each other.

Clicking an utterance (or Enter on it) plays the recording from its start; as the recording
plays, the utterance being spoken is highlighted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from qa_desk.ui.forms.ui_call_view import Ui_CallView
from qa_desk.ui.widgets.transcript_view import DEFAULT_SILENCE_S

if TYPE_CHECKING:
    from qa_desk.services.records import CallDetail, SegmentInfo


class CallView(QWidget):
    """Player and transcript of one call."""

    sig_evidence_selection_changed = Signal()
    """The set of selected utterances changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallView()
        self.ui.setupUi(self)
        self.player = self.ui.player
        self.transcript = self.ui.transcriptView
        self.silence_s = DEFAULT_SILENCE_S
        self.transcript.sig_seek_requested.connect(self._play_from)
        self.transcript.sig_evidence_selection_changed.connect(self.sig_evidence_selection_changed)
        self.player.sig_position_changed.connect(self.transcript.set_position)

    def show_call(self, call: CallDetail | None, segments: Sequence[SegmentInfo]) -> None:
        if call is None:
            self.player.set_recording(None)
        else:
            self.player.set_recording(call.recording_path, call.recording_missing)
        self.transcript.show_segments(segments, self.silence_s, self._no_transcript_text())

    def clear(self) -> None:
        self.player.clear()
        self.transcript.clear()

    def selected_evidence(self) -> list[tuple[str, int, str]]:
        return self.transcript.selected_evidence()

    def _play_from(self, ms: int) -> None:
        if self.player.is_available():
            self.player.play_from(ms)

    def _no_transcript_text(self) -> str:
        return self.tr("There is no transcript for this call.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.transcript.set_placeholder(self._no_transcript_text())
        super().changeEvent(event)
