"""The requests list's statements: IEM requests and training sessions as one union,
narrowed by the person's filter, counted, and sorted and paged in SQL so that a window over
200,000 engagements holds only the pages a person has scrolled to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Select,
    String,
    and_,
    case,
    false,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement

from engagements.domain import status as lifecycle
from engagements.domain.allowance import ONE_DAY
from engagements.store.models import (
    Expert,
    IemRequest,
    Partner,
    Subscription,
    TrainingSession,
    UtcDateTime,
)

KIND_IEM, KIND_SESSION = "iem", "session"
SORT_KEYS = (
    "kind",
    "id",
    "partner_id",
    "partner_name",
    "status",
    "first_day",
    "last_day",
    "submitted",
    "edition",
    "calendar",
    "late",
    "expert",
    "title",
)
# The default order: the ASM's work first (see ``work_first``), not a column's.
WORK_FIRST = "work"
WAITING, UPCOMING, THE_REST = 0, 1, 2


@dataclass(frozen=True)
class RequestFilter:
    """What the person narrowed the list to; empty fields do not narrow."""

    text: str = ""  # partner id or name, event name or topic
    partner_id: str | None = None
    kinds: tuple[str, ...] = (KIND_IEM, KIND_SESSION)
    statuses: tuple[str, ...] = ()
    edition: str | None = None
    calendar: str | None = None
    late_only: bool = False
    first: date | None = None  # engagements ending on or after
    last: date | None = None  # engagements starting on or before
    request_id: int | None = None


def _typed_null(type_: object) -> ColumnElement[object]:
    # The union takes its column types from its first part; a typed NULL keeps the
    # values converted (UTC instants, dates) whichever part they come from.
    return type_coerce(null(), type_)  # type: ignore[arg-type]


def _iem_select() -> Select[*tuple[Any, ...]]:
    return (
        select(
            literal(KIND_IEM, String).label("kind"),
            IemRequest.id.label("id"),
            IemRequest.partner_id.label("partner_id"),
            Partner.name.label("partner_name"),
            IemRequest.status.label("status"),
            IemRequest.start.label("first_day"),
            IemRequest.end.label("last_day"),
            _typed_null(UtcDateTime()).label("starts_at"),
            _typed_null(UtcDateTime()).label("ends_at"),
            _typed_null(String()).label("timezone"),
            IemRequest.submitted.label("submitted"),
            Subscription.edition.label("edition"),
            Subscription.calendar.label("calendar"),
            and_(
                IemRequest.meets_lead_time == false(), IemRequest.lead_time_undetermined == false()
            ).label("late"),
            Expert.name.label("expert"),
            IemRequest.event_name.label("title"),
            IemRequest.justification.label("justification"),
            IemRequest.lead_time_undetermined.label("undetermined"),
        )
        .join(Partner, Partner.id == IemRequest.partner_id)
        .join(Subscription, Subscription.id == IemRequest.subscription_id)
        .outerjoin(Expert, Expert.id == IemRequest.expert_id)
    )


def _session_select() -> Select[*tuple[Any, ...]]:
    utc_day = func.date(TrainingSession.starts_at, type_=Date)
    return (
        select(
            literal(KIND_SESSION, String).label("kind"),
            TrainingSession.id.label("id"),
            TrainingSession.partner_id.label("partner_id"),
            Partner.name.label("partner_name"),
            TrainingSession.status.label("status"),
            utc_day.label("first_day"),
            func.date(TrainingSession.ends_at, type_=Date).label("last_day"),
            TrainingSession.starts_at.label("starts_at"),
            TrainingSession.ends_at.label("ends_at"),
            TrainingSession.timezone.label("timezone"),
            _typed_null(Date()).label("submitted"),
            Subscription.edition.label("edition"),
            Subscription.calendar.label("calendar"),
            _typed_null(Boolean()).label("late"),
            Expert.name.label("expert"),
            TrainingSession.topic.label("title"),
            _typed_null(String()).label("justification"),
            _typed_null(Boolean()).label("undetermined"),
        )
        .join(Partner, Partner.id == TrainingSession.partner_id)
        .join(Subscription, Subscription.id == TrainingSession.subscription_id)
        .join(Expert, Expert.id == TrainingSession.expert_id)
    )


def _narrowed(
    query: Select[tuple[object, ...]], kind: str, wanted: RequestFilter
) -> Select[tuple[object, ...]]:
    """The filter as WHERE clauses on one side of the union."""
    iem = kind == KIND_IEM
    model = IemRequest if iem else TrainingSession
    conditions: list[ColumnElement[bool]] = []
    if wanted.partner_id:
        conditions.append(model.partner_id == wanted.partner_id)
    if wanted.request_id is not None:
        conditions.append(model.id == wanted.request_id)
    if wanted.statuses:
        conditions.append(model.status.in_(wanted.statuses))
    if wanted.edition:
        conditions.append(Subscription.edition == wanted.edition)
    if wanted.calendar:
        conditions.append(Subscription.calendar == wanted.calendar)
    if wanted.text.strip():
        pattern = f"%{wanted.text.strip().lower()}%"
        title = IemRequest.event_name if iem else TrainingSession.topic
        conditions.append(
            or_(
                func.lower(Partner.name).like(pattern),
                func.lower(Partner.id).like(pattern),
                func.lower(title).like(pattern),
            )
        )
    conditions.extend(_date_conditions(iem, wanted))
    return query.where(and_(*conditions)) if conditions else query


def _date_conditions(iem: bool, wanted: RequestFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if iem:
        if wanted.late_only:
            found.append(
                and_(
                    IemRequest.meets_lead_time == false(),
                    IemRequest.lead_time_undetermined == false(),
                )
            )
        if wanted.first:
            found.append(IemRequest.end >= wanted.first)
        if wanted.last:
            found.append(IemRequest.start <= wanted.last)
        return found
    # Sessions are instants; a day filter is read in UTC, close enough for a list filter.
    if wanted.first:
        found.append(TrainingSession.ends_at >= _utc_midnight(wanted.first))
    if wanted.last:
        found.append(TrainingSession.starts_at < _utc_midnight(wanted.last + ONE_DAY))
    return found


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, UTC)


def listing_query(wanted: RequestFilter) -> Select[tuple[object, ...]] | None:
    """The IEM requests and sessions ``wanted`` lets through, as one union (None when it
    lets no kind through)."""
    parts = []
    if KIND_IEM in wanted.kinds:
        parts.append(_narrowed(_iem_select(), KIND_IEM, wanted))
    if KIND_SESSION in wanted.kinds and not wanted.late_only:
        parts.append(_narrowed(_session_select(), KIND_SESSION, wanted))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return select(parts[0].union_all(parts[1]).subquery())


def count_query(listed: Select[tuple[object, ...]]) -> Select[int]:
    """How many rows ``listed`` (a ``listing_query``) has."""
    return select(func.count()).select_from(listed.subquery())


def work_first(listed: Any, today: date) -> list[ColumnElement[Any]]:
    """The ASM's order: requests waiting for a decision (late and undetermined ones are
    among them: all are still submitted), then engagements not yet over, soonest first,
    then the rest, newest first."""
    waiting = listed.c.status == lifecycle.SUBMITTED
    running = listed.c.status.in_((lifecycle.APPROVED, lifecycle.SCHEDULED, lifecycle.IN_PROGRESS))
    rank = case(
        (waiting, WAITING), (and_(running, listed.c.last_day >= today), UPCOMING), else_=THE_REST
    )
    soonest = case((rank < THE_REST, listed.c.first_day), else_=None)
    return [rank, soonest.asc(), listed.c.first_day.desc()]


def page_query(
    listed: Select[tuple[object, ...]],
    sort_key: str,
    descending: bool,
    offset: int,
    limit: int,
    today: date | None,
) -> Select[tuple[object, ...]]:
    """One page of ``listed`` (a ``listing_query``), sorted by ``sort_key`` (ties broken
    by kind and id); ``WORK_FIRST`` sorts by ``work_first`` as of ``today``."""
    union = listed.subquery()
    if sort_key == WORK_FIRST:
        if today is None:
            raise ValueError("the work-first order needs today")
        order = [*work_first(union, today), union.c.kind, union.c.id]
    else:
        column = union.c[sort_key]
        order = [column.desc() if descending else column.asc(), union.c.kind, union.c.id]
    return select(union).order_by(*order).offset(offset).limit(limit)
