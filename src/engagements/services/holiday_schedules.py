"""Official holiday schedules: import an iCalendar file, and edit single adjustments by hand.

An import replaces the calendar's stored adjustments *in every year the file has a date
in*: a schedule is published per year and is complete for it, so dates dropped by a
corrected schedule must go too, while other years stay as they were. A year with imported
adjustments counts as having official data; a date added by hand (source "manual") only
lays over workalendar's holidays for its year (see ``services.calendars``).

Every change reports the booked or pending IEM requests whose lead time reads differently
on the new calendar, so the ASM can warn the partner. The requests themselves are left as
assessed at submission: whether to re-assess is the ASM's call, not the importer's. The one
exception is a request recorded with an undetermined lead time: it had no verdict to keep,
so the import that brings the missing year decides it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import natural_days
from engagements.domain.calendars import BusinessCalendar, business_calendar
from engagements.domain.errors import AlreadyExists, NotFound
from engagements.domain.lead_time import MET, assess_lead_time
from engagements.errors import BadInputFile, InvalidInput
from engagements.ics.holidays import MAX_FILE_BYTES, HolidayScheduleError, parse_holiday_schedule
from engagements.services import audit, permissions
from engagements.services.calendars import (
    HOLIDAY,
    MANUAL_SOURCE,
    WORKING_DAY,
    adjustments_from_rows,
    official_years_of,
    require_known_calendar,
    weekend_of,
    working_calendar,
)
from engagements.services.database import Database
from engagements.services.iem_lead_time import lead_time_columns, lead_time_of
from engagements.store import holiday_queries
from engagements.store.models import HolidayAdjustment, IemRequest

# Requests still ahead of the ASM: whose partner may need a word about a changed lead time.
OPEN_STATUSES = (lifecycle.SUBMITTED, lifecycle.APPROVED, lifecycle.SCHEDULED)
MAX_NAME = 200
Plan = dict[date, tuple[str, str]]  # date -> (kind, name)


@dataclass(frozen=True)
class Adjustment:
    """One stored adjustment of a working calendar."""

    calendar: str
    day: date
    kind: str  # "holiday" or "working_day"
    name: str
    source: str


@dataclass(frozen=True)
class AdjustmentChange:
    """How one date changes: ``None`` kind means no adjustment on that side."""

    day: date
    before_kind: str | None
    before_name: str | None
    after_kind: str | None
    after_name: str | None


@dataclass(frozen=True)
class AffectedRequest:
    """An open IEM request whose lead-time reading changes with the calendar.

    Natural days are calendar days, so they never change with a calendar; they are given
    so that the message to the partner can state the event's length.
    """

    id: int
    partner_id: str
    partner_name: str
    status: str
    submitted: date
    start: date
    end: date
    natural_days: int
    earliest_start_before: date | None  # None: undetermined
    earliest_start_after: date | None
    notice_before: int
    notice_after: int
    meets_lead_time_before: bool
    meets_lead_time_after: bool
    lead_time_before: str = MET  # "met", "late" or "undetermined"
    lead_time_after: str = MET


@dataclass(frozen=True)
class HolidayImport:
    """What an import of a schedule does (``written``: done, or only previewed)."""

    calendar: str
    years: tuple[int, ...]
    holidays: int
    working_days: int
    changes: tuple[AdjustmentChange, ...]
    affected: tuple[AffectedRequest, ...]
    written: bool


def preview_holiday_import(db: Database, path: Path | str, code: str) -> HolidayImport:
    """Read a schedule file and say what importing it would change; writes nothing."""
    code, plan = _read_plan(path, code)
    with db.reading() as session:
        return _consequences(session, db, code, plan, written=False)


def import_holiday_schedule(db: Database, path: Path | str, code: str) -> HolidayImport:
    """Load an official schedule file into ``code``'s adjustments, in one transaction.

    Refuses an unknown calendar (exit 3) and an unreadable or malformed file (exit 4);
    either way nothing is written.
    """
    code, plan = _read_plan(path, code)
    source = Path(path).name[:MAX_NAME]

    def use_case(session: Session) -> HolidayImport:
        result = _consequences(session, db, code, plan, written=True)
        before = _stored_plan(session, code, result.years)
        session.execute(holiday_queries.delete_plan(code, result.years))
        session.add_all(
            HolidayAdjustment(calendar=code, day=day, kind=kind, name=name, source=source)
            for day, (kind, name) in plan.items()
        )
        audit.record(
            session,
            db.actor,
            "calendar.import_holidays",
            ("calendar", code),
            _plan_snapshot(before, result.years),
            _plan_snapshot(plan, result.years),
            reason=f"imported {source}",
        )
        session.flush()
        redecide_undetermined(
            session,
            db,
            working_calendar(session, code),
            (request.id for request in result.affected),
        )
        return result

    return db.write(use_case, needs=permissions.ADMIN)  # calendars are the administrators'


def _read_plan(path: Path | str, code: str) -> tuple[str, Plan]:
    code = code.strip().upper()
    require_known_calendar(code)
    path = Path(path)
    try:
        schedule = parse_holiday_schedule(_read_bounded(path))
    except HolidayScheduleError as error:
        raise BadInputFile(f"{path.name}: {error}", "bad_holiday_schedule") from None
    plan: Plan = {day: (HOLIDAY, name) for day, name in schedule.holidays.items()}
    plan.update((day, (WORKING_DAY, name)) for day, name in schedule.working_days.items())
    return code, dict(sorted(plan.items()))


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is larger than a schedule can be."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInputFile(
                f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MiB; not a holiday schedule"
            )
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise BadInputFile(f"cannot read {path}: {error.strerror or error}") from None


def _consequences(
    session: Session, db: Database, code: str, plan: Plan, written: bool
) -> HolidayImport:
    years = tuple(sorted({day.year for day in plan}))
    before = _stored_plan(session, code, years)
    old = working_calendar(session, code)
    kept = {d: v for d, v in _stored_plan(session, code, None).items() if d.year not in years}
    official = _official_years(session, code) | set(years)
    new = _calendar_with(session, code, {**kept, **plan}, official)
    return HolidayImport(
        calendar=code,
        years=years,
        holidays=sum(1 for kind, _ in plan.values() if kind == HOLIDAY),
        working_days=sum(1 for kind, _ in plan.values() if kind == WORKING_DAY),
        changes=tuple(_changes(before, plan)),
        affected=tuple(affected_requests(session, db, code, old, new, years)),
        written=written,
    )


def _stored_plan(session: Session, code: str, years: Iterable[int] | None) -> Plan:
    query = holiday_queries.plan_query(code, years)
    return {day: (kind, name) for day, kind, name in session.execute(query)}


def _official_years(session: Session, code: str) -> frozenset[int]:
    rows = session.execute(holiday_queries.adjustment_rows_query(code))
    return official_years_of(rows)


def _calendar_with(
    session: Session, code: str, stored: Plan, official_years: frozenset[int]
) -> BusinessCalendar:
    """The calendar as ``working_calendar`` would build it if ``stored`` were in the table."""
    adjustments = replace(
        adjustments_from_rows((d, k, n) for d, (k, n) in stored.items()),
        official_years=official_years,
    )
    return business_calendar(code, weekend=weekend_of(session, code), adjustments=adjustments)


def _changes(before: Plan, after: Plan) -> list[AdjustmentChange]:
    changes = []
    for day in sorted(set(before) | set(after)):
        old, new = before.get(day), after.get(day)
        if old != new:
            changes.append(
                AdjustmentChange(
                    day, old and old[0], old and old[1], new and new[0], new and new[1]
                )
            )
    return changes


def _plan_snapshot(plan: Mapping[date, tuple[str, str]], years: Iterable[int]) -> dict[str, str]:
    snapshot = {day.isoformat(): f"{kind}: {name}" for day, (kind, name) in plan.items()}
    return {"years": json.dumps(sorted(years)), **snapshot}


def affected_requests(
    session: Session,
    db: Database,
    code: str,
    old: BusinessCalendar,
    new: BusinessCalendar,
    years: Iterable[int],
) -> list[AffectedRequest]:
    """Open IEM requests on ``code`` whose lead time reads differently on ``new`` than ``old``.

    Only requests near the changed ``years`` can change; when the old calendar had no data
    for a request (it was imported before), the values stored with the request stand in.
    """
    years = sorted(years)
    if not years:
        return []
    first, last = date(years[0], 1, 1), date(years[-1], 12, 31)
    rows = session.scalars(holiday_queries.requests_near_query(code, OPEN_STATUSES, first, last))
    found = []
    for row in rows:
        change = _lead_time_change(db, row, old, new)
        if change is not None:
            found.append(change)
    return found


def _lead_time_change(
    db: Database, row: IemRequest, old: BusinessCalendar, new: BusinessCalendar
) -> AffectedRequest | None:
    """How the request reads on ``new`` against ``old``; a request recorded undetermined
    is read against what was stored, so an import that decides it always lists it."""
    required = db.catalog.required_business_days
    after = assess_lead_time(new, row.submitted, row.start, required)
    was: tuple[date | None, int | None, bool, str]
    if row.lead_time_undetermined or row.earliest_start_unknown:
        was = (None, row.notice_business_days, bool(row.meets_lead_time), lead_time_of(row))
    else:
        before = assess_lead_time(old, row.submitted, row.start, required)
        was = (
            before.earliest_start,
            before.notice_business_days,
            bool(before.meets_lead_time),
            before.lead_time or MET,
        )
    now = (
        after.earliest_start,
        after.notice_business_days,
        bool(after.meets_lead_time),
        after.lead_time or MET,
    )
    if was == now or (was[0], was[3]) == (now[0], now[3]) and row.notice_at_least:
        return None  # only an "at least" notice grew: the verdict stands
    return AffectedRequest(
        id=row.id,
        partner_id=row.partner_id,
        partner_name=row.partner.name,
        status=row.status,
        submitted=row.submitted,
        start=row.start,
        end=row.end,
        natural_days=natural_days((row.start, row.end)),
        earliest_start_before=was[0],
        earliest_start_after=now[0],
        notice_before=int(was[1] or 0),
        notice_after=int(now[1] or 0),
        meets_lead_time_before=was[2],
        meets_lead_time_after=now[2],
        lead_time_before=was[3],
        lead_time_after=now[3],
    )


def redecide_undetermined(
    session: Session, db: Database, calendar: BusinessCalendar, ids: Iterable[int]
) -> None:
    """Store the lead time of the undetermined requests among ``ids`` as ``calendar`` now
    decides it (those it still cannot decide stay undetermined), and the earliest start of
    those whose start it could not count yet, each with an audit record."""
    rows = session.scalars(holiday_queries.undecided_requests_query(ids))
    for row in rows:
        lead = assess_lead_time(
            calendar, row.submitted, row.start, db.catalog.required_business_days
        )
        if lead.undetermined or (not row.lead_time_undetermined and lead.earliest_start is None):
            continue  # nothing more is known than before
        before = audit.snapshot(row)
        for column, value in lead_time_columns(lead).items():
            setattr(row, column, value)
        audit.record(
            session,
            db.actor,
            "iem.redecide_lead_time",
            ("iem_request", row.id),
            before,
            audit.snapshot(row),
            f"lead time {lead.lead_time} on the imported {calendar.code} schedule",
        )


@dataclass(frozen=True)
class AdjustmentEdit:
    """A single adjustment added or removed by hand, and the requests it affects."""

    adjustment: Adjustment
    affected: tuple[AffectedRequest, ...]


def list_adjustments(db: Database, code: str, year: int | None = None) -> list[Adjustment]:
    """The adjustments stored for ``code`` (optionally one year), by date."""
    code = code.strip().upper()
    require_known_calendar(code)
    with db.reading() as session:
        return [
            _adjustment(row)
            for row in session.scalars(holiday_queries.adjustments_query(code, year))
        ]


def add_adjustment(
    db: Database, code: str, day: date, kind: str, name: str, source: str = MANUAL_SOURCE
) -> AdjustmentEdit:
    """Add one holiday or working day to ``code`` by hand (refused if the date has one).

    A hand-added date lays over the year's public holidays; it does not make the year
    official, so a calendar without data for that year still says so.
    """
    code = code.strip().upper()
    require_known_calendar(code)
    if kind not in (HOLIDAY, WORKING_DAY):
        raise InvalidInput(f"kind must be {HOLIDAY} or {WORKING_DAY}, not {kind!r}", "kind")
    if not name.strip() or len(name) > MAX_NAME or len(source) > MAX_NAME:
        raise InvalidInput(f"the name must be 1-{MAX_NAME} characters", "name")

    def use_case(session: Session) -> AdjustmentEdit:
        stored = _stored_plan(session, code, None)
        if day in stored:
            raise AlreadyExists("adjustment on", f"{code} {day.isoformat()}")
        row = HolidayAdjustment(calendar=code, day=day, kind=kind, name=name.strip(), source=source)
        affected = _edit_effects(session, db, code, {**stored, day: (kind, row.name)}, day)
        session.add(row)
        session.flush()
        audit.record(
            session,
            db.actor,
            "calendar.add_adjustment",
            ("holiday_adjustment", f"{code}:{day.isoformat()}"),
            None,
            audit.snapshot(row),
        )
        return AdjustmentEdit(_adjustment(row), affected)

    return db.write(use_case, needs=permissions.ADMIN)  # calendars are the administrators'


def remove_adjustment(db: Database, code: str, day: date) -> AdjustmentEdit:
    """Remove the adjustment stored for ``code`` on ``day`` (refused when there is none)."""
    code = code.strip().upper()
    require_known_calendar(code)

    def use_case(session: Session) -> AdjustmentEdit:
        row = session.scalars(holiday_queries.adjustment_on_query(code, day)).one_or_none()
        if row is None:
            raise NotFound("adjustment on", f"{code} {day.isoformat()}")
        stored = _stored_plan(session, code, None)
        del stored[day]
        affected = _edit_effects(session, db, code, stored, day)
        audit.record(
            session,
            db.actor,
            "calendar.remove_adjustment",
            ("holiday_adjustment", f"{code}:{day.isoformat()}"),
            audit.snapshot(row),
            None,
        )
        session.delete(row)
        return AdjustmentEdit(_adjustment(row), affected)

    return db.write(use_case, needs=permissions.ADMIN)  # calendars are the administrators'


def _edit_effects(
    session: Session, db: Database, code: str, stored_after: Plan, day: date
) -> tuple[AffectedRequest, ...]:
    old = working_calendar(session, code)
    new = _calendar_with(session, code, stored_after, _official_years(session, code))
    return tuple(affected_requests(session, db, code, old, new, [day.year]))


def _adjustment(row: HolidayAdjustment) -> Adjustment:
    return Adjustment(row.calendar, row.day, row.kind, row.name, row.source)
