"""The word lists (rule packs) of the automatic checks: name, entries, whether edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.ui.models.autocheck import pack_label
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.models.labels import yes_no
from qa_desk.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from qa_desk.services.autocheck import PackInfo


class PackModel(RowTableModel):
    """One row per word list, in the order the service gives them."""

    CONTEXT = "PackModel"

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz_name = tz_name
        self.columns = (
            Column(QT_TRANSLATE_NOOP("PackModel", "Word list"), lambda p: pack_label(p.name)),
            Column(
                QT_TRANSLATE_NOOP("PackModel", "Entries"),
                lambda p: str(p.entries),
                numeric=True,
                tip=QT_TRANSLATE_NOOP("PackModel", "Phrases and regular expressions"),
            ),
            Column(
                QT_TRANSLATE_NOOP("PackModel", "Edited"),
                lambda p: yes_no(p.edited),
                tip=QT_TRANSLATE_NOOP("PackModel", "Changed from the list shipped with QA Desk"),
            ),
            Column(QT_TRANSLATE_NOOP("PackModel", "Updated"), self._updated),
        )

    def set_packs(self, packs: list[PackInfo]) -> None:
        self.beginResetModel()
        self._rows = list(packs)
        self.endResetModel()

    def row_of(self, name: str) -> int:
        return next((i for i, p in enumerate(self._rows) if p.name == name), -1)

    def _updated(self, pack: PackInfo) -> str:
        if pack.updated_at is None:
            return ""
        when = format_datetime(pack.updated_at, self._tz_name)
        return f"{when} · {pack.updated_by}" if pack.updated_by else when
