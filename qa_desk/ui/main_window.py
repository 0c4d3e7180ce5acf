"""The main window: navigation to the pages the user may see, menus and the status bar.

Pages are imported and built the first time they are selected (start-up stays fast) and
refreshed each time they are shown. Geometry, window state and the last page are remembered.
Users who may import open the import wizard from File → Import records… (Ctrl+I) or by
dropping an export onto the window. Users who may run the automatic checks start them from
Tools → Run automatic checks (or the Records page); they also run by themselves, in the
background, after an import and when a checklist version is published, and the status bar
tells how many records are still unchecked.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMenu, QToolButton, QWidget

from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.roles import Permission
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui import i18n
from qa_desk.ui.forms.ui_main_window import Ui_MainWindow
from qa_desk.ui.messages import show_error
from qa_desk.ui.models.labels import role_label
from qa_desk.ui.pages.base import Page
from qa_desk.ui.pages.registry import PAGES, PageEntry
from qa_desk.ui.settings import UiSettings
from qa_desk.ui.widgets.autocheck_runner import AutoCheckRunner

if TYPE_CHECKING:
    # Imported when first opened: start-up only pays for what it shows.
    from qa_desk.ui.dialogs.import_wizard import ImportWizard

log = logging.getLogger(__name__)

_PAGE_ID_ROLE = Qt.ItemDataRole.UserRole
_STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    sig_closed = Signal()
    """The window was closed (File → Quit or the window's close button)."""
    sig_signed_out = Signal()
    """The window was closed by File → Sign out; the application asks for a login again."""
    sig_records_imported = Signal(object)
    """An import stored records (carries its ImportResult); pages showing records refresh."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self.actor = actor
        self.settings = settings
        self._signing_out = False
        self.import_wizard: ImportWizard | None = None  # the open import wizard, if any
        self._pages: dict[str, Page] = {}
        self.entries: list[PageEntry] = [e for e in PAGES if e.visible_for(actor) and e.available()]
        self._outlet_name = self._load_outlet_name()
        self._vendor_code = self._load_vendor_code()

        self._database_label = QLabel(self)
        self._user_label = QLabel(self)
        self._checks_label = QLabel(self)  # background run progress, or unchecked records
        self._checks_label.setObjectName("checksStatus")
        self._checks_cancel = QToolButton(self)
        self._checks_cancel.setObjectName("checksCancel")
        self._checks_cancel.setAutoRaise(True)
        for widget in (self._checks_label, self._checks_cancel):
            widget.hide()
        for label in (self._checks_label, self._user_label, self._database_label):
            label.setContentsMargins(8, 0, 8, 0)
        for widget in (
            self._checks_label,
            self._checks_cancel,
            self._user_label,
            self._database_label,
        ):
            self.ui.statusbar.addPermanentWidget(widget)
        self._stale = 0
        self._check_progress: tuple[int, int] | None = None  # of a background run
        self._resume_checks = False  # a background run gave way to the import wizard

        self.autocheck = AutoCheckRunner(services, actor, self)
        self.autocheck.sig_started.connect(self._checks_started)
        self.autocheck.sig_progress.connect(self._checks_progress)
        self.autocheck.sig_finished.connect(self._checks_finished)
        self.autocheck.sig_failed.connect(self._checks_failed)
        self.autocheck.sig_idle.connect(self._show_checks_state)
        self.autocheck.sig_stale_counted.connect(self._stale_counted)
        self._checks_cancel.clicked.connect(self.autocheck.cancel)
        self.menuTools = QMenu(self)
        self.menuTools.setObjectName("menuTools")
        self.ui.menubar.insertMenu(self.ui.menuHelp.menuAction(), self.menuTools)
        self.actionRunChecks = QAction(self)
        self.actionRunChecks.setObjectName("actionRunChecks")
        self.menuTools.addAction(self.actionRunChecks)
        self.actionRunChecks.triggered.connect(lambda: self.run_autochecks())
        can_check = self.autocheck.can_run()
        self.actionRunChecks.setVisible(can_check)
        self.menuTools.menuAction().setVisible(can_check)

        self._languages = QActionGroup(self)
        self._languages.setExclusive(True)
        for action, code in (
            (self.ui.actionEnglish, i18n.ENGLISH),
            (self.ui.actionChinese, i18n.CHINESE),
        ):
            action.setData(code)
            self._languages.addAction(action)
        self._languages.triggered.connect(lambda action: self.switch_language(action.data()))
        self._check_language(i18n.current_language())

        self.ui.actionChangePassword.triggered.connect(self._change_password)
        self.ui.actionSignOut.triggered.connect(self.sign_out)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        # A service account (no user id) has no password of its own to change.
        self.ui.actionChangePassword.setEnabled(actor.user_id is not None)
        can_import = actor.can(Permission.IMPORT_RECORDS)
        self.ui.actionImport.setVisible(can_import)
        self.ui.actionImport.setEnabled(can_import)
        self.ui.actionImport.triggered.connect(lambda: self.open_import_wizard())
        self.setAcceptDrops(can_import)

        for entry in self.entries:
            item = QListWidgetItem(entry.title())
            item.setData(_PAGE_ID_ROLE, entry.page_id)
            self.ui.navList.addItem(item)
        self.ui.navList.currentRowChanged.connect(self._on_nav_row)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([180, 1000])
        self._retranslate()
        self._restore()
        self.autocheck.count_stale()

    # ------------------------------------------------------------------ data
    def _load_outlet_name(self) -> str:
        try:
            outlet = self.services.org.outlet()
        except QaDeskError:
            return ""
        return outlet.name if outlet else ""

    def _load_vendor_code(self) -> str:
        if self.actor.vendor_id is None:
            return ""
        try:
            return self.services.org.vendor(self.actor, self.actor.vendor_id).code
        except QaDeskError:
            return ""

    # ------------------------------------------------------------------ pages
    def page_ids(self) -> list[str]:
        """The pages in the navigation, in order."""
        return [e.page_id for e in self.entries]

    def current_page_id(self) -> str | None:
        item = self.ui.navList.currentItem()
        return item.data(_PAGE_ID_ROLE) if item is not None else None

    def page(self, page_id: str) -> Page | None:
        """The page widget if it was built already."""
        return self._pages.get(page_id)

    def show_page(self, page_id: str) -> Page | None:
        """Select a page in the navigation (building it on first use)."""
        ids = self.page_ids()
        if page_id not in ids:
            return None
        self.ui.navList.setCurrentRow(ids.index(page_id))
        return self._pages.get(page_id)

    def _on_nav_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        page = self._pages.get(entry.page_id)
        if page is None:
            page = self._build_page(entry)
            if page is None:
                return
        self.ui.pageStack.setCurrentWidget(page)
        self.settings.set("ui/last_page", entry.page_id)
        try:
            page.refresh()
        except QaDeskError as error:
            show_error(self, error)

    def _build_page(self, entry: PageEntry) -> Page | None:
        try:
            page = entry.load()(self.services, self.actor, self.ui.pageStack)
        except QaDeskError as error:
            show_error(self, error)
            return None
        page.sig_status.connect(self.show_status)
        # A newly published checklist version re-checks the records (in the background).
        published = getattr(page, "sig_version_published", None)
        if published is not None:
            published.connect(lambda _version_id: self.autocheck.run_in_background())
        self.ui.pageStack.addWidget(page)
        self._pages[entry.page_id] = page
        return page

    def show_status(self, message: str) -> None:
        self.ui.statusbar.showMessage(message, _STATUS_TIMEOUT_MS)

    # ------------------------------------------------------------------ settings
    def _restore(self) -> None:
        geometry = self.settings.get("ui/geometry")
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get("ui/window_state")
        if state:
            self.restoreState(QByteArray(state))
        ids = self.page_ids()
        if ids:
            last = self.settings.get("ui/last_page")
            self.show_page(last if last in ids else ids[0])

    def save_settings(self) -> None:
        self.settings.set("ui/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("ui/window_state", bytes(self.saveState().data()))
        page_id = self.current_page_id()
        if page_id:
            self.settings.set("ui/last_page", page_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.can_leave() for page in self._pages.values()):
            # The user chose to go back to unsaved edits.
            self._signing_out = False
            event.ignore()
            return
        # A background run stops between chunks; what it checked stays stored.
        self.autocheck.cancel()
        self.save_settings()
        super().closeEvent(event)
        if self._signing_out:
            self.sig_signed_out.emit()
        else:
            self.sig_closed.emit()

    # ------------------------------------------------------------------ actions
    def sign_out(self) -> None:
        self._signing_out = True
        self.close()

    def switch_language(self, language: str) -> None:
        """Show the interface in ``language`` now, and on the next start."""
        i18n.install_language(language)
        self.settings.set("ui/language", language)
        self._check_language(language)

    def _check_language(self, language: str) -> None:
        for action in self._languages.actions():
            action.setChecked(action.data() == language)

    def _change_password(self) -> None:
        from qa_desk.ui.dialogs.change_password_dialog import ChangePasswordDialog

        if ChangePasswordDialog(self.services, self.actor, self).exec():
            self.show_status(self.tr("Your password was changed."))

    def open_import_wizard(self, path: str | None = None) -> ImportWizard | None:
        """Open the import wizard (with ``path`` as the file, if given); None if not allowed.

        An open wizard is brought to the front, taking ``path`` while on its first page.
        """
        if not self.actor.can(Permission.IMPORT_RECORDS):
            return None
        from qa_desk.ui.dialogs.import_wizard import ImportWizard

        if self.autocheck.in_background:
            # Imports and runs share the one write worker: a long re-check must not keep an
            # import waiting. It stops between chunks (keeping them) and resumes afterwards.
            self.autocheck.cancel()
            self._resume_checks = True

        wizard = self.import_wizard
        if wizard is not None:
            if path:
                wizard.set_file(path)
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        try:
            wizard = ImportWizard(self.services, self.actor, self.settings, self, path)
        except QaDeskError as error:
            show_error(self, error)
            return None
        self.import_wizard = wizard
        wizard.sig_imported.connect(self._records_imported)
        wizard.finished.connect(lambda _result: self._import_wizard_closed(wizard))
        wizard.open()
        return wizard

    def _import_wizard_closed(self, wizard: ImportWizard) -> None:
        if self.import_wizard is wizard:
            self.import_wizard = None
        wizard.deleteLater()
        if self._resume_checks:
            self._resume_checks = False
            self.autocheck.run_in_background()

    def _records_imported(self, result: object) -> None:
        self.sig_records_imported.emit(result)
        # New records get their automatic checks without anyone asking (and what a run
        # that gave way to the import had left).
        self._resume_checks = False
        self.autocheck.run_in_background()

    # ------------------------------------------------------------------ automatic checks
    def run_autochecks(self) -> bool:
        """Run the automatic checks now, behind a progress dialog with Cancel."""
        if self.autocheck.run(self):
            return True
        if self.autocheck.running:
            self.show_status(self.tr("The automatic checks are already running."))
        return False

    def _checks_started(self) -> None:
        self.actionRunChecks.setEnabled(False)
        self._check_progress = (0, 0) if self.autocheck.in_background else None
        self._show_checks_state()

    def _checks_progress(self, done: int, total: int, _text: str) -> None:
        self._check_progress = (done, total)
        self._show_checks_state()

    def _checks_finished(self, summary: object) -> None:
        records = getattr(summary, "records", 0)
        self.show_status(
            self.tr("Automatic checks finished: {0} records checked.").format(
                QLocale().toString(records)
            )
        )

    def _checks_failed(self, message: str) -> None:
        self.show_status(self.tr("The automatic checks failed: {0}").format(message))

    def _stale_counted(self, count: int) -> None:
        self._stale = count
        self._show_checks_state()

    def _show_checks_state(self) -> None:
        """Progress of a background run, else how many records are still unchecked."""
        running = self.autocheck.running
        self.actionRunChecks.setEnabled(not running)
        label = self._checks_label
        if running and self.autocheck.in_background and self._check_progress is not None:
            done, total = self._check_progress
            if total > 0:
                percent = min(100, 100 * done // total)
                label.setText(self.tr("Automatic checks: {0} %").format(percent))
            else:
                label.setText(self.tr("Automatic checks running…"))
            label.show()
            self._checks_cancel.show()
            return
        self._checks_cancel.hide()
        if not running and self._stale > 0:
            if self._stale == 1:
                label.setText(self.tr("1 record not yet checked"))
            else:
                label.setText(
                    self.tr("{0} records not yet checked").format(QLocale().toString(self._stale))
                )
            label.show()
        else:
            label.hide()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from qa_desk.ui.dialogs.import_pages import local_file

        if self.acceptDrops() and local_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        from qa_desk.ui.dialogs.import_pages import local_file

        path = local_file(event)
        if not self.acceptDrops() or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import_wizard(path)

    def _about(self) -> None:
        from qa_desk.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.services, self).exec()

    # ------------------------------------------------------------------ text
    def _retranslate(self) -> None:
        title = self.tr("QA Desk")
        if self._outlet_name:
            title = self.tr("{0} — {1}").format(title, self._outlet_name)
        self.setWindowTitle(title)
        self._database_label.setText(self.tr("Database: {0}").format(self.services.db.display_url))
        parts = [self.actor.display_name, role_label(self.actor.role)]
        if self._vendor_code:
            parts.append(self._vendor_code)
        self._user_label.setText(" · ".join(parts))
        for row, entry in enumerate(self.entries):
            self.ui.navList.item(row).setText(entry.title())
        self.menuTools.setTitle(self.tr("&Tools"))
        self.actionRunChecks.setText(self.tr("Run &automatic checks"))
        self.actionRunChecks.setStatusTip(
            self.tr("Check the records the active checklists have not checked yet")
        )
        self._checks_cancel.setText(self.tr("Cancel"))
        self._checks_cancel.setToolTip(self.tr("Stop the automatic checks"))
        self._show_checks_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
