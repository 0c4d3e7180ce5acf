"""Open any supported export as a table: a header row and a stream of numbered data rows.

Supported: delimited text (CSV/TXT; encoding and delimiter detected, see ``text_detect``) and
workbooks (XLSX/XLSM/XLSB, XLS, ODS) through python-calamine. The format is judged by the
file's content, not its extension, because platforms often save text as ``.xls``.

Row numbers (``row_no``) are what an inspector sees when the file is opened in Excel: for
workbooks the sheet's row number; for text files the record number counting the header
record as 1 (and any lines above it). A quoted message spanning three lines is one record,
so it is one row, as in Excel.

Anything that stops the file being read as a table raises ``ImportFileError`` with one line,
both when opening and while streaming rows; no other exception escapes.
"""

from __future__ import annotations

import csv
import os
from abc import ABC, abstractmethod
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any

import python_calamine

from qa_desk.domain.errors import ImportFileError, ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.io import text_detect
from qa_desk.io.mapping import KINDS, recognised_count
from qa_desk.io.values import cell_text

__all__ = ["HEADER_SEARCH_ROWS", "Table", "open_table"]

HEADER_SEARCH_ROWS = 20  # a header row is looked for among the first 20 non-empty rows
_SHEET_PROBE_ROWS = 60
_MIN_KNOWN_HEADERS = 2
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_GIF = QT_TRANSLATE_NOOP("Errors", "{file}: the file is a GIF image, not a table")
_NOT_TABLES = (
    (
        b"\x89PNG\r\n\x1a\n",
        QT_TRANSLATE_NOOP("Errors", "{file}: the file is a PNG image, not a table"),
    ),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Errors", "{file}: the file is a JPEG image, not a table")),
    (b"GIF87a", _GIF),
    (b"GIF89a", _GIF),
    (b"%PDF-", QT_TRANSLATE_NOOP("Errors", "{file}: the file is a PDF document, not a table")),
    (
        b"Rar!\x1a\x07",
        QT_TRANSLATE_NOOP("Errors", "{file}: the file is a RAR archive, not a table"),
    ),
    (
        b"7z\xbc\xaf\x27\x1c",
        QT_TRANSLATE_NOOP("Errors", "{file}: the file is a 7-Zip archive, not a table"),
    ),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Errors", "{file}: the file is a gzip archive, not a table")),
)
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
_WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}


class Table(ABC):
    """An opened export: ``headers`` (stripped text) and :meth:`rows` after the header row.

    ``header_row`` is the header's row number; ``format`` is ``csv`` for delimited text or the
    workbook type (``xlsx``, ``xlsm``, ``xlsb``, ``xls``, ``ods``).
    """

    format: str = ""
    encoding: str | None = None  # text files: the detected encoding's label
    delimiter: str | None = None  # text files: "," "\t" or ";"
    sheet: str | None = None  # workbooks: the sheet read
    text_cells: bool = False  # True when every cell is a str (text files), a reader fast path

    def __init__(self, path: Path, headers: list[str], header_row: int) -> None:
        self.path = path
        self.headers = headers
        self.header_row = header_row

    @abstractmethod
    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """``(row_no, cells)`` for every non-blank row after the header, in file order.

        Text files give ``str`` cells; workbooks give ``str``, ``float``, ``int``, ``bool`` or
        ``datetime`` (empty cells are ``""``). A row may be shorter or longer than the header.
        Each call starts again from the top.
        """

    def preview(self, limit: int = 20) -> list[tuple[int, list[str]]]:
        """The first ``limit`` data rows as displayed text (for the import wizard)."""
        return [(n, [cell_text(c) for c in cells]) for n, cells in islice(self.rows(), limit)]

    def describe(self) -> str:
        """One line for the user, e.g. ``CSV text, GB18030/GBK, comma separated``."""
        if self.sheet is not None:
            return f"{self.format.upper()} workbook, sheet {self.sheet}"
        name = text_detect.DELIMITER_NAMES.get(self.delimiter or "", "?")
        return f"CSV text, {self.encoding}, {name} separated"

    @abstractmethod
    def close(self) -> None:
        """Release what the table holds open."""

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_table(path: str | os.PathLike[str], kind: str | None = None) -> Table:
    """Open a CSV/TXT or workbook export for reading.

    ``kind`` (``chats``, ``calls``, ``transcripts``) helps find the header row and sheet by
    that kind's header synonyms; without it the synonyms of every kind count.
    Raises ImportFileError when the file can't be read as a table.
    """
    if kind is not None and kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "unknown record kind {kind!r}"), field="kind", kind=kind
        )
    file = Path(path)
    try:
        with open(file, "rb") as stream:
            head = stream.read(text_detect.SNIFF_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: cannot open the file ({detail})"),
            file=file.name,
            detail=str(exc.strerror or exc),
        ) from exc
    if not head:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: the file is empty"), file=file.name
        )
    if head.startswith(_ZIP) or head.startswith(_OLE):
        return _SheetTable.open(file, head, kind)
    for magic, template in _NOT_TABLES:
        if head.startswith(magic):
            raise ImportFileError(template, file=file.name)
    return _TextTable.open(file, head, kind)


