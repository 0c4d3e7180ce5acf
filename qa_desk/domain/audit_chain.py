"""The audit log's hash chain: each event's SHA-256 covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class ChainedEvent:
    seq: int
    at: datetime
    user: str | None
    entity: str
    entity_id: str | None
    action: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    prev_hash: str
    hash: str


def _canonical_time(at: datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(
    *,
    seq: int,
    at: datetime,
    user: str | None,
    entity: str,
    entity_id: str | None,
    action: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    prev_hash: str,
) -> str:
    content = {
        "seq": seq,
        "at": _canonical_time(at),
        "user": user,
        "entity": entity,
        "entity_id": entity_id,
        "action": action,
        "before": before,
        "after": after,
        "prev": prev_hash,
    }
    blob = json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainVerdict:
    events: int
    ok: bool
    first_broken: int | None
    reason: str | None = None


def verify_chain(events: Iterable[ChainedEvent]) -> ChainVerdict:
    """Walk events in seq order; report the first seq at which the chain does not hold.

    Detects edited content (hash mismatch), deleted events (a gap in seq or a prev_hash that
    does not match), and reordered events (seq out of order or broken links). ``first_broken``
    is the lowest seq that is missing, out of place or altered; ``events`` counts every event
    given, also those after the break.
    """
    prev_hash = GENESIS_HASH
    expected_seq = 1
    count = 0
    broken: tuple[int, str] | None = None
    for ev in events:
        count += 1
        if broken is not None:
            continue  # only counting from here on
        if ev.seq != expected_seq:
            broken = (expected_seq, "sequence gap or reordering")
            continue
        if ev.prev_hash != prev_hash:
            broken = (ev.seq, "link to the previous event is broken")
            continue
        recomputed = event_hash(
            seq=ev.seq,
            at=ev.at,
            user=ev.user,
            entity=ev.entity,
            entity_id=ev.entity_id,
            action=ev.action,
            before=ev.before,
            after=ev.after,
            prev_hash=ev.prev_hash,
        )
        if recomputed != ev.hash:
            broken = (ev.seq, "content does not match its hash")
            continue
        prev_hash = ev.hash
        expected_seq += 1
    if broken is not None:
        return ChainVerdict(count, False, broken[0], broken[1])
    return ChainVerdict(count, True, None)
