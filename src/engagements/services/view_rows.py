"""The rows the window shows, as plain values with no database layer behind them.

The window paints a saved dashboard before the database (and SQLAlchemy) is loaded, so
what it draws must be importable on its own; the services that compute these rows
import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from engagements.domain.status import STAFFED_STATUSES

# A dashboard row's risks: these labels are the vocabulary (saved with the dashboard and
# shown as they are); the window asks whether a row has one, never reads their words.
RISK_NEARLY_OUT = "nearly out of IEM days"
RISK_LATE_WAITING = "late request waiting"
RISK_NO_CALENDAR_DATA = "no holiday data ahead"
RISK_UNDETERMINED_WAITING = "undetermined lead time waiting"
RISK_EXPIRING = "subscription expiring"
RISK_EXIT_LOCKED = "expert service used: no downgrade or exit before the term ends"


class DashboardRow(NamedTuple):  # ten thousand at once: a tuple is made in C, 5x quicker
    """One partner's position in its current allowance year (IEM in natural days)."""

    partner_id: str
    name: str
    edition: str
    calendar: str
    designated_tam: str | None
    year_start: date
    year_end: date
    term_end: date
    iem_included: int
    iem_available: int  # included plus bought
    iem_used: int
    iem_pending: int
    iem_left: int
    sessions_included: int
    sessions_used: int
    sessions_left: int
    late_waiting: int
    risks: tuple[str, ...]


@dataclass(frozen=True)
class CalendarFilter:
    partner_id: str | None = None
    expert_id: str | None = None
    tam: str | None = None


@dataclass(frozen=True)
class CalendarEntry:
    """One engagement on the calendar; a session's days are in its own time zone."""

    kind: str
    id: int
    partner_id: str
    partner_name: str
    title: str
    status: str
    first_day: date
    last_day: date
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    timezone: str | None = None
    expert: str | None = None
    clash: bool = False
    over_allowance: bool = False


def needs_expert(entry: CalendarEntry) -> bool:
    """A committed IEM event keeps an expert team busy: one without an expert needs
    staffing (the dashboard marks and counts these)."""
    return entry.kind == "iem" and entry.expert is None and entry.status in STAFFED_STATUSES


@dataclass(frozen=True)
class CalendarRange:
    first: date
    last: date
    calendar: str
    entries: list[CalendarEntry]
    holidays: dict[date, str]
    working_weekend_days: frozenset[date]
    missing_data: tuple[str, ...] = field(default=())  # e.g. "no holiday data for CN 2027"

    def on(self, day: date) -> list[CalendarEntry]:
        return [e for e in self.entries if e.first_day <= day <= e.last_day]
