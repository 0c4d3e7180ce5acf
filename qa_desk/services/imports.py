"""Importing chat and call exports: preview, mapping profiles, the import itself, batches.

One file is one :class:`~qa_desk.storage.models.ImportBatch`, written in ONE transaction with
its records, messages, call details, segments, the agents it creates and its audit events:
a file is stored whole (every good row) or not at all — a cancel, an error or a killed
process leaves no batch and no record behind. Bad rows don't stop a good file: they are
listed in an error report (.xlsx). Rows already stored (same source and id, same message)
are counted as duplicates, so importing a file again changes nothing.

``Record.source`` is the profile's name when a saved mapping profile is used, else ``chat``
or ``call``. The search index is not touched here: callers run
``RecordService.update_search_index()`` after an import commits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_desk import paths
from qa_desk.domain.errors import ImportFileError, NotFound, PermissionDenied, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, utcnow
from qa_desk.io.mapping import FIELDS, KINDS, Mapping, detect_mapping, normalise_header
from qa_desk.services import audit
from qa_desk.services.actor import Actor
from qa_desk.services.import_support import (
    Cancelled,
    Directory,
    FileDigest,
    ImportCancelled,
    Progress,
    Tracker,
    paused_gc,
)
from qa_desk.services.organisation import MASK_PHONES_OPTION
from qa_desk.storage.database import Database
from qa_desk.storage.models import ImportProfile
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

if TYPE_CHECKING:
    from qa_desk.io.readers import RowError
    from qa_desk.io.tabular import Table

__all__ = [
    "BatchInfo",
    "Cancelled",
    "FieldInfo",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "ImportService",
    "ProfileInfo",
    "Progress",
]

_log = logging.getLogger(__name__)

PREVIEW_ROWS = 20
DEFAULT_SOURCES = {"chats": "chat", "calls": "call"}
_PROFILE_NAME_MAX = 64  # a profile's name becomes the records' source (64 characters)
_FILE_NAME_MAX = 500


@dataclass(frozen=True)
class FieldInfo:
    name: str
    label: str
    required: bool


@dataclass(frozen=True)
class ImportPreview:
    file: str
    kind: str
    format: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    headers: list[str]
    mapping: dict[str, str]
    missing: list[str]
    fields: list[FieldInfo]
    rows: list[list[str]]
    row_numbers: list[int]
    profile: str | None


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    file: str
    kind: str
    rows_read: int
    records_created: int
    records_updated: int
    messages_created: int
    duplicates: int
    errors: int
    error_report: str | None
    recordings_missing: int = 0
    vendor_agents_created: int = 0


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    kind: str
    name: str
    mapping: dict[str, str]


@dataclass(frozen=True)
class BatchInfo:
    id: int
    kind: str
    source: str
    file_name: str
    status: str
    rows_read: int
    records_created: int
    records_updated: int
    messages_created: int
    duplicates: int
    errors: int
    error_report: str | None
    imported_by: str | None
    started_at: datetime
    finished_at: datetime | None


def fields_of(kind: str) -> list[FieldInfo]:
    """Every field of a record kind in display order, with an English label."""
    return [
        FieldInfo(spec.name, spec.label[:1].upper() + spec.label[1:], spec.required)
        for spec in FIELDS[_kind(kind)]
    ]


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown record kind {kind} (expected chats, calls or transcripts)."
            ),
            "kind",
            kind=repr(kind),
        )
    return kind


def _profile_info(profile: ImportProfile) -> ProfileInfo:
    mapping = Mapping.from_json(profile.mapping)
    return ProfileInfo(profile.id, profile.kind, profile.name, dict(mapping.columns))


def _unresolved(table: Table, mapping: Mapping) -> list[str]:
    """Required fields with no column, or mapped to a header the file doesn't have (a
    profile saved for another export)."""
    present = {normalise_header(h) for h in table.headers if h}
    return [
        spec.name
        for spec in FIELDS[mapping.kind]
        if spec.required and normalise_header(mapping.columns.get(spec.name) or "") not in present
    ]


def _require_vendor_source(file: Path, headers: dict[str, str], default: int | None) -> None:
    """Every record needs a vendor: from its agent, the file's vendor column or the caller."""
    if default is None and not {"agent_id", "vendor_code"} & headers.keys():
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: the file has no agent or vendor column, so its vendor is unknown; "
                "give a vendor (--vendor)",
            ),
            file=file.name,
        )


