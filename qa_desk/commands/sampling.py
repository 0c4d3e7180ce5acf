"""``qa-desk sample``: draw a sample for a period from a terminal (DESIGN §6).

    qa-desk sample --from DATE --to DATE [--vendor CODE] [--channel chat|call]
                   (--size N | --percent P | --per-agent N | --aql A [--level II] | --cochran)
                   [--method random|stratified|risk|mixed] [--seed S] [--assign USER,...]
                   [--dry-run] [--checklist NAME]

Draws with the same service as the Sampling page and prints the sample (its seed, so that it
can be drawn again) and its items with why each was picked. ``--dry-run`` draws and prints
without storing anything. With ``--json``: ``{"sample_id", "population", "size", "seed",
"method", "plan": {...}, "items": [{"record_external_id", "agent", "stratum", "reason",
"assigned_to"}]}``, ``sample_id`` null for a dry run.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from qa_desk.commands.common import Context, table
from qa_desk.commands.options import add_command
from qa_desk.domain.errors import NotFound, ValidationError
from qa_desk.domain.sampling import SizeRule
from qa_desk.domain.sampling.draw import ALLOCATIONS, METHODS, STRATIFY_BY
from qa_desk.domain.sampling.iso2859 import LEVELS
from qa_desk.services.actor import Actor
from qa_desk.services.registry import Services
from qa_desk.services.sampling import PlanSpec, PopulationFilter, SampleInfo, SampleItemInfo

JSON_KEYS = ("sample_id", "population", "size", "seed", "method", "plan", "items")
ITEM_KEYS = ("record_external_id", "agent", "stratum", "reason", "assigned_to")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = add_command(sub, "sample", "draw a sample of records for inspection")
    cmd.add_argument(
        "--from", dest="date_from", metavar="DATE", required=True, help="first day (YYYY-MM-DD)"
    )
    cmd.add_argument(
        "--to", dest="date_to", metavar="DATE", required=True, help="last day (YYYY-MM-DD)"
    )
    cmd.add_argument("--vendor", metavar="CODE", help="only this vendor's records")
    cmd.add_argument("--channel", choices=("chat", "call"), help="only chats or only calls")
    size = cmd.add_mutually_exclusive_group(required=True)
    size.add_argument("--size", type=int, metavar="N", help="a fixed number of records")
    size.add_argument("--percent", type=float, metavar="P", help="a percentage of the records")
    size.add_argument(
        "--per-agent", type=int, metavar="N", help="N records of every agent (or vendor, --by)"
    )
    size.add_argument("--aql", metavar="A", help="ISO 2859-1 normal inspection at this AQL")
    size.add_argument(
        "--cochran", action="store_true", help="Cochran's size (95%% confidence, ±5%% margin)"
    )
    cmd.add_argument(
        "--level", choices=LEVELS, help="ISO 2859-1 inspection level with --aql (default II)"
    )
    cmd.add_argument(
        "--method",
        choices=METHODS,
        help="how to pick (default: stratified with --per-agent, else random)",
    )
    cmd.add_argument(
        "--by", choices=STRATIFY_BY, default="agent", help="strata: agent (default) or vendor"
    )
    cmd.add_argument(
        "--allocation",
        choices=ALLOCATIONS,
        default="proportional",
        help="stratified: proportional (default) or equal",
    )
    cmd.add_argument(
        "--min-per-stratum", type=int, default=0, metavar="N", help="stratified: at least N each"
    )
    cmd.add_argument(
        "--risk-share",
        type=float,
        default=0.2,
        metavar="F",
        help="mixed: the share drawn by risk (default 0.2)",
    )
    cmd.add_argument("--seed", type=int, metavar="S", help="the seed (default: a fresh one)")
    cmd.add_argument(
        "--assign", metavar="USER,...", help="inspectors to share the items among (by workload)"
    )
    cmd.add_argument("--dry-run", action="store_true", help="draw and show, but store nothing")
    cmd.add_argument(
        "--checklist", metavar="NAME", help="the checklist to sample for (default: the only one)"
    )
    cmd.set_defaults(func=sample)


def sample(ctx: Context) -> int:
    args = ctx.args
    if args.level is not None and args.aql is None:
        raise ValidationError("--level goes with --aql.", "--level")
    date_from = _date(args.date_from, "--from")
    date_to = _date(args.date_to, "--to")
    services = ctx.services()
    actor = ctx.actor()
    checklist_id, checklist_name = _checklist(services, actor, args.checklist, args.channel)
    vendor_ids: tuple[int, ...] = ()
    if args.vendor:
        vendor_ids = (services.org.vendor_by_code(actor, args.vendor).id,)
    logins = [login.strip() for login in (args.assign or "").split(",") if login.strip()]
    inspectors = tuple(_user_id(services, actor, login) for login in logins)
    method = args.method or ("stratified" if args.per_agent is not None else "random")
    spec = PlanSpec(
        name=f"{date_from.isoformat()}…{date_to.isoformat()}",
        checklist_id=checklist_id,
        population=PopulationFilter(
            date_from=date_from, date_to=date_to, vendor_ids=vendor_ids, channel=args.channel
        ),
        size=_size_rule(args),
        method=method,
        stratify_by=args.by,
        allocation=args.allocation,
        min_per_stratum=args.min_per_stratum,
        risk_share=args.risk_share,
        inspectors=inspectors,
        seed=args.seed,
    )
    info, items = services.sampling.draw(actor, spec, dry_run=bool(args.dry_run))
    plan = {**info.params, "checklist": checklist_name, "inspectors": logins}
    data: dict[str, Any] = {
        "sample_id": info.id if not args.dry_run else None,
        "population": info.population,
        "size": len(items),
        "seed": info.seed,
        "method": info.method,
        "plan": plan,
        "items": [{key: getattr(item, key) for key in ITEM_KEYS} for item in items],
    }
    ctx.emit({key: data[key] for key in JSON_KEYS}, _lines(info, items, bool(args.dry_run)))
    return 0


def _date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            f"{option} {value!r} is not a date; write it as YYYY-MM-DD.", option
        ) from None


def _size_rule(args: argparse.Namespace) -> SizeRule:
    if args.size is not None:
        return SizeRule("fixed", n=args.size)
    if args.percent is not None:
        return SizeRule("percent", percent=args.percent)
    if args.per_agent is not None:
        return SizeRule("per_agent", quota=args.per_agent)
    if args.aql is not None:
        return SizeRule("iso2859", aql=args.aql, level=args.level or "II")
    return SizeRule("cochran")


def _checklist(
    services: Services, actor: Actor, name: str | None, channel: str | None
) -> tuple[int, str]:
    """The checklist to sample for: the one named, else the only active one (that scores
    ``channel``)."""
    usable = [c for c in services.checklists.list(actor) if c.active and c.current is not None]
    if name is not None:
        wanted = name.strip().casefold()
        for checklist in services.checklists.list(actor):
            if checklist.name.casefold() == wanted:
                return checklist.id, checklist.name
        raise NotFound(f"No checklist named {name!r}.")
    if channel is not None:
        usable = [c for c in usable if c.channel in (None, channel)]
    if not usable:
        raise ValidationError(
            "No active checklist has a published version to sample for; publish one first "
            "(or `qa-desk checklist install-default`).",
            "--checklist",
        )
    if len(usable) > 1:
        names = ", ".join(c.name for c in usable)
        raise ValidationError(
            f"Several checklists are active ({names}); choose one with --checklist NAME.",
            "--checklist",
        )
    return usable[0].id, usable[0].name


def _user_id(services: Services, actor: Actor, login: str) -> int:
    return services.accounts.user_id_by_login(actor, login)


def reason_text(reason: dict[str, Any]) -> str:
    """Why a record was picked, in a few English words for the terminal."""
    code = reason.get("code")
    of, picked = reason.get("of"), reason.get("picked")
    if code == "random":
        return f"random, {picked} of {of}"
    if code == "stratified":
        stratum = reason.get("stratum") or "(no agent)"
        return f"{reason.get('by')} {stratum}, {picked} of {of}"
    if code == "risk":
        signals = ", ".join(str(s) for s in reason.get("signals") or ())
        return f"risk {reason.get('score')}: {signals}" if signals else "risk"
    if code == "fill":
        return f"risk part, no signal left: random, {picked} of {of}"
    return str(reason)


def _lines(info: SampleInfo, items: list[SampleItemInfo], dry_run: bool) -> list[str]:
    what = "Would draw" if dry_run else f"Drew sample {info.id}:"
    lines = [
        f"{what} {len(items):,} of {info.population:,} records ({info.method}, seed {info.seed})."
    ]
    rows = [
        (
            item.record_external_id,
            item.agent or "",
            item.vendor,
            item.part,
            reason_text(item.reason),
            item.assigned_to or "",
        )
        for item in items
    ]
    lines += table(("record", "agent", "vendor", "part", "why", "inspector"), rows)
    if dry_run:
        lines.append(f"Dry run: nothing was stored. Draw it with --seed {info.seed}.")
    return lines
