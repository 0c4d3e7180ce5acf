"""The Inspections page driven like a user: the filtered list, reading one inspection with its
evidence, a QA lead reopening one with a reason, what a vendor supervisor sees, paging, and
the list model under Qt's model tester."""

from __future__ import annotations

from typing import Any

import pytest
from admin_fixtures import choose, click, click_row
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from scoring_fixtures import ScoringOutlet, scoring_outlet

from qa_desk import app
from qa_desk.domain import passwords
from qa_desk.domain.roles import Role
from qa_desk.services.actor import Actor
from qa_desk.services.inspections import AnswerEdit, InspectionFilter
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.models.inspections import InspectionModel
from qa_desk.ui.pages.inspections_page import InspectionsPage
from qa_desk.ui.pages.workspace_page import WorkspacePage

WAIT_MS = 30_000
RUDE_LINE = "说了多少遍了，催什么催，等着吧。"
MANUAL = (
    AnswerEdit("S2", 3),
    AnswerEdit("A2", 1),
    AnswerEdit("A3", 3),
    AnswerEdit("A4", 1),
    AnswerEdit("A5", na=True),
    AnswerEdit("T4", na=True),
    AnswerEdit("T5", 1),
)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_N", 2**10)


class Scored:
    """The scoring outlet with three inspections: the rude chat submitted (critical failure,
    with evidence and a comment), the clean chat submitted (passed), the call a draft."""

    def __init__(self, services: Services) -> None:
        self.scoring: ScoringOutlet = scoring_outlet(services, "en")
        outlet = self.scoring.outlet
        self.admin, self.inspector = outlet.admin, outlet.inspector
        svc = services.inspections
        insp = self.inspector
        rude = svc.open(insp, self.scoring.items["C002-rude"])
        s3 = rude.answer("S3")
        ref = next(e["ref"] for e in s3.auto["evidence"] if e["matched"])
        message_id = next(
            m.id for m in services.records.detail(insp, rude.record_id).messages if m.seq == ref
        )
        rude = svc.save(
            insp,
            rude.id,
            rude.row_version,
            [
                *MANUAL,
                AnswerEdit(
                    "S3",
                    0,
                    comment="Rude to a waiting customer",
                    evidence=({"kind": "message", "ref": message_id, "quote": RUDE_LINE},),
                ),
            ],
            overall_comment="Coach on tone",
        )
        self.rude = svc.submit(insp, rude.id, rude.row_version)
        clean = svc.open(insp, self.scoring.items["C001-clean"])
        clean = svc.save(insp, clean.id, clean.row_version, list(MANUAL))
        self.clean = svc.submit(insp, clean.id, clean.row_version)
        self.call = svc.open(insp, self.scoring.items["CALL001"])


@pytest.fixture
def scored(qt_services: Services) -> Scored:
    return Scored(qt_services)


def open_page(qtbot: QtBot, services: Services, actor: Actor) -> tuple[MainWindow, InspectionsPage]:
    window = app.open_main_window(services, actor)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    page = window.show_page("inspections")
    assert isinstance(page, InspectionsPage)
    wait_idle(qtbot, page)
    return window, page


def wait_idle(qtbot: QtBot, page: InspectionsPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)


def records_listed(page: InspectionsPage) -> list[str]:
    model = page.model
    return [model.row_at(r).record_external_id for r in range(model.rowCount())]


