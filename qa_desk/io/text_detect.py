"""Encoding and delimiter detection for delimited text exports (CSV/TXT).

Exports come as UTF-8 with or without BOM, GB18030/GBK (Excel on Chinese Windows), or UTF-16
with BOM (Excel "Unicode text", tab separated). The delimiter is one of comma, tab and
semicolon. Both are detected from the head of the file, never asked.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from qa_desk.domain.errors import ImportFileError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

__all__ = [
    "DELIMITERS",
    "SNIFF_BYTES",
    "Encoding",
    "decode_sample",
    "detect_delimiter",
    "detect_encoding",
    "looks_binary",
    "sample_records",
]

SNIFF_BYTES = 1 << 20  # the encoding is judged on the first MiB
DELIMITERS = (",", "\t", ";")
DELIMITER_NAMES = {",": "comma", "\t": "tab", ";": "semicolon"}
_SAMPLE_RECORDS = 30


@dataclass(frozen=True, slots=True)
class Encoding:
    """How to decode a file: ``codec`` for :func:`open`, ``label`` to show the user."""

    codec: str
    label: str


UTF8 = Encoding("utf-8", "UTF-8")
UTF8_BOM = Encoding("utf-8-sig", "UTF-8 (BOM)")
GB18030 = Encoding("gb18030", "GB18030/GBK")
UTF16_LE_BOM = Encoding("utf-16", "UTF-16 LE (BOM)")
UTF16_BE_BOM = Encoding("utf-16", "UTF-16 BE (BOM)")
UTF16_LE = Encoding("utf-16-le", "UTF-16 LE")
UTF16_BE = Encoding("utf-16-be", "UTF-16 BE")


def detect_encoding(head: bytes, complete: bool, *, name: str) -> Encoding:
    """The encoding of a file whose first bytes are ``head`` (``complete``: that is all of it).

    Raises ImportFileError, naming the file ``name``, when the bytes are no text in a
    supported encoding.
    """
    if head.startswith(codecs.BOM_UTF8):
        return UTF8_BOM
    if head.startswith(codecs.BOM_UTF16_LE):
        return UTF16_LE_BOM
    if head.startswith(codecs.BOM_UTF16_BE):
        return UTF16_BE_BOM
    bom_less = _bom_less_utf16(head)
    if bom_less is not None and _decodes(head, bom_less.codec, complete):
        return bom_less
    if b"\x00" in head:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: it is a binary file, not a text table"), file=name
        )
    if _decodes(head, "utf-8", complete) or _mostly_utf8(head):
        # A UTF-8 file with a few damaged bytes stays UTF-8 (and fails with the line number)
        # rather than being read as GB18030, which would decode it all into nonsense.
        return UTF8
    if _decodes(head, "gb18030", complete):
        return GB18030
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file}: it is not text in a supported encoding (UTF-8, GBK/GB18030, UTF-16)",
        ),
        file=name,
    )


def decode_sample(head: bytes, encoding: Encoding, complete: bool, *, name: str) -> str:
    """The head of the file as text (a character cut at the end of ``head`` is left out).

    Raises ImportFileError, naming the file ``name``, at bytes that are not valid text.
    """
    decoder = codecs.getincrementaldecoder(encoding.codec)(errors="strict")
    try:
        return decoder.decode(head, final=complete)
    except UnicodeDecodeError as exc:
        line = head[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file}: bytes that are not valid {encoding} text on line {line}"
            ),
            file=name,
            encoding=encoding.label,
            line=line,
        ) from exc


def looks_binary(text: str) -> bool:
    """Control characters that text tables never hold (NUL, or more than 1 % of others)."""
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n")
    return controls > max(2, len(text) // 100)


def sample_records(
    sample: str, delimiter: str, complete: bool
) -> tuple[list[tuple[int, list[str]]], bool]:
    """The first records of ``sample`` with their record numbers (blank records counted).

    Returns them and whether they are all the file has (``complete`` sample parsed to its
    end). A record cut by the end of an incomplete sample is left out; a CSV error (e.g. an
    unclosed quote running to the end of the sample) ends the list early.
    """
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, 1):
            records.append((number, cells))
            if number > _SAMPLE_RECORDS:
                return records[:_SAMPLE_RECORDS], False
    except csv.Error:
        return records, False
    if not complete and records:
        records.pop()
    return records, complete


def detect_delimiter(
    sample: str, complete: bool, recognise: Callable[[list[str]], int] | None = None
) -> str | None:
    """The delimiter that makes ``sample`` the best table, or None when none gives 2 columns.

    Scored by known headers (``recognise`` counts them in a row), then by how many rows have
    the usual width, then by that width.
    """
    best: tuple[int, float, int] | None = None
    choice: str | None = None
    for delimiter in DELIMITERS:
        records, _ = sample_records(sample, delimiter, complete)
        rows = [cells for _, cells in records if any(cells)]
        if not rows:
            continue
        widths = Counter(len(cells) for cells in rows)
        width, count = widths.most_common(1)[0]
        if max(widths) < 2:
            continue
        known = max((recognise(cells) for cells in rows[:20]), default=0) if recognise else 0
        score = (known, count / len(rows), width)
        if best is None or score > best:
            best, choice = score, delimiter
    return choice


def _decodes(head: bytes, codec: str, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    try:
        decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(head: bytes) -> bool:
    """Plenty of valid multi-byte UTF-8 and only a few broken sequences (GBK has no valid ones)."""
    text = head.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return good >= 20 and bad * 50 <= good


def _bom_less_utf16(head: bytes) -> Encoding | None:
    """UTF-16 without BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = head[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return UTF16_LE
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return UTF16_BE
    return None
