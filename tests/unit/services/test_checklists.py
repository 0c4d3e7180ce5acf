"""The checklist service on SQLite and PostgreSQL: versions from draft to retired, differences,
immutability, permissions, audit events, the shipped default and the Excel round trip."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from qa_desk.domain import passwords
from qa_desk.domain.checklist import (
    Change,
    ChecklistSpec,
    ItemSpec,
    SectionSpec,
    load_default,
)
from qa_desk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from qa_desk.domain.timeutil import utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.audit import AuditEventInfo
from qa_desk.services.registry import Services
from qa_desk.storage.models import Inspection, Record


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest scrypt cost verify_password accepts (the org fixture creates five users)."""
    monkeypatch.setattr(passwords, "_N", 2**10)


def small(name: str = "在线会话评分表", channel: str | None = "chat") -> ChecklistSpec:
    return ChecklistSpec(
        name=name,
        channel=channel,
        pass_mark=75.0,
        sections=(
            SectionSpec(
                "S",
                "服务规范",
                60.0,
                (
                    ItemSpec("S1", "使用标准问候语", max_points=2.0),
                    ItemSpec(
                        "S2", "礼貌", kind="scale", max_points=3.0, levels=(0.0, 1.0, 2.0, 3.0)
                    ),
                ),
            ),
            SectionSpec(
                "T",
                "时效",
                40.0,
                (
                    ItemSpec(
                        "T1",
                        "无长时间未回复",
                        kind="deduction",
                        max_points=3.0,
                        per_occurrence=1.0,
                        penalty_amount=Decimal("20"),
                    ),
                ),
            ),
        ),
    )


def log(services: Services, admin: Actor, entity: str, entity_id: int) -> list[AuditEventInfo]:
    """One object's audit events, oldest first."""
    found = services.audit.events(admin, limit=1000, entity=entity, entity_id=str(entity_id))
    return list(reversed(found))


def use(services: Services, version_id: int, vendor_id: int, inspector_id: int) -> None:
    """An inspection scored against the version (the way the inspection workspace pins it)."""
    with services.db.session(write=True) as s:
        record = Record(
            source="test",
            external_id=f"R{version_id}",
            channel="chat",
            vendor_id=vendor_id,
            started_at=utcnow(),
        )
        s.add(record)
        s.flush()
        s.add(
            Inspection(
                record_id=record.id,
                version_id=version_id,
                inspector_id=inspector_id,
                started_at=utcnow(),
            )
        )


