"""All services over one open database, built once and shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from qa_desk.services.accounts import AccountService
from qa_desk.services.audit import AuditService
from qa_desk.services.autocheck import AutoCheckService
from qa_desk.services.checklists import ChecklistService
from qa_desk.services.imports import ImportService
from qa_desk.services.inspections import InspectionService
from qa_desk.services.organisation import OrganisationService
from qa_desk.services.records import RecordService
from qa_desk.services.sampling import SamplingService
from qa_desk.storage.database import Database, open_database
from qa_desk.storage.migrate import MigrationResult, ensure_current


@dataclass
class Services:
    db: Database
    accounts: AccountService
    audit: AuditService
    org: OrganisationService
    imports: ImportService
    records: RecordService
    checklists: ChecklistService
    autocheck: AutoCheckService
    inspections: InspectionService
    sampling: SamplingService

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(
            db,
            AccountService(db),
            AuditService(db),
            OrganisationService(db),
            imports=ImportService(db),
            records=RecordService(db),
            checklists=ChecklistService(db),
            autocheck=AutoCheckService(db),
            inspections=InspectionService(db),
            sampling=SamplingService(db),
        )

    def close(self) -> None:
        self.db.dispose()


def open_services(url: str, migrate: bool = True) -> tuple[Services, MigrationResult | None]:
    """Open the database at ``url``, bring its schema up to date, and build the services."""
    db = open_database(url)
    try:
        result = ensure_current(db) if migrate else None
    except Exception:
        db.dispose()
        raise
    return Services.over(db), result
