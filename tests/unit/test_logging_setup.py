"""The rotating log file: where it goes, idempotent set-up, rotation, console echo."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from qa_desk import logging_setup
from qa_desk.paths import log_dir


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    yield
    logging_setup.reset()


def _ours(kind: str) -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_qa_desk_handler", None) == kind]


def test_log_file_lives_in_the_data_folder_and_receives_records(_isolated_home: Path) -> None:
    path = logging_setup.configure()
    assert path == log_dir() / "qa-desk.log"
    assert path.is_relative_to(_isolated_home)
    logging.getLogger("qa_desk.test").info("hello 质检台")
    logging.getLogger("qa_desk.test").debug("too detailed")
    for handler in _ours("file"):
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO" in text and "qa_desk.test: hello 质检台" in text
    assert "too detailed" not in text


def test_rotation_limits(_isolated_home: Path) -> None:
    logging_setup.configure()
    (handler,) = _ours("file")
    assert isinstance(handler, RotatingFileHandler)
    assert handler.maxBytes == 2 * 1024 * 1024
    assert handler.backupCount == 5


def test_the_file_rotates_when_full(_isolated_home: Path) -> None:
    path = logging_setup.configure()
    log = logging.getLogger("qa_desk.test")
    chunk = "x" * 10_000
    for i in range(230):  # ~2.3 MB: more than one file's worth
        log.info("%d %s", i, chunk)
    rotated = path.with_name("qa-desk.log.1")
    assert rotated.exists()
    assert rotated.stat().st_size <= 2 * 1024 * 1024
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "229 " in path.read_text(encoding="utf-8")


def test_configure_is_idempotent(_isolated_home: Path) -> None:
    first = logging_setup.configure(logging.INFO)
    second = logging_setup.configure(logging.DEBUG)
    assert first == second
    handlers = _ours("file")
    assert len(handlers) == 1
    assert handlers[0].level == logging.DEBUG
    logging.getLogger("qa_desk.test").info("once")
    handlers[0].flush()
    assert first.read_text(encoding="utf-8").count("once") == 1


def test_a_new_home_moves_the_file(
    _isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = logging_setup.configure()
    monkeypatch.setenv("QA_DESK_HOME", str(tmp_path / "other"))
    new = logging_setup.configure()
    assert new != old and new.is_relative_to(tmp_path / "other")
    assert len(_ours("file")) == 1
    logging.getLogger("qa_desk.test").warning("after the move")
    _ours("file")[0].flush()
    assert "after the move" in new.read_text(encoding="utf-8")
    assert not old.exists() or "after the move" not in old.read_text(encoding="utf-8")


def test_console_echo_goes_to_stderr_and_can_be_turned_off(
    _isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logging_setup.configure(console=True)
    logging_setup.configure(console=True)
    assert len(_ours("console")) == 1
    logging.getLogger("qa_desk.test").warning("visible on the terminal")
    assert "visible on the terminal" in capsys.readouterr().err
    logging_setup.configure(console=False)
    assert _ours("console") == []
    logging.getLogger("qa_desk.test").warning("file only")
    assert "file only" not in capsys.readouterr().err


def test_reset_removes_the_handlers_and_restores_the_level(_isolated_home: Path) -> None:
    root = logging.getLogger()
    before = root.level
    logging_setup.configure(logging.DEBUG, console=True)
    assert root.level == logging.DEBUG
    logging_setup.reset()
    assert _ours("file") == [] and _ours("console") == []
    assert root.level == before
