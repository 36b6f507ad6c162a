"""iem list/show, session list/show, expert list, purchase list: ids without the window."""

from __future__ import annotations

import argparse
from typing import Any
from zoneinfo import ZoneInfo

from engagements.cli.common import emit, open_database, parse_date, positive_int
from engagements.services import details
from engagements.services.listings import (
    IEM_STATUSES,
    KIND_IEM,
    KIND_SESSION,
    SESSION_STATUSES,
    RequestFilter,
    RequestRow,
)
from engagements.services.queries import expert_roster
from engagements.settings import today


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    iem = _actions_of(subparsers, "iem")
    _add_list(iem, common, KIND_IEM, IEM_STATUSES, "list IEM requests, earliest first")
    show = iem.add_parser("show", parents=[common], help="one IEM request in full")
    show.add_argument("id", type=positive_int)
    show.set_defaults(handler=_iem_show)
    session = _actions_of(subparsers, "session")
    _add_list(
        session, common, KIND_SESSION, SESSION_STATUSES, "list training sessions, earliest first"
    )
    shown = session.add_parser("show", parents=[common], help="one session in full")
    shown.add_argument("id", type=positive_int)
    shown.set_defaults(handler=_session_show)
    experts = _actions_of(subparsers, "expert").add_parser(
        "list", parents=[common], help="the expert roster with their booked time"
    )
    experts.set_defaults(handler=_expert_list)
    purchase = subparsers.add_parser(
        "purchase", help="bought IEM days (record them with `iem purchase`)"
    )
    bought = purchase.add_subparsers(dest="action", metavar="ACTION", required=True).add_parser(
        "list", parents=[common], help="list bought IEM days"
    )
    bought.add_argument("--partner")
    _add_dates(bought, "valid")
    bought.set_defaults(handler=_purchase_list)


def _actions_of(subparsers: Any, group: str) -> Any:
    """The ACTION subparsers of a group another module registered (e.g. ``iem``)."""
    parser = subparsers.choices[group]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _add_dates(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--from",
        dest="first",
        type=parse_date,
        help=f"only those {what} on or after this day, e.g. 2026-10-01",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=parse_date,
        help=f"only those {what} on or before this day, e.g. 2026-12-31",
    )


def _add_list(
    actions: Any, common: argparse.ArgumentParser, kind: str, statuses: tuple[str, ...], text: str
) -> None:
    listing = actions.add_parser("list", parents=[common], help=text)
    listing.add_argument("--partner")
    listing.add_argument(
        "--status", action="append", choices=statuses, help="only this status; repeat for several"
    )
    _add_dates(listing, "taking place")
    listing.add_argument("--limit", type=positive_int, help="at most this many, e.g. 20")
    listing.add_argument(
        "--ids", action="store_true", help="print only the ids, one a line (for scripts)"
    )
    listing.set_defaults(handler=_list, kind=kind)


def _row(row: RequestRow) -> dict[str, Any]:
    data = {
        "id": row.id,
        "partner_id": row.partner_id,
        "partner_name": row.partner_name,
        "status": row.status,
        "start": row.first_day,
        "end": row.last_day,
        "expert": row.expert,
    }
    if row.kind == KIND_IEM:
        data.update(event_name=row.title, submitted=row.submitted, late=row.late)
    else:
        data.update(
            topic=row.title, starts_at=row.starts_at, ends_at=row.ends_at, timezone=row.timezone
        )
    return data


def _line(row: RequestRow) -> str:
    days = (
        f"{row.first_day}"
        if row.first_day == row.last_day
        else f"{row.first_day} to {row.last_day}"
    )
    if row.starts_at is not None:  # a session: its start in its own zone, as booked
        zone = row.timezone or "UTC"
        days = f"{row.starts_at.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M} {zone}"
    late = " LATE" if row.late else ""
    return f"{row.id:>6}  {row.status:<11} {days:<30} {row.partner_id:<10} {row.title}{late}"


def _list(args: argparse.Namespace) -> int:
    database = open_database(args)
    details.require_partner(database, args.partner)
    wanted = RequestFilter(
        partner_id=args.partner,
        kinds=(args.kind,),
        statuses=tuple(args.status or ()),
        first=args.first,
        last=args.last,
    )
    rows = details.every_request(database, wanted, args.limit)
    key = "requests" if args.kind == KIND_IEM else "sessions"
    if args.ids:
        return emit(args, {key: [r.id for r in rows]}, "\n".join(str(r.id) for r in rows))
    title = "event" if args.kind == KIND_IEM else "topic"
    header = f"{'id':>6}  {'status':<11} {'when':<30} {'partner':<10} {title}"
    human = "\n".join([header, *(_line(r) for r in rows)]) if rows else f"no {key} found"
    return emit(args, {key: [_row(r) for r in rows]}, human)


def _iem_show(args: argparse.Namespace) -> int:
    found = details.iem_detail(open_database(args), args.id)
    data = {
        **_row(found.row),
        "event_type": found.event_type,
        "description": found.description,
        "earliest_start": found.earliest_start,
        "notice_business_days": found.notice_business_days,
        "meets_lead_time": found.meets_lead_time,
        "expert_id": found.expert_id,
        "justification": found.row.justification,
        "sub_client": found.sub_client,
        "contact_name": found.contact_name,
        "contact_email": found.contact_email,
        "contact_phone": found.contact_phone,
        "rejection_reason": found.rejection_reason,
        "form_id": found.form_id,
        "history": found.history,
    }
    return emit(args, data, _show_text(f"IEM request {found.row.id}", data))


def _session_show(args: argparse.Namespace) -> int:
    found = details.session_detail(open_database(args), args.id)
    data = {
        **_row(found.row),
        "expert_id": found.expert_id,
        "attendees": found.attendees,
        "on_site": found.on_site,
        "form_id": found.form_id,
    }
    return emit(args, data, _show_text(f"session {found.row.id}", data))


def _show_text(title: str, data: dict[str, Any]) -> str:
    lines = [title]
    for key, value in data.items():
        if key == "history":
            lines += [
                f"  {s.at:%Y-%m-%d %H:%M} {s.actor}: {s.from_status or '-'} -> "
                f"{s.to_status}{' (' + s.reason + ')' if s.reason else ''}"
                for s in value
            ]
        elif value not in (None, "", []) and key != "id":
            lines.append(f"  {key.replace('_', ' ')}: {value}")
    return "\n".join(lines)


def _expert_list(args: argparse.Namespace) -> int:
    roster = expert_roster(open_database(args), today())
    rows = [
        {
            "id": r.id,
            "name": r.name,
            "timezone": r.timezone,
            "active": r.active,
            "sessions_ahead": r.sessions_ahead,
            "hours_this_month": r.hours_this_month,
            "iem_days_ahead": r.iem_days_ahead,
        }
        for r in roster
    ]
    human = "\n".join(
        f"{r.id:<10} {r.timezone:<20} {r.sessions_ahead:>3} sessions ahead  "
        f"{r.name}{'' if r.active else ' (inactive)'}"
        for r in roster
    )
    return emit(args, {"experts": rows}, human or "no experts yet")


def _purchase_list(args: argparse.Namespace) -> int:
    bought = details.purchases(open_database(args), args.partner, args.first, args.last)
    human = "\n".join(
        f"{p.id:>6}  {p.partner_id:<10} {p.days:>3} days  {p.valid_from} to "
        f"{p.valid_to}  {p.partner_name}"
        for p in bought
    )
    return emit(args, {"purchases": bought}, human or "no purchases found")
