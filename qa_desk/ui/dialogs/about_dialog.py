"""Help → About: version, database, schema revision and the Qt/Python underneath."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

from qa_desk import __version__
from qa_desk.domain.errors import QaDeskError
from qa_desk.services.registry import Services
from qa_desk.storage.migrate import current_revision
from qa_desk.ui.forms.ui_about_dialog import Ui_AboutDialog
from qa_desk.ui.messages import error_text


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.ui.iconLabel.setPixmap(icon.pixmap(64, 64))
        self.ui.versionValue.setText(__version__)
        self.ui.databaseValue.setText(services.db.display_url)
        try:
            revision = current_revision(services.db) or "—"
        except QaDeskError as error:
            # About must open even when the connection just dropped; it says so instead.
            revision = error_text(error)
        self.ui.schemaValue.setText(revision)
        self.ui.qtValue.setText(f"Qt {qVersion()} · PySide6 {PySide6.__version__}")
        self.ui.pythonValue.setText(f"{platform.python_version()} ({platform.system()})")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
