"""The recording player with a real WAV file: loading, playing, seeking, speed, bad files.

Offscreen machines have no sound card; Qt's FFmpeg backend still plays (against its own
clock), so the position really advances here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QAbstractSlider
from pytestqt.qtbot import QtBot

from qa_desk.ui.widgets.audio_player import SPEEDS, AudioPlayer

# The samples folder, as tests/conftest.py's SAMPLES names it (a sibling conftest shadows it).
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
WAV = SAMPLES / "recordings" / "CALL202611040000.wav"
LOADED = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)


@pytest.fixture
def player(qtbot: QtBot) -> AudioPlayer:
    widget = AudioPlayer()
    qtbot.addWidget(widget)
    widget.resize(640, 80)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_real_recording_loads_and_plays(player: AudioPlayer, qtbot: QtBot) -> None:
    assert player.set_recording(str(WAV))
    assert player.player.source() == QUrl.fromLocalFile(str(WAV.resolve()))
    qtbot.waitUntil(lambda: player.player.mediaStatus() in LOADED, timeout=5000)
    assert 45_000 < player.player.duration() < 46_000
    assert player.ui.positionLabel.text() == "00:00 / 00:45"
    assert player.ui.playButton.isEnabled() and player.ui.playButton.text() == "Play"
    assert player.message() == ""

    player.ui.playButton.click()
    qtbot.waitUntil(lambda: player.position() > 0, timeout=5000)
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
    assert player.ui.playButton.text() == "Pause"
    player.ui.playButton.click()
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.PausedState


def test_seek_before_loading_is_applied_once_loaded(player: AudioPlayer, qtbot: QtBot) -> None:
    player.set_recording(str(WAV))
    player.seek(30_000)  # the file is still loading
    assert player.last_seek_ms == 30_000
    assert player.ui.positionLabel.text().startswith("00:30")
    qtbot.waitUntil(lambda: player.position() >= 30_000, timeout=5000)
    assert player.ui.seekSlider.value() >= 30_000


def test_slider_and_speed(player: AudioPlayer, qtbot: QtBot) -> None:
    player.set_recording(str(WAV))
    qtbot.waitUntil(lambda: player.player.mediaStatus() in LOADED, timeout=5000)
    slider = player.ui.seekSlider
    slider.setPageStep(10_000)
    slider.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    assert player.last_seek_ms == 10_000
    qtbot.waitUntil(lambda: player.position() >= 10_000, timeout=5000)

    assert [player.ui.speedCombo.itemData(i) for i in range(player.ui.speedCombo.count())] == list(
        SPEEDS
    )
    assert player.ui.speedCombo.currentText() == "1×"
    player.ui.speedCombo.setCurrentIndex(SPEEDS.index(1.5))
    assert player.player.playbackRate() == 1.5
    assert player.ui.speedCombo.currentText() == "1.5×"


def test_missing_file_disables_the_player(player: AudioPlayer) -> None:
    missing = str(SAMPLES / "recordings" / "CALL202611090007.mp3")
    assert not player.set_recording(missing)
    assert player.state == "missing"
    assert player.message() == f"Recording missing: {missing}"
    for control in (player.ui.playButton, player.ui.seekSlider, player.ui.speedCombo):
        assert not control.isEnabled()
    assert player.player.source() == QUrl()
    player.seek(1000)
    player.play()
    assert player.last_seek_ms is None
    assert player.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState


def test_an_unplayable_file_says_so(player: AudioPlayer, qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"this is not audio at all\n" * 40)
    player.set_recording(str(broken))
    qtbot.waitUntil(lambda: player.state == "error", timeout=5000)
    assert player.message().startswith("The recording cannot be played:")
    assert not player.ui.playButton.isEnabled()


def test_a_good_file_after_a_missing_one_plays_again(player: AudioPlayer, qtbot: QtBot) -> None:
    player.set_recording(None)
    assert player.message() == "This call has no recording."
    assert player.set_recording(str(WAV))
    assert player.message() == ""
    assert player.ui.playButton.isEnabled()
    qtbot.waitUntil(lambda: player.player.mediaStatus() in LOADED, timeout=5000)
    player.clear()
    assert player.state == "empty" and player.player.source() == QUrl()
