"""The editor of one checklist version: its name, channel, pass mark and description, the tree
of sections and items with a detail form for the selected one, the record-level flag rules,
and the problems that stop it from being published, kept current as the user types.

The editor holds no service: the page loads a spec into it (``load``), reads the edited spec
back (``spec``) and stores it. Values are written back only for fields the user changed, so
loading a version and reading it again gives exactly what was loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QRegularExpression,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QScrollArea,
    QWidget,
)

from qa_desk.domain.autocheck import RuleType
from qa_desk.domain.autocheck.rule_types import normalise_params
from qa_desk.domain.checklist import (
    CRITICAL_LEVELS,
    ITEM_KINDS,
    ChecklistSpec,
    FlagRuleSpec,
    ItemSpec,
    SectionSpec,
    problems,
)
from qa_desk.domain.errors import ValidationError
from qa_desk.ui.forms.ui_checklist_editor import Ui_ChecklistEditor
from qa_desk.ui.messages import confirm, translated_error
from qa_desk.ui.models.checklist_labels import (
    CHANNELS,
    channel_label,
    critical_label,
    kind_label,
    levels_text,
    number_text,
    rule_channels_note,
    rule_label,
)
from qa_desk.ui.models.checklist_tables import FlagRuleModel, ProblemModel, ProblemRow
from qa_desk.ui.models.checklist_tree import COL_RULE, COL_TEXT, ChecklistTreeModel
from qa_desk.ui.widgets.combos import fill_combo
from qa_desk.ui.widgets.tables import configure_table

# Levels are numbers separated by commas (also Chinese ones), slashes, semicolons or spaces.
_SEPARATORS = r"[\s,，、/;；]"
_NUMBER = r"[0-9]+(?:\.[0-9]*)?"
_LEVELS_PATTERN = rf"^{_SEPARATORS}*(?:{_NUMBER}(?:{_SEPARATORS}+{_NUMBER})*)?{_SEPARATORS}*$"
_PENALTY_PATTERN = r"^(?:[0-9]{1,10}(?:\.[0-9]{0,2})?)?$"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NEW_WEIGHT = 10.0
_PROBLEM_ROWS = 3  # the problems list's height, in rows
_RULE_COLUMN_WIDTH = 110
_TREE_SHARE = 0.6  # of the structure tab's width; the detail form takes the rest
_DETAIL_EMPTY, _DETAIL_SECTION, _DETAIL_ITEM = range(3)


def parse_levels(text: str) -> tuple[float, ...]:
    return tuple(float(v) for v in re.findall(_NUMBER, text))


def parse_penalty(text: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _fit_scroll(scroll: QScrollArea) -> None:
    """Never narrower than its form: the splitter takes the room from the tree instead of
    cutting fields off (the scroll area only scrolls vertically)."""
    content = scroll.widget()
    if content is None:
        return
    content.adjustSize()
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())


def select_data(combo: QComboBox, value: Any) -> None:
    """Make the entry whose data equals ``value`` current (None included); else the first."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return
    combo.setCurrentIndex(0 if combo.count() else -1)


