"""Translated names for the codes the services use (roles, audit entities and actions, KPIs)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desk.domain.roles import Role

_CONTEXT = "Labels"

_ROLES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Admin"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Labels", "Inspector"),
    Role.VENDOR_SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Vendor supervisor"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
}

# The entity types written to the audit log; later features add theirs here.
ENTITIES = {
    "outlet": QT_TRANSLATE_NOOP("Labels", "Outlet"),
    "vendor": QT_TRANSLATE_NOOP("Labels", "Vendor"),
    "team": QT_TRANSLATE_NOOP("Labels", "Team"),
    "agent": QT_TRANSLATE_NOOP("Labels", "Agent"),
    "user": QT_TRANSLATE_NOOP("Labels", "User"),
    "import_batch": QT_TRANSLATE_NOOP("Labels", "Import batch"),
    "import_profile": QT_TRANSLATE_NOOP("Labels", "Import profile"),
    "app_option": QT_TRANSLATE_NOOP("Labels", "Option"),
    "checklist": QT_TRANSLATE_NOOP("Labels", "Checklist"),
    "checklist_version": QT_TRANSLATE_NOOP("Labels", "Checklist version"),
    "rule_pack": QT_TRANSLATE_NOOP("Labels", "Word list"),
    "autocheck": QT_TRANSLATE_NOOP("Labels", "Automatic checks"),
}

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Labels", "Created"),
    "update": QT_TRANSLATE_NOOP("Labels", "Updated"),
    "deactivate": QT_TRANSLATE_NOOP("Labels", "Deactivated"),
    "locked": QT_TRANSLATE_NOOP("Labels", "Locked after failed logins"),
    "password_reset": QT_TRANSLATE_NOOP("Labels", "Password reset"),
    "delete": QT_TRANSLATE_NOOP("Labels", "Deleted"),
    "activate": QT_TRANSLATE_NOOP("Labels", "Activated"),
    "import": QT_TRANSLATE_NOOP("Labels", "Imported"),
    "install": QT_TRANSLATE_NOOP("Labels", "Installed"),
    "publish": QT_TRANSLATE_NOOP("Labels", "Published"),
    "retire": QT_TRANSLATE_NOOP("Labels", "Retired"),
    "reset": QT_TRANSLATE_NOOP("Labels", "Reset to default"),
    "run": QT_TRANSLATE_NOOP("Labels", "Run"),
}

# Keys of VendorInfo.kpi_targets, in display order.
KPI_TARGETS = {
    "pass_rate": QT_TRANSLATE_NOOP("Labels", "Pass rate"),
    "first_response_within": QT_TRANSLATE_NOOP("Labels", "First response in time"),
    "actions_closed_on_time": QT_TRANSLATE_NOOP("Labels", "Actions closed on time"),
}

# The reasons qa_desk.domain.audit_chain.verify_chain gives for a broken link.
_CHAIN_REASONS = {
    "sequence gap or reordering": QT_TRANSLATE_NOOP(
        "Labels", "an event is missing or out of order"
    ),
    "link to the previous event is broken": QT_TRANSLATE_NOOP(
        "Labels", "its link to the previous event is broken"
    ),
    "content does not match its hash": QT_TRANSLATE_NOOP(
        "Labels", "its content was changed after it was written"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def role_label(role: Role) -> str:
    return _tr(_ROLES[Role(role)])


def roles() -> list[Role]:
    return list(_ROLES)


def entity_label(entity: str) -> str:
    """Unknown entity types show their code rather than nothing."""
    return _tr(ENTITIES[entity]) if entity in ENTITIES else entity


def action_label(action: str) -> str:
    return _tr(_ACTIONS[action]) if action in _ACTIONS else action


def kpi_label(key: str) -> str:
    return _tr(KPI_TARGETS[key]) if key in KPI_TARGETS else key


def chain_reason(reason: str | None) -> str:
    if not reason:
        return ""
    return _tr(_CHAIN_REASONS[reason]) if reason in _CHAIN_REASONS else reason


def yes_no(flag: bool) -> str:
    if flag:
        return QCoreApplication.translate("Labels", "Yes")
    return QCoreApplication.translate("Labels", "No")
