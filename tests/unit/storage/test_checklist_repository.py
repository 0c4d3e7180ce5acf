"""Checklist storage on SQLite and PostgreSQL: exact round trip of a version, values a column
cannot hold, and frozen versions — refused by the repository and by the flush guard."""

from __future__ import annotations

import math
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from qa_desk.domain import passwords
from qa_desk.domain.checklist import (
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
    load_default,
)
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.timeutil import utcnow
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.storage.database import Database
from qa_desk.storage.models import (
    ChecklistItem,
    ChecklistSection,
    ChecklistVersion,
    Inspection,
    Record,
)
from qa_desk.storage.unit_of_work import unit_of_work


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


EDGE = ChecklistSpec(
    name="边界 checklist ✓",
    channel="call",
    pass_mark=99.99,
    description="第一行\n第二行",
    notes="  spaces kept  ",
    flag_rules=(
        FlagRuleSpec("risk", "risk_keywords", "风险", {"packs": ["risk"], "phrases": ["律师"]}),
        FlagRuleSpec("fast", "speech_rate", "", {"max_cpm": 280.5, "nested": {"a": [1, None]}}),
    ),
    sections=(
        SectionSpec(
            "S" * 32,
            "名" * 200,
            0.001,
            (
                ItemSpec(
                    "I1",
                    "文" * 500,
                    kind="scale",
                    max_points=2.5,
                    guidance="多行\n说明 😀",
                    levels=(0.0, 0.25, 1 / 3, 2.5),
                    allows_na=True,
                    critical="section",
                    penalty_amount=Decimal("12.5"),
                    auto_rule="required_phrases",
                    auto_params={"packs": ["greeting"], "turns": 2, "position": "first"},
                ),
                ItemSpec(
                    "I2",
                    "扣分项",
                    kind="deduction",
                    max_points=99999.999,
                    per_occurrence=0.125,
                    critical="all",
                    penalty_amount=Decimal("9999999999.99"),
                ),
                ItemSpec("I3", "小数", max_points=0.1, penalty_amount=Decimal("0.01")),
                ItemSpec("I4", "负数", max_points=-0.5, penalty_amount=Decimal("200.00")),
            ),
        ),
        SectionSpec("EMPTY", "空维度", 33.333),
    ),
)


def add(db: Database, spec: ChecklistSpec, created_by: int | None = None) -> int:
    with unit_of_work(db, write=True) as uow:
        checklist = uow.checklists.add_checklist(spec, utcnow())
        return uow.checklists.add_version(checklist, spec, created_by, utcnow()).id


def load(db: Database, version_id: int) -> ChecklistSpec:
    with unit_of_work(db) as uow:  # a fresh session: what the database holds
        spec = uow.checklists.load_spec(version_id)
    assert spec is not None
    return spec


def publish(db: Database, version_id: int) -> None:
    with unit_of_work(db, write=True) as uow:
        version = uow.checklists.version(version_id)
        assert version is not None
        uow.checklists.set_status(version, "published", utcnow())


def use(db: Database, version_id: int, vendor_id: int, inspector_id: int) -> None:
    """An inspection scored against the version (the way the inspection workspace pins it)."""
    with db.session(write=True) as s:
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


def row_counts(db: Database, version_id: int) -> tuple[int, int]:
    with db.session() as s:
        sections = s.scalar(select(func.count()).where(ChecklistSection.version_id == version_id))
        items = s.scalar(
            select(func.count())
            .select_from(ChecklistItem)
            .join(ChecklistSection)
            .where(ChecklistSection.version_id == version_id)
        )
    return sections or 0, items or 0


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_default_checklist_round_trips_exactly(services: Services, lang: str) -> None:
    spec = load_default(lang)
    version_id = add(services.db, spec)
    assert load(services.db, version_id) == spec


def test_edge_case_spec_round_trips_exactly(services: Services) -> None:
    version_id = add(services.db, EDGE)
    loaded = load(services.db, version_id)
    assert loaded == EDGE
    # Types as the domain declares them, not the driver's Decimals.
    item = loaded.sections[0].items[0]
    assert isinstance(item.max_points, float) and isinstance(loaded.pass_mark, float)
    assert all(isinstance(v, float) for v in item.levels) and item.levels[2] == 1 / 3
    assert isinstance(loaded.sections[0].weight, float)
    # Penalties come back as Decimals without the column's trailing zeros.
    amounts = [i.penalty_amount for i in loaded.sections[0].items]
    assert [str(a) for a in amounts] == ["12.5", "9999999999.99", "0.01", "200"]
    assert loaded.sections[1].items == ()


