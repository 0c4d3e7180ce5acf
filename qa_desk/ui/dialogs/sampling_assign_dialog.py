"""Assign sampled records to an inspector, or give them back to the shared pool."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QDialog, QWidget

from qa_desk.services.accounts import UserInfo
from qa_desk.ui.forms.ui_sampling_assign_dialog import Ui_SamplingAssignDialog
from qa_desk.ui.widgets.combos import fill_combo

_HINT_STYLE = "color: palette(dark);"
_POOL = -1  # the combo's data for "the shared pool" (None means "nothing chosen" to Qt)


class SamplingAssignDialog(QDialog):
    """Offers the inspectors with their open workload; ``user_id()`` is the choice (None =
    the shared pool)."""

    def __init__(
        self,
        count: int,
        inspectors: Sequence[UserInfo],
        workload: Mapping[str, int],
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SamplingAssignDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if count == 1:
            ui.intro.setText(self.tr("Who scores the selected record?"))
        else:
            ui.intro.setText(self.tr("Who scores the {0} selected records?").format(count))
        choices = [(self.tr("Nobody yet: the shared pool"), _POOL)]
        selected = _POOL
        for user in inspectors:
            open_items = workload.get(user.login, 0)
            text = self.tr("{0} ({1}) · {2} open").format(user.display_name, user.login, open_items)
            choices.append((text, user.id))
            if user.login == current:
                selected = user.id
        fill_combo(ui.inspectorCombo, choices, select=selected)
        ui.workloadHint.setText(
            self.tr(
                "Open: records assigned and not submitted yet. Records in the pool go to "
                "whichever inspector takes the next one."
            )
        )
        ui.workloadHint.setStyleSheet(_HINT_STYLE)
        ui.message.hide()
        ui.inspectorCombo.setFocus()

    def user_id(self) -> int | None:
        data = self.ui.inspectorCombo.currentData()
        return None if data in (None, _POOL) else int(data)
