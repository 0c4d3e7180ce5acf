"""The Outlet tab of the Administration page: outlet facts, and phone masking on import,
switched by an admin and shown read-only to everyone else."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from admin_fixtures import Org, build_org, open_tab
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.ui import i18n
from qa_desk.ui.pages.admin_page import AdminPage


@pytest.fixture
def org_data(qt_services: Services) -> Org:
    return build_org(qt_services)


def open_outlet_tab(qtbot: QtBot, services: Services, actor: Actor) -> AdminPage:
    page = AdminPage(services, actor)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    open_tab(page.ui.tabs, page.outlet)
    return page


def tick(box: QCheckBox) -> None:
    """Click the box's indicator, as a user does."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_an_admin_switches_phone_masking(
    qtbot: QtBot, qt_services: Services, org_data: Org
) -> None:
    page = open_outlet_tab(qtbot, qt_services, org_data.admin)
    ui = page.outlet.ui
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(page.outlet)) == "&Outlet"
    assert ui.outletName.text() == "测试网点" and ui.outletName.isReadOnly()
    assert ui.timezone.text() == "Asia/Shanghai"
    assert ui.maskPhones.isEnabled() and ui.maskPhones.isChecked()  # on by default
    assert not ui.readOnlyNote.isVisible()

    with qtbot.waitSignal(page.sig_status) as status:
        tick(ui.maskPhones)
    assert not ui.maskPhones.isChecked()
    assert qt_services.org.mask_phones() is False
    assert status.args == ["Phone numbers will be stored in full in new imports."]

    tick(ui.maskPhones)
    assert qt_services.org.mask_phones() is True
    # A page opened later shows what is stored.
    page.refresh()
    assert ui.maskPhones.isChecked()


def test_masking_is_read_only_for_an_inspector(
    qtbot: QtBot, qt_services: Services, org_data: Org
) -> None:
    qt_services.org.set_mask_phones(org_data.admin, False)
    page = open_outlet_tab(qtbot, qt_services, org_data.inspector)
    ui = page.outlet.ui
    assert not ui.maskPhones.isChecked()  # shows the stored option
    assert not ui.maskPhones.isEnabled()
    assert ui.readOnlyNote.isVisible()
    assert ui.readOnlyNote.text() == "Only an administrator can change these options."
    # A click on the disabled box changes nothing.
    tick(ui.maskPhones)
    assert not ui.maskPhones.isChecked()
    assert qt_services.org.mask_phones() is False


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.install_language(i18n.CHINESE)
    yield
    i18n.install_language(i18n.ENGLISH)


def test_the_outlet_tab_speaks_chinese(
    qtbot: QtBot, qt_services: Services, org_data: Org, chinese: None
) -> None:
    page = open_outlet_tab(qtbot, qt_services, org_data.auditor)
    QApplication.processEvents()
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(page.outlet)) == "网点(&O)"
    assert page.outlet.ui.readOnlyNote.text() == "只有管理员可以修改这些选项。"
