"""Checklist spreadsheets: exact round trip, the sheets inspectors keep, synonyms, errors.

Every workbook is built here with openpyxl (no binary fixtures): what ``write_checklist``
produces must read back as the very same spec, and hand-made sheets with Chinese or English
headers, missing codes, merged section cells and units in the cells must read as an
inspector means them. Bad cells give one line naming the sheet, row and column.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_desk.domain.checklist import (
    CRITICAL_LEVELS,
    ITEM_KINDS,
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
    load_default,
    problems,
)
from qa_desk.domain.errors import ImportFileError, QaDeskError, ValidationError
from qa_desk.io import checklist_xlsx
from qa_desk.io.checklist_xlsx import COLUMNS, read_checklist, write_checklist


def rich_spec() -> ChecklistSpec:
    """Every feature of a version, including values a spreadsheet could easily mangle."""
    return ChecklistSpec(
        name="售后专项 Q4",
        channel="chat",
        pass_mark=72.5,
        description="仅用于售后投诉会话。\n第二行说明",
        notes="试行版\r\nWindows line break",
        flag_rules=(
            FlagRuleSpec("risk", "risk_keywords", "风险关键词", {"packs": ["risk"], "roles": []}),
            FlagRuleSpec("fast", "speech_rate", "", {"max_cpm": 312.5, "min_cpm": 0}),
            FlagRuleSpec("bare", "overtalk"),
        ),
        sections=(
            SectionSpec(
                "S",
                "服务规范",
                0.1 + 0.2,  # 0.30000000000000004: more digits than a number cell keeps
                (
                    ItemSpec(
                        "S1",
                        '=HYPERLINK("http://x")',
                        guidance="+86 开头的号码\n-第二行\n@提及",
                        auto_rule="required_phrases",
                        auto_params={
                            "packs": ["greeting"],
                            "phrases": ["您好，", "在的"],
                            "position": "first",
                            "turns": 2,
                        },
                    ),
                    ItemSpec(
                        "S2",
                        "礼貌热情",
                        kind="scale",
                        max_points=2.5,
                        levels=(0.0, 0.5, 1.5, 2.5),
                        guidance="0 冷漠\n0.5 一般\n\n2.5 热情",
                    ),
                    ItemSpec(
                        "S3",
                        "无禁用语",
                        max_points=3,
                        critical="all",
                        penalty_amount=Decimal("12345678901234567.89"),
                        auto_rule="forbidden_phrases",
                        auto_params={"regexes": [r"滚\s*开", "^-$"], "nested": {"a": [1, 2.5]}},
                    ),
                    ItemSpec(
                        "S4",
                        "不推诿 _x0041_ 原样保留",
                        kind="deduction",
                        max_points=4,
                        per_occurrence=1.5,
                        penalty_amount=Decimal("50.25"),
                    ),
                ),
            ),
            SectionSpec(
                "T",
                "时效",
                25,
                (
                    ItemSpec(
                        "T1",
                        "首次响应",
                        max_points=2,
                        allows_na=True,
                        critical="section",
                        penalty_amount=Decimal("0.1"),
                        auto_rule="first_response",
                        auto_params={"limit_s": 30},
                    ),
                    ItemSpec("1.2", "编号像数字", max_points=1e-07, allows_na=True),
                ),
            ),
        ),
    )


# ---------------------------------------------------------------------------- helpers
def write_sheet(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    title: str = "Sheet1",
    settings_rows: Sequence[Sequence[Any]] | None = None,
    settings_title: str = "设置",
    merges: Sequence[str] = (),
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for ref in merges:
        sheet.merge_cells(ref)
    if settings_rows is not None:
        extra = book.create_sheet(settings_title)
        for row in settings_rows:
            extra.append(list(row))
    book.save(path)
    return path


def error_of(path: Path, error: type[QaDeskError] = ValidationError) -> str:
    with pytest.raises(error) as caught:
        read_checklist(path)
    message = str(caught.value)
    assert "\n" not in message
    # A template with parameters, so the UI can show it translated.
    assert caught.value.params and caught.value.template.format(**caught.value.params) == message
    return message


# ---------------------------------------------------------------------------- round trip
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("written", ["zh_CN", "en"])
def test_the_default_checklist_round_trips_exactly(tmp_path: Path, lang: str, written: str) -> None:
    spec = load_default(lang)
    path = tmp_path / "default.xlsx"
    write_checklist(spec, path, written)
    assert read_checklist(path) == spec
    assert problems(read_checklist(path)) == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_feature_round_trips_exactly(tmp_path: Path, lang: str) -> None:
    spec = rich_spec()
    path = tmp_path / "rich.xlsx"
    write_checklist(spec, path, lang)
    back = read_checklist(path)
    assert back == spec
    # Equal and of the same types: amounts stay Decimal, parameters plain JSON values.
    assert back.sections[0].items[2].penalty_amount == Decimal("12345678901234567.89")
    assert isinstance(back.sections[1].items[0].penalty_amount, Decimal)
    assert back.sections[0].weight == 0.1 + 0.2
    assert back.sections[1].items[1].code == "1.2"
    assert back.notes == "试行版\r\nWindows line break"


def test_the_name_given_wins_over_the_sheet(tmp_path: Path) -> None:
    path = tmp_path / "rich.xlsx"
    write_checklist(rich_spec(), path)
    assert read_checklist(path, name="另一个名字").name == "另一个名字"


def test_written_texts_are_text_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "rich.xlsx"
    write_checklist(rich_spec(), path, "zh_CN")
    sheet = openpyxl.load_workbook(path)["评分表"]
    formulaish = [
        c
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))
    ]
    assert {c.value for c in formulaish} >= {
        '=HYPERLINK("http://x")',
        "+86 开头的号码\n-第二行\n@提及",
    }
    for cell in formulaish:
        assert cell.data_type == "s", cell.coordinate
        assert cell.quotePrefix, cell.coordinate


def test_the_written_sheet_is_laid_out_for_people(tmp_path: Path) -> None:
    path = tmp_path / "default.xlsx"
    write_checklist(load_default("zh_CN"), path, "zh_CN")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["评分表", "设置"]
    sheet = book["评分表"]
    header = [c.value for c in sheet[1]]
    assert header == [names[0] for names in COLUMNS.values()]
    assert header[:5] == ["维度编号", "维度", "权重", "编号", "评分项"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    # A section row of its own, bold and shaded; item rows below it in Chinese words.
    section = [c.value for c in sheet[2]]
    assert section[:3] == ["S", "服务规范", 30]
    assert sheet["B2"].font.b and sheet["B2"].fill.fgColor.rgb.endswith("EDF2F9")
    item = dict(zip(header, (c.value for c in sheet[3]), strict=True))
    assert item["编号"] == "S1" and item["评分项"] == "使用标准问候语"
    assert (item["类型"], item["分值"], item["可N/A"], item["致命项"]) == ("是否", 2, "否", "否")
    kinds = {sheet.cell(r, 6).value for r in range(3, sheet.max_row + 1)} - {None}
    assert kinds == {"是否", "等级", "扣分"}
    assert {sheet.cell(r, 11).value for r in range(3, sheet.max_row + 1)} - {None} == {"否", "全单"}
    # Columns fit their contents without growing past a readable width.
    widths = {c: sheet.column_dimensions[c].width for c in "ABCDEFGHIJKLMNO"}
    assert widths["E"] >= 30 and widths["M"] <= 60 and widths["A"] >= 10
    assert all(8 <= w <= 60 for w in widths.values()), widths
    settings_sheet = book["设置"]
    assert [[c.value for c in row] for row in settings_sheet.iter_rows(max_row=4)] == [
        ["设置", "值"],
        ["名称", "快递客服质检评分表"],
        ["渠道", "通用"],
        ["合格线", 80],
    ]


def test_the_english_sheet_uses_english_words(tmp_path: Path) -> None:
    path = tmp_path / "default.xlsx"
    write_checklist(load_default("en"), path, "en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Checklist", "Settings"]
    sheet = book["Checklist"]
    assert [c.value for c in sheet[1]][:7] == [
        "Section code",
        "Section",
        "Weight",
        "Code",
        "Item",
        "Kind",
        "Points",
    ]
    assert {sheet.cell(r, 6).value for r in range(3, sheet.max_row + 1)} - {None} == {
        "binary",
        "scale",
        "deduction",
    }
    assert book["Settings"]["A3"].value == "Channel" and book["Settings"]["B3"].value == "both"


# Texts as the editor stores them: no surrounding blanks, no characters XML can't hold.
_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co"))
_TEXT = st.text(_CHARS, min_size=1, max_size=12).map(str.strip).filter(bool)
_MULTILINE = st.lists(st.text(_CHARS, max_size=10), max_size=3).map("\n".join).map(str.strip)
_FLOAT = st.floats(allow_nan=False, allow_infinity=False)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | _FLOAT | st.text(_CHARS, max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(_CHARS, max_size=5), inner),
    max_leaves=6,
)
_PARAMS = st.dictionaries(st.text(_CHARS, min_size=1, max_size=8), _JSON, max_size=3)


@st.composite
def specs(draw: st.DrawFn) -> ChecklistSpec:
    codes = draw(st.lists(_TEXT.filter(lambda c: len(c) <= 8), min_size=8, max_size=8, unique=True))
    sections = []
    for s in range(draw(st.integers(1, 2))):
        items = []
        for i in range(draw(st.integers(1 if s == 0 else 0, 3))):
            kind = draw(st.sampled_from(ITEM_KINDS))
            items.append(
                ItemSpec(
                    code=codes[2 + s * 3 + i],
                    text=draw(_TEXT),
                    kind=kind,
                    max_points=draw(_FLOAT),
                    guidance=draw(_MULTILINE),
                    levels=tuple(draw(st.lists(_FLOAT, min_size=1, max_size=4)))
                    if kind == "scale"
                    else (),
                    per_occurrence=draw(st.floats(0.001, 1e6)) if kind == "deduction" else None,
                    allows_na=draw(st.booleans()),
                    critical=draw(st.sampled_from(CRITICAL_LEVELS)),
                    penalty_amount=draw(
                        st.none() | st.decimals(0, 10**15, allow_nan=False, places=2)
                    ),
                    auto_rule=draw(st.none() | _TEXT),
                    auto_params=draw(_PARAMS),
                )
            )
        sections.append(SectionSpec(codes[s], draw(_TEXT), draw(_FLOAT), tuple(items)))
    return ChecklistSpec(
        name=draw(_TEXT),
        sections=tuple(sections),
        channel=draw(st.sampled_from([None, "chat", "call"])),
        pass_mark=draw(_FLOAT),
        description=draw(_MULTILINE),
        notes=draw(_MULTILINE),
        flag_rules=tuple(
            FlagRuleSpec(k, draw(_TEXT), draw(st.text(_CHARS, max_size=6).map(str.strip)), p)
            for k, p in draw(st.lists(st.tuples(_TEXT, _PARAMS), max_size=2))
        ),
    )


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(spec=specs(), lang=st.sampled_from(["zh_CN", "en"]))
def test_any_spec_round_trips(tmp_path: Path, spec: ChecklistSpec, lang: str) -> None:
    path = tmp_path / "any.xlsx"
    write_checklist(spec, path, lang)
    assert read_checklist(path) == spec


# ------------------------------------------------------------------- inspectors' sheets
def test_an_inspectors_sheet_reads_as_meant(tmp_path: Path) -> None:
    """A title row, Chinese headers with units, no codes, the section name (merged) and its
    weight only on the section's first row, points as "5分", a totals row at the end."""
    rows = [
        ["顺心外包客服 质检评分表（2026 版）"],
        [
            "序号",
            "维度",
            "权重",
            "考核内容",
            "分值（分）",
            "类型",
            "致命项",
            "扣罚金额",
            "评分标准",
        ],
        [1, "服务规范", "30%", "开场问候语规范", "5分", "", "否", "", "首句须问候"],
        [2, "", "", "礼貌用语", 3, "等级", "", "", "0 差 3 好"],
        [3, "", "", "无辱骂、讽刺客户", "4分", "是否", "是", "¥200", ""],
        [4, "业务准确性", "45%", "核实运单号", "2", "", "否", "", "多行\n说明"],
        [5, "", "", "推诿", "6", "扣分", "维度", "50元", ""],
        [6, "时效（25分）", "", "首次响应及时", "5", "", "", "", ""],
        [7, "结束（不计权重）", "", "标准结束语", "2", "是否", "", "", ""],
        ["合计", "", "100%", "", 27, "", "", "", ""],
    ]
    path = write_sheet(
        tmp_path / "顺心质检表.xlsx", rows, title="评分", merges=("A1:I1", "B3:B5", "C3:C5")
    )
    spec = read_checklist(path)
    assert spec.name == "顺心质检表"  # no settings sheet: the file's name
    assert (spec.channel, spec.pass_mark, spec.flag_rules) == (None, 80.0, ())
    assert [(s.code, s.name, s.weight) for s in spec.sections] == [
        ("S1", "服务规范", 30.0),
        ("S2", "业务准确性", 45.0),
        ("S3", "时效", 25.0),  # the weight written into the name
        ("S4", "结束（不计权重）", 2.0),  # none given: the sum of its points
    ]
    first, polite, rude = spec.sections[0].items
    assert first == ItemSpec("S1.1", "开场问候语规范", max_points=5.0, guidance="首句须问候")
    assert (polite.code, polite.kind, polite.levels) == ("S1.2", "scale", (0.0, 1.0, 2.0, 3.0))
    assert (rude.kind, rude.critical, rude.penalty_amount) == ("binary", "all", Decimal("200"))
    waybill, buck = spec.sections[1].items
    assert waybill.guidance == "多行\n说明"
    assert (buck.kind, buck.max_points, buck.critical) == ("deduction", 6.0, "section")
    assert buck.per_occurrence is None and buck.penalty_amount == Decimal("50")
    assert [i.code for i in spec.sections[2].items] == ["S3.1"]
    # Complete but for the deduction per occurrence, which the sheet never said.
    assert [p.message() for p in problems(spec)] == [
        "Item S2.2: the deduction per occurrence must be greater than 0."
    ]


