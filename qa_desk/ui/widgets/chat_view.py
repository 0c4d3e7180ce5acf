"""A chat conversation as bubbles: customer on the left, agent on the right, system centred.

The list is a ``QListView`` over ``ChatModel`` painted by ``BubbleDelegate``: rows are laid out
on demand and their layouts cached per width, so a 500-message chat opens at once. Very long
messages show their first lines with a "Show more" link. Messages can be multi-selected
(Ctrl/Shift) as evidence and copied (Ctrl+C). Automatic-check hits (``set_hits``) mark their
messages and highlight the matched words; ``focus_hit`` brings one check's hits forward.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
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

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.widgets.autocheck_marks import (
    FOCUS_RING,
    TextHit,
    highlight_ranges,
    paint_marker,
    worst_verdict,
)
from qa_desk.ui.widgets.record_text import role_label, wait_text
from qa_desk.ui.widgets.text_layout import TextBlock, lay_out

if TYPE_CHECKING:
    from qa_desk.services.records import MessageInfo

Index = QModelIndex | QPersistentModelIndex

# Data roles of ChatModel (besides DisplayRole = the text and ToolTipRole).
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "customer" | "agent" | "system" | "bot"
SIDE_ROLE = Qt.ItemDataRole.UserRole + 3  # Qt.AlignmentFlag: AlignLeft/AlignRight/AlignHCenter
SENDER_ROLE = Qt.ItemDataRole.UserRole + 4
TIME_ROLE = Qt.ItemDataRole.UserRole + 5  # local time as shown
WAIT_ROLE = Qt.ItemDataRole.UserRole + 6  # seconds the customer waited (agent replies) or None
WAIT_OVER_ROLE = Qt.ItemDataRole.UserRole + 7  # the wait is over the threshold
EXPANDED_ROLE = Qt.ItemDataRole.UserRole + 8  # a long message shown in full
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 9  # the MessageInfo

# A message taller than this many lines is cut with a "Show more" link.
COLLAPSED_LINES = 12

# Geometry, in device-independent pixels.
_ROW_PAD = 5
_SIDE_MARGIN = 14
_PAD_H = 12
_PAD_V = 8
_META_GAP = 3
_TAG_GAP = 4
_BUBBLE_FRACTION = 0.72
_CENTRED_FRACTION = 0.8
_MAX_BUBBLE_WIDTH = 760
_MIN_TEXT_WIDTH = 80
_RADIUS = 10.0
_MARKER_WIDTH = 4  # the automatic-check marker beside a bubble
_MARKER_GAP = 4

# Colours: a light, calm palette; agents blue, customers white, system grey.
VIEW_BACKGROUND = QColor("#f4f6f9")
_TEXT = QColor("#1f2933")
_META = QColor("#7b8794")
_CUSTOMER_BG = QColor("#ffffff")
_CUSTOMER_BORDER = QColor("#d5dbe3")
_AGENT_BG = QColor("#dcebff")
_AGENT_BORDER = QColor("#b3cdf2")
_SYSTEM_BG = QColor("#e8ebf0")
_SYSTEM_TEXT = QColor("#56606e")
_BOT_BG = QColor("#ece8f6")
_WAIT_BG = QColor("#e9edf2")
_WAIT_TEXT = QColor("#52606d")
_OVER_BG = QColor("#fde4df")
_OVER_BORDER = QColor("#f2a394")
_OVER_TEXT = QColor("#b42318")
_LINK = QColor("#1a66c9")
_WARNING_SIGN = "\u26a0"


def side_of(role: str) -> Qt.AlignmentFlag:
    """Customers on the left, agents on the right, everything else centred."""
    if role == "customer":
        return Qt.AlignmentFlag.AlignLeft
    if role == "agent":
        return Qt.AlignmentFlag.AlignRight
    return Qt.AlignmentFlag.AlignHCenter


class ChatModel(QAbstractListModel):
    """The messages of one chat; one row per message, in conversation order."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        timezone: str = DEFAULT_TIMEZONE,
        wait_threshold_s: int = 60,
    ) -> None:
        super().__init__(parent)
        self._messages: list[MessageInfo] = []
        self._times: list[str] = []
        self._expanded: set[int] = set()
        self._timezone = timezone
        self._threshold = wait_threshold_s

    # --------------------------------------------------------------- content
    def set_messages(self, messages: Sequence[MessageInfo]) -> None:
        self.beginResetModel()
        self._messages = list(messages)
        self._expanded = set()
        self._times = self._format_times()
        self.endResetModel()

    def clear(self) -> None:
        self.set_messages([])

    def message_at(self, row: int) -> MessageInfo:
        return self._messages[row]

    def row_of_seq(self, seq: int) -> int:
        """The row of the message numbered ``seq`` in its conversation, or -1."""
        return next((row for row, m in enumerate(self._messages) if m.seq == seq), -1)

    @property
    def wait_threshold_s(self) -> int:
        return self._threshold

    def set_wait_threshold(self, seconds: int) -> None:
        self._threshold = seconds
        self._changed_all([WAIT_OVER_ROLE])

    def set_timezone(self, timezone: str) -> None:
        self._timezone = timezone
        self._times = self._format_times()
        self._changed_all([TIME_ROLE, Qt.ItemDataRole.ToolTipRole])

    def set_expanded(self, row: int, expanded: bool) -> None:
        if expanded == (row in self._expanded):
            return
        if expanded:
            self._expanded.add(row)
        else:
            self._expanded.discard(row)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [EXPANDED_ROLE])

    def is_over(self, message: MessageInfo) -> bool:
        return message.wait_s is not None and message.wait_s > self._threshold

    def retranslate(self) -> None:
        """Role names and wait tags after a language switch."""
        self._changed_all()

    def _changed_all(self, roles: list[int] | None = None) -> None:
        if self._messages:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._messages) - 1, 0), roles or []
            )

    def _format_times(self) -> list[str]:
        """HH:mm:ss; with the date for messages on another day than the chat's first."""
        if not self._messages:
            return []
        first_day = to_local(self._messages[0].at, self._timezone).date()
        times = []
        for message in self._messages:
            local = to_local(message.at, self._timezone)
            if local.date() == first_day:
                times.append(local.strftime("%H:%M:%S"))
            else:
                times.append(format_datetime(message.at, self._timezone, seconds=True))
        return times

    def sender_text(self, message: MessageInfo) -> str:
        if message.role == "system" or not message.sender:
            return role_label(message.role)
        return message.sender

    # --------------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._messages)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        row = index.row()
        message = self._messages[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return message.text
        if role == Qt.ItemDataRole.ToolTipRole:
            when = format_datetime(message.at, self._timezone, seconds=True)
            tip = f"{self.sender_text(message)} · {when}"
            if message.wait_s is not None:
                tip += "\n" + wait_text(message.wait_s)
                if self.is_over(message):
                    tip += "\n" + self.tr("Over the reply target of {0} s").format(self._threshold)
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.sender_text(message)}, {self._times[row]}: {message.text}"
        if role == ID_ROLE:
            return message.id
        if role == KIND_ROLE:
            return message.role
        if role == SIDE_ROLE:
            return side_of(message.role)
        if role == SENDER_ROLE:
            return self.sender_text(message)
        if role == TIME_ROLE:
            return self._times[row]
        if role == WAIT_ROLE:
            return message.wait_s if message.role == "agent" else None
        if role == WAIT_OVER_ROLE:
            return message.role == "agent" and self.is_over(message)
        if role == EXPANDED_ROLE:
            return row in self._expanded
        if role == MESSAGE_ROLE:
            return message
        return None


