"""Vendor and team choices offered in the organisation dialogs."""

from __future__ import annotations

from qa_desk.services.actor import Actor
from qa_desk.services.organisation import TeamInfo, VendorInfo
from qa_desk.services.registry import Services


def vendor_text(vendor: VendorInfo) -> str:
    return f"{vendor.code} · {vendor.name}"


def vendor_choices(
    services: Services, actor: Actor, keep: int | None = None
) -> list[tuple[str, int]]:
    """Active vendors in the actor's scope, plus ``keep`` (the current one) even if inactive."""
    return [(vendor_text(v), v.id) for v in services.org.vendors(actor) if v.active or v.id == keep]


def team_choices(
    services: Services, actor: Actor, vendor_id: int | None, keep: int | None = None
) -> list[TeamInfo]:
    """The vendor's active teams, plus ``keep`` even if inactive."""
    if vendor_id is None:
        return []
    return [t for t in services.org.teams(actor, vendor_id) if t.active or t.id == keep]
