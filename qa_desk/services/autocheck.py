"""Running the automatic checks over imported records, and reading their results.

For every active checklist version the rules are compiled once with the word lists in force
(the shipped packs, overridden by admins' edits); their fingerprint tells which records are
current. A run goes over the records that are not, in chunks: each chunk is one write
transaction that reads the chunk's messages or segments raw, runs the rules and replaces the
chunk's results. A cancel between chunks keeps the finished ones.

Only results other than a plain pass are stored, and "n/a" only when the conversation made
the rule inapplicable (not the channel: that follows from the rule type). A checked record
without a stored row for a rule passed it; ``results_for_record`` puts those back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from qa_desk.domain.autocheck import (
    PACK_NAMES,
    RULE_TYPES,
    Conversation,
    Evidence,
    Outcome,
    RuleSet,
    compile_ruleset,
    conversation_from_messages,
    conversation_from_segments,
    load_default_packs,
    parse_pack,
)
from qa_desk.domain.checklist import ChecklistSpec
from qa_desk.domain.errors import NotFound, ValidationError
from qa_desk.domain.roles import Permission
from qa_desk.domain.text import QT_TRANSLATE_NOOP
from qa_desk.domain.timeutil import DEFAULT_TIMEZONE, to_utc, utcnow
from qa_desk.services import audit
from qa_desk.services.actor import Actor
from qa_desk.services.checklists import ChecklistService
from qa_desk.services.import_support import Cancelled, Progress, paused_gc
from qa_desk.storage.database import Database
from qa_desk.storage.repositories.autocheck import FLAG_VERDICTS, Scope
from qa_desk.storage.unit_of_work import UnitOfWork, unit_of_work

# Records per write transaction: big enough that per-statement costs vanish, small enough
# that an import waiting for the SQLite write lock waits a fraction of a second.
CHUNK = 2000
RUN_MESSAGE = "Running automatic checks"
# The note of the "n/a" outcomes of a record without any text to check.
NO_TEXT = "no_text"
# The outcome's own figures ride along with its evidence, as the first element.
_OUTCOME = "outcome"


@dataclass(frozen=True)
class RunSummary:
    records: int  # record checks made in this run (a record counts once per version)
    results: int  # stored non-pass results
    flags: dict[str, int]  # rule key -> records failed or flagged in this run
    versions: tuple[int, ...]
    skipped: int  # record checks not needed: already current (same version, same rules)
    cancelled: bool = False


@dataclass(frozen=True)
class PackInfo:
    name: str
    content: str
    default_content: str
    edited: bool
    updated_at: datetime | None
    updated_by: str | None
    entries: int


@dataclass(frozen=True)
class RuleLabel:
    key: str
    rule: str
    label: str  # the item's text, or the flag rule's label
    version_id: int


@dataclass(frozen=True)
class RecordCheck:
    """One rule's outcome on one record, for the record view and the inspection workspace."""

    key: str
    rule: str
    item_code: str | None
    label: str
    verdict: str  # pass | fail | flag | n/a
    suggested: float | None
    occurrences: int
    measured: float | None
    evidence: tuple[Evidence, ...]
    version_id: int
    note: str = ""


@dataclass(frozen=True)
class _Plan:
    """One active version as a run needs it."""

    version_id: int
    spec: ChecklistSpec
    ruleset: RuleSet
    item_ids: dict[str, int]

    def no_text(self, channel: str) -> list[Outcome]:
        """The outcomes for a record with no message or segment at all (a call whose
        transcript was not imported): nothing can be judged, so every rule of its channel
        is "n/a" rather than a failed greeting or a missing waybill."""
        ruleset = self.ruleset
        return [
            Outcome(rule.key, rule.rule, rule.item_code, "n/a", None, 0, None, (), NO_TEXT)
            for rule in ruleset.rules
            if ruleset.applies(rule.key, channel)
        ]


def evidence_json(outcome: Outcome) -> list[dict[str, Any]]:
    """How an outcome's evidence is stored: its own figures first, then one dict per
    piece of evidence (fields left at their defaults are left out)."""
    head = {
        _OUTCOME: {
            "occurrences": outcome.occurrences,
            "measured": outcome.measured,
            "note": outcome.note,
        }
    }
    out: list[dict[str, Any]] = [head]
    for e in outcome.evidence:
        piece: dict[str, Any] = {"ref": e.ref, "role": e.role}
        if e.matched:
            piece["matched"] = e.matched
        if e.start >= 0:
            piece["start"] = e.start
            piece["end"] = e.end
        if e.measured is not None:
            piece["measured"] = e.measured
        if e.note:
            piece["note"] = e.note
        out.append(piece)
    return out


