"""Start a new checklist: its name and channel; it is stored as an empty draft version 1."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qa_desk.domain.checklist import ChecklistSpec
from qa_desk.domain.errors import ConflictError
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.forms.ui_checklist_new_dialog import Ui_ChecklistNewDialog
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.checklist_labels import CHANNELS, channel_label
from qa_desk.ui.widgets.combos import fill_combo


class ChecklistNewDialog(EditDialog):
    """OK creates the checklist; ``saved_id`` is then its draft version's id."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_ChecklistNewDialog()
        self.ui.setupUi(self)
        self._init_message(self.ui.message)
        fill_combo(self.ui.channel, [(channel_label(c), c) for c in CHANNELS], select=None)
        self.ui.name.setFocus()

    def _fields(self) -> dict[str, QWidget]:
        return {"name": self.ui.name, "channel": self.ui.channel}

    def _check(self) -> None:
        self._require(self.ui.name, "name", self.tr("Enter the checklist's name."))

    def _store(self) -> int:
        spec = ChecklistSpec(
            name=self.ui.name.text().strip(), channel=self.ui.channel.currentData()
        )
        return self.services.checklists.create(self.actor, spec).id

    def _conflict(self, error: ConflictError) -> tuple[str, str | None]:
        return error_text(error), "name"