def test_an_english_sheet_with_section_rows_and_loose_headers(tmp_path: Path) -> None:
    rows = [
        [
            " SECTION ",
            "weight (%)",
            "No.",
            "Criterion",
            " points ",
            "Type",
            "Levels",
            "Deduction per occurrence",
            "N/A allowed",
            "FATAL",
            "Fine",
            "How to score",
            "Rule",
            "Params",
        ],
        ["Greeting", 40],
        [
            "",
            "",
            "G-1",
            "Says hello",
            2,
            "",
            "",
            "",
            "yes",
            "",
            "",
            "",
            "required_phrases",
            '{"turns": 3}',
        ],
        ["", "", "", "Tone", "", "", "0, 1, 2", "", "N", "section", "", "", "", ""],
        ["", "", "", "Interruptions", 3, "per occurrence", "", -1, "", "", "$ 1,000", "", "", ""],
        ["Closing", 60],
        ["", "", "", "Says goodbye", "2 pts", "pass/fail", "", "", "", "no", "", "", "", ""],
        ["", "", "", "Total", 7],
    ]
    path = write_sheet(
        tmp_path / "qa.xlsx",
        rows,
        title="Checklist",
        settings_rows=[
            ["Setting", "Value"],
            ["Name", "Phone QA"],
            ["channel", "Phone"],
            ["PASS MARK", "85 %"],
            ["Remarks", "ignored"],
        ],
        settings_title="Settings",
    )
    spec = read_checklist(path)
    assert (spec.name, spec.channel, spec.pass_mark) == ("Phone QA", "call", 85.0)
    greeting, closing = spec.sections
    assert (greeting.code, greeting.name, greeting.weight) == ("S1", "Greeting", 40.0)
    hello, tone, interruptions = greeting.items
    assert hello == ItemSpec(
        "G-1",
        "Says hello",
        max_points=2.0,
        allows_na=True,
        auto_rule="required_phrases",
        auto_params={"turns": 3},
    )
    # Levels without points or kind: a scale up to the last level.
    assert (tone.code, tone.kind, tone.max_points, tone.levels) == (
        "S1.2",
        "scale",
        2.0,
        (0.0, 1.0, 2.0),
    )
    assert (tone.critical, tone.allows_na) == ("section", False)
    assert (interruptions.kind, interruptions.per_occurrence) == ("deduction", 1.0)
    assert interruptions.penalty_amount == Decimal("1000")
    assert closing.items == (ItemSpec("S2.1", "Says goodbye", max_points=2.0),)
    assert problems(spec) == []


