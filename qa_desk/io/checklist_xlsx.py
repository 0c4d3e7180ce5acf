"""Checklists as spreadsheets: read the sheets inspectors keep, write one they can edit.

**Reading** is liberal. The checklist sheet (one named 评分表 / Checklist, else the first)
has one row per item under a header row whose titles are matched by synonyms in Chinese or
English, ignoring case, spaces and punctuation (维度 / Section, 评分项 / Item, 分值 / Points,
类型 / Kind, 致命项 / Critical, 扣罚金额 / Penalty, 说明 / Guidance …). Title rows above the
header are skipped. A section starts on the row where its name (or code) first appears: on a
row of its own or on its first item's row, as when the section column is merged. Its weight
may be repeated on every row, given once, written into the name ("服务规范（30分）") or left
out (then the section weighs the sum of its items' points). Codes may be missing (sections
become S1, S2 …, items S1.1, S1.2 …); a missing kind is binary (scale when levels are given,
deduction when a per-occurrence deduction is); numbers may carry units ("5分", "30%",
"¥200"). An optional second sheet 设置 / Settings holds name, channel, pass mark,
description, notes and the record-level flag rules (JSON).

Reporting is strict: a cell that can't be read raises ``ValidationError`` with one line
naming the file, sheet, row and column. Whether the checklist can be published is not
decided here (``qa_desk.domain.checklist.problems`` does that), so an imported draft may
still need work in the editor.

**Writing** produces that same layout with headers and words in one language, a bold
frozen header, a shaded row per section, fitting column widths, and every text written as
text (a guidance starting with "=" never becomes a formula). Numbers that a cell can't hold
exactly are written as text, so that ``read_checklist`` of a written file gives back the
very same ``ChecklistSpec``.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import python_calamine
from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from qa_desk.domain.checklist import (
    DEFAULT_PASS_MARK,
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
)
from qa_desk.domain.errors import ImportFileError, ValidationError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.io.values import cell_text

__all__ = ["COLUMNS", "read_checklist", "write_checklist"]

# ------------------------------------------------------------------------------ columns
# The checklist sheet's columns in the order they are written, with the header synonyms
# recognised when reading (the first two of each are the Chinese and English headers
# written).
COLUMNS: dict[str, tuple[str, ...]] = {
    "section_code": ("维度编号", "Section code", "维度代码", "维度序号", "大类编号", "section id"),
    "section": (
        "维度",
        "Section",
        "考核维度",
        "评分维度",
        "质检维度",
        "维度名称",
        "大类",
        "模块",
        "考核模块",
        "类别",
        "dimension",
        "category",
        "section name",
        "area",
    ),
    "weight": (
        "权重",
        "Weight",
        "维度权重",
        "占比",
        "比重",
        "维度分值",
        "维度总分",
        "section weight",
        "weighting",
    ),
    "code": ("编号", "Code", "项目编号", "评分项编号", "代码", "item code", "item id", "no"),
    "text": (
        "评分项",
        "Item",
        "考核项",
        "考核项目",
        "考核内容",
        "评分内容",
        "质检项",
        "质检内容",
        "检查项",
        "评分项目",
        "item text",
        "criterion",
        "criteria",
        "check",
        "question",
    ),
    "kind": ("类型", "Kind", "评分类型", "评分方式", "计分方式", "题型", "type", "scoring type"),
    "points": (
        "分值",
        "Points",
        "满分",
        "分数",
        "标准分",
        "最高分",
        "项目分值",
        "max points",
        "score",
        "max score",
        "maximum",
    ),
    "levels": ("等级", "Levels", "分档", "档位", "可选分值", "评分等级", "scale levels", "scale"),
    "per_occurrence": (
        "每次扣分",
        "Per occurrence",
        "单次扣分",
        "每次扣",
        "扣分/次",
        "deduction per occurrence",
        "points per occurrence",
        "deduction",
    ),
    "allows_na": (
        "可N/A",
        "N/A allowed",
        "可不适用",
        "允许N/A",
        "允许不适用",
        "可NA",
        "N/A",
        "不适用",
        "allows N/A",
        "NA allowed",
    ),
    "critical": ("致命项", "Critical", "致命", "关键项", "红线", "红线项", "一票否决", "fatal"),
    "penalty": (
        "扣罚金额",
        "Penalty",
        "罚款",
        "罚款金额",
        "扣款",
        "扣款金额",
        "处罚金额",
        "penalty amount",
        "fine",
    ),
    "guidance": (
        "说明",
        "Guidance",
        "评分说明",
        "评分标准",
        "标准说明",
        "评分细则",
        "explanation",
        "how to score",
    ),
    "auto_rule": ("自动规则", "Auto rule", "智能规则", "质检规则", "automatic rule", "rule"),
    "auto_params": (
        "规则参数",
        "Rule parameters",
        "参数",
        "自动规则参数",
        "parameters",
        "params",
        "auto params",
    ),
}
_SECTION_FIELDS = ("section_code", "section", "weight")
_ITEM_FIELDS = tuple(f for f in COLUMNS if f not in _SECTION_FIELDS)

_SETTINGS: dict[str, tuple[str, ...]] = {
    "name": ("名称", "Name", "评分表名称", "表名", "评分表", "checklist", "checklist name"),
    "channel": ("渠道", "Channel", "适用渠道"),
    "pass_mark": ("合格线", "Pass mark", "合格分", "及格线", "及格分", "通过分", "passing score"),
    "description": ("说明", "Description", "描述", "简介"),
    "notes": ("备注", "Notes", "note"),
    "flag_rules": ("标记规则", "Flag rules", "风险标记规则", "记录标记规则", "flags"),
}

_CHECKLIST_SHEETS = ("评分表", "checklist", "质检评分表")
_SETTINGS_SHEETS = ("设置", "settings", "setting")
_HEADER_SEARCH_ROWS = 20
# Rows that sum the sheet up rather than hold an item.
_TOTAL_WORDS = ("合计", "总计", "总分", "小计", "total", "sum", "subtotal")


# -------------------------------------------------------------------------------- words
@dataclass(frozen=True)
class _Words:
    """The words one language writes; reading accepts those of every language and more."""

    checklist_sheet: str
    settings_sheet: str
    settings_header: tuple[str, str]
    kinds: Mapping[str, str]
    critical: Mapping[str, str]
    yes: str
    no: str
    channels: Mapping[str | None, str]


_ZH = _Words(
    checklist_sheet="评分表",
    settings_sheet="设置",
    settings_header=("设置", "值"),
    kinds={"binary": "是否", "scale": "等级", "deduction": "扣分"},
    critical={"none": "否", "section": "本维度", "all": "全单"},
    yes="是",
    no="否",
    channels={None: "通用", "chat": "在线会话", "call": "通话"},
)
_EN = _Words(
    checklist_sheet="Checklist",
    settings_sheet="Settings",
    settings_header=("Setting", "Value"),
    kinds={"binary": "binary", "scale": "scale", "deduction": "deduction"},
    critical={"none": "none", "section": "section", "all": "all"},
    yes="yes",
    no="no",
    channels={None: "both", "chat": "chat", "call": "call"},
)

_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "binary": (
        "binary",
        "是否",
        "是/否",
        "二元",
        "二选一",
        "对错",
        "合格/不合格",
        "达标/不达标",
        "yes/no",
        "pass/fail",
        "bool",
        "boolean",
    ),
    "scale": ("scale", "等级", "量表", "分档", "评级", "档位", "打分", "rating", "levels", "level"),
    "deduction": ("deduction", "扣分", "扣分项", "按次扣分", "每次扣分", "per occurrence"),
}
_CRITICAL_WORDS: dict[str, tuple[str, ...]] = {
    "none": ("none", "否", "无", "不是", "非致命", "no", "n", "false", "0", "-", "—", "×"),
    "section": (
        "section",
        "维度",
        "本维度",
        "维度致命",
        "维度清零",
        "本维度清零",
        "维度否决",
        "section only",
    ),
    # A bare "yes" on a 致命项 column means what 致命 usually means: the whole inspection fails.
    "all": (
        "all",
        "全单",
        "整单",
        "全部",
        "一票否决",
        "整单否决",
        "全单否决",
        "整单清零",
        "是",
        "致命",
        "yes",
        "y",
        "true",
        "1",
        "√",
        "✓",
        "whole",
        "total",
    ),
}
_YES_WORDS = ("是", "可", "可以", "允许", "yes", "y", "true", "1", "√", "✓", "✔")
_NO_WORDS = ("否", "不可", "不", "不允许", "no", "n", "false", "0", "×", "✗", "-", "—")
_CHANNEL_WORDS: dict[str | None, tuple[str, ...]] = {
    None: ("", "通用", "全部", "全渠道", "均可", "不限", "both", "all", "any", "none"),
    "chat": ("chat", "在线", "在线会话", "会话", "聊天", "在线客服", "文字", "im", "online"),
    "call": ("call", "通话", "电话", "语音", "热线", "呼叫", "phone", "voice"),
}

# ---------------------------------------------------------------------------- messages
_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a number"
)
_BAD_KIND = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a kind "
    "(是否/binary, 等级/scale or 扣分/deduction)",
)
_BAD_CRITICAL = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a critical level "
    "(否/none, 本维度/section or 全单/all)",
)
_BAD_YES_NO = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not yes (是) or no (否)",
)
_BAD_LEVELS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a list of levels "
    "such as 0/1/2/3",
)
_BAD_MONEY = QT_TRANSLATE_NOOP(
    "Errors", "{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not an amount"
)
_BAD_PARAMS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: the rule parameters are not a JSON "
    "object ({detail})",
)
_BAD_FLAG_RULES = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: the flag rules are not a JSON list of "
    'rules like [{{"key": …, "rule": …, "label": …, "params": {{…}}}}] ({detail})',
)
_BAD_CHANNEL = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: {value!r} is not a channel "
    "(在线会话/chat, 通话/call or 通用/both)",
)
_NO_POINTS = QT_TRANSLATE_NOOP(
    "Errors", "{file}, sheet {sheet}, row {row}, column {column}: the item has no points"
)
_NO_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: the row has item values but no item text",
)
_WEIGHT_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: the weight {value} differs from "
    "{first} given for section {section} in row {first_row}",
)
_NAME_DIFFERS = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: section {section} is named {value!r} "
    "here but {first!r} in row {first_row}",
)
_SECTION_AGAIN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: section {section} started in row "
    "{first_row} and other sections came between; keep a section's items together",
)
_NO_SECTION = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: the item comes before any section",
)
_CODE_TWICE = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}, row {row}, column {column}: the code {value!r} is already used "
    "in row {first_row}",
)
_SAME_COLUMN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}: columns {first} and {second} mean the same thing; keep one of them",
)
_NO_ITEM_COLUMN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}, sheet {sheet}: no header row with an item column (评分项 / Item) in the first "
    "{limit} rows",
)
_NO_ITEMS = QT_TRANSLATE_NOOP("Errors", "{file}, sheet {sheet}: the sheet lists no items")
_NO_SHEET = QT_TRANSLATE_NOOP("Errors", "{file}: the workbook has no worksheet")
_NOT_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "{file}: not an Excel workbook (.xlsx); save the checklist as an Excel file first"
)
_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "{file}: not a readable Excel/ODS workbook — damaged, or another kind of file ({detail})",
)
_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "{file}: the workbook is password-protected; save it without a password first"
)
_CANNOT_OPEN = QT_TRANSLATE_NOOP("Errors", "{file}: cannot open the file ({detail})")
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {reason}")
_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "{where}: a value is longer than the {limit} characters a spreadsheet cell can hold",
)

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_CELL = 32_767
_SHOWN_VALUE = 60  # characters of an offending value quoted in a message


# ------------------------------------------------------------------------------ helpers
_DROP = re.compile(r"[\s_\-:：*（）()\[\]【】/／、.。·'\"“”‘’]+")
_BRACKETED = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")


def _norm(text: str) -> str:
    """A header or word as compared: NFKC, case-folded, without spaces and punctuation."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).casefold())