def message_of(call: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    text = str(caught.value)
    assert text and "\n" not in text
    return text


# ---------------------------------------------------------------------------- life cycle


def test_create_save_publish_new_draft_publish_retires_the_old_one(
    services: Services, admin: Actor
) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    assert (v1.number, v1.status, v1.created_by, v1.item_count, v1.pass_mark) == (
        1,
        "draft",
        "admin",
        3,
        75.0,
    )
    assert v1.published_at is None
    edited = replace(small(), pass_mark=80.0, description="说明")
    saved = cl.save_draft(admin, v1.id, edited)
    assert saved.id == v1.id and saved.pass_mark == 80.0
    assert cl.spec(admin, v1.id) == edited

    published = cl.publish(admin, v1.id)
    assert published.status == "published" and published.published_at is not None
    [info] = cl.list(admin)
    assert info.current == published and info.draft is None and info.versions == (published,)

    v2 = cl.new_draft(admin, v1.id)
    assert (v2.number, v2.status) == (2, "draft")
    assert cl.spec(admin, v2.id) == edited
    [info] = cl.list(admin)
    assert info.current == published and info.draft == v2

    cl.publish(admin, v2.id)
    [info] = cl.list(admin)
    assert [(v.number, v.status) for v in info.versions] == [(1, "retired"), (2, "published")]
    assert info.current is not None and info.current.id == v2.id and info.draft is None
    assert cl.version(admin, v1.id).status == "retired"
    # A retired version still reads back as it was, and a new draft can start from it.
    assert cl.spec(admin, v1.id) == edited
    v3 = cl.new_draft(admin, v1.id)
    assert v3.number == 3


def test_diff_between_versions(services: Services, admin: Actor) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    cl.publish(admin, v1.id)
    v2 = cl.new_draft(admin, v1.id)
    spec = small()
    s, t = spec.sections
    changed = replace(
        spec,
        pass_mark=85.0,
        sections=(
            replace(s, weight=50.0, items=(replace(s.items[0], text="问候"),)),
            replace(t, items=(*t.items, ItemSpec("T2", "按时结束", max_points=1.0))),
        ),
    )
    cl.save_draft(admin, v2.id, changed)
    assert cl.diff(admin, v1.id, v2.id) == [
        Change("changed", "checklist", "", "pass_mark", 75.0, 85.0),
        Change("changed", "section", "S", "weight", 60.0, 50.0),
        Change("removed", "item", "S2", old="礼貌"),
        Change("changed", "item", "S1", "text", "使用标准问候语", "问候"),
        Change("added", "item", "T2", new="按时结束"),
    ]
    assert cl.diff(admin, v1.id, v1.id) == []


# ---------------------------------------------------------------------------- immutability


def test_published_and_retired_versions_never_change(services: Services, admin: Actor) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    cl.publish(admin, v1.id)
    assert message_of(lambda: cl.save_draft(admin, v1.id, small(channel=None))) == (
        "Version 1 of 在线会话评分表 is published and cannot change; edit a new draft."
    )
    assert "published already" in message_of(lambda: cl.publish(admin, v1.id))
    assert "is published and cannot change" in message_of(lambda: cl.discard_draft(admin, v1.id))
    v2 = cl.new_draft(admin, v1.id)
    cl.publish(admin, v2.id)
    assert message_of(lambda: cl.save_draft(admin, v1.id, small())) == (
        "Version 1 of 在线会话评分表 is retired and cannot change; edit a new draft."
    )
    assert "start a new draft" in message_of(lambda: cl.publish(admin, v1.id))
    assert cl.spec(admin, v1.id) == small()


def test_a_version_used_by_an_inspection_never_changes(
    services: Services, admin: Actor, org: dict[str, Any]
) -> None:
    cl = services.checklists
    draft = cl.create(admin, small())
    use(services, draft.id, org["v1"].id, org["insp"].user_id)
    assert cl.version(admin, draft.id).inspections == 1
    used = "Version 1 of 在线会话评分表 is used by inspections and cannot change; edit a new draft."
    assert message_of(lambda: cl.save_draft(admin, draft.id, small(channel="call"))) == used
    assert message_of(lambda: cl.discard_draft(admin, draft.id)) == used
    assert cl.spec(admin, draft.id) == small()
    # Publishing it is still possible, and a copy is a fresh, changeable draft.
    cl.publish(admin, draft.id)
    copy = cl.new_draft(admin, draft.id)
    assert copy.inspections == 0
    cl.save_draft(admin, copy.id, replace(small(), pass_mark=90.0))
    assert cl.spec(admin, draft.id).pass_mark == 75.0


def test_one_draft_at_a_time_and_drafts_are_edited_directly(
    services: Services, admin: Actor
) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    assert "is a draft; edit it directly" in message_of(lambda: cl.new_draft(admin, v1.id))
    cl.publish(admin, v1.id)
    v2 = cl.new_draft(admin, v1.id)
    assert message_of(lambda: cl.new_draft(admin, v1.id)) == (
        "在线会话评分表 already has a draft (version 2); edit or discard it first."
    )
    cl.discard_draft(admin, v2.id)
    with pytest.raises(NotFound):
        cl.version(admin, v2.id)
    [info] = cl.list(admin)
    assert [v.number for v in info.versions] == [1]
    assert cl.new_draft(admin, v1.id).number == 2


def test_discarding_the_only_draft_removes_the_checklist(services: Services, admin: Actor) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    cl.discard_draft(admin, v1.id)
    assert cl.list(admin) == []
    actions = [e.action for e in log(services, admin, "checklist", v1.checklist_id)]
    assert actions == ["create", "delete"]
    assert cl.create(admin, small()).number == 1  # the name is free again


def test_renaming_needs_a_free_name(services: Services, admin: Actor) -> None:
    cl = services.checklists
    cl.create(admin, small("甲"))
    other = cl.create(admin, small("乙"))
    with pytest.raises(ConflictError) as caught:
        cl.save_draft(admin, other.id, small("甲"))
    assert str(caught.value) == "A checklist named 甲 exists already."
    with pytest.raises(ConflictError):
        cl.create(admin, small(" 甲 "))
    renamed = cl.save_draft(admin, other.id, small(" 丙 "))
    assert renamed.checklist_name == "丙" and cl.spec(admin, other.id).name == "丙"


def test_the_channel_is_fixed_once_a_version_is_published(services: Services, admin: Actor) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small(channel="chat"))
    cl.save_draft(admin, v1.id, small(channel=None))  # still only a draft: free to change
    cl.publish(admin, v1.id)
    v2 = cl.new_draft(admin, v1.id)
    assert message_of(lambda: cl.save_draft(admin, v2.id, small(channel="call"))) == (
        "The channel of 在线会话评分表 cannot change once a version is published; "
        "create a new checklist for the other channel."
    )
    assert [c.channel for c in cl.list(admin)] == [None]
    assert cl.spec(admin, v2.id) == small(channel=None)