def test_a_sheet_without_sections_is_one_section(tmp_path: Path) -> None:
    rows = [["评分项", "说明"], ["问候", "有问候"], ["结束语", ""]]
    spec = read_checklist(write_sheet(tmp_path / "简表.xlsx", rows))
    assert spec.sections == (
        SectionSpec(
            "S1",
            "简表",
            2.0,
            (ItemSpec("S1.1", "问候", guidance="有问候"), ItemSpec("S1.2", "结束语")),
        ),
    )


def test_generated_codes_avoid_the_codes_the_sheet_gives(tmp_path: Path) -> None:
    rows = [
        ["维度", "编号", "评分项", "分值"],
        ["服务", "S1.2", "第一项", 1],
        ["", "", "第二项", 1],
        ["", "S1", "第三项", 1],
    ]
    spec = read_checklist(write_sheet(tmp_path / "c.xlsx", rows))
    assert spec.sections[0].code == "S1-2"
    assert [i.code for i in spec.sections[0].items] == ["S1.2", "S1-2.2", "S1"]
    assert problems(spec) == []


def test_the_checklist_sheet_is_found_by_name(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "使用说明"
    notes.append(["本表用于每月质检"])
    sheet = book.create_sheet("评分表")
    sheet.append(["维度", "评分项", "分值"])
    sheet.append(["服务", "问候", 2])
    settings_sheet = book.create_sheet("设置")
    settings_sheet.append(["名称", "月度评分表"])
    settings_sheet.append(["渠道", "在线"])
    settings_sheet.append(["合格线", "90分"])
    settings_sheet.append(["说明", "  多行\n说明  "])
    path = tmp_path / "book.xlsx"
    book.save(path)
    spec = read_checklist(path)
    assert (spec.name, spec.channel, spec.pass_mark) == ("月度评分表", "chat", 90.0)
    assert spec.description == "多行\n说明"
    assert spec.sections[0].items == (ItemSpec("S1.1", "问候", max_points=2.0),)


def test_a_sheet_of_instructions_before_the_checklist_is_passed_over(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "填写说明"
    first.append(["说明", "每个维度写在第一行"])
    second = book.create_sheet("Sheet2")
    second.append(["Section", "Item", "Points"])
    second.append(["Tone", "Polite", 3])
    path = tmp_path / "two.xlsx"
    book.save(path)
    spec = read_checklist(path, name="  Two  ")
    assert spec.name == "Two"
    assert spec.sections == (
        SectionSpec("S1", "Tone", 3.0, (ItemSpec("S1.1", "Polite", max_points=3.0),)),
    )


@pytest.mark.parametrize("field", list(COLUMNS))
def test_every_header_synonym_is_recognised(field: str) -> None:
    for synonym in COLUMNS[field]:
        for spelling in (synonym, f"  {synonym.upper()} ", synonym.replace(" ", "_")):
            assert checklist_xlsx._header_field(spelling) == field, spelling
    assert checklist_xlsx._header_field(f"{COLUMNS[field][0]}（备注）") == field


def test_the_synonyms_do_not_overlap() -> None:
    seen: dict[str, str] = {}
    for field, synonyms in COLUMNS.items():
        for synonym in synonyms:
            key = checklist_xlsx._norm(synonym)
            assert seen.setdefault(key, field) == field, (synonym, seen[key], field)


@pytest.mark.parametrize(
    ("kind", "critical", "na", "expected"),
    [
        ("是否", "否", "否", ("binary", "none", False)),
        ("二元", "无", "", ("binary", "none", False)),
        ("Binary", "NONE", "no", ("binary", "none", False)),
        ("等级", "维度", "是", ("scale", "section", True)),
        ("量表", "本维度", "√", ("scale", "section", True)),
        ("scale", "Section", "Yes", ("scale", "section", True)),
        ("扣分", "全单", "可", ("deduction", "all", True)),
        ("扣分项", "整单", "TRUE", ("deduction", "all", True)),
        ("deduction", "一票否决", 1, ("deduction", "all", True)),
        ("DEDUCTION", "all", True, ("deduction", "all", True)),
        ("", "是", False, ("scale", "all", False)),  # levels given: a scale
    ],
)
def test_kind_critical_and_na_words(
    tmp_path: Path, kind: str, critical: str, na: object, expected: tuple[str, str, bool]
) -> None:
    rows = [
        ["维度", "评分项", "分值", "等级", "每次扣分", "类型", "致命项", "可N/A"],
        ["服务", "一项", 2, "0/1/2", 1, kind, critical, na],
    ]
    item = read_checklist(write_sheet(tmp_path / "w.xlsx", rows)).sections[0].items[0]
    assert (item.kind, item.critical, item.allows_na) == expected


@pytest.mark.parametrize(
    ("cell", "levels"),
    [
        ("0/1/2/3", (0, 1, 2, 3)),
        ("0、1、2", (0, 1, 2)),
        ("0，1.5；3", (0, 1.5, 3)),
        ("0-3", (0, 1, 2, 3)),
        ("0～2", (0, 1, 2)),
        (3, (3,)),
    ],
)
def test_levels_spellings(tmp_path: Path, cell: object, levels: tuple[float, ...]) -> None:
    rows = [["维度", "评分项", "等级"], ["服务", "一项", cell]]
    item = read_checklist(write_sheet(tmp_path / "l.xlsx", rows)).sections[0].items[0]
    assert item.levels == tuple(float(v) for v in levels)


# ------------------------------------------------------------------------------ errors
def bad_cell(tmp_path: Path, header: str, value: object) -> str:
    rows = [["维度", "评分项", "分值", header], ["服务", "问候", 2, value]]
    if header == "分值":
        rows = [["维度", "评分项", "分值"], ["服务", "问候", value]]
    return error_of(write_sheet(tmp_path / "bad.xlsx", rows, title="评分表"))


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("分值", "五分", "bad.xlsx, sheet 评分表, row 2, column C (分值): '五分' is not a number"),
        ("类型", "选择题", "row 2, column D (类型): '选择题' is not a kind"),
        ("致命项", "很严重", "row 2, column D (致命项): '很严重' is not a critical level"),
        ("可N/A", "也许", "row 2, column D (可N/A): '也许' is not yes (是) or no (否)"),
        ("等级", "低/中/高", "row 2, column D (等级): '低/中/高' is not a list of levels"),
        ("扣罚金额", "两百元", "row 2, column D (扣罚金额): '两百元' is not an amount"),
        (
            "规则参数",
            "{turns: 2}",
            "row 2, column D (规则参数): the rule parameters are not a JSON",
        ),
        ("规则参数", "[1, 2]", "the rule parameters are not a JSON object (list)"),
        ("权重", "很高", "row 2, column D (权重): '很高' is not a number"),
    ],
)
def test_a_bad_cell_names_its_row_and_column(
    tmp_path: Path, header: str, value: object, expected: str
) -> None:
    assert expected in bad_cell(tmp_path, header, value)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [["维度", "编号", "评分项"], ["服务", "A1", "问候"], ["", "A1", "结束"]],
            "row 3, column B (编号): the code 'A1' is already used in row 2",
        ),
        (
            [["维度", "权重", "评分项"], ["服务", 30, "问候"], ["", 40, "结束"]],
            "row 3, column B (权重): the weight 40 differs from 30 given for section 服务 in row 2",
        ),
        (
            [["维度", "评分项"], ["服务", "问候"], ["时效", "响应"], ["服务", "结束"]],
            "row 4, column A (维度): section 服务 started in row 2 and other sections came between",
        ),
        (
            [["维度编号", "维度", "评分项"], ["S", "服务", "问候"], ["S", "时效", "结束"]],
            "row 3, column B (维度): section S is named '时效' here but '服务' in row 2",
        ),
        (
            [["维度", "评分项", "分值"], ["", "问候", 2]],
            "row 2, column B (评分项): the item comes before any section",
        ),
        (
            [["维度", "评分项", "分值", "说明"], ["服务", "问候", 2], ["", "", 3, "漏了评分项"]],
            "row 3, column B (评分项): the row has item values but no item text",
        ),
        (
            [["维度", "评分项", "分值"], ["服务", "问候", ""]],
            "row 2, column C (分值): the item has no points",
        ),
    ],
)
def test_sheet_structure_errors(tmp_path: Path, rows: list[list[Any]], expected: str) -> None:
    assert expected in error_of(write_sheet(tmp_path / "s.xlsx", rows))


