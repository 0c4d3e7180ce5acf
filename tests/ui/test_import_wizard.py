"""The import wizard, driven like a user: choose or drop a file, check the detected columns,
edit the mapping, save a profile, import, cancel, read the summary; and the main window's
File → Import records… entry (menu, Ctrl+I, drops) for the roles that may import."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from admin_fixtures import choose, click, type_into
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui import i18n, tasks
from qa_desk.ui.dialogs.import_preview_page import PreviewPanel
from qa_desk.ui.dialogs.import_wizard import ImportWizard
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.models.import_preview import PreviewRowsModel
from qa_desk.ui.models.mapping import MappingModel
from qa_desk.ui.settings import UiSettings

# The samples folder, as tests/conftest.py's SAMPLES names it (a sibling conftest shadows it).
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
CHATS_A = SAMPLES / "chats_platform_a_gbk.csv"
DIRTY = SAMPLES / "chats_dirty_utf16.txt"
CALLS = SAMPLES / "calls.xlsx"
TRANSCRIPTS = SAMPLES / "call_transcripts.csv"
WAIT_MS = 30_000


# ---------------------------------------------------------------------------- helpers
@pytest.fixture
def wizard(qtbot: QtBot, qt_services: Services, org: dict[str, Any], ui_settings: UiSettings):
    """The wizard as the admin opens it, over a database with vendors V01 and V02."""
    w = ImportWizard(qt_services, org["admin"], ui_settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    tasks.wait_for_tasks()


def next_button(wizard: QWizard) -> QWidget:
    """Next, or Import on the page that starts the import."""
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    return commit if commit.isVisible() else wizard.button(QWizard.WizardButton.NextButton)


def wait_previews(qtbot: QtBot, wizard: ImportWizard) -> list[PreviewPanel]:
    panels = list(wizard.preview_page.panels.values())
    assert panels, "no preview shown"
    qtbot.waitUntil(lambda: not any(p.loading for p in panels), timeout=WAIT_MS)
    return panels


def choose_file(qtbot: QtBot, wizard: ImportWizard, path: Path, calls: bool = False) -> None:
    page = wizard.choose_page
    if calls:
        click(page.ui.callsRadio)
    type_into(page.ui.fileEdit, str(path))
    assert page.ui.fileEdit.text() == str(path)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> PreviewPanel:
    assert wizard.currentId() == ImportWizard.CHOOSE
    click(next_button(wizard))
    assert wizard.currentId() == ImportWizard.PREVIEW
    return wait_previews(qtbot, wizard)[0]


def run_import(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = next_button(wizard)
    assert button.text().replace("&", "") == "Import"
    with qtbot.waitSignal(wizard.sig_imported, timeout=WAIT_MS):
        click(button)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY, timeout=WAIT_MS)


def mapping_combo(panel: PreviewPanel, field: str) -> QComboBox:
    model = panel.mapping_model
    row = model.row_of(field)
    assert row >= 0, f"no field {field}"
    editor = panel.ui.mappingView.indexWidget(model.index(row, MappingModel.COLUMN))
    assert isinstance(editor, QComboBox), f"no column choice for {field}"
    return editor


def stored_records(services: Services, actor: Actor) -> int:
    records = getattr(services, "records", None)
    if records is not None:
        from qa_desk.services.records import RecordFilter

        return records.count(actor, RecordFilter())
    return sum(b.records_created for b in services.imports.batches(actor))


def drop(widget: QWidget, path: Path, at: QWidget | None = None) -> bool:
    """Drag a file (a file URL, as a file manager does) onto ``widget`` and drop it there;
    whether the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = at.mapTo(widget, at.rect().center()) if at is not None else QPoint(10, 10)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False  # the drag is refused: nothing can be dropped
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


class OpenedUrls:
    def __init__(self) -> None:
        self.urls: list[str] = []


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> OpenedUrls:
    """QDesktopServices.openUrl records the URL instead of starting another program."""
    opened = OpenedUrls()

    def fake(url: QUrl) -> bool:
        opened.urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake))
    return opened


