"""The CLI's view of the settings file: declared defaults, QSettings' INI dialect, typos refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from qa_desk import settings
from qa_desk.paths import settings_file
from qa_desk.settings import OPTIONS, SCHEMA_VERSION, read


def write_ini(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def test_missing_file_gives_every_declared_default(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.ini"
    for key, option in OPTIONS.items():
        assert read(key, missing) == option.default, key
        assert isinstance(read(key, missing), option.type), key
    assert read("meta/schema_version", missing) == SCHEMA_VERSION
    assert read("display/timezone", missing) == "Asia/Shanghai"
    assert read("chat/reply_wait_threshold_s", missing) == 60


def test_default_location_is_the_settings_file(_isolated_home: Path) -> None:
    write_ini(settings_file(), "[ui]\nlanguage=zh_CN\n")
    assert settings_file().is_relative_to(_isolated_home)
    assert read("ui/language") == "zh_CN"


def test_undeclared_keys_are_refused(tmp_path: Path) -> None:
    path = write_ini(tmp_path / "s.ini", "[ui]\nlangauge=zh_CN\n")
    for key in ("ui/langauge", "database/URL", "nogroup", ""):
        with pytest.raises(KeyError):
            read(key, path)


def test_plain_and_typed_values(tmp_path: Path) -> None:
    path = write_ini(
        tmp_path / "s.ini",
        "[General]\nstray=1\n\n"
        "[chat]\nreply_wait_threshold_s=90\n\n"
        "[database]\nurl=sqlite:////srv/qa/qa-desk.sqlite3\n\n"
        "[display]\ntimezone = Asia/Urumqi \n\n"
        "[meta]\nschema_version=1\n\n"
        "[ui]\nlanguage=zh_CN\nlast_login=张伟\n",
    )
    assert read("chat/reply_wait_threshold_s", path) == 90
    assert read("database/url", path) == "sqlite:////srv/qa/qa-desk.sqlite3"
    assert read("display/timezone", path) == "Asia/Urumqi"
    assert read("meta/schema_version", path) == 1
    assert read("ui/language", path) == "zh_CN"
    assert read("ui/last_login", path) == "张伟"


@pytest.mark.parametrize(
    ("stored", "value"),
    [
        # QSettings quotes values holding , ; = or edge spaces, and escapes \ and " always.
        (
            '"postgresql+psycopg://qa:p@ss,w;rd@db.local:5432/qa?sslmode=require"',
            "postgresql+psycopg://qa:p@ss,w;rd@db.local:5432/qa?sslmode=require",
        ),
        ('"  张三, admin  "', "  张三, admin  "),
        ("sqlite:///C:\\\\Users\\\\质检\\\\qa.sqlite3", "sqlite:///C:\\Users\\质检\\qa.sqlite3"),
        ('say \\"hi\\"', 'say "hi"'),
        ('"a=b"', "a=b"),
        ("tab\\there", "tab\there"),
        ("\\x4e2d\\x6587", "中文"),
        ("@@admin", "@admin"),  # a leading @ is doubled so it never reads as a Qt type
        ("", ""),
    ],
)
def test_values_in_qsettings_form(tmp_path: Path, stored: str, value: str) -> None:
    path = write_ini(tmp_path / "s.ini", f"[database]\nurl={stored}\n")
    assert read("database/url", path) == value


def test_values_written_by_qsettings_read_back(tmp_path: Path) -> None:
    path = tmp_path / "qt.ini"
    values = {
        "database/url": "postgresql+psycopg://qa:p@ss,w;rd@db:5432/qa?options=-csearch_path%3Dx",
        "ui/last_login": "  李 娜, 组长 ",
        "ui/last_page": "@admin",
        "display/timezone": 'C:\\Temp\\"quoted"\ttab',
        "ui/language": "中文 (简体)",
        "chat/reply_wait_threshold_s": 45,
        "meta/schema_version": 1,
    }
    qs = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        qs.setValue(key, value)
    qs.setValue("ui/geometry", QByteArray(b"\x01\xd0\xff geometry"))
    qs.sync()
    del qs
    for key, value in values.items():
        assert read(key, path) == value, key
    assert read("ui/geometry", path) == b"\x01\xd0\xff geometry"


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("chat/reply_wait_threshold_s", "soon"),
        ("chat/reply_wait_threshold_s", "@Variant(\\0\\0\\0\\x7f)"),
        ("database/url", "@ByteArray(abc)"),
        ("database/url", "a, b, c"),  # hand-typed comma list: kept as text
        ("ui/geometry", "not binary"),
    ],
)
def test_unusable_values_fall_back_to_the_default(tmp_path: Path, key: str, stored: str) -> None:
    group, name = key.split("/")
    path = write_ini(tmp_path / "s.ini", f"[{group}]\n{name}={stored}\n")
    expected = "a, b, c" if stored == "a, b, c" else OPTIONS[key].default
    assert read(key, path) == expected


def test_damaged_file_gives_defaults(tmp_path: Path) -> None:
    for body in (b"url=no section header\n", b"[ui]\nlanguage=\xff\xfe\n", b"[ui\n"):
        path = tmp_path / "bad.ini"
        path.write_bytes(body)
        assert read("ui/language", path) == ""
        assert read("database/url", path) == ""


def test_every_option_is_declared_once_with_a_matching_default() -> None:
    for key, option in settings.OPTIONS.items():
        assert key == option.key and key.count("/") == 1
        assert isinstance(option.default, option.type)
        assert option.doc
