"""Roles and what each may do. Services check these; the UI only hides what is not allowed."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    INSPECTOR = "inspector"
    VENDOR_SUPERVISOR = "vendor_supervisor"
    AUDITOR = "auditor"


class Permission(StrEnum):
    MANAGE_ORGANISATION = "manage_organisation"  # vendors, teams, agents
    MANAGE_USERS = "manage_users"
    READ_ORGANISATION = "read_organisation"
    READ_AUDIT_LOG = "read_audit_log"
    VERIFY_AUDIT_LOG = "verify_audit_log"
    IMPORT_RECORDS = "import_records"
    READ_RECORDS = "read_records"
    READ_CHECKLISTS = "read_checklists"
    MANAGE_CHECKLISTS = "manage_checklists"  # edit, publish, import checklists
    MANAGE_RULE_PACKS = "manage_rule_packs"  # word lists of the automatic checks
    RUN_AUTOCHECK = "run_autocheck"
    MANAGE_SAMPLING = "manage_sampling"  # plans, draws, assignment
    INSPECT = "inspect"  # score records in the workspace
    READ_INSPECTIONS = "read_inspections"
    REOPEN_INSPECTION = "reopen_inspection"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.INSPECTOR: frozenset(
        {
            Permission.READ_ORGANISATION,
            Permission.IMPORT_RECORDS,
            Permission.READ_RECORDS,
            Permission.READ_CHECKLISTS,
            Permission.RUN_AUTOCHECK,
            Permission.INSPECT,
            Permission.READ_INSPECTIONS,
        }
    ),
    # The checklist is the contract: the vendor reads what it is scored against.
    Role.VENDOR_SUPERVISOR: frozenset(
        {
            Permission.READ_ORGANISATION,
            Permission.READ_RECORDS,
            Permission.READ_CHECKLISTS,
            Permission.READ_INSPECTIONS,
        }
    ),
    Role.AUDITOR: frozenset(
        {
            Permission.READ_ORGANISATION,
            Permission.READ_RECORDS,
            Permission.READ_CHECKLISTS,
            Permission.READ_INSPECTIONS,
            Permission.READ_AUDIT_LOG,
            Permission.VERIFY_AUDIT_LOG,
        }
    ),
}


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]


def is_vendor_scoped(role: Role) -> bool:
    """Vendor supervisors see only their own vendor's data."""
    return role is Role.VENDOR_SUPERVISOR
