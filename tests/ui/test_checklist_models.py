"""The checklist models under Qt's model tester (kept attached while they change), moving by
drag and drop at the model level, the version list's lazy fetching, the texts of a version
diff, and the rule-parameter form writing back only what the user touched."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from admin_fixtures import click
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from qa_desk.domain.autocheck import PACK_NAMES, RULE_TYPES
from qa_desk.domain.checklist import (
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
    diff,
    load_default,
    problems,
)
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.models.checklist_tables import (
    ChangeModel,
    FlagRuleModel,
    ProblemModel,
    ProblemRow,
    change_rows,
)
from qa_desk.ui.models.checklist_tree import MIME_TYPE, ChecklistTreeModel
from qa_desk.ui.models.checklist_versions import ID_ROLE, ChecklistVersionModel
from qa_desk.ui.widgets.checklist_params import RuleParamsForm

MOVE = Qt.DropAction.MoveAction


def small_spec(name: str = "测试评分表") -> ChecklistSpec:
    return ChecklistSpec(
        name=name,
        sections=(
            SectionSpec(
                "S",
                "服务规范",
                40,
                (
                    ItemSpec("S1", "使用标准问候语", max_points=2),
                    ItemSpec("S2", "礼貌热情", "scale", 3, levels=(0, 1, 2, 3)),
                ),
            ),
            SectionSpec("A", "业务准确性", 60, (ItemSpec("A1", "核实运单号", max_points=2),)),
        ),
    )


def codes(model: ChecklistTreeModel) -> list[list[str]]:
    return [[s.code] + [i.code for i in s.items] for s in model.sections()]


def drag_and_drop(
    model: ChecklistTreeModel, source: QModelIndex, row: int, parent: QModelIndex
) -> bool:
    """What a view does for a drop: the dragged rows' mime data, then dropMimeData."""
    data = model.mimeData([source])
    assert data is not None and data.hasFormat(MIME_TYPE)
    allowed = model.canDropMimeData(data, MOVE, row, 0, parent)
    if allowed:
        # The model moves the rows itself and answers False, so the view removes nothing.
        assert model.dropMimeData(data, MOVE, row, 0, parent) is False
    return allowed


# ------------------------------------------------------------------ the structure tree
def test_the_tree_passes_the_model_tester_through_every_kind_of_change(qtmodeltester) -> None:
    model = ChecklistTreeModel()
    model.set_sections(load_default("zh_CN").sections)
    qtmodeltester.check(model)
    edits: list[None] = []
    model.sig_edited.connect(lambda: edits.append(None))

    assert model.rowCount() == 3
    assert model.index(0, 1).data() == "服务规范"
    first_item = model.item_index(0, 0, 1)
    assert first_item.data() == "使用标准问候语" and first_item.parent() == model.section_index(0)

    model.insert_section(1, SectionSpec("X", "新增维度", 10))
    model.insert_item(1, 0, ItemSpec("X1", "新增评分项"))
    model.update_item(1, 0, replace(model.item_at(1, 0), max_points=4))
    assert model.item_index(1, 0, 2).data() == "4"
    assert model.move_item(0, 0, 2, 1)  # S1 into the third section (A), second place
    assert model.move_section(3, 0)  # T first
    model.remove(model.section_index(2))  # the new section X
    assert codes(model)[0][0] == "T" and [c[0] for c in codes(model)] == ["T", "S", "A"]
    assert codes(model)[2][:3] == ["A", "A1", "S1"]
    assert len(edits) == 6
    # Moving onto itself is no move.
    assert not model.move_section(1, 1)
    assert not model.move_item(0, 0, 0, 0)


