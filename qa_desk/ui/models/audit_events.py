"""The audit log, newest first, fetched from the services a page at a time (keyset by seq)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Signal

from qa_desk.domain.errors import QaDeskError
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE
from qa_desk.services.actor import Actor
from qa_desk.services.audit import AuditEventInfo
from qa_desk.services.registry import Services
from qa_desk.ui.messages import error_text
from qa_desk.ui.models.formatting import format_datetime
from qa_desk.ui.models.labels import action_label, entity_label
from qa_desk.ui.models.table import Column, Index, RowTableModel

# Snapshot keys that name the changed object, in order of preference.
_NAME_KEYS = ("code", "login", "employee_id", "name")


def changed_fields(event: AuditEventInfo) -> list[str]:
    """The snapshot keys whose values differ before and after (none for a creation)."""
    if not (event.before and event.after):
        return []
    keys = set(event.before) | set(event.after)
    return sorted(k for k in keys if event.before.get(k) != event.after.get(k))


def summarise(event: AuditEventInfo) -> str:
    """What was changed at a glance: the object's code or name, and the changed fields."""
    snapshot = event.after or event.before or {}
    label = next((str(snapshot[k]) for k in _NAME_KEYS if snapshot.get(k)), "")
    fields = ", ".join(changed_fields(event))
    if fields:
        return f"{label}: {fields}" if label else fields
    return label


class AuditEventModel(RowTableModel):
    """Holds the pages fetched so far; ``fetchMore`` asks for the events before the oldest.

    The log is append-only and ordered by seq, so newest-first is its only order: keyset
    paging stays fast at any depth, where sorting loaded rows would mislead.
    """

    CONTEXT = "AuditEventModel"
    PAGE = 200

    sig_failed = Signal(str)
    """Fetching a page failed; the one-line reason."""

    sig_fetched = Signal()
    """A page was fetched (an empty one means the oldest event is loaded)."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        tz_name: str = DEFAULT_TIMEZONE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._tz_name = tz_name
        self._entity: str | None = None
        self._exhausted = True
        self.columns = (
            Column(
                QT_TRANSLATE_NOOP("AuditEventModel", "Seq"),
                lambda e: str(e.seq),
                sort_key=lambda e: e.seq,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("AuditEventModel", "Time"),
                lambda e: format_datetime(e.at, self._tz_name, seconds=True),
            ),
            Column(QT_TRANSLATE_NOOP("AuditEventModel", "User"), lambda e: e.user or ""),
            Column(
                QT_TRANSLATE_NOOP("AuditEventModel", "Entity"), lambda e: entity_label(e.entity)
            ),
            Column(QT_TRANSLATE_NOOP("AuditEventModel", "ID"), lambda e: e.entity_id or ""),
            Column(
                QT_TRANSLATE_NOOP("AuditEventModel", "Action"), lambda e: action_label(e.action)
            ),
            Column(
                QT_TRANSLATE_NOOP("AuditEventModel", "Summary"),
                summarise,
                tip=QT_TRANSLATE_NOOP(
                    "AuditEventModel", "The object's code or name, and the fields a change touched"
                ),
            ),
        )

    @property
    def entity(self) -> str | None:
        return self._entity

    def load(self, entity: str | None = None) -> None:
        """Start again from the newest event, optionally only events of one entity type."""
        self.beginResetModel()
        self._entity = entity
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def event_at(self, row: int) -> AuditEventInfo:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        before = self._rows[-1].seq if self._rows else None
        try:
            page = self._services.audit.events(
                self._actor, before_seq=before, limit=self.PAGE, entity=self._entity
            )
        except QaDeskError as error:
            # The view calls this from painting; report instead of raising into Qt.
            self._exhausted = True
            self.sig_failed.emit(error_text(error))
            return
        self._exhausted = len(page) < self.PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.sig_fetched.emit()
