"""Who is acting: every service call names its actor, and permissions are checked on it."""

from __future__ import annotations

from dataclasses import dataclass

from qa_desk.domain.errors import NotFound, PermissionDenied
from qa_desk.domain.roles import Permission, Role, has_permission, is_vendor_scoped
from qa_desk.domain.text import QT_TRANSLATE_NOOP

# One whole sentence per permission, so that translators can say what is refused. The English
# keeps the permission's name: scripts and logs match on it.
_DENIED: dict[Permission, str] = {
    Permission.MANAGE_ORGANISATION: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not manage_organisation."
    ),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not manage_users."
    ),
    Permission.READ_ORGANISATION: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not read_organisation."
    ),
    Permission.READ_AUDIT_LOG: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not read_audit_log."
    ),
    Permission.VERIFY_AUDIT_LOG: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not verify_audit_log."
    ),
    Permission.IMPORT_RECORDS: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not import_records."
    ),
    Permission.READ_RECORDS: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not read_records."
    ),
    Permission.READ_CHECKLISTS: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not read_checklists."
    ),
    Permission.MANAGE_CHECKLISTS: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not manage_checklists."
    ),
    Permission.MANAGE_RULE_PACKS: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not manage_rule_packs."
    ),
    Permission.RUN_AUTOCHECK: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not run_autocheck."
    ),
    Permission.MANAGE_SAMPLING: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not manage_sampling."
    ),
    Permission.INSPECT: QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may not inspect."),
    Permission.READ_INSPECTIONS: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not read_inspections."
    ),
    Permission.REOPEN_INSPECTION: QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not reopen_inspection."
    ),
}
# A permission added without its sentence still gets a (less readable) message.
_DENIED_ANY = QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may not {permission}.")

# What check_vendor says for the objects it guards (another vendor's object "does not exist").
_NOT_FOUND: dict[str, str] = {
    "vendor": QT_TRANSLATE_NOOP("Errors", "No such vendor."),
    "team": QT_TRANSLATE_NOOP("Errors", "No such team."),
    "agent": QT_TRANSLATE_NOOP("Errors", "No such agent."),
    "user": QT_TRANSLATE_NOOP("Errors", "No such user."),
    "record": QT_TRANSLATE_NOOP("Errors", "No such record."),
    "checklist": QT_TRANSLATE_NOOP("Errors", "No such checklist."),
    "checklist_version": QT_TRANSLATE_NOOP("Errors", "No such checklist version."),
    "sample": QT_TRANSLATE_NOOP("Errors", "No such sample."),
    "sample_item": QT_TRANSLATE_NOOP("Errors", "No such sample item."),
    "inspection": QT_TRANSLATE_NOOP("Errors", "No such inspection."),
    "object": QT_TRANSLATE_NOOP("Errors", "No such object."),
}


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    login: str
    display_name: str
    role: Role
    vendor_id: int | None = None

    @property
    def is_vendor_scoped(self) -> bool:
        return is_vendor_scoped(self.role)

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            template = _DENIED.get(permission, _DENIED_ANY)
            raise PermissionDenied(template, role=self.role.value, permission=permission.value)

    def check_vendor(self, vendor_id: int | None, what: str = "object") -> None:
        """A vendor supervisor sees another vendor's objects as not existing at all.

        ``what`` names the object for the message: vendor, team, agent, user or record.
        """
        if self.is_vendor_scoped:
            self._require_own_vendor()
            if vendor_id != self.vendor_id:
                raise NotFound(_NOT_FOUND.get(what, _NOT_FOUND["object"]))

    def vendor_filter(self) -> int | None:
        """The vendor a query must be restricted to, or None for no restriction."""
        if not self.is_vendor_scoped:
            return None
        return self._require_own_vendor()

    def _require_own_vendor(self) -> int:
        # Fail closed: a scoped account without a vendor must never read as "no restriction".
        if self.vendor_id is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors", "Your account belongs to no vendor; ask an admin to set one."
                )
            )
        return self.vendor_id


# The actor for set-up work done before any account exists (init, demo data, migrations).
SYSTEM = Actor(user_id=None, login="system", display_name="System", role=Role.ADMIN)