def _is_blank(cells: list[Any]) -> bool:
    # Text rows are all str, so any() decides; workbook cells may be 0 or False, which are data.
    return not any(cells) and all(c == "" or c is None for c in cells)


def _pick_header(
    rows: list[tuple[int, list[Any]]], kind: str | None
) -> tuple[int, list[str]] | None:
    """The header among sampled rows: the first with known headers, else the first non-empty."""
    candidates = [(n, cells) for n, cells in rows if not _is_blank(cells)][:HEADER_SEARCH_ROWS]
    for number, cells in candidates:
        texts = [cell_text(c).strip() for c in cells]
        if recognised_count(texts, kind) >= _MIN_KNOWN_HEADERS:
            return number, _trim(texts)
    if candidates:
        number, cells = candidates[0]
        return number, _trim([cell_text(c).strip() for c in cells])
    return None


def _has_data(rows: list[tuple[int, list[Any]]], header_row: int) -> bool:
    return any(n > header_row and not _is_blank(cells) for n, cells in rows)


def _trim(headers: list[str]) -> list[str]:
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _check_header(name: str, headers: list[str]) -> None:
    if sum(1 for h in headers if h) < 2:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: not a table — the header row has one column; expected a header row and "
                "columns separated by comma, tab or semicolon, or an Excel sheet",
            ),
            file=name,
        )


def _no_rows(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{file}: the file has no rows"), file=path.name
    )


# ------------------------------------------------------------------------------ text files


class _TextTable(Table):
    format = "csv"
    text_cells = True

    def __init__(
        self,
        path: Path,
        headers: list[str],
        header_row: int,
        encoding: text_detect.Encoding,
        delimiter: str,
    ) -> None:
        super().__init__(path, headers, header_row)
        self._encoding = encoding
        self.encoding = encoding.label
        self.delimiter = delimiter

    @classmethod
    def open(cls, path: Path, head: bytes, kind: str | None) -> _TextTable:
        complete = len(head) <= text_detect.SNIFF_BYTES
        head = head[: text_detect.SNIFF_BYTES]
        encoding = text_detect.detect_encoding(head, complete, name=path.name)
        sample = text_detect.decode_sample(head, encoding, complete, name=path.name)
        probe = sample[:65536]
        if text_detect.looks_binary(probe):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: it is a binary file, not a text table"),
                file=path.name,
            )
        if not sample.strip():
            raise _no_rows(path)
        if "\n" not in probe and "\r" not in probe and not (complete and len(sample) <= 65536):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}: no line breaks in the first 64 KB — not a table"
                ),
                file=path.name,
            )

        def recognise(cells: list[str]) -> int:
            return recognised_count([c.strip() for c in cells], kind)

        delimiter = text_detect.detect_delimiter(sample, complete, recognise)
        if delimiter is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file}: not a table — found one column; expected columns separated by "
                    "comma, tab or semicolon",
                ),
                file=path.name,
            )
        records, whole = text_detect.sample_records(sample, delimiter, complete)
        picked = _pick_header(records, kind)
        if picked is None:
            raise _no_rows(path)
        header_row, headers = picked
        _check_header(path.name, headers)
        # Only a sample that is the whole file can prove there are no data rows.
        if whole and not _has_data(records, header_row):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: the file has a header row but no data rows"),
                file=path.name,
            )
        return cls(path, headers, header_row, encoding, delimiter)

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        row_no = self.header_row
        try:
            with open(self.path, encoding=self._encoding.codec, newline="") as stream:
                reader = csv.reader(stream, delimiter=self.delimiter or ",")
                numbered = enumerate(reader, 1)
                for row_no, cells in islice(numbered, self.header_row, None):
                    if any(cells):
                        yield row_no, cells
        except UnicodeDecodeError as exc:
            # Text is decoded in blocks, so the bad bytes are near, not exactly at, this row.
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}: bytes that are not valid {encoding} text near row {row}"
                ),
                file=self.path.name,
                encoding=self.encoding,
                row=row_no + 1,
            ) from exc
        except csv.Error as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, row {row}: broken CSV ({detail}) — an unclosed quote?"
                ),
                file=self.path.name,
                row=row_no + 1,
                detail=str(exc),
            ) from exc
        except OSError as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: cannot read the file ({detail})"),
                file=self.path.name,
                detail=str(exc.strerror or exc),
            ) from exc

    def close(self) -> None:
        """Nothing to release: every call to rows() opens and closes the file itself."""


