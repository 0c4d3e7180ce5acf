"""The import wizard's last pages: the import running on the write worker (with progress
and a way to stop it), then the summary of what was stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.dialogs.edit_dialog import MESSAGE_STYLE
from qa_desk.ui.dialogs.import_pages import (
    HINT_STYLE,
    ChoosePage,
    ImportRequest,
    TranslatedPage,
    number,
)
from qa_desk.ui.dialogs.import_preview_page import PreviewPage
from qa_desk.ui.forms.ui_import_run_page import Ui_ImportRunPage
from qa_desk.ui.forms.ui_import_summary_page import Ui_ImportSummaryPage
from qa_desk.ui.i18n import service_text

if TYPE_CHECKING:
    from qa_desk.services.imports import ImportResult

# What the import service reports while it works; shown through ``service_text``.
_PROGRESS_TEXTS = (
    QT_TRANSLATE_NOOP("ServiceMessages", "Opening the file"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Opening the files"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Reading rows"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Reading calls"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Reading transcripts"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Writing the error report"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The import was cancelled; nothing was stored."),
)


class RunPage(TranslatedPage):
    sig_imported = Signal(object)
    """The import finished and stored its batch (carries the ImportResult)."""
    sig_stopped = Signal()
    """The import ended without storing anything (cancelled or failed)."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        choose: ChoosePage,
        preview: PreviewPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.choose = choose
        self.preview_page = preview
        self.ui = Ui_ImportRunPage()
        self.ui.setupUi(self)
        self.ui.messageLabel.setStyleSheet(MESSAGE_STYLE)
        self.ui.messageLabel.hide()
        self.ui.retryButton.hide()
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.retryButton.clicked.connect(self.start)
        self.task: tasks.Task | None = None
        self.result: ImportResult | None = None
        self.outcome = ""  # "", "finished", "failed", "cancelled"
        self._file = ""

    @property
    def running(self) -> bool:
        return self.task is not None

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        if self.task is not None:
            return
        request = self.choose.request()
        arguments = self.preview_page.import_arguments()
        self._file = Path(request.path).name
        self.result = None
        self.outcome = ""
        ui = self.ui
        ui.messageLabel.hide()
        ui.retryButton.hide()
        ui.progressBar.show()
        ui.statusLabel.show()
        ui.cancelButton.show()
        ui.cancelButton.setEnabled(True)
        ui.progressBar.setRange(0, 0)  # busy until the service knows the total
        ui.statusLabel.setText(self.tr("Starting…"))
        self.retranslate()
        work = _import_work(self.services, self.actor, request, arguments)
        self.task = tasks.start(
            work,
            write=True,
            on_progress=self._progress,
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.task is not None and not self.task.is_cancelled():
            self.task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.statusLabel.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.task is None or self.task.is_cancelled():
            return
        bar = self.ui.progressBar
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
            count = self.tr("{0} of {1}").format(number(done), number(total))
        else:
            count = number(done) if done else ""
        label = service_text(text) if text else self.tr("Importing")
        self.ui.statusLabel.setText(f"{label} — {count}" if count else label)

    def _ended(self, outcome: str) -> None:
        self.task = None
        self.outcome = outcome
        self.ui.cancelButton.hide()
        if outcome != "finished":
            # Nothing was stored: the message says so, a progress bar would only confuse.
            self.ui.progressBar.hide()
            self.ui.statusLabel.hide()
            self.ui.retryButton.show()
        self.completeChanged.emit()

    def _finished(self, result: ImportResult) -> None:
        self.result = result
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(1)
        self.ui.statusLabel.setText(self.tr("Done."))
        self._ended("finished")
        self.sig_imported.emit(result)

    def _failed(self, message: str) -> None:
        self._show_message(
            self.tr("The import failed: {0} Nothing was stored.").format(service_text(message))
        )
        self.ui.statusLabel.setText("")
        self._ended("failed")
        self.sig_stopped.emit()

    def _cancelled(self) -> None:
        self._show_message(self.tr("Import cancelled; nothing was stored."))
        self.ui.statusLabel.setText("")
        self._ended("cancelled")
        self.sig_stopped.emit()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def message(self) -> str:
        return "" if self.ui.messageLabel.isHidden() else self.ui.messageLabel.text()

    def isComplete(self) -> bool:
        return self.result is not None

    def retranslate(self) -> None:
        if self._file:
            self.ui.fileLabel.setText(self.tr("File: {0}").format(self._file))
        if self.outcome == "cancelled":
            self._show_message(self.tr("Import cancelled; nothing was stored."))


def _import_work(
    services: Services, actor: Actor, request: ImportRequest, arguments: dict[str, Any]
) -> tasks.WorkFn:
    """The import as a work function; it only uses values taken on the GUI thread."""

    def work(progress: tasks.ProgressFn, cancelled: tasks.CancelledFn) -> ImportResult:
        common = {
            "mapping": arguments.get("mapping"),
            "profile": arguments.get("profile"),
            "vendor_code": request.vendor_code,
            "progress": progress,
            "cancelled": cancelled,
        }
        if request.kind == "calls":
            return services.imports.import_calls(
                actor,
                request.path,
                transcripts=request.transcripts,
                recordings_dir=request.recordings_dir,
                transcript_mapping=arguments.get("transcript_mapping"),
                **common,
            )
        return services.imports.import_chats(actor, request.path, **common)

    return work


# ====================================================================== 4. summary
class SummaryPage(TranslatedPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportSummaryPage()
        self.ui.setupUi(self)
        self.result: ImportResult | None = None
        self.ui.reportLabel.setStyleSheet(HINT_STYLE)
        self.ui.openReportButton.clicked.connect(self._open_report)
        self.ui.showFolderButton.clicked.connect(self._show_folder)

    def show_result(self, result: ImportResult) -> None:
        self.result = result
        self.retranslate()

    def retranslate(self) -> None:
        result = self.result
        if result is None:
            return
        ui = self.ui
        calls = result.kind == "calls"
        for label, value in (
            (ui.rowsRead, result.rows_read),
            (ui.recordsCreated, result.records_created),
            (ui.recordsUpdated, result.records_updated),
            (ui.messages, result.messages_created),
            (ui.duplicates, result.duplicates),
            (ui.errors, result.errors),
            (ui.recordingsMissing, result.recordings_missing),
            (ui.agentsCreated, result.vendor_agents_created),
        ):
            label.setText(number(value))
        ui.countsLayout.setRowVisible(ui.recordingsMissingLabel, calls)
        ui.messagesLabel.setText(
            self.tr("Transcript utterances:") if calls else self.tr("Messages:")
        )
        ui.headline.setText(self._headline(result))
        report = result.error_report
        ui.openReportButton.setEnabled(bool(report))
        ui.showFolderButton.setEnabled(bool(report))
        ui.reportLabel.setText(
            self.tr("Error report: {0}").format(report) if report else self.tr("No error report.")
        )

    def _headline(self, result: ImportResult) -> str:
        name = Path(result.file).name
        stored = result.records_created or result.records_updated
        if not stored and not result.errors:
            return self.tr("{0} holds nothing new: its records were imported before.").format(name)
        if not stored and not result.duplicates:
            return self.tr(
                "Nothing of {0} was imported: every row has an error, as the error report lists."
            ).format(name)
        if not stored:
            return self.tr(
                "{0} added nothing new: its good rows were imported before, and the rows with "
                "errors are listed in the error report."
            ).format(name)
        if result.errors:
            return self.tr(
                "{0} was imported, except the rows with errors: the error report lists each "
                "with its row, column and reason."
            ).format(name)
        return self.tr("{0} was imported without errors.").format(name)

    def _open_report(self) -> None:
        if self.result is not None and self.result.error_report:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result.error_report))

    def _show_folder(self) -> None:
        if self.result is not None and self.result.error_report:
            folder = Path(self.result.error_report).parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
