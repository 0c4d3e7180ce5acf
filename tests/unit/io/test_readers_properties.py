"""Property tests: any input gives rows, row errors or ImportFileError; CSV shapes round-trip."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from qa_desk.domain.errors import ImportFileError
from qa_desk.io.mapping import FIELDS, detect_mapping, normalise_header
from qa_desk.io.readers import (
    CallRow,
    ChatRow,
    RowError,
    TranscriptRow,
    read_calls,
    read_chats,
    read_transcripts,
)
from qa_desk.io.tabular import open_table

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"
READERS = {"chats": read_chats, "calls": read_calls, "transcripts": read_transcripts}
ROW_TYPES = (ChatRow, CallRow, TranscriptRow, RowError)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def read_everything(path: Path) -> int:
    """Open and read the file as every kind; returns rows seen. Only ImportFileError may escape."""
    seen = 0
    for kind, reader in READERS.items():
        try:
            with open_table(path, kind) as table:
                table.describe()
                table.preview(3)
                for row in reader(table, detect_mapping(table.headers, kind)):  # type: ignore[operator]
                    assert isinstance(row, ROW_TYPES)
                    seen += 1
        except ImportFileError as exc:
            text = str(exc)
            assert text and "\n" not in text
    return seen


def _in_temp_file(suffix: str, data: bytes) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return read_everything(path)


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".xls"]))
def test_random_bytes_never_raise_anything_else(data: bytes, suffix: str) -> None:
    _in_temp_file(suffix, data)


_TEXTISH = st.text(
    alphabet=st.sampled_from([*'会话ID时间角色客户客服,;\t\r\n"=\x01 abc123:-/', "\x00", "\x1a"]),
    max_size=400,
)


@SETTINGS
@given(
    text=_TEXTISH,
    codec=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le"]),
)
def test_random_text_never_raises_anything_else(text: str, codec: str) -> None:
    _in_temp_file(".csv", text.encode(codec))


_CALLS = (SAMPLES / "calls.xlsx").read_bytes()


@SETTINGS
@given(
    flips=st.lists(
        st.tuples(st.integers(0, len(_CALLS) - 1), st.integers(0, 255)), min_size=1, max_size=8
    ),
    cut=st.one_of(st.none(), st.integers(0, len(_CALLS))),
)
def test_damaged_workbooks_never_raise_anything_else(
    flips: list[tuple[int, int]], cut: int | None
) -> None:
    data = bytearray(_CALLS)
    for position, value in flips:
        data[position] = value
    _in_temp_file(".xlsx", bytes(data[:cut] if cut is not None else data))


# --------------------------------------------------------------------- CSV round trip

_SYNONYMS = sorted({word for specs in FIELDS.values() for spec in specs for word in spec.synonyms})
_KNOWN = {normalise_header(word) for word in _SYNONYMS}
# Junk headers: no delimiter, quote or surrounding space, and no synonym by accident.
_JUNK = st.text(
    alphabet=st.characters(categories=["L", "N"], exclude_characters="\ufeff"),
    min_size=1,
    max_size=8,
).filter(lambda word: normalise_header(word) not in _KNOWN)
_CELL = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(",;\t\"\r\n '=+-@")),
        st.characters(categories=["L", "M", "N", "P", "S", "Zs"], exclude_characters="\ufeff"),
    ),
    max_size=30,
)


@st.composite
def csv_shapes(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    known = draw(
        st.lists(st.sampled_from(_SYNONYMS), min_size=2, max_size=6, unique_by=normalise_header)
    )
    junk = draw(st.lists(_JUNK, max_size=4))
    headers = draw(st.permutations(known + junk))
    width = len(headers)
    rows = draw(
        st.lists(
            st.lists(_CELL, min_size=1, max_size=width + 1).filter(lambda cells: any(cells)),
            min_size=1,
            max_size=12,
        )
    )
    return headers, rows


@SETTINGS
@given(
    shape=csv_shapes(),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
    delimiter=st.sampled_from([",", "\t", ";"]),
    terminator=st.sampled_from(["\r\n", "\n"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
)
def test_csv_shapes_round_trip(
    shape: tuple[list[str], list[list[str]]],
    codec: str,
    delimiter: str,
    terminator: str,
    quoting: int,
) -> None:
    headers, rows = shape
    # A header cell that is a synonym *and* holds a delimiter can't be written unquoted;
    # the synonyms hold none, so the header row is the same in every dialect.
    assume(all(delimiter not in h for h in headers))
    if terminator == "\n" and any("\r" in cell for row in rows for cell in row):
        # csv.writer quotes only the characters of its own line terminator, so a bare CR
        # would be written unquoted: a line break to every reader (Excel included).
        quoting = csv.QUOTE_ALL
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=terminator, quoting=quoting)
    writer.writerow(headers)
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shape.csv"
        path.write_bytes(buffer.getvalue().encode(codec))
        table = open_table(path)
        assert table.delimiter == delimiter
        assert table.header_row == 1
        assert table.headers == headers
        read = list(table.rows())
    assert [cells for _, cells in read] == rows
    assert [number for number, _ in read] == list(range(2, len(rows) + 2))


@SETTINGS
@given(
    texts=st.lists(_CELL.filter(lambda t: t.strip() != ""), min_size=1, max_size=8),
    codec=st.sampled_from(["utf-8", "gb18030", "utf-16"]),
    delimiter=st.sampled_from([",", "\t", ";"]),
)
def test_message_text_is_kept_verbatim(texts: list[str], codec: str, delimiter: str) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["会话ID", "消息时间", "发送方", "消息内容"])
    for number, text in enumerate(texts):
        writer.writerow([f"C{number}", "2026-11-01 09:15:02", "客户", text])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "texts.csv"
        path.write_bytes(buffer.getvalue().encode(codec))
        table = open_table(path, "chats")
        rows = list(read_chats(table, detect_mapping(table.headers, "chats")))
    assert [row.text for row in rows if isinstance(row, ChatRow)] == texts


# ------------------------------------------------------ hostile values under known headers

_NASTY = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "9999-12-31 23:59:59",
            "0001-01-01 00:00:00",
            "2026-11-01 09:15:02",
            "2026/11/1 9:15",
            "2026-11-05T10:31:00+08:00",
            "2026-11-05T10:31:00+23:59",
            "45967.4375",
            "2958465.99999",
            "1e308",
            "-1e308",
            "nan",
            "inf",
            "-0",
            "99999999999999999999999",
            "1793416502000",
            "12:34",
            "99:99:99",
            "1分30秒",
            "客户",
            "坐席",
            "第三方",
            "呼入",
            "非常满意",
            "满意度",
            "6",
            '=HYPERLINK("x")',
            "𠀀🙂",
            "x" * 300,
        ]
    ),
    st.text(max_size=12),
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


@SETTINGS
@example(kind="calls", rows=[["X", "", "", "", "9999-12-31 23:59:59", "", "45967"] + [""] * 7])
@example(kind="calls", rows=[["X", "", "", "", "0001-01-01 08:00:00", "", "1"] + [""] * 7])
@given(
    kind=st.sampled_from(list(READERS)),
    rows=st.lists(st.lists(_NASTY, min_size=14, max_size=14), min_size=1, max_size=8),
)
def test_hostile_values_give_rows_or_row_errors(kind: str, rows: list[list[str]]) -> None:
    headers = [spec.synonyms[0] for spec in FIELDS[kind]]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(headers)
    writer.writerows([row[: len(headers)] for row in rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.csv"
        path.write_bytes(buffer.getvalue().encode("utf-8"))
        try:
            table = open_table(path, kind)
        except ImportFileError:
            return  # e.g. every data row blank
        reader = READERS[kind]
        out = list(reader(table, detect_mapping(table.headers, kind)))  # type: ignore[operator]
    assert all(isinstance(row, ROW_TYPES) for row in out)
    assert [row.row_no for row in out] == sorted(row.row_no for row in out)
