"""Compiling a checklist's automatic rules: validation, keys, fingerprints, rule types."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from qa_desk.domain.autocheck import (
    PACK_NAMES,
    RULE_TYPES,
    Conversation,
    Turn,
    compile_ruleset,
    load_default_packs,
)
from qa_desk.domain.checklist import (
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
    load_default,
    problems,
)
from qa_desk.domain.errors import ValidationError

PACKS = load_default_packs()


def spec_with(
    rule: str = "forbidden_phrases", params: dict[str, Any] | None = None, **item: Any
) -> ChecklistSpec:
    if params is None:
        params = {"packs": ["forbidden"]}
    fields: dict[str, Any] = {"auto_rule": rule, "auto_params": params}
    fields.update(item)
    return ChecklistSpec(
        "t", sections=(SectionSpec("S", "s", 100.0, (ItemSpec("S1", "item", **fields),)),)
    )


# ------------------------------------------------------------------ the default checklist
def test_the_default_checklist_compiles_in_both_languages() -> None:
    for lang in ("zh_CN", "en"):
        spec = load_default(lang)
        assert problems(spec, RULE_TYPES) == []
        rules = compile_ruleset(spec, PACKS)
        assert rules.keys == (
            "S1", "S3", "S4", "S5", "A1", "A6", "T1", "T2", "T3",
            "risk", "overtalk", "speech_rate",
        )  # fmt: skip
        assert [r.item_code for r in rules.rules][:9] == list(rules.keys[:9])
        assert all(r.item_code is None for r in rules.rules[9:])
    assert (
        compile_ruleset(load_default("zh_CN"), PACKS).fingerprint
        == compile_ruleset(load_default("en"), PACKS).fingerprint
    )  # texts and labels are not part of what the rules do


def test_every_default_rule_parameter_is_a_declared_parameter() -> None:
    spec = load_default()
    used = [(i.auto_rule, i.auto_params) for _s, i in spec.items() if i.auto_rule]
    used += [(r.rule, r.params) for r in spec.flag_rules]
    for rule, params in used:
        declared = {p.name for p in RULE_TYPES[rule].params}
        assert set(params) <= declared, rule


def test_rule_types_describe_their_parameters_for_the_editor() -> None:
    kinds = {"int", "float", "str", "packs", "phrases", "roles", "choice"}
    for name, rule_type in RULE_TYPES.items():
        assert rule_type.name == name
        assert rule_type.channels <= {"chat", "call"} and rule_type.channels
        for param in rule_type.params:
            assert param.kind in kinds
            if param.kind == "choice":
                assert param.default in param.choices
            if param.kind == "packs":
                assert set(param.default) <= set(PACK_NAMES)
        # The defaults alone make a valid rule (phrase rules need words: give a pack).
        params = (
            {"packs": ["forbidden"]} if name in ("forbidden_phrases", "required_phrases") else {}
        )
        compile_ruleset(spec_with(name, params), PACKS)
    assert RULE_TYPES["first_response"].channels == {"chat"}
    assert RULE_TYPES["call_silence"].channels == {"call"}


def test_applies_by_channel() -> None:
    rules = compile_ruleset(load_default(), PACKS)
    assert rules.applies("T1", "chat") and not rules.applies("T1", "call")
    assert rules.applies("T3", "call") and not rules.applies("T3", "chat")
    assert rules.applies("S1", "chat") and rules.applies("S1", "call")
    assert not rules.applies("A2", "chat")  # no automatic rule
    assert not rules.applies("nonsense", "chat")


def test_run_gives_one_outcome_per_key_in_order() -> None:
    rules = compile_ruleset(load_default(), PACKS)
    outcomes = rules.run(Conversation("chat", (Turn(1, "customer", "在吗", 0),)))
    assert tuple(o.key for o in outcomes) == rules.keys


# ------------------------------------------------------------------ compile errors
@pytest.mark.parametrize(
    ("rule", "params", "names"),
    [
        ("no_such_rule", {}, ("no_such_rule",)),
        ("forbidden_phrases", {"packs": ["no_such_pack"]}, ("no_such_pack",)),
        ("forbidden_phrases", {"packs": ["forbidden"], "colour": "red"}, ("colour",)),
        ("forbidden_phrases", {"packs": "forbidden", "roles": ["boss"]}, ("boss",)),
        ("forbidden_phrases", {"packs": ["forbidden"], "roles": []}, ("roles",)),
        ("forbidden_phrases", {"packs": [], "phrases": []}, ("S1",)),
        ("forbidden_phrases", {"regexes": ["(unclosed"]}, ("regexes", "(unclosed")),
        ("forbidden_phrases", {"phrases": [3]}, ("phrases",)),
        ("first_response", {"limit_s": "30"}, ("limit_s",)),
        ("first_response", {"limit_s": -1}, ("limit_s",)),
        ("first_response", {"limit_s": True}, ("limit_s",)),
        ("first_response", {"limit_s": float("nan")}, ("limit_s",)),
        ("required_phrases", {"packs": ["greeting"], "turns": 1.5}, ("turns",)),
        ("required_phrases", {"packs": ["greeting"], "turns": 0}, ("turns",)),
        ("required_phrases", {"packs": ["greeting"], "position": "middle"}, ("position",)),
        ("speech_rate", {"max_cpm": 100, "min_cpm": 200}, ("min_cpm",)),
        ("waybill_present", {"patterns": ["x*"]}, ("patterns",)),
        ("call_silence", {"hold_packs": ["nope"]}, ("nope",)),
    ],
)
def test_bad_rules_are_refused_with_a_message_naming_them(
    rule: str, params: dict[str, Any], names: tuple[str, ...]
) -> None:
    with pytest.raises(ValidationError) as caught:
        compile_ruleset(spec_with(rule, params), PACKS)
    message = str(caught.value)
    assert "S1" in message
    for name in names:
        assert name in message
    assert "\n" not in message


def test_a_bad_line_in_a_used_pack_is_refused_and_an_unused_one_ignored() -> None:
    packs = {**PACKS, "forbidden": "# x\nre:[oops\n", "hold": "re:(\n"}
    with pytest.raises(ValidationError) as caught:
        compile_ruleset(spec_with("forbidden_phrases", {"packs": ["forbidden"]}), packs)
    assert caught.value.params["line"] == 2
    compile_ruleset(spec_with("forbidden_phrases", {"packs": ["buck_passing"]}), packs)


def test_a_key_used_twice_is_refused() -> None:
    spec = dataclasses.replace(
        spec_with(), flag_rules=(FlagRuleSpec("S1", "risk_keywords", "x", {}),)
    )
    with pytest.raises(ValidationError):
        compile_ruleset(spec, PACKS)


def test_integral_numbers_and_single_texts_are_accepted() -> None:
    rules = compile_ruleset(
        spec_with(
            "required_phrases", {"packs": "greeting", "turns": 3.0, "phrases": [" 您好 \n你好", ""]}
        ),
        PACKS,
    )
    assert rules.rules[0].params == {
        "packs": ["greeting"],
        "phrases": ["您好", "你好"],
        "position": "first",
        "turns": 3,
    }


# ------------------------------------------------------------------ fingerprints
def fingerprint(spec: ChecklistSpec, packs: dict[str, str] | None = None) -> str:
    return compile_ruleset(spec, packs or PACKS).fingerprint


def test_the_fingerprint_is_stable_and_ignores_what_does_not_change_results() -> None:
    base = load_default()
    first = fingerprint(base)
    assert len(first) == 64 and first == fingerprint(load_default())
    # Labels, texts, guidance, other items, the pass mark: no change.
    section = base.sections[1]
    renamed = dataclasses.replace(
        base,
        name="another name",
        pass_mark=70,
        sections=(
            base.sections[0],
            dataclasses.replace(
                section,
                name="x",
                items=tuple(dataclasses.replace(i, text="t", guidance="g") for i in section.items),
            ),
            base.sections[2],
        ),
        flag_rules=tuple(dataclasses.replace(r, label="?") for r in base.flag_rules),
    )
    assert fingerprint(renamed) == first
    # Defaults spelled out, numbers as floats, comments and blank lines in a used pack,
    # any change to a pack no rule uses: no change either.
    spelled = dataclasses.replace(
        base,
        flag_rules=tuple(
            dataclasses.replace(r, params={**r.params, "max_count": 1.0})
            if r.rule == "overtalk"
            else r
            for r in base.flag_rules
        ),
    )
    assert fingerprint(spelled) == first
    commented = {**PACKS, "risk": "# more comments\n\n" + PACKS["risk"] + "\n# end\n"}
    assert fingerprint(base, commented) == first
    assert fingerprint(base, {**PACKS, "unused_pack": "随便"}) == first


def test_the_fingerprint_changes_with_a_parameter_a_pack_or_scoring() -> None:
    base = load_default()
    first = fingerprint(base)
    changed_param = dataclasses.replace(
        base,
        flag_rules=tuple(
            dataclasses.replace(r, params={**r.params, "max_cpm": 280})
            if r.key == "speech_rate"
            else r
            for r in base.flag_rules
        ),
    )
    assert fingerprint(changed_param) != first
    assert fingerprint(base, {**PACKS, "hold": PACKS["hold"] + "\n稍候片刻\n"}) != first
    assert fingerprint(base, {**PACKS, "risk": PACKS["risk"].replace("律师\n", "")}) != first
    s1 = base.sections[0]
    more_points = dataclasses.replace(
        base,
        sections=(
            dataclasses.replace(
                s1,
                items=tuple(
                    dataclasses.replace(i, max_points=5) if i.code == "S1" else i for i in s1.items
                ),
            ),
            *base.sections[1:],
        ),
    )
    assert fingerprint(more_points) != first
    fewer_flags = dataclasses.replace(base, flag_rules=base.flag_rules[:1])
    assert fingerprint(fewer_flags) != first
