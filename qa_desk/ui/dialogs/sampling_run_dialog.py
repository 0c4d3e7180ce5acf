"""Run a saved sampling plan for a period: the dates (with this week / last week / this month)
and, when the draw must repeat an earlier one, its seed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desk.ui.dialogs.edit_dialog import MESSAGE_STYLE
from qa_desk.ui.forms.ui_sampling_run_dialog import Ui_SamplingRunDialog
from qa_desk.ui.models.formatting import date_pattern, from_qdate, to_qdate
from qa_desk.ui.widgets.sampling_plan_editor import SEED_MAX, quick_period


class SamplingRunDialog(QDialog):
    """OK when the input is sound; ``period()`` and ``seed()`` then give it."""

    def __init__(
        self,
        plan_name: str,
        today: date,
        seed: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SamplingRunDialog()
        self.ui.setupUi(self)
        self._today = today
        ui = self.ui
        ui.intro.setText(
            self.tr(
                "Draw a new sample with the plan “{0}”: its filters, size rule, method and "
                "inspectors, over the records of this period."
            ).format(plan_name)
        )
        ui.message.setStyleSheet(MESSAGE_STYLE)
        ui.message.setWordWrap(True)
        ui.message.hide()
        pattern = date_pattern()
        for edit in (ui.dateFrom, ui.dateTo):
            edit.setDisplayFormat(pattern)
        ui.seedEdit.setValidator(QIntValidator(0, SEED_MAX, self))
        ui.seedEdit.setPlaceholderText(self.tr("new for this draw"))
        if seed is not None:
            ui.seedEdit.setText(str(seed))
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Draw sample"))
        self.set_quick_period("this_week")
        ui.thisWeekButton.clicked.connect(lambda: self.set_quick_period("this_week"))
        ui.lastWeekButton.clicked.connect(lambda: self.set_quick_period("last_week"))
        ui.thisMonthButton.clicked.connect(lambda: self.set_quick_period("this_month"))
        ui.dateFrom.setFocus()

    def set_quick_period(self, kind: str) -> None:
        start, end = quick_period(kind, self._today)
        self.ui.dateFrom.setDate(to_qdate(start))
        self.ui.dateTo.setDate(to_qdate(end))

    def period(self) -> tuple[date, date]:
        start = from_qdate(self.ui.dateFrom.date())
        end = from_qdate(self.ui.dateTo.date())
        return (start, end) if start <= end else (end, start)

    def seed(self) -> int | None:
        text = self.ui.seedEdit.text().strip()
        return int(text) if text else None

    def accept(self) -> None:
        text = self.ui.seedEdit.text().strip()
        if text and (not text.isdigit() or int(text) > SEED_MAX):
            self.ui.message.setText(
                self.tr("The seed must be a whole number from 0 to {0}, or empty.").format(SEED_MAX)
            )
            self.ui.message.show()
            self.ui.seedEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.seedEdit.selectAll()
            return
        super().accept()