def _lookup(words: Mapping[Any, Iterable[str]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, synonyms in words.items():
        for word in synonyms:
            table.setdefault(_norm(word), key)
    return table


_HEADER_LOOKUP = _lookup(COLUMNS)
_SETTING_LOOKUP = _lookup(_SETTINGS)
_KIND_LOOKUP = _lookup(_KIND_WORDS)
_CRITICAL_LOOKUP = _lookup(_CRITICAL_WORDS)
_YES_NO_LOOKUP = {**_lookup({False: _NO_WORDS}), **_lookup({True: _YES_WORDS})}
_CHANNEL_LOOKUP = _lookup(_CHANNEL_WORDS)
_TOTALS = {_norm(w) for w in _TOTAL_WORDS}
_CHECKLIST_SHEET_NAMES = {_norm(n) for n in _CHECKLIST_SHEETS}
_SETTINGS_SHEET_NAMES = {_norm(n) for n in _SETTINGS_SHEETS}


def _header_field(title: str) -> str | None:
    key = _norm(title)
    if not key:
        return None
    found = _HEADER_LOOKUP.get(key)
    if found is None:
        # "分值（分）", "权重(%)": a unit or remark in brackets after the title.
        found = _HEADER_LOOKUP.get(_norm(_BRACKETED.sub("", title)))
    return found


def _text(value: object) -> str:
    return cell_text(value).strip()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# Units and marks around a number: "5分", "30%", "¥200", "200元", "扣1分", "1分/次".
_NUMBER_TEXT = re.compile(
    r"(?:扣|每次扣?|[¥$]|rmb|cny)?\s*"
    r"(?P<number>[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*"
    r"(?:分/次|分每次|/次|分|%|元|块|pts?|points?|rmb|cny|yuan)?",
    re.IGNORECASE,
)


def _number_text(value: object) -> str | None:
    """The number in a cell as text (exactly as written), or None when there is none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return cell_text(value) if math.isfinite(value) else None
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value).strip()
    match = _NUMBER_TEXT.fullmatch(text)
    if match is None:
        return None
    return match.group("number").replace(",", "")


# ------------------------------------------------------------------------------ reading
def _is_total(row: _Row, item_text: str) -> bool:
    """A row that sums the sheet up: 合计 / Total as its item, or in any cell of a row
    without an item; never a row with a code."""
    if row.has("section_code") or row.has("code"):
        return False
    if item_text:
        return _norm(item_text) in _TOTALS
    return any(isinstance(c, str) and _norm(c) in _TOTALS for c in row.cells)


@dataclass
class _Place:
    """Where a value was read, to name it in errors."""

    file: str
    sheet: str
    titles: dict[int, str] = field(default_factory=dict)  # column index -> header text

    def column(self, col: int) -> str:
        letter = get_column_letter(col + 1)
        title = self.titles.get(col, "")
        return f"{letter} ({title})" if title else letter

    def error(
        self, template: str, row: int, col: int, value: object = "", **params: object
    ) -> ValidationError:
        shown = cell_text(value)
        if len(shown) > _SHOWN_VALUE:
            shown = shown[: _SHOWN_VALUE - 1] + "…"
        return ValidationError(
            template,
            field=self.titles.get(col) or None,
            file=self.file,
            sheet=self.sheet,
            row=row,
            column=self.column(col),
            value=shown,
            **params,
        )


@dataclass
class _Row:
    """One data row of the checklist sheet with its cells looked up by field."""

    number: int
    cells: Sequence[Any]
    columns: Mapping[str, int]

    def raw(self, name: str) -> Any:
        col = self.columns.get(name)
        if col is None or col >= len(self.cells):
            return ""
        return self.cells[col]

    def text(self, name: str) -> str:
        return _text(self.raw(name))

    def has(self, name: str) -> bool:
        return not _blank(self.raw(name))


@dataclass
class _SectionDraft:
    code: str
    name: str
    row: int
    weight: float | None = None
    weight_row: int = 0
    items: list[ItemSpec] = field(default_factory=list)


class _Reader:
    """Reads the checklist sheet's rows into section drafts, reporting the first bad cell."""

    def __init__(self, place: _Place, columns: Mapping[str, int]) -> None:
        self.place = place
        self.columns = columns
        self.sections: list[_SectionDraft] = []
        self.current: _SectionDraft | None = None
        self.codes: dict[str, int] = {}  # code given in the sheet -> its row
        self.has_sections = "section" in columns or "section_code" in columns

    # -- cells
    def col(self, name: str) -> int:
        return self.columns[name]

    def number(self, row: _Row, name: str) -> float | None:
        value = row.raw(name)
        if _blank(value):
            return None
        text = _number_text(value)
        if text is None:
            raise self.place.error(_BAD_NUMBER, row.number, self.col(name), value)
        return float(text)

    def word(
        self, row: _Row, name: str, lookup: Mapping[str, Any], template: str, default: Any
    ) -> Any:
        value = row.raw(name)
        if _blank(value):
            return default
        if isinstance(value, bool):
            value = "true" if value else "false"
        key = _norm(cell_text(value))
        if key not in lookup:
            raise self.place.error(template, row.number, self.col(name), value)
        return lookup[key]

    def levels(self, row: _Row) -> tuple[float, ...]:
        value = row.raw("levels")
        if _blank(value):
            return ()
        single = _number_text(value) if not isinstance(value, str) else None
        if single is not None:
            return (float(single),)
        if not isinstance(value, str):
            raise self.place.error(_BAD_LEVELS, row.number, self.col("levels"), value)
        span = _LEVEL_RANGE.fullmatch(unicodedata.normalize("NFKC", value).strip())
        if span is not None and int(span.group(1)) < int(span.group(2)) <= 100:
            return tuple(float(v) for v in range(int(span.group(1)), int(span.group(2)) + 1))
        parts = [p for p in re.split(r"[/,，、;；|\s]+", unicodedata.normalize("NFKC", value)) if p]
        out = []
        for part in parts:
            text = _number_text(part)
            if text is None:
                raise self.place.error(_BAD_LEVELS, row.number, self.col("levels"), value)
            out.append(float(text))
        return tuple(out)

    def money(self, row: _Row) -> Decimal | None:
        value = row.raw("penalty")
        if _blank(value):
            return None
        text = _number_text(value)
        try:
            if text is None:
                raise InvalidOperation
            return Decimal(text)
        except InvalidOperation:
            raise self.place.error(_BAD_MONEY, row.number, self.col("penalty"), value) from None

    def params(self, row: _Row) -> dict[str, Any]:
        value = row.raw("auto_params")
        if _blank(value):
            return {}
        try:
            data = json.loads(cell_text(value))
        except ValueError as exc:
            raise self.place.error(
                _BAD_PARAMS, row.number, self.col("auto_params"), value, detail=str(exc)
            ) from None
        if not isinstance(data, dict):
            raise self.place.error(
                _BAD_PARAMS,
                row.number,
                self.col("auto_params"),
                value,
                detail=type(data).__name__,
            )
        return data

    # -- rows
    def read(self, row: _Row) -> None:
        item_text = row.text("text")
        section_code = row.text("section_code")
        section_name = row.text("section")
        if _is_total(row, item_text):
            return  # a totals line ("合计 100")
        if section_code or section_name:
            self.section_on(row, section_code, section_name)
        if row.has("weight"):
            self.weight_on(row)
        if item_text:
            self.item_on(row, item_text)
        elif any(row.has(name) for name in _ITEM_FIELDS):
            raise self.place.error(_NO_TEXT, row.number, self.col("text"))

    def section_on(self, row: _Row, code: str, name: str) -> None:
        current = self.current
        if current is not None and (
            (code and code == current.code) or (not code and name == current.name)
        ):
            if code and name and current.name and name != current.name:
                raise self.place.error(
                    _NAME_DIFFERS,
                    row.number,
                    self.col("section"),
                    name,
                    section=code,
                    first=current.name,
                    first_row=current.row,
                )
            if name and not current.name:
                current.name = name
            return
        for earlier in self.sections:
            if (code and code == earlier.code) or (not code and name and name == earlier.name):
                where = "section_code" if code else "section"
                raise self.place.error(
                    _SECTION_AGAIN,
                    row.number,
                    self.col(where),
                    code or name,
                    section=code or name,
                    first_row=earlier.row,
                )
        if code:
            self.claim(code, row, "section_code")
        self.current = _SectionDraft(code=code, name=name, row=row.number)
        self.sections.append(self.current)

    def weight_on(self, row: _Row) -> None:
        weight = self.number(row, "weight")
        section = self.current_for(row, "weight")
        if section.weight is None:
            section.weight, section.weight_row = weight, row.number
        elif weight != section.weight:
            raise self.place.error(
                _WEIGHT_DIFFERS,
                row.number,
                self.col("weight"),
                row.raw("weight"),
                first=_shown_number(section.weight),
                section=section.code or section.name,
                first_row=section.weight_row,
            )

    def current_for(self, row: _Row, name: str) -> _SectionDraft:
        if self.current is None:
            if self.has_sections:
                raise self.place.error(_NO_SECTION, row.number, self.col(name))
            # A sheet without a section column is one section.
            self.current = _SectionDraft(code="", name="", row=row.number)
            self.sections.append(self.current)
        return self.current

    def claim(self, code: str, row: _Row, name: str) -> None:
        first = self.codes.get(code)
        if first is not None:
            raise self.place.error(_CODE_TWICE, row.number, self.col(name), code, first_row=first)
        self.codes[code] = row.number

    def item_on(self, row: _Row, text: str) -> None:
        section = self.current_for(row, "text")
        code = row.text("code")
        if code:
            self.claim(code, row, "code")
        levels = self.levels(row)
        per_occurrence = self.number(row, "per_occurrence")
        if per_occurrence is not None and per_occurrence < 0:
            per_occurrence = -per_occurrence  # "-1" on a deduction sheet means "take 1 off"
        inferred = "scale" if levels else "deduction" if per_occurrence is not None else "binary"
        kind = self.word(row, "kind", _KIND_LOOKUP, _BAD_KIND, inferred)
        points = self.number(row, "points")
        if points is None:
            if levels:
                points = levels[-1]
            elif "points" not in self.columns and kind == "binary":
                points = 1.0
            else:
                where = self.columns.get("points", self.col("text"))
                raise self.place.error(_NO_POINTS, row.number, where)
        if kind == "scale" and not levels and points.is_integer() and 1 <= points <= 10:
            levels = tuple(float(v) for v in range(int(points) + 1))  # "等级, 3分": 0/1/2/3
        section.items.append(
            ItemSpec(
                code=code,
                text=text,
                kind=kind,
                max_points=points,
                guidance=row.text("guidance"),
                levels=levels,
                per_occurrence=per_occurrence,
                allows_na=self.word(row, "allows_na", _YES_NO_LOOKUP, _BAD_YES_NO, False),
                critical=self.word(row, "critical", _CRITICAL_LOOKUP, _BAD_CRITICAL, "none"),
                penalty_amount=self.money(row),
                auto_rule=row.text("auto_rule") or None,
                auto_params=self.params(row),
            )
        )


def read_checklist(path: str | os.PathLike[str], name: str | None = None) -> ChecklistSpec:
    """The checklist in the workbook at ``path`` (named ``name`` when given).

    Raises ImportFileError when the file is not a readable workbook, ValidationError (one
    line naming sheet, row and column) for a cell that can't be read.
    """
    file = Path(path)
    book = _open_workbook(file)
    try:
        names = [
            m.name for m in book.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet
        ]
        if not names:
            raise ImportFileError(_NO_SHEET, file=file.name)
        settings_sheet = next((n for n in names if _norm(n) in _SETTINGS_SHEET_NAMES), None)
        # The sheet named 评分表 / Checklist, else the first with an item column (a workbook
        # may open with a sheet of instructions).
        candidates = (
            sorted(
                (n for n in names if n != settings_sheet),
                key=lambda n: _norm(n) not in _CHECKLIST_SHEET_NAMES,
            )
            or names
        )
        found: tuple[_Place, list[list[Any]], int, dict[str, int]] | None = None
        first_error: ImportFileError | None = None
        for sheet in candidates:
            place = _Place(file.name, sheet)
            rows = _sheet_rows(book, sheet, file)
            try:
                found = (place, rows, *_find_header(place, rows))
                break
            except ImportFileError as error:
                first_error = first_error or error
        settings_rows = _sheet_rows(book, settings_sheet, file) if settings_sheet else []
    finally:
        book.close()
    if found is None:
        assert first_error is not None
        raise first_error
    settings = _read_settings(_Place(file.name, settings_sheet or ""), settings_rows)
    checklist_name = (name or "").strip() or settings.get("name") or file.stem
    sections = _read_sections(*found, checklist_name)
    return ChecklistSpec(
        name=checklist_name,
        sections=sections,
        channel=settings.get("channel"),
        pass_mark=settings.get("pass_mark", DEFAULT_PASS_MARK),
        description=settings.get("description", ""),
        notes=settings.get("notes", ""),
        flag_rules=settings.get("flag_rules", ()),
    )


def _open_workbook(file: Path) -> python_calamine.CalamineWorkbook:
    try:
        with open(file, "rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise ImportFileError(
            _CANNOT_OPEN, file=file.name, detail=str(exc.strerror or exc)
        ) from exc
    if not (head.startswith(_ZIP) or head.startswith(_OLE)):
        raise ImportFileError(_NOT_WORKBOOK, file=file.name)
    try:
        with open(file, "rb") as stream:
            # Content decides the format, whatever the extension says.
            return python_calamine.CalamineWorkbook.from_filelike(stream)
    except python_calamine.PasswordError as exc:
        raise ImportFileError(_PASSWORD, file=file.name) from exc
    except BaseException as exc:  # calamine raises its own errors and, rarely, Rust panics
        if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError):
            raise
        raise ImportFileError(_UNREADABLE, file=file.name, detail=_why(exc)) from exc


def _sheet_rows(book: python_calamine.CalamineWorkbook, sheet: str, file: Path) -> list[list[Any]]:
    try:
        # The full grid from A1, so that row numbers and column letters are Excel's.
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit | MemoryError):
            raise
        raise ImportFileError(_UNREADABLE, file=file.name, detail=_why(exc)) from exc


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _find_header(place: _Place, rows: list[list[Any]]) -> tuple[int, dict[str, int]]:
    """The header row's index and the column of each recognised field."""
    seen = 0
    for index, cells in enumerate(rows):
        if all(_blank(c) for c in cells):
            continue
        seen += 1
        if seen > _HEADER_SEARCH_ROWS:
            break
        columns: dict[str, int] = {}
        titles: dict[int, str] = {}
        for col, cell in enumerate(cells):
            title = _text(cell)
            found = _header_field(title) if title else None
            if found is None:
                continue
            if found in columns:
                first = columns[found]
                raise ImportFileError(
                    _SAME_COLUMN,
                    file=place.file,
                    sheet=place.sheet,
                    first=f"{get_column_letter(first + 1)} ({titles[first]})",
                    second=f"{get_column_letter(col + 1)} ({title})",
                )
            columns[found] = col
            titles[col] = title
        if "text" in columns and len(columns) >= 2:
            place.titles = titles
            return index, columns
    raise ImportFileError(
        _NO_ITEM_COLUMN, file=place.file, sheet=place.sheet, limit=_HEADER_SEARCH_ROWS
    )


