"""When a session is awkward for the people in it: a warning, never a refusal.

A session should fall on a business day of the partner's working calendar and inside
09:00-18:00 both where the partner is and where the expert is. The partner's zone is the
main zone of its working calendar's country.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from engagements.domain import findings
from engagements.domain.calendars import BusinessCalendar
from engagements.domain.errors import NoHolidayData
from engagements.domain.findings import Finding

WORKING_HOURS = (time(9), time(18))
"""The business hours a session should keep to, in each participant's own zone."""

# The zone most of a country's business runs on, by the working calendar's country code.
CALENDAR_ZONES = {
    "CN": "Asia/Shanghai",
    "HK": "Asia/Hong_Kong",
    "MO": "Asia/Macau",
    "TW": "Asia/Taipei",
    "SG": "Asia/Singapore",
    "JP": "Asia/Tokyo",
    "KR": "Asia/Seoul",
    "MY": "Asia/Kuala_Lumpur",
    "IN": "Asia/Kolkata",
    "AE": "Asia/Dubai",
    "IL": "Asia/Jerusalem",
    "AU": "Australia/Sydney",
    "NZ": "Pacific/Auckland",
    "US": "America/New_York",
    "CA": "America/Toronto",
    "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels",
    "ES": "Europe/Madrid",
    "IT": "Europe/Rome",
    "CH": "Europe/Zurich",
    "AT": "Europe/Vienna",
    "SE": "Europe/Stockholm",
    "NO": "Europe/Oslo",
    "DK": "Europe/Copenhagen",
    "FI": "Europe/Helsinki",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "ZA": "Africa/Johannesburg",
}


def partner_zone(calendar_code: str, fallback: str) -> str:
    """The partner's zone: its working calendar country's, else ``fallback``."""
    return CALENDAR_ZONES.get(calendar_code.split("-")[0].strip().upper(), fallback)


def local_times(starts_at: datetime, ends_at: datetime, zone: str) -> str:
    """ "2026-12-03 10:00-12:00 Asia/Shanghai (UTC+08:00)": the session as seen in ``zone``."""
    tz = ZoneInfo(zone)
    first, last = starts_at.astimezone(tz), ends_at.astimezone(tz)
    until = f"{last:%H:%M}" if last.date() == first.date() else f"{last:%Y-%m-%d %H:%M}"
    offset = f"{first:%z}"
    return f"{first:%Y-%m-%d %H:%M}-{until} {zone} (UTC{offset[:3]}:{offset[3:5]})"


def outside_working_hours(starts_at: datetime, ends_at: datetime, zone: str) -> bool:
    """Whether any part of the session lies outside 09:00-18:00 of one day in ``zone``."""
    tz = ZoneInfo(zone)
    first, last = starts_at.astimezone(tz), ends_at.astimezone(tz)
    opening = datetime.combine(first.date(), WORKING_HOURS[0], tz)
    closing = datetime.combine(first.date(), WORKING_HOURS[1], tz)
    return first < opening or last > closing


def _days(starts_at: datetime, ends_at: datetime, zone: str) -> list[date]:
    tz = ZoneInfo(zone)
    first = starts_at.astimezone(tz).date()
    last = (ends_at - timedelta(microseconds=1)).astimezone(tz).date()
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def session_findings(
    starts_at: datetime, ends_at: datetime, calendar: BusinessCalendar, partner: str, expert: str
) -> list[Finding]:
    """Why the session is awkward (empty when it is not): warnings, never refusals.

    ``partner`` and ``expert`` are IANA zones; days off come from ``calendar``, the
    partner's working calendar, read in the partner's zone.
    """
    found = [_day_off(day, calendar) for day in _days(starts_at, ends_at, partner)]
    warnings = [w for w in found if w]
    for who, zone in (("partner", partner), ("expert", expert)):
        if outside_working_hours(starts_at, ends_at, zone):
            warnings.append(
                Finding(
                    findings.OUTSIDE_WORKING_HOURS,
                    f"outside {WORKING_HOURS[0]:%H:%M}-{WORKING_HOURS[1]:%H:%M} in "
                    f"the {who}'s zone: {local_times(starts_at, ends_at, zone)}",
                    {"zone": zone, "who": who, "starts_at": starts_at, "ends_at": ends_at},
                )
            )
    return warnings


def session_warnings(
    starts_at: datetime, ends_at: datetime, calendar: BusinessCalendar, partner: str, expert: str
) -> list[str]:
    """Why the session is awkward, in words (see ``session_findings``)."""
    return findings.messages(session_findings(starts_at, ends_at, calendar, partner, expert))


def _day_off(day: date, calendar: BusinessCalendar) -> Finding | None:
    try:
        if calendar.is_business_day(day):
            return None
        holiday = dict(calendar.holidays_in(day.year)).get(day)
    except NoHolidayData as missing:
        return Finding(
            findings.NO_HOLIDAY_DATA,
            f"weekends and holidays on {day.isoformat()} cannot be checked: {missing.reason}",
            {"calendar": missing.calendar, "year": missing.year, "day": day},
        )
    if holiday:
        return Finding(
            findings.DAY_OFF,
            f"{day.isoformat()} is a holiday in {calendar.code} ({holiday})",
            {"day": day, "calendar": calendar.code, "holiday": holiday},
        )
    return Finding(
        findings.DAY_OFF,
        f"{day.isoformat()} ({day:%A}) is a weekend day in {calendar.code}",
        {"day": day, "calendar": calendar.code, "holiday": None},
    )
