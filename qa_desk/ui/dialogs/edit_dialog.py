"""Base of the create/edit dialogs: local checks, one service call, refusals shown inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLabel, QLineEdit, QWidget

from qa_desk.domain.errors import ConflictError, ValidationError
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui.messages import error_text

MESSAGE_STYLE = "color: #c62828;"


class EditDialog(QDialog):
    """OK runs ``_check`` (local rules, translated messages) then ``_store`` (the service).

    A refusal from either is shown in the dialog's message label, focus goes to the field it
    names, and the dialog stays open with nothing stored. Subclasses call ``_init_message``
    after ``setupUi`` and implement ``_fields``, ``_check``, ``_store`` and ``_conflict``.
    """

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.saved_id: int | None = None
        self._message: QLabel | None = None

    # --------------------------------------------------------------- for subclasses
    def _init_message(self, label: QLabel) -> None:
        self._message = label
        label.setStyleSheet(MESSAGE_STYLE)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()

    def _fields(self) -> dict[str, QWidget]:
        """Service field names (ValidationError.field) and the widgets that edit them."""
        return {}

    def _check(self) -> None:
        """Raise ValidationError for input the service would refuse, in the UI language."""

    def _store(self) -> int:
        """Call the service; return the stored object's id."""
        raise NotImplementedError

    def _conflict(self, error: ConflictError) -> tuple[str, str | None]:
        """The message and field for a unique value that is taken."""
        return error_text(error), None

    def _require(self, edit: QLineEdit, field: str, message: str) -> str:
        text = edit.text().strip()
        if not text:
            raise ValidationError(message, field)
        return text

    def _require_code(self, edit: QLineEdit, field: str, message: str) -> str:
        """Codes and employee ids: 1–32 characters without spaces."""
        text = edit.text().strip()
        if not text or len(text) > 32 or any(c.isspace() for c in text):
            raise ValidationError(message, field)
        return text

    # --------------------------------------------------------------- behaviour
    def accept(self) -> None:
        try:
            self._check()
            self.saved_id = self._store()
        except ValidationError as error:
            # The dialog's own checks raise already translated text, which passes unchanged.
            self.show_message(error_text(error), error.field)
        except ConflictError as error:
            self.show_message(*self._conflict(error))
        except Exception as error:  # one line for the user; the log keeps the traceback
            self.show_message(error_text(error), None)
        else:
            super().accept()

    def show_message(self, text: str, field: str | None = None) -> None:
        assert self._message is not None, "call _init_message after setupUi"
        self._message.setText(text)
        self._message.show()
        widget = self._fields().get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit | QAbstractSpinBox):
                widget.selectAll()

    def message(self) -> str:
        """The refusal shown in the dialog, empty when none is."""
        if self._message is None or self._message.isHidden():
            return ""
        return self._message.text()
