"""The signed-in user changes their own password (the current one is asked again)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from qa_desk.domain.errors import AuthenticationError, QaDeskError
from qa_desk.domain.passwords import MIN_PASSWORD_LENGTH, password_error
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from qa_desk.ui.messages import error_text


class ChangePasswordDialog(QDialog):
    """Accepted once the new password is stored."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.services = services
        self.actor = actor
        self.ui.messageLabel.hide()
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.textEdited.connect(self.ui.messageLabel.hide)
        self.ui.buttonBox.accepted.connect(self._change)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.ui.currentEdit.setFocus()

    def _retranslate(self) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change password"))
        self.ui.hintLabel.setText(
            self.tr("At least {0} characters, without spaces at the start or end.").format(
                MIN_PASSWORD_LENGTH
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _problem(self, text: str, field: QLineEdit) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()
        field.setFocus()
        field.selectAll()

    def _change(self) -> None:
        ui = self.ui
        new = ui.newEdit.text()
        problem = password_error(new)
        if problem is not None:
            self._problem(error_text(problem), ui.newEdit)
            return
        if ui.repeatEdit.text() != new:
            self._problem(self.tr("The two new passwords differ."), ui.repeatEdit)
            return
        if new == ui.currentEdit.text():
            self._problem(self.tr("The new password is the same as the current one."), ui.newEdit)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.services.accounts.change_own_password(self.actor, ui.currentEdit.text(), new)
        except AuthenticationError as error:
            self._problem(error_text(error), ui.currentEdit)
            return
        except QaDeskError as error:
            self._problem(error_text(error), ui.newEdit)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
