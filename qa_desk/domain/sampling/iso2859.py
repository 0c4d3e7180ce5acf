"""ISO 2859-1 single sampling plans for normal inspection (Table I and Table II-A).

Both tables are transcribed below as data, cell by cell, in the layout of the standard.

* Table I maps a lot size and an inspection level (special levels S-1…S-4, general
  levels I, II, III) to a sample size code letter.
* Table II-A maps a code letter to a sample size, and a (code letter, AQL) cell to an
  acceptance number Ac and a rejection number Re (always Ac + 1 in single sampling).

Arrows. Where Table II-A shows an arrow instead of Ac/Re, the standard says "use the first
sampling plan below (↓) / above (↑) the arrow", and the sample size to use is the one of the
row the arrow leads to, not the one of the original code letter. :func:`iso2859_plan` walks
down (↓) or up (↑) the same AQL column, row by row, until it reaches a cell with Ac/Re, and
returns THAT row's sample size with its Ac/Re. A chain of arrows is followed through (for
example code letter D at AQL 0.65: D ↓, E ↓, F → n = 20, Ac 0, Re 1).

Two cells at the table's edges cannot be read literally:
* code letter A at AQL 10 sits where the diagonal pattern would put an up arrow, but there is
  no row above A; it is read, as is usual for this cell, as the first plan below: code
  letter C, n = 5, Ac 1, Re 2. The cell is stored as ↓.
* code letter R at AQL 0.015 has no row below; it is read upwards (via Q ↑) to code letter
  P, n = 800, Ac 0, Re 1. The cell is stored as ↑.

100 % inspection. When the sample size the table gives is at least the lot size, the whole
lot is inspected: the plan's ``sample_size`` is the lot size and ``full_inspection`` is set
(Ac/Re are kept as the table gives them).

Lot sizes start at 2 in Table I; a lot of 1 is read in the first row (2 to 8), and is then
inspected in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP

LEVELS: tuple[str, ...] = ("S-1", "S-2", "S-3", "S-4", "I", "II", "III")

# Table I — sample size code letters. Upper bound of the lot-size range (None = and over),
# then the letters for S-1 S-2 S-3 S-4 I II III, as printed.
_TABLE_I: tuple[tuple[int | None, str], ...] = (
    (8, "A A A A A A B"),
    (15, "A A A A A B C"),
    (25, "A A B B B C D"),
    (50, "A B B C C D E"),
    (90, "B B C C C E F"),
    (150, "B B C D D F G"),
    (280, "B C D E E G H"),
    (500, "B C D E F H J"),
    (1_200, "C C E F G J K"),
    (3_200, "C D E G H K L"),
    (10_000, "C D F G J L M"),
    (35_000, "C D F H K M N"),
    (150_000, "D E G J L N P"),
    (500_000, "D E G J M P Q"),
    (None, "D E H K N Q R"),
)

# Table II-A — the 26 AQL columns (percent nonconforming up to 10, nonconformities per 100
# units above), as printed.
AQLS: tuple[str, ...] = (
    "0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15", "0.25", "0.40", "0.65",
    "1.0", "1.5", "2.5", "4.0", "6.5", "10", "15", "25", "40", "65",
    "100", "150", "250", "400", "650", "1000",
)  # fmt: skip

# Table II-A — sample size of each code letter.
_SAMPLE_SIZES: dict[str, int] = {
    "A": 2,
    "B": 3,
    "C": 5,
    "D": 8,
    "E": 13,
    "F": 20,
    "G": 32,
    "H": 50,
    "J": 80,
    "K": 125,
    "L": 200,
    "M": 315,
    "N": 500,
    "P": 800,
    "Q": 1250,
    "R": 2000,
}

# Table II-A — the cells, one string per code letter, printed in two halves of 13 AQL
# columns each. "Ac/Re" is a plan, "v" the arrow ↓ (first plan below), "^" the arrow ↑
# (first plan above).
_CELLS_LOW: dict[str, str] = {  # AQL 0.010 … 2.5
    #     0.010 0.015 0.025 0.040 0.065 0.10  0.15  0.25  0.40  0.65  1.0   1.5   2.5
    "A": "v     v     v     v     v     v     v     v     v     v     v     v     v",
    "B": "v     v     v     v     v     v     v     v     v     v     v     v     v",
    "C": "v     v     v     v     v     v     v     v     v     v     v     v     0/1",
    "D": "v     v     v     v     v     v     v     v     v     v     v     0/1   ^",
    "E": "v     v     v     v     v     v     v     v     v     v     0/1   ^     v",
    "F": "v     v     v     v     v     v     v     v     v     0/1   ^     v     1/2",
    "G": "v     v     v     v     v     v     v     v     0/1   ^     v     1/2   2/3",
    "H": "v     v     v     v     v     v     v     0/1   ^     v     1/2   2/3   3/4",
    "J": "v     v     v     v     v     v     0/1   ^     v     1/2   2/3   3/4   5/6",
    "K": "v     v     v     v     v     0/1   ^     v     1/2   2/3   3/4   5/6   7/8",
    "L": "v     v     v     v     0/1   ^     v     1/2   2/3   3/4   5/6   7/8   10/11",
    "M": "v     v     v     0/1   ^     v     1/2   2/3   3/4   5/6   7/8   10/11 14/15",
    "N": "v     v     0/1   ^     v     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22",
    "P": "v     0/1   ^     v     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ^",
    "Q": "0/1   ^     v     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ^     ^",
    "R": "^     ^     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ^     ^     ^",
}  # fmt: skip

_CELLS_HIGH: dict[str, str] = {  # AQL 4.0 … 1000
    #     4.0   6.5   10    15    25    40    65    100   150   250   400   650   1000
    "A": "v     0/1   v     v     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31",
    "B": "0/1   ^     v     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45",
    "C": "^     v     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45 ^",
    "D": "v     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45 ^     ^",
    "E": "1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 30/31 44/45 ^     ^     ^",
    "F": "2/3   3/4   5/6   7/8   10/11 14/15 21/22 ^     ^     ^     ^     ^     ^",
    "G": "3/4   5/6   7/8   10/11 14/15 21/22 ^     ^     ^     ^     ^     ^     ^",
    "H": "5/6   7/8   10/11 14/15 21/22 ^     ^     ^     ^     ^     ^     ^     ^",
    "J": "7/8   10/11 14/15 21/22 ^     ^     ^     ^     ^     ^     ^     ^     ^",
    "K": "10/11 14/15 21/22 ^     ^     ^     ^     ^     ^     ^     ^     ^     ^",
    "L": "14/15 21/22 ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^",
    "M": "21/22 ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^",
    "N": "^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^",
    "P": "^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^",
    "Q": "^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^",
    "R": "^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^     ^",
}  # fmt: skip

# Code letter → (sample size, the 26 cells in AQL order).
_TABLE_II_A: dict[str, tuple[int, list[str]]] = {
    letter: (_SAMPLE_SIZES[letter], _CELLS_LOW[letter].split() + _CELLS_HIGH[letter].split())
    for letter in _SAMPLE_SIZES
}

CODE_LETTERS: tuple[str, ...] = tuple(_TABLE_II_A)
DOWN = "v"
UP = "^"


@dataclass(frozen=True)
class Iso2859Plan:
    """One single sampling plan, normal inspection.

    ``code_letter`` is the letter Table I gives for the lot size and level; ``plan_letter``
    is the row whose plan is used after following any arrow (equal to ``code_letter`` when
    the cell holds a plan). ``sample_size`` is that row's sample size, or the lot size when
    the lot is inspected in full (``full_inspection``); ``table_sample_size`` is the row's
    sample size as printed. Accept the lot with at most ``accept`` nonconforming items (or
    nonconformities), reject it with ``reject`` or more.
    """

    code_letter: str
    sample_size: int
    accept: int
    reject: int
    plan_letter: str = ""
    table_sample_size: int = 0
    full_inspection: bool = False
    aql: str = ""
    level: str = "II"


def _normalise_level(level: str) -> str:
    text = str(level).strip().upper() if level is not None else ""
    if text not in LEVELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown inspection level {level}."),
            "level",
            level=str(level),
        )
    return text


def _check_lot(lot_size: int) -> int:
    if isinstance(lot_size, bool) or not isinstance(lot_size, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The lot size must be a whole number, not {value}."),
            "lot_size",
            value=str(lot_size),
        )
    if lot_size <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The lot size must be at least 1, not {value}."),
            "lot_size",
            value=lot_size,
        )
    return lot_size


def aql_column(aql: object) -> int:
    """The Table II-A column of ``aql`` (a number or its text, e.g. 0.65, "0.65", 1, "1.0")."""
    if not isinstance(aql, bool) and isinstance(aql, int | float | str | Decimal):
        try:
            wanted = Decimal(str(aql).strip())
        except InvalidOperation:
            wanted = None
        if wanted is not None and wanted.is_finite():
            for index, column in enumerate(AQLS):
                if Decimal(column) == wanted:
                    return index
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{aql} is not one of the AQL values of ISO 2859-1."),
        "aql",
        aql=str(aql),
    )


def code_letter(lot_size: int, level: str = "II") -> str:
    """Table I: the sample size code letter for a lot of ``lot_size`` at ``level``."""
    lot = _check_lot(lot_size)
    column = LEVELS.index(_normalise_level(level))
    for upper, letters in _TABLE_I:
        if upper is None or lot <= upper:
            return letters.split()[column]
    raise AssertionError("Table I ends with an open range")  # pragma: no cover


def _check_letter(letter: str) -> str:
    if letter not in _TABLE_II_A:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown sample size code letter {letter}."),
            "code_letter",
            letter=str(letter),
        )
    return letter


def sample_size_of(letter: str) -> int:
    """Table II-A: the sample size of code letter ``letter``."""
    return _TABLE_II_A[_check_letter(letter)][0]


def table_cell(letter: str, aql: object) -> str:
    """The raw Table II-A cell: "Ac/Re", "v" (↓) or "^" (↑)."""
    return _TABLE_II_A[_check_letter(letter)][1][aql_column(aql)]


def resolve(letter: str, aql: object) -> tuple[str, int, int]:
    """Follow Table II-A from (``letter``, ``aql``) to a plan: (row letter, Ac, Re)."""
    column = aql_column(aql)
    row = CODE_LETTERS.index(_check_letter(letter))
    # A chain can pass at most every row once; more means the table is wrong.
    for _ in CODE_LETTERS:
        cell = _TABLE_II_A[CODE_LETTERS[row]][1][column]
        if cell == DOWN:
            row += 1
        elif cell == UP:
            row -= 1
        else:
            accept, reject = (int(part) for part in cell.split("/"))
            return CODE_LETTERS[row], accept, reject
        if not 0 <= row < len(CODE_LETTERS):
            break
    raise AssertionError("Table II-A: an arrow leads off the table")  # pragma: no cover


def iso2859_plan(lot_size: int, aql: object, level: str = "II") -> Iso2859Plan:
    """The single sampling plan for normal inspection of a lot of ``lot_size`` at ``aql``.

    Raises ValidationError for a lot size below 1, an AQL that is not one of the 26 values
    of Table II-A, or an unknown inspection level.
    """
    lot = _check_lot(lot_size)
    canonical_level = _normalise_level(level)
    column = aql_column(aql)
    letter = code_letter(lot, canonical_level)
    plan_letter, accept, reject = resolve(letter, AQLS[column])
    table_n = sample_size_of(plan_letter)
    full = table_n >= lot
    return Iso2859Plan(
        code_letter=letter,
        sample_size=lot if full else table_n,
        accept=accept,
        reject=reject,
        plan_letter=plan_letter,
        table_sample_size=table_n,
        full_inspection=full,
        aql=AQLS[column],
        level=canonical_level,
    )
