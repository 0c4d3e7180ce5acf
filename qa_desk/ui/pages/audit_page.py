"""The audit log: every change, newest first, with a check of the hash chain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.audit import VerifyResult
from qa_desk.services.registry import Services
from qa_desk.ui import tasks
from qa_desk.ui.dialogs.audit_event_dialog import AuditEventDialog
from qa_desk.ui.dialogs.edit_dialog import MESSAGE_STYLE
from qa_desk.ui.forms.ui_audit_page import Ui_AuditPage
from qa_desk.ui.models.audit_events import AuditEventModel
from qa_desk.ui.models.formatting import outlet_timezone
from qa_desk.ui.models.labels import ENTITIES, chain_reason
from qa_desk.ui.pages.base import Page
from qa_desk.ui.widgets.combos import fill_combo
from qa_desk.ui.widgets.tables import configure_table, fit_columns

OK_STYLE = "color: #2e7d32;"


class AuditPage(Page):
    PAGE_ID = "audit"

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self._tz_name = outlet_timezone(services)
        self.model = AuditEventModel(services, actor, self._tz_name, self)
        view = self.ui.eventView
        view.setModel(self.model)
        # Newest first is the log's own order (keyset paging by seq), not a sortable column.
        configure_table(view, sortable=False)
        self._task: tasks.Task | None = None
        self.details_dialog: AuditEventDialog | None = None
        self._last_result: VerifyResult | None = None
        self._fitted = False
        self.ui.verifyResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.verifyResult.hide()
        self.ui.verify.setVisible(actor.can(Permission.VERIFY_AUDIT_LOG))
        self._fill_entities()
        self.ui.entityFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.reload.clicked.connect(self.refresh)
        self.ui.details.clicked.connect(self.show_details)
        self.ui.verify.clicked.connect(self.verify)
        view.doubleClicked.connect(lambda _index: self.show_details())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.sig_failed.connect(lambda text: self.sig_status.emit(text))
        self.model.sig_fetched.connect(self._update_summary)
        self._update_buttons()

    # --------------------------------------------------------------- list
    def _fill_entities(self) -> None:
        choices = [(self.tr("All changes"), None)] + [
            (QCoreApplication.translate("Labels", label), code) for code, label in ENTITIES.items()
        ]
        fill_combo(self.ui.entityFilter, choices)

    def refresh(self) -> None:
        self.model.load(self.ui.entityFilter.currentData())
        if not self._fitted and self.model.rowCount():
            fit_columns(self.ui.eventView)
            self._fitted = True

    def _update_summary(self) -> None:
        shown = self.model.rowCount()
        if self.model.canFetchMore():
            text = self.tr("Events shown: {0} (older ones load as you scroll).").format(shown)
        else:
            text = self.tr("Events: {0}").format(shown)
        self.ui.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.details.setEnabled(bool(self.ui.eventView.selectionModel().selectedRows()))

    def show_details(self) -> None:
        rows = self.ui.eventView.selectionModel().selectedRows()
        if not rows:
            return
        dialog = AuditEventDialog(self.model.event_at(rows[0].row()), self._tz_name, self)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.details_dialog = dialog
        dialog.open()

    # --------------------------------------------------------------- verification
    def verify(self) -> None:
        if self._task is not None:
            return
        self.ui.verify.setEnabled(False)
        self.ui.verifyResult.setStyleSheet("")
        self.ui.verifyResult.setText(self.tr("Verifying the audit chain…"))
        self.ui.verifyResult.show()
        self.setCursor(Qt.CursorShape.BusyCursor)
        services, actor = self.services, self.actor
        # It reads every event of the chain: off the GUI thread.
        self._task = tasks.start(
            lambda _progress, _cancelled: services.audit.verify(actor),
            on_finished=self._verified,
            on_failed=self._verify_failed,
        )

    def _verify_done(self) -> None:
        self._task = None
        self.unsetCursor()
        self.ui.verify.setEnabled(True)

    def _verified(self, result: VerifyResult) -> None:
        self._verify_done()
        self._last_result = result
        self._show_result()

    def _show_result(self) -> None:
        result = self._last_result
        if result is None:
            return
        label = self.ui.verifyResult
        if result.ok:
            label.setStyleSheet(OK_STYLE)
            if result.events == 0:
                label.setText(self.tr("The audit log is empty."))
            else:
                label.setText(
                    self.tr("The chain is intact. Events verified: {0}. Head hash: {1}").format(
                        result.events, result.head_hash
                    )
                )
            self.sig_status.emit(self.tr("Audit chain verified."))
        else:
            label.setStyleSheet(MESSAGE_STYLE + " font-weight: bold;")
            label.setText(
                self.tr(
                    "The chain is broken at event {0}: {1}. "
                    "That event and all later ones cannot be trusted."
                ).format(result.first_broken, chain_reason(result.reason))
            )
            self.sig_status.emit(self.tr("Audit chain broken."))
        label.show()

    def _verify_failed(self, message: str) -> None:
        self._verify_done()
        self.ui.verifyResult.hide()
        QMessageBox.warning(self, self.tr("Verify chain"), message)

    def retranslate(self) -> None:
        self._fill_entities()
        self.model.retranslate()
        fit_columns(self.ui.eventView)
        self._update_summary()
        self._show_result()
