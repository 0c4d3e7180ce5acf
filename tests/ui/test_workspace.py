"""The scoring workspace driven like an inspector: logging in, opening the queue, scoring a
whole inspection with the keyboard only and submitting it with Ctrl+Enter; autosave that
survives closing the window; the override reason prompt; evidence; a stale save; moving
through the queue; and the models under Qt's model tester.

The records are the auto-check outlet's (tests/ui/autocheck_fixtures.py), checked, and
sampled for the inspector in the order C002-rude, CALL001, C001-clean, C003-slow, C004-buck.
"""

from __future__ import annotations

from typing import Any

import pytest
from admin_fixtures import double_click_row
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from scoring_fixtures import QUEUE, ScoringOutlet, scoring_outlet

from qa_desk import app
from qa_desk.domain import passwords
from qa_desk.services.actor import Actor
from qa_desk.services.inspections import AnswerEdit, InspectionInfo
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.dialogs.login_dialog import LoginDialog
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.models.scoring import ScoringModel
from qa_desk.ui.models.scoring_queue import QueueModel
from qa_desk.ui.pages.workspace_page import WorkspacePage
from qa_desk.ui.widgets.scoring_panel import ScoringPanel

WAIT_MS = 30_000
PASSWORD = "secret-pass-1"
RUDE_LINE = "说了多少遍了，催什么催，等着吧。"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


@pytest.fixture
def scoring(qt_services: Services) -> ScoringOutlet:
    return scoring_outlet(qt_services, "en")


def open_workspace(
    qtbot: QtBot, services: Services, actor: Actor
) -> tuple[MainWindow, WorkspacePage]:
    window = app.open_main_window(services, actor)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    page = window.show_page("workspace")
    assert isinstance(page, WorkspacePage)
    wait_open(qtbot, page)
    return window, page


def wait_open(qtbot: QtBot, page: WorkspacePage, external_id: str | None = None) -> None:
    def opened() -> bool:
        info = page.info
        return (
            info is not None
            and not page.is_busy()
            and (external_id is None or info.record_external_id == external_id)
        )

    qtbot.waitUntil(opened, timeout=WAIT_MS)


def wait_saved(qtbot: QtBot, page: WorkspacePage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy() and not page.model.dirty, timeout=WAIT_MS)


def key(widget: Any, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, mods)


def stored(services: Services, admin: Actor, inspection_id: int) -> InspectionInfo:
    return services.inspections.get(admin, inspection_id)


