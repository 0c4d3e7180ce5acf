"""Checklists (评分表): every checklist and its versions on the left, the selected version in
the editor on the right.

Drafts are edited and saved (Ctrl+S), then published: publishing freezes the version and
retires the one before. A published or retired version is shown read-only; "Edit as new
draft" copies it into a draft. Versions are compared field by field, exported to and
imported from Excel, and the shipped default checklist is installed in the interface
language when there is none yet. Everyone who may read checklists sees them; only those who
may manage checklists change them.

Unsaved edits are kept while another page is shown; switching to another version asks
whether to save them, and ``can_leave`` asks the same before the window closes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QMessageBox, QWidget

from qa_desk.domain.autocheck import PACK_NAMES, RULE_TYPES
from qa_desk.domain.checklist import ChecklistSpec
from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.roles import Permission
from qa_desk.domain.timeutil import to_local
from qa_desk.services.actor import Actor
from qa_desk.services.checklists import ChecklistInfo, VersionInfo
from qa_desk.services.registry import Services
from qa_desk.ui import i18n, tasks
from qa_desk.ui.dialogs.checklist_compare_dialog import ChecklistCompareDialog
from qa_desk.ui.dialogs.checklist_new_dialog import ChecklistNewDialog
from qa_desk.ui.forms.ui_checklists_page import Ui_ChecklistsPage
from qa_desk.ui.messages import confirm, error_text, show_error
from qa_desk.ui.models.checklist_labels import status_label
from qa_desk.ui.models.checklist_versions import COL_NAME, ChecklistVersionModel
from qa_desk.ui.models.formatting import format_date, outlet_timezone
from qa_desk.ui.pages.base import Page
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.checklist_editor import ChecklistEditor

_LIST_SHARE = 0.3  # of the width, for the list of versions
_LIST_MIN = 320
_NOTE_STYLE = "color: palette(dark); padding: 2px 0;"
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')


class ChecklistsPage(Page):
    PAGE_ID = "checklists"

    sig_version_published = Signal(int)
    """A checklist version was published (its id): the automatic checks should follow it."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_ChecklistsPage()
        self.ui.setupUi(self)
        self.can_manage = actor.can(Permission.MANAGE_CHECKLISTS)
        self.editor: ChecklistEditor = self.ui.editor
        self._tz = outlet_timezone(services)
        self.model = ChecklistVersionModel(self._tz, self)
        self.version: VersionInfo | None = None  # the version in the editor
        self.new_dialog: ChecklistNewDialog | None = None  # the open dialog, if any
        self.compare_dialog: ChecklistCompareDialog | None = None
        self._task: tasks.ProgressTask | None = None  # an import, export or installation
        self._reloading = False  # selection changes while the list reloads are not the user's
        self._sized = False

        view = self.ui.versionView
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformRowHeights(True)
        view.setAllColumnsShowFocus(True)
        view.setRootIsDecorated(True)
        view.setIndentation(14)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor.set_rule_types(RULE_TYPES, self._pack_names())
        self.editor.sig_changed.connect(self._update_actions)
        self.ui.readOnlyNote.setStyleSheet(_NOTE_STYLE)
        font = self.ui.versionTitle.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.versionTitle.setFont(font)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)

        for button in (
            self.ui.newChecklist,
            self.ui.importXlsx,
            self.ui.installDefault,
            self.ui.editAsDraft,
            self.ui.discardDraft,
            self.ui.saveDraft,
            self.ui.publish,
        ):
            button.setVisible(self.can_manage)
        self.ui.newChecklist.clicked.connect(self.new_checklist)
        self.ui.importXlsx.clicked.connect(self.import_xlsx)
        self.ui.exportXlsx.clicked.connect(self.export_xlsx)
        self.ui.compareVersions.clicked.connect(self.compare_versions)
        self.ui.installDefault.clicked.connect(self.install_default)
        self.ui.editAsDraft.clicked.connect(self.edit_as_new_draft)
        self.ui.discardDraft.clicked.connect(self.discard_draft)
        self.ui.saveDraft.clicked.connect(self.save_draft)
        self.ui.publish.clicked.connect(self.publish)
        # Ctrl+S anywhere on the page (a button's own shortcut gives way to its mnemonic).
        self._save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self._save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._save_shortcut.activated.connect(self._save_pressed)
        self._show_nothing()

    def _pack_names(self) -> list[str]:
        """The word lists rule parameters may name, in the order they are shipped."""
        try:
            names = [p.name for p in self.services.autocheck.packs(self.actor)]
        except QaDeskError:
            names = []
        return [*PACK_NAMES, *sorted(n for n in names if n not in PACK_NAMES)]

    # --------------------------------------------------------------- the list
    def refresh(self) -> None:
        """Reload the list; unsaved edits of the version in the editor are kept."""
        keep = self.version.id if self.version is not None else None
        self.reload(keep)

    def reload(self, select_id: int | None = None) -> None:
        """Fetch the checklists again and show version ``select_id`` (if still there)."""
        try:
            checklists = self.services.checklists.list(self.actor)
        except QaDeskError as error:
            show_error(self, error)
            return
        self._reloading = True
        try:
            self.model.set_checklists(checklists)
            view = self.ui.versionView
            for row in range(self.model.rowCount()):
                # A checklist's name takes the whole row; its versions fill the columns.
                view.setFirstColumnSpanned(row, QModelIndex(), True)
            view.expandAll()
            index = self.model.version_index(select_id) if select_id is not None else QModelIndex()
            if not index.isValid() and checklists:
                index = self._default_index(checklists)
            if index.isValid():
                self._set_current(index)
        finally:
            self._reloading = False
        version = self._version_for(index) if index.isValid() else None
        if version is None:
            self._show_nothing()
        elif (
            self.version is not None
            and version.id == self.version.id
            and version.status == self.version.status
            and self.editor.is_modified()
        ):
            self.version = version  # counts may have changed; the edits stay
            self._update_header()
        else:
            self._show_version(version)
        self._update_actions()

    def _default_index(self, checklists: list[ChecklistInfo]) -> QModelIndex:
        """The version to show first: the first checklist's draft, else its current one."""
        first = self.model.checklists()[0] if self.model.checklists() else checklists[0]
        chosen = first.draft or first.current or (first.versions[-1] if first.versions else None)
        return self.model.version_index(chosen.id) if chosen is not None else QModelIndex()

    def _set_current(self, index: QModelIndex) -> None:
        view = self.ui.versionView
        view.setCurrentIndex(index)
        view.scrollTo(index)

    def select_version(self, version_id: int) -> bool:
        """Select a version in the list (as a click does); False when it is not listed."""
        index = self.model.version_index(version_id)
        if not index.isValid():
            return False
        self._set_current(index)
        return self.version is not None and self.version.id == version_id

    def _version_for(self, index: QModelIndex) -> VersionInfo | None:
        """The version a row stands for: a checklist row shows its newest version."""
        version = self.model.version_at(index)
        if version is not None:
            return version
        checklist = self.model.checklist_at(index)
        if checklist is None or not checklist.versions:
            return None
        return max(checklist.versions, key=lambda v: v.number)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reloading:
            return
        version = self._version_for(current)
        if version is not None and self.version is not None and version.id == self.version.id:
            self._update_actions()
            return
        if not self.can_leave():
            # Back to the version being edited, without asking again.
            self._select_quietly(previous)
            return
        if version is None:
            self._show_nothing()
            return
        # Saving reloaded the list (and selected what it saved): the chosen row again.
        index = self.model.version_index(version.id)
        if index.isValid() and self.ui.versionView.currentIndex() != current:
            self._select_quietly(index)
        self._show_version(self.model.version_at(index) or version)

    def _select_quietly(self, index: QModelIndex) -> None:
        self._reloading = True
        try:
            with QSignalBlocker(self.ui.versionView.selectionModel()):
                self.ui.versionView.setCurrentIndex(index)
            self.ui.versionView.viewport().update()
        finally:
            self._reloading = False

    def checklist(self) -> ChecklistInfo | None:
        """The checklist of the version in the editor."""
        if self.version is None:
            return None
        return self.model.checklist(self.version.checklist_id)

    # --------------------------------------------------------------- the editor
    def _show_nothing(self) -> None:
        self.version = None
        if not self.model.checklists():
            if self.can_manage:
                text = self.tr(
                    "There is no checklist yet. Install the default express-delivery checklist, "
                    "create a new one or import one from Excel."
                )
            else:
                text = self.tr("There is no checklist yet; an administrator sets them up.")
        else:
            text = self.tr("Select a checklist version to see it.")
        self.ui.nothingHint.setText(text)
        self.ui.rightStack.setCurrentWidget(self.ui.nothingPage)
        self._update_actions()

    def _show_version(self, version: VersionInfo) -> None:
        try:
            spec = self.services.checklists.spec(self.actor, version.id)
        except QaDeskError as error:
            self.sig_status.emit(error_text(error))
            self._show_nothing()
            return
        editable = self._editable(version)
        same = (
            self.version is not None
            and self.version.id == version.id
            and self.editor.is_editable() == editable
            and self.editor.loaded_spec() == spec
            and not self.editor.is_modified()
        )
        self.version = version
        if not same:  # coming back to the same content keeps the selection and the tab
            self.editor.load(spec, editable)
        self.ui.rightStack.setCurrentWidget(self.ui.versionPage)
        self._update_header()
        self._update_actions()

    def _editable(self, version: VersionInfo) -> bool:
        return self.can_manage and version.status == "draft" and version.inspections == 0

    def _update_header(self) -> None:
        version = self.version
        if version is None:
            return
        if version.published_at is None:
            state = status_label(version.status)
        else:
            published = format_date(to_local(version.published_at, self._tz).date())
            if version.status == "published":
                state = self.tr("Published on {0}").format(published)
            else:
                state = self.tr("{0} (published on {1})").format(
                    status_label(version.status), published
                )
        parts = [version.checklist_name, self.tr("Version {0}").format(version.number), state]
        self.ui.versionTitle.setText(" · ".join(parts))
        self.ui.versionTitle.setToolTip(self.ui.versionTitle.text())
        note = self._read_only_reason(version)
        self.ui.readOnlyNote.setText(note)
        self.ui.readOnlyNote.setVisible(bool(note))

    def _read_only_reason(self, version: VersionInfo) -> str:
        if not self.can_manage:
            return self.tr("You can read checklists; only administrators change them.")
        if version.status == "published":
            checklist = self.checklist()
            if checklist is not None and checklist.draft is not None:
                return self.tr(
                    "Version {0} is published and never changes. This checklist's changes go "
                    "into its draft, version {1}."
                ).format(version.number, checklist.draft.number)
            return self.tr(
                "Version {0} is published and never changes. To change the checklist, edit it "
                "as a new draft."
            ).format(version.number)
        if version.status == "retired":
            return self.tr(
                "Version {0} is retired: a later version replaced it. It never changes."
            ).format(version.number)
        if version.inspections:
            return self.tr(
                "Inspections were scored against this draft, so it can no longer change."
            )
        return ""

    def _update_actions(self) -> None:
        ui = self.ui
        version = self.version
        checklist = self.checklist()
        is_draft = version is not None and version.status == "draft"
        editable = version is not None and self._editable(version)
        busy = self._task is not None
        ui.installDefault.setVisible(self.can_manage and not self.model.checklists())
        ui.newChecklist.setEnabled(not busy)
        ui.importXlsx.setEnabled(not busy)
        ui.installDefault.setEnabled(not busy)
        ui.exportXlsx.setEnabled(version is not None and not busy)
        ui.compareVersions.setEnabled(checklist is not None and len(checklist.versions) >= 2)
        ui.editAsDraft.setEnabled(
            version is not None
            and not is_draft
            and checklist is not None
            and checklist.draft is None
        )
        ui.discardDraft.setEnabled(is_draft and version is not None and not version.inspections)
        ui.saveDraft.setEnabled(editable and self.editor.is_modified())
        ui.publish.setEnabled(editable)

    # --------------------------------------------------------------- leaving with edits
    def has_unsaved_changes(self) -> bool:
        return self.version is not None and self.editor.is_editable() and self.editor.is_modified()

    def can_leave(self) -> bool:
        """Whether the editor may show something else (or close): unsaved edits are saved
        or dropped as the user chooses, or kept when they cancel."""
        if not self.has_unsaved_changes():
            return True
        assert self.version is not None
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to version {0} of {1}?").format(
                self.version.number, self.editor.spec().name or self.version.checklist_name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_draft()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.load(self.editor.loaded_spec(), True)
            self._update_actions()
            return True
        return False

    # --------------------------------------------------------------- actions
    def _save_pressed(self) -> None:
        if self.ui.saveDraft.isVisible() and self.ui.saveDraft.isEnabled():
            self.save_draft()

    def save_draft(self) -> bool:
        """Store the draft as edited; True when it was stored (or nothing had changed)."""
        version = self.version
        if version is None or not self._editable(version):
            return False
        spec = self.editor.spec()
        if not spec.name.strip():
            QMessageBox.warning(self, self.tr("Save draft"), self.tr("Enter the checklist's name."))
            self.editor.ui.name.setFocus()
            return False
        if not self.editor.is_modified():
            return True
        try:
            info = self.services.checklists.save_draft(self.actor, version.id, spec)
            stored = self.services.checklists.spec(self.actor, info.id)
        except QaDeskError as error:
            show_error(self, error, self.tr("Save draft"))
            return False
        self._stored(info, stored)
        self.sig_status.emit(self.tr("Draft saved."))
        return True

    def _stored(self, info: VersionInfo, stored: ChecklistSpec) -> None:
        """The editor's content was stored as ``stored``: keep the view, refresh the list."""
        if stored == self.editor.spec():
            self.editor.mark_saved(stored)
        else:  # the service tidied something (e.g. blanks around the name)
            code = self.editor.current_code()
            self.editor.load(stored, True)
            if code:
                self.editor.select_code(code)
        self.version = info
        self.reload(info.id)

    def publish(self) -> None:
        version = self.version
        if version is None or not self._editable(version):
            return
        found = self.editor.problem_rows()
        if found:
            first = found[0]
            text = first.message()
            if len(found) > 1:
                text = self.tr("{0} (and {1} more)").format(text, len(found) - 1)
            QMessageBox.warning(
                self,
                self.tr("Publish"),
                self.tr("The version cannot be published yet: {0}").format(text),
            )
            if first.where:
                self.editor.select_code(first.where)
            return
        checklist = self.checklist()
        name = self.editor.spec().name
        question = self.tr(
            "Publish version {0} of {1}? It can never change afterwards; inspections and "
            "automatic checks use it from now on."
        ).format(version.number, name)
        if checklist is not None and checklist.current is not None:
            question += " " + self.tr("Version {0} is retired.").format(checklist.current.number)
        if not confirm(self, question, self.tr("Publish")):
            return
        if not self.save_draft():
            return
        try:
            info = self.services.checklists.publish(self.actor, version.id)
        except QaDeskError as error:
            show_error(self, error, self.tr("Publish"))
            return
        self.version = None  # the draft it was is gone: show the published version fresh
        self.reload(info.id)
        self.sig_status.emit(
            self.tr("Version {0} of {1} is published.").format(info.number, info.checklist_name)
        )
        self.sig_version_published.emit(info.id)

    def edit_as_new_draft(self) -> None:
        version = self.version
        if version is None or not self.can_manage:
            return
        try:
            info = self.services.checklists.new_draft(self.actor, version.id)
        except QaDeskError as error:
            show_error(self, error)
            return
        self.version = None
        self.reload(info.id)
        self.editor.ui.name.setFocus()
        self.sig_status.emit(
            self.tr("Version {0} of {1} is a new draft: edit it, then publish it.").format(
                info.number, info.checklist_name
            )
        )

    def discard_draft(self) -> None:
        version = self.version
        checklist = self.checklist()
        if version is None or version.status != "draft" or not self.can_manage:
            return
        if checklist is not None and len(checklist.versions) == 1:
            question = self.tr(
                "Discard the draft? {0} has no other version, so the checklist is removed."
            ).format(version.checklist_name)
        else:
            question = self.tr("Discard draft version {0} of {1} and its changes?").format(
                version.number, version.checklist_name
            )
        if not confirm(self, question, self.tr("Discard draft")):
            return
        try:
            self.services.checklists.discard_draft(self.actor, version.id)
        except QaDeskError as error:
            show_error(self, error)
            return
        current = checklist.current.id if checklist is not None and checklist.current else None
        self.version = None
        self.editor.load(ChecklistSpec(name=""), False)  # nothing unsaved is left to ask about
        self.reload(current)
        self.sig_status.emit(self.tr("The draft was discarded."))

    def new_checklist(self) -> None:
        if not self.can_manage or not self.can_leave():
            return
        dialog = ChecklistNewDialog(self.services, self.actor, self)
        self.new_dialog = dialog
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(lambda _result: self._new_dialog_closed(dialog))
        dialog.open()

    def _created(self, dialog: ChecklistNewDialog) -> None:
        self.version = None
        self.reload(dialog.saved_id)
        self.sig_status.emit(self.tr("The checklist was created as a draft."))
        self.editor.ui.addSection.setFocus()

    def _new_dialog_closed(self, dialog: ChecklistNewDialog) -> None:
        if self.new_dialog is dialog:
            self.new_dialog = None
        dialog.deleteLater()

    def compare_versions(self) -> None:
        checklist = self.checklist()
        if checklist is None or len(checklist.versions) < 2:
            return
        versions = sorted(checklist.versions, key=lambda v: v.number)
        selected = self.version.id if self.version is not None else None
        dialog = ChecklistCompareDialog(
            self.services, self.actor, versions, new_id=selected, parent=self
        )
        self.compare_dialog = dialog
        dialog.finished.connect(lambda _result: self._compare_closed(dialog))
        dialog.resize(min(self.window().width() - 80, 1100), 560)
        dialog.open()

    def _compare_closed(self, dialog: ChecklistCompareDialog) -> None:
        if self.compare_dialog is dialog:
            self.compare_dialog = None
        dialog.deleteLater()

    # --------------------------------------------------------------- long work
    def _export_language(self) -> str:
        return "zh_CN" if i18n.current_language() == i18n.CHINESE else "en"

    def _start_folder(self) -> str:
        last = UiSettings().get("import/last_folder")
        return last if last and Path(last).is_dir() else str(Path.home())

    def _run(self, title: str, label: str, work: Any, on_finished: Any, write: bool) -> None:
        task = tasks.ProgressTask(self, title, label, work, write=write)
        self._task = task

        def finished(result: object) -> None:
            self._task = None
            on_finished(result)
            self._update_actions()

        def failed(message: str) -> None:
            self._task = None
            self._update_actions()
            QMessageBox.warning(self, title, message)  # already in the UI language

        def cancelled() -> None:
            self._task = None
            self._update_actions()

        task.sig_finished.connect(finished)
        task.sig_failed.connect(failed)
        task.sig_cancelled.connect(cancelled)
        self._update_actions()

    def is_busy(self) -> bool:
        """Whether an import, export or installation is running."""
        return self._task is not None

    def import_xlsx(self) -> None:
        if not self.can_manage or self._task is not None or not self.can_leave():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a checklist from Excel"),
            self._start_folder(),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not path:
            return
        services, actor = self.services, self.actor

        def work(_progress: object, _cancelled: object) -> VersionInfo:
            return services.checklists.import_xlsx(actor, Path(path))

        def done(info: VersionInfo) -> None:
            self.version = None
            self.reload(info.id)
            self.sig_status.emit(
                self.tr("Imported {0} as draft version {1}.").format(
                    info.checklist_name, info.number
                )
            )

        self._run(
            self.tr("Import from Excel"),
            self.tr("Reading {0}…").format(Path(path).name),
            work,
            done,
            write=True,
        )

    def export_xlsx(self) -> None:
        version = self.version
        if version is None or self._task is not None:
            return
        stem = _UNSAFE_FILE_CHARS.sub("_", version.checklist_name).strip("_") or "checklist"
        suggested = Path(self._start_folder()) / f"{stem}_v{version.number}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the checklist to Excel"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        services, actor, lang = self.services, self.actor, self._export_language()
        version_id = version.id

        def work(_progress: object, _cancelled: object) -> Path:
            return services.checklists.export_xlsx(actor, version_id, Path(path), lang)

        def done(written: Path) -> None:
            self.sig_status.emit(self.tr("Exported to {0}.").format(str(written)))

        self._run(
            self.tr("Export to Excel"),
            self.tr("Writing {0}…").format(Path(path).name),
            work,
            done,
            write=False,
        )

    def install_default(self) -> None:
        if not self.can_manage or self._task is not None or not self.can_leave():
            return
        services, actor, lang = self.services, self.actor, self._export_language()

        def work(_progress: object, _cancelled: object) -> VersionInfo:
            return services.checklists.install_default(actor, lang)

        def done(info: VersionInfo) -> None:
            self.version = None
            self.reload(info.id)
            self.sig_status.emit(
                self.tr("{0} is installed and published.").format(info.checklist_name)
            )
            self.sig_version_published.emit(info.id)

        self._run(
            self.tr("Install the default checklist"),
            self.tr("Installing the default checklist…"),
            work,
            done,
            write=True,
        )

    # --------------------------------------------------------------- layout and text
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            width = max(self.ui.splitter.width(), 900)
            left = max(int(width * _LIST_SHARE), _LIST_MIN)
            self.ui.splitter.setSizes([left, width - left])
            self._sized = True

    def retranslate(self) -> None:
        self.model.retranslate()
        if self.version is not None:
            self._update_header()
        elif self.ui.rightStack.currentWidget() is self.ui.nothingPage:
            self._show_nothing()
