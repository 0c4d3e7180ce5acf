"""One list of the Administration page: table, search, New… / Edit… / Deactivate.

The four tabs (vendors, teams, agents, users) differ only in what they fetch, which dialog
edits a row and how a row is switched off; selection, double-click, confirmation, reloading
with the selection kept and hiding the editing buttons from read-only roles live here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView

from qa_desk.domain.errors import QaDeskError
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.messages import confirm, show_error
from qa_desk.ui.models.chunked import ChunkedListModel
from qa_desk.ui.pages.base import Page
from qa_desk.ui.widgets.tables import configure_table, fit_columns


@dataclass(frozen=True)
class ListWidgets:
    view: QTableView
    new: QPushButton
    edit: QPushButton
    toggle: QPushButton
    search: QLineEdit | None = None


class ListTab(QObject):
    """Controller of one tab's widgets (they belong to the page's form)."""

    sig_changed = Signal()
    """Something was stored; other lists may show it too."""

    def __init__(
        self, page: Page, widgets: ListWidgets, model: ChunkedListModel, can_edit: bool
    ) -> None:
        super().__init__(page)
        self.page = page
        self.services = page.services
        self.actor = page.actor
        self.widgets = widgets
        self.model = model
        self.can_edit = can_edit
        self.dialog: EditDialog | None = None  # the open editor, if any
        self._fitted = False
        view = widgets.view
        view.setModel(model)
        configure_table(view)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        model.set_filter(self.accepts)
        view.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)
        model.layoutChanged.connect(self.update_buttons)
        view.doubleClicked.connect(self._double_clicked)
        widgets.new.clicked.connect(lambda: self.open_editor(None))
        widgets.edit.clicked.connect(self._edit_selected)
        widgets.toggle.clicked.connect(self._toggle_selected)
        if widgets.search is not None:
            widgets.search.textChanged.connect(self.refilter)
        for button in (widgets.new, widgets.edit, widgets.toggle):
            button.setVisible(can_edit)
        self.update_buttons()

    # --------------------------------------------------------------- per tab
    def fetch(self) -> list[Any]:
        """The rows from the service, with the tab's service-side filters applied."""
        raise NotImplementedError

    def make_dialog(self, row: Any | None) -> EditDialog:
        """The dialog that creates (row None) or edits ``row``."""
        raise NotImplementedError

    def set_active(self, row: Any, active: bool) -> None:
        raise NotImplementedError

    def deactivate_question(self, row: Any) -> str:
        raise NotImplementedError

    def search_text(self, row: Any) -> str:
        """What the search field matches against."""
        return ""

    def accepts(self, row: Any) -> bool:
        """Client-side filters; subclasses add theirs with ``super().accepts(row) and ...``."""
        search = self.widgets.search
        needle = search.text().strip().casefold() if search is not None else ""
        return not needle or needle in self.search_text(row).casefold()

    def is_active(self, row: Any) -> bool:
        return self.model.row_is_active(row)

    def can_toggle(self, row: Any) -> bool:
        return True

    # --------------------------------------------------------------- behaviour
    def reload(self, select_id: int | None = None) -> None:
        """Fetch again, keeping the selected row (or selecting ``select_id``)."""
        if select_id is None:
            current = self.selected()
            select_id = current.id if current is not None else None
        try:
            rows = self.fetch()
        except QaDeskError as error:
            show_error(self.page, error)
            return
        self.model.set_rows(rows)
        if select_id is not None:
            self.select(select_id)
        if not self._fitted and rows:
            fit_columns(self.widgets.view)
            self._fitted = True

    def refilter(self) -> None:
        current = self.selected()
        self.model.set_filter(self.accepts)
        if current is not None:
            self.select(current.id)

    def select(self, row_id: int) -> None:
        row = self.model.find(lambda r: r.id == row_id)
        if row >= 0:
            self.widgets.view.selectRow(row)
            self.widgets.view.scrollTo(self.model.index(row, 0))

    def selected(self) -> Any | None:
        selection = self.widgets.view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.row_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        row = self.selected()
        self.widgets.edit.setEnabled(row is not None)
        self.widgets.toggle.setEnabled(row is not None and self.can_toggle(row))
        if row is not None and not self.is_active(row):
            self.widgets.toggle.setText(self.tr("&Reactivate"))
        else:
            self.widgets.toggle.setText(self.tr("&Deactivate"))

    def retranslate(self) -> None:
        self.model.retranslate()
        self.update_buttons()
        fit_columns(self.widgets.view)

    def open_editor(self, row: Any | None) -> None:
        if not self.can_edit:
            return
        try:
            dialog = self.make_dialog(row)
        except QaDeskError as error:
            show_error(self.page, error)
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _saved(self, dialog: EditDialog) -> None:
        self.reload(select_id=dialog.saved_id)
        self.page.sig_status.emit(self.tr("Saved."))
        self.sig_changed.emit()

    def _closed(self, dialog: EditDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _double_clicked(self) -> None:
        self._edit_selected()

    def _edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_editor(row)

    def _toggle_selected(self) -> None:
        row = self.selected()
        if row is None or not self.can_edit:
            return
        activate = not self.is_active(row)
        if not activate and not confirm(self.page, self.deactivate_question(row)):
            return
        try:
            self.set_active(row, activate)
        except QaDeskError as error:
            show_error(self.page, error)
            return
        self.reload(select_id=row.id)
        self.page.sig_status.emit(self.tr("Reactivated.") if activate else self.tr("Deactivated."))
        self.sig_changed.emit()
