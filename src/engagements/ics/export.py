"""Engagements as an RFC 5545 calendar that Outlook, Google Calendar and Thunderbird import.

Plain values in, bytes out; no database. IEM events are all-day events (DTEND is the day
after the last day, as RFC 5545 wants for dates); sessions are timed events written in
their own time zone, with the VTIMEZONE components the file needs. Each engagement keeps
one UID for its whole life and its row version as SEQUENCE, so a client that imports the
file again updates the event instead of adding a copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

PRODUCT_ID = "-//Engagements//Partner Support Plan//EN"
UID_DOMAIN = "engagements"

# What a calendar client should show: a request not yet approved is tentative, a request
# that will not happen (cancelled or rejected) is cancelled, so clients drop it.
EVENT_STATUS = {
    "submitted": "TENTATIVE",
    "cancelled": "CANCELLED",
    "rejected": "CANCELLED",
}


@dataclass(frozen=True)
class IemEntry:
    """One IEM request as the calendar needs it (first and last day inclusive)."""

    id: int
    version: int
    partner_id: str
    partner_name: str
    sub_client: str | None  # "name (account id)", or None
    event_name: str
    event_type: str
    start: date
    end: date
    status: str
    expert: str | None = None
    description: str = ""


@dataclass(frozen=True)
class SessionEntry:
    """One communication and training session (aware instants, IANA zone name)."""

    id: int
    version: int
    partner_id: str
    partner_name: str
    sub_client: str | None
    topic: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    status: str
    expert: str
    attendees: str = ""
    on_site: bool = False


def uid_for(kind: str, engagement_id: int) -> str:
    """The stable UID of an engagement, e.g. ``iem-12@engagements``."""
    return f"{kind}-{engagement_id}@{UID_DOMAIN}"


def event_status(status: str) -> str:
    """The RFC 5545 STATUS for an engagement status."""
    return EVENT_STATUS.get(status, "CONFIRMED")


def engagements_calendar(
    iem: Iterable[IemEntry],
    sessions: Iterable[SessionEntry],
    stamp: datetime,
    name: str = "Engagements",
) -> bytes:
    """The iCalendar file (UTF-8 bytes) for the given engagements.

    ``stamp`` (aware) is the DTSTAMP of every event: when the file was made.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for entry in iem:
        calendar.add_component(_iem_event(entry, stamp))
    session_list = list(sessions)
    for session in session_list:
        calendar.add_component(_session_event(session, stamp))
    if session_list:
        first = min(s.starts_at for s in session_list).date() - timedelta(days=366)
        last = max(s.ends_at for s in session_list).date() + timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return bytes(calendar.to_ical())


def _common(event: Event, uid: str, version: int, status: str, kind: str, stamp: datetime) -> None:
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", version)
    event.add("status", event_status(status))
    event.add("categories", [kind, status.replace("_", "-").upper()])


def _iem_event(entry: IemEntry, stamp: datetime) -> Event:
    event = Event()
    _common(event, uid_for("iem", entry.id), entry.version, entry.status, "IEM", stamp)
    title = entry.event_name or entry.event_type.replace("-", " ")
    event.add("summary", f"IEM: {title} – {entry.partner_name}")
    event.add("dtstart", entry.start)
    event.add("dtend", entry.end + timedelta(days=1))  # RFC 5545: exclusive for dates
    event.add("transp", "TRANSPARENT")  # a support period, not a meeting that blocks time
    lines = [
        *_who(entry.partner_name, entry.partner_id, entry.sub_client),
        f"Event type: {entry.event_type}",
        f"Status: {entry.status.replace('_', ' ')}",
    ]
    if entry.expert:
        lines.append(f"Expert: {entry.expert}")
    if entry.description:
        lines += ["", entry.description]
    event.add("description", "\n".join(lines))
    return event


def _session_event(entry: SessionEntry, stamp: datetime) -> Event:
    event = Event()
    _common(event, uid_for("session", entry.id), entry.version, entry.status, "SESSION", stamp)
    event.add("summary", f"Session: {entry.topic.replace('-', ' ')} – {entry.partner_name}")
    zone = ZoneInfo(entry.timezone)
    # Written in the session's own zone, so clients keep the local time across DST rules.
    event.add("dtstart", entry.starts_at.astimezone(zone))
    event.add("dtend", entry.ends_at.astimezone(zone))
    event.add("location", "On site" if entry.on_site else "Online")
    lines = [
        *_who(entry.partner_name, entry.partner_id, entry.sub_client),
        f"Topic: {entry.topic}",
        f"Expert: {entry.expert}",
        f"Status: {entry.status}",
    ]
    if entry.attendees:
        lines.append(f"Attendees: {entry.attendees}")
    event.add("description", "\n".join(lines))
    return event


def _who(partner_name: str, partner_id: str, sub_client: str | None) -> list[str]:
    return [f"Partner: {partner_name} ({partner_id})", f"Sub-client: {sub_client or '-'}"]
