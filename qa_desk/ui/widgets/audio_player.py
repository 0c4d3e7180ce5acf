"""A small player for call recordings: play/pause, seek, position and length, speed.

A recording that is missing on disk (or was never there) puts the player in a clear disabled
state that names the expected path; a file the backend cannot decode says so the same way.
Seeks asked for before the file is loaded are applied once it is. QtMultimedia (and its FFmpeg
backend) is loaded when the first recording is, not when the application starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, QUrl, Signal
from PySide6.QtWidgets import QStyle, QWidget

from qa_desk.ui.forms.ui_audio_player import Ui_AudioPlayer
from qa_desk.ui.widgets.record_text import format_offset

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)

_WARNING_STYLE = (
    "QLabel { background: #fff4e5; color: #8a4b00; border: 1px solid #f5c37a;"
    " border-radius: 4px; padding: 6px 8px; }"
)
_ERROR_STYLE = (
    "QLabel { background: #fdecea; color: #a4281b; border: 1px solid #f1a59b;"
    " border-radius: 4px; padding: 6px 8px; }"
)
_SEEKABLE_STATUSES = ("LoadedMedia", "BufferingMedia", "BufferedMedia", "EndOfMedia")


class AudioPlayer(QWidget):
    """Plays one recording at a time; ``set_recording`` chooses it."""

    sig_position_changed = Signal(int)
    """The playback position moved (ms), by playing or by a seek."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AudioPlayer()
        self.ui.setupUi(self)
        self._media: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._path: str | None = None
        self._state = "empty"  # "empty" | "ready" | "missing" | "error"
        self._pending_seek: int | None = None
        self._error_detail = ""
        self.last_seek_ms: int | None = None
        for rate in SPEEDS:
            self.ui.speedCombo.addItem("", rate)
        self.ui.speedCombo.setCurrentIndex(SPEEDS.index(1.0))
        self._label_speeds()
        self.ui.playButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.ui.playButton.clicked.connect(self.toggle)
        self.ui.seekSlider.valueChanged.connect(self._slider_released)
        self.ui.seekSlider.sliderMoved.connect(self._show_position)
        self.ui.speedCombo.currentIndexChanged.connect(self._speed_chosen)
        self._set_state("empty")

    @property
    def player(self) -> QMediaPlayer:
        """The media player, created (with its audio output) on first use."""
        if self._media is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._media = QMediaPlayer(self)
            self._audio = QAudioOutput(self)
            self._media.setAudioOutput(self._audio)
            rate = self.ui.speedCombo.currentData()
            if rate:
                self._media.setPlaybackRate(float(rate))
            self._media.durationChanged.connect(self._duration_changed)
            self._media.positionChanged.connect(self._position_changed)
            self._media.playbackStateChanged.connect(lambda _s: self._update_button())
            self._media.mediaStatusChanged.connect(self._status_changed)
            self._media.errorOccurred.connect(self._error)
        return self._media

    def _playing(self) -> bool:
        if self._media is None:
            return False
        return self._media.playbackState() == self._media.PlaybackState.PlayingState

    # --------------------------------------------------------------- the recording
    def set_recording(self, path: str | None, missing: bool = False) -> bool:
        """Load ``path``; False (and the disabled "missing" state) when it cannot be played."""
        self.stop_and_unload()
        self._path = path or None
        if not path or missing or not Path(path).is_file():
            self._set_state("missing")
            return False
        self._set_state("ready")
        self.player.setSource(QUrl.fromLocalFile(str(Path(path).resolve())))
        return True

    def clear(self) -> None:
        self.stop_and_unload()
        self._path = None
        self._set_state("empty")

    def stop_and_unload(self) -> None:
        self._pending_seek = None
        self.last_seek_ms = None
        if self._media is not None:
            self._media.stop()
            self._media.setSource(QUrl())
        self._sync_slider(0, 0)

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def state(self) -> str:
        """ "empty", "ready", "missing" or "error"."""
        return self._state

    def is_available(self) -> bool:
        return self._state == "ready"

    def message(self) -> str:
        return self.ui.messageLabel.text() if self.ui.messageLabel.isVisibleTo(self) else ""

    # --------------------------------------------------------------- playback
    def play(self) -> None:
        if self.is_available():
            self.player.play()

    def pause(self) -> None:
        if self._media is not None:
            self._media.pause()

    def toggle(self) -> None:
        if self._playing():
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        """Move to ``ms``; remembered until the file is loaded when it is still loading."""
        if not self.is_available():
            return
        ms = max(0, ms)
        self.last_seek_ms = ms
        if self.player.mediaStatus().name in _SEEKABLE_STATUSES:
            self.player.setPosition(ms)
        else:
            self._pending_seek = ms
        self._sync_slider(ms, self.player.duration())
        self.sig_position_changed.emit(ms)

    def play_from(self, ms: int) -> None:
        self.seek(ms)
        self.play()

    def position(self) -> int:
        return self._media.position() if self._media is not None else 0

    def set_speed(self, rate: float) -> None:
        index = self.ui.speedCombo.findData(rate)
        if index >= 0:
            self.ui.speedCombo.setCurrentIndex(index)

    # --------------------------------------------------------------- player events
    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status.name == "LoadedMedia" and self._pending_seek is not None:
            # Cleared first: setPosition may report the new position right away.
            target, self._pending_seek = self._pending_seek, None
            self.player.setPosition(target)
        elif status.name == "InvalidMedia" and self._state == "ready":
            self._set_state("error", self.player.errorString())

    def _error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error.name != "NoError" and self._state == "ready":
            self._set_state("error", text)

    def _duration_changed(self, duration: int) -> None:
        pending = self._pending_seek
        self._sync_slider(self.player.position() if pending is None else pending, duration)

    def _position_changed(self, position: int) -> None:
        if self._pending_seek is not None:
            return  # the seek the user asked for has not been applied yet
        if not self.ui.seekSlider.isSliderDown():
            self._sync_slider(position, self.player.duration())
        self.sig_position_changed.emit(position)

    def _sync_slider(self, position: int, duration: int) -> None:
        with QSignalBlocker(self.ui.seekSlider):
            self.ui.seekSlider.setRange(0, max(duration, 0))
            self.ui.seekSlider.setValue(position)
        self._show_position(position)

    def _show_position(self, position: int) -> None:
        duration = self._media.duration() if self._media is not None else 0
        length = format_offset(duration) if duration > 0 else "--:--"
        self.ui.positionLabel.setText(f"{format_offset(position)} / {length}")

    def _slider_released(self, value: int) -> None:
        # Only user actions reach here (programmatic moves are blocked): drag ends, clicks, keys.
        self.seek(value)

    def _speed_chosen(self, _index: int) -> None:
        rate = self.ui.speedCombo.currentData()
        if rate and self._media is not None:
            self._media.setPlaybackRate(float(rate))

    # --------------------------------------------------------------- looks
    def _set_state(self, state: str, error_detail: str = "") -> None:
        self._state = state
        self._error_detail = error_detail
        enabled = state == "ready"
        for widget in (self.ui.playButton, self.ui.seekSlider, self.ui.speedCombo):
            widget.setEnabled(enabled)
        self.ui.speedLabel.setEnabled(enabled)
        self.ui.positionLabel.setEnabled(enabled)
        label = self.ui.messageLabel
        message = self._message()
        label.setText(message)
        label.setStyleSheet(_ERROR_STYLE if state == "error" else _WARNING_STYLE)
        label.setVisible(bool(message))
        label.setToolTip(self._path or "")
        if not enabled and self._media is not None:
            self._media.stop()
        self._update_button()

    def _update_button(self) -> None:
        playing = self._playing()
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.ui.playButton.setIcon(self.style().standardIcon(icon))
        self.ui.playButton.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _label_speeds(self) -> None:
        locale = QLocale()
        for i, rate in enumerate(SPEEDS):
            self.ui.speedCombo.setItemText(i, f"{locale.toString(rate, 'g', 3)}×")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._label_speeds()
            self._update_button()
            self.ui.messageLabel.setText(self._message())
        super().changeEvent(event)

    def _message(self) -> str:
        """What the message line says in the current state (nothing while all is well)."""
        if self._state == "missing":
            if not self._path:
                return self.tr("This call has no recording.")
            return self.tr("Recording missing: {0}").format(self._path)
        if self._state == "error":
            detail = self._error_detail or self._path or ""
            return self.tr("The recording cannot be played: {0}").format(detail)
        return ""
