"""The Word lists tab (词库) of the Administration page: the phrase lists the automatic
checks use (forbidden language, buck-passing, greetings, closings, hold phrases, risk
keywords, privacy), each editable as plain text.

Admins (MANAGE_RULE_PACKS) edit, save and reset to the shipped list; the service checks
every line (a bad regular expression is refused with a one-line message naming the line,
and nothing is stored). Others who may read checklists see the lists read-only. Saving
changes the rules' fingerprint, so the next run checks every record again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QWidget

from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.forms.ui_word_lists_tab import Ui_WordListsTab
from qa_desk.ui.messages import confirm, error_text, show_error
from qa_desk.ui.models.autocheck import pack_label
from qa_desk.ui.models.autocheck_packs import PackModel
from qa_desk.ui.models.formatting import outlet_timezone
from qa_desk.ui.widgets.tables import configure_table, fit_columns

if TYPE_CHECKING:
    from qa_desk.services.autocheck import PackInfo

_HINT_STYLE = "color: palette(placeholder-text);"
_ERROR_STYLE = "color: #b42318;"


class WordListsTab(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""
    sig_saved = Signal(str)
    """A word list was saved or reset (its name): records are due to be checked again."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.ui = Ui_WordListsTab()
        self.ui.setupUi(self)
        self.can_edit = actor.can(Permission.MANAGE_RULE_PACKS)
        self.model = PackModel(outlet_timezone(services), self)
        view = self.ui.packView
        view.setModel(self.model)
        configure_table(view, sortable=False)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.introLabel.setStyleSheet(_HINT_STYLE)
        self.ui.noteLabel.setStyleSheet(_HINT_STYLE)
        self.ui.errorLabel.setStyleSheet(_ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.contentEdit.setReadOnly(not self.can_edit)
        for button in (self.ui.saveButton, self.ui.resetButton, self.ui.revertButton):
            button.setVisible(self.can_edit)
        self._pack: PackInfo | None = None  # the list in the editor, as stored
        self._switching = False
        self._retranslate()

        view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.contentEdit.textChanged.connect(self._text_changed)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.revertButton.clicked.connect(self.revert)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("WordListsTab", "&Word lists")

    # --------------------------------------------------------------- data
    def reload(self) -> None:
        """Show the stored lists; the one being edited stays selected (with its edits)."""
        if self.is_dirty():
            return  # a refresh of the page must not throw away unsaved typing
        try:
            packs = self.services.autocheck.packs(self.actor)
        except QaDeskError as error:
            show_error(self, error)
            return
        self._fill(packs, self._pack.name if self._pack else None)

    def _fill(self, packs: list[PackInfo], select: str | None) -> None:
        self.model.set_packs(packs)
        fit_columns(self.ui.packView)
        row = self.model.row_of(select) if select else -1
        if row < 0 and packs:
            row = 0
        if row >= 0:
            self._switching = True
            try:
                self.ui.packView.selectRow(row)
            finally:
                self._switching = False
            self._show(self.model.row_at(row))
        else:
            self._show(None)

    def selected_name(self) -> str | None:
        return self._pack.name if self._pack else None

    def select(self, name: str) -> bool:
        """Select a list by name as the reader would (False when there is none)."""
        row = self.model.row_of(name)
        if row >= 0:
            self.ui.packView.selectRow(row)
        return row >= 0 and self._pack is not None and self._pack.name == name

    def is_dirty(self) -> bool:
        """Whether the editor holds text that is not saved."""
        return (
            self.can_edit
            and self._pack is not None
            and self.ui.contentEdit.toPlainText() != self._pack.content
        )

    # --------------------------------------------------------------- editing
    def save(self) -> None:
        if not self.can_edit or self._pack is None:
            return
        name = self._pack.name
        try:
            saved = self.services.autocheck.save_pack(
                self.actor, name, self.ui.contentEdit.toPlainText()
            )
        except QaDeskError as error:
            self._show_error(error_text(error))
            return
        self._after_change(saved, self.tr("Word list “{0}” saved."))

    def reset(self) -> None:
        if not self.can_edit or self._pack is None:
            return
        label = pack_label(self._pack.name)
        question = self.tr(
            "Reset the word list “{0}” to the list shipped with QA Desk? Your edits of it are lost."
        ).format(label)
        if not confirm(self, question):
            return
        try:
            reset = self.services.autocheck.reset_pack(self.actor, self._pack.name)
        except QaDeskError as error:
            self._show_error(error_text(error))
            return
        self._after_change(reset, self.tr("Word list “{0}” reset to the shipped list."))

    def revert(self) -> None:
        """Back to the stored text of the list being edited."""
        if self._pack is not None:
            self._show(self._pack)

    def _after_change(self, pack: PackInfo, message: str) -> None:
        self._pack = pack  # the editor now matches what is stored
        self._show(pack)
        self.reload()
        self.sig_status.emit(
            message.format(pack_label(pack.name))
            + " "
            + self.tr("The next run of the automatic checks checks the records again.")
        )
        self.sig_saved.emit(pack.name)

    # --------------------------------------------------------------- inside
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        pack = self.model.row_at(current.row())
        if self._pack is not None and pack.name == self._pack.name:
            return
        if self.is_dirty():
            question = self.tr("Discard your changes to the word list “{0}”?").format(
                pack_label(self._pack.name if self._pack else "")
            )
            if not confirm(self, question):
                # Stay on the list being edited.
                self._switching = True
                try:
                    self.ui.packView.selectRow(previous.row())
                finally:
                    self._switching = False
                return
        self._show(pack)

    def _show(self, pack: PackInfo | None) -> None:
        self._pack = pack
        self.ui.errorLabel.hide()
        edit = self.ui.contentEdit
        edit.blockSignals(True)
        edit.setPlainText(pack.content if pack else "")
        edit.blockSignals(False)
        edit.setEnabled(pack is not None)
        self._update_title()
        self._update_buttons()

    def _update_title(self) -> None:
        pack = self._pack
        if pack is None:
            self.ui.packTitle.setText("")
            return
        label = pack_label(pack.name)
        text = f"{label} ({pack.name})" if label != pack.name else label
        if not self.can_edit:
            text += "  ·  " + self.tr("read-only: only an admin may change the word lists")
        self.ui.packTitle.setText(text)

    def _text_changed(self) -> None:
        self.ui.errorLabel.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        pack = self._pack
        dirty = self.is_dirty()
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        differs = pack is not None and (
            pack.edited or self.ui.contentEdit.toPlainText() != pack.default_content
        )
        self.ui.resetButton.setEnabled(self.can_edit and differs)

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def error_text(self) -> str:
        """The message under the editor ("" when none is shown)."""
        return self.ui.errorLabel.text() if not self.ui.errorLabel.isHidden() else ""

    def _retranslate(self) -> None:
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)