class ChecklistEditor(QWidget):
    sig_changed = Signal()
    """The user changed something in the version (the spec or its problems may differ)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistEditor()
        self.ui.setupUi(self)
        self._base = ChecklistSpec(name="")
        self._header: dict[str, Any] = {}  # checklist fields the user changed
        self._editable = True
        self._loading = False
        self._rule_types: Mapping[str, RuleType] = {}
        self._pack_names: tuple[str, ...] = ()
        self._sized = False  # the splitter is divided the first time the editor shows

        self.tree = ChecklistTreeModel(self)
        self.flags = FlagRuleModel(self)
        self.problem_model = ProblemModel(self)
        self._setup_views()
        self._setup_fields()
        self._fill_choices()
        self._connect()
        self._show_detail(QModelIndex())
        self._show_flag(-1)
        self._refresh_problems()
        self._update_buttons()

    # --------------------------------------------------------------- set-up
    def _setup_views(self) -> None:
        view = self.ui.structureView
        view.setModel(self.tree)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setAlternatingRowColors(True)
        view.setUniformRowHeights(True)
        view.setAllColumnsShowFocus(True)
        view.setIndentation(14)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_RULE, _RULE_COLUMN_WIDTH)
        header.setMinimumSectionSize(36)

        configure_table(self.ui.flagView, sortable=False)
        self.ui.flagView.setModel(self.flags)
        configure_table(self.ui.problemView, sortable=False)
        self.ui.problemView.setModel(self.problem_model)
        self.ui.problemView.horizontalHeader().resizeSection(0, 90)
        # A few rows: the list scrolls when there are more, the editor keeps its room.
        row = self.ui.problemView.verticalHeader().defaultSectionSize()
        header = self.ui.problemView.horizontalHeader().sizeHint().height()
        self.ui.problemView.setFixedHeight(row * _PROBLEM_ROWS + header + 4)
        self.ui.editorLayout.setStretchFactor(self.ui.tabs, 1)
        self.ui.structureSplitter.setStretchFactor(0, 3)
        self.ui.structureSplitter.setStretchFactor(1, 2)
        self.ui.flagSplitter.setStretchFactor(0, 1)
        self.ui.flagSplitter.setStretchFactor(1, 1)

    def _setup_fields(self) -> None:
        ui = self.ui
        line = ui.description.fontMetrics().lineSpacing()
        ui.description.setFixedHeight(line * 2 + 14)
        ui.itemGuidance.setFixedHeight(line * 3 + 14)
        ui.itemLevels.setValidator(
            QRegularExpressionValidator(QRegularExpression(_LEVELS_PATTERN), ui.itemLevels)
        )
        ui.itemPenalty.setValidator(
            QRegularExpressionValidator(QRegularExpression(_PENALTY_PATTERN), ui.itemPenalty)
        )
        for spin in (ui.sectionWeight, ui.itemPoints, ui.itemPerOccurrence, ui.passMark):
            spin.setAccelerated(True)
        self._shortcuts = [
            QShortcut(QKeySequence("Ctrl+Up"), ui.structureView, self.move_up),
            QShortcut(QKeySequence("Ctrl+Down"), ui.structureView, self.move_down),
            QShortcut(QKeySequence.StandardKey.Delete, ui.structureView, self.remove_current),
        ]
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _fill_choices(self) -> None:
        ui = self.ui
        with QSignalBlocker(ui.channel):
            fill_combo(ui.channel, [(channel_label(c), c) for c in CHANNELS])
        with QSignalBlocker(ui.itemKind):
            fill_combo(ui.itemKind, [(kind_label(k), k) for k in ITEM_KINDS])
        with QSignalBlocker(ui.itemCritical):
            fill_combo(ui.itemCritical, [(critical_label(c), c) for c in CRITICAL_LEVELS])
        self._fill_rule_combos()

    def _fill_rule_combos(self) -> None:
        ui = self.ui
        item = self._current_item()
        flag = self._current_flag()
        with QSignalBlocker(ui.itemRule):
            choices: list[tuple[str, Any]] = [(rule_label(None), None)]
            # Item rules first; record-level ones (flags) fail the item when bound to one.
            names = [n for n, t in self._rule_types.items() if t.item_bound]
            names += [n for n, t in self._rule_types.items() if not t.item_bound]
            choices += [(rule_label(n), n) for n in names]
            if item is not None and item.auto_rule and item.auto_rule not in names:
                choices.append((rule_label(item.auto_rule), item.auto_rule))
            fill_combo(ui.itemRule, choices, select=item.auto_rule if item else None)
        with QSignalBlocker(ui.flagRule):
            flag_names = list(self._rule_types)
            if flag is not None and flag.rule not in flag_names:
                flag_names.append(flag.rule)
            fill_combo(
                ui.flagRule,
                [(rule_label(n), n) for n in flag_names],
                select=flag.rule if flag else None,
            )

    def _connect(self) -> None:
        ui = self.ui
        ui.name.textEdited.connect(lambda t: self._edit_header(name=t))
        ui.channel.currentIndexChanged.connect(
            lambda _i: self._edit_header(channel=ui.channel.currentData())
        )
        ui.passMark.valueChanged.connect(lambda v: self._edit_header(pass_mark=float(v)))
        ui.description.textChanged.connect(
            lambda: self._edit_header(description=ui.description.toPlainText())
        )

        selection = ui.structureView.selectionModel()
        selection.currentRowChanged.connect(lambda current, _prev: self._show_detail(current))
        self.tree.sig_edited.connect(self._tree_edited)
        self.tree.rowsMoved.connect(lambda *_args: self._follow_current())
        ui.addSection.clicked.connect(self.add_section)
        ui.addItem.clicked.connect(self.add_item)
        ui.removeNode.clicked.connect(self.remove_current)
        ui.moveUp.clicked.connect(self.move_up)
        ui.moveDown.clicked.connect(self.move_down)

        ui.sectionCode.textEdited.connect(lambda t: self._edit_section(code=t.strip()))
        ui.sectionName.textEdited.connect(lambda t: self._edit_section(name=t))
        ui.sectionWeight.valueChanged.connect(lambda v: self._edit_section(weight=float(v)))

        ui.itemCode.textEdited.connect(lambda t: self._edit_item(code=t.strip()))
        ui.itemText.textEdited.connect(lambda t: self._edit_item(text=t))
        ui.itemGuidance.textChanged.connect(
            lambda: self._edit_item(guidance=ui.itemGuidance.toPlainText())
        )
        ui.itemKind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.itemPoints.valueChanged.connect(lambda v: self._edit_item(max_points=float(v)))
        ui.itemLevels.textEdited.connect(lambda t: self._edit_item(levels=parse_levels(t)))
        ui.itemLevels.editingFinished.connect(self._tidy_levels)
        ui.itemPerOccurrence.valueChanged.connect(
            lambda v: self._edit_item(per_occurrence=float(v))
        )
        ui.itemAllowsNa.toggled.connect(lambda on: self._edit_item(allows_na=bool(on)))
        ui.itemCritical.currentIndexChanged.connect(
            lambda _i: self._edit_item(critical=ui.itemCritical.currentData())
        )
        ui.itemPenalty.textEdited.connect(
            lambda t: self._edit_item(penalty_amount=parse_penalty(t))
        )
        ui.itemRule.currentIndexChanged.connect(lambda _i: self._item_rule_changed())
        ui.itemParams.sig_changed.connect(
            lambda: self._edit_item(auto_params=ui.itemParams.params())
        )

        ui.flagView.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._show_flag(current.row())
        )
        ui.addFlag.clicked.connect(self.add_flag)
        ui.removeFlag.clicked.connect(self.remove_flag)
        ui.flagKey.textEdited.connect(lambda t: self._edit_flag(key=t.strip()))
        ui.flagLabel.textEdited.connect(lambda t: self._edit_flag(label=t))
        ui.flagRule.currentIndexChanged.connect(lambda _i: self._flag_rule_changed())
        ui.flagParams.sig_changed.connect(lambda: self._edit_flag(params=ui.flagParams.params()))

        ui.problemView.doubleClicked.connect(self._go_to_problem)

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Fill widgets without taking their change signals for the user's edits."""
        before = self._loading
        self._loading = True
        try:
            yield
        finally:
            self._loading = before

    # --------------------------------------------------------------- the page's interface
    def set_rule_types(self, rule_types: Mapping[str, RuleType], pack_names: Sequence[str]) -> None:
        """The automatic rule types offered, and the word lists their parameters may name."""
        self._rule_types = dict(rule_types)
        self._pack_names = tuple(pack_names)
        self._fill_rule_combos()
        self._refresh_problems()

    def load(self, spec: ChecklistSpec, editable: bool) -> None:
        """Show ``spec``; ``editable`` False shows it read-only (published, or no right)."""
        with self._quiet():
            self._base = spec
            self._header = {}
            ui = self.ui
            ui.name.setText(spec.name)
            ui.name.setCursorPosition(0)
            select_data(ui.channel, spec.channel)
            ui.passMark.setValue(spec.pass_mark)
            ui.description.setPlainText(spec.description)
            self.tree.set_sections(spec.sections)
            self.flags.set_rules(spec.flag_rules)
            self.ui.structureView.expandAll()
            self._show_detail(QModelIndex())
            self._show_flag(-1)
        self.set_editable(editable)
        self._refresh_problems()
        self._update_buttons()

    def spec(self) -> ChecklistSpec:
        """The version as edited."""
        return replace(
            self._base,
            **self._header,
            sections=self.tree.sections(),
            flag_rules=self.flags.rules(),
        )

    def loaded_spec(self) -> ChecklistSpec:
        return self._base

    def is_modified(self) -> bool:
        return self.spec() != self._base

    def mark_saved(self, spec: ChecklistSpec) -> None:
        """``spec`` was stored: it becomes what "modified" compares with, the view stays."""
        self._base = spec
        self._header = {}

    def is_editable(self) -> bool:
        return self._editable

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        ui = self.ui
        for line in (
            ui.name,
            ui.sectionCode,
            ui.sectionName,
            ui.itemCode,
            ui.itemText,
            ui.itemLevels,
            ui.itemPenalty,
            ui.flagKey,
            ui.flagLabel,
        ):
            line.setReadOnly(not editable)
        for text in (ui.description, ui.itemGuidance):
            text.setReadOnly(not editable)
        for spin in (ui.passMark, ui.sectionWeight, ui.itemPoints, ui.itemPerOccurrence):
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        for widget in (
            ui.channel,
            ui.itemKind,
            ui.itemCritical,
            ui.itemAllowsNa,
            ui.itemRule,
            ui.flagRule,
        ):
            widget.setEnabled(editable)
        ui.itemParams.set_read_only(not editable)
        ui.flagParams.set_read_only(not editable)
        self.tree.set_editable(editable)
        ui.structureView.setDragEnabled(editable)
        ui.structureView.setAcceptDrops(editable)
        ui.structureView.viewport().setAcceptDrops(editable)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(editable)
        self._update_buttons()

    def problem_rows(self) -> list[ProblemRow]:
        """What stops the version from being published, in the order the domain reports."""
        spec = self.spec()
        known = self._rule_types if self._rule_types else None
        rows = [ProblemRow(p.where, p) for p in problems(spec, known)]
        # Parameters as the automatic checks will read them: a bad regular expression or a
        # missing speaker shows now, not when the checks first run.
        packs = dict.fromkeys(self._pack_names)
        rules = [(i.code, i.auto_rule, i.auto_params) for _s, i in spec.items() if i.auto_rule]
        rules += [(r.key, r.rule, r.params) for r in spec.flag_rules]
        for code, name, params in rules:
            rule = self._rule_types.get(name or "")
            if rule is None:
                continue
            try:
                normalise_params(code, rule, params, packs)
            except ValidationError as error:
                rows.append(ProblemRow(code, text=translated_error(error)))
        return rows

    def select_code(self, code: str) -> bool:
        """Select the section or item with ``code`` (or the flag rule with that key)."""
        index = self.tree.find_code(code)
        if index.isValid():
            self.ui.tabs.setCurrentWidget(self.ui.structureTab)
            self._select_tree(index)
            return True
        for row, rule in enumerate(self.flags.rules()):
            if rule.key == code:
                self.ui.tabs.setCurrentWidget(self.ui.flagsTab)
                self.ui.flagView.setCurrentIndex(self.flags.index(row, 0))
                return True
        return False

    def current_code(self) -> str | None:
        where = self.tree.position(self.ui.structureView.currentIndex())
        if where is None:
            return None
        section_row, item_row = where
        if item_row is None:
            return self.tree.section_at(section_row).code
        return self.tree.item_at(section_row, item_row).code

    # --------------------------------------------------------------- header fields
    def _edit_header(self, **changes: Any) -> None:
        if self._loading or not self._editable:
            return
        for name, value in changes.items():
            if getattr(self._base, name) == value:
                self._header.pop(name, None)
            else:
                self._header[name] = value
        self._changed()

    # --------------------------------------------------------------- structure
    def _current_position(self) -> tuple[int, int | None] | None:
        return self.tree.position(self.ui.structureView.currentIndex())

    def _current_item(self) -> ItemSpec | None:
        where = self._current_position()
        if where is None or where[1] is None:
            return None
        return self.tree.item_at(where[0], where[1])

    def _current_section_row(self) -> int | None:
        where = self._current_position()
        return None if where is None else where[0]

    def _select_tree(self, index: QModelIndex) -> None:
        view = self.ui.structureView
        if index.parent().isValid():
            view.expand(index.parent())
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)

    def _follow_current(self) -> None:
        # A moved row keeps its selection; the detail form may show a new position.
        self._show_detail(self.ui.structureView.currentIndex())

    def add_section(self) -> None:
        if not self._editable:
            return
        current = self._current_section_row()
        row = self.tree.section_count() if current is None else current + 1
        spec = SectionSpec(code=self._new_section_code(), name="", weight=_NEW_WEIGHT)
        index = self.tree.insert_section(row, spec)
        self._select_tree(index)
        self.ui.sectionName.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_item(self) -> None:
        if not self._editable:
            return
        where = self._current_position()
        if where is None:
            return
        section_row, item_row = where
        section = self.tree.section_at(section_row)
        row = len(section.items) if item_row is None else item_row + 1
        spec = ItemSpec(code=self._new_item_code(section), text="", kind="binary", max_points=1.0)
        index = self.tree.insert_item(section_row, row, spec)
        self._select_tree(index)
        self.ui.itemText.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        if not self._editable:
            return
        index = self.ui.structureView.currentIndex()
        where = self.tree.position(index)
        if where is None:
            return
        section_row, item_row = where
        if item_row is None:
            section = self.tree.section_at(section_row)
            if section.items and not confirm(
                self,
                self.tr("Remove section {0} and its {1} items?").format(
                    section.code, len(section.items)
                ),
            ):
                return
        self.tree.remove(index)
        self._show_detail(self.ui.structureView.currentIndex())

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        if not self._editable:
            return
        where = self._current_position()
        if where is None:
            return
        section_row, item_row = where
        if item_row is None:
            to = section_row + step
            if self.tree.move_section(section_row, to):
                self._select_tree(self.tree.section_index(to))
            return
        to_section, to = section_row, item_row + step
        count = len(self.tree.section_at(section_row).items)
        if to < 0 and section_row > 0:
            # Up from the first item: to the end of the section above.
            to_section = section_row - 1
            to = len(self.tree.section_at(to_section).items)
        elif to >= count and section_row + 1 < self.tree.section_count():
            to_section, to = section_row + 1, 0
        elif not 0 <= to < count:
            return
        if self.tree.move_item(section_row, item_row, to_section, to):
            self._select_tree(self.tree.item_index(to_section, to))

    def _new_section_code(self) -> str:
        codes = self.tree.codes() | {r.key for r in self.flags.rules()}
        for letter in _LETTERS:
            if letter not in codes:
                return letter
        n = 1
        while f"S{n}" in codes:
            n += 1
        return f"S{n}"

    def _new_item_code(self, section: SectionSpec) -> str:
        codes = self.tree.codes() | {r.key for r in self.flags.rules()}
        prefix = section.code if not section.code[-1:].isdigit() else f"{section.code}."
        n = len(section.items) + 1
        while f"{prefix}{n}" in codes:
            n += 1
        return f"{prefix}{n}"

    def _tree_edited(self) -> None:
        if not self._loading:
            self._changed()

    # --------------------------------------------------------------- detail form
    def _show_detail(self, index: QModelIndex) -> None:
        where = self.tree.position(index)
        ui = self.ui
        with self._quiet():
            if where is None:
                ui.detailStack.setCurrentIndex(_DETAIL_EMPTY)
            elif where[1] is None:
                self._fill_section(self.tree.section_at(where[0]))
                ui.detailStack.setCurrentIndex(_DETAIL_SECTION)
            else:
                self._fill_item(self.tree.item_at(where[0], where[1]))
                ui.detailStack.setCurrentIndex(_DETAIL_ITEM)
        _fit_scroll(ui.detailScroll)
        self._update_buttons()

    def _fill_section(self, section: SectionSpec) -> None:
        ui = self.ui
        ui.sectionCode.setText(section.code)
        ui.sectionName.setText(section.name)
        ui.sectionWeight.setValue(section.weight)
        self._update_section_summary(section)

    def _update_section_summary(self, section: SectionSpec) -> None:
        points = number_text(sum(i.max_points for i in section.items))
        total = sum(s.weight for s in self.tree.sections())
        share = 100 * section.weight / total if total > 0 else 0
        self.ui.sectionSummary.setText(
            self.tr("{0} items worth {1} points; the weight is {2} % of the total.").format(
                len(section.items), points, number_text(round(share, 1))
            )
        )

    def _fill_item(self, item: ItemSpec) -> None:
        ui = self.ui
        ui.itemCode.setText(item.code)
        ui.itemText.setText(item.text)
        ui.itemText.setCursorPosition(0)
        ui.itemGuidance.setPlainText(item.guidance)
        select_data(ui.itemKind, item.kind)
        ui.itemPoints.setValue(item.max_points)
        ui.itemLevels.setText(levels_text(item.levels))
        ui.itemPerOccurrence.setValue(item.per_occurrence or 0.0)
        ui.itemAllowsNa.setChecked(item.allows_na)
        select_data(ui.itemCritical, item.critical)
        ui.itemPenalty.setText("" if item.penalty_amount is None else str(item.penalty_amount))
        self._fill_rule_combos()
        self._show_item_rule(item)
        self._update_kind_rows(item.kind)

    def _update_kind_rows(self, kind: str) -> None:
        form = self.ui.itemForm
        form.setRowVisible(self.ui.itemLevels, kind == "scale")
        form.setRowVisible(self.ui.itemPerOccurrence, kind == "deduction")

    def _show_item_rule(self, item: ItemSpec) -> None:
        rule = self._rule_types.get(item.auto_rule or "")
        self.ui.itemParams.set_rule(rule, item.auto_params, self._pack_names)
        self.ui.itemParams.setVisible(rule is not None)
        self._set_rule_note(self.ui.itemRuleNote, item.auto_rule, rule)

    def _set_rule_note(self, label: Any, name: str | None, rule: RuleType | None) -> None:
        if not name:
            text = self.tr("No automatic check: inspectors judge this item themselves.")
        elif rule is None:
            text = self.tr("This version names a rule type QA Desk does not know ({0}).").format(
                name
            )
        else:
            text = rule_channels_note(rule.channels)
        label.setText(text)
        label.setVisible(bool(text))

    def _edit_section(self, **changes: Any) -> None:
        if self._loading or not self._editable:
            return
        where = self._current_position()
        if where is None or where[1] is not None:
            return
        section = self.tree.section_at(where[0])
        updated = replace(section, **changes)
        self.tree.update_section(where[0], updated)
        self._update_section_summary(self.tree.section_at(where[0]))

    def _edit_item(self, **changes: Any) -> None:
        if self._loading or not self._editable:
            return
        where = self._current_position()
        if where is None or where[1] is None:
            return
        item = self.tree.item_at(where[0], where[1])
        self.tree.update_item(where[0], where[1], replace(item, **changes))

    def _kind_changed(self) -> None:
        if self._loading or not self._editable:
            return
        item = self._current_item()
        if item is None:
            return
        kind = self.ui.itemKind.currentData()
        changes: dict[str, Any] = {"kind": kind}
        # Levels and the deduction belong to their kinds: a stale value must not linger.
        if kind == "scale" and not item.levels:
            top = item.max_points
            if top == int(top) and 1 <= top <= 10:
                changes["levels"] = tuple(float(v) for v in range(int(top) + 1))
            else:
                changes["levels"] = (0.0, top)
        elif kind != "scale":
            changes["levels"] = ()
        if kind == "deduction" and not item.per_occurrence:
            changes["per_occurrence"] = 1.0
        elif kind != "deduction":
            changes["per_occurrence"] = None
        self._edit_item(**changes)
        updated = self._current_item()
        assert updated is not None
        with self._quiet():
            self.ui.itemLevels.setText(levels_text(updated.levels))
            self.ui.itemPerOccurrence.setValue(updated.per_occurrence or 0.0)
        self._update_kind_rows(kind)

    def _tidy_levels(self) -> None:
        item = self._current_item()
        if item is not None and not self._loading:
            self.ui.itemLevels.setText(levels_text(item.levels))

    def _item_rule_changed(self) -> None:
        if self._loading or not self._editable:
            return
        item = self._current_item()
        if item is None:
            return
        name = self.ui.itemRule.currentData()
        if name == item.auto_rule:
            return
        # Parameters of another rule type mean nothing to this one.
        self._edit_item(auto_rule=name, auto_params={})
        updated = self._current_item()
        assert updated is not None
        self._show_item_rule(updated)

    # --------------------------------------------------------------- flag rules
    def _current_flag_row(self) -> int:
        index = self.ui.flagView.currentIndex()
        return index.row() if index.isValid() else -1

    def _current_flag(self) -> FlagRuleSpec | None:
        row = self._current_flag_row()
        return self.flags.row_at(row) if 0 <= row < self.flags.rowCount() else None

    def _show_flag(self, row: int) -> None:
        ui = self.ui
        rule = self.flags.row_at(row) if 0 <= row < self.flags.rowCount() else None
        with self._quiet():
            ui.flagDetail.setEnabled(rule is not None)
            ui.flagKey.setText(rule.key if rule else "")
            ui.flagLabel.setText(rule.label if rule else "")
            self._fill_rule_combos()
            rule_type = self._rule_types.get(rule.rule) if rule else None
            ui.flagParams.set_rule(rule_type, rule.params if rule else {}, self._pack_names)
            ui.flagParams.setVisible(rule_type is not None)
            if rule is None:
                ui.flagRuleNote.setText(self.tr("Select a flag to see its rule, or add one."))
                ui.flagRuleNote.show()
            else:
                self._set_rule_note(ui.flagRuleNote, rule.rule, rule_type)
        _fit_scroll(ui.flagScroll)
        self._update_buttons()

    def add_flag(self) -> None:
        if not self._editable or not self._rule_types:
            return
        codes = self.tree.codes() | {r.key for r in self.flags.rules()}
        n = 1
        while f"flag{n}" in codes:
            n += 1
        rule = (
            "risk_keywords" if "risk_keywords" in self._rule_types else next(iter(self._rule_types))
        )
        index = self.flags.insert_rule(self.flags.rowCount(), FlagRuleSpec(f"flag{n}", rule))
        self.ui.flagView.setCurrentIndex(index)
        self.ui.flagView.selectRow(index.row())
        self._changed()
        self.ui.flagLabel.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_flag(self) -> None:
        row = self._current_flag_row()
        if not self._editable or row < 0:
            return
        self.flags.remove_rule(row)
        self._show_flag(self._current_flag_row())
        self._changed()

    def _edit_flag(self, **changes: Any) -> None:
        if self._loading or not self._editable:
            return
        row = self._current_flag_row()
        if row < 0:
            return
        self.flags.update_rule(row, replace(self.flags.row_at(row), **changes))
        self._changed()

    def _flag_rule_changed(self) -> None:
        if self._loading or not self._editable:
            return
        rule = self._current_flag()
        name = self.ui.flagRule.currentData()
        if rule is None or name == rule.rule:
            return
        self._edit_flag(rule=name, params={})
        self._show_flag(self._current_flag_row())

    # --------------------------------------------------------------- problems and state
    def _changed(self) -> None:
        self._refresh_problems()
        self._update_buttons()
        self.sig_changed.emit()

    def _refresh_problems(self) -> None:
        rows = self.problem_rows()
        self.problem_model.set_problems(rows)
        self.ui.problemView.setVisible(bool(rows))
        label = self.ui.problemsLabel
        if not rows:
            label.setText(self.tr("No problems: the version can be published."))
        elif len(rows) == 1:
            label.setText(self.tr("1 problem to fix before publishing:"))
        else:
            label.setText(self.tr("{0} problems to fix before publishing:").format(len(rows)))

    def _go_to_problem(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.problem_model.row_at(index.row())
        if row.where:
            self.select_code(row.where)
        else:
            self.ui.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        ui = self.ui
        where = self._current_position()
        editable = self._editable
        ui.addSection.setEnabled(editable)
        ui.addItem.setEnabled(editable and where is not None)
        ui.removeNode.setEnabled(editable and where is not None)
        ui.moveUp.setEnabled(editable and where is not None)
        ui.moveDown.setEnabled(editable and where is not None)
        ui.addFlag.setEnabled(editable and bool(self._rule_types))
        ui.removeFlag.setEnabled(editable and self._current_flag_row() >= 0)

    # --------------------------------------------------------------- layout and text
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            width = max(self.ui.structureSplitter.width(), 600)
            tree = int(width * _TREE_SHARE)
            self.ui.structureSplitter.setSizes([tree, width - tree])
            self._sized = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            with self._quiet():
                self._fill_choices()
                self._show_detail(self.ui.structureView.currentIndex())
                self._show_flag(self._current_flag_row())
            self.flags.retranslate()
            self.problem_model.retranslate()
            self._refresh_problems()
        super().changeEvent(event)