# "0-3", "0~3", "0至3": every whole number from one to the other.
_LEVEL_RANGE = re.compile(r"(\d+)\s*(?:-|~|～|至|到)\s*(\d+)")
_WEIGHT_IN_NAME = re.compile(
    r"^(?P<name>.*?)\s*[（(]\s*(?:权重|weight)?\s*[:：]?\s*(?P<weight>\d+(?:\.\d+)?)\s*"
    r"(?:分|%|％|points?|pts?)?\s*[）)]$",
    re.IGNORECASE,
)


def _read_sections(
    place: _Place,
    rows: list[list[Any]],
    header: int,
    columns: dict[str, int],
    checklist_name: str,
) -> tuple[SectionSpec, ...]:
    reader = _Reader(place, columns)
    for index in range(header + 1, len(rows)):
        cells = rows[index]
        if all(_blank(c) for c in cells):
            continue
        reader.read(_Row(index + 1, cells, columns))
    drafts = reader.sections
    if not any(d.items for d in drafts):
        raise ImportFileError(_NO_ITEMS, file=place.file, sheet=place.sheet)
    taken = set(reader.codes)
    sections = []
    for number, draft in enumerate(drafts, 1):
        name, weight = draft.name, draft.weight
        if weight is None:
            match = _WEIGHT_IN_NAME.match(name)
            if match is not None and match.group("name"):
                name, weight = match.group("name"), float(match.group("weight"))
            else:
                weight = sum(i.max_points for i in draft.items)
        if not reader.has_sections and not name:
            name = checklist_name
        code = draft.code or _free_code(f"S{number}", taken)
        items = []
        for position, item in enumerate(draft.items, 1):
            if not item.code:
                item = replace(item, code=_free_code(f"{code}.{position}", taken))
            items.append(item)
        sections.append(SectionSpec(code=code, name=name, weight=weight, items=tuple(items)))
    return tuple(sections)


