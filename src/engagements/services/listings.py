"""The requests list: IEM requests and training sessions in one filtered, sorted, paged list.

Filtering, sorting and paging happen in SQL (``store.listing_queries``) so that a window
over 200,000 engagements holds only the pages a person has scrolled to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from engagements.domain import status as lifecycle
from engagements.services.database import Database
from engagements.store.listing_queries import (
    KIND_IEM,
    KIND_SESSION,
    SORT_KEYS,
    WORK_FIRST,
    RequestFilter,
    count_query,
    listing_query,
    page_query,
)

# The filter and the list's vocabulary are the store's; callers keep naming them here.
__all__ = [
    "IEM_STATUSES",
    "KIND_IEM",
    "KIND_SESSION",
    "PAGE_SIZE",
    "SESSION_STATUSES",
    "SORT_KEYS",
    "WORK_FIRST",
    "RequestFilter",
    "RequestRow",
    "count_requests",
    "request_page",
]

PAGE_SIZE = 200


@dataclass(frozen=True)
class RequestRow:
    """One line of the requests list. Sessions have no submission date and no lateness."""

    kind: str
    id: int
    partner_id: str
    partner_name: str
    status: str
    first_day: date
    last_day: date
    starts_at: datetime | None
    ends_at: datetime | None
    timezone: str | None
    submitted: date | None
    edition: str
    calendar: str
    late: bool | None
    expert: str | None
    title: str
    justification: str | None
    # The lead time needs a year without holiday data (IEM only; then ``late`` is False).
    undetermined: bool | None = None


def count_requests(db: Database, wanted: RequestFilter) -> int:
    """How many engagements the filter lets through."""
    listed = listing_query(wanted)
    if listed is None:
        return 0
    with db.reading() as session:
        return int(session.connection().execute(count_query(listed)).scalar_one())


def request_page(
    db: Database,
    wanted: RequestFilter,
    sort_key: str = "first_day",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
) -> list[RequestRow]:
    """One page of the filtered list, sorted in SQL (ties broken by kind and id).

    ``sort_key`` ``WORK_FIRST`` puts the work first as of ``today`` (required then)."""
    if sort_key not in SORT_KEYS and sort_key != WORK_FIRST:
        raise ValueError(f"cannot sort by {sort_key!r}")
    listed = listing_query(wanted)
    if listed is None:
        return []
    query = page_query(listed, sort_key, descending, offset, limit, today)
    with db.reading() as session:
        return [RequestRow(**row._mapping) for row in session.connection().execute(query)]


IEM_STATUSES = lifecycle.ALL_STATUSES
SESSION_STATUSES = (
    lifecycle.SESSION_SCHEDULED,
    lifecycle.SESSION_HELD,
    lifecycle.SESSION_CANCELLED,
)
