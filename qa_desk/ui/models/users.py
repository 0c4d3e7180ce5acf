"""User accounts with role, vendor scope and login state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, utcnow
from qa_desk.services.accounts import UserInfo
from qa_desk.ui.models.chunked import ChunkedListModel
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.models.labels import role_label, yes_no
from qa_desk.ui.models.table import Column


class UserModel(ChunkedListModel):
    CONTEXT = "UserModel"

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz_name = tz_name
        self.columns = (
            Column(QT_TRANSLATE_NOOP("UserModel", "Login"), lambda u: u.login),
            Column(QT_TRANSLATE_NOOP("UserModel", "Name"), lambda u: u.display_name),
            Column(QT_TRANSLATE_NOOP("UserModel", "Role"), lambda u: role_label(u.role)),
            Column(QT_TRANSLATE_NOOP("UserModel", "Vendor"), lambda u: u.vendor_code or ""),
            Column(QT_TRANSLATE_NOOP("UserModel", "Active"), lambda u: yes_no(u.active)),
            Column(
                QT_TRANSLATE_NOOP("UserModel", "Locked until"),
                self._locked_until,
                sort_key=lambda u: u.locked_until,
            ),
            Column(
                QT_TRANSLATE_NOOP("UserModel", "Last login"),
                lambda u: format_datetime(u.last_login_at, self._tz_name),
                sort_key=lambda u: u.last_login_at,
            ),
        )

    def _locked_until(self, user: UserInfo) -> str:
        # A lockout that has run out is no longer news.
        if user.locked_until is None or user.locked_until <= utcnow():
            return ""
        return format_datetime(user.locked_until, self._tz_name)

    def row_is_active(self, row: UserInfo) -> bool:
        return row.active
