"""The application shell, driven like a user: first run, sign-in, main window, language,
remembered window, About, password change, and start-up failures shown as one line."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from qa_desk import __version__, app
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services, open_services
from qa_desk.settings import SCHEMA_VERSION
from qa_desk.settings import read as cli_read
from qa_desk.storage.migrate import HEAD_REVISION
from qa_desk.ui import i18n
from qa_desk.ui.dialogs.about_dialog import AboutDialog
from qa_desk.ui.dialogs.change_password_dialog import ChangePasswordDialog
from qa_desk.ui.dialogs.first_run_dialog import FirstRunDialog
from qa_desk.ui.dialogs.login_dialog import LoginDialog
from qa_desk.ui.main_window import MainWindow
from qa_desk.ui.pages.registry import PAGES
from qa_desk.ui.settings import UiSettings

ADMIN_PASSWORD = "admin-pass-1"  # the ``admin`` fixture's password
MessageBoxes = Any  # tests/ui/conftest.py: the ``message_boxes`` fixture


def ok_button(dialog: QWidget) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit (as a Chinese IME sends)."""
    if text.isascii():
        QTest.keyClicks(widget, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def fill_first_run(
    dialog: FirstRunDialog, login: str, password: str, repeat: str | None = None
) -> None:
    ui = dialog.ui
    for edit, text in (
        (ui.outletEdit, "上海浦东网点"),
        (ui.loginEdit, login),
        (ui.nameEdit, "李质检"),
        (ui.passwordEdit, password),
        (ui.repeatEdit, password if repeat is None else repeat),
    ):
        edit.clear()
        type_text(edit, text)


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def nav_titles(window: MainWindow) -> list[str]:
    nav = window.ui.navList
    return [nav.item(i).text() for i in range(nav.count())]


def window_for(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = app.open_main_window(services, actor)
    qtbot.addWidget(window)
    return window


# ---------------------------------------------------------------------------- first run
def test_first_run_creates_the_admin_typed_in(qtbot: QtBot, qt_services: Services) -> None:
    assert qt_services.accounts.needs_first_admin()
    dialog = FirstRunDialog(qt_services)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_run(dialog, "lead", "lead-pass-123")
    assert dialog.ui.emptyRadio.isChecked()
    click(qtbot, ok_button(dialog))
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert not qt_services.accounts.needs_first_admin()
    actor = qt_services.accounts.authenticate("lead", "lead-pass-123")
    assert actor.display_name == "李质检" and actor.role.value == "admin"
    assert qt_services.org.outlet().name == "上海浦东网点"


@pytest.mark.parametrize(
    ("password", "repeat", "message"),
    [
        ("short", "short", "The password must have at least 8 characters."),
        ("long-enough-1", "long-enough-2", "The two passwords differ."),
    ],
)
def test_first_run_shows_problems_inline_and_stores_nothing(
    qtbot: QtBot, qt_services: Services, password: str, repeat: str, message: str
) -> None:
    dialog = FirstRunDialog(qt_services)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_run(dialog, "lead", password, repeat)
    click(qtbot, ok_button(dialog))
    assert dialog.isVisible()
    assert dialog.ui.messageLabel.isVisible()
    assert dialog.ui.messageLabel.text() == message
    assert qt_services.accounts.needs_first_admin()


def test_first_run_rejects_a_bad_login_with_the_services_rule(
    qtbot: QtBot, qt_services: Services
) -> None:
    dialog = FirstRunDialog(qt_services)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_run(dialog, "a b", "lead-pass-123")
    click(qtbot, ok_button(dialog))
    assert dialog.isVisible() and "login" in dialog.ui.messageLabel.text()
    assert dialog.focusWidget() is dialog.ui.loginEdit
    assert qt_services.accounts.needs_first_admin()


def _start_demo_first_run(qtbot: QtBot, services: Services) -> FirstRunDialog:
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_run(dialog, "lead", "lead-pass-123")
    click(qtbot, dialog.ui.demoRadio)
    assert dialog.ui.demoRadio.isChecked()
    click(qtbot, ok_button(dialog))
    return dialog


def test_first_run_loads_demo_data_in_the_background_and_sums_up(
    qtbot: QtBot, qt_services: Services
) -> None:
    dialog = _start_demo_first_run(qtbot, qt_services)
    assert not dialog.ui.buttonBox.isEnabled()  # no second click while it loads
    qtbot.waitUntil(
        lambda: dialog.ui.stack.currentWidget() is dialog.ui.summaryPage, timeout=60_000
    )
    summary = dialog.ui.summaryLabel.text()
    assert dialog.ui.summaryTitleLabel.text() == "Demo data loaded"
    assert "5,000 chats" in summary and "1,000 calls" in summary
    assert dialog.demo_summary.demo_password in summary
    demo_logins = [u.login for u in qt_services.accounts.list_users(dialog.admin)]
    assert len(demo_logins) == 1 + dialog.demo_summary.users
    assert all(login in summary for login in demo_logins)
    click(qtbot, ok_button(dialog))
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert {v.code for v in qt_services.org.vendors(dialog.admin)} >= {"V01", "V02"}


def test_first_run_demo_loading_can_be_cancelled(qtbot: QtBot, qt_services: Services) -> None:
    from qa_desk.services.demo import demo_loaded

    dialog = _start_demo_first_run(qtbot, qt_services)
    job = dialog._job
    assert job is not None
    qtbot.waitUntil(job.dialog.isVisible, timeout=10_000)
    click(qtbot, job.dialog.findChild(QPushButton))
    qtbot.waitUntil(
        lambda: dialog.ui.stack.currentWidget() is dialog.ui.summaryPage, timeout=30_000
    )
    assert dialog.ui.summaryTitleLabel.text() == "Demo data not loaded"
    assert "cancelled" in dialog.ui.summaryLabel.text()
    assert not demo_loaded(qt_services)
    # The admin exists either way: the user goes on to sign in.
    assert qt_services.accounts.authenticate("lead", "lead-pass-123").login == "lead"
    click(qtbot, ok_button(dialog))
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted


# ---------------------------------------------------------------------------- sign-in
def test_wrong_password_is_told_and_the_right_one_signs_in(
    qtbot: QtBot, qt_services: Services, admin: Actor
) -> None:
    dialog = LoginDialog(qt_services, "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.loginEdit.text() == "admin"
    assert qt_services.db.display_url in dialog.ui.databaseLabel.text()
    QTest.keyClicks(dialog.ui.passwordEdit, "not-the-password")
    QTest.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ui.messageLabel.isVisible()
    assert dialog.ui.messageLabel.text() == "Unknown login or wrong password."
    assert dialog.ui.passwordEdit.text() == ""
    QTest.keyClicks(dialog.ui.passwordEdit, ADMIN_PASSWORD)
    assert not dialog.ui.messageLabel.isVisible()
    click(qtbot, ok_button(dialog))
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "admin"
    window = window_for(qtbot, qt_services, dialog.actor)
    assert window.isVisible()
    assert "Admin" in window._user_label.text()
    assert qt_services.db.display_url in window._database_label.text()


# ---------------------------------------------------------------------------- main window
def test_navigation_lists_only_permitted_pages(
    qtbot: QtBot, qt_services: Services, org: dict[str, object]
) -> None:
    admin = org["admin"]
    supervisor = org["sup1"]
    assert isinstance(admin, Actor) and isinstance(supervisor, Actor)
    admin_window = window_for(qtbot, qt_services, admin)
    assert nav_titles(admin_window) == [
        "Records",
        "Scoring workspace",
        "Checklists",
        "Sampling",
        "Inspections",
        "Administration",
        "Audit log",
    ]
    supervisor_window = window_for(qtbot, qt_services, supervisor)
    assert "Audit log" not in nav_titles(supervisor_window)
    assert nav_titles(supervisor_window) == [e.title() for e in PAGES if e.visible_for(supervisor)]
    assert "V01" in supervisor_window._user_label.text()


def test_every_page_is_built_on_first_selection_and_refreshed(
    qtbot: QtBot, qt_services: Services, admin: Actor
) -> None:
    window = window_for(qtbot, qt_services, admin)
    first, *others = window.page_ids()
    assert window.page(first) is not None  # the page shown at start
    assert all(window.page(p) is None for p in others)  # not built before it is needed
    for page_id in others:
        page = window.show_page(page_id)
        assert page is not None and window.ui.pageStack.currentWidget() is page


def test_language_switch_is_live_and_remembered(
    qtbot: QtBot, qt_services: Services, admin: Actor, ui_settings: UiSettings
) -> None:
    window = window_for(qtbot, qt_services, admin)
    assert menu_titles(window) == ["&File", "&View", "&Tools", "&Help"]
    window.ui.actionChinese.trigger()
    # Qt delivers the language change as an event, as it does for the user.
    qtbot.waitUntil(lambda: menu_titles(window)[0] != "&File")
    assert menu_titles(window) == ["文件(&F)", "视图(&V)", "工具(&T)", "帮助(&H)"]
    assert nav_titles(window) == [
        "服务记录",
        "质检工作台",
        "评分表",
        "抽检",
        "质检单",
        "管理",
        "审计日志",
    ]
    assert window.windowTitle().startswith("质检台")
    assert window.ui.actionChinese.isChecked() and not window.ui.actionEnglish.isChecked()
    assert UiSettings().get("ui/language") == "zh_CN"
    window.ui.actionEnglish.trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")
    assert nav_titles(window)[:3] == ["Records", "Scoring workspace", "Checklists"]
    assert UiSettings().get("ui/language") == "en"


def test_geometry_and_last_page_are_remembered(
    qtbot: QtBot, qt_services: Services, admin: Actor
) -> None:
    first = window_for(qtbot, qt_services, admin)
    first.resize(QSize(first.width(), 430))
    last_page = first.page_ids()[-1]
    first.show_page(last_page)
    size = first.size()
    first.close()
    second = window_for(qtbot, qt_services, admin)
    assert second.height() == 430
    # Restoring keeps a window on its screen (less its frame), and the offscreen screen is
    # narrower than the pages' minimum width, so the width is checked against both.
    screen_width = second.screen().availableGeometry().width()
    assert min(size.width(), screen_width) - 8 <= second.width() <= screen_width
    assert second.current_page_id() == last_page
    assert second.ui.pageStack.currentWidget() is second.page(last_page)
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    second.close()
    third = window_for(qtbot, qt_services, admin)
    qtbot.waitUntil(third.isMaximized)


def test_about_names_version_database_and_schema(qtbot: QtBot, qt_services: Services) -> None:
    dialog = AboutDialog(qt_services)
    qtbot.addWidget(dialog)
    assert dialog.ui.versionValue.text() == __version__
    assert dialog.ui.databaseValue.text() == qt_services.db.display_url
    assert dialog.ui.schemaValue.text() == HEAD_REVISION
    assert "PySide6 6." in dialog.ui.qtValue.text()


def test_change_password(qtbot: QtBot, qt_services: Services, admin: Actor) -> None:
    dialog = ChangePasswordDialog(qt_services, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.ui.currentEdit, "wrong-password")
    QTest.keyClicks(dialog.ui.newEdit, "brand-new-pass")
    QTest.keyClicks(dialog.ui.repeatEdit, "brand-new-pass")
    click(qtbot, ok_button(dialog))
    assert dialog.isVisible()
    assert dialog.ui.messageLabel.text() == "The current password is wrong."
    dialog.ui.currentEdit.clear()
    QTest.keyClicks(dialog.ui.currentEdit, ADMIN_PASSWORD)
    click(qtbot, ok_button(dialog))
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert qt_services.accounts.authenticate("admin", "brand-new-pass").login == "admin"


# ---------------------------------------------------------------------------- settings
def test_settings_are_typed_declared_and_shared_with_the_cli(ui_settings: UiSettings) -> None:
    url = 'postgresql+psycopg://qa@127.0.0.1:54330/qa_desk?x="1"'
    ui_settings.set("database/url", url)
    ui_settings.set("ui/geometry", b"\x00\x01binary\xff")
    ui_settings.set("chat/reply_wait_threshold_s", 90)
    ui_settings.sync()
    again = UiSettings()
    assert again.get("database/url") == url
    assert again.get("ui/geometry") == b"\x00\x01binary\xff"
    assert again.get("chat/reply_wait_threshold_s") == 90
    assert again.get("ui/last_page") == ""  # the declared default
    assert again.get("meta/schema_version") == SCHEMA_VERSION
    assert cli_read("database/url") == url
    assert cli_read("chat/reply_wait_threshold_s") == 90
    with pytest.raises(KeyError, match="undeclared"):
        again.get("ui/colour")
    with pytest.raises(KeyError):
        again.set("ui/colour", "red")
    with pytest.raises(TypeError):
        again.set("chat/reply_wait_threshold_s", "90")


# ---------------------------------------------------------------------------- app.main
class ModalScript:
    """Answers the dialogs ``app.main`` opens, in order, as a user would."""

    def __init__(self, steps: list[tuple[type, Callable[[QWidget], None]]]) -> None:
        self.steps = list(steps)
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        kind, act = self.steps[0]
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                self.steps.pop(0)
                act(widget)
                return


def test_main_runs_first_run_sign_in_window_and_sign_out(
    qtbot: QtBot, sqlite_url: str, message_boxes: MessageBoxes
) -> None:
    shown: list[MainWindow] = []

    def first_run(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        fill_first_run(dialog, "lead", "lead-pass-123")
        click(qtbot, ok_button(dialog))

    def sign_in(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        assert dialog.ui.loginEdit.text() == "lead"  # remembered from the first run
        QTest.keyClicks(dialog.ui.passwordEdit, "lead-pass-123")
        click(qtbot, ok_button(dialog))

    def sign_out(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        shown.append(window)
        window.ui.actionSignOut.trigger()

    def cancel_login(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        assert dialog.ui.loginEdit.text() == "lead"
        dialog.reject()

    script = ModalScript(
        [
            (FirstRunDialog, first_run),
            (LoginDialog, sign_in),
            (MainWindow, sign_out),
            (LoginDialog, cancel_login),
        ]
    )
    assert app.main([], db_url=sqlite_url) == 0
    assert script.steps == []
    assert message_boxes.shown == []
    assert shown and shown[0].actor.login == "lead"
    assert UiSettings().get("ui/last_login") == "lead"


def test_main_autologin_and_exit_after_show(
    sqlite_url: str, qt_services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.AUTOLOGIN_ENV, f"admin:{ADMIN_PASSWORD}")
    monkeypatch.setenv(app.EXIT_AFTER_SHOW_ENV, "1")
    assert app.main([], db_url=sqlite_url) == 0
    # The window was shown and closed again: its geometry was saved.
    assert UiSettings().get("ui/geometry") != b""


def test_main_autologin_with_a_wrong_password_is_one_line(
    sqlite_url: str,
    qt_services: Services,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    monkeypatch.setenv(app.AUTOLOGIN_ENV, "admin:wrong-password")
    assert app.main([], db_url=sqlite_url) == 1
    assert message_boxes.texts() == ["Unknown login or wrong password."]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _newer_schema(url: str) -> None:
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("not a url", "Not a valid database URL"),
        ("mysql", "Unsupported database"),
        ("corrupt", "not a QA Desk database"),
        ("folder", "is a folder"),
        ("newer", "newer QA Desk"),
        ("unreachable", "Cannot reach the database"),
    ],
)
def test_main_reports_an_unusable_database_in_one_line_and_changes_nothing(
    tmp_path: Path,
    sqlite_url: str,
    message_boxes: MessageBoxes,
    case: str,
    expected: str,
) -> None:
    folder = tmp_path / "dbs"
    folder.mkdir()
    if case == "not a url":
        url = "this is not a url"
    elif case == "mysql":
        url = "mysql+nosuchdriver://user@localhost/qa"
    elif case == "corrupt":
        (folder / "qa.sqlite3").write_bytes(b"PK\x03\x04 an xlsx file, not a database" * 40)
        url = f"sqlite:///{folder / 'qa.sqlite3'}"
    elif case == "folder":
        (folder / "qa.sqlite3").mkdir()
        url = f"sqlite:///{folder / 'qa.sqlite3'}"
    elif case == "newer":
        shutil.copyfile(sqlite_url.removeprefix("sqlite:///"), folder / "qa.sqlite3")
        url = f"sqlite:///{folder / 'qa.sqlite3'}"
        _newer_schema(url)
    else:
        # Port 9 (discard) on localhost: nothing listens there.
        url = "postgresql+psycopg://qa:pw@127.0.0.1:9/qa_desk"
    before = _files(folder) if case != "folder" else None
    assert app.main([], db_url=url) == 1
    (text,) = message_boxes.texts("warning")
    assert expected in text
    assert "\n" not in text and "Traceback" not in text
    assert "pw@" not in text  # never the password
    if before is not None:
        assert _files(folder) == before
    assert not QApplication.topLevelWidgets() or not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to read-only files")
def test_main_reports_a_read_only_database_file(
    tmp_path: Path, sqlite_url: str, message_boxes: MessageBoxes
) -> None:
    path = tmp_path / "readonly.sqlite3"
    shutil.copyfile(sqlite_url.removeprefix("sqlite:///"), path)
    path.chmod(0o444)
    before = _files(tmp_path)
    assert app.main([], db_url=f"sqlite:///{path}") == 1
    (text,) = message_boxes.texts("warning")
    assert "read-only" in text and "\n" not in text
    assert _files(tmp_path) == before


def test_main_opens_the_window_on_each_backend(
    db_url: str, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes
) -> None:
    services, _ = open_services(db_url)
    services.accounts.create_first_admin("admin", "Admin", ADMIN_PASSWORD, "网点")
    services.close()
    monkeypatch.setenv(app.AUTOLOGIN_ENV, f"admin:{ADMIN_PASSWORD}")
    monkeypatch.setenv(app.EXIT_AFTER_SHOW_ENV, "1")
    assert app.main([], db_url=db_url) == 0
    assert message_boxes.shown == []
    assert UiSettings().get("ui/last_page") == PAGES[0].page_id


def test_saved_language_is_installed_at_start(
    sqlite_url: str, qt_services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    UiSettings().set("ui/language", "zh_CN")
    monkeypatch.setenv(app.AUTOLOGIN_ENV, f"admin:{ADMIN_PASSWORD}")
    monkeypatch.setenv(app.EXIT_AFTER_SHOW_ENV, "1")
    assert app.main([], db_url=sqlite_url) == 0
    assert i18n.current_language() == "zh_CN"


def test_closing_with_unsaved_checklist_edits_asks_first(
    qtbot: QtBot, qt_services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, qt_services, admin)
    page = window.show_page("checklists")
    assert page is not None
    monkeypatch.setattr(page, "can_leave", lambda: False)
    window.close()
    assert window.isVisible()  # the user went back to the edits
    monkeypatch.setattr(page, "can_leave", lambda: True)
    window.close()
    assert not window.isVisible()