def evidence_from_json(
    stored: Any,
) -> tuple[int, float | None, str, tuple[Evidence, ...]]:
    """(occurrences, measured, note, evidence) back from ``evidence_json``'s form."""
    occurrences, measured, note = 0, None, ""
    pieces: list[Evidence] = []
    for piece in stored if isinstance(stored, list) else ():
        if not isinstance(piece, dict):
            continue
        head = piece.get(_OUTCOME)
        if isinstance(head, dict):
            occurrences = int(head.get("occurrences") or 0)
            measured = head.get("measured")
            note = str(head.get("note") or "")
            continue
        pieces.append(
            Evidence(
                ref=int(piece.get("ref", 0)),
                role=str(piece.get("role", "")),
                matched=str(piece.get("matched", "")),
                start=int(piece.get("start", -1)),
                end=int(piece.get("end", -1)),
                measured=piece.get("measured"),
                note=str(piece.get("note", "")),
            )
        )
    return occurrences, measured, note, tuple(pieces)


class AutoCheckService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._checklists = ChecklistService(db)

    # ------------------------------------------------------------ running
    def run(
        self,
        actor: Actor,
        date_from: date | None = None,
        date_to: date | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        force: bool = False,
    ) -> RunSummary:
        """Check every record an active version has not checked with its current rules
        (all of them with ``force``), within the period when given (outlet-local dates,
        inclusive, by the record's start)."""
        actor.require(Permission.RUN_AUTOCHECK)
        if date_from and date_to and date_from > date_to:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."), field="date_to"
            )
        plans = self._plans(actor)
        with unit_of_work(self._db) as uow:
            started_from, started_before = _bounds(uow, date_from, date_to)
            scopes: list[Scope] = []
            pending: list[int] = []
            skipped = 0
            for plan in plans:
                scope = Scope(plan.spec.channel, started_from, started_before)
                scopes.append(scope)
                in_scope = uow.autocheck.count_scope(scope)
                todo = (
                    in_scope
                    if force
                    else uow.autocheck.count_pending(
                        plan.version_id, plan.ruleset.fingerprint, scope
                    )
                )
                pending.append(todo)
                skipped += in_scope - todo
        total = sum(pending)
        done = results = 0
        flags: dict[str, int] = {}
        stopped = False
        if progress is not None:
            progress(0, total, RUN_MESSAGE)
        for plan, scope in zip(plans, scopes, strict=True):
            after = 0
            while True:
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                with paused_gc(), unit_of_work(self._db, write=True) as uow:
                    uow.autocheck.lock_version(plan.version_id)
                    batch = uow.autocheck.pending(
                        plan.version_id, plan.ruleset.fingerprint, scope, after, CHUNK, force
                    )
                    if not batch:
                        break
                    after = batch[-1][0]
                    results += _check_chunk(uow, plan, batch, flags)
                done += len(batch)
                if progress is not None:
                    # Records imported meanwhile may join: the total grows, never overflows.
                    progress(done, max(total, done), RUN_MESSAGE)
            if stopped:
                break
        summary = RunSummary(
            records=done,
            results=results,
            flags=dict(sorted(flags.items())),
            versions=tuple(p.version_id for p in plans),
            skipped=skipped,
            cancelled=stopped,
        )
        if done:
            # One event per run, not per record: the results themselves are derived data.
            with unit_of_work(self._db, write=True) as uow:
                audit.record(
                    uow,
                    actor,
                    "autocheck",
                    None,
                    "run",
                    after={
                        **_summary_json(summary),
                        "date_from": date_from,
                        "date_to": date_to,
                        "force": force,
                    },
                )
        return summary

    def stale_count(self, actor: Actor) -> int:
        """Record checks the active versions still owe (never checked, or checked with
        other rules or word lists), within the actor's vendor for vendor supervisors."""
        actor.require(Permission.READ_RECORDS)
        vendor_id = actor.vendor_filter()
        plans = self._plans(actor)
        with unit_of_work(self._db) as uow:
            return sum(
                uow.autocheck.count_pending(
                    p.version_id, p.ruleset.fingerprint, Scope(p.spec.channel, vendor_id=vendor_id)
                )
                for p in plans
            )

    def _plans(self, actor: Actor) -> list[_Plan]:
        packs = self._pack_texts()
        plans = []
        for version in self._checklists.active_versions(actor):
            spec = self._checklists.spec(actor, version.id)
            ruleset = compile_ruleset(spec, packs)
            if not ruleset.keys:
                continue
            with unit_of_work(self._db) as uow:
                item_ids = uow.autocheck.item_ids(version.id)
            plans.append(_Plan(version.id, spec, ruleset, item_ids))
        return plans

    # ------------------------------------------------------------ results
    def results_for_record(self, actor: Actor, record_id: int) -> list[RecordCheck]:
        """Every rule of every active version that applies to the record's channel, with
        its outcome: the stored one, or "pass" (suggested score = the item's points) when
        nothing was stored, or "n/a" for rules of the other channel. Versions that have not
        checked the record yet contribute nothing ([] for a record never checked)."""
        actor.require(Permission.READ_RECORDS)
        with unit_of_work(self._db) as uow:
            found = uow.autocheck.record_scope(record_id)
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such record."))
            channel, vendor_id = found
            actor.check_vendor(vendor_id, "record")
            runs = uow.autocheck.runs_of(record_id)
            stored_rows = uow.autocheck.results_of(record_id, sorted(runs))
        stored = {(r.version_id, r.rule): r for r in stored_rows}
        checks: list[RecordCheck] = []
        for version in self._checklists.active_versions(actor):
            if version.id not in runs:
                continue
            spec = self._checklists.spec(actor, version.id)
            if spec.channel not in (None, channel):
                continue
            for key, rule, item, label in _rules(spec):
                row = stored.get((version.id, key))
                rule_type = RULE_TYPES.get(rule)
                if row is not None:
                    occurrences, measured, note, evidence = evidence_from_json(row.evidence)
                    checks.append(
                        RecordCheck(
                            key, rule, item.code if item else None, label, row.verdict,
                            row.suggested, occurrences, measured, evidence, version.id, note,
                        )
                    )  # fmt: skip
                elif rule_type is not None and channel not in rule_type.channels:
                    checks.append(
                        RecordCheck(
                            key, rule, item.code if item else None, label, "n/a",
                            None, 0, None, (), version.id, "channel",
                        )
                    )  # fmt: skip
                else:
                    checks.append(
                        RecordCheck(
                            key, rule, item.code if item else None, label, "pass",
                            item.max_points if item else None, 0, None, (), version.id,
                        )
                    )  # fmt: skip
        return checks

    def flag_labels(self, actor: Actor) -> list[RuleLabel]:
        """The rules of the active versions (items with an automatic rule, then the
        record-level flag rules), in checklist order: the Records page's flag filter."""
        actor.require(Permission.READ_RECORDS)
        labels: list[RuleLabel] = []
        for version in self._checklists.active_versions(actor):
            spec = self._checklists.spec(actor, version.id)
            labels.extend(
                RuleLabel(key, rule, label, version.id) for key, rule, _item, label in _rules(spec)
            )
        return labels

    def flag_counts(self, actor: Actor) -> dict[str, int]:
        """Rule key → records the active versions' rules failed or flagged (within the
        actor's vendor for vendor supervisors)."""
        actor.require(Permission.READ_RECORDS)
        vendor_id = actor.vendor_filter()
        version_ids = [v.id for v in self._checklists.active_versions(actor)]
        with unit_of_work(self._db) as uow:
            return uow.autocheck.flag_counts(version_ids, vendor_id)

    # ------------------------------------------------------------ word lists
    def packs(self, actor: Actor) -> list[PackInfo]:
        """Every word list: the shipped ones (as edited, if they were), by name."""
        actor.require(Permission.READ_CHECKLISTS)
        defaults = load_default_packs()
        with unit_of_work(self._db) as uow:
            edits = {p.name: p for p in uow.autocheck.packs()}
        names = sorted({*PACK_NAMES, *defaults})
        return [_pack_info(name, defaults.get(name, ""), edits.get(name)) for name in names]

    def save_pack(self, actor: Actor, name: str, content: str) -> PackInfo:
        """Replace a word list's text. Records are checked again on the next run (the
        rules' fingerprint covers the lists)."""
        actor.require(Permission.MANAGE_RULE_PACKS)
        defaults = load_default_packs()
        _known_pack(name, defaults)
        content = _normalise(content)
        parse_pack(name, content)  # a bad line raises a one-line ValidationError
        default = defaults.get(name, "")
        with unit_of_work(self._db, write=True) as uow:
            before = uow.autocheck.pack(name)
            before_text = before.content if before is not None else default
            if content == _normalise(default):
                # The same as shipped: no edit to keep, so later updates of it apply.
                uow.autocheck.delete_pack(name)
            else:
                uow.autocheck.save_pack(name, content, actor.user_id, utcnow())
            if before_text != content:
                audit.record(
                    uow,
                    actor,
                    "rule_pack",
                    name,
                    "update",
                    before={"content": before_text},
                    after={"content": content},
                )
            edited = {p.name: p for p in uow.autocheck.packs()}.get(name)
        return _pack_info(name, default, edited)

    def reset_pack(self, actor: Actor, name: str) -> PackInfo:
        """Back to the shipped word list."""
        actor.require(Permission.MANAGE_RULE_PACKS)
        defaults = load_default_packs()
        _known_pack(name, defaults)
        default = defaults.get(name, "")
        with unit_of_work(self._db, write=True) as uow:
            before = uow.autocheck.pack(name)
            if before is not None:
                before_text = before.content
                uow.autocheck.delete_pack(name)
                audit.record(
                    uow,
                    actor,
                    "rule_pack",
                    name,
                    "reset",
                    before={"content": before_text},
                    after={"content": default},
                )
        return _pack_info(name, default, None)

    def _pack_texts(self) -> dict[str, str]:
        """Name → text of every word list in force: shipped ones overridden by edits."""
        texts = dict(load_default_packs())
        with unit_of_work(self._db) as uow:
            texts.update({p.name: p.content for p in uow.autocheck.packs()})
        return texts