def test_positions_follow_the_order_and_replacing_a_draft_leaves_no_old_rows(
    services: Services,
) -> None:
    spec = load_default("zh_CN")
    version_id = add(services.db, spec)
    reordered = replace(
        spec,
        sections=(
            replace(spec.sections[2], items=tuple(reversed(spec.sections[2].items))),
            spec.sections[0],
        ),
        flag_rules=(),
    )
    with unit_of_work(services.db, write=True) as uow:
        version = uow.checklists.version(version_id)
        assert version is not None
        uow.checklists.replace_content(version, reordered)
    assert load(services.db, version_id) == reordered
    with services.db.session() as s:
        positions = s.execute(
            select(ChecklistSection.code, ChecklistSection.position)
            .where(ChecklistSection.version_id == version_id)
            .order_by(ChecklistSection.position)
        ).all()
        t_items = s.scalars(
            select(ChecklistItem.code)
            .join(ChecklistSection)
            .where(ChecklistSection.version_id == version_id, ChecklistSection.code == "T")
            .order_by(ChecklistItem.position)
        ).all()
    assert [tuple(p) for p in positions] == [("T", 1), ("S", 2)]
    assert t_items == [i.code for i in reversed(spec.sections[2].items)]
    expected_items = len(spec.sections[2].items) + len(spec.sections[0].items)
    assert row_counts(services.db, version_id) == (2, expected_items)


def _item(**changes: object) -> ChecklistSpec:
    item = replace(EDGE.sections[0].items[2], **changes)  # type: ignore[arg-type]
    return replace(EDGE, sections=(replace(EDGE.sections[0], items=(item,)),))