def test_publish_refuses_an_invalid_checklist_with_a_clear_message(
    services: Services, admin: Actor
) -> None:
    cl = services.checklists
    spec = small()
    s, t = spec.sections
    one_problem = replace(spec, sections=(replace(s, weight=0.0), t))
    draft = cl.create(admin, one_problem)
    assert message_of(lambda: cl.publish(admin, draft.id)) == (
        "Section S: the weight must be greater than 0."
    )
    three = replace(
        one_problem, pass_mark=120.0, sections=(replace(s, weight=0.0), replace(t, items=()))
    )
    cl.save_draft(admin, draft.id, three)
    assert message_of(lambda: cl.publish(admin, draft.id)) == (
        "The pass mark must be between 0 and 100. (and 2 more)"
    )
    assert cl.version(admin, draft.id).status == "draft"
    cl.save_draft(admin, draft.id, spec)
    assert cl.publish(admin, draft.id).status == "published"


def test_publish_refuses_rules_the_automatic_checks_cannot_run(
    services: Services, admin: Actor
) -> None:
    cl = services.checklists
    spec = small()
    s, t = spec.sections

    def with_rule(rule: str, params: dict[str, Any]) -> ChecklistSpec:
        item = replace(s.items[0], auto_rule=rule, auto_params=params)
        return replace(spec, sections=(replace(s, items=(item, s.items[1])), t))

    draft = cl.create(admin, with_rule("telepathy", {}))
    assert message_of(lambda: cl.publish(admin, draft.id)) == (
        "S1: unknown automatic rule telepathy."
    )
    cl.save_draft(admin, draft.id, with_rule("first_response", {"limit_s": "soon"}))
    assert message_of(lambda: cl.publish(admin, draft.id)) == (
        "Rule S1: parameter limit_s must be a number."
    )
    cl.save_draft(admin, draft.id, with_rule("forbidden_phrases", {"packs": ["nosuch"]}))
    assert "nosuch" in message_of(lambda: cl.publish(admin, draft.id))
    assert cl.version(admin, draft.id).status == "draft"
    cl.save_draft(admin, draft.id, with_rule("required_phrases", {"packs": ["greeting"]}))
    assert cl.publish(admin, draft.id).status == "published"


