"""The check of a new password typed twice, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.passwords import MIN_PASSWORD_LENGTH


def check_new_password(password: str, repeat: str) -> None:
    """Raise ValidationError (field "password" or "repeat") for a password the user cannot use."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QCoreApplication.translate(
                "PasswordCheck", "The password must have at least {0} characters."
            ).format(MIN_PASSWORD_LENGTH),
            "password",
        )
    if password.strip() != password:
        raise ValidationError(
            QCoreApplication.translate(
                "PasswordCheck", "The password must not start or end with spaces."
            ),
            "password",
        )
    if repeat != password:
        raise ValidationError(
            QCoreApplication.translate("PasswordCheck", "The two passwords differ."), "repeat"
        )
