"""First start on an empty database: the outlet, the first admin account, optional demo data."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from qa_desk.domain.errors import QaDeskError, ValidationError
from qa_desk.domain.passwords import MIN_PASSWORD_LENGTH, password_error
from qa_desk.services.accounts import UserInfo
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.labels import role_label
from qa_desk.ui.tasks import CancelledFn, ProgressFn, ProgressTask

_SETUP_PAGE, _SUMMARY_PAGE = 0, 1


class FirstRunDialog(QDialog):
    """Accepted once the admin exists (demo data loaded, failed or cancelled is then told)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.services = services
        self.admin: Actor | None = None
        self.demo_summary: Any = None
        self._job: ProgressTask | None = None
        self.ui.messageLabel.hide()
        for edit in self._edits():
            edit.textEdited.connect(self.ui.messageLabel.hide)
        self.ui.buttonBox.accepted.connect(self._on_ok)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.ui.outletEdit.setFocus()

    def _edits(self) -> tuple[QLineEdit, ...]:
        ui = self.ui
        return (ui.outletEdit, ui.loginEdit, ui.nameEdit, ui.passwordEdit, ui.repeatEdit)

    # ------------------------------------------------------------------ text
    def _retranslate(self) -> None:
        self.ui.hintLabel.setText(
            self.tr("At least {0} characters, without spaces at the start or end.").format(
                MIN_PASSWORD_LENGTH
            )
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if self.ui.stack.currentIndex() == _SETUP_PAGE:
            ok.setText(self.tr("Create"))
        else:
            ok.setText(self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _show_problem(self, text: str, field: QLineEdit | None = None) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()
        if field is not None:
            field.setFocus()
            field.selectAll()

    # ------------------------------------------------------------------ steps
    def _on_ok(self) -> None:
        if self.ui.stack.currentIndex() == _SUMMARY_PAGE:
            self.accept()
        elif self._job is None:
            self._create()

    def reject(self) -> None:
        # Once the admin exists there is nothing to cancel: the summary page says what happened.
        if self.admin is None:
            super().reject()
        elif self.ui.stack.currentIndex() == _SUMMARY_PAGE:
            self.accept()

    def _check_form(self) -> bool:
        ui = self.ui
        if not ui.outletEdit.text().strip():
            self._show_problem(self.tr("Enter the outlet's name."), ui.outletEdit)
            return False
        if not ui.loginEdit.text().strip():
            self._show_problem(self.tr("Choose a login for the admin account."), ui.loginEdit)
            return False
        if not ui.nameEdit.text().strip():
            self._show_problem(self.tr("Enter the admin's display name."), ui.nameEdit)
            return False
        problem = password_error(ui.passwordEdit.text())
        if problem is not None:
            self._show_problem(error_text(problem), ui.passwordEdit)
            return False
        if ui.repeatEdit.text() != ui.passwordEdit.text():
            self._show_problem(self.tr("The two passwords differ."), ui.repeatEdit)
            return False
        return True

    def _create(self) -> None:
        if not self._check_form():
            return
        ui = self.ui
        try:
            self.admin = self.services.accounts.create_first_admin(
                ui.loginEdit.text(),
                ui.nameEdit.text(),
                ui.passwordEdit.text(),
                outlet_name=ui.outletEdit.text(),
            )
        except ValidationError as error:
            fields = {
                "login": ui.loginEdit,
                "display_name": ui.nameEdit,
                "password": ui.passwordEdit,
            }
            self._show_problem(error_text(error), fields.get(error.field or ""))
            return
        except QaDeskError as error:
            self._show_problem(error_text(error))
            return
        if ui.demoRadio.isChecked():
            self._load_demo(self.admin)
        else:
            self.accept()

    def _load_demo(self, admin: Actor) -> None:
        from qa_desk.services import demo  # only needed on this path, and not small

        services = self.services

        def work(progress: ProgressFn, cancelled: CancelledFn) -> tuple[Any, list[UserInfo]]:
            summary = demo.load_demo(services, admin, progress=progress, cancelled=cancelled)
            accounts = [u for u in services.accounts.list_users(admin) if u.id != admin.user_id]
            return summary, accounts

        self.ui.setupPage.setEnabled(False)
        self.ui.buttonBox.setEnabled(False)
        self._job = ProgressTask(
            self,
            self.tr("Demo data"),
            self.tr("Creating the demo outlet…"),
            work,
            write=True,
        )
        self._job.sig_finished.connect(self._demo_loaded)
        self._job.sig_failed.connect(self._demo_failed)
        self._job.sig_cancelled.connect(self._demo_cancelled)

    # ------------------------------------------------------------------ outcome
    def _show_summary(self, title: str, body_html: str) -> None:
        self._job = None
        self.ui.summaryTitleLabel.setText(title)
        self.ui.summaryLabel.setText(body_html)
        self.ui.stack.setCurrentIndex(_SUMMARY_PAGE)
        self.ui.buttonBox.setEnabled(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self._retranslate()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def _signin_hint(self) -> str:
        login = self.admin.login if self.admin else ""
        return self.tr("Your own account is <b>{0}</b>, with the password you chose.").format(
            html.escape(login)
        )

    def _demo_loaded(self, result: tuple[Any, list[UserInfo]]) -> None:
        summary, accounts = result
        self.demo_summary = summary
        n = QLocale().toString
        counts = self.tr(
            "The demo outlet has {0} vendors, {1} teams, {2} agents and {3} users, with "
            "{4} chats ({5} messages) and {6} calls ({7} transcript segments) over four weeks."
        ).format(
            n(summary.vendors),
            n(summary.teams),
            n(summary.agents),
            n(summary.users),
            n(summary.chats),
            n(summary.messages),
            n(summary.calls),
            n(summary.segments),
        )
        password = self.tr("The demo accounts below all have the password {0}").format(
            f'<b style="white-space: nowrap">{html.escape(summary.demo_password)}</b>'
        )
        rows = "".join(
            "<tr>"
            f"<td><b>{html.escape(u.login)}</b></td>"
            f"<td>{html.escape(u.display_name)}</td>"
            f"<td>{html.escape(role_label(u.role))}</td>"
            f"<td>{html.escape(u.vendor_code or '')}</td>"
            "</tr>"
            for u in accounts
        )
        table = f'<table cellspacing="0" cellpadding="3">{rows}</table>'
        body = f"<p>{counts}</p><p>{password}</p>{table}<p>{self._signin_hint()}</p>"
        self._show_summary(self.tr("Demo data loaded"), body)

    def _demo_failed(self, message: str) -> None:
        body = (
            "<p>"
            + self.tr("The admin account was created, but the demo data could not be loaded:")
            + f"</p><p>{html.escape(message)}</p><p>{self._signin_hint()}</p>"
        )
        self._show_summary(self.tr("Demo data not loaded"), body)

    def _demo_cancelled(self) -> None:
        body = (
            "<p>"
            + self.tr(
                "Loading the demo data was cancelled before any chat or call was stored; "
                "vendors, agents and users created until then remain."
            )
            + f"</p><p>{self._signin_hint()}</p>"
        )
        self._show_summary(self.tr("Demo data not loaded"), body)
