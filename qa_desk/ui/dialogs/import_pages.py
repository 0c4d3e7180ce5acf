"""The import wizard's first page (choose the file) and what its pages share.

The other pages live beside it: ``import_preview_page`` (check the columns) and
``import_run_pages`` (run, summary).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget, QWizardPage

from qa_desk.domain.errors import QaDeskError
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.choices import vendor_text
from qa_desk.ui.dialogs.edit_dialog import MESSAGE_STYLE
from qa_desk.ui.forms.ui_import_choose_page import Ui_ImportChoosePage
from qa_desk.ui.messages import show_error
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.combos import fill_combo

HINT_STYLE = "color: palette(placeholder-text);"

FILE_FILTER_EXTENSIONS = "*.csv *.txt *.tsv *.xlsx *.xlsm *.xlsb *.xls *.ods"


@dataclass(frozen=True)
class ImportRequest:
    """What the first page asks for; paths are absolute, optional ones None when empty."""

    kind: str  # "chats" | "calls"
    path: str
    transcripts: str | None
    recordings_dir: str | None
    vendor_code: str | None
    profile: str | None


def local_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The path of the single local file or folder being dragged, if that is what it is."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    return urls[0].toLocalFile() if len(urls) == 1 else None


def number(value: int) -> str:
    """An integer in the interface language's digit grouping."""
    return QLocale().toString(int(value))


