"""Overlapping IEM requests of one partner: dates already covered cost no allowance twice,
but two requests for the same days are usually a duplicate the ASM should see."""

from __future__ import annotations

from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import DateSpan, overlap_finding
from engagements.store.request_queries import overlapping_query

# Requests still standing: a rejected or cancelled one is no duplicate.
_STANDING = lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES


def overlapping_requests(
    session: Session, partner_id: str, span: DateSpan, besides: int | None = None
) -> list[int]:
    """Ids of the partner's standing IEM requests sharing a date with ``span`` (inclusive),
    ``besides`` left out, in id order."""
    return list(
        session.scalars(overlapping_query(partner_id, _STANDING, span[0], span[1], besides))
    )


def overlap_warning(ids: list[int]) -> str:
    """The flag shown with a request whose dates another request already covers."""
    return overlap_finding(ids).message
