"""The four lists of the Administration page: vendors, teams, agents, users."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox

from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.roles import Role
from qa_desk.services.accounts import UserInfo
from qa_desk.services.organisation import AgentInfo, TeamInfo, VendorInfo
from qa_desk.ui.dialogs.agent_dialog import AgentDialog
from qa_desk.ui.dialogs.choices import vendor_text
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.dialogs.reset_password_dialog import ResetPasswordDialog
from qa_desk.ui.dialogs.team_dialog import TeamDialog
from qa_desk.ui.dialogs.user_dialog import UserDialog
from qa_desk.ui.dialogs.vendor_dialog import VendorDialog
from qa_desk.ui.forms.ui_admin_page import Ui_AdminPage
from qa_desk.ui.messages import show_error
from qa_desk.ui.models.agents import AgentModel, local_today
from qa_desk.ui.models.labels import role_label, roles
from qa_desk.ui.models.teams import TeamModel
from qa_desk.ui.models.users import UserModel
from qa_desk.ui.models.vendors import VendorModel
from qa_desk.ui.pages.base import Page
from qa_desk.ui.pages.list_tab import ListTab, ListWidgets
from qa_desk.ui.widgets.combos import fill_combo


class VendorTab(ListTab):
    def __init__(self, page: Page, ui: Ui_AdminPage, can_edit: bool) -> None:
        widgets = ListWidgets(
            ui.vendorView, ui.newVendor, ui.editVendor, ui.toggleVendor, ui.vendorSearch
        )
        super().__init__(page, widgets, VendorModel(page), can_edit)

    def fetch(self) -> list[VendorInfo]:
        return self.services.org.vendors(self.actor)

    def search_text(self, row: VendorInfo) -> str:
        return f"{row.code} {row.name} {row.contact or ''}"

    def make_dialog(self, row: VendorInfo | None) -> EditDialog:
        return VendorDialog(self.services, self.actor, row, self.page)

    def set_active(self, row: VendorInfo, active: bool) -> None:
        self.services.org.update_vendor(self.actor, row.id, active=active)

    def deactivate_question(self, row: VendorInfo) -> str:
        return self.tr(
            "Deactivate vendor {0}? Its agents, teams and records stay; it is no longer "
            "offered for new teams, agents and users."
        ).format(vendor_text(row))


def fill_vendor_filter(tab: ListTab, combo: QComboBox) -> None:
    """Offer "All vendors" and the vendors in the actor's scope, without emitting a change."""
    try:
        vendors = tab.services.org.vendors(tab.actor)
    except QaDeskError as error:  # the combo keeps its previous choices
        show_error(tab.page, error)
        return
    with QSignalBlocker(combo):
        fill_combo(
            combo,
            [(QCoreApplication.translate("ListTab", "All vendors"), None)]
            + [(v.code, v.id) for v in vendors],
        )


class TeamTab(ListTab):
    def __init__(self, page: Page, ui: Ui_AdminPage, can_edit: bool) -> None:
        self.ui = ui
        widgets = ListWidgets(ui.teamView, ui.newTeam, ui.editTeam, ui.toggleTeam)
        super().__init__(page, widgets, TeamModel(page), can_edit)
        # A vendor supervisor has one vendor only: nothing to choose.
        scoped = page.actor.is_vendor_scoped
        ui.teamVendorLabel.setVisible(not scoped)
        ui.teamVendorFilter.setVisible(not scoped)
        ui.teamVendorFilter.currentIndexChanged.connect(lambda _i: self.reload())

    def vendor_id(self) -> int | None:
        return self.ui.teamVendorFilter.currentData()

    def reload(self, select_id: int | None = None) -> None:
        fill_vendor_filter(self, self.ui.teamVendorFilter)
        super().reload(select_id)

    def fetch(self) -> list[TeamInfo]:
        return self.services.org.teams(self.actor, self.vendor_id())

    def make_dialog(self, row: TeamInfo | None) -> EditDialog:
        return TeamDialog(self.services, self.actor, row, self.vendor_id(), self.page)

    def set_active(self, row: TeamInfo, active: bool) -> None:
        self.services.org.update_team(self.actor, row.id, active=active)

    def deactivate_question(self, row: TeamInfo) -> str:
        return self.tr(
            "Deactivate team {0} of {1}? Its agents keep it in their history; it is no "
            "longer offered for agents."
        ).format(row.name, row.vendor_code)

    def retranslate(self) -> None:
        self.reload()
        super().retranslate()


