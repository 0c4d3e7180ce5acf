"""Small tables of the checklist editor: the problems of the version being edited, its
record-level flag rules, and the changes between two versions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from qa_desk.domain.checklist import Change, ChecklistSpec, FlagRuleSpec, Problem
from qa_desk.ui.models.checklist_labels import (
    change_kind_label,
    field_label,
    field_value_text,
    rule_label,
    target_label,
)
from qa_desk.ui.models.chunked import ChunkedListModel
from qa_desk.ui.models.table import Column, RowTableModel


def problem_text(problem: Problem) -> str:
    """The problem in the interface language (its template is marked in "Errors")."""
    text = QCoreApplication.translate("Errors", problem.template)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide the problem.
        return problem.message()


@dataclass(frozen=True)
class ProblemRow:
    """A domain problem, or a message of the editor itself (already translated)."""

    where: str
    problem: Problem | None = None
    text: str = ""

    def message(self) -> str:
        return problem_text(self.problem) if self.problem is not None else self.text


class ProblemModel(ChunkedListModel):
    CONTEXT = "ChecklistProblemModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ChecklistProblemModel", "Where"), lambda r: r.where),
        Column(QT_TRANSLATE_NOOP("ChecklistProblemModel", "Problem"), lambda r: r.message()),
    )

    def set_problems(self, rows: Iterable[ProblemRow]) -> None:
        rows = list(rows)
        if rows != self._source:
            self.set_rows(rows)


class FlagRuleModel(RowTableModel):
    """The version's record-level rules, edited in place (a handful of rows)."""

    CONTEXT = "ChecklistFlagRuleModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ChecklistFlagRuleModel", "Key"), lambda r: r.key),
        Column(QT_TRANSLATE_NOOP("ChecklistFlagRuleModel", "Rule"), lambda r: rule_label(r.rule)),
        Column(QT_TRANSLATE_NOOP("ChecklistFlagRuleModel", "Label"), lambda r: r.label),
    )

    def set_rules(self, rules: Sequence[FlagRuleSpec]) -> None:
        self.beginResetModel()
        self._rows = list(rules)
        self.endResetModel()

    def rules(self) -> tuple[FlagRuleSpec, ...]:
        return tuple(self._rows)

    def update_rule(self, row: int, rule: FlagRuleSpec) -> None:
        if self._rows[row] == rule:
            return
        self._rows[row] = rule
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def insert_rule(self, row: int, rule: FlagRuleSpec) -> QModelIndex:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, rule)
        self.endInsertRows()
        return self.index(row, 0)

    def remove_rule(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()


@dataclass(frozen=True)
class ChangeRow:
    change: Change
    name: str  # the section's name or the item's text, to recognise it by

    def where(self) -> str:
        change = self.change
        if change.target == "checklist":
            return target_label("checklist")
        label = f"{target_label(change.target)} {change.code}"
        return f"{label} · {self.name}" if self.name else label

    def field(self) -> str:
        return field_label(self.change.field)

    def old(self) -> str:
        change = self.change
        if change.kind == "added":
            return ""
        if change.kind == "removed":
            return change.old if isinstance(change.old, str) else ""
        return field_value_text(change.field, change.old)

    def new(self) -> str:
        change = self.change
        if change.kind == "removed":
            return ""
        if change.kind == "added":
            return change.new if isinstance(change.new, str) else ""
        return field_value_text(change.field, change.new)


def change_rows(
    changes: Iterable[Change], old: ChecklistSpec, new: ChecklistSpec
) -> list[ChangeRow]:
    """Rows for ``changes``, naming each section and item as the newer version does."""
    names: dict[tuple[str, str], str] = {}
    for spec in (old, new):  # the newer name wins
        for section in spec.sections:
            names[("section", section.code)] = section.name
            for item in section.items:
                names[("item", item.code)] = item.text
    return [ChangeRow(c, names.get((c.target, c.code), "")) for c in changes]


class ChangeModel(ChunkedListModel):
    CONTEXT = "ChecklistChangeModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("ChecklistChangeModel", "Change"),
            lambda r: change_kind_label(r.change.kind),
        ),
        Column(QT_TRANSLATE_NOOP("ChecklistChangeModel", "Section or item"), lambda r: r.where()),
        Column(QT_TRANSLATE_NOOP("ChecklistChangeModel", "Field"), lambda r: r.field()),
        Column(QT_TRANSLATE_NOOP("ChecklistChangeModel", "Before"), lambda r: r.old()),
        Column(QT_TRANSLATE_NOOP("ChecklistChangeModel", "After"), lambda r: r.new()),
    )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Long texts (guidance, descriptions) are read in full in the tooltip.
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() >= 3:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)