def _free_code(wanted: str, taken: set[str]) -> str:
    code, suffix = wanted, 2
    while code in taken:
        code = f"{wanted}-{suffix}"
        suffix += 1
    taken.add(code)
    return code


def _read_settings(place: _Place, rows: list[list[Any]]) -> dict[str, Any]:
    """Name, channel, pass mark, description, notes and flag rules from the settings sheet:
    one setting a row, its name in the first used column and its value in the next."""
    out: dict[str, Any] = {}
    for index, cells in enumerate(rows):
        filled = [(col, c) for col, c in enumerate(cells) if not _blank(c)]
        if not filled:
            continue
        key_col, key = filled[0]
        setting = _SETTING_LOOKUP.get(_norm(_text(key)))
        if setting is None:
            continue  # a header row, a remark: not a setting
        col = key_col + 1
        value = cells[col] if col < len(cells) else ""
        place.titles = {col: _text(key)}
        out[setting] = _setting(place, setting, index + 1, col, value)
    return out


def _setting(place: _Place, setting: str, row: int, col: int, value: object) -> Any:
    if setting == "pass_mark":
        if _blank(value):
            return DEFAULT_PASS_MARK
        text = _number_text(value)
        if text is None:
            raise place.error(_BAD_NUMBER, row, col, value)
        return float(text)
    if setting == "channel":
        key = _norm(_text(value))
        if key not in _CHANNEL_LOOKUP:
            raise place.error(_BAD_CHANNEL, row, col, value)
        return _CHANNEL_LOOKUP[key]
    if setting == "flag_rules":
        return _flag_rules(place, row, col, value)
    # Texts keep their inner line breaks; surrounding spaces are the sheet's, not the text's.
    return _text(value)


