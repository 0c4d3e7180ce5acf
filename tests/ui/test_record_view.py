"""The record view: header, chat bubbles with waits, call transcript with silences and player,
evidence selection, long and unusual texts, Chinese labels, and the models' Qt contract."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtMultimedia import QMediaPlayer
from pytestqt.qtbot import QtBot

from qa_desk.services.records import (
    CallDetail,
    MessageInfo,
    RecordDetail,
    RecordRow,
    SegmentInfo,
)
from qa_desk.ui import i18n
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets import chat_view as cv
from qa_desk.ui.widgets import transcript_view as tv
from qa_desk.ui.widgets.record_text import speaker_label
from qa_desk.ui.widgets.record_view import RecordView

# The samples folder, as tests/conftest.py's SAMPLES names it (a sibling conftest shadows it).
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
WAV = SAMPLES / "recordings" / "CALL202611040000.wav"

T0 = datetime(2026, 11, 4, 1, 12, 30, tzinfo=UTC)  # 09:12:30 in Shanghai
FORMULA = '=HYPERLINK("http://x","点我") <b>not bold</b> &amp;'
RARE = "收到 😀👍 𠀀 谢谢"
LONG = "这是一段很长的消息，" * 500  # 5,000 characters


def _row(channel: str, **changes: object) -> RecordRow:
    values: dict[str, object] = {
        "id": 1,
        "channel": channel,
        "source": "platform_a",
        "external_id": "C20261104-000123" if channel == "chat" else "CALL202611040000",
        "vendor_id": 1,
        "vendor_code": "V01",
        "agent_id": 1,
        "agent_employee_id": "A0101",
        "agent_name": "张伟",
        "team_name": "一组",
        "started_at": T0,
        "ended_at": T0 + timedelta(seconds=245),
        "duration_s": 245.0,
        "message_count": 7,
        "first_response_s": 45.0,
        "category": "查件",
        "csat": 4,
        "waybill_no": "SF1234567890",
        "customer_ref": "138****5678",
        "flags": (),
    }
    values.update(changes)
    return RecordRow(**values)  # type: ignore[arg-type]


def _message(i: int, seconds: int, role: str, sender: str | None, text: str, wait=None):
    return MessageInfo(
        id=100 + i,
        seq=i,
        at=T0 + timedelta(seconds=seconds),
        role=role,
        sender=sender,
        text=text,
        wait_s=wait,
    )


def chat_detail(extra: list[MessageInfo] | None = None) -> RecordDetail:
    messages = [
        _message(1, 0, "system", "系统", "会话已接入"),
        _message(2, 5, "customer", "138****5678", "你好，我的快递三天了还没到"),
        _message(3, 50, "agent", "张伟", "您好，我马上为您查询。", 45.0),
        _message(4, 60, "customer", None, FORMULA),
        _message(5, 200, "agent", "张伟", "已为您催件，预计明天送达。", 140.0),
        _message(6, 210, "bot", "小顺", "请对本次服务进行评价"),
        _message(7, 245, "customer", "138****5678", RARE),
    ]
    messages += extra or []
    return RecordDetail(row=_row("chat"), messages=messages, segments=[], call=None)


def segments() -> list[SegmentInfo]:
    rows = [
        (500, 4000, "agent", "您好，速达联合呼叫中心。", 0),
        (4500, 9000, "customer", "我的快递一直显示派送中。", 500),
        (9500, 12000, "agent", "请您提供一下运单号。", 500),
        (36000, 40000, "customer", "运单号是 SF1234567890。", 24000),  # a 24 s silence before
        (55000, 58000, "agent", "好的，我帮您查询。", 15000),  # 15 s: not marked
    ]
    return [
        SegmentInfo(id=200 + i, start_ms=s, end_ms=e, speaker=sp, text=t, gap_before_ms=g)
        for i, (s, e, sp, t, g) in enumerate(rows)
    ]


def call_detail(path: str | None = str(WAV), missing: bool = False) -> RecordDetail:
    row = _row("call", csat=None, waybill_no=None, message_count=5, first_response_s=None)
    call = CallDetail(
        direction="inbound", duration_s=45.5, recording_path=path, recording_missing=missing
    )
    return RecordDetail(row=row, messages=[], segments=segments(), call=call)


@pytest.fixture
def view(qtbot: QtBot) -> RecordView:
    widget = RecordView(wait_threshold_s=60, timezone="Asia/Shanghai")
    qtbot.addWidget(widget)
    widget.resize(820, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(model) -> list[QModelIndex]:
    return [model.index(r, 0) for r in range(model.rowCount())]


def _click(qtbot: QtBot, widget, point: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, modifier, point)


# ------------------------------------------------------------------------------- header
def test_header_shows_the_records_facts_in_local_time(view: RecordView) -> None:
    view.show_record(chat_detail())
    assert view.ui.titleLabel.text() == "C20261104-000123"
    assert view.ui.channelBadge.text() == "Chat"
    assert view.field_text("agent") == "A0101 张伟"
    assert view.field_text("team") == "一组"
    assert view.field_text("vendor") == "V01"
    assert view.field_text("started").endswith("09:12:30")  # UTC 01:12:30 shown at UTC+8
    assert view.field_text("duration") == "4 min 5 s"
    assert view.field_text("category") == "查件"
    assert view.field_text("satisfaction") == "★★★★☆  4/5"
    assert view.field_text("waybill") == "SF1234567890"
    assert view.field_text("customer") == "138****5678"
    assert view.field_text("first_response") == "45 s"
    assert view.field_text("messages") == "7"
    assert view.field_text("direction") == ""  # a chat has no direction

    view.show_record(call_detail())
    assert view.ui.channelBadge.text() == "Call"
    assert view.field_text("direction") == "Inbound"
    assert view.field_text("satisfaction") == "Not rated"
    assert view.field_text("waybill") == "—"
    assert view.field_text("messages") == ""
    assert view.field_text("duration") == "46 s"


def test_zone_and_threshold_come_from_the_settings(qtbot: QtBot, ui_settings: UiSettings) -> None:
    ui_settings.set("display/timezone", "UTC")
    ui_settings.set("chat/reply_wait_threshold_s", 30)
    view = RecordView.from_settings(ui_settings)
    qtbot.addWidget(view)
    view.show_record(chat_detail())
    assert view.field_text("started").endswith("01:12:30")
    assert view.chat.model().index(2, 0).data(cv.WAIT_OVER_ROLE) is True  # 45 s > 30 s
    # Without a zone given, the view reads the same setting itself.
    plain = RecordView()
    qtbot.addWidget(plain)
    assert plain.timezone == "UTC"


def test_clear_shows_the_empty_state(view: RecordView) -> None:
    view.show_record(chat_detail())
    view.clear()
    assert view.ui.stack.currentWidget() is view.ui.emptyPage
    assert view.ui.headerFrame.isHidden()
    assert view.selected_evidence() == []
    assert view.detail is None


# ------------------------------------------------------------------------------- chat
def test_chat_bubbles_sit_by_role(view: RecordView) -> None:
    detail = chat_detail()
    view.show_record(detail)
    chat = view.chat
    assert view.ui.stack.currentWidget() is chat
    indexes = _rows(chat.model())
    assert len(indexes) == 7
    sides = [index.data(cv.SIDE_ROLE) for index in indexes]
    assert sides == [
        Qt.AlignmentFlag.AlignHCenter,
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignRight,
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignRight,
        Qt.AlignmentFlag.AlignHCenter,
        Qt.AlignmentFlag.AlignLeft,
    ]
    middle = chat.viewport().width() / 2
    for row, side in enumerate(sides):
        bubble = chat.bubble_rect(row)
        if side == Qt.AlignmentFlag.AlignLeft:
            assert bubble.left() < 30 and bubble.right() < chat.viewport().width() - 30
        elif side == Qt.AlignmentFlag.AlignRight:
            assert bubble.right() > chat.viewport().width() - 30 and bubble.left() > 30
        else:
            assert abs(bubble.center().x() - middle) < 2
    # Times at UTC+8, senders named (the role when the export gave no sender).
    assert indexes[1].data(cv.TIME_ROLE) == "09:12:35"
    assert indexes[1].data(cv.SENDER_ROLE) == "138****5678"
    assert indexes[3].data(cv.SENDER_ROLE) == "Customer"
    assert indexes[0].data(cv.SENDER_ROLE) == "System"
    assert indexes[5].data(cv.SENDER_ROLE) == "小顺"


def test_message_on_another_day_shows_its_date(view: RecordView) -> None:
    late = _message(8, 16 * 3600, "agent", "张伟", "第二天的回复", 10.0)  # 01:12:30 next day
    view.show_record(chat_detail([late]))
    shown = view.chat.model().index(7, 0).data(cv.TIME_ROLE)
    assert shown.endswith("01:12:30") and len(shown) > len("01:12:30")


def _pixel(view: RecordView, x: float, y: float) -> QColor:
    image = view.chat.viewport().grab().toImage()
    return image.pixelColor(round(x), round(y))


def test_wait_before_agent_replies_is_tagged_and_highlighted_over_threshold(
    view: RecordView,
) -> None:
    view.show_record(chat_detail())
    chat = view.chat
    model = chat.model()
    quick, slow, customer = model.index(2, 0), model.index(4, 0), model.index(1, 0)
    assert quick.data(cv.WAIT_ROLE) == 45.0 and quick.data(cv.WAIT_OVER_ROLE) is False
    assert slow.data(cv.WAIT_ROLE) == 140.0 and slow.data(cv.WAIT_OVER_ROLE) is True
    assert customer.data(cv.WAIT_ROLE) is None
    assert chat.row_geometry(1).tag is None
    assert "Over the reply target of 60 s" in slow.data(Qt.ItemDataRole.ToolTipRole)
    assert "Over the reply target" not in quick.data(Qt.ItemDataRole.ToolTipRole)

    # What the user sees: a grey "Waited 45 s" tag, a red one for 2 min 20 s.
    quick_tag, slow_tag = chat.row_geometry(2).tag, chat.row_geometry(4).tag
    assert quick_tag is not None and slow_tag is not None
    assert quick_tag.bottom() <= chat.bubble_rect(2).top()  # above the reply
    assert quick_tag.right() == pytest.approx(chat.bubble_rect(2).right(), abs=1)
    grey = _pixel(view, quick_tag.left() + 5, quick_tag.center().y())
    red = _pixel(view, slow_tag.left() + 5, slow_tag.center().y())
    assert red.red() > red.blue() + 15  # a warm warning colour
    assert abs(grey.red() - grey.blue()) < 10  # neutral grey
    assert chat.bubbles._tag_text(quick) == "Waited 45 s"
    assert chat.bubbles._tag_text(slow).endswith("Waited 2 min 20 s")

    view.set_wait_threshold(30)
    assert quick.data(cv.WAIT_OVER_ROLE) is True


def test_selecting_messages_gives_evidence(view: RecordView, qtbot: QtBot) -> None:
    detail = chat_detail()
    view.show_record(detail)
    chat = view.chat
    with qtbot.waitSignal(view.sig_evidence_selection_changed):
        _click(qtbot, chat.viewport(), chat.viewport_point(1))
    with qtbot.waitSignal(view.sig_evidence_selection_changed):
        _click(qtbot, chat.viewport(), chat.viewport_point(4), Qt.KeyboardModifier.ControlModifier)
    by_id = {m.id: m.text for m in detail.messages}
    assert view.selected_evidence() == [
        ("message", 102, by_id[102]),
        ("message", 105, by_id[105]),
    ]

    # Keyboard: Shift+Down extends from the current message.
    _click(qtbot, chat.viewport(), chat.viewport_point(2))
    with qtbot.waitSignal(view.sig_evidence_selection_changed):
        qtbot.keyClick(chat, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [e[1] for e in view.selected_evidence()] == [103, 104]
    assert view.selected_evidence()[1][2] == FORMULA  # quoted verbatim

    # Ctrl+C copies what is selected, one line per message with time and sender.
    qtbot.keyClick(chat, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines() == [
        "09:13:20 张伟: 您好，我马上为您查询。",
        f"09:13:30 Customer: {FORMULA}",
    ]

    # Showing another record drops the selection, and says so.
    with qtbot.waitSignal(view.sig_evidence_selection_changed):
        view.show_record(call_detail(missing=True))
    assert view.selected_evidence() == []


def test_long_rare_and_formula_texts_render_as_plain_text(view: RecordView, qtbot: QtBot) -> None:
    long_message = _message(8, 300, "customer", "138****5678", LONG)
    view.show_record(chat_detail([long_message]))
    chat = view.chat
    model = chat.model()
    assert model.index(3, 0).data() == FORMULA
    assert model.index(6, 0).data() == RARE
    assert model.index(7, 0).data() == LONG
    # Plain-text layout: the markup-looking text is laid out character for character.
    laid = chat.bubbles._laid(model.index(3, 0))
    assert laid.block.layout.text() == FORMULA

    collapsed = chat.sizeHintForIndex(model.index(7, 0)).height()
    assert 0 < collapsed < 600  # cut after a dozen lines, with a "Show more" link
    link = chat.row_geometry(7).link
    assert link is not None
    chat.scrollToBottom()
    qtbot.wait(1)
    assert not chat.viewport().grab().isNull()

    link = chat.row_geometry(7).link
    assert link is not None
    _click(qtbot, chat.viewport(), link.center().toPoint())
    assert model.index(7, 0).data(cv.EXPANDED_ROLE) is True
    expanded = chat.sizeHintForIndex(model.index(7, 0)).height()
    assert collapsed < expanded < 20_000
    assert not view.grab().isNull()


def test_a_500_message_chat_opens_quickly(view: RecordView) -> None:
    messages = [
        _message(i, i * 10, ("customer", "agent")[i % 2], None, f"第 {i} 条消息 " * (i % 9 + 1))
        for i in range(1, 500)
    ]
    messages.append(_message(500, 6000, "customer", None, LONG))
    detail = RecordDetail(row=_row("chat"), messages=messages, segments=[], call=None)
    started = time.perf_counter()
    view.show_record(detail)
    image = view.grab()
    elapsed = time.perf_counter() - started
    assert not image.isNull()
    assert view.chat.model().rowCount() == 500
    assert elapsed < 2.0, f"opening took {elapsed:.2f} s"


def test_empty_chat_says_so(view: RecordView) -> None:
    detail = RecordDetail(row=_row("chat", message_count=0), messages=[], segments=[], call=None)
    view.show_record(detail)
    assert view.chat.model().rowCount() == 0
    assert view.chat._placeholder == "This conversation has no messages."


# ------------------------------------------------------------------------------- call
def test_call_lists_utterances_with_a_marked_silence(view: RecordView) -> None:
    view.show_record(call_detail())
    assert view.ui.stack.currentWidget() is view.call
    transcript = view.call.transcript
    indexes = _rows(transcript.model())
    kinds = [index.data(tv.KIND_ROLE) for index in indexes]
    # Only the 24 s gap is over 20 s; the 15 s one is not marked.
    assert kinds == ["segment", "segment", "segment", "silence", "segment", "segment"]
    silence = indexes[3]
    assert silence.data(tv.SILENCE_ROLE) == 24000
    assert silence.data() == "Silence 24 s"
    assert silence.data(tv.OFFSET_ROLE) == "00:12"
    assert not silence.flags() & Qt.ItemFlag.ItemIsSelectable
    assert indexes[4].data(tv.OFFSET_ROLE) == "00:36"
    assert indexes[0].data(tv.SPEAKER_ROLE) == "agent"
    assert speaker_label("agent") == "Agent"
    assert not view.grab().isNull()


def test_clicking_an_utterance_plays_the_recording_from_there(
    view: RecordView, qtbot: QtBot
) -> None:
    view.show_record(call_detail())
    player = view.call.player
    transcript = view.call.transcript
    assert player.player.source() == QUrl.fromLocalFile(str(WAV.resolve()))
    row = transcript.row_of_segment(203)  # starts at 36 s
    point = transcript.visualRect(transcript.model().index(row, 0)).center()
    _click(qtbot, transcript.viewport(), point)
    assert player.last_seek_ms == 36000
    qtbot.waitUntil(
        lambda: player.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: player.position() >= 36000, timeout=5000)
    # The utterance being played is highlighted.
    qtbot.waitUntil(lambda: transcript.playing_row == row, timeout=5000)

    # Enter on another utterance plays from its start as well.
    transcript.setCurrentIndex(transcript.model().index(1, 0))
    qtbot.keyClick(transcript, Qt.Key.Key_Return)
    assert player.last_seek_ms == 4500
    qtbot.waitUntil(lambda: 4500 <= player.position() < 36000, timeout=5000)
    player.pause()


def test_ctrl_click_picks_evidence_without_moving_the_recording(
    view: RecordView, qtbot: QtBot
) -> None:
    view.show_record(call_detail())
    transcript = view.call.transcript
    model = transcript.model()
    first = transcript.visualRect(model.index(0, 0)).center()
    fourth = transcript.visualRect(model.index(4, 0)).center()
    with qtbot.waitSignal(view.sig_evidence_selection_changed):
        _click(qtbot, transcript.viewport(), first)
    view.call.player.pause()
    seek_before = view.call.player.last_seek_ms
    with qtbot.waitSignal(view.sig_evidence_selection_changed):
        _click(qtbot, transcript.viewport(), fourth, Qt.KeyboardModifier.ControlModifier)
    assert view.call.player.last_seek_ms == seek_before
    assert view.selected_evidence() == [
        ("segment", 200, "您好，速达联合呼叫中心。"),
        ("segment", 203, "运单号是 SF1234567890。"),
    ]
    # Select all leaves the silence out: it is not a quote.
    transcript.selectAll()
    assert [e[1] for e in view.selected_evidence()] == [200, 201, 202, 203, 204]


def test_missing_recording_disables_the_player_but_lists_the_transcript(
    view: RecordView, qtbot: QtBot
) -> None:
    missing = str(SAMPLES / "recordings" / "CALL202611090007.mp3")
    view.show_record(call_detail(missing, missing=True))
    player = view.call.player
    assert player.state == "missing"
    assert player.ui.messageLabel.isVisible()
    assert player.ui.messageLabel.text() == f"Recording missing: {missing}"
    assert not player.ui.playButton.isEnabled()
    assert not player.ui.seekSlider.isEnabled()
    assert not player.ui.speedCombo.isEnabled()
    assert view.call.transcript.model().rowCount() == 6
    # Clicking an utterance does nothing to the (empty) player.
    point = view.call.transcript.visualRect(view.call.transcript.model().index(0, 0)).center()
    _click(qtbot, view.call.transcript.viewport(), point)
    assert player.player.source() == QUrl()
    assert player.last_seek_ms is None

    # A path flagged as present but gone from the disk since the import reads the same.
    view.show_record(call_detail(str(SAMPLES / "recordings" / "gone.wav")))
    assert view.call.player.state == "missing"

    view.show_record(call_detail(None))
    assert player.ui.messageLabel.text() == "This call has no recording."


# ------------------------------------------------------------------------------- language
def test_chinese_labels(view: RecordView, qtbot: QtBot) -> None:
    view.show_record(call_detail(str(SAMPLES / "recordings" / "none.mp3"), missing=True))
    assert i18n.install_language(i18n.CHINESE)
    assert speaker_label("agent") == "坐席"
    assert speaker_label("customer") == "客户"
    # Qt posts LanguageChange to the windows: the view re-labels itself when it arrives.
    qtbot.waitUntil(lambda: view.ui.channelBadge.text() == "通话")
    assert view.ui.emptyLabel.text() == "选择一条记录以查看会话内容。"
    assert view.call.player.ui.playButton.text() == "播放"
    assert view.field_text("direction") == "呼入"
    assert view.call.player.ui.messageLabel.text().startswith("录音缺失")
    silence = view.call.transcript.model().index(3, 0)
    assert silence.data() == "静音 24 秒"
    view.show_record(chat_detail())
    assert view.chat.model().index(3, 0).data(cv.SENDER_ROLE) == "客户"
    assert view.chat.bubbles._tag_text(view.chat.model().index(2, 0)) == "等待 45 秒"
    assert not view.grab().isNull()


# ------------------------------------------------------------------------------- models
def test_chat_model_passes_the_model_tester(qtmodeltester) -> None:
    model = cv.ChatModel(timezone="Asia/Shanghai")
    model.set_messages(chat_detail().messages)
    qtmodeltester.check(model)


def test_segment_model_passes_the_model_tester(qtmodeltester) -> None:
    model = tv.SegmentModel()
    model.set_segments(segments())
    qtmodeltester.check(model)


def test_segment_model_follows_the_position() -> None:
    model = tv.SegmentModel()
    model.set_segments(segments())
    assert model.row_for_position(0) == -1  # before the first word
    assert model.row_for_position(600) == 0
    assert model.row_for_position(4200) == 0  # just after: the highlight lingers
    assert model.row_for_position(12000) == 3  # the long silence starts as row 2 ends
    assert model.row_for_position(20000) == 3  # inside the long silence
    assert model.row_for_position(38000) == 4
    assert model.row_for_position(50000) == -1  # a short, unmarked pause
