"""ics export, holidays import/preview/list/add/remove, report."""

from __future__ import annotations

import argparse
import re
from datetime import UTC, datetime
from typing import Any

from engagements.cli.common import emit, fail, open_database, parse_date
from engagements.services.calendar_export import ExportSelection, export_calendar
from engagements.services.calendars import HOLIDAY, WORKING_DAY
from engagements.services.holiday_schedules import (
    HolidayImport,
    add_adjustment,
    import_holiday_schedule,
    list_adjustments,
    preview_holiday_import,
    remove_adjustment,
)
from engagements.settings import today


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    ics = subparsers.add_parser("ics", help="engagements as iCalendar")
    ics_actions = ics.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = ics_actions.add_parser(
        "export", parents=[common], help="write engagements as an .ics file"
    )
    export.add_argument("--out", required=True, metavar="FILE.ics")
    export.add_argument("--partner")
    export.add_argument("--expert")
    export.add_argument("--tam", help="the partners' designated TAM, by name")
    export.add_argument("--from", dest="first", type=parse_date)
    export.add_argument("--to", dest="last", type=parse_date)
    export.set_defaults(handler=_ics_export)
    _register_holidays(subparsers, common)
    report = subparsers.add_parser(
        "report", parents=[common], help="a service report for a partner (PDF, CSV or XLSX)"
    )
    report.add_argument("--partner", required=True)
    report.add_argument(
        "--year",
        type=parse_date,
        metavar="DATE",
        help="the allowance year holding DATE (default: today)",
    )
    report.add_argument(
        "--month",
        type=_parse_month,
        metavar="YYYY-MM",
        help="report on one month instead of the whole allowance year, e.g. 2026-11",
    )
    report.add_argument("--out", required=True, metavar="FILE.pdf|.csv|.xlsx")
    report.set_defaults(handler=_report)


def _register_holidays(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("holidays", help="official holiday schedules and adjustments")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, handler, text in (
        ("import", _holidays_import, "load a schedule (.ics)"),
        ("preview", _holidays_preview, "what an import would change"),
    ):
        command = actions.add_parser(name, parents=[common], help=text)
        command.add_argument("file", metavar="FILE")
        command.add_argument("--calendar", required=True)
        command.set_defaults(handler=handler)
    listing = actions.add_parser("list", parents=[common], help="stored adjustments")
    listing.add_argument("--calendar", required=True)
    listing.add_argument("--year", type=int)
    listing.set_defaults(handler=_holidays_list)
    add = actions.add_parser("add", parents=[common], help="add one adjustment by hand")
    add.add_argument("--calendar", required=True)
    add.add_argument("--date", required=True, type=parse_date)
    add.add_argument(
        "--kind",
        required=True,
        choices=("holiday", "working-day"),
        help="a day off, or a make-up working day",
    )
    add.add_argument("--name", required=True)
    add.set_defaults(handler=_holidays_add)
    remove = actions.add_parser("remove", parents=[common], help="remove one adjustment")
    remove.add_argument("--calendar", required=True)
    remove.add_argument("--date", required=True, type=parse_date)
    remove.set_defaults(handler=_holidays_remove)


def _parse_month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"not a month in YYYY-MM: {text!r}")
    return int(match.group(1)), int(match.group(2))


def _ics_export(args: argparse.Namespace) -> int:
    selection = ExportSelection(
        partner_id=args.partner,
        expert_id=args.expert,
        tam=args.tam,
        first=args.first,
        last=args.last,
    )
    result = export_calendar(open_database(args), args.out, selection, datetime.now(UTC))
    return emit(
        args,
        {
            "path": result.path,
            "events": result.events,
            "iem_events": result.iem_events,
            "sessions": result.sessions,
        },
        f"wrote {result.events} events to {result.path}",
    )


def _import_data(result: HolidayImport) -> dict[str, Any]:
    return {
        "calendar": result.calendar,
        "holidays": result.holidays,
        "working_days": result.working_days,
        "years": list(result.years),
        "written": result.written,
        "changes": list(result.changes),
        "affected": list(result.affected),
    }


def _import_text(result: HolidayImport) -> str:
    verb = "loaded" if result.written else "would load"
    lines = [
        f"{result.calendar} {', '.join(map(str, result.years))}: {verb} "
        f"{result.holidays} holiday dates and {result.working_days} working days "
        f"({len(result.changes)} dates change)"
    ]
    for request in result.affected:
        lines.append(
            f"  warn partner {request.partner_id}: IEM request {request.id} "
            f"({request.start} to {request.end}, {request.status}) earliest start "
            f"{request.earliest_start_before or 'undetermined'} -> "
            f"{request.earliest_start_after or 'undetermined'}, notice "
            f"{request.notice_before} -> {request.notice_after} business days"
            + {"met": "", "late": ", now LATE"}.get(request.lead_time_after, ", still UNDETERMINED")
        )
    return "\n".join(lines)


def _holidays_import(args: argparse.Namespace) -> int:
    result = import_holiday_schedule(open_database(args), args.file, args.calendar)
    return emit(args, _import_data(result), _import_text(result))


def _holidays_preview(args: argparse.Namespace) -> int:
    result = preview_holiday_import(open_database(args), args.file, args.calendar)
    return emit(args, _import_data(result), _import_text(result))


def _holidays_list(args: argparse.Namespace) -> int:
    rows = list_adjustments(open_database(args), args.calendar, args.year)
    text = "\n".join(f"{a.day} {a.kind:<11} {a.name} [{a.source}]" for a in rows)
    return emit(
        args,
        {"calendar": args.calendar.strip().upper(), "adjustments": rows},
        text or "no stored adjustments",
    )


def _holidays_add(args: argparse.Namespace) -> int:
    kind = HOLIDAY if args.kind == "holiday" else WORKING_DAY
    edit = add_adjustment(open_database(args), args.calendar, args.date, kind, args.name)
    return emit(
        args,
        {**_edit_data(edit), "added": edit.adjustment},
        f"added {kind.replace('_', ' ')} {edit.adjustment.day} to "
        f"{edit.adjustment.calendar}; {len(edit.affected)} requests affected",
    )


def _holidays_remove(args: argparse.Namespace) -> int:
    edit = remove_adjustment(open_database(args), args.calendar, args.date)
    return emit(
        args,
        {**_edit_data(edit), "removed": edit.adjustment},
        f"removed {edit.adjustment.day} from {edit.adjustment.calendar}; "
        f"{len(edit.affected)} requests affected",
    )


def _edit_data(edit: Any) -> dict[str, Any]:
    return {"calendar": edit.adjustment.calendar, "affected": list(edit.affected)}


def _report(args: argparse.Namespace) -> int:
    from engagements.reports.fonts import FontUnavailable  # reportlab only when reporting
    from engagements.services.reports import ReportRequest, write_service_report

    request = ReportRequest(
        partner_id=args.partner, on=args.year or today(), month=args.month, today=today()
    )
    try:
        result = write_service_report(open_database(args), request, args.out)
    except FontUnavailable as missing:
        return fail(args, 1, "font_unavailable", str(missing))
    return emit(
        args,
        {
            "path": result.path,
            "format": result.format,
            "partner": result.partner_id,
            "period_start": result.period_start,
            "period_end": result.period_end,
        },
        f"wrote the {result.format.upper()} service report to {result.path}",
    )
