"""The import wizard's second page: how each file will be read, and its column mapping.

The preview is read on a worker thread (a big workbook takes a moment to open); a result that
belongs to an older request (the user changed the mapping again meanwhile) is dropped. Every
edit of the mapping asks the service again with the edited mapping.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QInputDialog, QLineEdit, QWidget

from qa_desk.domain.errors import QaDeskError
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.dialogs.edit_dialog import MESSAGE_STYLE
from qa_desk.ui.dialogs.import_pages import ChoosePage, ImportRequest, TranslatedPage, number
from qa_desk.ui.forms.ui_import_preview_page import Ui_ImportPreviewPage
from qa_desk.ui.forms.ui_import_preview_panel import Ui_ImportPreviewPanel
from qa_desk.ui.i18n import service_text
from qa_desk.ui.messages import show_error
from qa_desk.ui.models.import_preview import PreviewRowsModel
from qa_desk.ui.models.mapping import MappingDelegate, MappingModel, field_label
from qa_desk.ui.widgets.tables import configure_table

if TYPE_CHECKING:
    from qa_desk.services.imports import ImportPreview


class PreviewPanel(QWidget):
    """The preview of one file: format, first rows, and its editable column mapping."""

    sig_state_changed = Signal()
    """The panel became ready to import, or stopped being so."""
    sig_profile_saved = Signal(str, str)
    """A mapping was saved: kind, profile name."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        kind: str,
        path: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.kind = kind
        self.path = path
        self.ui = Ui_ImportPreviewPanel()
        self.ui.setupUi(self)
        self.preview: ImportPreview | None = None
        self.error = ""
        self.loading = False
        self.edited = False  # the user changed the detected / profile mapping
        self._generation = 0
        self._saved_profile = ""
        self.profile_hint = ""  # the name offered when saving (the profile chosen on page 1)
        self.ui.messageLabel.setStyleSheet(MESSAGE_STYLE)
        self.ui.messageLabel.hide()

        self.mapping_model = MappingModel(self)
        self.rows_model = PreviewRowsModel(self)
        view = self.ui.mappingView
        view.setModel(self.mapping_model)
        configure_table(view, sortable=False)
        view.setItemDelegateForColumn(MappingModel.COLUMN, MappingDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 16)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(MappingModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MappingModel.COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MappingModel.COLUMN, 170)
        rows = self.ui.rowsView
        rows.setModel(self.rows_model)
        configure_table(rows, sortable=False)
        rows.verticalHeader().setVisible(True)
        rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        rows.horizontalHeader().setStretchLastSection(False)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([460, 520])

        self.mapping_model.sig_mapping_changed.connect(self._mapping_edited)
        self.mapping_model.modelReset.connect(self._open_editors)
        self.ui.saveProfileButton.clicked.connect(self._save_profile)
        self._update_buttons()

    # --------------------------------------------------------------- loading
    def load(self, profile: str | None = None, mapping: dict[str, str] | None = None) -> None:
        """Read the file's preview in the background (with a profile or a given mapping)."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        if self.preview is None:
            self.ui.infoLabel.setText(self.tr("Reading {0}…").format(Path(self.path).name))
        services, actor, path, kind = self.services, self.actor, self.path, self.kind

        def work(_progress: tasks.ProgressFn, _cancelled: tasks.CancelledFn) -> ImportPreview:
            return services.imports.preview(actor, path, kind, mapping=mapping, profile=profile)

        # Lambdas are not disconnected when the panel goes (the wizard closed meanwhile).
        tasks.start(
            work,
            on_finished=lambda result: self._loaded(generation, result),
            on_failed=lambda message: self._failed(generation, message),
            owner=self,
        )
        self._update_buttons()
        self.sig_state_changed.emit()

    def _loaded(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return  # an older request; a newer one is on its way
        self.loading = False
        self.preview = preview
        self.error = ""
        sample = preview.rows[0] if preview.rows else None
        self.mapping_model.set_preview(
            self.kind, preview.fields, preview.headers, preview.mapping, sample
        )
        self.rows_model.set_rows(preview.headers, preview.rows, preview.row_numbers)
        self.rows_model.set_mapping(self.mapping_model)
        self._fit_rows()
        self._show_state()

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.preview = None
        self.error = service_text(message)
        self.mapping_model.clear()
        self.rows_model.clear()
        self._show_state()

    def _fit_rows(self) -> None:
        view = self.ui.rowsView
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 260))

    def _open_editors(self) -> None:
        view = self.ui.mappingView
        for row in range(self.mapping_model.rowCount()):
            view.openPersistentEditor(self.mapping_model.index(row, MappingModel.COLUMN))

    # --------------------------------------------------------------- state
    def missing_labels(self) -> list[str]:
        names = self.mapping_model.missing()
        fields = {f.name: f for f in self.preview.fields} if self.preview else {}
        return [field_label(self.kind, n, fields[n].label if n in fields else n) for n in names]

    def is_ready(self) -> bool:
        return (
            not self.loading
            and self.preview is not None
            and not self.error
            and not self.mapping_model.missing()
        )

    def mapping(self) -> dict[str, str]:
        return self.mapping_model.mapping()

    def message(self) -> str:
        """The one-line problem shown on the panel, "" when there is none."""
        return "" if self.ui.messageLabel.isHidden() else self.ui.messageLabel.text()

    def _show_state(self) -> None:
        if self.error:
            text = self.error
        elif self.preview is not None and self.mapping_model.missing():
            text = self.tr(
                "Required fields not found in the file: {0}. Choose their columns under Fields."
            ).format(", ".join(self.missing_labels()))
        else:
            text = ""
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        self.ui.infoLabel.setText(self._info_text())
        # A file that can't be read has no columns or rows to show.
        self.ui.splitter.setVisible(not self.error)
        self._update_buttons()
        self.sig_state_changed.emit()

    def _info_text(self) -> str:
        preview = self.preview
        if preview is None:
            return self.tr("Go back to choose another file.") if self.error else ""
        parts = [self.tr("Format: {0}").format(preview.format.upper())]
        if preview.encoding:
            parts.append(self.tr("Encoding: {0}").format(preview.encoding))
        if preview.delimiter:
            parts.append(self.tr("Separator: {0}").format(self._delimiter_name(preview.delimiter)))
        if preview.sheet:
            parts.append(self.tr("Sheet: {0}").format(preview.sheet))
        parts.append(self.tr("Columns: {0}").format(number(len(preview.headers))))
        if self.edited:
            parts.append(self.tr("Mapping: edited"))
        elif preview.profile:
            parts.append(self.tr("Profile: {0}").format(preview.profile))
        else:
            parts.append(self.tr("Mapping: detected"))
        line = " · ".join(parts)
        if self._saved_profile:
            line += "\n" + self.tr("Saved as profile “{0}”.").format(self._saved_profile)
        return line

    def _delimiter_name(self, delimiter: str) -> str:
        names = {",": self.tr("comma"), "\t": self.tr("tab"), ";": self.tr("semicolon")}
        return names.get(delimiter, repr(delimiter))

    def _update_buttons(self) -> None:
        self.ui.saveProfileButton.setEnabled(self.is_ready())

    # --------------------------------------------------------------- editing
    def _mapping_edited(self) -> None:
        self.edited = True
        self._saved_profile = ""
        self.rows_model.set_mapping(self.mapping_model)
        self._show_state()
        # The service checks the edited mapping against the file (and reports what is missing).
        self.load(mapping=self.mapping())

    def _save_profile(self) -> None:
        if not self.is_ready():
            return
        suggestion = (self.preview.profile if self.preview else None) or self.profile_hint
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as profile"),
            self.tr("Name of the profile (e.g. the platform's name):"),
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        name = name.strip()
        if not ok or not name:
            return
        try:
            saved = self.services.imports.save_profile(self.actor, self.kind, name, self.mapping())
        except QaDeskError as error:
            show_error(self, error)
            return
        self._saved_profile = saved.name
        self.ui.infoLabel.setText(self._info_text())
        self.sig_profile_saved.emit(self.kind, saved.name)

    def retranslate(self) -> None:
        self.mapping_model.retranslate()
        self.rows_model.set_mapping(self.mapping_model)
        self._open_editors_texts()
        if self.preview is not None or self.error:
            self._show_state()

    def _open_editors_texts(self) -> None:
        # The persistent combos show "— not in file —" in the old language until re-read.
        view = self.ui.mappingView
        for row in range(self.mapping_model.rowCount()):
            index = self.mapping_model.index(row, MappingModel.COLUMN)
            editor = view.indexWidget(index)
            if editor is not None:
                view.itemDelegateForColumn(MappingModel.COLUMN).setEditorData(editor, index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


class PreviewPage(TranslatedPage):
    """One preview panel per file: the export, and for calls the transcripts file."""

    def __init__(
        self, services: Services, actor: Actor, choose: ChoosePage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.choose = choose
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)
        self.panels: dict[str, PreviewPanel] = {}
        self._request: ImportRequest | None = None
        # Next runs the import: there is no way back once it has started.
        self.setCommitPage(True)

    def initializePage(self) -> None:
        request = self.choose.request()
        old = self._request
        same_files = old is not None and (
            old.kind,
            old.path,
            old.transcripts,
            old.profile,
        ) == (request.kind, request.path, request.transcripts, request.profile)
        self._request = request
        if same_files and all(not p.error for p in self.panels.values()):
            return  # back and forth without changing the files keeps the edited mapping
        self._clear()
        self._add_panel(request.kind, request.path).load(profile=request.profile)
        if request.kind == "calls" and request.transcripts:
            # The import reads transcripts with the profile of the same name, when there is one.
            self._add_panel("transcripts", request.transcripts).load(
                profile=self._transcripts_profile(request.profile)
            )
        self.retranslate()

    def _transcripts_profile(self, name: str | None) -> str | None:
        if not name:
            return None
        try:
            names = {p.name for p in self.services.imports.profiles(self.actor, "transcripts")}
        except QaDeskError:
            return None
        return name if name in names else None

    def _clear(self) -> None:
        tabs = self.ui.fileTabs
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            widget.deleteLater()
        self.panels = {}

    def _add_panel(self, kind: str, path: str) -> PreviewPanel:
        panel = PreviewPanel(self.services, self.actor, kind, path, self)
        panel.setObjectName(f"preview_{kind}")
        panel.profile_hint = (self._request.profile if self._request else None) or ""
        panel.sig_state_changed.connect(self.completeChanged)
        panel.sig_profile_saved.connect(self._profile_saved)
        self.panels[kind] = panel
        self.ui.fileTabs.addTab(panel, "")
        return panel

    def _profile_saved(self, kind: str, name: str) -> None:
        if kind == self.choose.kind():
            self.choose.reload_profiles()

    def panel(self, kind: str | None = None) -> PreviewPanel:
        """The panel of ``kind`` (default: the chosen export)."""
        return self.panels[kind or self.choose.kind()]

    def isComplete(self) -> bool:
        return bool(self.panels) and all(p.is_ready() for p in self.panels.values())

    def retranslate(self) -> None:
        titles = {
            "chats": self.tr("Chats: {0}"),
            "calls": self.tr("Calls: {0}"),
            "transcripts": self.tr("Transcripts: {0}"),
        }
        for index in range(self.ui.fileTabs.count()):
            panel = self.ui.fileTabs.widget(index)
            if isinstance(panel, PreviewPanel):
                title = titles[panel.kind].format(Path(panel.path).name)
                self.ui.fileTabs.setTabText(index, title)

    def import_arguments(self) -> dict[str, Any]:
        """Mapping arguments for the import: an edited mapping wins over the profile's, but
        the profile still names the records' source (so a re-import finds them again)."""
        assert self._request is not None
        main = self.panel(self._request.kind)
        arguments: dict[str, Any] = {
            "mapping": main.mapping() if main.edited else None,
            "profile": self._request.profile,
        }
        transcripts = self.panels.get("transcripts")
        if transcripts is not None:
            arguments["transcript_mapping"] = transcripts.mapping() if transcripts.edited else None
        return arguments