def test_list_and_filters(qtbot: QtBot, qt_services: Services, scored: Scored) -> None:
    _window, page = open_page(qtbot, qt_services, scored.admin)
    assert records_listed(page) == ["CALL001", "C001-clean", "C002-rude"]  # newest first
    assert page.ui.countLabel.text() == "3 inspections"
    model = page.model
    rude_row = model.row_of(scored.rude.id)
    cells = [model.index(rude_row, c).data() for c in range(model.columnCount())]
    assert cells[1:] == [
        "C002-rude", "Chat", "V01", "A0101", "insp", "Express delivery service checklist v1",
        "Submitted", "0.0", "Failed", "Critical failure",
    ]  # fmt: skip
    draft = [model.index(0, c).data() for c in range(model.columnCount())]
    assert draft[7:] == ["Draft", "91.7", "", ""]

    choose(page.ui.passedFilter, "Failed")
    wait_idle(qtbot, page)
    assert records_listed(page) == ["C002-rude"]
    assert page.ui.countLabel.text() == "1 inspection"
    choose(page.ui.passedFilter, "Passed")
    wait_idle(qtbot, page)
    assert records_listed(page) == ["C001-clean"]
    choose(page.ui.passedFilter, "Any")
    choose(page.ui.criticalFilter, "No critical failure")
    wait_idle(qtbot, page)
    assert records_listed(page) == ["CALL001", "C001-clean"]
    choose(page.ui.statusFilter, "Draft")
    wait_idle(qtbot, page)
    assert records_listed(page) == ["CALL001"]
    click(page.ui.clearFilters)
    wait_idle(qtbot, page)
    assert len(records_listed(page)) == 3
    choose(page.ui.inspectorFilter, "admin 管理员")
    wait_idle(qtbot, page)
    assert records_listed(page) == [] and page.ui.countLabel.text() == "0 inspections"
    choose(page.ui.inspectorFilter, "insp 质检员一")
    choose(page.ui.checklistFilter, "Express delivery service checklist")
    choose(page.ui.vendorFilter, "V01 顺心外包客服")
    choose(page.ui.agentFilter, "A0101 张敏")
    click(page.ui.weekButton)  # submitted today: inside the last seven days
    wait_idle(qtbot, page)
    assert page.ui.periodCheck.isChecked()
    assert len(records_listed(page)) == 3
    assert page.current_filter() == InspectionFilter(
        date_from=page.current_filter().date_from,
        date_to=page.current_filter().date_to,
        vendor_ids=(page.ui.vendorFilter.currentData(),),
        agent_ids=(page.ui.agentFilter.currentData(),),
        inspector_ids=(scored.inspector.user_id,),
        checklist_ids=(page.ui.checklistFilter.currentData(),),
    )


def test_reading_an_inspection_with_its_evidence(
    qtbot: QtBot, qt_services: Services, scored: Scored
) -> None:
    _window, page = open_page(qtbot, qt_services, scored.admin)
    click_row(page.ui.inspectionTable, page.model.row_of(scored.rude.id))
    qtbot.waitUntil(
        lambda: page.answers.info is not None and page.answers.info.id == scored.rude.id,
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, page)
    panel = page.panel
    assert page.answers.read_only
    assert page.record_view.detail is not None
    assert page.record_view.detail.row.external_id == "C002-rude"
    s3 = panel.item_widget("S3").ui
    # Read-only: the answers in words, no buttons, no editing.
    assert s3.answerLabel.isVisible() and s3.answerLabel.text() == "Not met"
    assert not s3.answerButtons.isVisible() and not s3.commentEdit.isVisible()
    assert s3.commentLabel.text() == "Comment: Rude to a waiting customer"
    chips = panel.item_widget("S3").chips
    assert [c.label.text() for c in chips] == [f"“{RUDE_LINE}”"]
    assert not chips[0].remove.isVisible()
    assert panel.item_widget("S2").ui.answerLabel.text() == "Level 3 of 3"
    assert panel.item_widget("A5").ui.answerLabel.text() == "N/A"
    assert panel.ui.totalLabel.text() == "0.0" and panel.ui.verdictLabel.text() == "Fail"
    assert panel.ui.overallText.text() == "Coach on tone"
    assert not panel.ui.submitButton.isVisible()
    assert panel.ui.bannerLabel.text().startswith("Submitted on ")
    # The cited line is selected in the conversation.
    assert [m.text for m in page.record_view.chat.selected_messages()] == [RUDE_LINE]
    # Digits change nothing here.
    QTest.keyClick(panel, Qt.Key.Key_1)
    assert panel.ui.messageLabel.text() == "This inspection is submitted and cannot change."
    assert qt_services.inspections.get(scored.admin, scored.rude.id).answer("S3").value == 0.0