class AgentTab(ListTab):
    def __init__(self, page: Page, ui: Ui_AdminPage, can_edit: bool, tz_name: str) -> None:
        self.ui = ui
        self.tz_name = tz_name
        widgets = ListWidgets(
            ui.agentView, ui.newAgent, ui.editAgent, ui.toggleAgent, ui.agentSearch
        )
        super().__init__(page, widgets, AgentModel(tz_name, page), can_edit)
        scoped = page.actor.is_vendor_scoped
        ui.agentVendorLabel.setVisible(not scoped)
        ui.agentVendorFilter.setVisible(not scoped)
        ui.agentVendorFilter.currentIndexChanged.connect(lambda _i: self.reload())
        ui.agentTeamFilter.currentIndexChanged.connect(lambda _i: self.reload())

    def vendor_id(self) -> int | None:
        return self.ui.agentVendorFilter.currentData()

    def team_id(self) -> int | None:
        return self.ui.agentTeamFilter.currentData()

    def _fill_filters(self) -> None:
        fill_vendor_filter(self, self.ui.agentVendorFilter)
        vendor_id = self.vendor_id()
        try:
            teams = self.services.org.teams(self.actor, vendor_id)
        except QaDeskError as error:
            show_error(self.page, error)
            return
        # With all vendors shown, team names repeat between vendors: say whose.
        choices = [
            (t.name if vendor_id is not None else f"{t.vendor_code} · {t.name}", t.id)
            for t in teams
        ]
        with QSignalBlocker(self.ui.agentTeamFilter):
            fill_combo(self.ui.agentTeamFilter, [(self.tr("All teams"), None), *choices])

    def reload(self, select_id: int | None = None) -> None:
        self._fill_filters()
        super().reload(select_id)

    def fetch(self) -> list[AgentInfo]:
        return self.services.org.agents(self.actor, self.vendor_id(), self.team_id())

    def search_text(self, row: AgentInfo) -> str:
        return f"{row.employee_id} {row.name}"

    def make_dialog(self, row: AgentInfo | None) -> EditDialog:
        return AgentDialog(self.services, self.actor, row, self.vendor_id(), self.page)

    def is_active(self, row: AgentInfo) -> bool:
        """Deactivated = a last working day that has come (today counts as reached)."""
        return row.active_to is None or row.active_to > local_today(self.tz_name)

    def set_active(self, row: AgentInfo, active: bool) -> None:
        if active:
            self.services.org.update_agent(self.actor, row.id, active_to=None)
        else:
            self.services.org.deactivate_agent(self.actor, row.id, local_today(self.tz_name))

    def deactivate_question(self, row: AgentInfo) -> str:
        return self.tr(
            "Deactivate agent {0} {1}? Today becomes their last working day; their records stay."
        ).format(row.employee_id, row.name)

    def retranslate(self) -> None:
        self._fill_filters()
        super().retranslate()


class UserTab(ListTab):
    def __init__(self, page: Page, ui: Ui_AdminPage, tz_name: str) -> None:
        self.ui = ui
        widgets = ListWidgets(ui.userView, ui.newUser, ui.editUser, ui.toggleUser, ui.userSearch)
        # Only shown to actors who may manage users, so always editable.
        super().__init__(page, widgets, UserModel(tz_name, page), True)
        self._fill_roles()
        ui.userRoleFilter.currentIndexChanged.connect(lambda _i: self.refilter())
        ui.resetPassword.clicked.connect(self._reset_password)

    def _fill_roles(self) -> None:
        choices = [(self.tr("All roles"), None)] + [(role_label(r), r.value) for r in roles()]
        with QSignalBlocker(self.ui.userRoleFilter):
            fill_combo(self.ui.userRoleFilter, choices)

    def fetch(self) -> list[UserInfo]:
        return self.services.accounts.list_users(self.actor)

    def search_text(self, row: UserInfo) -> str:
        return f"{row.login} {row.display_name}"

    def accepts(self, row: UserInfo) -> bool:
        role = self.ui.userRoleFilter.currentData()
        return super().accepts(row) and (role is None or row.role is Role(role))

    def can_toggle(self, row: UserInfo) -> bool:
        # Locking oneself out from the user list helps nobody.
        return row.id != self.actor.user_id

    def make_dialog(self, row: UserInfo | None) -> EditDialog:
        return UserDialog(self.services, self.actor, row, self.page)

    def set_active(self, row: UserInfo, active: bool) -> None:
        self.services.accounts.update_user(self.actor, row.id, active=active)

    def deactivate_question(self, row: UserInfo) -> str:
        return self.tr("Deactivate user {0} ({1})? They can no longer sign in.").format(
            row.login, row.display_name
        )

    def update_buttons(self) -> None:
        super().update_buttons()
        self.ui.resetPassword.setEnabled(self.selected() is not None)

    def _reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ResetPasswordDialog(self.services, self.actor, row, self.page)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._password_reset(row))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _password_reset(self, row: UserInfo) -> None:
        self.reload(select_id=row.id)
        self.page.sig_status.emit(self.tr("The password of {0} was reset.").format(row.login))

    def retranslate(self) -> None:
        self._fill_roles()
        super().retranslate()