def test_unknown_version_or_checklist(services: Services, admin: Actor) -> None:
    cl = services.checklists
    for call in (
        lambda: cl.version(admin, 999),
        lambda: cl.spec(admin, 999),
        lambda: cl.publish(admin, 999),
        lambda: cl.save_draft(admin, 999, small()),
        lambda: cl.new_draft(admin, 999),
        lambda: cl.discard_draft(admin, 999),
    ):
        with pytest.raises(NotFound) as caught:
            call()
        assert str(caught.value) == "No such checklist version."
    with pytest.raises(NotFound):
        cl.set_active(admin, 999, False)


# ---------------------------------------------------------------------------- who may do what


def test_only_admins_change_checklists_and_everyone_reads_them(
    services: Services, admin: Actor, org: dict[str, Any]
) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    for login in ("insp", "sup1", "aud"):
        actor: Actor = org[login]
        for call in (
            lambda a=actor: cl.create(a, small("别的")),
            lambda a=actor: cl.save_draft(a, v1.id, small()),
            lambda a=actor: cl.publish(a, v1.id),
            lambda a=actor: cl.new_draft(a, v1.id),
            lambda a=actor: cl.discard_draft(a, v1.id),
            lambda a=actor: cl.set_active(a, v1.checklist_id, False),
            lambda a=actor: cl.install_default(a),
        ):
            with pytest.raises(PermissionDenied) as caught:
                call()
            assert "may not manage_checklists" in str(caught.value)
    cl.publish(admin, v1.id)
    for login in ("insp", "sup1", "sup2", "aud"):
        reader: Actor = org[login]
        assert [c.name for c in cl.list(reader)] == ["在线会话评分表"]
        assert cl.spec(reader, v1.id) == small()
        assert cl.version(reader, v1.id).status == "published"
        assert cl.diff(reader, v1.id, v1.id) == []
        assert [v.id for v in cl.active_versions(reader, "chat")] == [v1.id]


# ---------------------------------------------------------------------------- audit


def test_every_change_writes_an_audit_event(services: Services, admin: Actor) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    cl.save_draft(admin, v1.id, replace(small(), pass_mark=70.0))
    cl.save_draft(admin, v1.id, replace(small(), pass_mark=70.0))  # no change, no event
    cl.publish(admin, v1.id)
    v2 = cl.new_draft(admin, v1.id)
    cl.publish(admin, v2.id)
    v3 = cl.new_draft(admin, v2.id)
    cl.discard_draft(admin, v3.id)
    cl.set_active(admin, v1.checklist_id, False)
    cl.set_active(admin, v1.checklist_id, False)  # already inactive, no event

    assert [e.action for e in log(services, admin, "checklist", v1.checklist_id)] == [
        "create",
        "deactivate",
    ]
    v1_log = log(services, admin, "checklist_version", v1.id)
    assert [e.action for e in v1_log] == ["create", "update", "publish", "retire"]
    create, update, publish, retire = v1_log
    assert all(e.user == "admin" for e in v1_log)
    assert create.after is not None and create.after["content"]["name"] == "在线会话评分表"
    assert update.before is not None and update.after is not None
    assert update.before["content"]["pass_mark"] == "75.0"
    assert update.after["content"]["pass_mark"] == "70.0"
    assert publish.before == {"checklist_id": v1.checklist_id, "number": 1, "status": "draft"}
    assert publish.after is not None and publish.after["status"] == "published"
    assert retire.after is not None and retire.after["status"] == "retired"
    v2_log = log(services, admin, "checklist_version", v2.id)
    assert [e.action for e in v2_log] == ["create", "publish"]
    assert v2_log[0].after is not None and v2_log[0].after["copied_from"] == v1.id
    v3_log = log(services, admin, "checklist_version", v3.id)
    assert [e.action for e in v3_log] == ["create", "delete"]
    assert services.audit.verify(admin).ok


def test_a_refused_change_leaves_no_audit_event(services: Services, admin: Actor) -> None:
    cl = services.checklists
    v1 = cl.create(admin, small())
    count = services.audit.count(admin)
    bad = replace(small(), sections=(SectionSpec("S", "x", 1e-6),))
    with pytest.raises(ValidationError):
        cl.save_draft(admin, v1.id, bad)
    assert services.audit.count(admin) == count
    assert cl.spec(admin, v1.id) == small()


