"""Data and user actions shared by the Administration, Audit log and model tests.

GUI tests run on SQLite only; the services underneath are tested on both databases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from qa_desk.domain.roles import Role
from qa_desk.services.actor import Actor
from qa_desk.services.organisation import AgentInfo, TeamInfo, VendorInfo
from qa_desk.services.registry import Services

ADMIN_PASSWORD = "admin-pass-1"
PASSWORD = "secret-pass-1"


@dataclass
class Org:
    admin: Actor
    v1: VendorInfo
    v2: VendorInfo
    t1: TeamInfo
    t1b: TeamInfo
    t2: TeamInfo
    a1: AgentInfo
    a2: AgentInfo
    inspector: Actor
    sup1: Actor
    auditor: Actor


def build_org(svc: Services) -> Org:
    """Two vendors with teams and agents, and a user of every role."""
    admin = svc.accounts.create_first_admin("admin", "管理员", ADMIN_PASSWORD, "测试网点")
    v1 = svc.org.create_vendor(admin, "V01", "顺心外包客服", "李经理", {"pass_rate": 90})
    v2 = svc.org.create_vendor(admin, "V02", "速达联合呼叫中心")
    t1 = svc.org.create_team(admin, v1.id, "一组")
    t1b = svc.org.create_team(admin, v1.id, "二组")
    t2 = svc.org.create_team(admin, v2.id, "早班")
    a1 = svc.org.create_agent(admin, "A0101", "张敏", v1.id, t1.id)
    a2 = svc.org.create_agent(admin, "A0201", "王磊", v2.id, t2.id)
    svc.accounts.create_user(admin, "insp", "质检员一", Role.INSPECTOR, PASSWORD)
    svc.accounts.create_user(admin, "sup1", "主管一", Role.VENDOR_SUPERVISOR, PASSWORD, v1.id)
    svc.accounts.create_user(admin, "aud", "审计", Role.AUDITOR, PASSWORD)
    actor = svc.accounts.actor_by_login
    return Org(admin, v1, v2, t1, t1b, t2, a1, a2, actor("insp"), actor("sup1"), actor("aud"))


# ------------------------------------------------------------------ user actions
def click(widget: QAbstractButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be clicked"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(widget: QWidget, text: str) -> None:
    """Type at the cursor: ASCII as key presses, Chinese as an input method commits it."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def type_into(widget: QWidget, text: str) -> None:
    """Replace a field's text the way a user does: select all, type."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)


def choose(combo: QComboBox, text: str) -> None:
    """Open the list and click the item whose text starts with ``text``."""
    assert combo.isVisible() and combo.isEnabled(), f"{combo.objectName()} cannot be used"
    offered = [combo.itemText(i) for i in range(combo.count())]
    matches = [i for i, item in enumerate(offered) if item.startswith(text)]
    assert matches, f"{text!r} is not offered: {offered}"
    combo.showPopup()
    view = combo.view()
    rect = view.visualRect(view.model().index(matches[0], combo.modelColumn()))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert combo.currentText().startswith(text), f"chose {combo.currentText()!r}"


def open_tab(tabs: QTabWidget, page: QWidget) -> None:
    index = tabs.indexOf(page)
    assert index >= 0, f"no tab {page.objectName()}"
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page


def row_point(view: QTableView, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 0)).center()


def click_row(view: QTableView, row: int) -> None:
    view.scrollTo(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_point(view, row))


def double_click_row(view: QTableView, row: int) -> None:
    click_row(view, row)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_point(view, row))


def press_ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    click(buttons.button(QDialogButtonBox.StandardButton.Ok))


def has_focus(widget: QWidget) -> bool:
    """Whether ``widget`` (or the editor inside it) is its window's focus widget."""
    focused = widget.window().focusWidget()
    return focused is widget or (focused is not None and widget.isAncestorOf(focused))


def column_texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def line_edit(dialog: QDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found
