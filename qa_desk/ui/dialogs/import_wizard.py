"""The import wizard: choose (or drop) a file, check the detected columns, import, summary.

The import runs on the write worker; closing the wizard while it runs cancels it and waits
until the worker has stopped (nothing is stored then). ``sig_imported`` fires as soon as a
batch is stored, so the main window can refresh its pages even if the summary is not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.import_pages import ChoosePage, ImportRequest, local_file
from qa_desk.ui.dialogs.import_preview_page import PreviewPage
from qa_desk.ui.dialogs.import_run_pages import RunPage, SummaryPage
from qa_desk.ui.settings import UiSettings

if TYPE_CHECKING:
    from qa_desk.services.imports import ImportResult

__all__ = ["ImportRequest", "ImportWizard"]


class ImportWizard(QWizard):
    CHOOSE, PREVIEW, RUN, SUMMARY = range(4)

    sig_imported = Signal(object)
    """An import stored its batch (carries the ImportResult)."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        settings: UiSettings,
        parent: QWidget | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.services = services
        self.actor = actor
        self._close_when_stopped = False
        self.choose_page = ChoosePage(services, actor, settings, self)
        self.preview_page = PreviewPage(services, actor, self.choose_page, self)
        self.run_page = RunPage(services, actor, self.choose_page, self.preview_page, self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (self.CHOOSE, self.choose_page),
            (self.PREVIEW, self.preview_page),
            (self.RUN, self.run_page),
            (self.SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setAcceptDrops(True)
        self.setMinimumSize(820, 560)
        self.resize(1040, 700)
        self.run_page.sig_imported.connect(self._imported)
        self.run_page.sig_stopped.connect(self._stopped)
        self._retranslate()
        if path:
            self.choose_page.set_file(path)

    # --------------------------------------------------------------- state
    @property
    def import_result(self) -> ImportResult | None:
        return self.run_page.result

    def set_file(self, path: str) -> bool:
        """Take a dropped file; only while the first page is shown (False otherwise)."""
        if self.currentId() not in (self.CHOOSE, -1):
            return False
        self.choose_page.set_file(path)
        return True

    def _imported(self, result: ImportResult) -> None:
        self._close_when_stopped = False
        self.summary_page.show_result(result)
        self.sig_imported.emit(result)
        if self.currentId() == self.RUN:
            self.next()

    def _stopped(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            super().reject()

    # --------------------------------------------------------------- closing
    def reject(self) -> None:
        """Cancel, Escape or the close button: a running import is cancelled first."""
        if self.run_page.running:
            self._close_when_stopped = True
            self.run_page.cancel()
            return
        super().reject()

    # --------------------------------------------------------------- drops
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.currentId() == self.CHOOSE and local_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = local_file(event)
        if path is None or self.currentId() != self.CHOOSE:
            event.ignore()
            return
        event.acceptProposedAction()
        self.choose_page.drop_path(path)

    # --------------------------------------------------------------- text
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import records"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
