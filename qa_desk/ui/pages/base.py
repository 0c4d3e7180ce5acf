"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services


class Page(QWidget):
    """A page shown in the main window's navigation.

    Title and visibility live in ``qa_desk.ui.pages.registry`` (so start-up need not import
    pages). Subclasses build their form in ``__init__`` and reload their data in ``refresh``
    (called each time the page is shown).
    """

    PAGE_ID = ""

    sig_status = Signal(str)
    """A short message for the status bar."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def can_leave(self) -> bool:
        """Whether the window may close now (a page with unsaved edits asks the user)."""
        return True

    def retranslate(self) -> None:
        """Re-set strings that are not part of a generated form (after a language switch)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            ui = getattr(self, "ui", None)
            if ui is not None and hasattr(ui, "retranslateUi"):
                ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
