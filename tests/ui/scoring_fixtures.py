"""An outlet ready for scoring: the auto-check outlet's chats and call, checked, and a sample
of them assigned to the inspector (written straight to storage, as a draw leaves it).

Used by the workspace and Inspections page tests, the workspace benchmark and the screenshot
script of the same screens.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from autocheck_fixtures import Outlet, seed

from qa_desk.domain.timeutil import utcnow
from qa_desk.services.registry import Services
from qa_desk.storage.models import Sample, SampleItem

# The records of the sample, in queue order (item ids ascend in this order).
QUEUE = ("C002-rude", "CALL001", "C001-clean", "C003-slow", "C004-buck")
REASON = {
    "code": "stratified",
    "by": "agent",
    "stratum": "A0101",
    "of": 6,
    "picked": 5,
    "allocation": "proportional",
}


@dataclass
class ScoringOutlet:
    outlet: Outlet
    sample_id: int
    items: dict[str, int]  # external id -> sample item id


def make_sample(
    services: Services,
    record_ids: Sequence[int],
    assignee: int | None,
    reason: dict[str, object] | None = None,
) -> tuple[int, list[int]]:
    """A sample of ``record_ids`` assigned to ``assignee`` (None: the shared pool)."""
    now = utcnow()
    with services.db.session(write=True) as session:
        sample = Sample(
            purpose="routine",
            drawn_at=now,
            population_count=len(record_ids),
            seed=7,
            method="stratified",
            params={},
        )
        session.add(sample)
        session.flush()
        ids = []
        for record_id in record_ids:
            item = SampleItem(
                sample_id=sample.id,
                record_id=record_id,
                weight=1.0,
                part="random",
                reason=json.dumps(reason or REASON),
                assigned_to=assignee,
                assigned_at=now if assignee else None,
            )
            session.add(item)
            session.flush()
            ids.append(item.id)
        return sample.id, ids


def scoring_outlet(services: Services, lang: str = "zh_CN") -> ScoringOutlet:
    """The auto-check outlet (checklist in ``lang``), its checks run, and the five records of
    ``QUEUE`` sampled for the inspector."""
    if lang != "zh_CN":
        install = services.checklists.install_default
        services.checklists.install_default = lambda actor, _lang="zh_CN": install(actor, lang)  # type: ignore[method-assign]
        try:
            outlet = seed(services)
        finally:
            del services.checklists.install_default
    else:
        outlet = seed(services)
    services.autocheck.run(outlet.admin)
    sample_id, ids = make_sample(
        services, [outlet.ids[ext] for ext in QUEUE], outlet.inspector.user_id
    )
    return ScoringOutlet(outlet, sample_id, dict(zip(QUEUE, ids, strict=True)))
