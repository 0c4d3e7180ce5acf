"""Encoding, delimiter and header detection of text exports, and what is not a table."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import openpyxl
import pytest

from qa_desk.domain.errors import ImportFileError
from qa_desk.io.mapping import recognised_count
from qa_desk.io.tabular import open_table
from qa_desk.io.text_detect import (
    GB18030,
    UTF8,
    UTF8_BOM,
    UTF16_BE,
    UTF16_BE_BOM,
    UTF16_LE,
    UTF16_LE_BOM,
    decode_sample,
    detect_delimiter,
    detect_encoding,
    looks_binary,
    sample_records,
)

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"
HEADER = ["会话ID", "消息时间", "发送方", "消息内容"]
ROWS = [
    ["C1", "2026-11-01 09:15:02", "客户", "你好，在吗？"],
    ["C1", "2026-11-01 09:15:30", "客服", "您好；请问有什么可以帮您"],
]


def write_csv(
    path: Path,
    rows: list[list[str]],
    encoding: str = "utf-8",
    delimiter: str = ",",
    terminator: str = "\r\n",
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator=terminator).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# -------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", UTF8),
        ("utf-8-sig", UTF8_BOM),
        ("gbk", GB18030),
        ("gb18030", GB18030),
        ("utf-16", UTF16_LE_BOM),  # Python writes the native (little-endian) BOM
        ("utf-16-le", UTF16_LE),
        ("utf-16-be", UTF16_BE),
    ],
)
def test_detect_encoding(codec: str, expected: object) -> None:
    data = "会话ID,时间\r\nC1,2026-11-01 09:15\r\n".encode(codec)
    assert detect_encoding(data, complete=True, name="t.csv") == expected


def test_detect_utf16_be_with_bom() -> None:
    data = codecs.BOM_UTF16_BE + "a,b\n".encode("utf-16-be")
    assert detect_encoding(data, complete=True, name="t.csv") == UTF16_BE_BOM


def test_a_character_cut_by_the_sample_end_is_not_an_error() -> None:
    data = "客户".encode() * 10
    head = data[:-1]  # the last character is cut in the middle
    assert detect_encoding(head, complete=False, name="t.csv") == UTF8
    assert decode_sample(head, UTF8, complete=False, name="t.csv") == "客户" * 9 + "客"


def test_undecodable_and_binary_bytes_are_import_errors() -> None:
    with pytest.raises(ImportFileError, match=r"^t\.csv: .*binary"):
        detect_encoding(b"a,b\x00c\n" * 20, complete=True, name="t.csv")
    with pytest.raises(ImportFileError, match="encoding"):
        detect_encoding(b"\xff\xff\xfe\x80\x80", complete=True, name="t.csv")


def test_utf8_with_a_damaged_byte_is_not_read_as_gbk(tmp_path: Path) -> None:
    """One broken byte must not turn a UTF-8 file into GB18030 nonsense."""
    good = _csv_text([HEADER, *ROWS * 20], ",").encode("utf-8")
    damaged = good[:200] + b"\xff" + good[200:]
    assert detect_encoding(damaged, complete=True, name="t.csv") == UTF8
    path = tmp_path / "damaged.csv"
    path.write_bytes(damaged)
    with pytest.raises(
        ImportFileError, match=r"damaged\.csv: bytes that are not valid UTF-8 text on line \d"
    ):
        open_table(path)


def test_looks_binary() -> None:
    assert looks_binary("a\x00b")
    assert looks_binary("\x01\x02\x03\x04" + "x" * 20)
    assert not looks_binary("a,b\tc\r\nd,e\n" * 50)


# -------------------------------------------------------------------------- delimiters


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue()


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_detect_delimiter(delimiter: str) -> None:
    text = _csv_text([HEADER, *ROWS], delimiter)
    assert detect_delimiter(text, True, lambda cells: recognised_count(cells)) == delimiter
    assert detect_delimiter(text, True) == delimiter


def test_semicolon_file_with_decimal_commas() -> None:
    text = "id;amount;note\n1;3,5;a\n2;10,25;b\n3;7;c\n"
    assert detect_delimiter(text, True) == ";"


def test_one_column_is_no_delimiter() -> None:
    assert detect_delimiter("just some prose\nwithout any columns\n", True) is None


def test_sample_records_count_blank_and_multiline_records() -> None:
    text = 'a,b\n\n"x\ny",z\nlast,cut'
    records, whole = sample_records(text, ",", complete=False)
    assert records == [(1, ["a", "b"]), (2, []), (3, ["x\ny", "z"])]
    assert whole is False
    records, whole = sample_records(text, ",", complete=True)
    assert records[-1] == (4, ["last", "cut"])
    assert whole is True


# ------------------------------------------------------------------ files: the samples


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("chats_platform_a_gbk.csv", "GB18030/GBK", ","),
        ("call_transcripts.csv", "UTF-8 (BOM)", ","),
        ("chats_dirty_utf16.txt", "UTF-16 LE (BOM)", "\t"),
    ],
)
def test_sample_text_files(name: str, encoding: str, delimiter: str) -> None:
    table = open_table(SAMPLES / name)
    assert (table.encoding, table.delimiter, table.header_row) == (encoding, delimiter, 1)
    assert table.format == "csv"
    assert table.text_cells
    assert encoding in table.describe()


def test_sample_headers_are_clean() -> None:
    assert open_table(SAMPLES / "call_transcripts.csv").headers == [
        "通话ID",
        "开始(毫秒)",
        "结束(毫秒)",
        "说话人",
        "文本",
    ]
    assert open_table(SAMPLES / "chats_dirty_utf16.txt").headers == [
        "会话编号",
        "时间",
        "角色",
        "坐席",
        "内容",
    ]


# ---------------------------------------------------------------- files: generated


@pytest.mark.parametrize(
    ("codec", "label"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 (BOM)"),
        ("gbk", "GB18030/GBK"),
        ("utf-16", "UTF-16 LE (BOM)"),
    ],
)
@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_generated_files_read_back(tmp_path: Path, codec: str, label: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "x.csv", [HEADER, *ROWS], codec, delimiter)
    table = open_table(path, "chats")
    assert (table.encoding, table.delimiter) == (label, delimiter)
    assert table.headers == HEADER
    assert list(table.rows()) == [(2, ROWS[0]), (3, ROWS[1])]


def test_utf16_big_endian_with_bom(tmp_path: Path) -> None:
    text = _csv_text([HEADER, *ROWS], "\t")
    path = tmp_path / "be.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    table = open_table(path)
    assert table.encoding == "UTF-16 BE (BOM)"
    assert [cells for _, cells in table.rows()] == ROWS


def test_row_numbers_are_excel_rows(tmp_path: Path) -> None:
    """Title lines, blank lines and multi-line cells: row_no is the row Excel would show."""
    rows = [
        ["聊天记录导出"],
        ["导出时间 2026-11-09"],
        HEADER,
        ["C1", "2026-11-01 09:15:02", "客户", "第一行\n第二行"],
        [],
        ["C1", "2026-11-01 09:15:30", "客服", "好的"],
        ["", "", "", ""],
    ]
    path = write_csv(tmp_path / "titled.csv", rows, terminator="\n")
    table = open_table(path)
    assert table.header_row == 3
    assert table.headers == HEADER
    assert [n for n, _ in table.rows()] == [4, 6]
    assert table.preview(1) == [(4, ["C1", "2026-11-01 09:15:02", "客户", "第一行\n第二行"])]


def test_unknown_headers_fall_back_to_the_first_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plain.csv", [["甲", "乙", "丙"], ["1", "2", "3"]])
    table = open_table(path)
    assert table.headers == ["甲", "乙", "丙"]
    assert list(table.rows()) == [(2, ["1", "2", "3"])]


def test_trailing_unnamed_columns_are_dropped_from_headers(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "wide.csv", [[*HEADER, "", ""], [*ROWS[0], "", ""]])
    assert open_table(path).headers == HEADER


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\r\n\r\n  \r\n", "no rows"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes(range(256)) * 8, "binary"),
        ("这是一段说明文字，不是表格。\n第二段也只是文字。\n".encode(), "one column"),
        (",".join(HEADER).encode() + b"\r\n", "no data rows"),
        (b"x" * 70000, "no line breaks"),
    ],
)
def test_not_a_table(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as caught:
        open_table(path)
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("bad.csv")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot open"):
        open_table(tmp_path / "nope.csv")


def test_bad_bytes_later_in_the_file_stop_the_stream_with_a_row_number(tmp_path: Path) -> None:
    """Rows stream lazily: the good head comes out before the broken tail is reached."""
    good = _csv_text([HEADER] + [["C1", "2026-11-01 09:15:02", "客户", "x" * 100]] * 20000, ",")
    path = tmp_path / "tail.csv"
    path.write_bytes(good.encode("utf-8") + b"C2,\xff\xfe\xfa broken\r\n")
    table = open_table(path)
    seen = 0
    with pytest.raises(ImportFileError, match=r"not valid UTF-8 text near row 19\d\d\d") as caught:
        for _ in table.rows():
            seen += 1
    assert seen >= 19000
    assert "\n" not in str(caught.value)


def test_unclosed_quote_is_an_import_error(tmp_path: Path) -> None:
    text = ",".join(HEADER) + '\r\nC1,2026-11-01 09:15:02,客户,"open\r\n' + "y" * 200_000
    path = tmp_path / "quote.csv"
    path.write_text(text, encoding="utf-8")
    table = open_table(path)
    with pytest.raises(ImportFileError, match="unclosed quote"):
        list(table.rows())


def test_content_decides_not_the_extension(tmp_path: Path) -> None:
    """A workbook saved as .csv is read as a workbook; text saved as .xls as text."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(ROWS[0])
    book.save(tmp_path / "really_a_workbook.csv")
    table = open_table(tmp_path / "really_a_workbook.csv")
    assert table.sheet is not None
    assert [cells for _, cells in table.rows()] == [ROWS[0]]

    path = write_csv(tmp_path / "really_text.xls", [HEADER, *ROWS], "gbk", "\t")
    table = open_table(path)
    assert (table.format, table.encoding, table.delimiter) == ("csv", "GB18030/GBK", "\t")