BAD = {
    "too many decimals": (_item(max_points=0.0001), "cannot be stored"),
    "too big": (_item(max_points=100000.0), "at most 5 digits before and 3 after"),
    "not a number": (_item(max_points=math.nan), "I3: the number nan cannot be stored"),
    "infinite level": (_item(kind="scale", levels=(0.0, math.inf)), "I3: the number inf"),
    "penalty cents": (_item(penalty_amount=Decimal("0.001")), "0.001 cannot be stored"),
    "per occurrence": (_item(per_occurrence=0.0005), "cannot be stored"),
    "pass mark": (replace(EDGE, pass_mark=1000.0), "The pass mark 1000.0 cannot be stored"),
    "weight": (replace(EDGE, sections=(SectionSpec("W", "w", 1e-4),)), "W: the number"),
    "nul": (_item(text="a\x00b"), "I3: a text contains a NUL character."),
    "long code": (_item(code="C" * 33), "longer than 32 characters"),
    "long text": (_item(text="x" * 501), "Item I3: the text is longer than 500 characters."),
    "long name": (replace(EDGE, name="n" * 201), "name is longer than 200 characters"),
    "no name": (replace(EDGE, name="  "), "The checklist needs a name."),
    "kind": (_item(kind="stars"), "Item I3: unknown kind stars."),
    "critical": (_item(critical="fatal"), "Item I3: unknown critical level fatal."),
    "channel": (replace(EDGE, channel="email"), "Unknown channel email."),
    "params": (_item(auto_params={"x": object()}), "I3: the rule parameters cannot be stored"),
    "nan param": (_item(auto_params={"x": math.nan}), "I3: the rule parameters cannot be stored"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_values_a_column_cannot_hold_are_refused_and_nothing_is_written(
    services: Services, case: str
) -> None:
    spec, message = BAD[case]
    version_id = add(services.db, EDGE)
    with pytest.raises(ValidationError) as caught, unit_of_work(services.db, write=True) as uow:
        version = uow.checklists.version(version_id)
        assert version is not None
        uow.checklists.replace_content(version, spec)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert load(services.db, version_id) == EDGE


def test_tuples_in_rule_parameters_are_stored_as_lists(services: Services) -> None:
    spec = _item(auto_params={"packs": ("greeting",), 1: "one"})
    version_id = add(services.db, spec)
    item = load(services.db, version_id).sections[0].items[0]
    assert item.auto_params == {"packs": ["greeting"], "1": "one"}


def test_a_copy_is_the_same_content_under_the_next_number(services: Services) -> None:
    version_id = add(services.db, EDGE)
    publish(services.db, version_id)
    with unit_of_work(services.db, write=True) as uow:
        source = uow.checklists.version(version_id)
        assert source is not None
        copy = uow.checklists.copy_version(source, None, utcnow())
        copy_id, number, status = copy.id, copy.number, copy.status
    assert (number, status) == (2, "draft")
    assert load(services.db, copy_id) == EDGE


def test_version_rows_count_items_and_inspections(
    services: Services, admin: Actor, org: dict[str, object]
) -> None:
    spec = load_default("zh_CN")
    version_id = add(services.db, spec, created_by=admin.user_id)
    publish(services.db, version_id)
    use(services.db, version_id, org["v1"].id, admin.user_id)  # type: ignore[attr-defined]
    with unit_of_work(services.db) as uow:
        [row] = uow.checklists.version_rows(version_ids=[version_id])
        assert uow.checklists.is_used(version_id)
    assert (row.number, row.status, row.created_by, row.pass_mark) == (1, "published", "admin", 80)
    assert row.item_count == len(spec.items()) and row.inspections == 1


# ---------------------------------------------------------------------------- frozen versions


@pytest.fixture
def published(services: Services) -> int:
    version_id = add(services.db, load_default("zh_CN"))
    publish(services.db, version_id)
    return version_id


@pytest.fixture
def used_draft(services: Services, admin: Actor, org: dict[str, object]) -> int:
    version_id = add(services.db, load_default("en"))
    use(services.db, version_id, org["v1"].id, admin.user_id)  # type: ignore[attr-defined]
    return version_id


FROZEN = {
    "published": (
        "Version 1 of 快递客服质检评分表 is published and cannot change; edit a new draft."
    ),
    "used_draft": (
        "Version 1 of Express delivery service checklist is used by inspections and cannot "
        "change; edit a new draft."
    ),
}


@pytest.mark.parametrize("which", list(FROZEN))
def test_repository_refuses_to_change_a_frozen_version(
    services: Services, request: pytest.FixtureRequest, which: str
) -> None:
    version_id = request.getfixturevalue(which)
    before = load(services.db, version_id)
    with pytest.raises(ValidationError) as caught, unit_of_work(services.db, write=True) as uow:
        version = uow.checklists.version(version_id)
        assert version is not None
        uow.checklists.replace_content(version, EDGE)
    assert str(caught.value) == FROZEN[which]
    with pytest.raises(ValidationError) as caught, unit_of_work(services.db, write=True) as uow:
        version = uow.checklists.version(version_id)
        assert version is not None
        uow.checklists.delete_version(version)
    assert str(caught.value) == FROZEN[which]
    assert load(services.db, version_id) == before


def _first_item(s, version_id: int) -> ChecklistItem:  # type: ignore[no-untyped-def]
    return s.scalars(
        select(ChecklistItem)
        .join(ChecklistSection)
        .where(ChecklistSection.version_id == version_id)
        .order_by(ChecklistSection.position, ChecklistItem.position)
        .limit(1)
    ).one()


def _change_text(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    _first_item(s, version_id).text = "changed behind the repository's back"


def _delete_item(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    s.delete(_first_item(s, version_id))


def _move_item(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    _first_item(s, version_id).position = 99


def _add_item(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    section = _first_item(s, version_id).section
    s.add(
        ChecklistItem(
            section_id=section.id,
            position=9,
            code="X",
            text="x",
            kind="binary",
            max_points=Decimal(1),
        )
    )


def _add_section(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    version = s.get(ChecklistVersion, version_id)
    s.add(ChecklistSection(version=version, position=9, code="X", name="x", weight=Decimal(1)))


def _rename_section(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    _first_item(s, version_id).section.name = "renamed"


def _change_pass_mark(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    s.get(ChecklistVersion, version_id).pass_mark = Decimal(10)


def _change_flag_rules(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    s.get(ChecklistVersion, version_id).flag_rules = []


def _delete_version(s, version_id: int) -> None:  # type: ignore[no-untyped-def]
    version = s.get(ChecklistVersion, version_id)
    for section in version.sections:
        for item in section.items:
            s.delete(item)
        s.delete(section)
    s.delete(version)


ORM_CHANGES = {
    f.__name__.lstrip("_"): f
    for f in (
        _change_text,
        _delete_item,
        _move_item,
        _add_item,
        _add_section,
        _rename_section,
        _change_pass_mark,
        _change_flag_rules,
        _delete_version,
    )
}


@pytest.mark.parametrize("which", list(FROZEN))
@pytest.mark.parametrize("change", list(ORM_CHANGES))
def test_flush_guard_refuses_orm_changes_to_a_frozen_version(
    services: Services, request: pytest.FixtureRequest, which: str, change: str
) -> None:
    version_id = request.getfixturevalue(which)
    before = load(services.db, version_id)
    with pytest.raises(ValidationError) as caught, services.db.session(write=True) as s:
        ORM_CHANGES[change](s, version_id)
        s.flush()
    assert str(caught.value) == FROZEN[which]
    assert load(services.db, version_id) == before


@pytest.mark.parametrize("change", ["change_text", "delete_item", "add_item", "rename_section"])
def test_flush_guard_lets_a_draft_change(services: Services, change: str) -> None:
    version_id = add(services.db, load_default("zh_CN"))
    with services.db.session(write=True) as s:
        ORM_CHANGES[change](s, version_id)
    assert load(services.db, version_id) != load_default("zh_CN")


def test_a_frozen_version_never_becomes_a_draft_again(services: Services, published: int) -> None:
    with pytest.raises(ValidationError) as caught, services.db.session(write=True) as s:
        s.get(ChecklistVersion, published).status = "draft"
    assert str(caught.value) == "A checklist version cannot change from published to draft."
    with services.db.session(write=True) as s:  # retiring is the one way on
        s.get(ChecklistVersion, published).status = "retired"
    with pytest.raises(ValidationError), services.db.session(write=True) as s:
        s.get(ChecklistVersion, published).status = "published"


def test_bulk_statements_on_sections_and_items_are_refused(
    services: Services, published: int
) -> None:
    for statement in (
        update(ChecklistItem).values(text="bulk"),
        update(ChecklistSection).values(name="bulk"),
    ):
        with pytest.raises(ValidationError) as caught, services.db.session(write=True) as s:
            s.execute(statement)
        assert "cannot be changed by bulk statements" in str(caught.value)
    assert load(services.db, published) == load_default("zh_CN")
