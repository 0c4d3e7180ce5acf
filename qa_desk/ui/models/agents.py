"""Agents with their vendor, team and working period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local, utcnow
from qa_desk.services.organisation import AgentInfo
from qa_desk.ui.models.chunked import ChunkedListModel
from qa_desk.ui.models.formatting import format_date
from qa_desk.ui.models.table import Column


def local_today(tz_name: str = DEFAULT_TIMEZONE) -> date:
    """Today in the outlet's time zone (an agent's last day ends at local midnight)."""
    return to_local(utcnow(), tz_name).date()


class AgentModel(ChunkedListModel):
    CONTEXT = "AgentModel"

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz_name = tz_name
        self.columns = (
            Column(QT_TRANSLATE_NOOP("AgentModel", "Employee ID"), lambda a: a.employee_id),
            Column(QT_TRANSLATE_NOOP("AgentModel", "Name"), lambda a: a.name),
            Column(QT_TRANSLATE_NOOP("AgentModel", "Vendor"), lambda a: a.vendor_code),
            Column(QT_TRANSLATE_NOOP("AgentModel", "Team"), lambda a: a.team_name or ""),
            Column(
                QT_TRANSLATE_NOOP("AgentModel", "Active from"),
                lambda a: format_date(a.active_from),
                sort_key=lambda a: a.active_from,
            ),
            Column(
                QT_TRANSLATE_NOOP("AgentModel", "Active to"),
                lambda a: format_date(a.active_to),
                sort_key=lambda a: a.active_to,
            ),
            Column(QT_TRANSLATE_NOOP("AgentModel", "Status"), self.status),
        )

    def status(self, agent: AgentInfo) -> str:
        today = local_today(self._tz_name)
        if agent.active_from and today < agent.active_from:
            return QCoreApplication.translate("AgentModel", "Not started")
        if agent.active_to and today > agent.active_to:
            return QCoreApplication.translate("AgentModel", "Left")
        if agent.active_to == today:
            return QCoreApplication.translate("AgentModel", "Last day today")
        return QCoreApplication.translate("AgentModel", "Active")

    def row_is_active(self, row: AgentInfo) -> bool:
        return row.active_on(local_today(self._tz_name))