def test_dropping_items_and_sections_moves_them_and_refuses_what_makes_no_sense() -> None:
    model = ChecklistTreeModel()
    model.set_sections(small_spec().sections)

    # S2 dropped at the top of section A.
    assert drag_and_drop(model, model.item_index(0, 1), 0, model.section_index(1))
    assert codes(model) == [["S", "S1"], ["A", "S2", "A1"]]
    # A1 dropped below its neighbour within the same section (row counted before the move).
    assert drag_and_drop(model, model.item_index(1, 1), 0, model.section_index(1))
    assert codes(model) == [["S", "S1"], ["A", "A1", "S2"]]
    # Section A dropped at the top level before S.
    assert drag_and_drop(model, model.section_index(1), 0, QModelIndex())
    assert codes(model) == [["A", "A1", "S2"], ["S", "S1"]]
    # Dropped onto an item: it lands before that item.
    assert drag_and_drop(model, model.item_index(1, 0), -1, model.item_index(0, 1))
    assert codes(model) == [["A", "A1", "S1", "S2"], ["S"]]

    # An item cannot sit outside a section, nor a section inside one.
    assert not drag_and_drop(model, model.item_index(0, 0), 0, QModelIndex())
    assert not drag_and_drop(model, model.section_index(1), 0, model.item_index(0, 0))
    # Read-only versions take no drops at all.
    model.set_editable(False)
    assert not drag_and_drop(model, model.item_index(0, 0), 0, model.section_index(1))
    assert not model.flags(model.item_index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert codes(model) == [["A", "A1", "S1", "S2"], ["S"]]


def test_an_index_of_a_removed_section_finds_no_parent() -> None:
    model = ChecklistTreeModel()
    model.set_sections(small_spec().sections)
    stale = model.item_index(1, 0)
    model.remove(model.section_index(1))
    assert model.position(stale) is None
    assert not model.parent(stale).isValid()
    assert model.data(stale) is None


# ------------------------------------------------------------------ the version list
def test_the_version_list_passes_the_model_tester_and_fetches_lazily(
    qtmodeltester, qt_services: Services, admin: Actor
) -> None:
    checklists = qt_services.checklists
    default = checklists.install_default(admin, "en")
    draft = checklists.new_draft(admin, default.id)
    other = checklists.create(admin, small_spec("A call checklist"))

    model = ChecklistVersionModel()
    model.CHUNK = 1
    model.set_checklists(checklists.list(admin))
    assert model.rowCount() == 1 and model.canFetchMore(QModelIndex())
    assert model.version_index(other.id).isValid()  # "A call…" sorts first: shown
    index = model.version_index(draft.id)  # fetches up to it
    assert index.isValid() and model.rowCount() == 2
    assert not model.canFetchMore(QModelIndex())
    model.set_checklists(checklists.list(admin))
    qtmodeltester.check(model)  # fetches what it needs, and stays attached

    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["A call checklist", "Express delivery service checklist"]
    parent = model.checklist_index(default.checklist_id)
    rows = [
        [model.index(r, c, parent).data() for c in (0, 1, 3, 4)]
        for r in range(model.rowCount(parent))
    ]
    assert rows == [["Version 2", "Draft", "16", "0"], ["Version 1", "Published", "16", "0"]]
    assert model.index(0, 0, parent).data(ID_ROLE) == draft.id
    assert model.index(1, 2, parent).data()  # the published date
    assert model.version_at(model.version_index(default.id)).status == "published"
    assert model.checklist_at(model.version_index(draft.id)).id == default.checklist_id
    model.set_checklists(checklists.list(admin)[:1])
    assert model.rowCount() == 1 and not model.version_index(draft.id).isValid()


# ------------------------------------------------------------------ small tables
def test_problem_flag_and_change_tables_pass_the_model_tester(qtmodeltester) -> None:
    spec = replace(small_spec(), sections=(), pass_mark=120)
    found = [ProblemRow(p.where, p) for p in problems(spec, RULE_TYPES)]
    problem_model = ProblemModel()
    problem_model.set_problems(found)
    qtmodeltester.check(problem_model)
    assert [problem_model.index(r, 1).data() for r in range(problem_model.rowCount())] == [
        "The pass mark must be between 0 and 100.",
        "The checklist has no sections.",
    ]

    flags = FlagRuleModel()
    flags.set_rules([FlagRuleSpec("risk", "risk_keywords", "风险关键词")])
    qtmodeltester.check(flags)
    flags.insert_rule(1, FlagRuleSpec("overtalk", "overtalk", "抢话"))
    flags.update_rule(0, FlagRuleSpec("risk", "risk_keywords", "投诉风险"))
    flags.remove_rule(1)
    assert [flags.index(0, c).data() for c in range(3)] == ["risk", "Risk keywords", "投诉风险"]


def test_a_version_diff_reads_as_sentences_of_changes(qtmodeltester) -> None:
    old = small_spec()
    s, a = old.sections
    greeting = replace(s.items[0], max_points=3, penalty_amount=Decimal("50"), critical="all")
    new = replace(
        old,
        pass_mark=85,
        sections=(
            replace(a, items=(*a.items, ItemSpec("A2", "问题分类正确"))),
            replace(s, items=(s.items[1], greeting)),
        ),
    )
    model = ChangeModel()
    model.set_rows(change_rows(diff(old, new), old, new))
    qtmodeltester.check(model)
    shown = [tuple(model.index(r, c).data() for c in range(5)) for r in range(model.rowCount())]
    assert ("Changed", "Checklist", "Pass mark", "80", "85") in shown
    assert ("Moved", "Section S · 服务规范", "Position", "1", "2") in shown
    assert ("Added", "Item A2 · 问题分类正确", "", "", "问题分类正确") in shown
    assert ("Changed", "Item S1 · 使用标准问候语", "Points", "2", "3") in shown
    assert ("Changed", "Item S1 · 使用标准问候语", "Penalty", "—", "50") in shown
    assert (
        "Changed",
        "Item S1 · 使用标准问候语",
        "Critical",
        "Not critical",
        "Fails the whole inspection",
    ) in shown
    assert ("Moved", "Item S1 · 使用标准问候语", "Position", "1", "2") in shown


# ------------------------------------------------------------------ rule parameters
def test_the_parameter_form_writes_back_only_what_the_user_changed(qtbot: QtBot) -> None:
    form = RuleParamsForm()
    qtbot.addWidget(form)
    form.show()
    changes: list[None] = []
    form.sig_changed.connect(lambda: changes.append(None))
    stored = {"packs": ["greeting"], "turns": 2}
    form.set_rule(RULE_TYPES["required_phrases"], stored, PACK_NAMES)
    checks = {name: form.findChild(QCheckBox, f"param_packs_{name}") for name in PACK_NAMES}
    assert checks["greeting"].isChecked() and not checks["closing"].isChecked()
    assert form.params() == stored  # nothing touched: nothing added

    click(checks["closing"])
    position = form.editor("position")
    assert position.currentData() == "first"  # the rule's default, shown
    position.setCurrentIndex(position.findData("last"))
    phrases = form.editor("phrases")
    phrases.setFocus()
    QTest.keyClicks(phrases, "thanks")
    assert form.params() == {
        "packs": ["greeting", "closing"],
        "turns": 2,
        "position": "last",
        "phrases": ["thanks"],
    }
    assert len(changes) >= 3

    form.set_read_only(True)
    assert not checks["closing"].isEnabled()
    assert form.editor("phrases").isReadOnly()
