"""An admin sets a new password for a user (this also lifts a lockout)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qa_desk.services.accounts import UserInfo
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.dialogs.passwords import check_new_password
from qa_desk.ui.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog


class ResetPasswordDialog(EditDialog):
    def __init__(
        self, services: Services, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self._init_message(self.ui.message)
        self._user = user
        self.setWindowTitle(self.tr("Reset password of {0}").format(user.login))
        self.ui.intro.setText(
            self.tr(
                "Set a new password for {0} ({1}). Tell it to them in person; "
                "a locked account is unlocked."
            ).format(user.display_name, user.login)
        )

    def _fields(self) -> dict[str, QWidget]:
        return {"password": self.ui.password, "repeat": self.ui.repeat}

    def _check(self) -> None:
        check_new_password(self.ui.password.text(), self.ui.repeat.text())

    def _store(self) -> int:
        self.services.accounts.reset_password(self.actor, self._user.id, self.ui.password.text())
        return self._user.id