# ---------------------------------------------------------------------------- importing
def test_imports_the_platform_a_export_with_the_detected_mapping(
    qtbot: QtBot,
    wizard: ImportWizard,
    qt_services: Services,
    org: dict[str, Any],
    ui_settings: UiSettings,
) -> None:
    page = wizard.choose_page
    assert not next_button(wizard).isEnabled()  # no file yet
    choose_file(qtbot, wizard, CHATS_A)
    assert next_button(wizard).isEnabled()
    assert page.ui.profileCombo.currentText() == "Detect automatically"

    panel = to_preview(qtbot, wizard)
    assert panel.message() == ""
    assert panel.preview is not None and panel.preview.encoding is not None
    assert "GB18030" in panel.preview.encoding
    info = panel.ui.infoLabel.text()
    assert "Encoding: GB18030" in info and "Separator: comma" in info
    assert panel.mapping_model.missing() == []
    assert panel.mapping()["conversation_id"] == "会话ID"
    assert mapping_combo(panel, "conversation_id").currentText() == "会话ID"
    assert panel.rows_model.rowCount() == 20
    assert panel.rows_model.headerData(0, Qt.Orientation.Vertical) == "2"  # header is row 1
    # Required fields are marked for the user.
    labels = [panel.mapping_model.index(r, 0).data() for r in range(3)]
    assert labels[0] == "Conversation ID *"

    run_import(qtbot, wizard)
    summary = wizard.summary_page.ui
    assert summary.recordsCreated.text() == "240"
    assert summary.errors.text() == "0"
    assert not summary.openReportButton.isEnabled()
    assert not summary.showFolderButton.isEnabled()
    assert summary.recordingsMissingLabel.isHidden()  # chats have no recordings
    assert "without errors" in summary.headline.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert stored_records(qt_services, org["admin"]) == 240
    assert Path(ui_settings.get("import/last_folder")).resolve() == SAMPLES.resolve()

    click(wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()


def test_dirty_file_reports_errors_and_opens_the_report(
    qtbot: QtBot,
    wizard: ImportWizard,
    qt_services: Services,
    org: dict[str, Any],
    opened_urls: OpenedUrls,
) -> None:
    choose_file(qtbot, wizard, DIRTY)
    panel = to_preview(qtbot, wizard)
    assert panel.preview is not None and "UTF-16" in (panel.preview.encoding or "")
    assert "Separator: tab" in panel.ui.infoLabel.text()
    run_import(qtbot, wizard)
    result = wizard.import_result
    assert result is not None and result.errors > 0 and result.error_report
    summary = wizard.summary_page.ui
    assert summary.errors.text() == str(result.errors)
    assert summary.duplicates.text() == str(result.duplicates)
    assert "error report" in summary.headline.text()
    click(summary.openReportButton)
    click(summary.showFolderButton)
    assert opened_urls.urls == [result.error_report, str(Path(result.error_report).parent)]
    assert Path(result.error_report).is_file()


def test_unknown_agents_go_to_the_vendor_chosen_on_the_first_page(
    qtbot: QtBot, wizard: ImportWizard, qt_services: Services, org: dict[str, Any]
) -> None:
    choose_file(qtbot, wizard, DIRTY)
    choose(wizard.choose_page.ui.vendorCombo, "V01")
    to_preview(qtbot, wizard)
    run_import(qtbot, wizard)
    result = wizard.import_result
    assert result is not None and result.vendor_agents_created >= 1
    assert wizard.summary_page.ui.agentsCreated.text() == str(result.vendor_agents_created)
    employee_ids = {a.employee_id for a in qt_services.org.agents(org["admin"], org["v1"].id)}
    assert "A0999" in employee_ids


def test_importing_a_file_again_adds_nothing_and_says_so(
    qtbot: QtBot, wizard: ImportWizard, qt_services: Services, org: dict[str, Any]
) -> None:
    qt_services.imports.import_chats(org["admin"], CHATS_A)
    choose_file(qtbot, wizard, CHATS_A)
    to_preview(qtbot, wizard)
    run_import(qtbot, wizard)
    summary = wizard.summary_page.ui
    assert summary.recordsCreated.text() == "0"
    assert int(summary.duplicates.text().replace(",", "")) > 0
    assert summary.headline.text() == (
        "chats_platform_a_gbk.csv holds nothing new: its records were imported before."
    )
    assert stored_records(qt_services, org["admin"]) == 240


def test_a_non_tabular_file_is_one_line_and_blocks_next(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    picture = tmp_path / "screenshot.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    choose_file(qtbot, wizard, picture)
    panel = to_preview(qtbot, wizard)
    message = panel.message()
    assert message and "\n" not in message and "PNG" in message
    assert panel.ui.messageLabel.isVisible()
    assert not next_button(wizard).isEnabled()
    assert panel.mapping_model.rowCount() == 0


def test_a_missing_file_is_refused_on_the_first_page(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    choose_file(qtbot, wizard, tmp_path / "nope.csv")
    page = wizard.choose_page
    assert page.ui.messageLabel.isVisible()
    assert page.ui.messageLabel.text() == f"There is no file {tmp_path / 'nope.csv'}."
    assert not next_button(wizard).isEnabled()


def test_unmapping_a_required_field_disables_next_until_it_is_chosen_again(
    qtbot: QtBot, wizard: ImportWizard
) -> None:
    choose_file(qtbot, wizard, CHATS_A)
    panel = to_preview(qtbot, wizard)
    assert next_button(wizard).isEnabled()

    choose(mapping_combo(panel, "conversation_id"), "— not in file —")
    wait_previews(qtbot, wizard)
    assert panel.mapping_model.missing() == ["conversation_id"]
    assert "Conversation ID" in panel.message()
    assert not next_button(wizard).isEnabled()
    assert "Mapping: edited" in panel.ui.infoLabel.text()

    choose(mapping_combo(panel, "conversation_id"), "会话ID")
    wait_previews(qtbot, wizard)
    assert panel.message() == ""
    assert next_button(wizard).isEnabled()


def test_an_edited_mapping_is_what_gets_imported(
    qtbot: QtBot, wizard: ImportWizard, qt_services: Services, org: dict[str, Any]
) -> None:
    choose_file(qtbot, wizard, CHATS_A)
    panel = to_preview(qtbot, wizard)
    # The satisfaction column is left out: the records come in without a rating.
    choose(mapping_combo(panel, "csat"), "— not in file —")
    wait_previews(qtbot, wizard)
    assert "csat" not in panel.mapping()
    run_import(qtbot, wizard)
    assert wizard.import_result is not None and wizard.import_result.records_created == 240
    records = getattr(qt_services, "records", None)
    if records is not None:
        from qa_desk.services.records import RecordFilter

        rated = records.count(org["admin"], RecordFilter(csat=(1, 2, 3, 4, 5)))
        assert rated == 0


def test_a_saved_profile_is_offered_next_time(
    qtbot: QtBot,
    wizard: ImportWizard,
    qt_services: Services,
    org: dict[str, Any],
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(qtbot, wizard, CHATS_A)
    panel = to_preview(qtbot, wizard)
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return "平台A", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    click(panel.ui.saveProfileButton)
    assert asked
    assert "Saved as profile “平台A”." in panel.ui.infoLabel.text()
    assert [p.name for p in qt_services.imports.profiles(org["admin"], "chats")] == ["平台A"]
    # Back on the first page, the new profile is there already.
    click(wizard.button(QWizard.WizardButton.BackButton))
    offered = wizard.choose_page.ui.profileCombo
    assert [offered.itemText(i) for i in range(offered.count())] == [
        "Detect automatically",
        "平台A",
    ]
    wizard.reject()

    again = ImportWizard(qt_services, org["admin"], ui_settings)
    qtbot.addWidget(again)
    again.show()
    choose_file(qtbot, again, CHATS_A)
    choose(again.choose_page.ui.profileCombo, "平台A")
    panel = to_preview(qtbot, again)
    assert "Profile: 平台A" in panel.ui.infoLabel.text()
    assert panel.mapping_model.missing() == []
    # Calls have no profiles yet.
    click(again.button(QWizard.WizardButton.BackButton))
    click(again.choose_page.ui.callsRadio)
    assert again.choose_page.ui.profileCombo.count() == 1


def test_calls_with_transcripts_preview_both_files(
    qtbot: QtBot, wizard: ImportWizard, qt_services: Services, org: dict[str, Any]
) -> None:
    choose_file(qtbot, wizard, CALLS, calls=True)
    page = wizard.choose_page
    assert page.ui.transcriptsEdit.isVisible() and page.ui.recordingsEdit.isVisible()
    type_into(page.ui.transcriptsEdit, str(TRANSCRIPTS))
    choose(page.ui.vendorCombo, "V02")
    click(next_button(wizard))
    panels = wait_previews(qtbot, wizard)
    assert [p.kind for p in panels] == ["calls", "transcripts"]
    tabs = wizard.preview_page.ui.fileTabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Calls: calls.xlsx",
        "Transcripts: call_transcripts.csv",
    ]
    assert panels[0].preview is not None and panels[0].preview.sheet == "通话记录"
    assert all(p.message() == "" for p in panels)
    run_import(qtbot, wizard)
    result = wizard.import_result
    assert result is not None and result.kind == "calls" and result.records_created == 40
    summary = wizard.summary_page.ui
    assert summary.recordingsMissingLabel.isVisible()
    assert summary.recordingsMissing.text() == str(result.recordings_missing)
    assert result.recordings_missing > 0
    assert summary.messagesLabel.text() == "Transcript utterances:"
    assert summary.messages.text() == f"{result.messages_created:,}"


# ---------------------------------------------------------------------------- cancelling
def _block_the_write_worker() -> threading.Event:
    """Occupy the single write worker until the returned event is set."""
    release = threading.Event()
    started = threading.Event()

    def hold(_progress: tasks.ProgressFn, _cancelled: tasks.CancelledFn) -> None:
        started.set()
        release.wait(WAIT_MS / 1000)

    tasks.start(hold, write=True)
    assert started.wait(5)
    return release


def test_stopping_the_import_stores_nothing(
    qtbot: QtBot, wizard: ImportWizard, qt_services: Services, org: dict[str, Any]
) -> None:
    choose_file(qtbot, wizard, CHATS_A)
    to_preview(qtbot, wizard)
    # The import waits behind other writes; the user stops it before it could store anything.
    release = _block_the_write_worker()
    click(next_button(wizard))
    run = wizard.run_page
    assert wizard.currentId() == ImportWizard.RUN and run.running
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    click(run.ui.cancelButton)
    assert run.ui.statusLabel.text() == "Cancelling…"
    release.set()
    qtbot.waitUntil(lambda: not run.running, timeout=WAIT_MS)
    assert run.outcome == "cancelled"
    assert run.message() == "Import cancelled; nothing was stored."
    assert run.ui.retryButton.isVisible()
    assert wizard.import_result is None
    assert not next_button(wizard).isEnabled()
    assert stored_records(qt_services, org["admin"]) == 0
    assert all(b.records_created == 0 for b in qt_services.imports.batches(org["admin"]))

    # Trying again imports the file after all.
    with qtbot.waitSignal(wizard.sig_imported, timeout=WAIT_MS):
        click(run.ui.retryButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY, timeout=WAIT_MS)
    assert stored_records(qt_services, org["admin"]) == 240


def test_closing_the_wizard_while_importing_cancels_and_then_closes(
    qtbot: QtBot, wizard: ImportWizard, qt_services: Services, org: dict[str, Any]
) -> None:
    choose_file(qtbot, wizard, CHATS_A)
    to_preview(qtbot, wizard)
    release = _block_the_write_worker()
    click(next_button(wizard))
    click(wizard.button(QWizard.WizardButton.CancelButton))
    assert wizard.isVisible()  # waits for the worker to stop
    release.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert stored_records(qt_services, org["admin"]) == 0


# ---------------------------------------------------------------------------- dropping files
def test_a_file_dropped_on_the_first_page_is_chosen(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.choose_page
    assert drop(page, CHATS_A, at=page.ui.fileEdit)
    assert page.ui.fileEdit.text() == str(CHATS_A)
    # For calls, a file dropped on the transcripts field becomes the transcripts file.
    click(page.ui.callsRadio)
    drop(page, TRANSCRIPTS, at=page.ui.transcriptsEdit)
    assert page.ui.transcriptsEdit.text() == str(TRANSCRIPTS)
    assert page.ui.fileEdit.text() == str(CHATS_A)
    drop(page, SAMPLES / "recordings")
    assert page.ui.recordingsEdit.text() == str(SAMPLES / "recordings")


# ---------------------------------------------------------------------------- main window
def _window(qtbot: QtBot, services: Services, actor: Actor, settings: UiSettings) -> MainWindow:
    window = MainWindow(services, actor, settings)
    qtbot.addWidget(window)
    # Shortcuts reach the active window only.
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_the_import_entry_is_hidden_from_roles_that_may_not_import(
    qtbot: QtBot, qt_services: Services, org: dict[str, Any], ui_settings: UiSettings
) -> None:
    for login in ("aud", "sup1"):
        window = _window(qtbot, qt_services, org[login], ui_settings)
        file_menu = window.ui.menuFile
        assert window.ui.actionImport in file_menu.actions()
        assert not window.ui.actionImport.isVisible()
        QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        assert window.import_wizard is None
        assert not drop(window, CHATS_A)
        assert window.import_wizard is None
        window.close()


def test_ctrl_i_opens_the_wizard_and_an_import_notifies_the_window(
    qtbot: QtBot, qt_services: Services, org: dict[str, Any], ui_settings: UiSettings
) -> None:
    window = _window(qtbot, qt_services, org["insp"], ui_settings)
    assert window.ui.actionImport.isVisible()
    assert window.ui.actionImport.text() == "&Import records…"
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.choose_page.ui.fileEdit.text() == ""
    choose_file(qtbot, wizard, CHATS_A)
    to_preview(qtbot, wizard)
    with qtbot.waitSignal(window.sig_records_imported, timeout=WAIT_MS) as signal:
        click(next_button(wizard))
    assert signal.args[0].records_created == 240
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY, timeout=WAIT_MS)
    click(wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.import_wizard is None)
    tasks.wait_for_tasks()


def test_a_file_dropped_on_the_main_window_opens_the_wizard_with_it(
    qtbot: QtBot, qt_services: Services, org: dict[str, Any], ui_settings: UiSettings
) -> None:
    window = _window(qtbot, qt_services, org["admin"], ui_settings)
    assert drop(window, DIRTY)
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.choose_page.ui.fileEdit.text() == str(DIRTY)
    # A second drop while the first page is open replaces the file.
    drop(window, CHATS_A)
    assert window.import_wizard is wizard
    assert wizard.choose_page.ui.fileEdit.text() == str(CHATS_A)
    wizard.reject()


# ---------------------------------------------------------------------------- language
@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.install_language(i18n.CHINESE)
    yield
    i18n.install_language(i18n.ENGLISH)


def test_the_wizard_speaks_chinese(qtbot: QtBot, wizard: ImportWizard, chinese: None) -> None:
    page = wizard.choose_page
    assert wizard.windowTitle() == "导入记录"
    assert page.ui.profileCombo.currentText() == "自动识别"
    choose_file(qtbot, wizard, CHATS_A)
    panel = to_preview(qtbot, wizard)
    assert panel.mapping_model.index(0, 0).data() == "会话ID *"
    assert "编码：GB18030" in panel.ui.infoLabel.text()
    assert mapping_combo(panel, "csat").itemText(0) == "— 文件中没有 —"


# ---------------------------------------------------------------------------- models
def test_the_mapping_and_rows_models_pass_the_model_tester(
    qtmodeltester: Any, qt_services: Services, org: dict[str, Any]
) -> None:
    preview = qt_services.imports.preview(org["admin"], CHATS_A, "chats")
    model = MappingModel()
    model.set_preview("chats", preview.fields, preview.headers, preview.mapping, preview.rows[0])
    qtmodeltester.check(model)
    assert model.rowCount() == len(preview.fields) and model.missing() == []
    csat = model.index(model.row_of("csat"), MappingModel.COLUMN)
    assert csat.data() == "满意度" and csat.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.index(csat.row(), MappingModel.SAMPLE).data() == preview.rows[0][-1]
    assert not model.setData(csat, "no such column")
    assert model.setData(csat, "")
    assert csat.data() == "— not in file —" and "csat" not in model.mapping()
    conversation = model.index(model.row_of("conversation_id"), MappingModel.COLUMN)
    assert model.setData(conversation, "")
    assert model.missing() == ["conversation_id"]
    qtmodeltester.check(model)

    rows = PreviewRowsModel()
    rows.set_rows(preview.headers, preview.rows, preview.row_numbers)
    rows.set_mapping(model)
    qtmodeltester.check(rows)
    assert rows.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Not imported"
    )
    assert rows.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Imported as: Time"
    )
