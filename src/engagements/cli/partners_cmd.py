"""partner add, partner list, demo."""

from __future__ import annotations

import argparse
from typing import Any

from engagements.cli.common import emit, fail, open_database, parse_date, positive_int
from engagements.services.partners import NewPartner, add_partner, list_partners
from engagements.settings import today


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    partner = subparsers.add_parser("partner", help="add or list partners")
    actions = partner.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="add a partner and its subscription")
    add.add_argument("--id", required=True)
    add.add_argument("--name", required=True)
    add.add_argument(
        "--edition",
        required=True,
        choices=("standard", "commercial", "enterprise"),
        help="the Partner Support Plan edition",
    )
    add.add_argument("--start", required=True, type=parse_date, metavar="YYYY-MM-DD")
    add.add_argument("--months", required=True, type=positive_int)
    add.add_argument("--calendar", help="working calendar code (default from the catalog: CN)")
    add.add_argument(
        "--sessions", type=positive_int, help="the contract's yearly session quota (Commercial)"
    )
    add.add_argument("--tam", help="designated technical account manager")
    add.add_argument("--asm", help="designated account support manager")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", parents=[common], help="list partners")
    listing.set_defaults(handler=_list)

    demo = subparsers.add_parser(
        "demo", parents=[common], help="fill the database with realistic sample data"
    )
    demo.add_argument("--partners", type=positive_int, default=60)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument(
        "--years",
        type=positive_int,
        default=2,
        help="allowance years of history per partner (default 2)",
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help="add the sample data even though the database already has partners",
    )
    demo.set_defaults(handler=_demo)


def _add(args: argparse.Namespace) -> int:
    database = open_database(args)
    summary = add_partner(
        database,
        NewPartner(
            id=args.id,
            name=args.name,
            edition=args.edition,
            start=args.start,
            months=args.months,
            calendar=args.calendar,
            session_quota=args.sessions,
            designated_tam=args.tam,
            designated_asm=args.asm,
        ),
    )
    return emit(
        args,
        {
            "id": summary.id,
            "name": summary.name,
            "edition": summary.edition,
            "start": summary.start,
            "months": summary.months,
            "term_end": summary.term_end,
            "calendar": summary.calendar,
        },
        f"added partner {summary.id} ({summary.name}, {summary.edition})",
    )


def _list(args: argparse.Namespace) -> int:
    partners = list_partners(open_database(args), today())
    rows = [
        {
            "id": p.id,
            "name": p.name,
            "edition": p.edition,
            "start": p.start,
            "months": p.months,
            "term_end": p.term_end,
            "calendar": p.calendar,
            "designated_tam": p.designated_tam,
        }
        for p in partners
    ]
    human = "\n".join(f"{p.id:<12} {p.edition:<11} {p.calendar:<6} {p.name}" for p in partners)
    return emit(args, {"partners": rows}, human or "no partners yet")


def _demo(args: argparse.Namespace) -> int:
    from engagements.services.demo import fill_demo  # the sample data is only needed here

    database = open_database(args)
    if not args.force and not database.read_only:
        existing = len(list_partners(database, today()))
        if existing:
            return fail(
                args,
                2,
                "database_not_empty",
                f"the database already has {existing} partners; demo would mix "
                "sample data into them. Add --force to do it anyway, or use a new "
                "database (--db sqlite:///demo.db)",
            )
    report = fill_demo(
        database, partners=args.partners, seed=args.seed, today=today(), years=args.years
    )
    return emit(
        args,
        {
            "partners": report.partners,
            "engagements": report.engagements,
            "experts": report.experts,
            "sessions": report.sessions,
        },
        f"added {report.partners} partners and {report.engagements} engagements",
    )
