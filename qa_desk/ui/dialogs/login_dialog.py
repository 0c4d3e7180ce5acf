"""Sign-in dialog: login and password, checked by the account service (with lockout)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desk.domain.errors import QaDeskError
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.forms.ui_login_dialog import Ui_LoginDialog
from qa_desk.ui.messages import error_text


class LoginDialog(QDialog):
    """Accepted once a user has signed in; ``actor`` is then who they are."""

    def __init__(self, services: Services, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.services = services
        self.actor: Actor | None = None
        self.ui.loginEdit.setText(login)
        self.ui.messageLabel.hide()
        self.ui.loginEdit.textEdited.connect(self._clear_message)
        self.ui.passwordEdit.textEdited.connect(self._clear_message)
        self.ui.buttonBox.accepted.connect(self._sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        # A remembered login means the password is what is left to type.
        (self.ui.passwordEdit if login else self.ui.loginEdit).setFocus()

    def _retranslate(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.databaseLabel.setText(self.tr("Database: {0}").format(self.services.db.display_url))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def _clear_message(self) -> None:
        self.ui.messageLabel.hide()

    def _sign_in(self) -> None:
        login = self.ui.loginEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not login:
            self._show_message(self.tr("Enter your login."))
            self.ui.loginEdit.setFocus()
            return
        if not password:
            self._show_message(self.tr("Enter your password."))
            self.ui.passwordEdit.setFocus()
            return
        # One password hash (~50 ms): short enough to do here, behind a busy cursor.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self.services.accounts.authenticate(login, password)
        except QaDeskError as error:
            self._show_message(error_text(error))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