def test_settings_errors(tmp_path: Path) -> None:
    items = [["维度", "评分项"], ["服务", "问候"]]
    channel = write_sheet(tmp_path / "c.xlsx", items, settings_rows=[["渠道", "邮件"]])
    assert "sheet 设置, row 1, column B (渠道): '邮件' is not a channel" in error_of(channel)
    mark = write_sheet(tmp_path / "m.xlsx", items, settings_rows=[["", ""], ["合格线", "八十"]])
    assert "sheet 设置, row 2, column B (合格线): '八十' is not a number" in error_of(mark)
    for bad, detail in (
        ("{}", "(dict)"),
        ('[{"key": "x"}]', "(entry 1: key and rule)"),
        ("[1]", "(entry 1)"),
        ('[{"key": "k", "rule": "r", "params": 3}]', "(entry 1: label and params)"),
    ):
        rules = write_sheet(tmp_path / "r.xlsx", items, settings_rows=[["标记规则", bad]])
        message = error_of(rules)
        assert "row 1, column B (标记规则): the flag rules are not a JSON list" in message
        assert message.endswith(detail), message


def test_whole_file_errors(tmp_path: Path) -> None:
    text = tmp_path / "checklist.xlsx"
    text.write_text("维度,评分项\n服务,问候\n", encoding="utf-8")
    assert "checklist.xlsx: not an Excel workbook" in error_of(text, ImportFileError)
    zipped = tmp_path / "broken.xlsx"
    zipped.write_bytes(b"PK\x03\x04 not really a zip")
    assert "broken.xlsx: not a readable Excel/ODS workbook" in error_of(zipped, ImportFileError)
    missing = tmp_path / "missing.xlsx"
    assert "missing.xlsx: cannot open the file" in error_of(missing, ImportFileError)
    headers_only = write_sheet(tmp_path / "h.xlsx", [["维度", "评分项", "分值"]], title="表")
    assert error_of(headers_only, ImportFileError) == "h.xlsx, sheet 表: the sheet lists no items"
    no_items = write_sheet(tmp_path / "n.xlsx", [["名称", "渠道"], ["a", "b"]], title="表")
    assert error_of(no_items, ImportFileError) == (
        "n.xlsx, sheet 表: no header row with an item column (评分项 / Item) in the first 20 rows"
    )
    twice = write_sheet(
        tmp_path / "t.xlsx", [["评分项", "分值", "满分"], ["问候", 1, 2]], title="表"
    )
    assert error_of(twice, ImportFileError) == (
        "t.xlsx, sheet 表: columns B (分值) and C (满分) mean the same thing; keep one of them"
    )


