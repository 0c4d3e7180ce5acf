"""The import error report: rows read back with openpyxl, values always text, layout, safety."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import openpyxl
import pytest

from qa_desk.domain.errors import ImportFileError
from qa_desk.io.error_report import HEADERS, write_error_report
from qa_desk.io.readers import RowError

RISKY = [
    '=HYPERLINK("http://example.invalid","点我查询")',
    "+8613800138000",
    "-1",
    "@SUM(A1:A2)",
    "\tTAB",
    "\rCR",
]


def read_back(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def test_rows_layout_and_text_cells(tmp_path: Path) -> None:
    errors = [
        RowError(row_no=5 + i, column="时间", value=value, reason="not a time", code="bad_time")
        for i, value in enumerate(RISKY)
    ]
    errors.append(RowError(40, "会话编号", "", "conversation id is empty", "missing_id"))
    target = tmp_path / "out" / "report.xlsx"  # the folder is created
    assert write_error_report(target, [("chats.csv", errors)]) == target

    book = read_back(target)
    assert book.sheetnames == ["chats.csv"]
    sheet = book["chats.csv"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:D{len(errors) + 1}"
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert all(c.font.b for c in sheet[1])
    assert sheet.column_dimensions["C"].width >= 40
    rows = list(sheet.iter_rows(min_row=2))
    assert [r[0].value for r in rows] == [5, 6, 7, 8, 9, 10, 40]
    for row, value in zip(rows, RISKY, strict=False):
        cell = row[2]
        # Stored as text, exactly, never as a formula; Excel keeps it text when edited.
        assert (cell.value, cell.data_type) == (value, "s")
        assert cell.quotePrefix is True
        assert row[1].value == "时间" and row[3].value == "not a time"
    assert rows[-1][3].value == "conversation id is empty"
    # No temporary file is left beside the report.
    assert [p.name for p in target.parent.iterdir()] == ["report.xlsx"]


def test_a_sheet_per_file_with_safe_unique_names(tmp_path: Path) -> None:
    long_name = "通话记录导出" * 10 + ".xlsx"
    target = write_error_report(
        tmp_path / "r.xlsx",
        [
            ("calls[1]:*?.xlsx", [RowError(2, "通话ID", "", "call id is empty")]),
            (long_name, []),
            (long_name, [RowError(3, "说话人", "x", "unknown role")]),
        ],
    )
    book = read_back(target)
    names = book.sheetnames
    assert names[0] == "calls_1____.xlsx"
    assert all(len(n) <= 31 for n in names) and len(set(names)) == 3
    assert names[2].endswith("(2)")
    assert book[names[1]].max_row == 1  # header only: this file had no bad rows
    assert [c.value for c in book[names[2]][2]] == [3, "说话人", "x", "unknown role"]


def test_control_characters_and_huge_values(tmp_path: Path) -> None:
    target = write_error_report(
        tmp_path / "r.xlsx",
        [
            (
                "f.csv",
                [
                    RowError(2, "内容", "a\x00b\x1bc", "bad"),
                    RowError(3, "内容", "y" * 40000, "long"),
                ],
            )
        ],
    )
    rows = list(read_back(target).active.iter_rows(min_row=2, values_only=True))
    assert rows[0][2] == "a\\x00b\\x1bc"
    assert len(rows[1][2]) == 32_767 and rows[1][2].endswith("…")


def test_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root writes anywhere: a path below a regular file can't be created by anyone.
        blocker = tmp_path / "file"
        blocker.write_text("x")
        target = blocker / "r.xlsx"
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        target = folder / "r.xlsx"
    with pytest.raises(ImportFileError) as caught:
        write_error_report(target, [("f.csv", [RowError(2, "a", "b", "c")])])
    assert "cannot write the error report" in str(caught.value)
    assert "\n" not in str(caught.value)