# ---------------------------------------------------------------- helpers
def _check_chunk(
    uow: UnitOfWork, plan: _Plan, batch: list[tuple[int, str]], flags: dict[str, int]
) -> int:
    """Run the rules over one chunk of records and replace their stored results; returns
    the number of results stored."""
    repo = uow.autocheck
    ruleset = plan.ruleset
    chats = [rid for rid, channel in batch if channel == "chat"]
    calls = [rid for rid, channel in batch if channel != "chat"]
    conversations: dict[int, Conversation] = {}
    for record_id, rows in repo.messages(chats):
        conversations[record_id] = conversation_from_messages(rows)
    if calls:
        durations = repo.call_durations(calls)
        for record_id, segments in repo.segments(calls):
            seconds = durations.get(record_id)
            conversations[record_id] = conversation_from_segments(
                segments, None if seconds is None else round(seconds * 1000)
            )
    now = utcnow()
    version_id = plan.version_id
    fingerprint = ruleset.fingerprint
    item_ids = plan.item_ids
    runs = []
    results = []
    for record_id, channel in batch:
        conversation = conversations.get(record_id)
        runs.append((record_id, version_id, fingerprint, now))
        outcomes = plan.no_text(channel) if conversation is None else ruleset.run(conversation)
        for outcome in outcomes:
            # Kept: anything but a pass, and n/a only when not for the channel (that one
            # follows from the rule type and is put back when read).
            verdict = outcome.verdict
            if verdict == "pass" or (verdict == "n/a" and outcome.note == "channel"):
                continue
            key = outcome.key
            if verdict in FLAG_VERDICTS:
                flags[key] = flags.get(key, 0) + 1
            results.append(
                (
                    record_id,
                    version_id,
                    item_ids.get(outcome.item_code) if outcome.item_code else None,
                    key,
                    verdict,
                    outcome.suggested,
                    evidence_json(outcome),
                    now,
                )
            )
    repo.replace(version_id, [rid for rid, _channel in batch], runs, results)
    return len(results)


