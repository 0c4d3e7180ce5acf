"""The check of a new password typed twice, before it goes to the service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.passwords import password_error


def check_new_password(password: str, repeat: str) -> None:
    """Raise ValidationError (field "password" or "repeat") for a password the user cannot use.

    The password rules are the service's own (``password_error``, shown through
    ``error_text`` in the UI language); only the repeat check is the dialog's.
    """
    problem = password_error(password)
    if problem is not None:
        raise problem
    if repeat != password:
        raise ValidationError(
            QCoreApplication.translate("PasswordCheck", "The two passwords differ."), "repeat"
        )
