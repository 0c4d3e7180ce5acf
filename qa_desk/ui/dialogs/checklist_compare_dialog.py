"""What changed between two versions of a checklist: sections and items added, removed,
moved, and every changed field with its value before and after."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from qa_desk.domain.errors import QaDeskError
from qa_desk.services.actor import Actor
from qa_desk.services.checklists import VersionInfo
from qa_desk.services.registry import Services
from qa_desk.ui.forms.ui_checklist_compare_dialog import Ui_ChecklistCompareDialog
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.checklist_labels import status_label
from qa_desk.ui.models.checklist_tables import ChangeModel, change_rows
from qa_desk.ui.widgets.combos import fill_combo
from qa_desk.ui.widgets.tables import configure_table, fit_columns


class ChecklistCompareDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        versions: Sequence[VersionInfo],
        old_id: int | None = None,
        new_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``versions`` oldest first; by default the last two are compared."""
        super().__init__(parent)
        self.ui = Ui_ChecklistCompareDialog()
        self.ui.setupUi(self)
        self.services = services
        self.actor = actor
        self._versions = list(versions)
        self.model = ChangeModel(self)
        configure_table(self.ui.changeView, sortable=False)
        self.ui.changeView.setWordWrap(False)
        self.ui.changeView.setModel(self.model)
        ids = [v.id for v in self._versions]
        if new_id is None or new_id not in ids:
            new_id = ids[-1] if ids else None
        if old_id is None or old_id not in ids:
            position = ids.index(new_id) if new_id in ids else 0
            old_id = ids[position - 1] if position > 0 else (ids[0] if ids else None)
        self._fill(old_id, new_id)
        self.ui.oldVersion.currentIndexChanged.connect(lambda _i: self.compare())
        self.ui.newVersion.currentIndexChanged.connect(lambda _i: self.compare())
        self.compare()

    def _fill(self, old_id: int | None, new_id: int | None) -> None:
        choices = [(self._version_text(v), v.id) for v in self._versions]
        fill_combo(self.ui.oldVersion, choices, select=old_id)
        fill_combo(self.ui.newVersion, choices, select=new_id)

    def _version_text(self, version: VersionInfo) -> str:
        return self.tr("Version {0} ({1})").format(version.number, status_label(version.status))

    def select(self, old_id: int, new_id: int) -> None:
        """Compare these two versions (as picking them in the lists does)."""
        self._fill(old_id, new_id)
        self.compare()

    def compare(self) -> None:
        old_id = self.ui.oldVersion.currentData()
        new_id = self.ui.newVersion.currentData()
        if old_id is None or new_id is None:
            self.model.set_rows([])
            self.ui.summary.setText(self.tr("Choose two versions to compare."))
            return
        checklists = self.services.checklists
        try:
            changes = checklists.diff(self.actor, old_id, new_id)
            old = checklists.spec(self.actor, old_id)
            new = checklists.spec(self.actor, new_id)
        except QaDeskError as error:
            self.model.set_rows([])
            self.ui.summary.setText(error_text(error))
            return
        self.model.set_rows(change_rows(changes, old, new))
        if old_id == new_id:
            text = self.tr("The same version is chosen twice.")
        elif not changes:
            text = self.tr("The two versions are the same.")
        elif len(changes) == 1:
            text = self.tr("1 change.")
        else:
            text = self.tr("{0} changes.").format(len(changes))
        self.ui.summary.setText(text)
        fit_columns(self.ui.changeView)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            old_id, new_id = self.ui.oldVersion.currentData(), self.ui.newVersion.currentData()
            self._fill(old_id, new_id)
            self.model.retranslate()
        super().changeEvent(event)
