"""The Outlet tab of the Administration page: the outlet's name and time zone, and the
database-wide import options (masking customer phone numbers).

Everyone who sees the Administration page sees the options; only an admin may change them
(the service checks it too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QWidget

from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.forms.ui_outlet_tab import Ui_OutletTab
from qa_desk.ui.messages import show_error

HINT_STYLE = "color: palette(placeholder-text);"


class OutletTab(QWidget):
    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.ui = Ui_OutletTab()
        self.ui.setupUi(self)
        # Admins only: the service asks for MANAGE_ORGANISATION, which only admins hold.
        self.can_edit = actor.can(Permission.MANAGE_ORGANISATION)
        self.ui.maskHint.setStyleSheet(HINT_STYLE)
        self.ui.readOnlyNote.setStyleSheet(HINT_STYLE)
        self.ui.readOnlyNote.setVisible(not self.can_edit)
        self.ui.maskPhones.setEnabled(self.can_edit)
        self.ui.maskPhones.toggled.connect(self._mask_toggled)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("OutletTab", "&Outlet")

    def reload(self) -> None:
        """Show the stored outlet and options."""
        try:
            outlet = self.services.org.outlet()
            masking = self.services.org.mask_phones()
        except QaDeskError as error:
            show_error(self, error)
            return
        self.ui.outletName.setText(outlet.name if outlet else "")
        self.ui.timezone.setText(outlet.timezone if outlet else "")
        with QSignalBlocker(self.ui.maskPhones):
            self.ui.maskPhones.setChecked(masking)

    def _mask_toggled(self, on: bool) -> None:
        if not self.can_edit:
            return
        try:
            self.services.org.set_mask_phones(self.actor, on)
        except QaDeskError as error:
            show_error(self, error)
            self.reload()  # show what is really stored
            return
        if on:
            self.sig_status.emit(self.tr("Phone numbers will be masked in new imports."))
        else:
            self.sig_status.emit(self.tr("Phone numbers will be stored in full in new imports."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