# ---------------------------------------------------------------------------- the default


def test_install_default_publishes_the_shipped_checklist_once(
    services: Services, admin: Actor
) -> None:
    cl = services.checklists
    first = cl.install_default(admin)
    assert (first.number, first.status, first.checklist_name) == (
        1,
        "published",
        "快递客服质检评分表",
    )
    assert cl.spec(admin, first.id) == load_default("zh_CN")
    events = services.audit.count(admin)
    again = cl.install_default(admin)
    assert again == first and services.audit.count(admin) == events
    english = cl.install_default(admin, "en")
    assert english.checklist_name == "Express delivery service checklist"
    assert cl.spec(admin, english.id) == load_default("en")
    assert len(cl.list(admin)) == 2
    # Installed again after a new version was published: the current version comes back.
    v2 = cl.new_draft(admin, first.id)
    cl.publish(admin, v2.id)
    assert cl.install_default(admin).id == v2.id


def test_active_versions_by_channel(services: Services, admin: Actor) -> None:
    cl = services.checklists
    both = cl.install_default(admin)
    chat = cl.create(admin, small("在线", "chat"))
    call = cl.create(admin, small("通话", "call"))
    cl.publish(admin, chat.id)
    cl.publish(admin, call.id)
    cl.create(admin, small("未发布", "chat"))  # a draft only: not active
    off = cl.create(admin, small("停用", None))
    cl.publish(admin, off.id)
    cl.set_active(admin, off.checklist_id, False)

    def ids(channel: str | None) -> set[int]:
        return {v.id for v in cl.active_versions(admin, channel)}

    assert ids("chat") == {both.id, chat.id}
    assert ids("call") == {both.id, call.id}
    assert ids(None) == {both.id, chat.id, call.id}
    # A new draft does not change what is active; publishing it does.
    draft = cl.new_draft(admin, chat.id)
    assert ids("chat") == {both.id, chat.id}
    cl.publish(admin, draft.id)
    assert ids("chat") == {both.id, draft.id}
    cl.set_active(admin, off.checklist_id, True)
    assert off.id in ids("call")


# ---------------------------------------------------------------------------- Excel


def test_export_then_import_reproduces_the_version_exactly(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    pytest.importorskip("qa_desk.io.checklist_xlsx")
    cl = services.checklists
    installed = cl.install_default(admin)
    for lang in ("zh_CN", "en"):
        path = cl.export_xlsx(admin, installed.id, tmp_path / f"checklist-{lang}.xlsx", lang)
        assert path.is_file()
        copy = cl.import_xlsx(admin, path, name=f"副本 {lang}")
        assert (copy.number, copy.status) == (1, "draft")
        assert cl.spec(admin, copy.id) == replace(load_default("zh_CN"), name=f"副本 {lang}")
    # Importing under the existing name makes a new draft of that checklist...
    path = tmp_path / "checklist-zh_CN.xlsx"
    draft = cl.import_xlsx(admin, path)
    assert (draft.checklist_id, draft.number, draft.status) == (installed.checklist_id, 2, "draft")
    assert cl.diff(admin, installed.id, draft.id) == []
    # ... and importing again replaces that draft rather than piling up drafts.
    again = cl.import_xlsx(admin, path)
    assert again.id == draft.id
    actions = [e.action for e in log(services, admin, "checklist_version", draft.id)]
    assert actions == ["import"]
    # A sheet for another channel cannot become a version of the published checklist.
    chat = cl.create(admin, small(channel="chat"))
    chat_sheet = cl.export_xlsx(admin, chat.id, tmp_path / "chat.xlsx")
    assert "cannot change once a version is published" in message_of(
        lambda: cl.import_xlsx(admin, chat_sheet, name=installed.checklist_name)
    )
    assert cl.diff(admin, installed.id, draft.id) == []