def _column_headers(table: Table, mapping: Mapping, kind: str) -> dict[str, str]:
    """Field → the file's header text, for the error report (raises for missing columns)."""
    from qa_desk.io.readers import resolve_columns

    found = resolve_columns(table, mapping, kind)
    return {name: table.headers[i] if i < len(table.headers) else name for name, i in found.items()}


class ImportService:
    """Imports exports into records. The readers, loaders and the report writer (openpyxl)
    are imported when first used: every start of the application builds this service."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ preview
    def preview(
        self,
        actor: Actor,
        path: str | Path,
        kind: str,
        *,
        mapping: dict[str, str] | None = None,
        profile: str | None = None,
    ) -> ImportPreview:
        """The file as it will be read: format, headers, the mapping and its gaps, first rows."""
        from qa_desk.io.tabular import open_table

        actor.require(Permission.IMPORT_RECORDS)
        _kind(kind)
        profile = (profile or "").strip() or None
        saved = self._saved_mapping(kind, profile) if profile else None
        file = Path(path)
        with open_table(file, kind) as table:
            chosen = self._choose_mapping(kind, table, mapping, saved)
            shown = table.preview(PREVIEW_ROWS)
            return ImportPreview(
                file=str(file),
                kind=kind,
                format=table.format,
                encoding=table.encoding,
                delimiter=table.delimiter,
                sheet=table.sheet,
                headers=list(table.headers),
                mapping=dict(chosen.columns),
                missing=_unresolved(table, chosen),
                fields=fields_of(kind),
                rows=[cells for _, cells in shown],
                row_numbers=[number for number, _ in shown],
                profile=profile if saved is not None else None,
            )

    # ------------------------------------------------------------------ imports
    def import_chats(
        self,
        actor: Actor,
        path: str | Path,
        *,
        mapping: dict[str, str] | None = None,
        profile: str | None = None,
        vendor_code: str | None = None,
        error_report: str | Path | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import a chat export (one row per message); see the module docstring."""
        from qa_desk.io.readers import read_chats
        from qa_desk.io.tabular import open_table
        from qa_desk.services.import_chats import ChatLoader

        actor.require(Permission.IMPORT_RECORDS)
        profile = (profile or "").strip() or None
        file = Path(path).absolute()
        saved = self._saved_mapping("chats", profile) if profile else None
        source = profile or DEFAULT_SOURCES["chats"]
        default_vendor = self._default_vendor(vendor_code)
        tracker = Tracker(progress, cancelled)
        tracker.say("Opening the file")
        tz_name, mask = self._outlet_options()
        with open_table(file, "chats") as table:
            chosen = self._choose_mapping("chats", table, mapping, saved)
            headers = _column_headers(table, chosen, "chats")
            _require_vendor_source(file, headers, default_vendor)
            rows = read_chats(table, chosen, tz_name)
            digest = FileDigest(file)
            started = utcnow()
            report: Path | None = None
            try:
                with paused_gc(), unit_of_work(self._db, write=True) as uow:
                    uow.imports.begin_import()
                    batch_id = self._open_batch(
                        uow, actor, "chats", source, file, table, chosen, started
                    )
                    directory = Directory(uow, actor, batch_id, default_vendor, started)
                    loader = ChatLoader(
                        uow.imports,
                        directory,
                        tracker,
                        source=source,
                        batch_id=batch_id,
                        headers=headers,
                        mask=mask,
                    )
                    counts = loader.load(rows)
                    errors = loader.errors
                    if errors:
                        tracker.say("Writing the error report")
                        report = self._write_report(
                            error_report, batch_id, file, [(file.name, errors)]
                        )
                    result = ImportResult(
                        batch_id=batch_id,
                        file=str(file),
                        kind="chats",
                        rows_read=counts.rows_read,
                        records_created=counts.records_created,
                        records_updated=counts.records_updated,
                        messages_created=counts.messages_created,
                        duplicates=counts.duplicates,
                        errors=len(errors),
                        error_report=str(report) if report is not None else None,
                        vendor_agents_created=len(directory.created),
                    )
                    tracker.check()
                    self._close_batch(
                        uow, actor, result, source, digest.result(), directory.created
                    )
            except BaseException:
                _discard(report)
                raise
        _log.info("imported %s: %s", file.name, result)
        return result

    def import_calls(
        self,
        actor: Actor,
        path: str | Path,
        *,
        transcripts: str | Path | None = None,
        recordings_dir: str | Path | None = None,
        mapping: dict[str, str] | None = None,
        transcript_mapping: dict[str, str] | None = None,
        profile: str | None = None,
        vendor_code: str | None = None,
        error_report: str | Path | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import a call export and, optionally, its transcripts; see the module docstring.

        A transcripts profile of the same name, when saved, maps the transcript file.
        """
        from qa_desk.io.readers import read_calls, read_transcripts
        from qa_desk.io.tabular import open_table
        from qa_desk.services.import_calls import CallLoader

        actor.require(Permission.IMPORT_RECORDS)
        profile = (profile or "").strip() or None
        file = Path(path).absolute()
        transcript_file = Path(transcripts).absolute() if transcripts else None
        recordings = Path(recordings_dir).absolute() if recordings_dir else None
        if recordings is not None and not recordings.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The recordings folder {folder} does not exist."),
                "recordings",
                folder=str(recordings),
            )
        saved = self._saved_mapping("calls", profile) if profile else None
        saved_transcripts = (
            self._saved_mapping("transcripts", profile, required=False) if profile else None
        )
        source = profile or DEFAULT_SOURCES["calls"]
        default_vendor = self._default_vendor(vendor_code)
        tracker = Tracker(progress, cancelled)
        tracker.say("Opening the files")
        tz_name, mask = self._outlet_options()
        with open_table(file, "calls") as table:
            chosen = self._choose_mapping("calls", table, mapping, saved)
            headers = _column_headers(table, chosen, "calls")
            _require_vendor_source(file, headers, default_vendor)
            second: Table | None = None
            try:
                if transcript_file is not None:
                    second = open_table(transcript_file, "transcripts")
                    second_mapping = self._choose_mapping(
                        "transcripts", second, transcript_mapping, saved_transcripts
                    )
                    second_headers = _column_headers(second, second_mapping, "transcripts")
                digest = FileDigest(file)
                started = utcnow()
                report: Path | None = None
                try:
                    with paused_gc(), unit_of_work(self._db, write=True) as uow:
                        uow.imports.begin_import()
                        batch_id = self._open_batch(
                            uow, actor, "calls", source, file, table, chosen, started
                        )
                        directory = Directory(uow, actor, batch_id, default_vendor, started)
                        loader = CallLoader(
                            uow.imports,
                            directory,
                            tracker,
                            source=source,
                            batch_id=batch_id,
                            call_file=file,
                            recordings_dir=recordings,
                            mask=mask,
                        )
                        loader.load_calls(read_calls(table, chosen, tz_name), headers)
                        sections: list[tuple[str, list[RowError]]] = [
                            (file.name, loader.call_errors)
                        ]
                        if second is not None and transcript_file is not None:
                            loader.load_transcripts(
                                read_transcripts(second, second_mapping, tz_name), second_headers
                            )
                            sections.append((transcript_file.name, loader.transcript_errors))
                        loader.finish()
                        errors = sum(len(e) for _, e in sections)
                        if errors:
                            tracker.say("Writing the error report")
                            report = self._write_report(error_report, batch_id, file, sections)
                        counts = loader.counts
                        result = ImportResult(
                            batch_id=batch_id,
                            file=str(file),
                            kind="calls",
                            rows_read=counts.rows_read,
                            records_created=counts.records_created,
                            records_updated=counts.records_updated,
                            messages_created=counts.segments_created,
                            duplicates=counts.duplicates,
                            errors=errors,
                            error_report=str(report) if report is not None else None,
                            recordings_missing=counts.recordings_missing,
                            vendor_agents_created=len(directory.created),
                        )
                        tracker.check()
                        extra = {"transcripts": str(transcript_file) if transcript_file else None}
                        self._close_batch(
                            uow, actor, result, source, digest.result(), directory.created, extra
                        )
                except BaseException:
                    _discard(report)
                    raise
            finally:
                if second is not None:
                    second.close()
        _log.info("imported %s: %s", file.name, result)
        return result

    # ------------------------------------------------------------------ profiles
    def profiles(self, actor: Actor, kind: str) -> list[ProfileInfo]:
        actor.require(Permission.IMPORT_RECORDS)
        with unit_of_work(self._db) as uow:
            return [_profile_info(p) for p in uow.imports.profiles(_kind(kind))]

    def save_profile(
        self, actor: Actor, kind: str, name: str, mapping: dict[str, str]
    ) -> ProfileInfo:
        """Save a mapping under a name (replacing the mapping a profile of that name had)."""
        actor.require(Permission.IMPORT_RECORDS)
        _kind(kind)
        name = name.strip()
        if not name:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Enter a name for the profile."), "name"
            )
        if len(name) > _PROFILE_NAME_MAX or any(ord(c) < 32 for c in name):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A profile name has at most {limit} characters, no control characters.",
                ),
                "name",
                limit=_PROFILE_NAME_MAX,
            )
        parsed = Mapping.from_json({"kind": kind, "columns": dict(mapping)})
        missing = parsed.missing()
        if missing:
            labels = {f.name: f.label for f in fields_of(kind)}
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Map every required field before saving: {fields}."),
                "mapping",
                fields=", ".join(labels[m] for m in missing),
            )
        stored = parsed.to_json()
        with unit_of_work(self._db, write=True) as uow:
            profile = uow.imports.profile(kind, name)
            if profile is None:
                profile = uow.imports.add_profile(
                    ImportProfile(kind=kind, name=name, mapping=stored, created_at=utcnow())
                )
                audit.record(
                    uow,
                    actor,
                    "import_profile",
                    profile.id,
                    "create",
                    after={"kind": kind, "name": name, "mapping": stored["columns"]},
                )
            elif profile.mapping != stored:
                before = {"kind": kind, "name": name, "mapping": profile.mapping.get("columns")}
                profile.mapping = stored
                uow.flush()
                audit.record(
                    uow,
                    actor,
                    "import_profile",
                    profile.id,
                    "update",
                    before=before,
                    after={"kind": kind, "name": name, "mapping": stored["columns"]},
                )
            return _profile_info(profile)

    def delete_profile(self, actor: Actor, profile_id: int) -> None:
        actor.require(Permission.IMPORT_RECORDS)
        with unit_of_work(self._db, write=True) as uow:
            profile = uow.imports.profile_by_id(profile_id)
            if profile is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such import profile."))
            before = {
                "kind": profile.kind,
                "name": profile.name,
                "mapping": profile.mapping.get("columns"),
            }
            uow.imports.delete_profile(profile)
            audit.record(uow, actor, "import_profile", profile_id, "delete", before=before)

    # ------------------------------------------------------------------ batches
    def batches(self, actor: Actor, limit: int = 50) -> list[BatchInfo]:
        """The latest import batches, newest first (importers and auditors)."""
        if not (actor.can(Permission.IMPORT_RECORDS) or actor.can(Permission.READ_AUDIT_LOG)):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may not see import batches."),
                role=actor.role.value,
            )
        with unit_of_work(self._db) as uow:
            return [
                BatchInfo(
                    id=b.id,
                    kind=b.kind,
                    source=b.source,
                    file_name=b.file_name,
                    status=b.status,
                    rows_read=b.rows_read,
                    records_created=b.records_created,
                    records_updated=b.records_updated,
                    messages_created=b.messages_created,
                    duplicates=b.duplicates,
                    errors=b.errors,
                    error_report=b.error_report,
                    imported_by=login,
                    started_at=b.started_at,
                    finished_at=b.finished_at,
                )
                for b, login in uow.imports.batches(max(1, min(limit, 1000)))
            ]

    # ------------------------------------------------------------------ helpers
    def _saved_mapping(self, kind: str, name: str | None, required: bool = True) -> Mapping | None:
        with unit_of_work(self._db) as uow:
            profile = uow.imports.profile(kind, (name or "").strip())
            if profile is None:
                if required:
                    raise NotFound(
                        QT_TRANSLATE_NOOP(
                            "Errors", "There is no {kind} import profile named {name}."
                        ),
                        kind=kind,
                        name=repr(name),
                    )
                return None
            return Mapping.from_json(profile.mapping)

    @staticmethod
    def _choose_mapping(
        kind: str, table: Table, given: dict[str, str] | None, saved: Mapping | None
    ) -> Mapping:
        """The caller's mapping, else the saved profile's, else the one the headers suggest."""
        if given is not None:
            return Mapping.from_json({"kind": kind, "columns": dict(given)})
        if saved is not None:
            return saved
        return detect_mapping(table.headers, kind)

    def _default_vendor(self, code: str | None) -> int | None:
        if code is None or not code.strip():
            return None
        with unit_of_work(self._db) as uow:
            vendor = uow.imports.vendor_ids().get(code.strip().upper())
        if vendor is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "Unknown vendor {code}."), code=repr(code.strip())
            )
        return vendor

    def _outlet_options(self) -> tuple[str, bool]:
        """The outlet's time zone (naive times in files are local) and phone masking."""
        with unit_of_work(self._db) as uow:
            outlet = uow.org.outlet()
            mask = uow.org.option(MASK_PHONES_OPTION) != "0"
        return (outlet.timezone if outlet is not None else DEFAULT_TIMEZONE), mask

    @staticmethod
    def _open_batch(
        uow: UnitOfWork,
        actor: Actor,
        kind: str,
        source: str,
        file: Path,
        table: Table,
        mapping: Mapping,
        started: datetime,
    ) -> int:
        name = str(file)
        if len(name) > _FILE_NAME_MAX:
            name = file.name[-_FILE_NAME_MAX:]
        return uow.imports.add_batch(
            kind=kind,
            source=source,
            file_name=name,
            file_sha256="",  # set when the batch is closed (hashed meanwhile)
            encoding=(table.encoding or table.format or "")[:32] or None,
            mapping=mapping.to_json(),
            status="running",
            imported_by=actor.user_id,
            started_at=started,
        )

    @staticmethod
    def _close_batch(
        uow: UnitOfWork,
        actor: Actor,
        result: ImportResult,
        source: str,
        digest: str,
        agents_created: list[str],
        extra: dict[str, Any] | None = None,
    ) -> None:
        """Mark the batch done and audit it, in the transaction that stored its rows."""
        uow.imports.finish_batch(
            result.batch_id,
            status="done",
            file_sha256=digest,
            rows_read=result.rows_read,
            records_created=result.records_created,
            records_updated=result.records_updated,
            messages_created=result.messages_created,
            duplicates=result.duplicates,
            errors=result.errors,
            error_report=result.error_report,
            finished_at=utcnow(),
        )
        after: dict[str, Any] = {
            "kind": result.kind,
            "source": source,
            "file": result.file,
            "file_sha256": digest,
            "rows_read": result.rows_read,
            "records_created": result.records_created,
            "records_updated": result.records_updated,
            "messages_created": result.messages_created,
            "duplicates": result.duplicates,
            "errors": result.errors,
            "error_report": result.error_report,
            "agents_created": agents_created,
        }
        if result.kind == "calls":
            after["recordings_missing"] = result.recordings_missing
        if extra:
            after.update(extra)
        audit.record(uow, actor, "import_batch", result.batch_id, "create", after=after)

    @staticmethod
    def _write_report(
        target: str | Path | None,
        batch_id: int,
        file: Path,
        sections: list[tuple[str, list[RowError]]],
    ) -> Path:
        from qa_desk.io.error_report import write_error_report

        if target is None:
            folder = paths.data_dir() / "import-errors"
            target = folder / f"batch-{batch_id}-{file.stem}-errors.xlsx"
        return write_error_report(Path(target).absolute(), sections)


def _discard(report: Path | None) -> None:
    """A report of an import that was not stored would describe nothing: remove it."""
    if report is not None:
        try:
            report.unlink(missing_ok=True)
        except OSError:
            _log.warning("could not remove the error report %s", report, exc_info=True)
