"""Teams of the vendors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from qa_desk.services.organisation import TeamInfo
from qa_desk.ui.models.chunked import ChunkedListModel
from qa_desk.ui.models.labels import yes_no
from qa_desk.ui.models.table import Column


class TeamModel(ChunkedListModel):
    CONTEXT = "TeamModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TeamModel", "Vendor"), lambda t: t.vendor_code),
        Column(QT_TRANSLATE_NOOP("TeamModel", "Name"), lambda t: t.name),
        Column(QT_TRANSLATE_NOOP("TeamModel", "Active"), lambda t: yes_no(t.active)),
    )

    def row_is_active(self, row: TeamInfo) -> bool:
        return row.active
