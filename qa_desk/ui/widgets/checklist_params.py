"""The parameters of an automatic rule, as a form built from the rule type's ParamSpecs.

Word lists show as check boxes (one per pack name), phrases and regular expressions as text
with one entry per line, speakers as check boxes, numbers as spin boxes, choices as a combo
box. Only parameters the user touched are written back: a parameter left alone keeps its
stored value, or stays absent and takes the rule's default — so opening and saving a version
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from qa_desk.domain.autocheck import ParamSpec, RuleType
from qa_desk.ui.models.checklist_labels import (
    SPEAKERS,
    choice_label,
    pack_label,
    param_label,
    param_tip,
    speaker_label,
)

_MAX_NUMBER = 1_000_000
_CHECK_COLUMNS = 2
_TEXT_LINES = 4


def lines_of(text: str) -> list[str]:
    """One entry per non-blank line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class RuleParamsForm(QWidget):
    sig_changed = Signal()
    """The user changed a parameter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # In a narrow pane a long label goes above its field instead of pushing it out.
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._rule: RuleType | None = None
        self._params: dict[str, Any] = {}
        self._editors: dict[str, QWidget] = {}
        self._texts: list[tuple[QLabel | QCheckBox | QComboBox, Callable[[], Any]]] = []
        self._read_only = False

    # --------------------------------------------------------------- contents
    def set_rule(
        self,
        rule: RuleType | None,
        params: Mapping[str, Any],
        pack_names: Sequence[str] = (),
    ) -> None:
        """Show ``rule``'s parameters with the values of ``params`` (defaults where absent)."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._editors.clear()
        self._texts.clear()
        self._rule = rule
        self._params = dict(params)
        if rule is None:
            return
        for spec in rule.params:
            value = self._params.get(spec.name, spec.default)
            editor = self._make_editor(spec, value, pack_names)
            editor.setObjectName(f"param_{spec.name}")
            label = QLabel(self)
            label.setBuddy(editor)
            name = spec.name
            self._texts.append((label, lambda n=name: param_label(n) + ":"))
            tip = param_tip(spec.name)
            if tip:
                editor.setToolTip(tip)
            self._layout.addRow(label, editor)
            # Shown now, not on the next pass of the event loop (as a layout would).
            label.show()
            editor.show()
            self._editors[spec.name] = editor
        self._retranslate()
        self.set_read_only(self._read_only)

    def params(self) -> dict[str, Any]:
        return dict(self._params)

    def rule_name(self) -> str | None:
        return self._rule.name if self._rule is not None else None

    def editor(self, name: str) -> QWidget | None:
        """The widget that edits parameter ``name`` (for tests and focus)."""
        return self._editors.get(name)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self._editors.values():
            _set_read_only(editor, read_only)

    # --------------------------------------------------------------- building
    def _make_editor(self, spec: ParamSpec, value: Any, pack_names: Sequence[str]) -> QWidget:
        kind = spec.kind
        if kind in ("packs",):
            chosen = [str(v) for v in _as_list(value)]
            names = list(pack_names) + [p for p in chosen if p not in pack_names]
            return self._checks(spec.name, names, chosen, pack_label)
        if kind == "roles":
            chosen = [str(v) for v in _as_list(value)]
            names = list(SPEAKERS) + [r for r in chosen if r not in SPEAKERS]
            return self._checks(spec.name, names, chosen, speaker_label)
        if kind == "phrases":
            return self._phrases(spec.name, value, spec.regex)
        minimum = spec.minimum if spec.minimum is not None else 0
        if kind == "int":
            spin = QSpinBox(self)
            spin.setRange(int(minimum), _MAX_NUMBER)
            spin.setValue(int(value or 0))
            spin.valueChanged.connect(lambda v, n=spec.name: self._set(n, int(v)))
            return spin
        if kind == "float":
            dspin = QDoubleSpinBox(self)
            dspin.setRange(float(minimum), _MAX_NUMBER)
            dspin.setDecimals(1)
            dspin.setValue(float(value or 0))
            dspin.valueChanged.connect(lambda v, n=spec.name: self._set(n, float(v)))
            return dspin
        if kind == "choice":
            combo = QComboBox(self)
            choices = [str(c) for c in spec.choices]
            if value is not None and str(value) not in choices:
                choices.append(str(value))
            for choice in choices:
                combo.addItem(choice_label(choice), choice)
            combo.setCurrentIndex(max(combo.findData(str(value)), 0))
            self._texts.append((combo, lambda c=combo: _relabel(c)))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=spec.name: self._set(n, c.currentData())
            )
            return combo
        line = QLineEdit(self)
        line.setText("" if value is None else str(value))
        line.textEdited.connect(lambda t, n=spec.name: self._set(n, t))
        return line

    def _checks(
        self, name: str, names: Sequence[str], chosen: Sequence[str], label: Callable[[str], str]
    ) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        checks: list[QCheckBox] = []
        for i, code in enumerate(names):
            check = QCheckBox(box)
            check.setObjectName(f"param_{name}_{code}")
            check.setProperty("code", code)
            check.setChecked(code in chosen)
            self._texts.append((check, lambda c=code: label(c)))
            grid.addWidget(check, i // _CHECK_COLUMNS, i % _CHECK_COLUMNS)
            checks.append(check)

        def read() -> list[str]:
            return [str(c.property("code")) for c in checks if c.isChecked()]

        for check in checks:
            check.toggled.connect(lambda _on, n=name: self._set(n, read()))
        return box

    def _phrases(self, name: str, value: Any, regex: bool) -> QWidget:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(
            self.tr("One regular expression per line") if regex else self.tr("One phrase per line")
        )
        edit.setTabChangesFocus(True)
        edit.setPlainText("\n".join(str(v) for v in _as_list(value)))
        height = edit.fontMetrics().lineSpacing() * _TEXT_LINES + 12
        edit.setFixedHeight(height)
        edit.textChanged.connect(lambda n=name, e=edit: self._set(n, lines_of(e.toPlainText())))
        return edit

    def _set(self, name: str, value: Any) -> None:
        if self._params.get(name, _MISSING) == value:
            return
        self._params[name] = value
        self.sig_changed.emit()

    # --------------------------------------------------------------- text
    def _retranslate(self) -> None:
        for widget, text in self._texts:
            if isinstance(widget, QComboBox):
                text()
            else:
                widget.setText(text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


_MISSING = object()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _relabel(combo: QComboBox) -> None:
    for i in range(combo.count()):
        combo.setItemText(i, choice_label(str(combo.itemData(i))))


def _set_read_only(editor: QWidget, read_only: bool) -> None:
    if isinstance(editor, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        editor.setReadOnly(read_only)
    elif isinstance(editor, QComboBox):
        editor.setEnabled(not read_only)
    else:
        for check in editor.findChildren(QCheckBox):
            check.setEnabled(not read_only)
