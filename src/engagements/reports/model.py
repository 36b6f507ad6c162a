"""A service report as plain values, and the same report as tables for spreadsheets.

The service layer fills a :class:`ServiceReport`; the PDF, CSV and XLSX writers read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from engagements.domain import status as lifecycle


@dataclass(frozen=True)
class EventLine:
    """One IEM event in the report's period (first and last day inclusive)."""

    id: int
    name: str
    event_type: str
    sub_client: str
    submitted: date
    start: date
    end: date
    natural_days: int
    status: str
    meets_lead_time: bool
    notice_business_days: int
    justification: str
    lead_time: str = "met"  # "met", "late" or "undetermined"


@dataclass(frozen=True)
class SessionLine:
    """One communication and training session; ``starts`` is in the partner's zone."""

    id: int
    starts: datetime
    topic: str
    expert: str
    status: str  # "held" or "scheduled" (planned)
    on_site: bool


@dataclass(frozen=True)
class ExpertUseLine:
    used_on: date
    summary: str
    performed_by: str


@dataclass(frozen=True)
class DowngradePosition:
    """The answer to "could this subscription end on the report date?"."""

    on: date
    allowed: bool
    reason: str
    earliest_date: date
    blocking_uses: int


@dataclass(frozen=True)
class ServiceReport:
    """Everything a service report says, for one partner and one period."""

    partner_id: str
    partner_name: str
    edition: str
    calendar: str
    designated_tam: str
    designated_asm: str
    period_title: str
    period_start: date
    period_end: date
    year_start: date
    year_end: date
    prepared_on: date
    iem_days_included: int
    iem_days_purchased: int
    iem_days_used: int
    iem_days_remaining: int
    iem_days_pending: int
    sessions_included: int
    sessions_used: int
    events: tuple[EventLine, ...]
    sessions: tuple[SessionLine, ...]
    expert_uses: tuple[ExpertUseLine, ...]
    downgrade: DowngradePosition
    committed_days: tuple[date, ...]  # distinct IEM dates counted in the allowance year
    pending_days: tuple[date, ...]  # further dates that submitted requests would use

    @property
    def late_requests(self) -> tuple[EventLine, ...]:
        """Requests accepted although late: approved (or further on), lead time missed.
        A late request still waiting is not one the team has taken on."""
        return tuple(
            e
            for e in self.events
            if e.lead_time == "late" and e.status in lifecycle.COMMITTED_STATUSES
        )

    @property
    def sessions_held(self) -> int:
        return sum(1 for s in self.sessions if s.status == "held")

    @property
    def sessions_planned(self) -> int:
        return sum(1 for s in self.sessions if s.status == "scheduled")


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def zone_name(moment: datetime) -> str:
    """The IANA name of a time's zone ("Asia/Shanghai"), else its offset."""
    return getattr(moment.tzinfo, "key", "") or moment.strftime("UTC%z")


def summary_rows(report: ServiceReport) -> tuple[tuple[str, Any], ...]:
    """The key figures as (label, value) pairs, in reading order."""
    return (
        ("Partner", report.partner_name),
        ("Partner ID", report.partner_id),
        ("Edition", report.edition),
        ("Period", report.period_title),
        ("Allowance year", f"{report.year_start.isoformat()} to {report.year_end.isoformat()}"),
        ("Prepared on", report.prepared_on),
        ("IEM days included", report.iem_days_included),
        ("IEM days bought", report.iem_days_purchased),
        ("IEM days used", report.iem_days_used),
        ("IEM days left", report.iem_days_remaining),
        ("IEM days pending approval", report.iem_days_pending),
        ("IEM events supported", len(report.events)),
        ("Sessions included", report.sessions_included),
        ("Sessions used this allowance year", report.sessions_used),
        ("Sessions held in period", report.sessions_held),
        ("Sessions planned in period", report.sessions_planned),
        ("Expert-service uses in period", len(report.expert_uses)),
        ("Late requests in period", len(report.late_requests)),
        (f"Could end on {report.downgrade.on.isoformat()}", yes_no(report.downgrade.allowed)),
        ("Earliest end without approval", report.downgrade.earliest_date),
        ("Downgrade position", report.downgrade.reason),
    )


def report_tables(report: ServiceReport) -> list[ReportTable]:
    """The report as tables (summary first), for CSV and XLSX."""
    return [
        ReportTable("Summary", ("Item", "Value"), summary_rows(report)),
        ReportTable(
            "IEM events",
            (
                "Request",
                "Event",
                "Type",
                "Sub-client",
                "Submitted",
                "First day",
                "Last day",
                "Natural days",
                "Status",
                "Meets lead time",
                "Notice (business days)",
            ),
            tuple(
                (
                    e.id,
                    e.name,
                    e.event_type,
                    e.sub_client,
                    e.submitted,
                    e.start,
                    e.end,
                    e.natural_days,
                    e.status,
                    e.lead_time if e.lead_time == "undetermined" else yes_no(e.meets_lead_time),
                    e.notice_business_days,
                )
                for e in report.events
            ),
        ),
        ReportTable(
            "Sessions",
            ("Session", "Starts (local)", "Topic", "Expert", "Mode", "Status"),
            tuple(
                (
                    s.id,
                    f"{s.starts:%Y-%m-%d %H:%M} {zone_name(s.starts)}",
                    s.topic,
                    s.expert,
                    "on site" if s.on_site else "online",
                    "held" if s.status == "held" else "planned",
                )
                for s in report.sessions
            ),
        ),
        ReportTable(
            "Expert service",
            ("Date", "What was done", "By"),
            tuple((u.used_on, u.summary, u.performed_by) for u in report.expert_uses),
        ),
        ReportTable(
            "Late requests",
            (
                "Request",
                "Event",
                "Submitted",
                "First day",
                "Notice (business days)",
                "Justification",
            ),
            tuple(
                (e.id, e.name, e.submitted, e.start, e.notice_business_days, e.justification)
                for e in report.late_requests
            ),
        ),
    ]