@dataclass
class BubbleGeometry:
    """Where the parts of one row go, in the view's viewport coordinates."""

    bubble: QRectF
    text_origin: QPointF
    meta: QRectF
    tag: QRectF | None  # the wait tag above an agent reply
    link: QRectF | None  # "Show more" / "Show less"
    height: int


@dataclass
class _Laid:
    block: TextBlock
    long: bool  # too long to show in full by default: offers the link
    height: int  # of the whole row


@dataclass
class _Fonts:
    """The delegate's fonts and their metrics, derived from the view's font."""

    text: QFont
    small: QFont
    bold_small: QFont
    small_metrics: QFontMetrics
    bold_metrics: QFontMetrics

    @classmethod
    def of(cls, font: QFont) -> _Fonts:
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(font.pointSizeF() * 0.86)
        else:
            small.setPixelSize(max(8, round(font.pixelSize() * 0.86)))
        bold = QFont(small)
        bold.setWeight(QFont.Weight.DemiBold)
        return cls(QFont(font), small, bold, QFontMetrics(small), QFontMetrics(bold))


class BubbleDelegate(QStyledItemDelegate):
    """Paints chat messages as bubbles; sizes come from a plain-text layout of each message."""

    def __init__(self, view: ChatView) -> None:
        super().__init__(view)
        self._view = view
        self._cache: dict[tuple[int, bool], _Laid] = {}
        self._cache_width = -1
        self._fonts_cache: _Fonts | None = None

    # --------------------------------------------------------------- layout
    def clear_cache(self) -> None:
        """Forget layouts and fonts (after a font, language or content change)."""
        self._cache.clear()
        self._fonts_cache = None

    @property
    def _fonts(self) -> _Fonts:
        if self._fonts_cache is None:
            self._fonts_cache = _Fonts.of(self._view.font())
        return self._fonts_cache

    def _shows_focus(self, option: QStyleOptionViewItem) -> bool:
        """The focus frame only once the keyboard was used, as Qt's own styles do."""
        return self._view.hasFocus() and bool(
            option.state & QStyle.StateFlag.State_KeyboardFocusChange
        )

    def _row_width(self) -> int:
        return max(self._view.viewport().width(), 160)

    def _max_bubble_width(self, role: str, width: int) -> float:
        available = width - 2 * _SIDE_MARGIN
        fraction = _BUBBLE_FRACTION if role in ("customer", "agent") else _CENTRED_FRACTION
        return max(min(available * fraction, _MAX_BUBBLE_WIDTH), _MIN_TEXT_WIDTH + 2 * _PAD_H)

    def _laid(self, index: Index) -> _Laid:
        """The message's text layout and row height at the current width (cached)."""
        width = self._row_width()
        if width != self._cache_width:
            self._cache.clear()
            self._cache_width = width
        message: MessageInfo = index.data(MESSAGE_ROLE)
        expanded = bool(index.data(EXPANDED_ROLE))
        key = (index.row(), expanded)
        laid = self._cache.get(key)
        if laid is None:
            fonts = self._fonts
            chat = message.role in ("customer", "agent")
            text_width = self._max_bubble_width(message.role, width) - 2 * _PAD_H
            block = lay_out(
                message.text,
                fonts.text if chat else fonts.small,
                text_width,
                0 if expanded else COLLAPSED_LINES,
            )
            long = (expanded and block.lines > COLLAPSED_LINES) or block.truncated
            small_h = fonts.small_metrics.height()
            height = 2 * _ROW_PAD + small_h + _META_GAP + block.height + 2 * _PAD_V
            if message.role == "agent" and message.wait_s is not None:
                height += small_h + 4 + _TAG_GAP
            if long:
                height += small_h + 4
            laid = _Laid(block, long, round(height))
            self._cache[key] = laid
        return laid

    def is_cut(self, index: Index) -> bool:
        """Whether the row shows only the first lines of a long message."""
        return not index.data(EXPANDED_ROLE) and self._laid(index).block.truncated

    def _link_text(self, index: Index) -> str:
        if index.data(EXPANDED_ROLE):
            return self.tr("Show less")
        return self.tr("Show more")

    def geometry(self, rect: QRect, index: Index) -> BubbleGeometry:
        """The parts of the row at ``rect`` (its top-left and width matter)."""
        fonts = self._fonts
        width = self._row_width()
        laid = self._laid(index)
        role = index.data(KIND_ROLE)
        side = side_of(role)
        small_h = fonts.small_metrics.height()
        top = float(rect.top() + _ROW_PAD)
        left = float(rect.left() + _SIDE_MARGIN)
        right = float(rect.left() + width - _SIDE_MARGIN)

        tag = None
        if index.data(WAIT_ROLE) is not None:
            tag_w = fonts.bold_metrics.horizontalAdvance(self._tag_text(index)) + 16
            tag_h = small_h + 4
            tag = QRectF(right - tag_w, top, tag_w, tag_h)
            top += tag_h + _TAG_GAP

        meta_top = top
        top += small_h + _META_GAP

        link_w = link_h = 0
        if laid.long:
            link_w = fonts.small_metrics.horizontalAdvance(self._link_text(index)) + 4
            link_h = small_h + 4
        text_w = max(laid.block.width, link_w, 8.0)
        bubble_w = text_w + 2 * _PAD_H
        bubble_h = laid.block.height + link_h + 2 * _PAD_V
        if side == Qt.AlignmentFlag.AlignLeft:
            bubble_left = left
        elif side == Qt.AlignmentFlag.AlignRight:
            bubble_left = right - bubble_w
        else:
            bubble_left = rect.left() + (width - bubble_w) / 2
        bubble = QRectF(bubble_left, top, bubble_w, bubble_h)
        text_origin = QPointF(bubble_left + _PAD_H, top + _PAD_V)
        link = None
        if laid.long:
            link = QRectF(
                bubble_left + _PAD_H, top + _PAD_V + laid.block.height + 2, link_w, link_h - 2
            )

        meta_w = max(bubble_w, self._meta_width(index))
        if side == Qt.AlignmentFlag.AlignLeft:
            meta = QRectF(left, meta_top, meta_w, small_h)
        elif side == Qt.AlignmentFlag.AlignRight:
            meta = QRectF(right - meta_w, meta_top, meta_w, small_h)
        else:
            meta = QRectF(rect.left() + (width - meta_w) / 2, meta_top, meta_w, small_h)
        return BubbleGeometry(bubble, text_origin, meta, tag, link, laid.height)

    def _meta_width(self, index: Index) -> float:
        sender = str(index.data(SENDER_ROLE) or "")
        when = str(index.data(TIME_ROLE) or "")
        fonts = self._fonts
        return float(
            fonts.bold_metrics.horizontalAdvance(sender)
            + fonts.small_metrics.horizontalAdvance("  " + when)
            + 2
        )

    def _tag_text(self, index: Index) -> str:
        text = wait_text(float(index.data(WAIT_ROLE)))
        return f"{_WARNING_SIGN} {text}" if index.data(WAIT_OVER_ROLE) else text

    # --------------------------------------------------------------- Qt interface
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(self._row_width(), self._laid(index).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        geo = self.geometry(option.rect, index)
        role = index.data(KIND_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if selected:
            band = QColor(highlight)
            band.setAlpha(38)
            painter.fillRect(option.rect, band)

        if geo.tag is not None:
            self._paint_tag(painter, geo.tag, index)
        self._paint_meta(painter, geo.meta, index, role)

        if role == "agent":
            fill, border, text_colour = _AGENT_BG, _AGENT_BORDER, _TEXT
        elif role == "customer":
            fill, border, text_colour = _CUSTOMER_BG, _CUSTOMER_BORDER, _TEXT
        elif role == "bot":
            fill, border, text_colour = _BOT_BG, _BOT_BG, _SYSTEM_TEXT
        else:
            fill, border, text_colour = _SYSTEM_BG, _SYSTEM_BG, _SYSTEM_TEXT
        pen = QPen(highlight if selected else border, 2.0 if selected else 1.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(geo.bubble.adjusted(0.5, 0.5, -0.5, -0.5), _RADIUS, _RADIUS)

        hits = self._view.hits_of(index.row())
        if hits:
            self._paint_hits(painter, geo, index.row(), side_of(role), hits)

        painter.setPen(text_colour)
        laid = self._laid(index)
        focus_key = self._view.focus_key if hits else None
        laid.block.layout.draw(painter, geo.text_origin, highlight_ranges(hits, focus_key))
        if geo.link is not None:
            painter.setFont(self._fonts.small)
            painter.setPen(_LINK)
            painter.drawText(
                geo.link,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._link_text(index),
            )
        has_focus = option.state & QStyle.StateFlag.State_HasFocus
        if has_focus and self._shows_focus(option):
            focus = QPen(highlight, 1.0, Qt.PenStyle.DashLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(geo.bubble.adjusted(-3, -3, 3, 3), _RADIUS + 2, _RADIUS + 2)
        painter.restore()

    def _paint_hits(
        self,
        painter: QPainter,
        geo: BubbleGeometry,
        row: int,
        side: Qt.AlignmentFlag,
        hits: tuple[TextHit, ...],
    ) -> None:
        """The marker beside the bubble, and a ring round the message being looked at."""
        bubble = geo.bubble
        # In the margin on the bubble's outer side, where it does not crowd the text.
        if side == Qt.AlignmentFlag.AlignRight:
            x = bubble.right() + _MARKER_GAP
        else:
            x = bubble.left() - _MARKER_GAP - _MARKER_WIDTH
        marker = QRectF(x, bubble.top() + 3, _MARKER_WIDTH, max(bubble.height() - 6, 6))
        paint_marker(painter, marker, worst_verdict(hits))
        if row == self._view.focus_row:
            painter.save()
            painter.setPen(QPen(FOCUS_RING, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(-2, -2, 2, 2), _RADIUS + 2, _RADIUS + 2)
            painter.restore()

    def _paint_tag(self, painter: QPainter, rect: QRectF, index: Index) -> None:
        over = bool(index.data(WAIT_OVER_ROLE))
        painter.setPen(QPen(_OVER_BORDER if over else _WAIT_BG, 1.0))
        painter.setBrush(_OVER_BG if over else _WAIT_BG)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.setFont(self._fonts.bold_small if over else self._fonts.small)
        painter.setPen(_OVER_TEXT if over else _WAIT_TEXT)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._tag_text(index))

    def _paint_meta(self, painter: QPainter, rect: QRectF, index: Index, role: str) -> None:
        sender = str(index.data(SENDER_ROLE) or "")
        when = "  " + str(index.data(TIME_ROLE) or "")
        fonts = self._fonts
        bold, small = fonts.bold_small, fonts.small
        sender_w = fonts.bold_metrics.horizontalAdvance(sender)
        when_w = fonts.small_metrics.horizontalAdvance(when)
        total = sender_w + when_w
        side = side_of(role)
        if side == Qt.AlignmentFlag.AlignLeft:
            x = rect.left()
        elif side == Qt.AlignmentFlag.AlignRight:
            x = rect.right() - total
        else:
            x = rect.left() + (rect.width() - total) / 2
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setFont(bold)
        painter.setPen(_WAIT_TEXT)
        painter.drawText(QRectF(x, rect.top(), sender_w + 1, rect.height()), flags, sender)
        painter.setFont(small)
        painter.setPen(_META)
        painter.drawText(QRectF(x + sender_w, rect.top(), when_w + 1, rect.height()), flags, when)

    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            link = self.geometry(option.rect, index).link
            if link is not None and link.contains(event.position()):
                self._view.toggle_expanded(index.row())
                return True
        return super().editorEvent(event, model, option, index)


class ChatView(QListView):
    """The bubbles of one chat, selectable for evidence and copyable."""

    sig_evidence_selection_changed = Signal()
    """The set of selected messages changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chat_model = ChatModel(self)
        self.setModel(self.chat_model)
        self.bubbles = BubbleDelegate(self)
        self.setItemDelegate(self.bubbles)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes would change the width and re-wrap every row.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Rows are re-measured when the width changes, as wrapping depends on it.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(24)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, VIEW_BACKGROUND)
        self.setPalette(palette)
        self._placeholder = ""
        # Automatic-check hits by row, and the check (and message) the reader is looking at:
        # the view's state, so setting them repaints without re-measuring any row.
        self._hits: dict[int, tuple[TextHit, ...]] = {}
        self._focus_key: str | None = None
        self._focus_row = -1
        self._copy = QAction(self)
        self._copy.setShortcut(QKeySequence.StandardKey.Copy)
        self._copy.triggered.connect(self.copy_selection)
        self._select_all = QAction(self)
        self._select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        self._select_all.triggered.connect(self.selectAll)
        self._retranslate()
        self.chat_model.dataChanged.connect(self._data_changed)
        self.chat_model.modelReset.connect(self.bubbles.clear_cache)
        self.selectionModel().selectionChanged.connect(
            lambda *_: self.sig_evidence_selection_changed.emit()
        )

    # --------------------------------------------------------------- content
    def show_messages(self, messages: Sequence[MessageInfo], placeholder: str = "") -> None:
        had_selection = self.selectionModel().hasSelection()
        self._placeholder = placeholder
        self._hits, self._focus_key, self._focus_row = {}, None, -1
        self.chat_model.set_messages(messages)
        self.scrollToTop()
        # A model reset clears the selection without a selectionChanged signal.
        if had_selection:
            self.sig_evidence_selection_changed.emit()

    def clear(self) -> None:
        self.show_messages([])

    def set_wait_threshold(self, seconds: int) -> None:
        self.chat_model.set_wait_threshold(seconds)

    # --------------------------------------------------------------- automatic checks
    def set_hits(self, hits: dict[int, tuple[TextHit, ...]]) -> None:
        """Mark these rows' messages and highlight the words the checks matched."""
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
        middle of the view; a long message is opened in full so its hit can be seen."""
        self._focus_key, self._focus_row = key, row
        if 0 <= row < self.chat_model.rowCount():
            index = self.chat_model.index(row, 0)
            if self.bubbles.is_cut(index):
                self.chat_model.set_expanded(row, True)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.viewport().update()

    def set_timezone(self, timezone: str) -> None:
        self.chat_model.set_timezone(timezone)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedIndexes())

    def selected_messages(self) -> list[MessageInfo]:
        return [self.chat_model.message_at(row) for row in self.selected_rows()]

    def selected_evidence(self) -> list[tuple[str, int, str]]:
        return [("message", m.id, m.text) for m in self.selected_messages()]

    def toggle_expanded(self, row: int) -> None:
        index = self.chat_model.index(row, 0)
        self.chat_model.set_expanded(row, not index.data(EXPANDED_ROLE))

    def bubble_rect(self, row: int) -> QRectF:
        """Where the bubble of ``row`` is painted (viewport coordinates)."""
        index = self.chat_model.index(row, 0)
        return self.bubbles.geometry(self.visualRect(index), index).bubble

    def row_geometry(self, row: int) -> BubbleGeometry:
        index = self.chat_model.index(row, 0)
        return self.bubbles.geometry(self.visualRect(index), index)

    def copy_selection(self) -> None:
        """One message: its text; several: one line each with time and sender."""
        rows = self.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            text = self.chat_model.message_at(rows[0]).text
        else:
            lines = []
            for row in rows:
                index = self.chat_model.index(row, 0)
                message = self.chat_model.message_at(row)
                lines.append(f"{index.data(TIME_ROLE)} {index.data(SENDER_ROLE)}: {message.text}")
            text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)

    # --------------------------------------------------------------- Qt interface
    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        if not roles or EXPANDED_ROLE in roles:
            # Heights may change: drop cached layouts and let the view re-measure the rows.
            self.bubbles.clear_cache()
            for row in range(top.row(), bottom.row() + 1):
                self.bubbles.sizeHintChanged.emit(self.chat_model.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index = self.indexAt(event.position().toPoint())
        over_link = False
        if index.isValid():
            link = self.bubbles.geometry(self.visualRect(index), index).link
            over_link = link is not None and link.contains(event.position())
        cursor = Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        menu = QMenu(self)
        menu.addAction(self._copy)
        self._copy.setEnabled(self.selectionModel().hasSelection())
        if index.isValid():
            geo = self.bubbles.geometry(self.visualRect(index), index)
            if geo.link is not None:
                expanded = bool(index.data(EXPANDED_ROLE))
                text = self.tr("Show less") if expanded else self.tr("Show the whole message")
                menu.addAction(text, lambda: self.toggle_expanded(index.row()))
        menu.addSeparator()
        menu.addAction(self._select_all)
        menu.exec(event.globalPos())

    def set_placeholder(self, text: str) -> None:
        """Change the text shown when the record has no rows (after a language switch)."""
        if self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.chat_model.rowCount() == 0 and self._placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(_META)
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
            self.bubbles.clear_cache()
            self.chat_model.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.bubbles.clear_cache()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._copy.setText(self.tr("&Copy"))
        self._select_all.setText(self.tr("Select &all"))

    def viewport_point(self, row: int) -> QPoint:
        """A point inside the bubble of ``row`` (for clicking it)."""
        return self.bubble_rect(row).center().toPoint()
