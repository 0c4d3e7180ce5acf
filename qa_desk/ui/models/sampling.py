"""The lists of the Sampling page: saved plans, drawn samples, a sample's items and the strata
of a preview. Rows are the sampling service's dataclasses, handed to the views in chunks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.ui.models.chunked import ChunkedListModel
from qa_desk.ui.models.formatting import format_date, format_datetime
from qa_desk.ui.models.sampling_labels import (
    method_summary,
    number,
    part_label,
    reason_text,
    size_rule_summary,
    status_label,
)
from qa_desk.ui.models.table import Column, Index

if TYPE_CHECKING:
    from qa_desk.services.sampling import PlanInfo, SampleInfo, StratumCount


def period_text(date_from: Any, date_to: Any) -> str:
    if date_from is None and date_to is None:
        return ""
    if date_from == date_to:
        return format_date(date_from)
    return f"{format_date(date_from)} – {format_date(date_to)}"


def _params_method(sample: SampleInfo) -> str:
    params = sample.params or {}
    return method_summary(
        sample.method,
        str(params.get("stratify_by", "agent")),
        str(params.get("allocation", "proportional")),
        int(params.get("min_per_stratum", params.get("minimum_per_stratum", 0)) or 0),
        float(params.get("risk_share", 0.2)),
    )


def _plan_name(sample: SampleInfo) -> str:
    if sample.plan_name:
        return sample.plan_name
    return QCoreApplication.translate("SamplingSampleModel", "(no saved plan)")


class PlanModel(ChunkedListModel):
    """Saved sampling plans: name, checklist, method, size rule, last drawn."""

    CONTEXT = "SamplingPlanModel"

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz_name = tz_name
        self._checklists: dict[int, str] = {}
        self.columns = (
            Column(QT_TRANSLATE_NOOP("SamplingPlanModel", "Name"), lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("SamplingPlanModel", "Checklist"), self._checklist),
            Column(
                QT_TRANSLATE_NOOP("SamplingPlanModel", "Method"),
                lambda p: method_summary(
                    p.spec.method,
                    p.spec.stratify_by,
                    p.spec.allocation,
                    p.spec.min_per_stratum,
                    p.spec.risk_share,
                ),
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingPlanModel", "Size rule"),
                lambda p: size_rule_summary(p.spec.size, p.spec.stratify_by),
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingPlanModel", "Last drawn"),
                lambda p: format_datetime(p.last_drawn_at, self._tz_name),
                sort_key=lambda p: p.last_drawn_at,
            ),
        )

    def set_checklist_names(self, names: Mapping[int, str]) -> None:
        self._checklists = dict(names)
        self.retranslate()

    def _checklist(self, plan: PlanInfo) -> str:
        return self._checklists.get(plan.spec.checklist_id, f"#{plan.spec.checklist_id}")

    def row_of(self, plan_id: int) -> int:
        return self.find(lambda p: p.id == plan_id)


class SampleModel(ChunkedListModel):
    """Drawn samples, newest first: when, by whom, which plan and period, how many."""

    CONTEXT = "SamplingSampleModel"

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz_name = tz_name
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("SamplingSampleModel", "Drawn at"),
                lambda s: format_datetime(s.drawn_at, self._tz_name),
                sort_key=lambda s: s.drawn_at,
            ),
            Column(QT_TRANSLATE_NOOP("SamplingSampleModel", "By"), lambda s: s.drawn_by or ""),
            Column(QT_TRANSLATE_NOOP("SamplingSampleModel", "Plan"), _plan_name),
            Column(
                QT_TRANSLATE_NOOP("SamplingSampleModel", "Period"),
                lambda s: period_text(s.period_from, s.period_to),
                sort_key=lambda s: s.period_from,
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingSampleModel", "Population"),
                lambda s: number(s.population),
                sort_key=lambda s: s.population,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingSampleModel", "Size"),
                lambda s: number(s.size),
                sort_key=lambda s: s.size,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingSampleModel", "Done"),
                lambda s: f"{number(s.done)} / {number(s.size)}",
                sort_key=lambda s: (s.done / s.size) if s.size else 0.0,
                numeric=True,
                tip=QT_TRANSLATE_NOOP("SamplingSampleModel", "Inspections submitted / items"),
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingSampleModel", "Seed"),
                lambda s: str(s.seed),
                sort_key=lambda s: s.seed,
                numeric=True,
                tip=QT_TRANSLATE_NOOP(
                    "SamplingSampleModel", "The same plan, records and seed give the same sample"
                ),
            ),
            Column(QT_TRANSLATE_NOOP("SamplingSampleModel", "Method"), _params_method),
        )

    def row_of(self, sample_id: int) -> int:
        return self.find(lambda s: s.id == sample_id)


class SampleItemModel(ChunkedListModel):
    """The records of one sample, why each was drawn and who scores it."""

    CONTEXT = "SamplingItemModel"

    def __init__(self, tz_name: str = DEFAULT_TIMEZONE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz_name = tz_name
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("SamplingItemModel", "Record"), lambda i: i.record_external_id
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingItemModel", "Started"),
                lambda i: format_datetime(i.started_at, self._tz_name),
                sort_key=lambda i: i.started_at,
            ),
            Column(QT_TRANSLATE_NOOP("SamplingItemModel", "Agent"), lambda i: i.agent or ""),
            Column(QT_TRANSLATE_NOOP("SamplingItemModel", "Stratum"), lambda i: i.stratum or ""),
            Column(QT_TRANSLATE_NOOP("SamplingItemModel", "Part"), lambda i: part_label(i.part)),
            Column(
                QT_TRANSLATE_NOOP("SamplingItemModel", "Assigned to"),
                lambda i: i.assigned_to or "",
                tip=QT_TRANSLATE_NOOP(
                    "SamplingItemModel", "Empty: in the shared pool, for whoever takes it next"
                ),
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingItemModel", "Inspection"),
                lambda i: status_label(i.inspection_status),
            ),
            Column(
                QT_TRANSLATE_NOOP("SamplingItemModel", "Why it was drawn"),
                lambda i: reason_text(i.reason),
            ),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The reason is the widest cell: the whole of it shows when the column is narrow.
        last = len(self.columns) - 1
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
            and index.column() == last
        ):
            return reason_text(self.row_at(index.row()).reason)
        return super().data(index, role)

    def item_ids(self, rows: list[int]) -> list[int]:
        return [self.row_at(r).id for r in rows if 0 <= r < self.rowCount()]

    def row_of(self, item_id: int) -> int:
        return self.find(lambda i: i.id == item_id)


def _stratum_text(stratum: StratumCount) -> str:
    """The stratum as shown ("A0101 张敏", "V01 顺心外包客服"); records without an agent
    form a stratum of their own."""
    if not stratum.key:
        return QCoreApplication.translate("SamplingStratumModel", "(no agent)")
    return f"{stratum.key} {stratum.label}".strip()


class StratumModel(ChunkedListModel):
    """The strata of a preview: records in each and how many the sample takes."""

    CONTEXT = "SamplingStratumModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SamplingStratumModel", "Stratum"), _stratum_text),
        Column(
            QT_TRANSLATE_NOOP("SamplingStratumModel", "Records"),
            lambda s: number(s.population),
            sort_key=lambda s: s.population,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("SamplingStratumModel", "Drawn"),
            lambda s: number(s.allocated),
            sort_key=lambda s: s.allocated,
            numeric=True,
        ),
    )

    def rows(self) -> list[StratumCount]:
        return list(self._all)
