"""The pages of the main window, in navigation order, imported only when first shown."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor


@dataclass(frozen=True)
class PageEntry:
    page_id: str
    module: str
    cls: str
    # Checked without importing the page module, so start-up stays fast.
    permission: Permission

    def title(self) -> str:
        return QCoreApplication.translate("Pages", _TITLES[self.page_id])

    def visible_for(self, actor: Actor) -> bool:
        return actor.can(self.permission)

    def available(self) -> bool:
        """Whether the page's module is present (looked up without importing it)."""
        return importlib.util.find_spec(self.module) is not None

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.cls)


# Marked for lupdate here, translated when shown.
_TITLES = {
    "records": QT_TRANSLATE_NOOP("Pages", "Records"),
    "workspace": QT_TRANSLATE_NOOP("Pages", "Scoring workspace"),
    "inspections": QT_TRANSLATE_NOOP("Pages", "Inspections"),
    "checklists": QT_TRANSLATE_NOOP("Pages", "Checklists"),
    "sampling": QT_TRANSLATE_NOOP("Pages", "Sampling"),
    "admin": QT_TRANSLATE_NOOP("Pages", "Administration"),
    "audit": QT_TRANSLATE_NOOP("Pages", "Audit log"),
}

PAGES: tuple[PageEntry, ...] = (
    PageEntry("records", "qa_desk.ui.pages.records_page", "RecordsPage", Permission.READ_RECORDS),
    PageEntry("workspace", "qa_desk.ui.pages.workspace_page", "WorkspacePage", Permission.INSPECT),
    PageEntry(
        "checklists",
        "qa_desk.ui.pages.checklists_page",
        "ChecklistsPage",
        Permission.READ_CHECKLISTS,
    ),
    PageEntry(
        "sampling", "qa_desk.ui.pages.sampling_page", "SamplingPage", Permission.MANAGE_SAMPLING
    ),
    PageEntry(
        "inspections",
        "qa_desk.ui.pages.inspections_page",
        "InspectionsPage",
        Permission.READ_INSPECTIONS,
    ),
    PageEntry("admin", "qa_desk.ui.pages.admin_page", "AdminPage", Permission.READ_ORGANISATION),
    PageEntry("audit", "qa_desk.ui.pages.audit_page", "AuditPage", Permission.READ_AUDIT_LOG),
)
