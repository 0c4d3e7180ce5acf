"""Showing errors and confirmations to the user: one clear line, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from qa_desk.domain.errors import QaDeskError

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    """The line to show for ``error``; unexpected errors are logged with their traceback."""
    if isinstance(error, QaDeskError):
        return translated_error(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Messages", "Something went wrong ({0}). The details are in the log file."
    ).format(type(error).__name__)


def translated_error(error: QaDeskError) -> str:
    """The error's template in the interface language, filled with its parameters."""
    text = QCoreApplication.translate("Errors", error.template)
    if error.params:
        # An error may carry another as a parameter ("{problem} (and 2 more)"): translate it too.
        params = {
            key: translated_error(value) if isinstance(value, QaDeskError) else value
            for key, value in error.params.items()
        }
        try:
            text = text.format(**params)
        except (KeyError, IndexError, ValueError):
            # A translation that lost a placeholder must not hide the error.
            return str(error)
    return " ".join(text.split())


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("Messages", "QA Desk"),
        error_text(error),
    )


def confirm(parent: QWidget | None, question: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("Messages", "QA Desk"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
