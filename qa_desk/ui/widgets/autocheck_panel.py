"""The "Automatic checks" panel (智能质检) of the record view: every check of the active
checklists on the shown record, with its verdict, what it measured and its evidence.

It shows what it is given (``show_checks``); choosing a check or one of its findings asks
the conversation to show that line (``sig_focus_requested``). The panel folds down to its
title line so the conversation can have the room.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from qa_desk.ui.forms.ui_autocheck_panel import Ui_AutoCheckPanel
from qa_desk.ui.models.autocheck import (
    KEY_ROLE,
    REF_ROLE,
    VERDICT_ROLE,
    CheckModel,
    Line,
)
from qa_desk.ui.widgets.autocheck_marks import FAIL, FLAG, NOT_APPLICABLE, PASS, VERDICT_COLOURS

if TYPE_CHECKING:
    from qa_desk.services.autocheck import RecordCheck

_MUTED_STYLE = "color: #7b8794;"
# Findings of a failed or flagged check open by themselves when there are this few.
_OPEN_UP_TO = 6
_QWIDGETSIZE_MAX = 16777215
_FINDING_SHARE = 0.38  # of the tree's width, for the last column
Index = QModelIndex | QPersistentModelIndex


class VerdictDelegate(QStyledItemDelegate):
    """The verdict of a check as a coloured pill; other cells as usual."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() == 0 and not index.parent().isValid():
            font = QFont(option.font)
            font.setWeight(QFont.Weight.DemiBold)
            pill = QFontMetrics(font).horizontalAdvance(str(index.data() or "")) + 16
            size.setWidth(max(size.width(), pill + 10))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colours = VERDICT_COLOURS.get(index.data(VERDICT_ROLE))
        if index.column() != 0 or index.parent().isValid() or colours is None:
            super().paint(painter, option, index)
            return
        # The row's selection band first, then the pill on top of it.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        plain.backgroundBrush = QBrush()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        text = str(index.data() or "")
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(text) + 16
        height = min(option.rect.height() - 4, painter.fontMetrics().height() + 2)
        rect = QRectF(
            option.rect.left() + 2,
            option.rect.top() + (option.rect.height() - height) / 2,
            width,
            height,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours[0])
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(colours[1])
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()


class AutoCheckPanel(QWidget):
    """The checks of one record, foldable, each leading to its evidence in the conversation."""

    sig_focus_requested = Signal(str, int)
    """The reader chose a check (rule key) and a line of it (Evidence.ref; -1: none)."""
    sig_folded = Signal(bool)
    """The panel was folded (True) or opened (False) by the reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AutoCheckPanel()
        self.ui.setupUi(self)
        self.model = CheckModel(self)
        tree = self.ui.checkTree
        tree.setModel(self.model)
        tree.setItemDelegate(VerdictDelegate(tree))
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The verdict fits its pill, the finding gets a share, the check's text the rest.
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.ui.summaryLabel.setStyleSheet(_MUTED_STYLE)
        self.ui.stateLabel.setStyleSheet(_MUTED_STYLE)
        title_font = QFont(self.ui.toggleButton.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        self.ui.toggleButton.setFont(title_font)
        self._open = True
        self.ui.toggleButton.clicked.connect(lambda: self._set_open(not self._open))
        tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self._state = ""  # "loading" | "none" | "checks"
        self._channel = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.hide()

    # --------------------------------------------------------------- contract
    def show_loading(self) -> None:
        """The record changed; its checks are on their way."""
        self._state = "loading"
        self.model.clear()
        self._show_state()
        self.show()

    def show_checks(
        self, checks: Sequence[RecordCheck], lines: Mapping[int, Line], channel: str
    ) -> None:
        self._channel = channel
        self.model.set_checks(checks, lines, channel)
        self._state = "checks" if checks else "none"
        self._open_findings()
        self._fit_columns()
        self._show_state()
        self.show()

    def clear(self) -> None:
        """Nothing to show (no record): the panel goes away."""
        self._state = ""
        self.model.clear()
        self.hide()

    @property
    def folded(self) -> bool:
        return not self._open

    def set_folded(self, folded: bool) -> None:
        if folded == self._open:
            self._set_open(not folded)

    def summary(self) -> str:
        return self.ui.summaryLabel.text()

    def state_text(self) -> str:
        return self.ui.stateLabel.text() if not self.ui.stateLabel.isHidden() else ""

    def select(self, key: str, evidence: int = -1) -> bool:
        """Select a check (and one of its findings) as the reader would; False if absent."""
        row = self.model.row_of(key)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        if evidence >= 0:
            if evidence >= self.model.rowCount(index):
                return False
            self.ui.checkTree.expand(index)
            index = self.model.index(evidence, 0, index)
        self.ui.checkTree.setCurrentIndex(index)
        return True

    # --------------------------------------------------------------- inside
    def _show_state(self) -> None:
        tree, state_label = self.ui.checkTree, self.ui.stateLabel
        counts = self.model.counts()
        if self._state == "loading":
            state_label.setText(self.tr("Loading the automatic checks…"))
        elif self._state == "none":
            state_label.setText(
                self.tr("Not checked yet: the automatic checks have not run on this record.")
            )
        state_label.setVisible(self._state in ("loading", "none") and not self.folded)
        tree.setVisible(self._state == "checks" and not self.folded)
        self.ui.summaryLabel.setText(self._summary_text(counts) if self._state == "checks" else "")
        self._fit_height()

    def _summary_text(self, counts: dict[str, int]) -> str:
        parts = []
        for verdict, text in (
            (FAIL, self.tr("{0} failed")),
            (FLAG, self.tr("{0} flagged")),
            (PASS, self.tr("{0} passed")),
            (NOT_APPLICABLE, self.tr("{0} N/A")),
        ):
            if counts.get(verdict):
                parts.append(text.format(counts[verdict]))
        return " · ".join(parts)

    def _fit_height(self) -> None:
        # Folded, only the title line is left: the splitter must not give it more room.
        if self.folded:
            self.setMaximumHeight(self.ui.toggleButton.sizeHint().height() + 14)
        else:
            self.setMaximumHeight(_QWIDGETSIZE_MAX)

    def _open_findings(self) -> None:
        tree = self.ui.checkTree
        tree.collapseAll()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            count = self.model.rowCount(index)
            if index.data(VERDICT_ROLE) in (FAIL, FLAG) and 0 < count <= _OPEN_UP_TO:
                tree.expand(index)

    def _fit_columns(self) -> None:
        # From the panel's width: the tree itself is resized only after this panel.
        margins = self.ui.panelLayout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        self.ui.checkTree.header().resizeSection(2, max(120, int(width * _FINDING_SHARE)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _set_open(self, opened: bool) -> None:
        self._open = opened
        self.ui.toggleButton.setArrowType(
            Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow
        )
        self._show_state()
        self.sig_folded.emit(not opened)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = str(current.data(KEY_ROLE))
        ref = current.data(REF_ROLE)
        if ref is None:
            # A check: its first finding, if it has one.
            check = self.model.check_at(current)
            ref = check.evidence[0].ref if check is not None and check.evidence else -1
        self.sig_focus_requested.emit(key, int(ref))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            if self._state:
                self._show_state()
        super().changeEvent(event)