def _rules(spec: ChecklistSpec) -> list[tuple[str, str, Any, str]]:
    """(key, rule type, item or None, label) of a version's automatic rules, in order."""
    out: list[tuple[str, str, Any, str]] = []
    for _section, item in spec.items():
        if item.auto_rule:
            out.append((item.code, item.auto_rule, item, item.text))
    for rule in spec.flag_rules:
        out.append((rule.key, rule.rule, None, rule.label or rule.key))
    return out


def _bounds(
    uow: UnitOfWork, date_from: date | None, date_to: date | None
) -> tuple[datetime | None, datetime | None]:
    """Outlet-local dates (inclusive) as UTC bounds [from, before)."""
    outlet = uow.org.outlet()
    tz_name = outlet.timezone if outlet and outlet.timezone else DEFAULT_TIMEZONE
    started_from = started_before = None
    if date_from is not None:
        started_from = to_utc(datetime.combine(date_from, time.min), tz_name)
    if date_to is not None:
        started_before = to_utc(datetime.combine(date_to + timedelta(days=1), time.min), tz_name)
    return started_from, started_before


def _summary_json(summary: RunSummary) -> dict[str, Any]:
    return {
        "records": summary.records,
        "results": summary.results,
        "flags": summary.flags,
        "versions": list(summary.versions),
        "skipped": summary.skipped,
        "cancelled": summary.cancelled,
    }


def _known_pack(name: str, defaults: Mapping[str, str]) -> None:
    if name not in defaults and name not in PACK_NAMES:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no word list named {name}."), name=name
        )


def _normalise(content: str) -> str:
    """Line ends as \\n, no trailing blanks, one final newline: edits that differ only in
    those neither change the fingerprint nor count as edits."""
    lines = [
        line.rstrip() for line in content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def _pack_info(name: str, default: str, edit: Any) -> PackInfo:
    content = edit.content if edit is not None else default
    try:
        parsed = parse_pack(name, content)
        entries = len(parsed.phrases) + len(parsed.regexes)
    except ValidationError:
        entries = 0
    return PackInfo(
        name=name,
        content=content,
        default_content=default,
        edited=edit is not None,
        updated_at=edit.updated_at if edit is not None else None,
        updated_by=edit.updated_by if edit is not None else None,
        entries=entries,
    )
