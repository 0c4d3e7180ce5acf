"""Create or rename a vendor's team."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qa_desk.domain.errors import ConflictError, ValidationError
from qa_desk.services.actor import Actor
from qa_desk.services.organisation import TeamInfo
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.choices import vendor_choices
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.forms.ui_team_dialog import Ui_TeamDialog
from qa_desk.ui.widgets.combos import fill_combo


class TeamDialog(EditDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        team: TeamInfo | None = None,
        vendor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``vendor_id`` pre-selects the vendor of a new team (the page's vendor filter)."""
        super().__init__(services, actor, parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self._init_message(self.ui.message)
        self._team = team
        current = team.vendor_id if team else vendor_id
        fill_combo(self.ui.vendor, vendor_choices(services, actor, current), current)
        if team is None:
            self.setWindowTitle(self.tr("New team"))
        else:
            self.setWindowTitle(self.tr("Edit team {0}").format(team.name))
            self.ui.name.setText(team.name)
            # The service keeps a team with its vendor; moving agents means a new team.
            self.ui.vendor.setEnabled(False)

    def _fields(self) -> dict[str, QWidget]:
        return {"vendor": self.ui.vendor, "name": self.ui.name}

    def _check(self) -> None:
        if self.ui.vendor.currentData() is None:
            raise ValidationError(self.tr("Choose the team's vendor."), "vendor")
        self._require(self.ui.name, "name", self.tr("Enter the team's name."))

    def _store(self) -> int:
        if self._team is None:
            stored = self.services.org.create_team(
                self.actor, self.ui.vendor.currentData(), self.ui.name.text()
            )
        else:
            stored = self.services.org.update_team(
                self.actor, self._team.id, name=self.ui.name.text()
            )
        return stored.id

    def _conflict(self, error: ConflictError) -> tuple[str, str | None]:
        name = self.ui.name.text().strip()
        return self.tr("The vendor already has a team named {0}.").format(name), "name"
