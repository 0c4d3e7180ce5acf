"""The scoring rules of DESIGN §4, one by one, then their invariants over random answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.domain.checklist import ChecklistSpec, ItemSpec, SectionSpec, load_default
from qa_desk.domain.errors import ValidationError
from qa_desk.domain.scoring import AnswerInput, item_score, score

BIN = ItemSpec("B", "binary", "binary", 2)
SCALE = ItemSpec("S", "scale", "scale", 3, levels=(0, 1, 2, 3))
DED = ItemSpec("D", "deduction", "deduction", 5, per_occurrence=2)


def yes() -> AnswerInput:
    return AnswerInput(1)


def no() -> AnswerInput:
    return AnswerInput(0)


def na() -> AnswerInput:
    return AnswerInput(na=True)


def spec(*sections: SectionSpec, pass_mark: float = 80) -> ChecklistSpec:
    return ChecklistSpec("t", sections=sections, pass_mark=pass_mark)


def test_binary_is_zero_or_max() -> None:
    assert item_score(BIN, yes()) == 2
    assert item_score(BIN, no()) == 0
    with pytest.raises(ValidationError):
        item_score(BIN, AnswerInput(0.5))


def test_scale_takes_the_chosen_level_only() -> None:
    assert item_score(SCALE, AnswerInput(2)) == 2
    with pytest.raises(ValidationError, match="S"):
        item_score(SCALE, AnswerInput(2.5))


def test_deduction_counts_occurrences_and_floors_at_zero() -> None:
    assert item_score(DED, AnswerInput(0)) == 5
    assert item_score(DED, AnswerInput(1)) == 3
    assert item_score(DED, AnswerInput(2)) == 1
    assert item_score(DED, AnswerInput(3)) == 0  # 5 − 6 floored
    assert item_score(DED, AnswerInput(40)) == 0
    with pytest.raises(ValidationError):
        item_score(DED, AnswerInput(-1))
    with pytest.raises(ValidationError):
        item_score(DED, AnswerInput(1.5))


def test_na_only_where_allowed() -> None:
    with pytest.raises(ValidationError, match="N/A"):
        item_score(BIN, na())
    allowed = ItemSpec("N", "n", "binary", 2, allows_na=True)
    assert item_score(allowed, na()) is None


def test_na_items_leave_the_denominator() -> None:
    a = ItemSpec("A", "a", "binary", 2, allows_na=True)
    b = ItemSpec("B", "b", "binary", 3)
    c = ItemSpec("C", "c", "binary", 5)
    result = score(spec(SectionSpec("X", "x", 1, (a, b, c))), {"A": na(), "B": yes(), "C": no()})
    assert result.sections[0].score == pytest.approx(100 * 3 / 8)
    assert result.total == pytest.approx(37.5)


def test_total_is_weighted_by_sections() -> None:
    s1 = SectionSpec("X", "x", 30, (ItemSpec("A", "a", "binary", 1),))
    s2 = SectionSpec(
        "Y", "y", 70, (ItemSpec("B", "b", "binary", 1), ItemSpec("C", "c", "binary", 1))
    )
    result = score(spec(s1, s2), {"A": no(), "B": yes(), "C": no()})
    assert result.total == pytest.approx((30 * 0 + 70 * 50) / 100)
    assert not result.passed
    assert result.display_total() == "35.0"


def test_all_na_section_redistributes_its_weight() -> None:
    s1 = SectionSpec("X", "x", 50, (ItemSpec("A", "a", "binary", 1, allows_na=True),))
    s2 = SectionSpec("Y", "y", 30, (ItemSpec("B", "b", "binary", 1),))
    s3 = SectionSpec("Z", "z", 20, (ItemSpec("C", "c", "binary", 1),))
    result = score(spec(s1, s2, s3), {"A": na(), "B": yes(), "C": no()})
    assert result.sections[0].score is None
    # Y and Z share the whole: 30/50 and 20/50.
    assert result.total == pytest.approx(60.0)


def test_every_section_na_gives_no_total_and_no_pass() -> None:
    s1 = SectionSpec("X", "x", 1, (ItemSpec("A", "a", "binary", 1, allows_na=True),))
    result = score(spec(s1), {"A": na()})
    assert result.total is None
    assert not result.passed
    assert result.display_total() == "—"


def test_critical_section_zeroes_its_section_and_fails() -> None:
    crit = ItemSpec("K", "k", "binary", 1, critical="section")
    s1 = SectionSpec("X", "x", 50, (crit, ItemSpec("A", "a", "binary", 9)))
    s2 = SectionSpec("Y", "y", 50, (ItemSpec("B", "b", "binary", 1),))
    result = score(spec(s1, s2, pass_mark=40), {"K": no(), "A": yes(), "B": yes()})
    assert result.sections[0].raw_score == pytest.approx(90)
    assert result.sections[0].score == 0
    assert result.total == pytest.approx(50)
    assert not result.critical_failed  # only the section, not the whole
    assert not result.passed  # but any critical failure fails the inspection


def test_critical_all_zeroes_the_total() -> None:
    crit = ItemSpec("K", "k", "binary", 1, critical="all")
    s1 = SectionSpec("X", "x", 10, (crit, ItemSpec("A", "a", "binary", 9)))
    s2 = SectionSpec("Y", "y", 90, (ItemSpec("B", "b", "binary", 1),))
    result = score(spec(s1, s2), {"K": no(), "A": yes(), "B": yes()})
    assert result.total == 0
    assert result.critical_failed
    assert not result.passed
    assert result.failed_items == ("K",)


def test_critical_item_marked_na_in_an_na_section_is_no_failure() -> None:
    crit = ItemSpec("K", "k", "binary", 1, critical="all", allows_na=True)
    s1 = SectionSpec("X", "x", 50, (crit,))
    s2 = SectionSpec("Y", "y", 50, (ItemSpec("B", "b", "binary", 1),))
    result = score(spec(s1, s2), {"K": na(), "B": yes()})
    assert result.sections[0].score is None
    assert not result.critical_failed
    assert result.total == 100
    assert result.passed


def test_critical_deduction_item_fails_on_any_occurrence() -> None:
    crit = ItemSpec("K", "k", "deduction", 4, per_occurrence=1, critical="all")
    s1 = SectionSpec("X", "x", 1, (crit,))
    assert score(spec(s1), {"K": AnswerInput(0)}).passed
    result = score(spec(s1), {"K": AnswerInput(1)})
    assert result.critical_failed and result.total == 0


def test_pass_mark_is_inclusive_and_incomplete_never_passes() -> None:
    items = tuple(ItemSpec(f"I{n}", "i", "binary", 1) for n in range(5))
    s1 = SectionSpec("X", "x", 1, items)
    answers = {f"I{n}": yes() for n in range(4)} | {"I4": no()}
    assert score(spec(s1), answers).total == pytest.approx(80)
    assert score(spec(s1), answers).passed
    partial = {f"I{n}": yes() for n in range(4)}
    result = score(spec(s1), partial)
    assert result.unanswered == ("I4",)
    assert not result.complete and not result.passed


def test_default_checklist_all_met_scores_100() -> None:
    default = load_default("zh_CN")
    answers: dict[str, AnswerInput] = {}
    for _section, item in default.items():
        full = {"binary": 1, "scale": item.max_points, "deduction": 0}[item.kind]
        answers[item.code] = AnswerInput(full)
    result = score(default, answers)
    assert result.total == 100 and result.passed


def _answers_for(spec_: ChecklistSpec) -> st.SearchStrategy[dict[str, AnswerInput]]:
    parts = {}
    for _section, item in spec_.items():
        if item.kind == "binary":
            values = st.sampled_from([0.0, 1.0])
        elif item.kind == "scale":
            values = st.sampled_from(list(item.levels))
        else:
            values = st.integers(0, 50).map(float)
        choice = st.builds(AnswerInput, values)
        if item.allows_na:
            choice = st.one_of(choice, st.just(AnswerInput(na=True)))
        parts[item.code] = st.one_of(choice, st.none())
    return st.fixed_dictionaries(parts).map(lambda d: {k: v for k, v in d.items() if v})


_random_items = st.builds(
    lambda kind, points, allows_na, critical: ItemSpec(
        "?",
        "item",
        kind,
        points,
        levels=(0.0, points / 2, points) if kind == "scale" else (),
        per_occurrence=points / 3 if kind == "deduction" else None,
        allows_na=allows_na,
        critical=critical,
    ),
    st.sampled_from(["binary", "scale", "deduction"]),
    st.floats(0.5, 20),
    st.booleans(),
    st.sampled_from(["none", "none", "section", "all"]),
)


@st.composite
def _specs(draw: st.DrawFn) -> ChecklistSpec:
    sections = []
    n = 0
    for s in range(draw(st.integers(1, 4))):
        items = []
        for item in draw(st.lists(_random_items, min_size=1, max_size=5)):
            n += 1
            items.append(ItemSpec(f"I{n}", **{k: v for k, v in vars(item).items() if k != "code"}))
        sections.append(SectionSpec(f"S{s}", "s", draw(st.floats(0.1, 100)), tuple(items)))
    return ChecklistSpec("p", sections=tuple(sections), pass_mark=draw(st.floats(0, 100)))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_scores_always_lie_in_range(data: st.DataObject) -> None:
    spec_ = data.draw(_specs())
    answers = data.draw(_answers_for(spec_))
    result = score(spec_, answers)
    if result.total is not None:
        assert 0 <= result.total <= 100 + 1e-9
    for section in result.sections:
        if section.score is not None:
            assert 0 <= section.score <= 100 + 1e-9
    for item, (_s, spec_item) in zip(result.items, spec_.items(), strict=True):
        if item.score is not None:
            assert 0 <= item.score <= spec_item.max_points
    if result.passed:
        assert result.complete and not result.critical_failed
