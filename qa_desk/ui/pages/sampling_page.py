"""Sampling (抽检): plans, previews, draws, and the records each sample drew.

"Plans and drawing": the saved plans on the left with the preview under them, the plan
editor on the right. Whatever changes the population is counted again in the background
(a moment after the last click) and the preview shows the population, the records left out
because they were inspected already, the sample size the rule gives and, for stratified
draws, the records and the draw per stratum. Nothing is stored until "Draw sample…" (asks
first) or "Save plan". A saved plan is drawn again for another period with "Run for a
period…".

"Samples": every sample drawn (when, by whom, plan, period, population, size, seed, method,
progress) and the selected sample's records, each with the reason it was drawn phrased for
people and its inspector; "Assign to…" hands selected records to another inspector or back to
the shared pool.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableView, QWidget

from qa_desk.domain.errors import QaDeskError, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.sampling.draw import risk_count
from qa_desk.services.accounts import UserInfo
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.services.sampling import PlanInfo, PlanSpec, Preview, SampleInfo, SampleItemInfo
from qa_desk.ui import tasks
from qa_desk.ui.dialogs.sampling_assign_dialog import SamplingAssignDialog
from qa_desk.ui.dialogs.sampling_run_dialog import SamplingRunDialog
from qa_desk.ui.forms.ui_sampling_page import Ui_SamplingPage
from qa_desk.ui.messages import confirm, error_text
from qa_desk.ui.models.formatting import format_datetime, outlet_timezone
from qa_desk.ui.models.sampling import (
    PlanModel,
    SampleItemModel,
    SampleModel,
    StratumModel,
    period_text,
)
from qa_desk.ui.models.sampling_labels import method_summary, number, size_explanation
from qa_desk.ui.pages.base import Page
from qa_desk.ui.pages.records_page import flag_label_map
from qa_desk.ui.widgets.sampling_plan_editor import EditorChoices, SamplingPlanEditor
from qa_desk.ui.widgets.tables import configure_table, fit_columns

# A preview runs this long after the last edit: clicking through ticks counts once.
_PREVIEW_DELAY_MS = 450
_LEFT_SHARE = 0.4  # of the width, for the plans and the preview
_SAMPLES_SHARE = 0.4  # of the height, for the list of samples
_TITLE_SCALE = 1.1
_HINT_STYLE = "color: palette(dark);"
_EXPLANATION_STYLE = "padding: 4px 6px; border-radius: 4px; background: palette(alternate-base);"


@dataclass(frozen=True)
class _Loaded:
    """What the page shows besides the editor's choices, fetched off the GUI thread."""

    choices: EditorChoices
    plans: list[PlanInfo]
    samples: list[SampleInfo]


def _preview_key(spec: PlanSpec) -> PlanSpec:
    """The parts of a plan a preview depends on (not its name, inspectors or seed)."""
    return replace(spec, name="", inspectors=(), exclude_own_vendor=True, seed=None)


