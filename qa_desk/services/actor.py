"""Who is acting: every service call names its actor, and permissions are checked on it."""

from __future__ import annotations

from dataclasses import dataclass

from qa_desk.domain.errors import NotFound, PermissionDenied
from qa_desk.domain.roles import Permission, Role, has_permission, is_vendor_scoped


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
            raise PermissionDenied(f"Your role ({self.role.value}) may not {permission.value}.")

    def check_vendor(self, vendor_id: int | None, what: str = "object") -> None:
        """A vendor supervisor sees another vendor's objects as not existing at all."""
        if self.is_vendor_scoped:
            self._require_own_vendor()
            if vendor_id != self.vendor_id:
                raise NotFound(f"No such {what}.")

    def vendor_filter(self) -> int | None:
        """The vendor a query must be restricted to, or None for no restriction."""
        if not self.is_vendor_scoped:
            return None
        return self._require_own_vendor()

    def _require_own_vendor(self) -> int:
        # Fail closed: a scoped account without a vendor must never read as "no restriction".
        if self.vendor_id is None:
            raise PermissionDenied("Your account belongs to no vendor; ask an admin to set one.")
        return self.vendor_id


# The actor for set-up work done before any account exists (init, demo data, migrations).
SYSTEM = Actor(user_id=None, login="system", display_name="System", role=Role.ADMIN)