# ------------------------------------------------------------------------------- workbooks


class _SheetTable(Table):
    def __init__(
        self,
        path: Path,
        headers: list[str],
        header_row: int,
        workbook: python_calamine.CalamineWorkbook,
        sheet: python_calamine.CalamineSheet,
        fmt: str,
    ) -> None:
        super().__init__(path, headers, header_row)
        self._workbook: python_calamine.CalamineWorkbook | None = workbook
        self._sheet = sheet
        self.sheet = sheet.name
        self.format = fmt

    @classmethod
    def open(cls, path: Path, head: bytes, kind: str | None) -> _SheetTable:
        is_ole = head.startswith(_OLE)
        workbook = _open_workbook(path, head, is_ole)
        fmt = _format(path, is_ole)
        # Preference: a sheet with known headers and data; then any table with data; a sheet
        # with known headers but no rows only explains why nothing could be read.
        fallback: tuple[python_calamine.CalamineSheet, int, list[str]] | None = None
        headers_only: str | None = None
        try:
            for meta in workbook.sheets_metadata:
                if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                    continue
                sheet = workbook.get_sheet_by_name(meta.name)
                rows = list(enumerate(islice(sheet.iter_rows(), _SHEET_PROBE_ROWS), 1))
                picked = _pick_header(rows, kind)
                if picked is None:
                    continue
                number, headers = picked
                known = recognised_count(headers, kind) >= _MIN_KNOWN_HEADERS
                has_data = len(rows) >= _SHEET_PROBE_ROWS or _has_data(rows, number)
                if known and has_data:
                    return cls(path, headers, number, workbook, sheet, fmt)
                if known and headers_only is None:
                    headers_only = meta.name
                if has_data and fallback is None and sum(1 for h in headers if h) >= 2:
                    fallback = (sheet, number, headers)
        except BaseException as exc:  # calamine raises its own errors and, rarely, Rust panics
            if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError):
                raise
            workbook.close()
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: the workbook is damaged ({detail})"),
                file=path.name,
                detail=_why(exc),
            ) from exc
        if fallback is None:
            workbook.close()
            if headers_only is not None:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{file}: sheet {sheet} has a header row but no data rows"
                    ),
                    file=path.name,
                    sheet=headers_only,
                )
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file}: no sheet holds a table (a header row + rows)"),
                file=path.name,
            )
        sheet, number, headers = fallback
        return cls(path, headers, number, workbook, sheet, fmt)

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        row_no = self.header_row
        try:
            numbered = enumerate(self._sheet.iter_rows(), 1)
            for row_no, cells in islice(numbered, self.header_row, None):
                if not _is_blank(cells):
                    yield row_no, cells
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError):
                raise
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file}, row {row}: the sheet can't be read ({detail})"
                ),
                file=self.path.name,
                row=row_no + 1,
                detail=_why(exc),
            ) from exc

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None


def _open_workbook(path: Path, head: bytes, is_ole: bool) -> python_calamine.CalamineWorkbook:
    suffix = path.suffix.lower()
    # calamine picks the reader by extension; a wrong one (or none) goes by content instead.
    matches = suffix == ".xls" if is_ole else suffix in _WORKBOOK_SUFFIXES - {".xls"}
    try:
        if matches:
            return python_calamine.CalamineWorkbook.from_path(str(path))
        with open(path, "rb") as stream:
            return python_calamine.CalamineWorkbook.from_filelike(stream)
    except python_calamine.PasswordError as exc:
        raise _password_protected(path) from exc
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError):
            raise
        if is_ole and _looks_encrypted(path, head):
            raise _password_protected(path) from exc
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: not a readable Excel/ODS workbook — damaged, or another kind of file "
                "({detail})",
            ),
            file=path.name,
            detail=_why(exc),
        ) from exc


def _password_protected(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: the workbook is password-protected; save it without a password first",
        ),
        file=path.name,
    )


def _looks_encrypted(path: Path, head: bytes) -> bool:
    """Office encryption wraps an xlsx in an OLE file with an ``EncryptedPackage`` stream."""
    if _ENCRYPTED_MARK in head:
        return True
    try:
        with open(path, "rb") as stream:
            stream.seek(0, os.SEEK_END)
            size = stream.tell()
            stream.seek(max(0, size - (1 << 20)))
            return _ENCRYPTED_MARK in stream.read()
    except OSError:
        return False


def _format(path: Path, is_ole: bool) -> str:
    if is_ole:
        return "xls"
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in {"xlsx", "xlsm", "xlsb", "ods"} else "xlsx"


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