class SamplingPage(Page):
    PAGE_ID = "sampling"

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_SamplingPage()
        self.ui.setupUi(self)
        self._tz = outlet_timezone(services)
        self.editor: SamplingPlanEditor = self.ui.editor
        self.editor.set_timezone(self._tz)
        self.plan_model = PlanModel(self._tz, self)
        self.sample_model = SampleModel(self._tz, self)
        self.item_model = SampleItemModel(self._tz, self)
        self.stratum_model = StratumModel(self)
        self.plan_id: int | None = None  # the saved plan in the editor, if any
        self.preview: Preview | None = None  # the last preview, for ``_previewed_key``
        self._previewed_key: PlanSpec | None = None
        self._preview_generation = 0
        self._items_generation = 0
        self._inspectors: list[UserInfo] = []
        self._busy: set[str] = set()  # what is being fetched or stored (tests wait for it)
        self._loaded_once = False
        self._sized = False
        self._selecting_plan = False
        self.run_dialog: SamplingRunDialog | None = None  # the open dialog, if any
        self.assign_dialog: SamplingAssignDialog | None = None

        ui = self.ui
        for table, model in (
            (ui.planTable, self.plan_model),
            (ui.strataTable, self.stratum_model),
            (ui.sampleTable, self.sample_model),
            (ui.itemTable, self.item_model),
        ):
            table.setModel(model)
            # The service's order (plans by name, samples newest first, items by part and
            # stratum) until the user clicks a header.
            configure_table(table, sortable=False)
            table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            table.setSortingEnabled(True)
        ui.itemTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        ui.strataTable.setMinimumHeight(120)
        font = ui.editorTitle.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * _TITLE_SCALE)
        for label in (ui.editorTitle, ui.plansTitle, ui.itemsTitle):
            label.setFont(font)
        for label in (ui.previewState, ui.plansHint):
            label.setStyleSheet(_HINT_STYLE)
        ui.sizeExplanation.setStyleSheet(_EXPLANATION_STYLE)
        ui.samplesState.setStyleSheet(_HINT_STYLE)
        ui.planSplitter.setStretchFactor(0, 2)
        ui.planSplitter.setStretchFactor(1, 3)

        self._preview_timer = QTimer(self, singleShot=True, interval=_PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.run_preview)
        self.editor.sig_population_changed.connect(self._schedule_preview)
        self.editor.sig_changed.connect(self._editor_changed)
        ui.previewButton.clicked.connect(self.run_preview)
        ui.drawButton.clicked.connect(self.draw)
        ui.savePlanButton.clicked.connect(self.save_plan)
        ui.newPlanButton.clicked.connect(self.new_plan)
        ui.runPlanButton.clicked.connect(self.run_plan)
        ui.assignButton.clicked.connect(self.assign_selected)
        # Ctrl+S saves the plan, wherever the focus is on the page.
        self._save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self._save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._save_shortcut.activated.connect(self._save_pressed)
        ui.planTable.selectionModel().currentRowChanged.connect(self._plan_row_changed)
        ui.planTable.doubleClicked.connect(lambda _index: self.run_plan())
        ui.sampleTable.selectionModel().currentRowChanged.connect(self._sample_row_changed)
        ui.itemTable.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_actions()
        )
        self._show_preview(None)
        self._update_title()
        self._update_items_title(None)
        self._update_actions()

    # --------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Fetch the choices, the plans and the samples again (the editor keeps its plan)."""
        if "load" in self._busy:
            return
        self._busy.add("load")
        services, actor = self.services, self.actor
        sampling = services.sampling

        def fetch(_progress: object, _cancelled: object) -> _Loaded:
            versions = services.checklists.active_versions(actor)
            organised = actor.can(Permission.READ_ORGANISATION)
            flags: dict[str, str] = {}
            if actor.can(Permission.READ_CHECKLISTS):
                flags = flag_label_map(services.autocheck.flag_labels(actor))
            choices = EditorChoices(
                checklists=[(v.checklist_name, v.checklist_id) for v in versions],
                vendors=services.org.vendors(actor, include_inactive=False) if organised else [],
                teams=services.org.teams(actor) if organised else [],
                agents=services.org.agents(actor) if organised else [],
                categories=services.records.categories(actor),
                flags=flags,
                inspectors=services.accounts.inspectors(actor) if organised else [],
            )
            return _Loaded(choices, sampling.plans(actor), sampling.samples(actor))

        tasks.start(fetch, on_finished=self._loaded, on_failed=self._load_failed, owner=self)

    def is_busy(self) -> bool:
        """Whether anything is still being fetched, previewed or stored."""
        return bool(self._busy) or self._preview_timer.isActive()

    def _loaded(self, loaded: _Loaded) -> None:
        self._busy.discard("load")
        self._inspectors = list(loaded.choices.inspectors)
        self.editor.set_choices(loaded.choices)
        names = {checklist_id: name for name, checklist_id in loaded.choices.checklists}
        self.plan_model.set_checklist_names(names)
        self._set_plans(loaded.plans, self.plan_id)
        self._set_samples(loaded.samples, self._current_sample_id())
        if not self._loaded_once:
            self._loaded_once = True
            self.editor.clear()  # the first checklist, last week: a preview at once
        if not loaded.choices.checklists:
            self.editor.set_population_state(
                self.tr("There is no published, active checklist: publish one to sample for it.")
            )
        self._schedule_preview()
        self._update_actions()

    def _load_failed(self, message: str) -> None:
        self._busy.discard("load")
        self.sig_status.emit(message)  # already in the UI language (tasks use error_text)
        self.ui.previewState.setText(message)

    def _set_plans(self, plans: list[PlanInfo], select_id: int | None) -> None:
        self._selecting_plan = True
        try:
            self.plan_model.set_rows(plans)
            self.ui.plansHint.setVisible(not plans)
            fit_columns(self.ui.planTable)
            row = self.plan_model.row_of(select_id) if select_id is not None else -1
            self._select_row(self.ui.planTable, row)
        finally:
            self._selecting_plan = False

    def _set_samples(self, samples: list[SampleInfo], select_id: int | None) -> None:
        self.sample_model.set_rows(samples)
        fit_columns(self.ui.sampleTable)
        row = self.sample_model.row_of(select_id) if select_id is not None else -1
        if row < 0 and self.sample_model.rowCount():
            row = 0
        self._select_row(self.ui.sampleTable, row)
        if row < 0:
            self.item_model.set_rows([])
            self._update_items_title(None)
        self.ui.samplesState.setText("" if samples else self.tr("No sample has been drawn yet."))

    @staticmethod
    def _fitted(table: QTableView) -> bool:
        return bool(table.property("fitted"))

    @staticmethod
    def _select_row(table: QTableView, row: int) -> None:
        selection = table.selectionModel()
        if row < 0:
            selection.clear()
            return
        index = table.model().index(row, 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)

    def _current_sample_id(self) -> int | None:
        index = self.ui.sampleTable.currentIndex()
        if not index.isValid():
            return None
        return self.sample_model.row_at(index.row()).id

    # --------------------------------------------------------------- plans
    def _plan_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting_plan or not current.isValid():
            self._update_actions()
            return
        plan = self.plan_model.row_at(current.row())
        if plan.id == self.plan_id:
            self._update_actions()
            return
        if self.editor.is_modified() and not self._discard_ok():
            # Back to the plan being edited, without loading the clicked one.
            self._selecting_plan = True
            try:
                row = self.plan_model.row_of(self.plan_id) if self.plan_id is not None else -1
                self._select_row(self.ui.planTable, row)
            finally:
                self._selecting_plan = False
            return
        self.load_plan(plan)

    def load_plan(self, plan: PlanInfo) -> None:
        """Show a saved plan in the editor."""
        self.plan_id = plan.id
        self.editor.set_spec(plan.spec)
        self._update_title()
        self._update_actions()

    def new_plan(self) -> None:
        if self.editor.is_modified() and not self._discard_ok():
            return
        self.plan_id = None
        self._selecting_plan = True
        try:
            self.ui.planTable.selectionModel().clear()
        finally:
            self._selecting_plan = False
        self.editor.clear()
        self.editor.ui.nameEdit.setFocus()
        self._update_title()
        self._update_actions()

    def _discard_ok(self) -> bool:
        return confirm(self, self.tr("Discard the changes to the plan being edited?"))

    def current_plan(self) -> PlanInfo | None:
        index = self.ui.planTable.currentIndex()
        if index.isValid():
            return self.plan_model.row_at(index.row())
        return None

    def save_plan(self) -> None:
        """Store the plan in the editor (a new one, or the saved one it came from)."""
        try:
            spec = self.editor.spec()
            if not spec.name:
                raise ValidationError(self.tr("Enter a name to save the plan under."), "name")
        except QaDeskError as error:
            self._refuse(error)
            return
        sampling, actor, plan_id = self.services.sampling, self.actor, self.plan_id
        self._busy.add("save")
        self._update_actions()
        tasks.start(
            lambda _p, _c: sampling.save_plan(actor, spec, plan_id),
            write=True,
            on_finished=self._plan_saved,
            on_failed=lambda message: self._store_failed("save", message),
            owner=self,
        )

    def _save_pressed(self) -> None:
        if self.ui.savePlanButton.isEnabled():
            self.ui.tabs.setCurrentWidget(self.ui.plansTab)
            self.save_plan()

    def _plan_saved(self, plan: PlanInfo) -> None:
        self._busy.discard("save")
        self.plan_id = plan.id
        self.editor.mark_saved()
        self.sig_status.emit(self.tr("Plan “{0}” saved.").format(plan.name))
        self._reload_lists()
        self._update_title()
        self._update_actions()

    def run_plan(self) -> None:
        """Draw the selected saved plan for a period the user picks in a dialog."""
        plan = self.current_plan()
        if plan is None or self.run_dialog is not None:
            return
        dialog = SamplingRunDialog(plan.name, self.editor.today(), plan.spec.seed, parent=self)
        self.run_dialog = dialog
        dialog.accepted.connect(lambda: self._run_accepted(plan, dialog))
        dialog.finished.connect(lambda _result: self._run_closed(dialog))
        dialog.open()

    def _run_accepted(self, plan: PlanInfo, dialog: SamplingRunDialog) -> None:
        date_from, date_to = dialog.period()
        seed = dialog.seed()
        sampling, actor = self.services.sampling, self.actor
        self._start_draw(lambda: sampling.run_plan(actor, plan.id, date_from, date_to, seed))

    def _run_closed(self, dialog: SamplingRunDialog) -> None:
        if self.run_dialog is dialog:
            self.run_dialog = None
        dialog.deleteLater()

    # --------------------------------------------------------------- preview
    def _editor_changed(self) -> None:
        self._update_title()
        self._update_actions()
        try:
            key = _preview_key(self.editor.spec())
        except QaDeskError:
            return
        if key != self._previewed_key:
            self._preview_timer.start()
            self._mark_preview_stale()

    def _schedule_preview(self) -> None:
        self._preview_timer.start()
        self._mark_preview_stale()
        self.editor.set_population_state(self.tr("Counting the population…"))

    def _mark_preview_stale(self) -> None:
        self.ui.previewState.setText(self.tr("Updating…"))

    def run_preview(self) -> None:
        """Count the population and the strata for the plan in the editor (nothing stored)."""
        self._preview_timer.stop()
        try:
            spec = self.editor.spec()
        except QaDeskError as error:
            self.editor.set_population_state(error_text(error))
            self._show_preview(None, error_text(error))
            return
        self._preview_generation += 1
        generation = self._preview_generation
        sampling, actor = self.services.sampling, self.actor
        self._busy.add("preview")
        tasks.start(
            lambda _p, _c: sampling.preview(actor, spec),
            on_finished=lambda preview: self._previewed(generation, spec, preview),
            on_failed=lambda message: self._preview_failed(generation, message),
            owner=self,
        )

    def _previewed(self, generation: int, spec: PlanSpec, preview: Preview) -> None:
        if generation != self._preview_generation:
            return  # an older count; a newer one is on its way
        self._busy.discard("preview")
        self.preview = preview
        self._previewed_key = _preview_key(spec)
        strata = {s.key: s.population for s in preview.strata} if preview.strata else None
        self.editor.set_population(preview.population, strata, preview.size)
        self._show_preview(preview)
        self._update_actions()

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation != self._preview_generation:
            return
        self._busy.discard("preview")
        self.preview = None
        self._previewed_key = None
        self.editor.set_population_state(message)
        self._show_preview(None, message)
        self._update_actions()

    def _show_preview(self, preview: Preview | None, problem: str = "") -> None:
        ui = self.ui
        if preview is None:
            for label in (ui.populationValue, ui.excludedValue, ui.sizeValue):
                label.setText("–")
            ui.sizeExplanation.clear()
            ui.sizeExplanation.hide()
            self.stratum_model.set_rows([])
            ui.strataTable.hide()
            ui.previewState.setText(problem)
            return
        ui.populationValue.setText(self._records_text(preview.population))
        if preview.excluded_inspected:
            ui.excludedValue.setText(
                self.tr("{0} already inspected against this checklist").format(
                    number(preview.excluded_inspected)
                )
            )
        else:
            ui.excludedValue.setText(self.tr("none"))
        stratify_by = self.editor.ui.stratifyCombo.currentData()
        spec_method = self.editor.ui.methodCombo.currentData()
        ui.sizeValue.setText(self._records_text(preview.size.n))
        ui.sizeExplanation.setText(size_explanation(preview.size, stratify_by))
        ui.sizeExplanation.show()
        self.stratum_model.set_rows(preview.strata)
        ui.strataTable.setVisible(bool(preview.strata))
        if preview.strata:
            fit_columns(ui.strataTable)
            drawn = sum(s.allocated for s in preview.strata)
            ui.previewState.setText(
                self.tr("{0} strata; the draw takes {1} records in all.").format(
                    number(len(preview.strata)), number(drawn)
                )
            )
        elif preview.population == 0:
            ui.previewState.setText(self.tr("No record matches: widen the period or the filters."))
        elif spec_method == "mixed":
            n = preview.size.n
            risk = risk_count(n, self.editor.ui.riskShareSpin.value() / 100)
            ui.previewState.setText(
                self.tr("{0} drawn at random from the whole population, {1} by risk.").format(
                    number(n - risk), number(risk)
                )
            )
        elif spec_method == "risk":
            ui.previewState.setText(
                self.tr("Drawn by risk: records with more warning signs are more likely.")
            )
        else:
            ui.previewState.setText(self.tr("One draw over the whole population (not stratified)."))

    def _records_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 record")
        return self.tr("{0} records").format(number(count))

    # --------------------------------------------------------------- drawing
    def draw(self) -> None:
        """Draw the plan in the editor now and store the sample (after asking)."""
        try:
            spec = self.editor.spec()
        except QaDeskError as error:
            self._refuse(error)
            return
        preview = self.preview if _preview_key(spec) == self._previewed_key else None
        if preview is not None and preview.size.n == 0:
            QMessageBox.information(
                self,
                self.tr("Draw sample"),
                self.tr("The population is empty: there is nothing to draw."),
            )
            return
        if preview is not None:
            question = self.tr("Draw {0} of {1} and store the sample?").format(
                self._records_text(preview.size.n), number(preview.population)
            )
        else:
            question = self.tr("Draw the sample now and store it?")
        if len(spec.inspectors) == 1:
            question += " " + self.tr("Its records go to the ticked inspector.")
        elif spec.inspectors:
            question += " " + self.tr(
                "Its records are shared among the {0} ticked inspectors."
            ).format(len(spec.inspectors))
        else:
            question += " " + self.tr("Its records wait in the shared pool.")
        if not confirm(self, question, self.tr("Draw sample")):
            return
        # The sample belongs to the saved plan only when it is drawn exactly as saved.
        plan_id = self.plan_id if not self.editor.is_modified() else None
        sampling, actor = self.services.sampling, self.actor
        self._start_draw(lambda: sampling.draw(actor, spec, plan_id))

    def _start_draw(self, work: Any) -> None:
        self._busy.add("draw")
        self._update_actions()
        self.sig_status.emit(self.tr("Drawing the sample…"))
        tasks.start(
            lambda _p, _c: work(),
            write=True,
            on_finished=self._drawn,
            on_failed=lambda message: self._store_failed("draw", message),
            owner=self,
        )

    def _drawn(self, result: tuple[SampleInfo | None, list[SampleItemInfo]]) -> None:
        self._busy.discard("draw")
        sample, items = result
        if sample is None:
            self._update_actions()
            return
        self.sig_status.emit(
            self.tr("Sample drawn: {0} of {1}, seed {2}.").format(
                self._records_text(sample.size), number(sample.population), sample.seed
            )
        )
        # The drawn records are no longer in the population: the preview is stale.
        self._previewed_key = None
        self._schedule_preview()
        self.ui.tabs.setCurrentWidget(self.ui.samplesTab)
        self._items_generation += 1
        self._show_items(sample, items)
        self._reload_lists(select_sample=sample.id)
        self._update_actions()

    def _store_failed(self, what: str, message: str) -> None:
        self._busy.discard(what)
        self._update_actions()
        self.sig_status.emit(message)
        QMessageBox.warning(self, self.tr("Sampling"), message)

    def _refuse(self, error: QaDeskError) -> None:
        """A refusal of the input: say why and go to the field it is about."""
        field = getattr(error, "field", None)
        widget = {
            "name": self.editor.ui.nameEdit,
            "seed": self.editor.ui.seedEdit,
            "checklist": self.editor.ui.checklistCombo,
        }.get(field or "")
        QMessageBox.warning(self, self.tr("Sampling"), error_text(error))
        if widget is not None:
            self.ui.tabs.setCurrentWidget(self.ui.plansTab)
            self.ui.editorScroll.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reload_lists(self, select_sample: int | None = None) -> None:
        """Fetch plans and samples again after a change (selection kept or moved)."""
        self._busy.add("lists")
        sampling, actor = self.services.sampling, self.actor
        keep_sample = select_sample if select_sample is not None else self._current_sample_id()

        def done(result: tuple[list[PlanInfo], list[SampleInfo]]) -> None:
            self._busy.discard("lists")
            plans, samples = result
            self._set_plans(plans, self.plan_id)
            self._set_samples(samples, keep_sample)
            self._update_actions()

        def failed(message: str) -> None:
            self._busy.discard("lists")
            self.sig_status.emit(message)

        tasks.start(
            lambda _p, _c: (sampling.plans(actor), sampling.samples(actor)),
            on_finished=done,
            on_failed=failed,
            owner=self,
        )

    # --------------------------------------------------------------- samples
    def _sample_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        sample = self.sample_model.row_at(current.row())
        shown = self.item_model.property("sample_id")
        if shown == sample.id and self.item_model.total():
            self._update_items_title(sample)
            return
        self._load_items(sample)

    def _load_items(self, sample: SampleInfo, keep: list[int] | None = None) -> None:
        self._items_generation += 1
        generation = self._items_generation
        sampling, actor = self.services.sampling, self.actor
        self._busy.add("items")
        self.ui.itemsTitle.setText(self.tr("Loading the records of the sample…"))

        def done(items: list[SampleItemInfo]) -> None:
            if generation != self._items_generation:
                return
            self._busy.discard("items")
            self._show_items(sample, items, keep)

        def failed(message: str) -> None:
            if generation != self._items_generation:
                return
            self._busy.discard("items")
            self.ui.itemsTitle.setText(message)

        tasks.start(
            lambda _p, _c: sampling.items(actor, sample.id),
            on_finished=done,
            on_failed=failed,
            owner=self,
        )

    def _show_items(
        self, sample: SampleInfo, items: list[SampleItemInfo], keep: list[int] | None = None
    ) -> None:
        self.item_model.setProperty("sample_id", sample.id)
        self.item_model.set_rows(items)
        table = self.ui.itemTable
        if not self._fitted(table) and items:
            fit_columns(table)
            table.setProperty("fitted", True)
        if keep:
            selection = table.selectionModel()
            for item_id in keep:
                row = self.item_model.row_of(item_id)
                if row >= 0:
                    selection.select(
                        self.item_model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
        self._update_items_title(sample, items)
        self._update_actions()

    def _update_items_title(
        self, sample: SampleInfo | None, items: list[SampleItemInfo] | None = None
    ) -> None:
        if sample is None:
            self.ui.itemsTitle.setText(self.tr("Choose a sample to see its records."))
            return
        count = len(items) if items is not None else self.item_model.total()
        pooled = sum(1 for i in (items or []) if i.assigned_to is None)
        title = self.tr("Sample of {0}: {1}, {2} done").format(
            format_datetime(sample.drawn_at, self._tz),
            self._records_text(count),
            number(sample.done),
        )
        if items is not None and pooled:
            title += self.tr(" · {0} in the shared pool").format(number(pooled))
        self.ui.itemsTitle.setText(title)
        tip = [
            self.tr("Plan: {0}").format(sample.plan_name or self.tr("none (drawn by hand)")),
            self.tr("Period: {0}").format(period_text(sample.period_from, sample.period_to)),
            self.tr("Method: {0}").format(self._sample_method(sample)),
            self.tr("Seed: {0}").format(sample.seed),
        ]
        self.ui.itemsTitle.setToolTip("\n".join(tip))

    @staticmethod
    def _sample_method(sample: SampleInfo) -> str:
        params = sample.params or {}
        return method_summary(
            sample.method,
            str(params.get("stratify_by", "agent")),
            str(params.get("allocation", "proportional")),
            int(params.get("min_per_stratum", 0) or 0),
            float(params.get("risk_share", 0.2)),
        )

    def selected_item_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.itemTable.selectionModel().selectedRows()})
        return self.item_model.item_ids(rows)

    def assign_selected(self) -> None:
        """Give the selected records to an inspector the user picks (or to the pool)."""
        item_ids = self.selected_item_ids()
        sample_id = self.item_model.property("sample_id")
        if not item_ids or sample_id is None:
            return
        sampling, actor = self.services.sampling, self.actor
        try:
            workload = sampling.workload(actor)
        except QaDeskError as error:
            QMessageBox.warning(self, self.tr("Sampling"), error_text(error))
            return
        rows = [self.item_model.row_at(self.item_model.row_of(i)) for i in item_ids]
        assignees = {r.assigned_to for r in rows}
        current = next(iter(assignees)) if len(assignees) == 1 else None
        dialog = SamplingAssignDialog(len(item_ids), self._inspectors, workload, current, self)
        self.assign_dialog = dialog
        dialog.accepted.connect(lambda: self._assign(sample_id, item_ids, dialog.user_id()))
        dialog.finished.connect(lambda _result: self._assign_closed(dialog))
        dialog.open()

    def _assign_closed(self, dialog: SamplingAssignDialog) -> None:
        if self.assign_dialog is dialog:
            self.assign_dialog = None
        dialog.deleteLater()

    def _assign(self, sample_id: int, item_ids: list[int], user_id: int | None) -> None:
        sampling, actor = self.services.sampling, self.actor
        self._busy.add("assign")
        self._update_actions()

        def done(_result: object) -> None:
            self._busy.discard("assign")
            self.sig_status.emit(self.tr("{0} assigned.").format(self._records_text(len(item_ids))))
            row = self.sample_model.row_of(sample_id)
            if row >= 0:
                self._load_items(self.sample_model.row_at(row), keep=item_ids)
            self._update_actions()

        tasks.start(
            lambda _p, _c: sampling.assign(actor, item_ids, user_id),
            write=True,
            on_finished=done,
            on_failed=lambda message: self._store_failed("assign", message),
            owner=self,
        )

    # --------------------------------------------------------------- state
    def _update_title(self) -> None:
        name = self.editor.ui.nameEdit.text().strip()
        if self.plan_id is None:
            title = self.tr("New plan") if not name else self.tr("New plan “{0}”").format(name)
        else:
            title = self.tr("Plan “{0}”").format(name)
        if self.plan_id is not None and self.editor.is_modified():
            title += self.tr(" (changed, not saved)")
        self.ui.editorTitle.setText(title)

    def _update_actions(self) -> None:
        ui = self.ui
        storing = bool(self._busy & {"save", "draw", "assign"})
        has_checklist = self.editor.ui.checklistCombo.count() > 0
        ui.drawButton.setEnabled(has_checklist and not storing)
        ui.savePlanButton.setEnabled(has_checklist and not storing)
        ui.previewButton.setEnabled(has_checklist)
        ui.runPlanButton.setEnabled(self.current_plan() is not None and not storing)
        ui.assignButton.setEnabled(bool(self.selected_item_ids()) and not storing)

    # --------------------------------------------------------------- layout and text
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:
            width = max(self.ui.planSplitter.width(), 900)
            left = int(width * _LEFT_SHARE)
            self.ui.planSplitter.setSizes([left, width - left])
            height = max(self.ui.sampleSplitter.height(), 500)
            top = int(height * _SAMPLES_SHARE)
            self.ui.sampleSplitter.setSizes([top, height - top])
            self._sized = True

    def retranslate(self) -> None:
        for model in (self.plan_model, self.sample_model, self.item_model, self.stratum_model):
            model.retranslate()
        self._update_title()
        index = self.ui.sampleTable.currentIndex()
        sample = self.sample_model.row_at(index.row()) if index.isValid() else None
        self._update_items_title(sample)
        self._show_preview(self.preview)
