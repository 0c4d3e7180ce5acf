"""The error report of an import: every row that was not imported, as an Excel workbook.

One sheet per imported file (a call import may read a call file and a transcript file), with
the columns Row, Column, Value, Reason — the row number as Excel shows it, the file's header
of the offending column, the cell's text and why it was refused. The header row is frozen and
filtered so an inspector can sort and filter at once.

The values come from untrusted files. Every text cell is written as text: a value such as
``=HYPERLINK(...)`` or ``+86…`` must stay what the export said, never become a formula, so
text cells are typed as strings and, when they start with a character a spreadsheet would
read as a formula (= + - @ tab CR), carry Excel's "quote prefix" so editing keeps them text.
Characters XML cannot hold are shown as ``\\xNN``. Written with openpyxl's write-only mode
(flat memory), to a temporary file first and then renamed, so a report is never half-written.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from qa_desk.domain.errors import ImportFileError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.io.readers import RowError

__all__ = ["HEADERS", "write_error_report"]

HEADERS = ("Row", "Column", "Value", "Reason")
_WIDTHS = {"A": 8, "B": 20, "C": 50, "D": 70}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MAX_CELL = 32_767  # Excel's limit on the characters of a cell
_SHEET_NAME_MAX = 31
# Characters an XML 1.0 document can't hold (openpyxl refuses them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def write_error_report(
    path: str | os.PathLike[str], sections: Sequence[tuple[str, Iterable[RowError]]]
) -> Path:
    """Write the rows of each ``(file name, errors)`` section to its own sheet at ``path``.

    Returns the path written. Raises ImportFileError (one line) when it can't be written.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=".xlsx", dir=target.parent
        )
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        book = Workbook(write_only=True)
        used: set[str] = set()
        for title, errors in sections or [("errors", [])]:
            sheet = book.create_sheet(_sheet_name(title, used))
            _fill(sheet, errors)
        book.save(temp)
        os.replace(temp, target)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    finally:
        if temp.exists():
            temp.unlink()
    return target


def _unwritable(target: Path, exc: OSError) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "cannot write the error report {path}: {reason}"),
        path=str(target),
        reason=exc.strerror or str(exc),
    )


def _fill(sheet: Worksheet, errors: Iterable[RowError]) -> None:
    # Write-only sheets take their layout before the first row.
    sheet.freeze_panes = "A2"
    for letter, width in _WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    bold = Font(bold=True)
    header = []
    for title in HEADERS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for error in errors:
        sheet.append(
            [
                error.row_no,
                _text_cell(sheet, error.column),
                _text_cell(sheet, error.value),
                _text_cell(sheet, error.reason),
            ]
        )
        count += 1
    sheet.auto_filter.ref = f"A1:D{count + 1}"


def _text_cell(sheet: Worksheet, value: Any) -> WriteOnlyCell:
    text = "" if value is None else str(value)
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    if len(text) > _MAX_CELL:
        text = text[: _MAX_CELL - 1] + "…"
    cell = WriteOnlyCell(sheet, value=text)
    # openpyxl types "=..." as a formula on assignment; an imported value is always text.
    cell.data_type = "s"
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def _sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name from a file name (31 characters, no []:*?/\\)."""
    base = _SHEET_FORBIDDEN.sub("_", _ILLEGAL.sub("", title)).strip("' ") or "errors"
    name = base[:_SHEET_NAME_MAX]
    number = 2
    while name.casefold() in used:
        suffix = f" ({number})"
        name = base[: _SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    used.add(name.casefold())
    return name
