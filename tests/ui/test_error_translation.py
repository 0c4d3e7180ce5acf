"""Errors raised below the UI read in the interface language, with their values filled in.

The services raise English templates with parameters; ``error_text`` translates the template
(context "Errors") and formats it. With English installed the line is the error's own.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from qa_desk.domain.errors import (
    AuthenticationError,
    ConflictError,
    DatabaseError,
    QaDeskError,
    ValidationError,
)
from qa_desk.domain.passwords import MIN_PASSWORD_LENGTH, password_error
from qa_desk.services.actor import Actor
from qa_desk.services.records import MAX_PAGE, RecordFilter
from qa_desk.services.registry import Services, open_services
from qa_desk.storage.database import sqlite_path_of
from qa_desk.ui import i18n
from qa_desk.ui.messages import error_text


def caught(call: Callable[[], object]) -> QaDeskError:
    with pytest.raises(QaDeskError) as info:
        call()
    return info.value


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_language(i18n.CHINESE), "the zh_CN catalogue must load"
    yield
    i18n.install_language(i18n.ENGLISH)


@pytest.fixture
def corrupt_db(sqlite_url: str, tmp_path: Path) -> Path:
    """A copy of a real database whose first page (the table list) is overwritten."""
    source = sqlite_path_of(sqlite_url)
    assert source is not None
    path = tmp_path / "corrupt.sqlite3"
    shutil.copyfile(source, path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * 3996
    path.write_bytes(bytes(data))
    return path


def test_duplicate_vendor_is_a_conflict_in_chinese(
    chinese: None, services: Services, admin: Actor
) -> None:
    services.org.create_vendor(admin, "V07", "顺心外包客服")
    error = caught(lambda: services.org.create_vendor(admin, "v07", "另一家"))
    assert isinstance(error, ConflictError)
    assert error_text(error) == "外包服务商代码 V07 已被使用。"


def test_validation_errors_with_parameters_in_chinese(
    chinese: None, services: Services, admin: Actor
) -> None:
    error = caught(lambda: services.records.page(admin, RecordFilter(), limit=MAX_PAGE + 1))
    assert isinstance(error, ValidationError) and error.field == "limit"
    assert error_text(error) == f"每页可包含 1 到 {MAX_PAGE} 条记录。"
    error = caught(lambda: services.org.create_vendor(admin, "V08", "名", kpi_targets={"x": 1}))
    assert error_text(error) == "未知的 KPI 目标 'x'。"
    error = caught(lambda: services.accounts.create_user(admin, "new", "新人", admin.role, "short"))
    assert isinstance(error, ValidationError) and error.field == "password"
    assert error_text(error) == f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符。"


def test_wrong_password_and_lockout_in_chinese(
    chinese: None, services: Services, admin: Actor
) -> None:
    error = caught(lambda: services.accounts.authenticate("admin", "wrong-password"))
    assert isinstance(error, AuthenticationError)
    assert error_text(error) == "登录名不存在或密码错误。"
    for _ in range(4):  # five failures in a row lock the account for 15 minutes
        caught(lambda: services.accounts.authenticate("admin", "wrong-password"))
    error = caught(lambda: services.accounts.authenticate("admin", "admin-pass-1"))
    assert error.params == {"minutes": 15}
    assert (
        error_text(error) == "登录失败次数过多，账号已锁定；请 15 分钟后再试，或请管理员重置密码。"
    )


def test_corrupt_database_file_in_chinese(chinese: None, corrupt_db: Path) -> None:
    error = caught(lambda: open_services(f"sqlite:///{corrupt_db}"))
    assert isinstance(error, DatabaseError)
    # The sentence is ours; the driver's detail stays as SQLite wrote it.
    assert error_text(error) == (
        f"数据库文件 {corrupt_db} 已损坏或不是数据库（database disk image is malformed）。"
    )


def test_the_same_errors_in_english(services: Services, admin: Actor, corrupt_db: Path) -> None:
    assert i18n.current_language() == i18n.ENGLISH
    services.org.create_vendor(admin, "V07", "顺心外包客服")
    errors = [
        caught(lambda: services.org.create_vendor(admin, "V07", "另一家")),
        caught(lambda: services.records.page(admin, RecordFilter(), limit=0)),
        caught(lambda: services.accounts.authenticate("admin", "wrong-password")),
        caught(lambda: open_services(f"sqlite:///{corrupt_db}")),
    ]
    assert [error_text(e) for e in errors] == [
        "The vendor code V07 is already used.",
        f"A page holds 1 to {MAX_PAGE} records.",
        "Unknown login or wrong password.",
        f"The database file {corrupt_db} is damaged or not a database "
        "(database disk image is malformed).",
    ]
    assert [error_text(e) for e in errors] == [str(e) for e in errors]


def test_password_rules_follow_the_language(qapp: QApplication) -> None:
    error = password_error(" padded password ")
    assert error is not None and error.field == "password"
    assert error_text(error) == "The password must not start or end with spaces."
    assert i18n.install_language(i18n.CHINESE)
    try:
        assert error_text(error) == "密码首尾不能有空格。"
    finally:
        i18n.install_language(i18n.ENGLISH)


def test_every_error_template_is_translated_with_its_placeholders(chinese: None) -> None:
    """Each template of the Errors context has a Chinese text with the same placeholders."""
    import string
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication

    root = Path(__file__).resolve().parents[2]
    ts = ET.parse(root / "resources" / "translations" / "qa_desk_zh_CN.ts").getroot()
    fields = string.Formatter()

    def placeholders(text: str) -> list[tuple[str, str | None, str]]:
        return sorted((f, c or "", s or "") for _, f, s, c in fields.parse(text) if f is not None)

    checked = 0
    for context in ts.iter("context"):
        if context.findtext("name") != "Errors":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue  # reported by build_translations.py --check
            shown = QCoreApplication.translate("Errors", source)
            assert shown != source, source
            assert placeholders(shown) == placeholders(source), source
            checked += 1
    assert checked > 100