def _flag_rules(place: _Place, row: int, col: int, value: object) -> tuple[FlagRuleSpec, ...]:
    if _blank(value):
        return ()

    def bad(detail: str) -> ValidationError:
        return place.error(_BAD_FLAG_RULES, row, col, value, detail=detail)

    try:
        data = json.loads(cell_text(value))
    except ValueError as exc:
        raise bad(str(exc)) from None
    if not isinstance(data, list):
        raise bad(type(data).__name__)
    rules = []
    for number, entry in enumerate(data, 1):
        if not isinstance(entry, dict):
            raise bad(f"entry {number}")
        key, rule = entry.get("key"), entry.get("rule")
        label, params = entry.get("label", ""), entry.get("params", {})
        if not isinstance(key, str) or not isinstance(rule, str):
            raise bad(f"entry {number}: key and rule")
        if not isinstance(label, str) or not isinstance(params, dict):
            raise bad(f"entry {number}: label and params")
        rules.append(FlagRuleSpec(key=key, rule=rule, label=label, params=params))
    return tuple(rules)


# ------------------------------------------------------------------------------ writing
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_SECTION_FILL = PatternFill("solid", fgColor="EDF2F9")
_BOLD = Font(bold=True)
_THIN = Side(style="thin", color="B4C6E7")
_SECTION_BORDER = Border(top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Spreadsheets read "_x0041_" in a cell's text as an escaped character ("A"); a literal one
# is kept by escaping its underscore ("_x005F_").
_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
# Widest a column grows (in character cells) before its text wraps.
_MAX_WIDTH = {"text": 36, "guidance": 56, "auto_params": 48, "section": 16, "auto_rule": 20}
_DEFAULT_MAX_WIDTH = 14


def _words(lang: str) -> _Words:
    return _ZH if lang.lower().replace("-", "_").startswith("zh") else _EN


def _exact_number(value: float) -> bool:
    """Whether a cell stores ``value`` exactly (openpyxl writes 16 significant digits)."""
    return math.isfinite(value) and float(f"{value:.16g}") == value


def _number_cell(value: float | Decimal) -> float | int | str:
    """A number for a cell; as text when a number cell would not give it back exactly."""
    if isinstance(value, Decimal):
        if value.is_finite():
            as_float = float(value)
            if _exact_number(as_float) and Decimal(cell_text(as_float)) == value:
                return int(as_float) if as_float.is_integer() else as_float
        return str(value)
    return value if _exact_number(value) else repr(value)


def _shown_number(value: float) -> str:
    return cell_text(value) if _exact_number(value) else repr(value)


def _put(sheet: Worksheet, row: int, col: int, value: object) -> Cell:
    cell = sheet.cell(row=row, column=col)
    if value is None or value == "":
        return cell
    if isinstance(value, str):
        text = _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
        text = _ESCAPE_LIKE.sub("_x005F_", text)
        if len(text) > _MAX_CELL:
            raise ValidationError(
                _TOO_LONG, field="text", where=f"{sheet.title}!{cell.coordinate}", limit=_MAX_CELL
            )
        cell.value = text
        # openpyxl takes "=…" for a formula on assignment; a checklist's texts are text.
        cell.data_type = "s"
        if text.startswith(_FORMULA_STARTS):
            cell.quotePrefix = True
        return cell
    cell.value = value
    return cell


def _item_values(item: ItemSpec, words: _Words) -> dict[str, object]:
    return {
        "code": item.code,
        "text": item.text,
        "kind": words.kinds.get(item.kind, item.kind),
        "points": _number_cell(item.max_points),
        "levels": "/".join(_shown_number(v) for v in item.levels),
        "per_occurrence": None
        if item.per_occurrence is None
        else _number_cell(item.per_occurrence),
        "allows_na": words.yes if item.allows_na else words.no,
        "critical": words.critical.get(item.critical, item.critical),
        "penalty": None if item.penalty_amount is None else _number_cell(item.penalty_amount),
        "guidance": item.guidance,
        "auto_rule": item.auto_rule or "",
        "auto_params": _json(dict(item.auto_params)) if item.auto_params else "",
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def _display_width(value: object) -> int:
    text = value if isinstance(value, str) else cell_text(value)
    longest = 0
    for line in text.splitlines() or [""]:
        width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
        longest = max(longest, width)
    return longest


def write_checklist(spec: ChecklistSpec, path: str | os.PathLike[str], lang: str = "zh_CN") -> None:
    """Write ``spec`` to a workbook at ``path`` with headers and words in ``lang``.

    Written to a temporary file first and then renamed, so a failure leaves nothing behind.
    Raises ValidationError when the file can't be written.
    """
    words = _words(lang)
    header_index = 0 if words is _ZH else 1
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = words.checklist_sheet
    fields = list(COLUMNS)
    column_of = {name: position for position, name in enumerate(fields, 1)}
    widths = {name: _display_width(COLUMNS[name][header_index]) for name in fields}

    for name in fields:
        cell = _put(sheet, 1, column_of[name], COLUMNS[name][header_index])
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    row = 1
    for section in spec.sections:
        row += 1
        values: dict[str, object] = {
            "section_code": section.code,
            "section": section.name,
            "weight": _number_cell(section.weight),
        }
        for name in fields:
            cell = _put(sheet, row, column_of[name], values.get(name))
            cell.font = _BOLD
            cell.fill = _SECTION_FILL
            cell.border = _SECTION_BORDER
            cell.alignment = Alignment(vertical="top")
        for name, value in values.items():
            widths[name] = max(widths[name], _display_width(value))
        for item in section.items:
            row += 1
            for name, value in _item_values(item, words).items():
                cell = _put(sheet, row, column_of[name], value)
                cell.alignment = _WRAP_TOP
                widths[name] = max(widths[name], _display_width(value))
    for name in fields:
        limit = _MAX_WIDTH.get(name, _DEFAULT_MAX_WIDTH)
        width = max(6, min(widths[name], limit)) + 2
        sheet.column_dimensions[get_column_letter(column_of[name])].width = width
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 20
    if row > 1:
        _choices(sheet, column_of["kind"], row, words.kinds.values())
        _choices(sheet, column_of["allows_na"], row, (words.yes, words.no))
        _choices(sheet, column_of["critical"], row, words.critical.values())

    _write_settings(book.create_sheet(words.settings_sheet), spec, words)
    _save(book, Path(path))


def _choices(sheet: Worksheet, col: int, last_row: int, values: Iterable[str]) -> None:
    """A drop-down of the accepted words (other spellings are still accepted when read)."""
    letter = get_column_letter(col)
    check = DataValidation(
        type="list", formula1='"' + ",".join(values) + '"', allow_blank=True, showErrorMessage=False
    )
    check.add(f"{letter}2:{letter}{last_row}")
    sheet.add_data_validation(check)


def _write_settings(sheet: Worksheet, spec: ChecklistSpec, words: _Words) -> None:
    index = 0 if words is _ZH else 1
    rules = [
        {"key": r.key, "rule": r.rule, "label": r.label, "params": dict(r.params)}
        for r in spec.flag_rules
    ]
    # One rule a line: the cell stays readable and each rule can be edited on its own.
    flag_rules = "[\n" + ",\n".join(_json(r) for r in rules) + "\n]" if rules else ""
    values: list[tuple[str, object]] = [
        ("name", spec.name),
        ("channel", words.channels.get(spec.channel, spec.channel or "")),
        ("pass_mark", _number_cell(spec.pass_mark)),
        ("description", spec.description),
        ("notes", spec.notes),
        ("flag_rules", flag_rules),
    ]
    for col, title in enumerate(words.settings_header, 1):
        cell = _put(sheet, 1, col, title)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
    for row, (setting, value) in enumerate(values, 2):
        key = _put(sheet, row, 1, _SETTINGS[setting][index])
        key.font = _BOLD
        key.alignment = Alignment(vertical="top")
        _put(sheet, row, 2, value).alignment = _WRAP_TOP
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 90
    sheet.freeze_panes = "A2"


def _save(book: Workbook, target: Path) -> None:
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
        book.save(temp)
        os.replace(temp, target)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    finally:
        if temp.exists():
            temp.unlink()


def _unwritable(target: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        _CANNOT_WRITE, field="path", path=str(target), reason=exc.strerror or str(exc)
    )