class TranslatedPage(QWizardPage):
    """A page built from a form: re-sets its texts when the language changes."""

    ui: Any

    def retranslate(self) -> None:
        """Texts that are not part of the form."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


# ====================================================================== 1. choose
class ChoosePage(TranslatedPage):
    def __init__(
        self, services: Services, actor: Actor, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.settings = settings
        self.ui = Ui_ImportChoosePage()
        self.ui.setupUi(self)
        self.ui.messageLabel.setStyleSheet(MESSAGE_STYLE)
        self.ui.messageLabel.hide()
        self.ui.dropHint.setStyleSheet(HINT_STYLE)
        # Drops are handled by the page (the path replaces the field), not inserted as text.
        self.setAcceptDrops(True)
        for edit in self._edits():
            edit.setAcceptDrops(False)
            edit.textChanged.connect(self._changed)
        self.ui.chatsRadio.toggled.connect(self._kind_changed)
        self.ui.browseButton.clicked.connect(self._browse_file)
        self.ui.transcriptsBrowse.clicked.connect(self._browse_transcripts)
        self.ui.recordingsBrowse.clicked.connect(self._browse_recordings)
        self._fill_vendors()
        self.reload_profiles()
        self._show_call_rows()

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.ui.fileEdit, self.ui.transcriptsEdit, self.ui.recordingsEdit)

    # --------------------------------------------------------------- choices
    def kind(self) -> str:
        return "calls" if self.ui.callsRadio.isChecked() else "chats"

    def _fill_vendors(self) -> None:
        try:
            vendors = [v for v in self.services.org.vendors(self.actor) if v.active]
        except QaDeskError as error:
            show_error(self, error)
            vendors = []
        fill_combo(
            self.ui.vendorCombo,
            [(self.tr("None — only the file's vendor column"), None)]
            + [(vendor_text(v), v.code) for v in vendors],
        )

    def reload_profiles(self, select: Any = ...) -> None:
        """Offer the saved profiles of the chosen kind; ``select`` a name (None: detect),
        by default keeping the current choice when it is still offered."""
        try:
            profiles = self.services.imports.profiles(self.actor, self.kind())
        except QaDeskError as error:
            show_error(self, error)
            profiles = []
        choices = [(self.tr("Detect automatically"), None)] + [(p.name, p.name) for p in profiles]
        fill_combo(self.ui.profileCombo, choices, select)

    def _kind_changed(self) -> None:
        self._show_call_rows()
        self.reload_profiles(None)
        self._changed()

    def _show_call_rows(self) -> None:
        calls = self.kind() == "calls"
        for widget in (self.ui.transcriptsLabel, self.ui.recordingsLabel):
            self.ui.formLayout.setRowVisible(widget, calls)

    def request(self) -> ImportRequest:
        calls = self.kind() == "calls"
        transcripts = self.ui.transcriptsEdit.text().strip() if calls else ""
        recordings = self.ui.recordingsEdit.text().strip() if calls else ""
        return ImportRequest(
            kind=self.kind(),
            path=_absolute(self.ui.fileEdit.text().strip()),
            transcripts=_absolute(transcripts) if transcripts else None,
            recordings_dir=_absolute(recordings) if recordings else None,
            vendor_code=self.ui.vendorCombo.currentData(),
            profile=self.ui.profileCombo.currentData(),
        )

    # --------------------------------------------------------------- files
    def set_file(self, path: str) -> None:
        """Take ``path`` as the file to import (a drop on the window or the command line)."""
        self.ui.fileEdit.setText(path)

    def _start_folder(self, current: str) -> str:
        if current and Path(current).parent.is_dir():
            return str(Path(current).parent)
        last = self.settings.get("import/last_folder")
        return last if last and Path(last).is_dir() else str(Path.home())

    def _file_filter(self) -> str:
        return self.tr("Exports ({0});;All files (*)").format(FILE_FILTER_EXTENSIONS)

    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            self._start_folder(self.ui.fileEdit.text()),
            self._file_filter(),
        )
        if path:
            self.ui.fileEdit.setText(path)
            self._remember_folder(path)

    def _browse_transcripts(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the transcripts file"),
            self._start_folder(self.ui.transcriptsEdit.text() or self.ui.fileEdit.text()),
            self._file_filter(),
        )
        if path:
            self.ui.transcriptsEdit.setText(path)

    def _browse_recordings(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose the recordings folder"),
            self._start_folder(self.ui.recordingsEdit.text() or self.ui.fileEdit.text()),
        )
        if path:
            self.ui.recordingsEdit.setText(path)

    def _remember_folder(self, path: str) -> None:
        folder = Path(path).parent
        if folder.is_dir():
            self.settings.set("import/last_folder", str(folder))
            self.settings.sync()

    # --------------------------------------------------------------- drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = local_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_path(path, self.childAt(event.position().toPoint()))

    def drop_path(self, path: str, target: QWidget | None = None) -> None:
        """A dropped path goes to the field it was dropped on (a folder to the recordings)."""
        ui = self.ui
        calls = self.kind() == "calls"
        if calls and Path(path).is_dir():
            ui.recordingsEdit.setText(path)
        elif calls and target in (ui.transcriptsEdit, ui.transcriptsLabel, ui.transcriptsBrowse):
            ui.transcriptsEdit.setText(path)
        else:
            ui.fileEdit.setText(path)

    # --------------------------------------------------------------- completeness
    def problem(self) -> str:
        """Why the choices cannot be imported, or "" (also "" while no file is given)."""
        ui = self.ui
        path = ui.fileEdit.text().strip()
        if path:
            file = Path(path)
            if file.is_dir():
                return self.tr("{0} is a folder; choose a file in it.").format(path)
            if not file.is_file():
                return self.tr("There is no file {0}.").format(path)
        if self.kind() == "calls":
            transcripts = ui.transcriptsEdit.text().strip()
            if transcripts and not Path(transcripts).is_file():
                return self.tr("There is no transcripts file {0}.").format(transcripts)
            recordings = ui.recordingsEdit.text().strip()
            if recordings and not Path(recordings).is_dir():
                return self.tr("There is no folder {0}.").format(recordings)
        return ""

    def _changed(self) -> None:
        problem = self.problem()
        self.ui.messageLabel.setText(problem)
        self.ui.messageLabel.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.ui.fileEdit.text().strip()) and not self.problem()

    def validatePage(self) -> bool:
        self._remember_folder(self.request().path)
        return True

    def retranslate(self) -> None:
        self._fill_vendors()
        self.reload_profiles()
        self._changed()


def _absolute(path: str) -> str:
    return str(Path(path).expanduser().resolve())
