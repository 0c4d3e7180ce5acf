"""One audit event in full: who changed what, when, and the snapshots before and after."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.services.audit import AuditEventInfo
from qa_desk.ui.forms.ui_audit_event_dialog import Ui_AuditEventDialog
from qa_desk.ui.models.audit_events import changed_fields
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.models.labels import action_label, entity_label


def pretty_json(snapshot: dict[str, Any] | None) -> str:
    """Indented, keys sorted, Chinese shown as is."""
    if snapshot is None:
        return ""
    return json.dumps(snapshot, indent=2, sort_keys=True, ensure_ascii=False)


class AuditEventDialog(QDialog):
    def __init__(
        self,
        event: AuditEventInfo,
        tz_name: str = DEFAULT_TIMEZONE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditEventDialog()
        self.ui.setupUi(self)
        self._event = event
        self._tz_name = tz_name
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for text in (self.ui.before, self.ui.after):
            text.setFont(mono)
        self.ui.hash.setFont(mono)
        for label in self.findChildren(QLabel):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show()

    def _show(self) -> None:
        e = self._event
        self.setWindowTitle(self.tr("Audit event {0}").format(e.seq))
        self.ui.seq.setText(str(e.seq))
        self.ui.time.setText(format_datetime(e.at, self._tz_name, seconds=True))
        self.ui.user.setText(e.user or self.tr("(system)"))
        entity = entity_label(e.entity)
        self.ui.entity.setText(f"{entity} {e.entity_id}" if e.entity_id else entity)
        self.ui.action.setText(action_label(e.action))
        self.ui.changes.setText(", ".join(changed_fields(e)) or self.tr("(none)"))
        self.ui.hash.setText(e.hash)
        nothing = self.tr("(nothing)")
        self.ui.before.setPlainText(pretty_json(e.before) or nothing)
        self.ui.after.setPlainText(pretty_json(e.after) or nothing)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show()
        super().changeEvent(event)