def test_long_values_are_cut_in_messages(tmp_path: Path) -> None:
    message = bad_cell(tmp_path, "分值", "x" * 500)
    assert "'" + "x" * 59 + "…'" in message and len(message) < 200


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ValidationError, match="cannot write"):
        write_checklist(load_default("en"), blocker / "out.xlsx")
    spec = rich_spec()
    too_long = ChecklistSpec(
        spec.name,
        (SectionSpec("S", "s", 1, (ItemSpec("S1", "x", guidance="长" * 40_000),)),),
    )
    target = tmp_path / "long.xlsx"
    with pytest.raises(ValidationError, match="32767 characters a spreadsheet cell can hold"):
        write_checklist(too_long, target)
    assert list(tmp_path.iterdir()) == [blocker]


def test_write_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_checklist(load_default("zh_CN"), path)
    write_checklist(rich_spec(), path)
    assert read_checklist(path) == rich_spec()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_messages_are_templates_with_every_placeholder_given() -> None:
    templates = {
        name: value
        for name, value in vars(checklist_xlsx).items()
        if name.startswith("_") and isinstance(value, str) and "{file}" in value
    }
    assert len(templates) >= 20
    for name, template in templates.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        assert fields <= {
            "file",
            "sheet",
            "row",
            "column",
            "value",
            "detail",
            "first",
            "second",
            "first_row",
            "section",
            "limit",
        }, name
