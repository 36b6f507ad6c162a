"""lead-time, iem, allowance, expert, session, expert-service, downgrade-check."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from engagements.cli.common import (
    emit,
    open_database,
    parse_date,
    parse_datetime,
    positive_int,
)
from engagements.domain.events import EVENT_TYPES
from engagements.domain.sessions import TOPICS
from engagements.services import iem, sessions
from engagements.services.allowance import allowance_summary
from engagements.services.calendars import lead_time_for
from engagements.services.expert_service import downgrade_check, record_expert_use
from engagements.settings import today

EDITIONS = ("standard", "commercial", "enterprise", "none")
ACKNOWLEDGE_HELP = (
    "approve although the lead time is undetermined (the earliest start "
    "needs a year without official holiday data)"
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    lead = subparsers.add_parser("lead-time", parents=[common], help="the lead-time rule alone")
    lead.add_argument("--calendar", required=True)
    lead.add_argument("--submitted", required=True, type=parse_date)
    lead.add_argument("--start", type=parse_date)
    lead.set_defaults(handler=_lead_time)
    _register_iem(subparsers, common)
    allowance = subparsers.add_parser(
        "allowance", parents=[common], help="included, used and left in an allowance year"
    )
    allowance.add_argument("--partner", required=True)
    allowance.add_argument("--on", type=parse_date)
    allowance.set_defaults(handler=_allowance)
    _register_experts_and_sessions(subparsers, common)
    check = subparsers.add_parser(
        "downgrade-check", parents=[common], help="may this subscription downgrade or end on a date"
    )
    check.add_argument("--partner", required=True)
    check.add_argument(
        "--to",
        required=True,
        choices=EDITIONS,
        help="the edition to move to, or none to end the subscription",
    )
    check.add_argument("--on", required=True, type=parse_date)
    check.set_defaults(handler=_downgrade_check)


def _register_iem(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("iem", help="IEM requests and bought days")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    request = actions.add_parser("request", parents=[common], help="record an IEM request")
    request.add_argument("--partner", required=True)
    request.add_argument("--start", required=True, type=parse_date)
    request.add_argument("--end", required=True, type=parse_date)
    request.add_argument("--submitted", type=parse_date, help="default: today")
    request.add_argument("--event-name", default="")
    request.add_argument(
        "--event-type", default="other", choices=EVENT_TYPES, help="kind of peak (default: other)"
    )
    request.add_argument("--description", default="")
    request.add_argument("--sub-client-id")
    request.add_argument("--sub-client-name")
    request.add_argument(
        "--approve", action="store_true", help="approve it at once if the rules allow"
    )
    request.add_argument("--justification")
    request.add_argument("--acknowledge-undetermined", action="store_true", help=ACKNOWLEDGE_HELP)
    request.set_defaults(handler=_iem_request)
    approve = actions.add_parser("approve", parents=[common], help="approve a request")
    approve.add_argument("id", type=positive_int)
    approve.add_argument("--justification")
    approve.add_argument("--acknowledge-undetermined", action="store_true", help=ACKNOWLEDGE_HELP)
    approve.set_defaults(
        handler=lambda a: _show(
            a, iem.approve_iem(open_database(a), a.id, a.justification, a.acknowledge_undetermined)
        )
    )
    reject = actions.add_parser("reject", parents=[common], help="reject a request")
    reject.add_argument("id", type=positive_int)
    reject.add_argument("--reason", required=True)
    reject.set_defaults(
        handler=lambda a: _show(a, iem.reject_iem(open_database(a), a.id, a.reason))
    )
    cancel = actions.add_parser("cancel", parents=[common], help="cancel a request")
    cancel.add_argument("id", type=positive_int)
    cancel.add_argument("--reason")
    cancel.set_defaults(
        handler=lambda a: _show(a, iem.cancel_iem(open_database(a), a.id, a.reason))
    )
    for status in ("scheduled", "in_progress", "completed"):
        step = actions.add_parser(
            status.replace("_", "-"),
            parents=[common],
            help=f"mark an approved request {status.replace('_', ' ')}",
        )
        step.add_argument("id", type=positive_int)
        step.set_defaults(
            handler=lambda a, s=status: _show(a, iem.advance_iem(open_database(a), a.id, s))
        )
    assign = actions.add_parser(
        "assign", parents=[common], help="put an expert on an approved IEM event's team"
    )
    assign.add_argument("id", type=positive_int)
    assign.add_argument("--expert", required=True)
    assign.set_defaults(
        handler=lambda a: _show(a, iem.assign_expert(open_database(a), a.id, a.expert))
    )
    purchase = actions.add_parser("purchase", parents=[common], help="record bought IEM days")
    purchase.add_argument("--partner", required=True)
    purchase.add_argument("--days", required=True, type=positive_int)
    purchase.add_argument("--from", dest="valid_from", required=True, type=parse_date)
    purchase.add_argument("--to", dest="valid_to", required=True, type=parse_date)
    purchase.set_defaults(handler=_purchase)


def _register_experts_and_sessions(subparsers: Any, common: argparse.ArgumentParser) -> None:
    expert = subparsers.add_parser("expert", help="the expert roster")
    expert_actions = expert.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = expert_actions.add_parser("add", parents=[common], help="add an expert")
    add.add_argument("--id", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--tz", default="Asia/Shanghai")
    add.set_defaults(handler=_expert_add)
    session = subparsers.add_parser("session", help="communication and training sessions")
    session_actions = session.add_subparsers(dest="action", metavar="ACTION", required=True)
    book = session_actions.add_parser("book", parents=[common], help="book a session")
    book.add_argument("--partner", required=True)
    book.add_argument("--expert", required=True)
    book.add_argument("--start", required=True, type=parse_datetime)
    book.add_argument("--end", required=True, type=parse_datetime)
    book.add_argument("--topic", required=True, choices=TOPICS, help="what the session is about")
    book.add_argument("--tz", help="zone for times given without an offset (default: the expert's)")
    book.add_argument("--attendees", default="")
    book.add_argument("--on-site", action="store_true", help="held at the partner's office")
    book.set_defaults(handler=_session_book)
    cancel = session_actions.add_parser("cancel", parents=[common], help="cancel a session")
    cancel.add_argument("id", type=positive_int)
    cancel.add_argument("--reason")
    cancel.set_defaults(handler=_session_cancel)
    use = subparsers.add_parser("expert-service", help="expert-service uses")
    use_actions = use.add_subparsers(dest="action", metavar="ACTION", required=True)
    record = use_actions.add_parser("record", parents=[common], help="record a use")
    record.add_argument("--partner", required=True)
    record.add_argument("--date", required=True, type=parse_date)
    record.add_argument("--summary", required=True)
    record.add_argument("--by", help="who did it (default: you)")
    record.set_defaults(handler=_expert_use)


def _lead_time(args: argparse.Namespace) -> int:
    result = lead_time_for(open_database(args), args.calendar, args.submitted, args.start)
    data: dict[str, Any] = {
        "calendar": result.calendar,
        "submitted": result.submitted,
        "earliest_start": result.earliest_start,
        "required_business_days": result.required_business_days,
    }
    earliest = result.earliest_start.isoformat() if result.earliest_start else "undetermined"
    human = f"earliest allowed start: {earliest}"
    if args.start is not None:
        data.update(
            start=result.start,
            notice_business_days=result.notice_business_days,
            notice_at_least=result.notice_at_least,
            meets_lead_time=result.meets_lead_time,
            lead_time=result.lead_time,
            submitted_after_start=result.submitted_after_start,
            missing_data=result.missing_data,
        )
        human += f"; {_notice_words(result.notice_business_days, result.notice_at_least)}: "
        human += _verdict_words(result.lead_time, result.submitted_after_start)
        if result.missing_data:
            human += f" ({result.missing_data})"
    return emit(args, data, human)


def _notice_words(notice: int | None, at_least: bool) -> str:
    return f"notice {'at least ' if at_least else ''}{notice} business days"


def _verdict_words(lead_time: str | None, submitted_after_start: bool) -> str:
    if submitted_after_start:
        return "does NOT meet the lead time (submitted after the event started)"
    return {"met": "meets the lead time", "late": "does NOT meet the lead time"}.get(
        lead_time or "", "the lead time is UNDETERMINED"
    )


def _iem_request(args: argparse.Namespace) -> int:
    sub_client = None
    if args.sub_client_id:
        sub_client = (args.sub_client_id, args.sub_client_name or args.sub_client_id)
    result = iem.request_iem(
        open_database(args),
        iem.IemRequestInput(
            partner_id=args.partner,
            start=args.start,
            end=args.end,
            submitted=args.submitted,
            event_name=args.event_name,
            event_type=args.event_type,
            description=args.description,
            sub_client=sub_client,
            justification=args.justification,
            approve=args.approve,
            acknowledge_undetermined=args.acknowledge_undetermined,
        ),
        today(),
    )
    return _show(args, result)


def _show(args: argparse.Namespace, result: iem.IemOutcome) -> int:
    data = asdict(result)
    late = ""
    if result.lead_time != "met":
        late = (
            f" ({_verdict_words(result.lead_time, result.submitted_after_start)}; "
            f"earliest start {result.earliest_start or 'undetermined'})"
        )
    warned = "".join(f"\n  warning: {w}" for w in result.warnings)
    return emit(
        args,
        data,
        f"IEM request {result.id}: {result.status}, "
        f"{result.natural_days} natural days{late}{warned}",
    )


def _allowance(args: argparse.Namespace) -> int:
    summary = allowance_summary(open_database(args), args.partner, args.on or today())
    bought = "".join(
        f"\n  purchase {p.id}: {p.days} days valid {p.valid_from} to "
        f"{p.valid_to}, {p.used} used ({p.used_in_year} this year), {p.left} left"
        for p in summary.iem_purchases
    )
    note = f"{summary.term_note}\n" if summary.term_note else ""
    return emit(
        args,
        asdict(summary),
        f"{note}{summary.year_start} to {summary.year_end}: IEM days "
        f"{summary.iem_days_used} used, {summary.iem_days_remaining} left of "
        f"{summary.iem_days_included}+{summary.iem_days_purchased} "
        f"({summary.iem_days_pending} pending); sessions {summary.sessions_used} of "
        f"{summary.sessions_included}{bought}",
    )


def _purchase(args: argparse.Namespace) -> int:
    purchase_id = iem.purchase_days(
        open_database(args), args.partner, args.days, args.valid_from, args.valid_to
    )
    return emit(args, {"id": purchase_id}, f"recorded purchase {purchase_id}")


def _expert_add(args: argparse.Namespace) -> int:
    expert_id = sessions.add_expert(open_database(args), args.id, args.name, args.tz)
    return emit(args, {"id": expert_id}, f"added expert {expert_id}")


def _session_book(args: argparse.Namespace) -> int:
    result = sessions.book_session(
        open_database(args),
        sessions.SessionBooking(
            partner_id=args.partner,
            expert_id=args.expert,
            starts_at=args.start,
            ends_at=args.end,
            topic=args.topic,
            timezone=args.tz,
            attendees=args.attendees,
            on_site=args.on_site,
        ),
    )
    warned = "".join(f"\n  warning: {w}" for w in result.warnings)
    return emit(
        args,
        asdict(result),
        f"session {result.id}: {result.status}, "
        f"{result.sessions_remaining} left this year; partner "
        f"{result.partner_time}, expert {result.expert_time}"
        f"{warned}",
    )


def _session_cancel(args: argparse.Namespace) -> int:
    result = sessions.cancel_session(open_database(args), args.id, args.reason)
    return emit(
        args, {"id": result.id, "status": result.status}, f"session {result.id}: {result.status}"
    )


def _expert_use(args: argparse.Namespace) -> int:
    use_id = record_expert_use(open_database(args), args.partner, args.date, args.summary, args.by)
    return emit(args, {"id": use_id}, f"recorded expert-service use {use_id}")


def _downgrade_check(args: argparse.Namespace) -> int:
    target = None if args.to == "none" else args.to
    decision = downgrade_check(open_database(args), args.partner, target, args.on)
    return emit(
        args,
        asdict(decision),
        f"{'allowed' if decision.allowed else 'NOT allowed'}: {decision.reason}",
    )
