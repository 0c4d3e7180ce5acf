"""A unit of work: one transaction with the repositories services use inside it.

Services never hold a Session; they open a unit of work and call its repositories.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from qa_desk.domain.errors import ConflictError
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.storage.database import Database
from qa_desk.storage.repositories.audit import AuditRepository
from qa_desk.storage.repositories.autocheck import AutoCheckRepository
from qa_desk.storage.repositories.bulk import BulkRepository
from qa_desk.storage.repositories.checklists import ChecklistRepository
from qa_desk.storage.repositories.imports import ImportRepository
from qa_desk.storage.repositories.inspections import InspectionRepository
from qa_desk.storage.repositories.organisation import OrganisationRepository
from qa_desk.storage.repositories.records import RecordRepository
from qa_desk.storage.repositories.sampling import SamplingRepository


class UnitOfWork:
    def __init__(self, session: Session) -> None:
        self._session = session
        self.audit = AuditRepository(session)
        self.autocheck = AutoCheckRepository(session)
        self.bulk = BulkRepository(session)
        self.checklists = ChecklistRepository(session)
        self.imports = ImportRepository(session, self.bulk)
        self.inspections = InspectionRepository(session)
        self.org = OrganisationRepository(session)
        self.records = RecordRepository(session)
        self.sampling = SamplingRepository(session, self.records, self.bulk)

    @property
    def dialect(self) -> str:
        return self._session.get_bind().dialect.name

    def flush(self) -> None:
        """Send pending writes now, so unique violations surface at a known point."""
        try:
            self._session.flush()
        except exc.IntegrityError as error:
            raise _conflict(error) from error


def _conflict(error: exc.IntegrityError) -> ConflictError:
    # The driver's line names the constraint; it stays as it is (not translatable).
    detail = str(getattr(error, "orig", error)).splitlines()[0]
    return ConflictError(
        QT_TRANSLATE_NOOP("Errors", "The change conflicts with stored data ({detail})."),
        detail=detail,
    )


@contextmanager
def unit_of_work(db: Database, write: bool = False) -> Iterator[UnitOfWork]:
    try:
        with db.session(write=write) as session:
            yield UnitOfWork(session)
    except exc.IntegrityError as error:
        raise _conflict(error) from error
    except StaleDataError as error:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Errors", "Someone else changed this meanwhile; reload and try again."
            )
        ) from error