def test_a_qa_lead_reopens_with_a_reason(
    qtbot: QtBot, qt_services: Services, scored: Scored, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def get_text(_parent: Any, title: str, label: str, *_args: Any) -> tuple[str, bool]:
        asked.append(label)
        return ("  Scored against the wrong record  ", True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    window, page = open_page(qtbot, qt_services, scored.admin)
    assert page.ui.reopenButton.isVisible()
    click_row(page.ui.inspectionTable, page.model.row_of(scored.call.id))
    wait_idle(qtbot, page)
    assert not page.ui.reopenButton.isEnabled()  # a draft is not submitted
    click_row(page.ui.inspectionTable, page.model.row_of(scored.clean.id))
    qtbot.waitUntil(page.ui.reopenButton.isEnabled, timeout=WAIT_MS)
    click(page.ui.reopenButton)
    assert asked and "reason" in asked[0]
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() > 0
            and page.model.row_at(page.model.row_of(scored.clean.id)).status == "reopened"
        ),
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, page)
    assert not page.ui.reopenButton.isEnabled()
    info = qt_services.inspections.get(scored.admin, scored.clean.id)
    assert info.status == "reopened"
    events = qt_services.audit.events(scored.admin, limit=50)
    reopen = [e for e in events if e.entity == "inspection" and e.action == "reopen"]
    assert reopen and reopen[0].after["reason"] == "Scored against the wrong record"
    assert page.panel.ui.bannerLabel.text() == "Reopened; insp is changing it"

    # The inspector finds it in the workspace queue, editable again.
    insp_window = app.open_main_window(qt_services, scored.inspector)
    qtbot.addWidget(insp_window)
    workspace = insp_window.show_page("workspace")
    assert isinstance(workspace, WorkspacePage)
    qtbot.waitUntil(lambda: workspace.info is not None and not workspace.is_busy(), timeout=WAIT_MS)
    statuses = {q.record_external_id: q.status for q in workspace.queue_model.items()}
    assert statuses["C001-clean"] == "reopened"
    window.close()
    insp_window.close()
    tasks.wait_for_tasks()


def test_vendor_supervisor_sees_submitted_work_of_their_vendor_only(
    qtbot: QtBot, qt_services: Services, scored: Scored
) -> None:
    vendor = qt_services.org.vendor_by_code(scored.admin, "V01")
    qt_services.accounts.create_user(
        scored.admin, "sup1", "主管一", Role.VENDOR_SUPERVISOR, "secret-pass-1", vendor.id
    )
    supervisor = qt_services.accounts.actor_by_login("sup1")
    _window, page = open_page(qtbot, qt_services, supervisor)
    assert records_listed(page) == ["C001-clean", "C002-rude"]
    assert not page.ui.reopenButton.isVisible()
    assert not page.ui.inspectorFilter.isVisible() and not page.ui.statusFilter.isVisible()
    assert not page.ui.vendorFilter.isEnabled()


def test_list_pages_lazily_and_models_pass_the_tester(
    qtbot: QtBot, qt_services: Services, scored: Scored, qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(InspectionModel, "PAGE", 2)
    model = InspectionModel(qt_services, scored.admin)
    with qtbot.waitSignal(model.sig_loaded, timeout=WAIT_MS):
        model.load(InspectionFilter())
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == 3 and not model.canFetchMore()
    assert [model.row_at(r).id for r in range(3)] == sorted(
        (scored.rude.id, scored.clean.id, scored.call.id), reverse=True
    )
    qtmodeltester.check(model)
