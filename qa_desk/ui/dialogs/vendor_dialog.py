"""Create or edit a vendor and its contract KPI targets."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qa_desk.domain.errors import ConflictError, ValidationError
from qa_desk.services.actor import Actor
from qa_desk.services.organisation import VendorInfo
from qa_desk.services.registry import Services
from qa_desk.ui.dialogs.edit_dialog import EditDialog
from qa_desk.ui.forms.ui_vendor_dialog import Ui_VendorDialog
from qa_desk.ui.models.labels import kpi_label
from qa_desk.ui.widgets.percent_spin_box import PercentSpinBox


class VendorDialog(EditDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        vendor: VendorInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, parent)
        self.ui = Ui_VendorDialog()
        self.ui.setupUi(self)
        self._init_message(self.ui.message)
        self._vendor = vendor
        self._targets: dict[str, PercentSpinBox] = {
            "pass_rate": self.ui.passRate,
            "first_response_within": self.ui.firstResponse,
            "actions_closed_on_time": self.ui.actionsOnTime,
        }
        if vendor is None:
            self.setWindowTitle(self.tr("New vendor"))
        else:
            self.setWindowTitle(self.tr("Edit vendor {0}").format(vendor.code))
            self.ui.code.setText(vendor.code)
            # The code is what import files and other records refer to: it never changes.
            self.ui.code.setReadOnly(True)
            self.ui.name.setText(vendor.name)
            self.ui.contact.setText(vendor.contact or "")
            for key, spin in self._targets.items():
                spin.set_value_or_none(vendor.kpi_targets.get(key))

    def _fields(self) -> dict[str, QWidget]:
        return {
            "code": self.ui.code,
            "name": self.ui.name,
            "contact": self.ui.contact,
            "kpi_targets": self.ui.passRate,
            **self._targets,
        }

    def targets(self) -> dict[str, float | None]:
        return {key: spin.value_or_none() for key, spin in self._targets.items()}

    def _check(self) -> None:
        self._require_code(
            self.ui.code, "code", self.tr("Enter a vendor code of 1–32 characters without spaces.")
        )
        self._require(self.ui.name, "name", self.tr("Enter the vendor's name."))
        for key, value in self.targets().items():
            if value is not None and not 0 <= value <= 100:
                raise ValidationError(
                    self.tr("{0}: enter a target between 0 and 100 %.").format(kpi_label(key)),
                    key,
                )

    def _store(self) -> int:
        if self._vendor is None:
            stored = self.services.org.create_vendor(
                self.actor,
                self.ui.code.text(),
                self.ui.name.text(),
                self.ui.contact.text(),
                self.targets(),
            )
        else:
            stored = self.services.org.update_vendor(
                self.actor,
                self._vendor.id,
                name=self.ui.name.text(),
                contact=self.ui.contact.text(),
                kpi_targets=self.targets(),
            )
        return stored.id

    def _conflict(self, error: ConflictError) -> tuple[str, str | None]:
        code = self.ui.code.text().strip().upper()
        return self.tr("The vendor code {0} is already used.").format(code), "code"
