"""A call transcript: one row per utterance (offset, speaker, text), long silences marked.

``SegmentModel`` also knows which row is playing, so the view follows the recording.
Utterances can be multi-selected as evidence; a plain click or Enter asks to play from there
(``sig_seek_requested``). Automatic-check hits (``set_hits``, by utterance position) mark
their utterances and highlight the matched words; ``focus_hit`` brings one check forward.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from qa_desk.ui.widgets.autocheck_marks import (
    FOCUS_RING,
    TextHit,
    highlight_ranges,
    paint_marker,
    worst_verdict,
)
from qa_desk.ui.widgets.record_text import format_offset, silence_text, speaker_label
from qa_desk.ui.widgets.text_layout import TextBlock, lay_out

if TYPE_CHECKING:
    from qa_desk.services.records import SegmentInfo

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # segment id (None for a silence row)
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "segment" | "silence"
START_ROLE = Qt.ItemDataRole.UserRole + 3  # ms from the start of the call
END_ROLE = Qt.ItemDataRole.UserRole + 4
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 5  # the speaker code ("agent", "customer", ...)
OFFSET_ROLE = Qt.ItemDataRole.UserRole + 6  # the start as shown (mm:ss)
SILENCE_ROLE = Qt.ItemDataRole.UserRole + 7  # length of a silence row, ms
SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 8  # the SegmentInfo

SILENCE = "silence"
SEGMENT = "segment"
DEFAULT_SILENCE_S = 20
_LINGER_MS = 2000

_ROW_PAD = 7
_SIDE = 12
_GAP = 10
_CHIP_PAD = 8

_TEXT = QColor("#1f2933")
_MUTED = QColor("#7b8794")
_PLAYING_BG = QColor("#fff4d6")
_PLAYING_BAR = QColor("#e8a317")
_SEPARATOR = QColor("#edf0f4")
_SILENCE_TEXT = QColor("#8a5a00")
_SILENCE_BG = QColor("#fff1d6")
_SILENCE_LINE = QColor("#e6c98f")
_CHIPS = {
    "agent": (QColor("#dcebff"), QColor("#1f5fbf")),
    "customer": (QColor("#dcf3ea"), QColor("#137a52")),
}
_OTHER_CHIP = (QColor("#e8ebf0"), QColor("#56606e"))


@dataclass(frozen=True)
class TranscriptRow:
    kind: str
    start_ms: int
    end_ms: int
    segment: SegmentInfo | None  # None for a silence


def transcript_rows(segments: Sequence[SegmentInfo], silence_ms: int) -> list[TranscriptRow]:
    """Utterances in time order, each silence longer than ``silence_ms`` as its own row."""
    rows: list[TranscriptRow] = []
    for segment in sorted(segments, key=lambda s: (s.start_ms, s.id)):
        if segment.gap_before_ms > silence_ms:
            start = segment.start_ms - segment.gap_before_ms
            rows.append(TranscriptRow(SILENCE, start, segment.start_ms, None))
        rows.append(TranscriptRow(SEGMENT, segment.start_ms, segment.end_ms, segment))
    return rows


class SegmentModel(QAbstractListModel):
    """The utterances and silences of one call."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TranscriptRow] = []
        self._starts: list[int] = []

    def set_segments(
        self, segments: Sequence[SegmentInfo], silence_s: int = DEFAULT_SILENCE_S
    ) -> None:
        self.beginResetModel()
        self._rows = transcript_rows(segments, silence_s * 1000)
        self._starts = [row.start_ms for row in self._rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_segments([])

    def row_at(self, row: int) -> TranscriptRow:
        return self._rows[row]

    def row_of_utterance(self, position: int) -> int:
        """The row of the ``position``-th utterance (0-based, silences not counted), or -1."""
        if position < 0:
            return -1
        seen = -1
        for row, found in enumerate(self._rows):
            if found.segment is not None:
                seen += 1
                if seen == position:
                    return row
        return -1

    def row_for_position(self, ms: int) -> int:
        """The row being played at ``ms``: the last one started, while it lasts and briefly
        after (a short pause between two utterances keeps the highlight instead of flickering);
        -1 before the first word and in a longer unmarked pause."""
        if ms < 0:
            return -1
        at = bisect.bisect_right(self._starts, ms) - 1
        if at >= 0 and ms < self._rows[at].end_ms + _LINGER_MS:
            return at
        return -1

    def retranslate(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    # --------------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == SILENCE:
            # A silence is not a quote: it can be played from but not picked as evidence.
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        segment = row.segment
        if role == Qt.ItemDataRole.DisplayRole:
            if segment is None:
                return silence_text(row.end_ms - row.start_ms)
            return segment.text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            span = f"{format_offset(row.start_ms)}–{format_offset(row.end_ms)}"
            if segment is None:
                return f"{span} {silence_text(row.end_ms - row.start_ms)}"
            return f"{span} {speaker_label(segment.speaker)}: {segment.text}"
        if role == ID_ROLE:
            return segment.id if segment else None
        if role == KIND_ROLE:
            return row.kind
        if role == START_ROLE:
            return row.start_ms
        if role == END_ROLE:
            return row.end_ms
        if role == SPEAKER_ROLE:
            return segment.speaker if segment else None
        if role == OFFSET_ROLE:
            return format_offset(row.start_ms)
        if role == SILENCE_ROLE:
            return row.end_ms - row.start_ms if segment is None else None
        if role == SEGMENT_ROLE:
            return segment
        return None


@dataclass
class _Metrics:
    """Fonts and fixed column widths, derived from the view's font and the speaker labels."""

    text: QFont
    small: QFont
    chip: QFont
    small_height: int
    chip_height: int
    line_height: int
    time_width: int
    chip_width: int

    @classmethod
    def of(cls, font: QFont) -> _Metrics:
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(font.pointSizeF() * 0.9)
        chip = QFont(small)
        chip.setWeight(QFont.Weight.DemiBold)
        small_fm, chip_fm = QFontMetrics(small), QFontMetrics(chip)
        labels = [speaker_label(code) for code in ("agent", "customer", "system", "bot")]
        return cls(
            text=QFont(font),
            small=small,
            chip=chip,
            small_height=small_fm.height(),
            chip_height=chip_fm.height() + 4,
            line_height=QFontMetrics(font).height(),
            time_width=small_fm.horizontalAdvance("0:00:00") + 4,
            chip_width=max(chip_fm.horizontalAdvance(label) for label in labels) + 2 * _CHIP_PAD,
        )

    @property
    def text_left(self) -> int:
        return _SIDE + self.time_width + _GAP + self.chip_width + _GAP


class SegmentDelegate(QStyledItemDelegate):
    """Paints an utterance as offset | speaker chip | wrapped text, or a silence marker."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view)
        self._view = view
        self._cache: dict[int, tuple[TextBlock | None, int]] = {}  # row -> (text, height)
        self._cache_width = -1
        self._metrics_cache: _Metrics | None = None

    def clear_cache(self) -> None:
        """Forget layouts and fonts (after a font, language or content change)."""
        self._cache.clear()
        self._metrics_cache = None

    @property
    def _metrics(self) -> _Metrics:
        if self._metrics_cache is None:
            self._metrics_cache = _Metrics.of(self._view.font())
        return self._metrics_cache

    def _shows_focus(self, option: QStyleOptionViewItem) -> bool:
        """The focus frame only once the keyboard was used, as Qt's own styles do."""
        return self._view.hasFocus() and bool(
            option.state & QStyle.StateFlag.State_KeyboardFocusChange
        )

    def _width(self) -> int:
        return max(self._view.viewport().width(), 200)

    def _laid(self, index: Index) -> tuple[TextBlock | None, int]:
        """The utterance's text layout (None for a silence) and row height, cached per width."""
        width = self._width()
        if width != self._cache_width:
            self._cache.clear()
            self._cache_width = width
        laid = self._cache.get(index.row())
        if laid is None:
            metrics = self._metrics
            row: TranscriptRow = self._view.segment_model.row_at(index.row())
            if row.segment is None:
                laid = (None, metrics.small_height + 14)
            else:
                text_width = max(width - metrics.text_left - _SIDE, 60)
                block = lay_out(row.segment.text, metrics.text, text_width)
                height = max(block.height, metrics.chip_height) + 2 * _ROW_PAD
                laid = (block, round(height))
            self._cache[index.row()] = laid
        return laid

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(self._width(), self._laid(index)[1])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        playing = index.row() == self._view.playing_row
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if playing:
            painter.fillRect(rect, _PLAYING_BG)
        if selected:
            band = QColor(highlight)
            band.setAlpha(45)
            painter.fillRect(rect, band)
        if playing or selected:
            painter.fillRect(
                QRect(rect.left(), rect.top(), 3, rect.height()),
                highlight if selected else _PLAYING_BAR,
            )
        metrics = self._metrics
        painter.setFont(metrics.small)
        painter.setPen(_MUTED)
        time_rect = QRect(rect.left() + _SIDE, rect.top(), metrics.time_width, rect.height())
        if index.data(KIND_ROLE) == SILENCE:
            self._paint_silence(painter, rect, time_rect, index)
        else:
            self._paint_segment(painter, rect, time_rect, index)
        if option.state & QStyle.StateFlag.State_HasFocus and self._shows_focus(option):
            painter.setPen(QPen(highlight, 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.restore()

    def _paint_segment(
        self, painter: QPainter, rect: QRect, time_rect: QRect, index: Index
    ) -> None:
        metrics = self._metrics
        top = rect.top() + _ROW_PAD
        line_h = metrics.line_height
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            QRect(time_rect.left(), top, time_rect.width(), line_h), flags, index.data(OFFSET_ROLE)
        )
        speaker = index.data(SPEAKER_ROLE) or ""
        fill, ink = _CHIPS.get(speaker, _OTHER_CHIP)
        chip_h = metrics.chip_height
        chip = QRectF(
            time_rect.right() + _GAP, top + (line_h - chip_h) / 2, metrics.chip_width, chip_h
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, chip_h / 2, chip_h / 2)
        painter.setFont(metrics.chip)
        painter.setPen(ink)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), speaker_label(speaker))
        hits = self._view.hits_of(index.row())
        if hits:
            marker = QRectF(rect.left() + 5, top + (line_h - 7) / 2, 7, 7)
            paint_marker(painter, marker, worst_verdict(hits))
        painter.setPen(_TEXT)
        block = self._laid(index)[0]
        if block is not None:
            focus_key = self._view.focus_key if hits else None
            block.layout.draw(
                painter,
                QPointF(rect.left() + metrics.text_left, top),
                highlight_ranges(hits, focus_key),
            )
        if hits and index.row() == self._view.focus_row:
            painter.setPen(QPen(FOCUS_RING, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        painter.setPen(_SEPARATOR)
        painter.drawLine(
            rect.left() + metrics.text_left, rect.bottom(), rect.right() - _SIDE, rect.bottom()
        )

    def _paint_silence(
        self, painter: QPainter, rect: QRect, time_rect: QRect, index: Index
    ) -> None:
        metrics = self._metrics
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(time_rect, flags, index.data(OFFSET_ROLE))
        text = str(index.data())
        pill_w = QFontMetrics(metrics.small).horizontalAdvance(text) + 20
        pill_h = metrics.small_height + 4
        left = rect.left() + metrics.text_left
        mid_y = rect.center().y() + 0.5
        pill = QRectF(left, mid_y - pill_h / 2, pill_w, pill_h)
        painter.setPen(QPen(_SILENCE_LINE, 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(pill.right() + 6, mid_y), QPointF(rect.right() - _SIDE, mid_y))
        painter.setPen(QPen(_SILENCE_LINE, 1.0))
        painter.setBrush(_SILENCE_BG)
        painter.drawRoundedRect(pill, pill_h / 2, pill_h / 2)
        painter.setPen(_SILENCE_TEXT)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)


class TranscriptView(QListView):
    """The utterance list of a call."""

    sig_seek_requested = Signal(int)
    """The user chose a row to play from (ms from the start of the call)."""
    sig_evidence_selection_changed = Signal()
    """The set of selected utterances changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment_model = SegmentModel(self)
        self.setModel(self.segment_model)
        self.rows = SegmentDelegate(self)
        self.setItemDelegate(self.rows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes would change the width and re-wrap every row.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.verticalScrollBar().setSingleStep(24)
        self._placeholder = ""
        self._press_modifiers = Qt.KeyboardModifier.NoModifier
        self._playing = -1
        # Automatic-check hits by row and the check being looked at: view state, like the
        # playing row, so setting them repaints without re-measuring rows.
        self._hits: dict[int, tuple[TextHit, ...]] = {}
        self._focus_key: str | None = None
        self._focus_row = -1
        self._copy = QAction(self)
        self._copy.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy.triggered.connect(self.copy_selection)
        self._retranslate()
        self.clicked.connect(self._clicked)
        self.segment_model.modelReset.connect(self.rows.clear_cache)
        self.segment_model.dataChanged.connect(self._data_changed)
        self.selectionModel().selectionChanged.connect(
            lambda *_: self.sig_evidence_selection_changed.emit()
        )

    # --------------------------------------------------------------- content
    def show_segments(
        self,
        segments: Sequence[SegmentInfo],
        silence_s: int = DEFAULT_SILENCE_S,
        placeholder: str = "",
    ) -> None:
        had_selection = self.selectionModel().hasSelection()
        self._placeholder = placeholder
        self._playing = -1
        self._hits, self._focus_key, self._focus_row = {}, None, -1
        self.segment_model.set_segments(segments, silence_s)
        self.scrollToTop()
        if had_selection:
            self.sig_evidence_selection_changed.emit()

    def clear(self) -> None:
        self.show_segments([])

    # --------------------------------------------------------------- automatic checks
    def set_hits(self, hits: dict[int, tuple[TextHit, ...]]) -> None:
        """Mark these rows' utterances and highlight the words the checks matched."""
        self._hits = {row: h for row, h in hits.items() if h}
        self._focus_key, self._focus_row = None, -1
        self.viewport().update()

    def hits_of(self, row: int) -> tuple[TextHit, ...]:
        return self._hits.get(row, ())

    def hit_rows(self) -> list[int]:
        return sorted(self._hits)

    @property
    def focus_key(self) -> str | None:
        return self._focus_key

    @property
    def focus_row(self) -> int:
        return self._focus_row

    def focus_hit(self, key: str | None, row: int = -1) -> None:
        """Bring the hits of check ``key`` forward and scroll ``row`` (if any) into the
        middle of the view."""
        self._focus_key, self._focus_row = key, row
        if 0 <= row < self.segment_model.rowCount():
            index = self.segment_model.index(row, 0)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.viewport().update()

    @property
    def playing_row(self) -> int:
        """The row the recording is at, -1 when none."""
        return self._playing

    def set_position(self, ms: int) -> None:
        """Highlight the row being played; keep it in sight unless the user scrolled away.

        The highlight is the view's state, not model data: a dataChanged would make QListView
        re-measure every row, several times a second while playing.
        """
        model = self.segment_model
        row = model.row_for_position(ms)
        previous = self._playing
        if row == previous:
            return
        was_visible = previous < 0 or self._row_visible(previous)
        self._playing = row
        for changed in (previous, row):
            if changed >= 0:
                self.viewport().update(self.visualRect(model.index(changed, 0)))
        if row >= 0 and was_visible:
            self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def _row_visible(self, row: int) -> bool:
        rect = self.visualRect(self.segment_model.index(row, 0))
        return rect.isValid() and self.viewport().rect().intersects(rect)

    def selected_segments(self) -> list[SegmentInfo]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        found = (self.segment_model.row_at(row).segment for row in rows)
        return [segment for segment in found if segment is not None]

    def selected_evidence(self) -> list[tuple[str, int, str]]:
        return [("segment", s.id, s.text) for s in self.selected_segments()]

    def row_of_segment(self, segment_id: int) -> int:
        for row in range(self.segment_model.rowCount()):
            segment = self.segment_model.row_at(row).segment
            if segment is not None and segment.id == segment_id:
                return row
        return -1

    def copy_selection(self) -> None:
        lines = []
        for segment in self.selected_segments():
            lines.append(
                f"{format_offset(segment.start_ms)} {speaker_label(segment.speaker)}: "
                f"{segment.text}"
            )
        if len(lines) == 1:
            lines = [self.selected_segments()[0].text]
        if lines:
            QGuiApplication.clipboard().setText("\n".join(lines))

    # --------------------------------------------------------------- Qt interface
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_modifiers = event.modifiers()
        super().mousePressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        # Ctrl/Shift clicks pick evidence; only a plain click moves the recording.
        picking = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if index.isValid() and not self._press_modifiers & picking:
            self.sig_seek_requested.emit(int(index.data(START_ROLE)))

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        if not roles:
            self.rows.clear_cache()
            for row in range(top.row(), bottom.row() + 1):
                self.rows.sizeHintChanged.emit(self.segment_model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.sig_seek_requested.emit(int(self.currentIndex().data(START_ROLE)))
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        menu = QMenu(self)
        if index.isValid():
            start = int(index.data(START_ROLE))
            text = self.tr("&Play from {0}").format(format_offset(start))
            menu.addAction(text, lambda: self.sig_seek_requested.emit(start))
            menu.addSeparator()
        menu.addAction(self._copy)
        self._copy.setEnabled(bool(self.selected_segments()))
        menu.exec(event.globalPos())

    def set_placeholder(self, text: str) -> None:
        """Change the text shown when the record has no rows (after a language switch)."""
        if self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.segment_model.rowCount() == 0 and self._placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(_MUTED)
            painter.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self._placeholder,
            )
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.rows.clear_cache()
            self.segment_model.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.rows.clear_cache()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._copy.setText(self.tr("&Copy"))
