"""Errors the application reports to users as one-line messages."""

from __future__ import annotations


class QaDeskError(Exception):
    """Base of every error that is shown to the user as a single line (never a traceback).

    ``message`` is an English template; with keyword parameters it is formatted with them
    (``str()`` gives the English line). The UI translates ``template`` and formats it with
    ``params`` itself, so the same error reads in the user's language.
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)

    def __str__(self) -> str:
        text = super().__str__()
        # One line: collapse whatever the cause carried (driver messages are multi-line).
        return " ".join(text.split())


class ValidationError(QaDeskError):
    """Input that breaks a rule; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


class NotFound(QaDeskError):
    """The object does not exist, or is outside the caller's scope (both look the same)."""


class PermissionDenied(QaDeskError):
    """The caller's role may not do this."""


class AuthenticationError(QaDeskError):
    """Wrong login or password, or a locked or inactive account."""


class ConflictError(QaDeskError):
    """Someone else changed the object since it was read, or a unique value is taken."""


class DatabaseError(QaDeskError):
    """The database cannot be opened, reached or written."""


class ImportFileError(QaDeskError):
    """The file as a whole can't be read: unreadable, empty, not tabular, missing columns."""