# ------------------------------------------------------------------ scoring with the keyboard
def test_inspector_scores_a_whole_inspection_with_the_keyboard(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    outlet = scoring.outlet
    # The inspector signs in, typing.
    dialog = LoginDialog(qt_services, "insp")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.login == "insp"
    window, page = open_workspace(qtbot, qt_services, dialog.actor)
    assert window.page_ids()[:2] == ["records", "workspace"]

    # The queue shows the five sampled records; the first opens, pre-filled.
    queue = page.queue_model
    assert [queue.item_at(r).record_external_id for r in range(queue.rowCount())] == list(QUEUE)
    info = page.info
    assert info is not None and info.record_external_id == "C002-rude"
    assert page.ui.positionLabel.text() == "1 of 5"
    assert "Stratified by agent A0101" in page.ui.reasonLabel.text()
    panel = page.panel
    # The machine's suggestions are marked; S3 (critical) failed on the rude line.
    s3 = panel.item_widget("S3").ui
    assert s3.machineLabel.isVisible() and "Suggested" in s3.machineLabel.text()
    assert panel.ui.totalLabel.text() == "0.0"
    assert "Critical failure: S3" in panel.ui.criticalLabel.text()
    assert panel.ui.verdictLabel.text() == "Fail"
    # It starts at the first item without an answer.
    assert panel.current_code() == "S2"

    # Evidence: the rude line, chosen with the keyboard in the conversation.
    chat = page.record_view.chat
    key(chat, Qt.Key.Key_Home)
    for _ in range(3):
        key(chat, Qt.Key.Key_Down)
    assert page.record_view.selected_evidence()[0][2] == RUDE_LINE

    key(panel, Qt.Key.Key_Home)  # back to S1
    presses: list[Any] = [
        "1",  # S1 met (the suggestion, confirmed)
        "2",  # S2 level 2 of 3
        "E",  # S3: attach the selected line …
        "1",  # … and override "not met" → met: asks for a reason
    ]
    for press in presses:
        key(panel, Qt.Key(ord(press)))
    reason = panel.item_widget("S3").ui.reasonEdit
    assert reason.isVisible() and QApplication.focusWidget() is reason
    QTest.keyClicks(reason, "Quoting the customer, not insulting")
    key(reason, Qt.Key.Key_Return)
    assert panel.current_code() == "S4"
    for press in ("0", "1", "1", "1"):  # S4 no occurrence, S5 met, A1 met, A2 met
        key(panel, Qt.Key(ord(press)))
    key(panel, Qt.Key.Key_2)  # A3 level 2
    assert panel.current_code() == "A4"
    key(panel, Qt.Key.Key_C)  # A4: a comment, then not met
    comment = panel.item_widget("A4").ui.commentEdit
    assert QApplication.focusWidget() is comment
    QTest.keyClicks(comment, "Address not verified")
    key(comment, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is panel
    key(panel, Qt.Key.Key_0)
    key(panel, Qt.Key.Key_N)  # A5 N/A
    key(panel, Qt.Key.Key_1)  # A6 met
    key(panel, Qt.Key.Key_1)  # T1 met
    key(panel, Qt.Key.Key_0)  # T2 no long wait
    key(panel, Qt.Key.Key_N)  # T3 N/A (calls only)
    key(panel, Qt.Key.Key_N)  # T4 N/A
    key(panel, Qt.Key.Key_1)  # T5 met
    # Hand-computed: S = 11/12, A = 8/12 (A5 N/A), T = 7/7 (T3, T4 N/A);
    # total = (30 × 91.667 + 45 × 66.667 + 25 × 100) / 100 = 82.5 ≥ 80: passed.
    assert panel.ui.totalLabel.text() == "82.5"
    assert panel.ui.verdictLabel.text() == "Pass"
    assert not panel.ui.criticalLabel.isVisible()
    assert panel.section_widget("S").ui.scoreLabel.text() == "91.7"
    assert panel.section_widget("A").ui.scoreLabel.text() == "66.7"
    assert panel.section_widget("T").ui.scoreLabel.text() == "100.0"
    assert panel.ui.progressLabel.text() == "16 of 16 answered"

    key(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_open(qtbot, page, "CALL001")  # the next record opens by itself
    assert page.ui.positionLabel.text() == "1 of 4"

    done = stored(qt_services, outlet.admin, info.id)
    assert (done.status, done.score, done.passed, done.critical_failed) == (
        "submitted",
        82.5,
        True,
        False,
    )
    values = {a.item_code: (a.value, a.na) for a in done.answers}
    assert values == {
        "S1": (1.0, False), "S2": (2.0, False), "S3": (1.0, False), "S4": (0.0, False),
        "S5": (1.0, False), "A1": (1.0, False), "A2": (1.0, False), "A3": (2.0, False),
        "A4": (0.0, False), "A5": (None, True), "A6": (1.0, False), "T1": (1.0, False),
        "T2": (0.0, False), "T3": (None, True), "T4": (None, True), "T5": (1.0, False),
    }  # fmt: skip
    s3_answer = done.answer("S3")
    assert s3_answer is not None
    assert (s3_answer.overridden, s3_answer.override_reason) == (
        True,
        "Quoting the customer, not insulting",
    )
    assert [(e["kind"], e["quote"]) for e in s3_answer.evidence] == [("message", RUDE_LINE)]
    a4 = done.answer("A4")
    assert a4 is not None and (a4.comment, a4.score, a4.failed) == (
        "Address not verified",
        0.0,
        True,
    )
    assert not any(a.overridden for a in done.answers if a.item_code != "S3")
    # The submitted one left the queue.
    assert "C002-rude" not in [q.record_external_id for q in page.queue_model.items()]


def test_submitting_needs_every_item_and_names_the_missing_ones(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    _window, page = open_workspace(qtbot, qt_services, scoring.outlet.inspector)
    panel = page.panel
    key(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    message = panel.ui.messageLabel
    assert message.isVisible()
    assert message.text() == (
        "Answer every item before submitting; not answered: S2, A2, A3, A4, A5, T4, T5."
    )
    assert panel.current_code() == "S2"
    info = page.info
    assert info is not None and stored(qt_services, scoring.outlet.admin, info.id).status == "draft"


# ------------------------------------------------------------------ overrides
def test_an_override_asks_for_a_reason(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    _window, page = open_workspace(qtbot, qt_services, scoring.outlet.inspector)
    panel = page.panel
    model = page.model
    panel.set_current(model.codes().index("S1"))
    key(panel, Qt.Key.Key_0)  # the checks found the greeting: "not met" overrides them
    widget = panel.item_widget("S1")
    assert widget.ui.reasonFrame.isVisible()
    assert widget.ui.reasonPrompt.text() == ("The automatic checks suggested “Met”. Why “Not met”?")
    # Esc keeps the suggestion.
    key(widget.ui.reasonEdit, Qt.Key.Key_Escape)
    assert not widget.ui.reasonFrame.isVisible()
    assert model.state("S1").value == 1.0 and not model.dirty
    # An empty reason is not one.
    key(panel, Qt.Key.Key_0)
    key(widget.ui.reasonEdit, Qt.Key.Key_Return)
    assert widget.ui.reasonFrame.isVisible()
    assert widget.ui.reasonPrompt.text() == "Give a short reason for the override."
    QTest.keyClicks(widget.ui.reasonEdit, "Greeting was cut off")
    key(widget.ui.reasonEdit, Qt.Key.Key_Return)
    assert not widget.ui.reasonFrame.isVisible()
    assert widget.ui.machineLabel.text() == "✎ Overridden"
    assert widget.ui.overrideLabel.text() == "Override: Greeting was cut off"
    assert panel.current_code() == "S2"  # moved on
    wait_saved(qtbot, page)
    info = page.info
    assert info is not None
    s1 = stored(qt_services, scoring.outlet.admin, info.id).answer("S1")
    assert s1 is not None
    assert (s1.value, s1.overridden, s1.override_reason) == (0.0, True, "Greeting was cut off")
    # Back to the suggestion: no override any more, no reason asked.
    panel.set_current(0)
    key(panel, Qt.Key.Key_1)
    assert not widget.ui.reasonFrame.isVisible()
    assert widget.ui.machineLabel.text() == "⚙ Suggested"
    wait_saved(qtbot, page)
    s1 = stored(qt_services, scoring.outlet.admin, info.id).answer("S1")
    assert s1 is not None and (s1.value, s1.overridden) == (1.0, False)


# ------------------------------------------------------------------ autosave
def test_closing_mid_inspection_keeps_the_draft(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    inspector = scoring.outlet.inspector
    window, page = open_workspace(qtbot, qt_services, inspector)
    panel = page.panel
    key(panel, Qt.Key.Key_3)  # S2 level 3, on to S3
    key(panel, Qt.Key.Key_Down)  # S4
    key(panel, Qt.Key.Key_2)  # two buck-passing occurrences: overrides the checks
    QTest.keyClicks(panel.item_widget("S4").ui.reasonEdit, "Two hand-offs")
    key(panel.item_widget("S4").ui.reasonEdit, Qt.Key.Key_Return)
    panel.set_current(page.model.codes().index("A4"))
    key(panel, Qt.Key.Key_C)
    QTest.keyClicks(panel.item_widget("A4").ui.commentEdit, "Not verified")
    QTest.keyClicks(panel.ui.overallEdit, "Polite but slow")
    assert page.model.dirty and page.is_busy()  # nothing saved yet: the autosave waits
    first = page.info
    assert first is not None
    window.close()  # before the autosave fires: closing saves what is pending
    tasks.wait_for_tasks()
    assert not window.isVisible()

    _again, page = open_workspace(qtbot, qt_services, inspector)
    info = page.info
    assert info is not None and info.id == first.id and info.status == "draft"
    model = page.model
    assert model.state("S2").value == 3.0
    assert (model.state("S4").value, model.state("S4").override_reason) == (2.0, "Two hand-offs")
    assert model.state("A4").comment == "Not verified"
    assert model.overall_comment == "Polite but slow"
    assert page.panel.ui.overallEdit.toPlainText() == "Polite but slow"
    assert page.panel.item_widget("A4").ui.commentEdit.text() == "Not verified"


def test_changes_autosave_after_a_pause(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    _window, page = open_workspace(qtbot, qt_services, scoring.outlet.inspector)
    info = page.info
    assert info is not None
    with qtbot.waitSignal(page.sig_saved, timeout=WAIT_MS) as saved:
        key(page.panel, Qt.Key.Key_1)  # S2 level 1
        key(page.panel, Qt.Key.Key_2)  # S3 has no level 2: refused, nothing changes
        assert page.panel.ui.messageLabel.text() == "Yes/no item: 1 = met, 0 = not met."
    assert saved.args[0].answer("S2").value == 1.0
    assert page.ui.saveLabel.text().startswith("Saved ")
    assert stored(qt_services, scoring.outlet.admin, info.id).answer("S2").value == 1.0


def test_a_stale_save_says_so_and_reloads(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    inspector = scoring.outlet.inspector
    _window, page = open_workspace(qtbot, qt_services, inspector)
    info = page.info
    assert info is not None
    # The same draft changes elsewhere (another window of the same inspector).
    qt_services.inspections.save(
        inspector, info.id, info.row_version, [AnswerEdit("A2", 0.0, comment="elsewhere")]
    )
    key(page.panel, Qt.Key.Key_3)  # S2 here, on the old version
    page.save()
    qtbot.waitUntil(
        lambda: (
            page.panel.ui.messageLabel.text()
            == "Someone else changed this inspection meanwhile; it was reloaded."
        ),
        timeout=WAIT_MS,
    )
    wait_open(qtbot, page)
    model = page.model
    assert (model.state("A2").value, model.state("A2").comment) == (0.0, "elsewhere")
    assert model.state("S2").value is None  # the stale edit was not written
    again = page.info
    assert again is not None and again.row_version > info.row_version


# ------------------------------------------------------------------ moving through the queue
def test_next_previous_and_jumping_through_the_queue(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    _window, page = open_workspace(qtbot, qt_services, scoring.outlet.inspector)
    panel = page.panel
    key(panel, Qt.Key.Key_2)  # S2 on C002-rude, then straight to the next record
    key(panel, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_open(qtbot, page, "CALL001")
    assert page.ui.positionLabel.text() == "2 of 5"
    assert page.queue_model.item_at(0).status == "draft"  # the edit went with it
    key(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    wait_open(qtbot, page, "C002-rude")
    assert page.model.state("S2").value == 2.0
    # A double-click on the queue jumps.
    double_click_row(page.ui.queueTable, page.queue_model.row_of(scoring.items["C004-buck"]))
    wait_open(qtbot, page, "C004-buck")
    assert page.ui.positionLabel.text() == "5 of 5"
    # S4 counted two buck-passing phrases: the deduction suggestion is 2 occurrences.
    assert page.model.state("S4").value == 2.0
    assert page.panel.item_widget("S4").ui.machineLabel.text() == "⚙ Suggested"
    key(panel, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    wait_open(qtbot, page, "C003-slow")


def test_evidence_is_listed_under_its_item_and_can_be_removed(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    _window, page = open_workspace(qtbot, qt_services, scoring.outlet.inspector)
    panel, chat = page.panel, page.record_view.chat
    panel.set_current(page.model.codes().index("S3"))
    key(panel, Qt.Key.Key_E)  # nothing selected yet
    assert panel.ui.messageLabel.text() == (
        "Select messages or utterances in the conversation first."
    )
    selection = chat.selectionModel()
    for row in (2, 3):
        selection.select(chat.chat_model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    panel.ui.messageLabel.clear()
    QTest.mouseClick(panel.item_widget("S3").ui.attachButton, Qt.MouseButton.LeftButton)
    chips = panel.item_widget("S3").chips
    assert [c.label.text() for c in chips] == ["“都问了好几次了”", f"“{RUDE_LINE}”"]
    # A chip leads back to its line.
    chat.clearSelection()
    QTest.mouseClick(chips[0].label, Qt.MouseButton.LeftButton)
    assert [m.text for m in chat.selected_messages()] == ["都问了好几次了"]
    QTest.mouseClick(chips[0].remove, Qt.MouseButton.LeftButton)
    assert [e["quote"] for e in page.model.state("S3").evidence] == [RUDE_LINE]
    wait_saved(qtbot, page)
    info = page.info
    assert info is not None
    s3 = stored(qt_services, scoring.outlet.admin, info.id).answer("S3")
    assert s3 is not None and [e["quote"] for e in s3.evidence] == [RUDE_LINE]


def test_time_spent_is_counted_while_the_page_is_shown(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    window, page = open_workspace(qtbot, qt_services, scoring.outlet.inspector)
    page._time_ms = 95_000  # as if a minute and a half went by on screen
    assert page.time_spent_s() >= 95
    window.show_page("records")  # leaving the page stops the clock and saves the time
    spent = page.time_spent_s()
    tasks.wait_for_tasks()
    info = page.info
    assert info is not None
    assert stored(qt_services, scoring.outlet.admin, info.id).time_spent_s == spent
    qtbot.wait(20)
    assert page.time_spent_s() == spent  # not counting while hidden


def test_language_switch_keeps_the_answers_on_screen(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet
) -> None:
    window, page = open_workspace(qtbot, qt_services, scoring.outlet.inspector)
    panel = page.panel
    key(panel, Qt.Key.Key_3)  # S2 level 3
    before = panel.item_widget("S2")
    window.ui.actionChinese.trigger()
    qtbot.waitUntil(lambda: panel.item_widget("S2") is not before, timeout=WAIT_MS)
    assert panel.current_code() == "S3"
    checked = [b.text() for b, _v, _na in panel.item_widget("S2").buttons if b.isChecked()]
    assert checked == ["3"]
    qtbot.waitUntil(panel.item_widget("S1").ui.machineLabel.isVisible, timeout=WAIT_MS)
    assert page.model.state("S2").value == 3.0
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: panel.item_widget("S1").buttons[0][0].text() == "Met", timeout=WAIT_MS)


# ------------------------------------------------------------------ models
def test_models_pass_the_model_tester(
    qtbot: QtBot, qt_services: Services, scoring: ScoringOutlet, qtmodeltester: Any
) -> None:
    inspector = scoring.outlet.inspector
    info = qt_services.inspections.open(inspector, scoring.items["C002-rude"])
    model = ScoringModel()
    qtmodeltester.check(model)
    model.load(info)
    qtmodeltester.check(model)
    model.set_answer("S2", 3.0)
    model.set_answer("S3", 1.0, reason="not rude")
    model.add_evidence("S3", [("message", 1, "x")])
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.rowCount(model.index(0, 0)) == 5
    section = model.index(0, 0)
    assert [model.index(0, c).data() for c in range(3)] == ["Brand tone", "", "100.0"]
    assert [model.index(2, c, section).data() for c in range(3)] == [
        "S3 No forbidden language",
        "Met",
        "3 / 3",
    ]
    assert model.index(1, 2).data() == "100.0"  # accuracy: A1 and A6 so far
    queue = QueueModel()
    queue.set_items(qt_services.inspections.queue(inspector), scoring.items["CALL001"])
    qtmodeltester.check(queue)
    assert queue.rowCount() == 5


def test_scoring_model_scores_edits_and_tracks_what_is_unsaved(
    qt_services: Services, scoring: ScoringOutlet
) -> None:
    inspector = scoring.outlet.inspector
    info = qt_services.inspections.open(inspector, scoring.items["CALL001"])
    model = ScoringModel()
    model.load(info)
    assert not model.read_only and not model.dirty
    assert model.needs_reason("T3", 0.0) and not model.needs_reason("T3", 1.0)
    assert not model.needs_reason("S2", 1.0)  # no suggestion, no override
    model.set_answer("S2", 3.0)
    first = model.snapshot()
    assert [e.item_code for e in first.edits] == ["S2"] and first.overall_comment is None
    model.saved(first)
    assert not model.dirty
    model.set_overall_comment("ok")
    model.set_answer("S2", 2.0)
    second = model.snapshot()
    model.saved(second)
    model.unsaved(second)  # the save failed: unsaved again
    assert model.dirty and model.snapshot().overall_comment == "ok"
    with pytest.raises(ValueError):
        model.set_answer("T3", 0.0)  # an override needs its reason
    model.set_answer("T3", 0.0, reason="two silences")
    assert model.state("T3").overridden
    edit = next(e for e in model.snapshot().edits if e.item_code == "T3")
    assert edit.override_reason == "two silences"
    model.load(info, read_only=True)
    with pytest.raises(PermissionError):
        model.set_answer("S2", 1.0)


def test_panel_keys_do_nothing_harmful_without_an_inspection(qtbot: QtBot) -> None:
    panel = ScoringPanel()
    qtbot.addWidget(panel)
    panel.set_model(ScoringModel())
    panel.show()
    for k in (Qt.Key.Key_1, Qt.Key.Key_N, Qt.Key.Key_Down, Qt.Key.Key_E):
        key(panel, k)
    assert panel.ui.emptyLabel.isVisible() and panel.current_code() is None
