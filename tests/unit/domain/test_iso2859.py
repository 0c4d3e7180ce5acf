"""ISO 2859-1 single sampling, normal inspection: Table I, Table II-A and the arrows.

The expected plans were read off the standard's tables by hand (code letter from Table I,
then the AQL column of Table II-A, following arrows to the row with Ac/Re) and agree with
the worked examples printed with the standard's reproductions (lot 1,000 at level II and
AQL 1.5 → J, n = 80, Ac 3, Re 4; lot 20 at level I and AQL 1.5 → B ↓ C ↓ D, n = 8, Ac 0).
The two edge cells (A at AQL 10, R at AQL 0.015) follow the published reading of those cells.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from qa_desk.domain.errors import ValidationError
from qa_desk.domain.sampling import Iso2859Plan, code_letter, iso2859_plan
from qa_desk.domain.sampling.iso2859 import (
    AQLS,
    CODE_LETTERS,
    LEVELS,
    resolve,
    sample_size_of,
    table_cell,
)


@pytest.mark.parametrize(
    ("lot", "level", "letter"),
    [
        (1, "II", "A"),
        (2, "II", "A"),
        (8, "II", "A"),
        (8, "III", "B"),
        (9, "II", "B"),
        (15, "III", "C"),
        (16, "II", "C"),
        (25, "S-3", "B"),
        (26, "S-1", "A"),
        (50, "S-2", "B"),
        (50, "II", "D"),
        (51, "S-1", "B"),
        (90, "III", "F"),
        (91, "I", "D"),
        (150, "S-4", "D"),
        (280, "I", "E"),
        (281, "I", "F"),
        (500, "III", "J"),
        (501, "S-2", "C"),
        (1_000, "II", "J"),
        (1_200, "II", "J"),
        (1_201, "II", "K"),
        (3_200, "S-4", "G"),
        (3_201, "S-3", "F"),
        (10_000, "II", "L"),
        (10_001, "II", "M"),
        (35_000, "S-4", "H"),
        (35_001, "S-1", "D"),
        (150_000, "II", "N"),
        (150_001, "II", "P"),
        (500_000, "III", "Q"),
        (500_001, "II", "Q"),
        (500_001, "S-3", "H"),
        (10_000_000, "III", "R"),
        (10_000_000, "S-4", "K"),
    ],
)
def test_table_i_code_letters(lot: int, level: str, letter: str) -> None:
    assert code_letter(lot, level) == letter


def test_table_i_whole_columns_at_range_starts() -> None:
    starts = [2, 9, 16, 26, 51, 91, 151, 281, 501, 1201, 3201, 10001, 35001, 150001, 500001]
    columns = {level: "".join(code_letter(lot, level) for lot in starts) for level in LEVELS}
    assert columns == {
        "S-1": "AAAABBBBCCCCDDD",
        "S-2": "AAABBBCCCDDDEEE",
        "S-3": "AABBCCDDEEFFGGH",
        "S-4": "AABCCDEEFGGHJJK",
        "I": "AABCCDEFGHJKLMN",
        "II": "ABCDEFGHJKLMNPQ",
        "III": "BCDEFGHJKLMNPQR",
    }


def test_table_ii_a_sample_sizes() -> None:
    sizes = [sample_size_of(letter) for letter in CODE_LETTERS]
    assert "".join(CODE_LETTERS) == "ABCDEFGHJKLMNPQR"
    assert sizes == [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000]


def test_the_26_aql_columns() -> None:
    assert len(AQLS) == 26
    assert AQLS[0] == "0.010" and AQLS[9] == "0.65" and AQLS[15] == "10" and AQLS[-1] == "1000"


def plan(letter: str, n: int, ac: int, re: int, used: str | None = None) -> tuple:
    return (letter, n, ac, re, used or letter)


@pytest.mark.parametrize(
    ("lot", "aql", "level", "expected"),
    [
        # Cells holding a plan.
        (1_000, 1.0, "II", plan("J", 80, 2, 3)),
        (1_000, 1.5, "II", plan("J", 80, 3, 4)),
        (1_000, 0.65, "II", plan("J", 80, 1, 2)),
        (1_000, 4.0, "II", plan("J", 80, 7, 8)),
        (1_000, 0.15, "II", plan("J", 80, 0, 1)),
        (3_000, 2.5, "II", plan("K", 125, 7, 8)),
        (3_000, 4.0, "II", plan("K", 125, 10, 11)),
        (5_000, 2.5, "II", plan("L", 200, 10, 11)),
        (5_000, 0.65, "II", plan("L", 200, 3, 4)),
        (300, 2.5, "II", plan("H", 50, 3, 4)),
        (300, 4.0, "II", plan("H", 50, 5, 6)),
        (200, 2.5, "II", plan("G", 32, 2, 3)),
        (20_000, 10, "I", plan("K", 125, 21, 22)),
        (60, 250, "II", plan("E", 13, 44, 45)),
        (10, 1000, "II", plan("B", 3, 44, 45)),
        (5, 1000, "II", plan("A", 2, 30, 31)),
        (600_000, 0.025, "III", plan("R", 2000, 1, 2)),
        (600_000, 0.65, "III", plan("R", 2000, 21, 22)),
        (200_000, 0.010, "III", plan("Q", 1250, 0, 1)),
        # Down arrows: the first plan below, with ITS sample size.
        (50, 0.65, "II", plan("D", 20, 0, 1, "F")),  # D ↓ E ↓ F
        (20, 1.5, "I", plan("B", 8, 0, 1, "D")),  # B ↓ C ↓ D
        (80, 2.5, "II", plan("E", 20, 1, 2, "F")),  # E ↓ F
        (50, 4.0, "II", plan("D", 13, 1, 2, "E")),  # D ↓ E
        (1_000, 0.40, "II", plan("J", 125, 1, 2, "K")),  # J ↓ K
        (3_000, 0.010, "II", plan("K", 1250, 0, 1, "Q")),  # K ↓ … ↓ Q
        (100_000, 0.015, "II", plan("N", 800, 0, 1, "P")),  # N ↓ P
        # Up arrows: the first plan above, with ITS sample size.
        (50, 2.5, "II", plan("D", 5, 0, 1, "C")),  # D ↑ C
        (10, 6.5, "II", plan("B", 2, 0, 1, "A")),  # B ↑ A
        (1_000, 0.25, "II", plan("J", 50, 0, 1, "H")),  # J ↑ H
        (100_000, 4.0, "II", plan("N", 315, 21, 22, "M")),  # N ↑ M
        (2_000, 15, "II", plan("K", 80, 21, 22, "J")),  # K ↑ J
        (100, 100, "II", plan("F", 13, 21, 22, "E")),  # F ↑ E
        (20, 1000, "II", plan("C", 3, 44, 45, "B")),  # C ↑ B
        (600_000, 1.0, "III", plan("R", 1250, 21, 22, "Q")),  # R ↑ Q
        (600_000, 0.010, "III", plan("R", 1250, 0, 1, "Q")),  # R ↑ Q
        (5_000, 1000, "S-1", plan("C", 3, 44, 45, "B")),
        # The two edge cells.
        (8, 10, "II", plan("A", 5, 1, 2, "C")),  # no row above A: the plan below, C
        (600_000, 0.015, "III", plan("R", 800, 0, 1, "P")),  # no row below R: up to P
    ],
)
def test_table_ii_a_plans(lot: int, aql: float, level: str, expected: tuple) -> None:
    result = iso2859_plan(lot, aql, level)
    letter, n, ac, re, used = expected
    assert (result.code_letter, result.sample_size, result.accept, result.reject) == (
        letter,
        n,
        ac,
        re,
    )
    assert result.plan_letter == used
    assert result.table_sample_size == n
    assert not result.full_inspection


@pytest.mark.parametrize(
    ("lot", "aql", "level", "expected"),
    [
        (3, 0.65, "II", ("A", 3, 0, 1, "F", 20)),  # A ↓ … ↓ F: n = 20 ≥ 3
        (2, 6.5, "II", ("A", 2, 0, 1, "A", 2)),  # n = lot exactly
        (1, 1.0, "II", ("A", 1, 0, 1, "E", 13)),
        (13, 1.0, "II", ("B", 13, 0, 1, "E", 13)),  # B ↓ … ↓ E, n = 13 = lot
        (4, 10, "II", ("A", 4, 1, 2, "C", 5)),
        (40, 0.10, "II", ("D", 40, 0, 1, "K", 125)),
        (1_000, 0.010, "II", ("J", 1000, 0, 1, "Q", 1250)),  # J ↓ … ↓ Q: 1,250 ≥ 1,000
    ],
)
def test_full_inspection_when_the_sample_reaches_the_lot(
    lot: int, aql: float, level: str, expected: tuple
) -> None:
    result = iso2859_plan(lot, aql, level)
    letter, n, ac, re, used, table_n = expected
    assert result == Iso2859Plan(letter, n, ac, re, used, table_n, True, result.aql, level)
    assert result.sample_size == lot


def test_the_plan_is_exported_and_a_frozen_value() -> None:
    result = iso2859_plan(1_000, "1.0")
    assert result.code_letter == "J" and result.aql == "1.0" and result.level == "II"
    with pytest.raises(AttributeError):
        result.sample_size = 1  # type: ignore[misc]


@pytest.mark.parametrize("aql", [0.65, "0.65", Decimal("0.650"), " 0.65 "])
def test_aql_spellings(aql: object) -> None:
    assert iso2859_plan(1_000, aql).accept == 1


@pytest.mark.parametrize("aql", [1, 1.0, "1", "1.0", Decimal("1.00")])
def test_whole_aql_spellings(aql: object) -> None:
    assert iso2859_plan(1_000, aql).accept == 2


def test_levels_are_read_case_insensitively() -> None:
    assert code_letter(1_000, "ii") == "J"
    assert code_letter(1_000, " s-4 ") == "F"


@pytest.mark.parametrize("lot", [0, -5, 2.5, True, "100", None])
def test_bad_lot_sizes(lot: object) -> None:
    with pytest.raises(ValidationError) as caught:
        iso2859_plan(lot, 1.0)  # type: ignore[arg-type]
    assert caught.value.field == "lot_size"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("aql", [0.5, 0.0, 2000, "abc", None, True, float("nan"), "1e400"])
def test_unknown_aqls(aql: object) -> None:
    with pytest.raises(ValidationError) as caught:
        iso2859_plan(100, aql)
    assert caught.value.field == "aql"
    assert caught.value.params == {"aql": str(aql)}


@pytest.mark.parametrize("level", ["IV", "", "S-5", "G-2", None])
def test_unknown_levels(level: object) -> None:
    with pytest.raises(ValidationError) as caught:
        iso2859_plan(100, 1.0, level)  # type: ignore[arg-type]
    assert caught.value.field == "level"
    with pytest.raises(ValidationError):
        code_letter(100, level)  # type: ignore[arg-type]


def test_unknown_code_letter() -> None:
    with pytest.raises(ValidationError):
        sample_size_of("I")
    with pytest.raises(ValidationError):
        resolve("S", "1.0")


# ------------------------------------------------------------------ the table as a whole

LADDER = ["1/2", "2/3", "3/4", "5/6", "7/8", "10/11", "14/15", "21/22"]


def structural_cell(row: int, column: int) -> str:
    """Table II-A's layout, stated independently of the transcription.

    Plans run along diagonals: one row down (a larger sample) and one AQL column left (a
    stricter AQL) keep the same Ac/Re. Along row + column: 0/1 at 14, then ↑ and ↓, then
    1/2 … 21/22 at 17 … 24; 30/31 and 44/45 only in rows A–E; ↑ beyond.
    """
    d = row + column
    if d <= 13:
        return "v"
    if d == 14:
        return "0/1"
    if d == 15:
        return "^"
    if d == 16:
        return "v"
    if d <= 24:
        return LADDER[d - 17]
    if d in (25, 26) and row <= 4:
        return "30/31" if d == 25 else "44/45"
    return "^"


def test_every_cell_matches_the_diagonal_layout_except_the_two_edges() -> None:
    differing = {
        (letter, aql)
        for row, letter in enumerate(CODE_LETTERS)
        for column, aql in enumerate(AQLS)
        if table_cell(letter, aql) != structural_cell(row, column)
    }
    # Read literally these would point off the table; see the module docstring.
    assert differing == {("A", "10"), ("R", "0.015")}
    assert table_cell("A", "10") == "v" and table_cell("R", "0.015") == "^"


def test_every_cell_resolves_and_arrows_move_the_right_way() -> None:
    for letter in CODE_LETTERS:
        for aql in AQLS:
            used, accept, reject = resolve(letter, aql)
            assert reject == accept + 1
            cell = table_cell(letter, aql)
            if cell == "v":
                assert sample_size_of(used) > sample_size_of(letter)
            elif cell == "^":
                assert sample_size_of(used) < sample_size_of(letter)
            else:
                assert used == letter and cell == f"{accept}/{reject}"
            # The arrow leads to the first plan in its direction: none in between.
            lo, hi = sorted((CODE_LETTERS.index(letter), CODE_LETTERS.index(used)))
            between = CODE_LETTERS[lo + 1 : hi] if used != letter else ()
            assert all(table_cell(x, aql) in ("v", "^") for x in between)


def test_sample_size_never_shrinks_as_the_lot_grows() -> None:
    lots = [2, 9, 16, 26, 51, 91, 151, 281, 501, 1201, 3201, 10001, 35001, 150001, 500001]
    for level in LEVELS:
        for aql in AQLS:
            sizes = [iso2859_plan(lot, aql, level).table_sample_size for lot in lots]
            assert sizes == sorted(sizes), (level, aql)


def test_stricter_aql_never_accepts_more_at_the_same_sample_size() -> None:
    for letter in CODE_LETTERS:
        plans = [resolve(letter, aql) for aql in AQLS]
        for (used_a, ac_a, _), (used_b, ac_b, _) in itertools.pairwise(plans):
            if used_a == used_b:
                assert ac_a <= ac_b
