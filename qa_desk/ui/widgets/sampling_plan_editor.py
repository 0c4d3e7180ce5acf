"""The sampling plan editor: name and checklist, the population filters, the size rule with a
live explanation of what it gives, the method, whom to assign to, and the seed.

The editor knows nothing of the database: the page hands it the choices (checklists,
vendors, teams, agents, categories, flag rules, inspectors) and the population of the last
preview, and reads the plan back as a ``PlanSpec``. Changing what the population or the
strata are made of emits ``sig_population_changed`` (the page counts again); any change
emits ``sig_changed``. The explanation of the size rule is computed here with the domain's
rules, so it follows every click at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QWidget

from qa_desk.domain.errors import QaDeskError, ValidationError
from qa_desk.domain.sampling import SizeDecision, SizeRule, sample_size
from qa_desk.domain.sampling.iso2859 import AQLS, LEVELS
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_local, utcnow
from qa_desk.services.accounts import UserInfo
from qa_desk.services.organisation import AgentInfo, TeamInfo, VendorInfo
from qa_desk.services.sampling import PlanSpec, PopulationFilter
from qa_desk.ui.forms.ui_sampling_plan_editor import Ui_SamplingPlanEditor
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.formatting import date_pattern, from_qdate, to_qdate
from qa_desk.ui.models.sampling_choices import ChoiceListModel
from qa_desk.ui.models.sampling_labels import (
    CONFIDENCES,
    allocation_label,
    method_hint,
    method_label,
    percent,
    size_explanation,
    size_rule_label,
    stratify_label,
)
from qa_desk.ui.widgets.combos import fill_combo
from qa_desk.ui.widgets.record_text import FULL_STAR

SIZE_KINDS = ("fixed", "percent", "per_agent", "iso2859", "cochran")  # = the stack's pages
METHODS = ("random", "stratified", "risk", "mixed")
STRATIFY = ("agent", "vendor")
ALLOCATIONS = ("proportional", "equal")
ANY_FLAG = "\x00any"  # the flag choice "any automatic flag" (the others carry rule keys)
SEED_MAX = 2_147_483_647  # seeds are stored as 32-bit integers
# Table II-A's columns up to 10 are percent nonconforming; beyond, nonconformities per
# hundred units, which a record that passes or fails does not have.
_LARGEST_PERCENT_AQL = "10"

_HINT_STYLE = "color: palette(dark);"
_EXPLANATION_STYLE = "padding: 6px 8px; border-radius: 4px; background: palette(alternate-base);"
_LOW_SATISFACTION = QT_TRANSLATE_NOOP("SamplingPlanEditor", "Low (1–2)")
_NO_RATING = QT_TRANSLATE_NOOP("SamplingPlanEditor", "No rating")


@dataclass(frozen=True)
class EditorChoices:
    """What the editor offers, fetched by the page off the GUI thread."""

    checklists: Sequence[tuple[str, int]]  # (name, checklist id) of the active checklists
    vendors: Sequence[VendorInfo]
    teams: Sequence[TeamInfo]
    agents: Sequence[AgentInfo]
    categories: Sequence[str]
    flags: Mapping[str, str]  # rule key → what users call it, in checklist order
    inspectors: Sequence[UserInfo]


def week_start(day: date) -> date:
    """The Monday of ``day``'s week (weeks start on Monday in the outlet's calendar)."""
    return day - timedelta(days=day.weekday())


def quick_period(kind: str, today: date) -> tuple[date, date]:
    """The dates of a quick period: this week (Monday to today), last week (Monday to
    Sunday) or this month (the first to today)."""
    if kind == "this_week":
        return week_start(today), today
    if kind == "last_week":
        monday = week_start(today) - timedelta(days=7)
        return monday, monday + timedelta(days=6)
    if kind == "this_month":
        return today.replace(day=1), today
    raise ValueError(kind)


class SamplingPlanEditor(QWidget):
    """Edits one sampling plan (see the module docstring)."""

    sig_changed = Signal()
    """Something in the plan was edited."""
    sig_population_changed = Signal()
    """The population, the checklist or the strata changed: the preview is out of date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SamplingPlanEditor()
        self.ui.setupUi(self)
        self._tz = DEFAULT_TIMEZONE
        self._choices = EditorChoices((), (), (), (), (), {}, ())
        self._population: int | None = None
        self._strata: dict[str, int] | None = None
        self._decision: SizeDecision | None = None
        self._population_state = ""  # shown instead of an explanation while counting
        self._loaded: PlanSpec | None = None
        self._quiet = 0  # while > 0, edits made by the code signal nothing

        ui = self.ui
        ui.sizeExplanation.setStyleSheet(_EXPLANATION_STYLE)
        for hint in (ui.methodHint, ui.assignHint, ui.seedHint):
            hint.setStyleSheet(_HINT_STYLE)
        ui.seedEdit.setValidator(QIntValidator(0, SEED_MAX, self))
        self.inspector_model = ChoiceListModel(self)
        ui.inspectorList.setModel(self.inspector_model)
        pattern = date_pattern()
        for edit in (ui.dateFrom, ui.dateTo):
            edit.setDisplayFormat(pattern)
        self._fill_fixed_choices()
        self._set_dates(*quick_period("last_week", self.today()))

        population_widgets = (ui.dateFrom, ui.dateTo)
        for edit in population_widgets:
            edit.dateChanged.connect(lambda _d: self._population_edited())
        ui.thisWeekButton.clicked.connect(lambda: self.set_quick_period("this_week"))
        ui.lastWeekButton.clicked.connect(lambda: self.set_quick_period("last_week"))
        ui.thisMonthButton.clicked.connect(lambda: self.set_quick_period("this_month"))
        ui.vendorChoice.sig_changed.connect(self._vendors_changed)
        ui.teamChoice.sig_changed.connect(self._teams_changed)
        for button in (ui.agentChoice, ui.categoryChoice, ui.flagChoice):
            button.sig_changed.connect(self._population_edited)
        for combo in (ui.checklistCombo, ui.channelCombo, ui.csatCombo, ui.stratifyCombo):
            combo.currentIndexChanged.connect(lambda _i: self._population_edited())
        ui.stratifyCombo.currentIndexChanged.connect(lambda _i: self._update_size_labels())
        ui.sizeRuleCombo.currentIndexChanged.connect(self._size_rule_changed)
        ui.methodCombo.currentIndexChanged.connect(self._method_changed)
        for combo in (ui.levelCombo, ui.aqlCombo, ui.confidenceCombo, ui.allocationCombo):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        for spin in (
            ui.fixedSpin,
            ui.percentSpin,
            ui.quotaSpin,
            ui.marginSpin,
            ui.proportionSpin,
            ui.minimumSpin,
            ui.riskShareSpin,
        ):
            spin.valueChanged.connect(lambda _v: self._edited())
        ui.nameEdit.textChanged.connect(lambda _t: self._edited(explain=False))
        ui.seedEdit.textChanged.connect(lambda _t: self._edited(explain=False))
        ui.ownVendorCheck.toggled.connect(lambda _on: self._edited(explain=False))
        self.inspector_model.sig_checked_changed.connect(lambda: self._edited(explain=False))
        self._size_rule_changed()
        self._method_changed()

    # --------------------------------------------------------------- setting up
    def set_timezone(self, tz_name: str) -> None:
        """The outlet's zone: "today" and the quick periods are its dates."""
        self._tz = tz_name

    def today(self) -> date:
        return to_local(utcnow(), self._tz).date()

    def set_choices(self, choices: EditorChoices) -> None:
        """Offer these checklists, organisation, categories, flags and inspectors; what is
        chosen stays chosen where it is still offered."""
        self._choices = choices
        self._quiet += 1
        try:
            self._fill_checklists()
            self._fill_vendors()
            self._fill_teams()
            self._fill_agents()
            self._fill_lists()
        finally:
            self._quiet -= 1

    def _fill_fixed_choices(self) -> None:
        ui = self.ui
        self._quiet += 1
        try:
            fill_combo(
                ui.channelCombo,
                [
                    (self.tr("Chats and calls"), None),
                    (self.tr("Chats"), "chat"),
                    (self.tr("Calls"), "call"),
                ],
            )
            csat: list[tuple[str, Any]] = [(self.tr("Any"), None)]
            csat += [(FULL_STAR * n, (n,)) for n in range(5, 0, -1)]
            csat += [
                (QCoreApplication.translate("SamplingPlanEditor", _LOW_SATISFACTION), (1, 2)),
                (QCoreApplication.translate("SamplingPlanEditor", _NO_RATING), (0,)),
            ]
            fill_combo(ui.csatCombo, csat)
            fill_combo(ui.sizeRuleCombo, [(size_rule_label(k), k) for k in SIZE_KINDS])
            fill_combo(
                ui.levelCombo,
                [(level, level) for level in LEVELS],
                select=ui.levelCombo.currentData() or "II",
            )
            self._fill_aqls(ui.aqlCombo.currentData() or "1.0")
            fill_combo(
                ui.confidenceCombo,
                [(percent(c, 0), c) for c in CONFIDENCES],
                select=ui.confidenceCombo.currentData() or 0.95,
            )
            fill_combo(ui.methodCombo, [(method_label(m), m) for m in METHODS])
            fill_combo(ui.stratifyCombo, [(stratify_label(s), s) for s in STRATIFY])
            fill_combo(ui.allocationCombo, [(allocation_label(a), a) for a in ALLOCATIONS])
            ui.vendorChoice.set_texts(self.tr("All vendors"), self.tr("{0} vendors"))
            ui.teamChoice.set_texts(self.tr("All teams"), self.tr("{0} teams"))
            ui.agentChoice.set_texts(self.tr("All agents"), self.tr("{0} agents"))
            ui.categoryChoice.set_texts(self.tr("All categories"), self.tr("{0} categories"))
            ui.flagChoice.set_texts(self.tr("Not required"), self.tr("Any of {0} checks"))
            ui.minimumSpin.setSpecialValueText(self.tr("none"))
        finally:
            self._quiet -= 1

    def _fill_aqls(self, select: str) -> None:
        """The AQLs in percent nonconforming (0.010 to 10), the ones that make sense for
        records that pass or fail; a plan stored with a larger one keeps it on offer."""
        offered = list(AQLS[: AQLS.index(_LARGEST_PERCENT_AQL) + 1])
        if select not in offered and select in AQLS:
            offered.append(select)
        fill_combo(self.ui.aqlCombo, [(aql, aql) for aql in offered], select=select)

    def _fill_checklists(self) -> None:
        fill_combo(self.ui.checklistCombo, list(self._choices.checklists))

    def _fill_vendors(self) -> None:
        self.ui.vendorChoice.set_choices(
            [(f"{v.code} {v.name}", v.id) for v in self._choices.vendors]
        )

    def _fill_teams(self) -> None:
        vendors = set(self.ui.vendorChoice.checked_keys())
        several = len(vendors) != 1 and len(self._choices.vendors) > 1
        self.ui.teamChoice.set_choices(
            [
                (f"{t.vendor_code} · {t.name}" if several else t.name, t.id)
                for t in self._choices.teams
                if not vendors or t.vendor_id in vendors
            ]
        )

    def _fill_agents(self) -> None:
        vendors = set(self.ui.vendorChoice.checked_keys())
        teams = set(self.ui.teamChoice.checked_keys())
        self.ui.agentChoice.set_choices(
            [
                (f"{a.employee_id} {a.name}", a.id)
                for a in self._choices.agents
                if (not vendors or a.vendor_id in vendors) and (not teams or a.team_id in teams)
            ]
        )

    def _fill_lists(self) -> None:
        ui = self.ui
        ui.categoryChoice.set_choices([(c, c) for c in self._choices.categories])
        flags: list[tuple[str, Any]] = [(self.tr("Any automatic flag"), ANY_FLAG)]
        flags += [(label, key) for key, label in self._choices.flags.items()]
        ui.flagChoice.set_choices(flags)
        inspectors = self.inspector_model
        inspectors.set_choices(
            [(f"{u.display_name} ({u.login})", u.id) for u in self._choices.inspectors],
            {
                u.id: self.tr("Vendor {0}").format(u.vendor_code)
                for u in self._choices.inspectors
                if u.vendor_code
            },
        )

    # --------------------------------------------------------------- the plan
    def spec(self) -> PlanSpec:
        """The plan as edited; ValidationError (translated) for a seed that is no number or
        when no checklist can be chosen."""
        ui = self.ui
        checklist_id = ui.checklistCombo.currentData()
        if checklist_id is None:
            raise ValidationError(
                self.tr("There is no active checklist to sample for: publish one first."),
                "checklist",
            )
        return PlanSpec(
            name=ui.nameEdit.text().strip(),
            checklist_id=int(checklist_id),
            population=self.population(),
            size=self.size_rule(),
            method=ui.methodCombo.currentData(),
            stratify_by=ui.stratifyCombo.currentData(),
            allocation=ui.allocationCombo.currentData(),
            min_per_stratum=ui.minimumSpin.value(),
            risk_share=ui.riskShareSpin.value() / 100,
            exclude_own_vendor=ui.ownVendorCheck.isChecked(),
            inspectors=tuple(int(k) for k in self.inspector_model.checked_keys()),
            seed=self.seed(),
        )

    def population(self) -> PopulationFilter:
        ui = self.ui
        date_from = from_qdate(ui.dateFrom.date())
        date_to = from_qdate(ui.dateTo.date())
        if date_from > date_to:
            date_from, date_to = date_to, date_from
        flags = ui.flagChoice.checked_keys()
        return PopulationFilter(
            date_from=date_from,
            date_to=date_to,
            vendor_ids=tuple(int(k) for k in ui.vendorChoice.checked_keys()),
            team_ids=tuple(int(k) for k in ui.teamChoice.checked_keys()),
            agent_ids=tuple(int(k) for k in ui.agentChoice.checked_keys()),
            channel=ui.channelCombo.currentData(),
            categories=tuple(str(k) for k in ui.categoryChoice.checked_keys()),
            csat=tuple(ui.csatCombo.currentData() or ()),
            flags=tuple(str(k) for k in flags if k != ANY_FLAG),
            any_flag=ANY_FLAG in flags,
        )

    def size_rule(self) -> SizeRule:
        ui = self.ui
        return SizeRule(
            kind=ui.sizeRuleCombo.currentData(),
            n=ui.fixedSpin.value(),
            percent=round(ui.percentSpin.value(), 1),
            quota=ui.quotaSpin.value(),
            aql=ui.aqlCombo.currentData(),
            level=ui.levelCombo.currentData(),
            confidence=ui.confidenceCombo.currentData(),
            margin=round(ui.marginSpin.value() / 100, 4),
            proportion=round(ui.proportionSpin.value() / 100, 2),
        )

    def seed(self) -> int | None:
        text = self.ui.seedEdit.text().strip()
        if not text:
            return None
        if not text.isdigit() or int(text) > SEED_MAX:
            raise ValidationError(
                self.tr("The seed must be a whole number from 0 to {0}, or empty.").format(
                    SEED_MAX
                ),
                "seed",
            )
        return int(text)

    def set_spec(self, spec: PlanSpec) -> None:
        """Show ``spec``; it becomes the unmodified state."""
        ui = self.ui
        flt = spec.population
        self._quiet += 1
        try:
            ui.nameEdit.setText(spec.name)
            fill_combo(ui.checklistCombo, list(self._choices.checklists), select=spec.checklist_id)
            if flt.date_from is not None and flt.date_to is not None:
                self._set_dates(flt.date_from, flt.date_to)
            ui.vendorChoice.set_checked(flt.vendor_ids)
            self._fill_teams()
            ui.teamChoice.set_checked(flt.team_ids)
            self._fill_agents()
            ui.agentChoice.set_checked(flt.agent_ids)
            self._select(ui.channelCombo, flt.channel)
            self._select(ui.csatCombo, tuple(flt.csat) or None)
            ui.categoryChoice.set_checked(flt.categories)
            ui.flagChoice.set_checked((*flt.flags, *((ANY_FLAG,) if flt.any_flag else ())))
            rule = spec.size
            self._select(ui.sizeRuleCombo, rule.kind)
            ui.fixedSpin.setValue(max(rule.n, 1))
            ui.percentSpin.setValue(float(rule.percent) or ui.percentSpin.value())
            ui.quotaSpin.setValue(max(rule.quota, 1))
            self._select(ui.levelCombo, str(rule.level))
            self._fill_aqls(self._aql_text(rule.aql))
            self._select(ui.confidenceCombo, rule.confidence)
            ui.marginSpin.setValue(rule.margin * 100)
            ui.proportionSpin.setValue(rule.proportion * 100)
            self._select(ui.methodCombo, spec.method)
            self._select(ui.stratifyCombo, spec.stratify_by)
            self._select(ui.allocationCombo, spec.allocation)
            ui.minimumSpin.setValue(spec.min_per_stratum)
            ui.riskShareSpin.setValue(round(spec.risk_share * 100))
            ui.ownVendorCheck.setChecked(spec.exclude_own_vendor)
            self.inspector_model.set_checked(spec.inspectors)
            ui.seedEdit.setText("" if spec.seed is None else str(spec.seed))
        finally:
            self._quiet -= 1
        self._size_rule_changed()
        self._method_changed()
        self.mark_saved()
        self.sig_population_changed.emit()

    def clear(self) -> None:
        """An empty plan: last week, every record, 50 at random, no seed."""
        first = self._choices.checklists[0][1] if self._choices.checklists else 0
        start, end = quick_period("last_week", self.today())
        self.set_spec(
            PlanSpec(
                name="",
                checklist_id=first,
                population=PopulationFilter(date_from=start, date_to=end),
                size=SizeRule("fixed", n=50),
                method="random",
            )
        )

    def mark_saved(self) -> None:
        """The plan as shown is the stored one (no unsaved changes)."""
        self._loaded = self._spec_or_none()

    def is_modified(self) -> bool:
        return self._spec_or_none() != self._loaded

    def _spec_or_none(self) -> PlanSpec | None:
        try:
            return self.spec()
        except QaDeskError:
            return None

    @staticmethod
    def _aql_text(aql: object) -> str:
        """The AQL as Table II-A prints it (1 → "1.0", 0.65 → "0.65")."""
        try:
            wanted = Decimal(str(aql))
        except InvalidOperation:
            return str(aql)
        return next((a for a in AQLS if Decimal(a) == wanted), str(aql))

    def _select(self, combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --------------------------------------------------------------- the period
    def _set_dates(self, start: date, end: date) -> None:
        ui = self.ui
        self._quiet += 1
        try:
            ui.dateFrom.setDate(to_qdate(start))
            ui.dateTo.setDate(to_qdate(end))
        finally:
            self._quiet -= 1

    def set_period(self, start: date, end: date) -> None:
        self._set_dates(start, end)
        self._population_edited()

    def set_quick_period(self, kind: str) -> None:
        """This week, last week or this month, in the outlet's calendar."""
        self.set_period(*quick_period(kind, self.today()))

    # --------------------------------------------------------------- the explanation
    def set_population(
        self,
        population: int | None,
        strata: Mapping[str, int] | None,
        decision: SizeDecision | None = None,
    ) -> None:
        """The population of the last preview (None: not counted), its strata (None: not
        split) and the size the service decided for it (the fallback explanation where the
        strata are needed but were not counted)."""
        self._population = population
        self._strata = dict(strata) if strata is not None else None
        self._decision = decision
        self._population_state = ""
        self._explain()

    def set_population_state(self, text: str) -> None:
        """Shown in place of the explanation (e.g. "Counting…", or why it cannot count)."""
        self._population_state = text
        self._explain()

    def explanation(self) -> str:
        return self.ui.sizeExplanation.text()

    def _explain(self) -> None:
        label = self.ui.sizeExplanation
        if self._population_state:
            label.setText(self._population_state)
            return
        if self._population is None:
            label.setText(self.tr("Preview to see what this rule gives for the population."))
            return
        rule = self.size_rule()
        by = self.ui.stratifyCombo.currentData()
        if rule.kind == "per_agent" and self._strata is None:
            decision = self._decision
            if (
                decision is not None
                and decision.rule == "per_agent"
                and (decision.params.get("quota") == rule.quota)
            ):
                label.setText(size_explanation(decision, by))
            else:
                label.setText(self.tr("Counting the records per stratum…"))
            return
        try:
            decision = sample_size(rule, self._population, self._strata)
        except QaDeskError as error:
            label.setText(error_text(error))
            return
        label.setText(size_explanation(decision, by))

    # --------------------------------------------------------------- reacting
    def _edited(self, explain: bool = True) -> None:
        if self._quiet:
            return
        if explain:
            self._explain()
        self.sig_changed.emit()

    def _population_edited(self) -> None:
        if self._quiet:
            return
        self.sig_population_changed.emit()
        self.sig_changed.emit()

    def _vendors_changed(self) -> None:
        if self._quiet:
            return
        self._quiet += 1
        try:
            self._fill_teams()
            self._fill_agents()
        finally:
            self._quiet -= 1
        self._population_edited()

    def _teams_changed(self) -> None:
        if self._quiet:
            return
        self._quiet += 1
        try:
            self._fill_agents()
        finally:
            self._quiet -= 1
        self._population_edited()

    def _size_rule_changed(self, _index: int = 0) -> None:
        ui = self.ui
        kind = ui.sizeRuleCombo.currentData()
        if kind in SIZE_KINDS:
            ui.sizeStack.setCurrentIndex(SIZE_KINDS.index(kind))
        self._update_size_labels()
        self._update_visibility()
        if kind == "per_agent" and not self._quiet:
            # The quota needs the records per stratum, even for an unstratified method.
            self.sig_population_changed.emit()
        self._edited()
        if self._quiet:
            self._explain()

    def _method_changed(self, _index: int = 0) -> None:
        ui = self.ui
        ui.methodHint.setText(method_hint(ui.methodCombo.currentData()))
        self._update_visibility()
        if not self._quiet:
            self.sig_population_changed.emit()  # strata and risk counts follow the method
        self._edited()

    def _update_size_labels(self) -> None:
        by_vendor = self.ui.stratifyCombo.currentData() == "vendor"
        self.ui.quotaLabel.setText(
            self.tr("Records per &vendor:") if by_vendor else self.tr("Records per a&gent:")
        )

    def _update_visibility(self) -> None:
        ui = self.ui
        method = ui.methodCombo.currentData()
        stratified = method == "stratified"
        strata_used = stratified or ui.sizeRuleCombo.currentData() == "per_agent"
        for widget in (ui.stratifyLabel, ui.stratifyCombo):
            widget.setVisible(strata_used)
        for widget in (ui.allocationLabel, ui.allocationCombo, ui.minimumLabel, ui.minimumSpin):
            widget.setVisible(stratified)
        for widget in (ui.riskShareLabel, ui.riskShareSpin):
            widget.setVisible(method == "mixed")

    # --------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            pattern = date_pattern()
            self.ui.dateFrom.setDisplayFormat(pattern)
            self.ui.dateTo.setDisplayFormat(pattern)
            self._fill_fixed_choices()
            self.set_choices(self._choices)
            self._update_size_labels()
            self.ui.methodHint.setText(method_hint(self.ui.methodCombo.currentData()))
            self._explain()
        super().changeEvent(event)
