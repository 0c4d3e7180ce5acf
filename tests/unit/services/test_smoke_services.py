"""Accounts, organisation and audit work together on both databases."""

from __future__ import annotations

from qa_desk.services.registry import Services


def test_org_fixture_builds_and_audit_verifies(services: Services, org: dict) -> None:
    admin = org["admin"]
    assert [v.code for v in services.org.vendors(admin)] == ["V01", "V02"]
    result = services.audit.verify(admin)
    assert result.ok and result.events >= 10
