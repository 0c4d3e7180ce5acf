"""The Checklists page driven like a user: build a checklist by clicking and typing (Chinese
through the input method), save it with Ctrl+S, publish it and see it listed; published
versions are read-only; edit one as a new draft, reorder it, compare the versions; import
and export Excel; install the default; unsaved edits are never lost silently."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from admin_fixtures import choose, click, has_focus, press_ok, type_into, type_text
from openpyxl import Workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QTreeView
from pytestqt.qtbot import QtBot

from qa_desk.domain import passwords
from qa_desk.domain.checklist import ChecklistSpec, ItemSpec, SectionSpec
from qa_desk.io.checklist_xlsx import read_checklist
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.pages.checklists_page import ChecklistsPage
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.checklist_editor import ChecklistEditor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


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


def open_checklists(
    qtbot: QtBot, services: Services, actor: Actor
) -> tuple[MainWindow, ChecklistsPage]:
    """The main window, active (shortcuts reach it), with Checklists clicked in the
    navigation."""
    window = MainWindow(services, actor, UiSettings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    nav = window.ui.navList
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles.index("Checklists") > titles.index("Records")
    rect = nav.visualItemRect(nav.item(titles.index("Checklists")))
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.page("checklists")
    assert isinstance(page, ChecklistsPage) and window.ui.pageStack.currentWidget() is page
    return window, page


def click_index(view: QTreeView, index: QModelIndex) -> None:
    assert index.isValid()
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def double_click_index(view: Any, index: QModelIndex) -> None:
    click_index(view, index)
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def listed(page: ChecklistsPage) -> list[tuple[str, ...]]:
    """The version list as shown: a checklist's name, then its versions' visible cells."""
    model = page.model
    rows: list[tuple[str, ...]] = []
    for r in range(model.rowCount()):
        parent = model.index(r, 0)
        rows.append((parent.data(),))
        for v in range(model.rowCount(parent)):
            rows.append(tuple(model.index(v, c, parent).data() for c in (0, 1, 4)))
    return rows


def problems_shown(editor: ChecklistEditor) -> list[str]:
    model = editor.problem_model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def save_with_ctrl_s(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)


# ------------------------------------------------------------------ building and publishing
def test_admin_builds_a_checklist_by_hand_publishes_it_and_sees_it_listed(
    qtbot: QtBot, qt_services: Services, admin: Actor, message_boxes: Any
) -> None:
    window, page = open_checklists(qtbot, qt_services, admin)
    assert page.ui.rightStack.currentWidget() is page.ui.nothingPage
    assert "There is no checklist yet" in page.ui.nothingHint.text()
    assert page.ui.installDefault.isVisible()
    published: list[int] = []
    page.sig_version_published.connect(published.append)

    click(page.ui.newChecklist)
    dialog = page.new_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(dialog.ui.name, "在线客服评分表")
    choose(dialog.ui.channel, "Chats only")
    press_ok(dialog)
    [stored] = qt_services.checklists.list(admin)
    assert (stored.name, stored.channel) == ("在线客服评分表", "chat")
    assert [(v.number, v.status) for v in stored.versions] == [(1, "draft")]
    editor = page.editor
    assert page.ui.rightStack.currentWidget() is page.ui.versionPage
    assert editor.ui.name.text() == "在线客服评分表" and editor.is_editable()
    assert "The checklist has no sections." in problems_shown(editor)
    assert not page.ui.installDefault.isVisible()

    click(editor.ui.addSection)
    assert has_focus(editor.ui.sectionName)
    type_text(editor.ui.sectionName, "服务规范")
    type_into(editor.ui.sectionWeight, "40")
    assert "Section A has no items." in problems_shown(editor)
    click(editor.ui.addItem)
    assert has_focus(editor.ui.itemText)
    type_text(editor.ui.itemText, "使用标准问候语")
    type_into(editor.ui.itemPoints, "2")
    choose(editor.ui.itemRule, "Required phrases")
    click(editor.ui.itemParams.findChild(QCheckBox, "param_packs_greeting"))
    click(editor.ui.addItem)
    type_text(editor.ui.itemText, "无禁用语")
    choose(editor.ui.itemKind, "Deduction")
    assert editor.ui.itemPerOccurrence.isVisible() and not editor.ui.itemLevels.isVisible()
    type_into(editor.ui.itemPoints, "3")
    type_into(editor.ui.itemPerOccurrence, "1.5")
    choose(editor.ui.itemCritical, "Fails the whole inspection")
    type_into(editor.ui.itemPenalty, "200")
    tree = editor.tree
    shown = [[tree.index(r, c, tree.section_index(0)).data() for c in (0, 1, 2)] for r in (0, 1)]
    assert shown == [["A1", "使用标准问候语", "2"], ["A2", "无禁用语", "3"]]
    assert problems_shown(editor) == []
    assert editor.ui.problemsLabel.text() == "No problems: the version can be published."
    assert page.ui.saveDraft.isEnabled()

    save_with_ctrl_s(window)
    version_id = stored.versions[0].id
    spec = qt_services.checklists.spec(admin, version_id)
    assert spec.sections == (
        SectionSpec(
            "A",
            "服务规范",
            40,
            (
                ItemSpec(
                    "A1",
                    "使用标准问候语",
                    max_points=2,
                    auto_rule="required_phrases",
                    auto_params={"packs": ["greeting"]},
                ),
                ItemSpec(
                    "A2",
                    "无禁用语",
                    kind="deduction",
                    max_points=3,
                    per_occurrence=1.5,
                    critical="all",
                    penalty_amount=Decimal("200"),
                ),
            ),
        ),
    )
    assert not editor.is_modified() and not page.ui.saveDraft.isEnabled()

    click(page.ui.publish)
    assert any("Publish version 1 of 在线客服评分表?" in q for q in message_boxes.texts("question"))
    [stored] = qt_services.checklists.list(admin)
    assert [(v.number, v.status) for v in stored.versions] == [(1, "published")]
    assert published == [version_id]
    assert listed(page) == [("在线客服评分表",), ("Version 1", "Published", "0")]
    assert page.ui.versionTitle.text().startswith("在线客服评分表 · Version 1 · Published on")

    # What is published is shown read-only, and says why.
    assert not editor.is_editable()
    assert editor.ui.name.isReadOnly() and not editor.ui.addSection.isEnabled()
    assert page.ui.readOnlyNote.isVisible()
    assert page.ui.readOnlyNote.text().startswith("Version 1 is published and never changes.")
    assert not page.ui.publish.isEnabled() and page.ui.editAsDraft.isEnabled()
    type_into(editor.ui.name, "renamed")
    assert editor.ui.name.text() == "在线客服评分表" and not editor.is_modified()


def test_publishing_is_refused_with_the_first_problem_and_problems_lead_to_their_place(
    qtbot: QtBot, qt_services: Services, admin: Actor, message_boxes: Any
) -> None:
    draft = qt_services.checklists.create(admin, ChecklistSpec("空白评分表"))
    _window, page = open_checklists(qtbot, qt_services, admin)
    assert page.version is not None and page.version.id == draft.id

    click(page.ui.publish)
    assert message_boxes.texts("warning") == [
        "The version cannot be published yet: The checklist has no sections."
    ]
    assert qt_services.checklists.version(admin, draft.id).status == "draft"

    editor = page.editor
    click(editor.ui.addSection)
    type_text(editor.ui.sectionName, "时效")
    click(editor.ui.addSection)
    type_into(editor.ui.sectionWeight, "0")
    assert problems_shown(editor) == [
        "Section A has no items.",
        "Section B needs a name.",
        "Section B: the weight must be greater than 0.",
        "Section B has no items.",
    ]
    click(page.ui.publish)
    assert message_boxes.texts("warning")[-1] == (
        "The version cannot be published yet: Section A has no items. (and 3 more)"
    )
    assert editor.current_code() == "A"  # the first problem's section is selected
    double_click_index(editor.ui.problemView, editor.problem_model.index(2, 1))
    assert editor.current_code() == "B"
    assert editor.ui.detailStack.currentWidget() is editor.ui.sectionPage


def test_a_bad_rule_parameter_shows_as_a_problem_while_typing(
    qtbot: QtBot, qt_services: Services, admin: Actor
) -> None:
    qt_services.checklists.create(admin, small_spec())
    _window, page = open_checklists(qtbot, qt_services, admin)
    editor = page.editor
    click_index(editor.ui.structureView, editor.tree.item_index(0, 0))
    choose(editor.ui.itemRule, "Forbidden phrases")
    regexes = editor.ui.itemParams.editor("regexes")
    regexes.setFocus()
    QTest.keyClicks(regexes, "(unclosed")
    [problem] = problems_shown(editor)
    assert problem.startswith("Rule S1: bad regular expression (unclosed in regexes")
    QTest.keyClick(regexes, Qt.Key.Key_Backspace)
    QTest.keyClicks(regexes, "d)")
    assert problems_shown(editor) == []
    assert editor.spec().item("S1").auto_params == {"regexes": ["(unclosed)"]}


# ------------------------------------------------------------------ versions
def test_a_published_version_is_edited_as_a_new_draft_reordered_and_compared(
    qtbot: QtBot, qt_services: Services, admin: Actor, message_boxes: Any
) -> None:
    checklists = qt_services.checklists
    v1 = checklists.publish(admin, checklists.create(admin, small_spec()).id)
    window, page = open_checklists(qtbot, qt_services, admin)
    assert page.version is not None and page.version.id == v1.id
    assert not page.editor.is_editable() and not page.ui.compareVersions.isEnabled()

    click(page.ui.editAsDraft)
    draft = page.version
    assert draft is not None and (draft.number, draft.status) == (2, "draft")
    assert page.editor.is_editable() and not page.ui.editAsDraft.isEnabled()
    assert listed(page) == [
        ("测试评分表",),
        ("Version 2", "Draft", "0"),
        ("Version 1", "Published", "0"),
    ]

    editor = page.editor
    view = editor.ui.structureView
    click_index(view, editor.tree.item_index(0, 1))  # S2
    assert editor.ui.detailStack.currentWidget() is editor.ui.itemPage
    assert editor.ui.itemText.text() == "礼貌热情" and editor.ui.itemLevels.text() == "0, 1, 2, 3"
    click(editor.ui.moveUp)
    assert editor.current_code() == "S2"
    click_index(view, editor.tree.item_index(1, 0))  # A1
    type_into(editor.ui.itemPoints, "3")
    click(page.ui.saveDraft)

    assert editor.current_code() == "A1"  # saving keeps the place
    window.show_page("audit")
    window.show_page("checklists")  # the page is refreshed when shown again
    assert editor.current_code() == "A1" and not editor.is_modified()
    stored = checklists.spec(admin, draft.id)
    assert [[i.code for i in s.items] for s in stored.sections] == [["S2", "S1"], ["A1"]]
    assert stored.item("A1").max_points == 3
    assert checklists.spec(admin, v1.id) == small_spec()  # the published one never moved

    click(page.ui.compareVersions)
    dialog = page.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.oldVersion.currentText() == "Version 1 (Published)"
    assert dialog.ui.newVersion.currentText() == "Version 2 (Draft)"
    model = dialog.model
    rows = [tuple(model.index(r, c).data() for c in range(5)) for r in range(model.rowCount())]
    assert ("Moved", "Item S2 · 礼貌热情", "Position", "2", "1") in rows
    assert ("Changed", "Item A1 · 核实运单号", "Points", "2", "3") in rows
    assert dialog.ui.summary.text() == "3 changes."
    choose(dialog.ui.newVersion, "Version 1")
    assert model.rowCount() == 0 and dialog.ui.summary.text() == "The same version is chosen twice."
    dialog.reject()

    # Publishing the draft retires version 1 and tells the automatic checks.
    published: list[int] = []
    page.sig_version_published.connect(published.append)
    click(page.ui.publish)
    assert "Version 1 is retired." in message_boxes.texts("question")[-1]
    assert published == [draft.id]
    assert listed(page)[1:] == [("Version 2", "Published", "0"), ("Version 1", "Retired", "0")]
    click_index(page.ui.versionView, page.model.version_index(v1.id))
    assert page.ui.readOnlyNote.text().startswith("Version 1 is retired")


def test_a_draft_is_discarded_and_the_published_version_shows_again(
    qtbot: QtBot, qt_services: Services, admin: Actor, message_boxes: Any
) -> None:
    checklists = qt_services.checklists
    v1 = checklists.publish(admin, checklists.create(admin, small_spec()).id)
    draft = checklists.new_draft(admin, v1.id)
    _window, page = open_checklists(qtbot, qt_services, admin)
    assert page.version is not None and page.version.id == draft.id  # the draft comes first
    type_into(page.editor.ui.name, "测试评分表（修订）")
    click(page.ui.discardDraft)
    assert "Discard draft version 2 of 测试评分表" in message_boxes.texts("question")[-1]
    assert [v.number for v in checklists.list(admin)[0].versions] == [1]
    assert page.version is not None and page.version.id == v1.id
    assert page.editor.ui.name.text() == "测试评分表"
    assert len(message_boxes.shown) == 1  # nothing asked about the dropped edits


def test_switching_versions_with_unsaved_edits_asks_and_never_loses_them_silently(
    qtbot: QtBot, qt_services: Services, admin: Actor, message_boxes: Any
) -> None:
    checklists = qt_services.checklists
    # Listed by name: 乙 (U+4E59) sorts before 甲 (U+7532), so 乙 is shown first.
    first = checklists.create(admin, small_spec("乙评分表"))
    second = checklists.create(admin, small_spec("甲评分表"))
    _window, page = open_checklists(qtbot, qt_services, admin)
    view = page.ui.versionView
    assert page.version is not None and page.version.id == first.id
    assert page.can_leave() and message_boxes.shown == []  # nothing to ask about

    type_into(page.editor.ui.name, "乙评分表二")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    click_index(view, page.model.version_index(second.id))
    assert message_boxes.texts("question") == ["Save the changes to version 1 of 乙评分表二?"]
    assert page.version.id == first.id and page.editor.ui.name.text() == "乙评分表二"
    assert view.currentIndex() == page.model.version_index(first.id)

    message_boxes.answer = QMessageBox.StandardButton.Discard
    click_index(view, page.model.version_index(second.id))
    assert page.version.id == second.id
    assert checklists.spec(admin, first.id).name == "乙评分表"

    type_into(page.editor.ui.name, "甲评分表二")
    page.refresh()  # as when the page is shown again: the edits stay
    assert page.editor.ui.name.text() == "甲评分表二" and page.editor.is_modified()
    message_boxes.answer = QMessageBox.StandardButton.Save
    click_index(view, page.model.version_index(first.id))
    assert page.version.id == first.id and page.editor.ui.name.text() == "乙评分表"
    assert view.currentIndex() == page.model.version_index(first.id)
    assert checklists.spec(admin, second.id).name == "甲评分表二"
    assert len(message_boxes.texts("question")) == 3


def test_readers_see_checklists_but_cannot_change_them(
    qtbot: QtBot, qt_services: Services, org: dict[str, Any]
) -> None:
    qt_services.checklists.install_default(org["admin"], "zh_CN")
    _window, page = open_checklists(qtbot, qt_services, org["insp"])
    for button in (
        page.ui.newChecklist,
        page.ui.importXlsx,
        page.ui.installDefault,
        page.ui.editAsDraft,
        page.ui.saveDraft,
        page.ui.publish,
        page.ui.discardDraft,
    ):
        assert not button.isVisible(), button.objectName()
    assert page.ui.exportXlsx.isVisible() and page.ui.exportXlsx.isEnabled()
    assert listed(page)[0] == ("快递客服质检评分表",)
    assert not page.editor.is_editable()
    assert page.ui.readOnlyNote.text() == (
        "You can read checklists; only administrators change them."
    )
    click_index(page.editor.ui.structureView, page.editor.tree.item_index(0, 2))
    assert page.editor.ui.itemText.text() == "无禁用语、无辱骂讽刺"
    assert not page.editor.ui.itemCritical.isEnabled()


# ------------------------------------------------------------------ Excel and the default
def test_an_excel_checklist_is_imported_as_a_draft_and_exported_back(
    qtbot: QtBot,
    qt_services: Services,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "网点质检表.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "评分表"
    sheet.append(["维度", "权重", "评分项", "分值", "类型", "致命项", "扣罚金额", "说明"])
    sheet.append(["服务规范", 40, "使用标准问候语", 2, "是否", "否", None, "首句问候"])
    sheet.append(["服务规范", 40, "无禁用语", 3, "是否", "全单", 200, None])
    sheet.append(["时效", 60, "首次响应及时", 5, "是否", "否", None, None])
    book.save(source)
    _window, page = open_checklists(qtbot, qt_services, admin)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(source), ""))
    )
    click(page.ui.importXlsx)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)

    assert page.version is not None and (page.version.number, page.version.status) == (1, "draft")
    assert listed(page) == [("网点质检表",), ("Version 1", "Draft", "0")]
    tree = page.editor.tree
    assert [tree.index(r, 1).data() for r in range(tree.rowCount())] == ["服务规范", "时效"]
    assert tree.item_at(0, 1).critical == "all"
    assert tree.item_at(0, 1).penalty_amount == Decimal("200")
    assert page.editor.is_editable()

    target = tmp_path / "导出.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    click(page.ui.exportXlsx)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    assert read_checklist(target) == qt_services.checklists.spec(admin, page.version.id)


def test_a_bad_workbook_is_reported_in_one_line_and_nothing_is_stored(
    qtbot: QtBot,
    qt_services: Services,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: Any,
) -> None:
    source = tmp_path / "not a workbook.xlsx"
    source.write_text("维度,评分项\n", encoding="utf-8")
    _window, page = open_checklists(qtbot, qt_services, admin)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(source), ""))
    )
    click(page.ui.importXlsx)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    [warning] = message_boxes.texts("warning")
    assert "not a workbook.xlsx" in warning and "\n" not in warning
    assert qt_services.checklists.list(admin) == []


def test_the_default_checklist_is_installed_in_the_interface_language(
    qtbot: QtBot, qt_services: Services, admin: Actor
) -> None:
    _window, page = open_checklists(qtbot, qt_services, admin)
    published: list[int] = []
    page.sig_version_published.connect(published.append)
    click(page.ui.installDefault)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)

    [stored] = qt_services.checklists.list(admin)
    assert stored.name == "Express delivery service checklist"
    assert published == [stored.current.id]
    assert listed(page) == [
        ("Express delivery service checklist",),
        ("Version 1", "Published", "0"),
    ]
    assert not page.ui.installDefault.isVisible()
    tree = page.editor.tree
    assert [tree.index(r, 1).data() for r in range(tree.rowCount())] == [
        "Brand tone",
        "Accuracy",
        "Timeliness",
    ]
    assert page.editor.problem_rows() == []


# ------------------------------------------------------------------ keyboard and language
def test_items_and_sections_are_removed_with_the_delete_key_after_asking_for_sections(
    qtbot: QtBot, qt_services: Services, admin: Actor, message_boxes: Any
) -> None:
    qt_services.checklists.create(admin, small_spec())
    _window, page = open_checklists(qtbot, qt_services, admin)
    editor = page.editor
    view = editor.ui.structureView
    click_index(view, editor.tree.item_index(0, 0))  # S1
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert message_boxes.shown == []  # an item goes without a question
    click_index(view, editor.tree.section_index(1))  # A, with one item
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert message_boxes.texts("question") == ["Remove section A and its 1 items?"]
    assert [[i.code for i in s.items] for s in editor.spec().sections] == [["S2"]]
    QTest.keyClick(view, Qt.Key.Key_Up, CTRL)  # nothing above the first section: no move
    assert editor.spec().sections[0].code == "S"


def test_switching_the_language_keeps_unsaved_edits_and_the_place(
    qtbot: QtBot, qt_services: Services, admin: Actor
) -> None:
    qt_services.checklists.create(admin, small_spec())
    window, page = open_checklists(qtbot, qt_services, admin)
    editor = page.editor
    click_index(editor.ui.structureView, editor.tree.item_index(0, 1))  # S2, a scale
    type_into(editor.ui.itemLevels, "0, 1, 3")
    edited = editor.spec()
    assert edited.item("S2").levels == (0, 1, 3) and editor.is_modified()

    window.switch_language("zh_CN")
    # Qt delivers the language change through the event loop.
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "服务记录")
    assert editor.spec() == edited and editor.current_code() == "S2"
    assert editor.ui.itemKind.currentData() == "scale"
    window.switch_language("en")
    qtbot.waitUntil(lambda: window.ui.navList.item(0).text() == "Records")
    assert editor.spec() == edited
    assert editor.ui.itemKind.currentText() == "Scale"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Version"
    assert page.ui.versionTitle.text() == "测试评分表 · Version 1 · Draft"
