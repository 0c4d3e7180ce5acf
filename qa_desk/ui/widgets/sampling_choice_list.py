"""A list of check boxes where a click anywhere on a row ticks or unticks it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from qa_desk.ui.models.sampling_choices import ChoiceListModel

_SHOWN_ROWS = 5  # rows the list asks room for before it scrolls


class SamplingChoiceList(QListView):
    """Shows a :class:`ChoiceListModel`; Space or a click on a row toggles it.

    A plain list view toggles only on the small check box itself; a row of text is the
    larger, easier target.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self._pressed_row = -1

    def choice_model(self) -> ChoiceListModel:
        model = self.model()
        assert isinstance(model, ChoiceListModel)
        return model

    def toggle_row(self, row: int) -> None:
        model = self.choice_model()
        index = model.index(row, 0)
        if not index.isValid():
            return
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        model.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        self._pressed_row = index.row() if index.isValid() else -1
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.row() == self._pressed_row
        ):
            # Toggled here, whatever part of the row was hit; the delegate's own toggle on
            # the check box must not undo it, so the view does not see this release.
            self._pressed_row = -1
            self.setCurrentIndex(index)
            self.toggle_row(index.row())
            event.accept()
            return
        self._pressed_row = -1
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A double click is two clicks: each toggled the row already.
        self._pressed_row = -1
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self._pressed_row = index.row()
        event.accept()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        row = self.sizeHintForRow(0) if self.model() and self.model().rowCount() else 0
        row = row or self.fontMetrics().height() + 6
        frame = 2 * self.frameWidth()
        return QSize(hint.width(), row * _SHOWN_ROWS + frame)
