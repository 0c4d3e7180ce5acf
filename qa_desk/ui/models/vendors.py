"""Vendors with their contract KPI targets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from qa_desk.services.organisation import VendorInfo
from qa_desk.ui.models.chunked import ChunkedListModel
from qa_desk.ui.models.labels import yes_no
from qa_desk.ui.models.table import Column


def _percent(vendor: VendorInfo, key: str) -> str:
    value = vendor.kpi_targets.get(key)
    return "" if value is None else f"{value:g} %"


def _kpi_column(title: str, tip: str, key: str) -> Column:
    return Column(
        title,
        lambda v: _percent(v, key),
        sort_key=lambda v: v.kpi_targets.get(key),
        numeric=True,
        tip=tip,
    )


class VendorModel(ChunkedListModel):
    CONTEXT = "VendorModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("VendorModel", "Code"), lambda v: v.code),
        Column(QT_TRANSLATE_NOOP("VendorModel", "Name"), lambda v: v.name),
        Column(QT_TRANSLATE_NOOP("VendorModel", "Contact"), lambda v: v.contact or ""),
        _kpi_column(
            QT_TRANSLATE_NOOP("VendorModel", "Pass rate target"),
            QT_TRANSLATE_NOOP("VendorModel", "Contract target: share of inspections passed"),
            "pass_rate",
        ),
        _kpi_column(
            QT_TRANSLATE_NOOP("VendorModel", "Response target"),
            QT_TRANSLATE_NOOP(
                "VendorModel", "Contract target: share of first responses within the threshold"
            ),
            "first_response_within",
        ),
        _kpi_column(
            QT_TRANSLATE_NOOP("VendorModel", "On-time target"),
            QT_TRANSLATE_NOOP(
                "VendorModel", "Contract target: share of corrective actions closed on time"
            ),
            "actions_closed_on_time",
        ),
        Column(
            QT_TRANSLATE_NOOP("VendorModel", "Agents"),
            lambda v: str(v.agent_count),
            sort_key=lambda v: v.agent_count,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("VendorModel", "Active"), lambda v: yes_no(v.active)),
    )

    def row_is_active(self, row: VendorInfo) -> bool:
        return row.active
