"""A button that shows which of many choices are ticked and opens a list to tick them.

Used by the sampling plan editor for vendors, teams, agents, categories and flags: the
button reads "All agents" when nothing is ticked (no restriction), the names when one or two
are, and "5 agents" beyond; its tooltip lists them all. The popup has a find field for long
lists (a large outlet has hundreds of agents).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from qa_desk.ui.forms.ui_sampling_choice_popup import Ui_SamplingChoicePopup
from qa_desk.ui.models.sampling_choices import ChoiceListModel

_FIND_FROM = 10  # choices from which the popup offers its find field
_NAMED_UP_TO = 2  # ticked choices the button names; beyond, it counts them
_POPUP_MIN_WIDTH = 280
_POPUP_MAX_HEIGHT = 340


class SamplingChoicePopup(QFrame):
    """The list of check boxes under a :class:`SamplingChoiceButton`."""

    sig_closed = Signal()
    """The popup was closed (a click outside, Escape)."""

    def __init__(self, model: ChoiceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.ui = Ui_SamplingChoicePopup()
        self.ui.setupUi(self)
        self.model = model
        self.ui.choiceList.setModel(model)
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.clearButton.clicked.connect(lambda: model.set_checked(()))
        model.sig_checked_changed.connect(self._update_count)
        model.modelReset.connect(self._reset)
        self.ui.filterEdit.installEventFilter(self)
        self._reset()

    def _reset(self) -> None:
        self.ui.filterEdit.setVisible(self.model.rowCount() >= _FIND_FROM)
        self._filter(self.ui.filterEdit.text())
        self._update_count()

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        view = self.ui.choiceList
        first = -1
        for row in range(self.model.rowCount()):
            shown = not wanted or wanted in str(self.model.index(row, 0).data()).casefold()
            view.setRowHidden(row, not shown)
            if shown and first < 0:
                first = row
        if wanted and first >= 0:
            view.setCurrentIndex(self.model.index(first, 0))

    def _update_count(self) -> None:
        ticked = len(self.model.checked_keys())
        self.ui.countLabel.setText(
            self.tr("{0} of {1} ticked").format(ticked, self.model.rowCount()) if ticked else ""
        )
        self.ui.clearButton.setEnabled(bool(ticked))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Down from the find field goes to the list; Space there ticks the found row.
        if watched is self.ui.filterEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.ui.choiceList.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.ui.choiceList.currentIndex()
                if current.isValid() and not self.ui.choiceList.isRowHidden(current.row()):
                    self.ui.choiceList.toggle_row(current.row())
                return True
        return super().eventFilter(watched, event)

    def open_below(self, anchor: QWidget) -> None:
        """Show under ``anchor`` (above it when the screen ends below)."""
        self.ui.filterEdit.clear()
        rows = max(1, min(self.model.rowCount(), 12))
        row_height = self.ui.choiceList.sizeHintForRow(0) or anchor.fontMetrics().height() + 6
        hint = self.sizeHint()
        list_hint = self.ui.choiceList.sizeHint().height()
        height = min(hint.height() - list_hint + rows * row_height + 8, _POPUP_MAX_HEIGHT)
        width = max(anchor.width(), _POPUP_MIN_WIDTH)
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = QGuiApplication.screenAt(below) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            if below.y() + height > area.bottom():
                below = anchor.mapToGlobal(QPoint(0, -height))
            below.setX(max(area.left(), min(below.x(), area.right() - width)))
        self.setGeometry(below.x(), below.y(), width, height)
        self.show()
        focus = self.ui.filterEdit if self.ui.filterEdit.isVisible() else self.ui.choiceList
        focus.setFocus()
        if self.model.rowCount() and not self.ui.choiceList.currentIndex().isValid():
            self.ui.choiceList.setCurrentIndex(self.model.index(0, 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_count()
        super().changeEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().hideEvent(event)  # type: ignore[arg-type]
        self.sig_closed.emit()


class SamplingChoiceButton(QToolButton):
    """Summarises the ticked choices of its model; a click opens them in a popup.

    Drawn as a combo box (which is what it stands in for, with several choices at once) and
    opened like one: click, Space, F4 or Alt+Down.
    """

    sig_changed = Signal()
    """The ticked choices changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChoiceListModel(self)
        self._all_text = ""
        self._count_text = "{0}"
        self._summary = ""
        self.popup: SamplingChoicePopup | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self.open_popup)
        self.model.sig_checked_changed.connect(self._changed)
        self.model.modelReset.connect(self._update_text)

    # --------------------------------------------------------------- content
    def set_texts(self, all_text: str, count_text: str) -> None:
        """What the button reads with nothing ticked, and with many (``{0}`` = how many)."""
        self._all_text = all_text
        self._count_text = count_text
        self._update_text()

    def set_choices(
        self, choices: Iterable[tuple[str, Hashable]], tips: dict[Hashable, str] | None = None
    ) -> None:
        self.model.set_choices(choices, tips)
        self._update_text()

    def set_checked(self, keys: Iterable[Hashable]) -> None:
        self.model.set_checked(keys)
        self._update_text()

    def checked_keys(self) -> tuple[Hashable, ...]:
        return self.model.checked_keys()

    def summary(self) -> str:
        """What the button says (before eliding to its width)."""
        return self._summary

    # --------------------------------------------------------------- behaviour
    def open_popup(self) -> SamplingChoicePopup:
        """Open the list of choices under the button."""
        if self.popup is None:
            self.popup = SamplingChoicePopup(self.model, self)
            self.popup.sig_closed.connect(self.update)
        self.popup.open_below(self)
        self.update()
        return self.popup

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_popup()
            return
        super().keyPressEvent(event)

    def _changed(self) -> None:
        self._update_text()
        self.sig_changed.emit()

    def _update_text(self) -> None:
        texts = self.model.checked_texts()
        if not texts:
            text = self._all_text
        elif len(texts) <= _NAMED_UP_TO:
            text = ", ".join(texts)
        else:
            text = self._count_text.format(len(texts))
        self._summary = text
        self.setText(text)
        self.setToolTip("\n".join(texts) if texts else "")
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    # --------------------------------------------------------------- looks
    def _combo_option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = False
        option.frame = True
        option.currentText = self._summary
        popup_open = self.popup is not None and self.popup.isVisible()
        if self.isDown() or popup_open:
            option.state |= QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken
        if self.hasFocus():
            option.state |= QStyle.StateFlag.State_HasFocus
        return option

    def paintEvent(self, _event: QEvent) -> None:  # type: ignore[override]
        painter = QStylePainter(self)
        option = self._combo_option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            self._summary, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def sizeHint(self) -> QSize:
        option = self._combo_option()
        metrics = self.fontMetrics()
        width = min(max(metrics.horizontalAdvance(self._summary), 100), 260)
        contents = QSize(width, metrics.height())
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, self
        )

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), 120), hint.height())
