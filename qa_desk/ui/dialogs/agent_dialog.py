"""Create or edit an agent: vendor, team of that vendor, working period."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from qa_desk.domain.errors import ConflictError, ValidationError
from qa_desk.services.actor import Actor
from qa_desk.services.organisation import AgentInfo
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.choices import team_choices, vendor_choices
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.forms.ui_agent_dialog import Ui_AgentDialog
from qa_desk.ui.models.agents import local_today
from qa_desk.ui.models.formatting import date_pattern, from_qdate, outlet_timezone, to_qdate
from qa_desk.ui.widgets.combos import fill_combo


class AgentDialog(EditDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        agent: AgentInfo | None = None,
        vendor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``vendor_id`` pre-selects the vendor of a new agent (the page's vendor filter)."""
        super().__init__(services, actor, parent)
        self.ui = Ui_AgentDialog()
        self.ui.setupUi(self)
        self._init_message(self.ui.message)
        self._agent = agent
        today = local_today(outlet_timezone(services))
        for edit in (self.ui.activeFrom, self.ui.activeTo):
            edit.setDisplayFormat(date_pattern())
            edit.setDate(to_qdate(today))
        self.ui.vendor.currentIndexChanged.connect(self._fill_teams)
        current_vendor = agent.vendor_id if agent else vendor_id
        fill_combo(self.ui.vendor, vendor_choices(services, actor, current_vendor), current_vendor)
        self._fill_teams()
        if agent is None:
            self.setWindowTitle(self.tr("New agent"))
            self._set_date(self.ui.activeFromSet, self.ui.activeFrom, today)
            self._set_date(self.ui.activeToSet, self.ui.activeTo, None)
        else:
            self.setWindowTitle(self.tr("Edit agent {0}").format(agent.employee_id))
            self.ui.employeeId.setText(agent.employee_id)
            # Imported records refer to agents by employee id, and records stay with
            # their vendor: neither changes after creation.
            self.ui.employeeId.setReadOnly(True)
            self.ui.vendor.setEnabled(False)
            self.ui.name.setText(agent.name)
            self.ui.team.setCurrentIndex(max(self.ui.team.findData(agent.team_id), 0))
            self._set_date(self.ui.activeFromSet, self.ui.activeFrom, agent.active_from)
            self._set_date(self.ui.activeToSet, self.ui.activeTo, agent.active_to)

    @staticmethod
    def _set_date(check: QCheckBox, edit: QDateEdit, value: date | None) -> None:
        check.setChecked(value is not None)
        edit.setEnabled(value is not None)
        if value is not None:
            edit.setDate(to_qdate(value))

    def _fill_teams(self) -> None:
        vendor_id = self.ui.vendor.currentData()
        keep = self._agent.team_id if self._agent else None
        teams = team_choices(self.services, self.actor, vendor_id, keep)
        choices = [(self.tr("(no team)"), None)] + [(t.name, t.id) for t in teams]
        fill_combo(self.ui.team, choices)

    def active_from(self) -> date | None:
        if not self.ui.activeFromSet.isChecked():
            return None
        return from_qdate(self.ui.activeFrom.date())

    def active_to(self) -> date | None:
        if not self.ui.activeToSet.isChecked():
            return None
        return from_qdate(self.ui.activeTo.date())

    def _fields(self) -> dict[str, QWidget]:
        return {
            "code": self.ui.employeeId,
            "employee_id": self.ui.employeeId,
            "name": self.ui.name,
            "vendor": self.ui.vendor,
            "team": self.ui.team,
            "active_from": self.ui.activeFrom,
            "active_to": self.ui.activeTo,
        }

    def _check(self) -> None:
        self._require_code(
            self.ui.employeeId,
            "employee_id",
            self.tr("Enter an employee ID of 1–32 characters without spaces."),
        )
        self._require(self.ui.name, "name", self.tr("Enter the agent's name."))
        if self.ui.vendor.currentData() is None:
            raise ValidationError(self.tr("Choose the agent's vendor."), "vendor")
        start, end = self.active_from(), self.active_to()
        if start and end and end < start:
            raise ValidationError(
                self.tr("The last working day is before the first one."), "active_to"
            )

    def _store(self) -> int:
        if self._agent is None:
            stored = self.services.org.create_agent(
                self.actor,
                self.ui.employeeId.text(),
                self.ui.name.text(),
                self.ui.vendor.currentData(),
                self.ui.team.currentData(),
                self.active_from(),
                self.active_to(),
            )
        else:
            stored = self.services.org.update_agent(
                self.actor,
                self._agent.id,
                name=self.ui.name.text(),
                team_id=self.ui.team.currentData(),
                active_from=self.active_from(),
                active_to=self.active_to(),
            )
        return stored.id

    def _conflict(self, error: ConflictError) -> tuple[str, str | None]:
        employee_id = self.ui.employeeId.text().strip().upper()
        return (
            self.tr("The employee ID {0} is already used.").format(employee_id),
            "employee_id",
        )
