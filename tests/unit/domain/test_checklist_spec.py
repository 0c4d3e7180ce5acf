"""Checklist values: validation messages, differences between versions, the JSON shape."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from qa_desk.domain.checklist import (
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
    diff,
    from_data,
    load_default,
    problems,
    to_data,
)


def _valid() -> ChecklistSpec:
    return ChecklistSpec(
        "质检",
        sections=(
            SectionSpec(
                "S",
                "服务规范",
                30,
                (
                    ItemSpec("S1", "问候", "binary", 2),
                    ItemSpec("S2", "礼貌", "scale", 3, levels=(0, 1, 2, 3)),
                ),
            ),
            SectionSpec(
                "T", "时效", 70, (ItemSpec("T1", "间隔", "deduction", 3, per_occurrence=1),)
            ),
        ),
    )


def _messages(spec: ChecklistSpec, known: set[str] | None = None) -> list[str]:
    rules = dict.fromkeys(known) if known is not None else None
    return [p.message() for p in problems(spec, rules)]


def test_a_valid_checklist_has_no_problems() -> None:
    assert _messages(_valid()) == []
    assert _messages(load_default("zh_CN")) == []


def test_each_rule_has_a_clear_message() -> None:
    spec = _valid()
    s, t = spec.sections
    bad = dataclasses.replace(
        spec,
        pass_mark=120,
        sections=(
            dataclasses.replace(s, weight=0),
            dataclasses.replace(
                t,
                items=(
                    ItemSpec("T1", "间隔", "deduction", 3),
                    ItemSpec("S1", "重复", "scale", 3, levels=(0, 2, 1, 3)),
                    ItemSpec("T3", "", "binary", -1),
                    ItemSpec("T4", "x", "scale", 5, levels=(0, 1, 3)),
                    ItemSpec("T5", "x", "binary", 1, auto_rule="nonsense"),
                ),
            ),
        ),
    )
    found = _messages(bad, known={"forbidden_phrases"})
    assert "The pass mark must be between 0 and 100." in found
    assert "Section S: the weight must be greater than 0." in found
    assert "Item T1: the deduction per occurrence must be greater than 0." in found
    assert "The code S1 is used twice." in found
    assert "Item S1: the levels must be ascending." in found
    assert "Item T3 needs a text." in found
    assert "Item T3: the points must be greater than 0." in found
    assert "Item T4: the levels must run from 0 or more up to the points." in found
    assert "T5: unknown automatic rule nonsense." in found


def test_empty_checklist_and_section() -> None:
    assert "The checklist has no sections." in _messages(ChecklistSpec("x"))
    empty = ChecklistSpec("x", sections=(SectionSpec("A", "a", 1),))
    assert "Section A has no items." in _messages(empty)


def test_diff_names_what_changed() -> None:
    old = _valid()
    s, t = old.sections
    new = dataclasses.replace(
        old,
        pass_mark=85,
        sections=(
            dataclasses.replace(t, weight=60),
            dataclasses.replace(
                s,
                items=(
                    s.items[1],
                    dataclasses.replace(s.items[0], text="标准问候", penalty_amount=Decimal("50")),
                    ItemSpec("S3", "新项", "binary", 1),
                ),
            ),
        ),
    )
    changes = {(c.kind, c.target, c.code, c.field): (c.old, c.new) for c in diff(old, new)}
    assert changes[("changed", "checklist", "", "pass_mark")] == (80, 85)
    assert changes[("changed", "section", "T", "weight")] == (70, 60)
    assert changes[("moved", "section", "T", "position")] == (2, 1)
    assert changes[("changed", "item", "S1", "text")] == ("问候", "标准问候")
    assert changes[("changed", "item", "S1", "penalty_amount")] == (None, Decimal("50"))
    assert changes[("moved", "item", "S1", "position")] == (1, 2)
    assert ("added", "item", "S3", "") in changes
    assert diff(old, old) == []


def test_diff_sees_items_moving_between_sections_and_removals() -> None:
    old = _valid()
    s, t = old.sections
    new = dataclasses.replace(
        old,
        sections=(
            dataclasses.replace(s, items=(s.items[0],)),
            dataclasses.replace(t, items=(s.items[1], *t.items)),
        ),
    )
    kinds = {(c.kind, c.code, c.field) for c in diff(old, new)}
    assert ("moved", "S2", "section") in kinds
    dropped = dataclasses.replace(old, sections=(s,))
    assert {(c.kind, c.target, c.code) for c in diff(old, dropped)} == {
        ("removed", "section", "T"),
        ("removed", "item", "T1"),
    }


def test_json_shape_round_trips() -> None:
    spec = dataclasses.replace(
        _valid(),
        flag_rules=(FlagRuleSpec("risk", "risk_keywords", "风险", {"packs": ["risk"]}),),
    )
    assert from_data(to_data(spec)) == spec
    for lang in ("zh_CN", "en"):
        default = load_default(lang)
        assert from_data(to_data(default)) == default


def test_default_checklist_is_the_issue_s() -> None:
    zh = load_default("zh_CN")
    en = load_default("en")
    assert zh.pass_mark == 80
    assert [(s.name, s.weight) for s in zh.sections] == [
        ("服务规范", 30),
        ("业务准确性", 45),
        ("时效", 25),
    ]
    assert [s.name for s in en.sections] == ["Brand tone", "Accuracy", "Timeliness"]
    critical = {i.code for _s, i in zh.items() if i.critical == "all"}
    assert critical == {"S3", "A6"}  # forbidden language, customer privacy
    # The two languages differ only in their texts.
    assert [i.code for _s, i in zh.items()] == [i.code for _s, i in en.items()]
    assert {c.field for c in diff(zh, en)} <= {
        "name",
        "description",
        "text",
        "guidance",
        "flag_rules",
    }
