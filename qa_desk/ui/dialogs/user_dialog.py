"""Create or edit a user account: login, name, role and, for vendor supervisors, the vendor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qa_desk.domain.errors import ConflictError, ValidationError
from qa_desk.domain.roles import Role
from qa_desk.services.accounts import UserInfo
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.choices import vendor_choices
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.dialogs.passwords import check_new_password
from qa_desk.ui.forms.ui_user_dialog import Ui_UserDialog
from qa_desk.ui.models.labels import role_label, roles
from qa_desk.ui.widgets.combos import fill_combo

_PASSWORD_ROWS = (4, 5)  # rows of formLayout shown only for a new user


class UserDialog(EditDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self._init_message(self.ui.message)
        self._user = user
        fill_combo(self.ui.role, [(role_label(r), r.value) for r in roles()], Role.INSPECTOR.value)
        vendor_id = user.vendor_id if user else None
        fill_combo(
            self.ui.vendor,
            [(self.tr("(choose a vendor)"), None), *vendor_choices(services, actor, vendor_id)],
            vendor_id,
        )
        self.ui.role.currentIndexChanged.connect(self._role_changed)
        if user is None:
            self.setWindowTitle(self.tr("New user"))
        else:
            self.setWindowTitle(self.tr("Edit user {0}").format(user.login))
            self.ui.login.setText(user.login)
            self.ui.login.setReadOnly(True)
            self.ui.displayName.setText(user.display_name)
            self.ui.role.setCurrentIndex(self.ui.role.findData(user.role.value))
            # Passwords are set with "Reset password…", never shown or edited here.
            for row in _PASSWORD_ROWS:
                self.ui.formLayout.setRowVisible(row, False)
            self.resize(self.width(), self.sizeHint().height())
        self._role_changed()

    def role(self) -> Role:
        return Role(self.ui.role.currentData())

    def _role_changed(self) -> None:
        scoped = self.role() is Role.VENDOR_SUPERVISOR
        self.ui.vendor.setEnabled(scoped)
        self.ui.vendorLabel.setEnabled(scoped)
        if not scoped:
            self.ui.vendor.setCurrentIndex(0)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "login": self.ui.login,
            "display_name": self.ui.displayName,
            "role": self.ui.role,
            "vendor": self.ui.vendor,
            "password": self.ui.password,
            "repeat": self.ui.repeat,
        }

    def _check(self) -> None:
        login = self._require(self.ui.login, "login", self.tr("Enter a login."))
        if any(c.isspace() for c in login):
            raise ValidationError(self.tr("A login has no spaces."), "login")
        self._require(self.ui.displayName, "display_name", self.tr("Enter the person's name."))
        if self.role() is Role.VENDOR_SUPERVISOR and self.ui.vendor.currentData() is None:
            raise ValidationError(
                self.tr("Choose the vendor this supervisor belongs to."), "vendor"
            )
        if self._user is None:
            check_new_password(self.ui.password.text(), self.ui.repeat.text())

    def _store(self) -> int:
        vendor_id = self.ui.vendor.currentData()
        if self._user is None:
            stored = self.services.accounts.create_user(
                self.actor,
                self.ui.login.text(),
                self.ui.displayName.text(),
                self.role(),
                self.ui.password.text(),
                vendor_id,
            )
        else:
            stored = self.services.accounts.update_user(
                self.actor,
                self._user.id,
                display_name=self.ui.displayName.text(),
                role=self.role(),
                vendor_id=vendor_id,
            )
        return stored.id

    def _conflict(self, error: ConflictError) -> tuple[str, str | None]:
        login = self.ui.login.text().strip().lower()
        return self.tr("The login {0} is already taken.").format(login), "login"
