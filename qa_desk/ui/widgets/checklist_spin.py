"""A number field that shows 2 rather than 2.00: points and weights as people write them."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox


class NumberSpinBox(QDoubleSpinBox):
    """Keeps its decimals for input and rounding, but drops trailing zeros when showing."""

    def textFromValue(self, value: float) -> str:
        locale = self.locale()
        text = locale.toString(value, "f", self.decimals())
        separator = locale.groupSeparator()
        if separator:
            text = text.replace(separator, "")
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text
