"""Service reports for a partner: gather the period's facts, then write PDF, CSV or XLSX.

The figures come from the same services the window and the commands use (allowance,
downgrade check), so a report never disagrees with what the ASM sees on screen.
"""

from __future__ import annotations

import calendar as gregorian
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import AllowanceYear, DateSpan, natural_days
from engagements.domain.errors import NotFound, RuleRefusal
from engagements.domain.session_hours import partner_zone
from engagements.domain.terms import service_reports_refusal
from engagements.errors import InvalidInput
from engagements.reports.model import (
    DowngradePosition,
    EventLine,
    ExpertUseLine,
    ServiceReport,
    SessionLine,
)
from engagements.services.allowance import allowance_summary, committed_spans, subscription_year
from engagements.services.database import Database
from engagements.services.expert_service import downgrade_check
from engagements.services.iem_lead_time import lead_time_of
from engagements.services.output_files import write_file_atomically
from engagements.services.partners import current_subscription, load_partner
from engagements.store.models import Partner
from engagements.store.partner_queries import iem_spans_between_query
from engagements.store.report_queries import (
    report_events_query,
    report_expert_uses_query,
    report_sessions_query,
)

FORMATS = ("pdf", "csv", "xlsx")
LISTED_STATUSES = lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES


@dataclass(frozen=True)
class ReportRequest:
    """A report on the allowance year holding ``on``, or on one ``month`` (year, month)."""

    partner_id: str
    on: date
    today: date
    month: tuple[int, int] | None = None


@dataclass(frozen=True)
class ReportFile:
    path: str
    format: str
    partner_id: str
    period_start: date
    period_end: date


def write_service_report(db: Database, request: ReportRequest, out: Path | str) -> ReportFile:
    """Write the report to ``out``; the format follows the suffix (.pdf, .csv, .xlsx)."""
    path = Path(out)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise InvalidInput(f"the report file must end in .pdf, .csv or .xlsx: {path.name}", "out")
    report = service_report(db, request)
    # Imported here: reportlab and openpyxl load only when a report is written.
    from engagements.reports.pdf import report_pdf
    from engagements.reports.spreadsheet import report_csv, report_xlsx

    render = {"pdf": report_pdf, "csv": report_csv, "xlsx": report_xlsx}[kind]
    written = write_file_atomically(path, render(report))
    return ReportFile(str(written), kind, report.partner_id, report.period_start, report.period_end)


def service_report(db: Database, request: ReportRequest) -> ServiceReport:
    """The facts of one partner's service report (refused for editions without reports)."""
    anchor = date(*request.month, 1) if request.month else request.on
    allowance = allowance_summary(db, request.partner_id, anchor)
    decision = downgrade_check(db, request.partner_id, None, request.today)
    with db.reading() as session:
        partner = load_partner(session, request.partner_id)
        subscription = current_subscription(partner, anchor)
        edition = db.catalog.edition(subscription.edition)
        refusal = service_reports_refusal(edition)
        if refusal is not None:
            raise refusal
        year = subscription_year(db, subscription, anchor)
        first, last, title = _period(year, request.month)
        committed, pending = _allowance_days(session, partner.id, year)
        return ServiceReport(
            partner_id=partner.id,
            partner_name=partner.name,
            edition=edition.label,
            calendar=subscription.calendar,
            designated_tam=partner.designated_tam or "",
            designated_asm=partner.designated_asm or "",
            period_title=title,
            period_start=first,
            period_end=last,
            year_start=year.start,
            year_end=year.end,
            prepared_on=request.today,
            iem_days_included=allowance.iem_days_included,
            iem_days_purchased=allowance.iem_days_purchased,
            iem_days_used=allowance.iem_days_used,
            iem_days_remaining=allowance.iem_days_remaining,
            iem_days_pending=allowance.iem_days_pending,
            sessions_included=allowance.sessions_included,
            sessions_used=allowance.sessions_used,
            events=tuple(_events(session, partner.id, first, last)),
            sessions=tuple(_sessions(session, partner.id, first, last, subscription.calendar)),
            expert_uses=tuple(_expert_uses(session, partner.id, first, last)),
            downgrade=DowngradePosition(
                request.today,
                decision.allowed,
                decision.reason,
                decision.earliest_date,
                len(decision.blocking_uses),
            ),
            committed_days=committed,
            pending_days=pending,
        )


def reports_refusal_of(db: Database, partner: Partner, on: date) -> RuleRefusal | None:
    """Why this partner (already read) has no service reports on ``on`` (a refusal the
    window words from its findings), or None."""
    try:
        subscription = current_subscription(partner, on)
    except NotFound as missing:
        return missing
    return service_reports_refusal(db.catalog.edition(subscription.edition))


def _period(year: AllowanceYear, month: tuple[int, int] | None) -> tuple[date, date, str]:
    if month is None:
        return (
            year.start,
            year.end,
            f"Allowance year {year.start.isoformat()} to {year.end.isoformat()}",
        )
    first = date(*month, 1)
    last = date(*month, gregorian.monthrange(*month)[1])
    return first, last, first.strftime("%B %Y")


def _allowance_days(
    session: Session, partner_id: str, year: AllowanceYear
) -> tuple[tuple[date, ...], tuple[date, ...]]:
    """The dates the year's committed events use, and the further dates pending ones would."""
    committed = _dates_in(committed_spans(session, partner_id, year.start, year.end), year)
    rows = session.execute(
        iem_spans_between_query(partner_id, lifecycle.PENDING_STATUSES, year.start, year.end)
    )
    pending = _dates_in([(s, e) for s, e in rows], year) - committed
    return tuple(sorted(committed)), tuple(sorted(pending))


def _dates_in(spans: list[DateSpan], year: AllowanceYear) -> set[date]:
    days: set[date] = set()
    for start, end in spans:
        day = max(start, year.start)
        while day <= min(end, year.end):
            days.add(day)
            day += timedelta(days=1)
    return days


def _events(session: Session, partner_id: str, first: date, last: date) -> list[EventLine]:
    rows = session.scalars(report_events_query(partner_id, LISTED_STATUSES, first, last))
    return [
        EventLine(
            id=r.id,
            name=r.event_name,
            event_type=r.event_type,
            sub_client=f"{r.sub_client.name} ({r.sub_client.account_id})" if r.sub_client else "",
            submitted=r.submitted,
            start=r.start,
            end=r.end,
            natural_days=natural_days((r.start, r.end)),
            status=r.status,
            meets_lead_time=r.meets_lead_time,
            notice_business_days=r.notice_business_days,
            justification=r.justification or "",
            lead_time=lead_time_of(r),
        )
        for r in rows
    ]


def _sessions(
    session: Session, partner_id: str, first: date, last: date, calendar: str
) -> list[SessionLine]:
    """Sessions starting in the period, dated and timed in the partner's zone."""
    rows = session.scalars(report_sessions_query(partner_id, lifecycle.SESSION_COUNTING_STATUSES))
    lines = []
    for row in rows:
        starts = row.starts_at.astimezone(ZoneInfo(partner_zone(calendar, row.timezone)))
        if first <= starts.date() <= last:
            lines.append(
                SessionLine(row.id, starts, row.topic, row.expert.name, row.status, row.on_site)
            )
    return lines


def _expert_uses(session: Session, partner_id: str, first: date, last: date) -> list[ExpertUseLine]:
    rows = session.scalars(report_expert_uses_query(partner_id, first, last))
    return [ExpertUseLine(r.used_on, r.summary, r.performed_by) for r in rows]
