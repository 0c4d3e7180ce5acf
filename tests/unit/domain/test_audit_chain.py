"""The audit log's hash chain, pure: every kind of tampering is found at the right seq."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from qa_desk.domain.audit_chain import (
    GENESIS_HASH,
    ChainedEvent,
    event_hash,
    verify_chain,
)

T0 = datetime(2026, 11, 3, 1, 2, 3, 456789, tzinfo=UTC)


def make_chain(length: int = 6) -> list[ChainedEvent]:
    events: list[ChainedEvent] = []
    prev = GENESIS_HASH
    for seq in range(1, length + 1):
        fields = {
            "seq": seq,
            "at": T0 + timedelta(seconds=seq),
            "user": "admin",
            "entity": "vendor",
            "entity_id": str(seq),
            "action": "update" if seq > 1 else "create",
            "before": None if seq == 1 else {"name": f"供应商{seq - 1}", "kpi": {"pass": "90"}},
            "after": {"name": f"供应商{seq}", "kpi": {"pass": "90"}},
            "prev_hash": prev,
        }
        digest = event_hash(**fields)
        events.append(ChainedEvent(**fields, hash=digest))
        prev = digest
    return events


def _renumbered(event: ChainedEvent, seq: int) -> ChainedEvent:
    return replace(event, seq=seq)


def test_a_valid_chain_verifies() -> None:
    chain = make_chain()
    verdict = verify_chain(chain)
    assert (verdict.events, verdict.ok, verdict.first_broken) == (6, True, None)
    assert chain[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(chain))


def test_empty_chain_verifies() -> None:
    verdict = verify_chain([])
    assert (verdict.events, verdict.ok, verdict.first_broken) == (0, True, None)


def test_hash_is_stable_and_covers_every_field() -> None:
    event = make_chain(1)[0]
    fields = {
        "seq": event.seq,
        "at": event.at,
        "user": event.user,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "action": event.action,
        "before": event.before,
        "after": event.after,
        "prev_hash": event.prev_hash,
    }
    assert event_hash(**fields) == event.hash
    # The same instant in another zone, and dict keys in another order, hash the same.
    shanghai = event.at.astimezone(ZoneInfo("Asia/Shanghai"))
    reordered = dict(reversed(list(event.after.items())))  # type: ignore[union-attr]
    assert event_hash(**{**fields, "at": shanghai, "after": reordered}) == event.hash
    changes = {
        "seq": 2,
        "at": event.at + timedelta(microseconds=1),
        "user": "someone",
        "entity": "agent",
        "entity_id": "99",
        "action": "delete",
        "before": {"name": "x"},
        "after": {"name": "供应商2", "kpi": {"pass": "90"}},
        "prev_hash": "f" * 64,
    }
    for name, value in changes.items():
        assert event_hash(**{**fields, name: value}) != event.hash, name


@pytest.mark.parametrize("index", [0, 2, 5])
def test_edited_content_is_found_at_that_event(index: int) -> None:
    chain = make_chain()
    chain[index] = replace(chain[index], after={"name": "tampered"})
    verdict = verify_chain(chain)
    assert not verdict.ok
    assert verdict.first_broken == index + 1
    assert verdict.reason == "content does not match its hash"
    assert verdict.events == 6  # the whole log is still counted


def test_edited_time_or_user_is_found() -> None:
    chain = make_chain()
    chain[3] = replace(chain[3], at=chain[3].at + timedelta(seconds=1))
    assert verify_chain(chain).first_broken == 4
    chain = make_chain()
    chain[1] = replace(chain[1], user="aud")
    assert verify_chain(chain).first_broken == 2


@pytest.mark.parametrize("index", [0, 2, 4])
def test_deleted_event_is_found_where_it_is_missing(index: int) -> None:
    chain = make_chain()
    del chain[index]
    verdict = verify_chain(chain)
    assert not verdict.ok
    assert verdict.first_broken == index + 1
    assert verdict.events == 5


def test_deleted_event_with_renumbered_successors_is_found() -> None:
    # Closing the gap by renumbering does not help: the links no longer match.
    chain = make_chain()
    del chain[2]
    chain = chain[:2] + [_renumbered(e, e.seq - 1) for e in chain[2:]]
    verdict = verify_chain(chain)
    assert not verdict.ok and verdict.first_broken == 3


def test_reordered_events_are_found_at_the_first_moved_one() -> None:
    chain = make_chain()
    chain[2], chain[4] = chain[4], chain[2]
    verdict = verify_chain(chain)
    assert not verdict.ok and verdict.first_broken == 3


def test_swapped_seq_numbers_are_found() -> None:
    # What a database swap of two seq values looks like when read back in seq order.
    chain = make_chain()
    third, fifth = chain[2], chain[4]
    chain[2], chain[4] = _renumbered(fifth, 3), _renumbered(third, 5)
    verdict = verify_chain(chain)
    assert not verdict.ok and verdict.first_broken == 3


def test_changed_prev_hash_is_found() -> None:
    chain = make_chain()
    chain[3] = replace(chain[3], prev_hash="0" * 64)
    verdict = verify_chain(chain)
    assert not verdict.ok
    assert verdict.first_broken == 4
    assert verdict.reason == "link to the previous event is broken"


def test_rehashed_forgery_breaks_the_next_link() -> None:
    # Someone edits event 2 and recomputes its hash: event 3 no longer points to it.
    chain = make_chain()
    forged = replace(chain[1], after={"name": "forged"})
    fields = {k: getattr(forged, k) for k in ("seq", "at", "user", "entity", "entity_id")}
    fields |= {"action": forged.action, "before": forged.before, "after": forged.after}
    chain[1] = replace(forged, hash=event_hash(**fields, prev_hash=forged.prev_hash))
    verdict = verify_chain(chain)
    assert not verdict.ok and verdict.first_broken == 3
