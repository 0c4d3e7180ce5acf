"""Administration: vendors (with contract KPI targets), teams, agents, user accounts and
the outlet's options.

Everyone who may read the organisation sees the lists (a vendor supervisor only their own
vendor's, as the services scope it); editing needs MANAGE_ORGANISATION, and the Users tab
MANAGE_USERS. The Outlet tab's options are changed by admins only. The Word lists tab (the
automatic checks' phrase lists) is shown to whoever may read checklists and edited by admins
(MANAGE_RULE_PACKS).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.forms.ui_admin_page import Ui_AdminPage
from qa_desk.ui.models.formatting import outlet_timezone
from qa_desk.ui.pages.admin_tabs import AgentTab, TeamTab, UserTab, VendorTab
from qa_desk.ui.pages.base import Page
from qa_desk.ui.pages.list_tab import ListTab
from qa_desk.ui.pages.outlet_tab import OutletTab
from qa_desk.ui.pages.word_lists_tab import WordListsTab


class AdminPage(Page):
    PAGE_ID = "admin"

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        tz_name = outlet_timezone(services)
        can_edit = actor.can(Permission.MANAGE_ORGANISATION)
        self.vendors = VendorTab(self, self.ui, can_edit)
        self.teams = TeamTab(self, self.ui, can_edit)
        self.agents = AgentTab(self, self.ui, can_edit, tz_name)
        self.users: UserTab | None = None
        if actor.can(Permission.MANAGE_USERS):
            self.users = UserTab(self, self.ui, tz_name)
        else:
            # Not deleted: the generated retranslateUi still refers to it.
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.usersTab))
            self.ui.usersTab.hide()
        for tab in self.tabs():
            tab.sig_changed.connect(self.refresh)
        self.outlet = OutletTab(services, actor, self.ui.tabs)
        self.outlet.setObjectName("outletTab")
        self.ui.tabs.addTab(self.outlet, OutletTab.title())
        self.outlet.sig_status.connect(self.sig_status)
        self.word_lists: WordListsTab | None = None
        if actor.can(Permission.READ_CHECKLISTS):
            self.word_lists = WordListsTab(services, actor, self.ui.tabs)
            self.word_lists.setObjectName("wordListsTab")
            self.ui.tabs.addTab(self.word_lists, WordListsTab.title())
            self.word_lists.sig_status.connect(self.sig_status)
            self.word_lists.sig_saved.connect(lambda _name: self._word_list_saved())

    def tabs(self) -> list[ListTab]:
        found: list[ListTab] = [self.vendors, self.teams, self.agents]
        if self.users is not None:
            found.append(self.users)
        return found

    def refresh(self) -> None:
        # A change on one tab shows on others (agent counts, team names, vendor choices).
        for tab in self.tabs():
            tab.reload()
        self.outlet.reload()
        if self.word_lists is not None:
            self.word_lists.reload()

    def _word_list_saved(self) -> None:
        # The records now owe a new check: the main window's count of them is out of date.
        runner = getattr(self.window(), "autocheck", None)
        if runner is not None:
            runner.count_stale()

    def retranslate(self) -> None:
        for tab in self.tabs():
            tab.retranslate()
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.outlet), OutletTab.title())
        if self.word_lists is not None:
            self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.word_lists), WordListsTab.title())
