"""``qa-desk inspections --sample ID``: the inspections of a sample, for scripting.

Prints one line per inspection (record, inspector, status, score, pass/fail); with ``--json``
one object: ``{"sample_id", "inspections": [{"id", "record_external_id", "inspector",
"status", "score", "passed", "critical_failed", "answers": {"<item code>": {"value", "na",
"score", "comment"}}}]}``. Vendor supervisors get their own vendor's submitted inspections.
"""

from __future__ import annotations

import argparse
from typing import Any

from qa_desk.commands.common import Context, table
from qa_desk.commands.options import add_command
from qa_desk.services.inspections import InspectionInfo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = add_command(sub, "inspections", "list the inspections of a sample")
    cmd.add_argument("--sample", dest="sample_id", metavar="ID", type=int, required=True)
    cmd.set_defaults(func=run)


def inspection_json(info: InspectionInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "record_external_id": info.record_external_id,
        "inspector": info.inspector,
        "status": info.status,
        "score": info.score,
        "passed": info.passed,
        "critical_failed": info.critical_failed,
        "answers": {
            a.item_code: {"value": a.value, "na": a.na, "score": a.score, "comment": a.comment}
            for a in info.answers
        },
    }


def run(ctx: Context) -> int:
    sample_id: int = ctx.args.sample_id
    services = ctx.services()
    infos = services.inspections.for_sample(ctx.actor(), sample_id)
    data = {"sample_id": sample_id, "inspections": [inspection_json(i) for i in infos]}
    ctx.emit(data, _lines(sample_id, infos))
    return 0


def _lines(sample_id: int, infos: list[InspectionInfo]) -> list[str]:
    if not infos:
        return [f"Sample {sample_id} has no inspections yet."]
    rows = [
        (
            i.id,
            i.record_external_id,
            i.inspector,
            i.status,
            i.result.display_total() if i.score is not None else "—",
            "" if i.passed is None else ("pass" if i.passed else "FAIL"),
            "critical" if i.critical_failed else "",
        )
        for i in infos
    ]
    headers = ("id", "record", "inspector", "status", "score", "result", "")
    return [f"Sample {sample_id}: {len(infos)} inspections", *table(headers, rows)]
