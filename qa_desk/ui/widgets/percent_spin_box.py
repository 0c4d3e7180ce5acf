"""A percentage field that may be left unset (a contract without that KPI)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class PercentSpinBox(QDoubleSpinBox):
    """Shows "not set" at its minimum and when emptied; ``value_or_none`` reads it.

    The upper bound is deliberately above 100 so that a mistyped 120 stays visible and the
    dialog can say what is wrong, instead of the field silently keeping "12".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(-1.0, 999.9)
        self.setSingleStep(1.0)
        self.setSuffix(" %")
        self.setValue(self.minimum())
        self._set_special_text()

    def _set_special_text(self) -> None:
        self.setSpecialValueText(self.tr("not set"))

    def value_or_none(self) -> float | None:
        value = self.value()
        return None if value <= self.minimum() else value

    def set_value_or_none(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def _is_blank(self, text: str) -> bool:
        bare = text.replace(self.suffix().strip(), "").strip()
        return not bare or text == self.specialValueText()

    def validate(self, text: str, pos: int) -> object:
        if self._is_blank(text):
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        if self._is_blank(text):
            return self.minimum()
        return super().valueFromText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_special_text()
        super().changeEvent(event)
