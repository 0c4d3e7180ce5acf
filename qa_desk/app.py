"""Start-up of the desktop application: Qt, language, database, sign-in, main window.

``main`` is what ``qa-desk`` runs without a command. Two environment variables let the
start-up benchmark run unattended: ``QA_DESK_AUTOLOGIN=login:password`` signs in without the
dialog, and ``QA_DESK_EXIT_AFTER_SHOW=1`` quits as soon as the main window is shown.
"""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QDialog

from qa_desk import APP_ID, APP_NAME, __version__
from qa_desk.domain.errors import QaDeskError
from qa_desk.logging_setup import configure as configure_logging
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.storage.database import resolve_url
from qa_desk.ui import i18n
from qa_desk.ui.messages import show_error
from qa_desk.ui.settings import UiSettings

if TYPE_CHECKING:
    # Imported lazily where used, so start-up only pays for what it shows.
    from qa_desk.ui.main_window import MainWindow

AUTOLOGIN_ENV = "QA_DESK_AUTOLOGIN"
EXIT_AFTER_SHOW_ENV = "QA_DESK_EXIT_AFTER_SHOW"

log = logging.getLogger(__name__)


def _cannot_start() -> str:
    """The title of the dialog that says why the application cannot start."""
    return QCoreApplication.translate("App", "QA Desk cannot start")


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created (with name, version and icon) if there is none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        args = sys.argv if argv is None else [sys.argv[0] if sys.argv else APP_ID, *argv]
        app = QApplication(args)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    return app


def _icon_pixmap(size: int) -> QPixmap:
    """A sheet with a check mark on a blue tile: inspected work."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1d5fbf"))
    painter.drawRoundedRect(
        QRectF(0.5 * unit, 0.5 * unit, 15 * unit, 15 * unit), 3 * unit, 3 * unit
    )
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(4 * unit, 3 * unit, 8 * unit, 10 * unit), unit, unit)
    pen = QPen(QColor("#1d5fbf"), 1.4 * unit)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline(
        [
            QPointF(5.8 * unit, 8.2 * unit),
            QPointF(7.4 * unit, 9.8 * unit),
            QPointF(10.2 * unit, 6.2 * unit),
        ]
    )
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """The application's icon, drawn (no image files to ship or load)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_icon_pixmap(size))
    return icon


def open_main_window(
    services: Services, actor: Actor, settings: UiSettings | None = None
) -> MainWindow:
    """Build the main window for ``actor``, restore its geometry and page, and show it."""
    from qa_desk.ui.main_window import MainWindow

    window = MainWindow(services, actor, settings or UiSettings())
    window.show()
    return window


def open_database_or_report(db_url: str | None, settings: UiSettings) -> Services | None:
    """The services over the chosen database, or None after telling the user why not."""
    url = resolve_url(db_url, settings.get("database/url"))
    try:
        services, migration = open_services(url)
    except QaDeskError as error:
        log.warning("cannot open the database: %s", error)
        show_error(None, error, _cannot_start())
        return None
    except Exception as error:
        # Whatever else goes wrong here must be a dialog, never a traceback.
        show_error(None, error, _cannot_start())
        return None
    if migration is not None and migration.changed:
        log.info(
            "database %s upgraded from %s to %s (backup: %s)",
            services.db.display_url,
            migration.from_revision,
            migration.to_revision,
            migration.backup,
        )
    return services


class _Shell(QObject):
    """Signs the user in, opens the main window, and signs in again after Sign out."""

    def __init__(self, services: Services, settings: UiSettings, login_hint: str | None) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self.login_hint = login_hint
        self.window: MainWindow | None = None

    def start(self) -> int | None:
        """Sign-in up to the shown window; an exit code when the application should stop."""
        try:
            autologin = os.environ.get(AUTOLOGIN_ENV, "")
            if autologin:
                login, _, password = autologin.partition(":")
                actor = self.services.accounts.authenticate(login, password)
            else:
                if self.services.accounts.needs_first_admin() and not self._first_run():
                    return 0
                actor = self._ask_login()
                if actor is None:
                    return 0
        except QaDeskError as error:
            show_error(None, error, _cannot_start())
            return 1
        self._open(actor)
        if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
            QTimer.singleShot(0, QCoreApplication.quit)
        return None

    def _first_run(self) -> bool:
        from qa_desk.ui.dialogs.first_run_dialog import FirstRunDialog

        dialog = FirstRunDialog(self.services)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.admin is None:
            return False
        self.settings.set("ui/last_login", dialog.admin.login)
        return True

    def _ask_login(self) -> Actor | None:
        from qa_desk.ui.dialogs.login_dialog import LoginDialog

        hint = self.login_hint or self.settings.get("ui/last_login")
        dialog = LoginDialog(self.services, hint)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        self.settings.set("ui/last_login", dialog.actor.login)
        self.settings.sync()
        return dialog.actor

    def _open(self, actor: Actor) -> None:
        self.window = open_main_window(self.services, actor, self.settings)
        self.window.sig_closed.connect(QCoreApplication.quit)
        self.window.sig_signed_out.connect(self._signed_out)

    def _signed_out(self) -> None:
        # Leave the closing window's event handler before showing a modal dialog.
        QTimer.singleShot(0, self._sign_in_again)

    def _sign_in_again(self) -> None:
        self.close_window()
        self.login_hint = None
        actor = self._ask_login()
        if actor is None:
            QCoreApplication.quit()
        else:
            self._open(actor)

    def close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            # Closing again must not quit the application or ask for a login twice.
            window.sig_closed.disconnect()
            window.sig_signed_out.disconnect()
            window.close()
            window.deleteLater()


def _excepthook_showing_errors(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """A bug in a slot becomes a logged traceback and a one-line dialog, not a dead window."""
    log.error("unhandled error", exc_info=(kind, error, tb))
    if isinstance(error, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    show_error(QApplication.activeWindow(), error)


def main(
    argv: list[str] | None = None, *, db_url: str | None = None, user: str | None = None
) -> int:
    """Run the desktop application; returns the exit code (1 when it cannot start)."""
    app = application(argv)
    try:
        configure_logging(logging.INFO)
    except OSError as error:
        # Without a log file the application still works; the log is for support.
        print(f"qa-desk: cannot write the log file ({error})", file=sys.stderr)
    settings = UiSettings()
    i18n.install_language(i18n.effective_language(settings.get("ui/language")))
    services = open_database_or_report(db_url, settings)
    if services is None:
        return 1
    previous_hook = sys.excepthook
    quit_on_close = app.quitOnLastWindowClosed()
    # Between Sign out and the next sign-in no window is open; the shell decides when to quit.
    app.setQuitOnLastWindowClosed(False)
    sys.excepthook = _excepthook_showing_errors
    shell = _Shell(services, settings, user)
    try:
        code = shell.start()
        if code is None:
            code = app.exec()
        return code
    finally:
        shell.close_window()
        from qa_desk.ui.tasks import wait_for_tasks

        wait_for_tasks()
        services.close()
        sys.excepthook = previous_hook
        app.setQuitOnLastWindowClosed(quit_on_close)


if __name__ == "__main__":  # pragma: no cover - `python -m qa_desk` is the usual way
    sys.exit(main())
