"""Plain-text layout for custom-painted list rows (chat bubbles, transcript lines).

Texts come from imported files and are laid out with ``QTextLayout`` directly, so nothing in
them is ever interpreted as HTML or a formula. Laying out stops after ``max_lines`` lines:
a 5,000-character message costs only the lines that are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption

# QTextLayout breaks lines only at U+2028 (a plain "\n" would show as a box or a space).
_LINE_SEPARATOR = "\u2028"


def displayable(text: str) -> str:
    """Line breaks as QTextLayout understands them, tabs as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", _LINE_SEPARATOR).replace("\t", "    ")


def utf16_length(text: str) -> int:
    """QTextLayout counts UTF-16 units: an emoji or 𠀀 is two of them."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class TextBlock:
    """A laid-out text: its size and whether lines were left out (``truncated``)."""

    layout: QTextLayout
    width: float  # the widest line shown
    height: float
    lines: int
    truncated: bool

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        self.layout.draw(painter, origin)


def lay_out(text: str, font: QFont, width: float, max_lines: int = 0) -> TextBlock:
    """Wrap ``text`` to ``width`` pixels (anywhere when a word is longer than the line)."""
    shown = displayable(text)
    total = utf16_length(shown)
    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    height = 0.0
    widest = 0.0
    lines = 0
    truncated = False
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        line.setPosition(QPointF(0.0, height))
        height += line.height()
        widest = max(widest, line.naturalTextWidth())
        lines += 1
        if max_lines and lines >= max_lines and line.textStart() + line.textLength() < total:
            # Stop here: the rest is never shaped until the reader asks for it.
            truncated = True
            break
    layout.endLayout()
    return TextBlock(layout, widest, height, lines, truncated)
