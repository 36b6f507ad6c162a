"""The order in which write use cases lock rows, so that two of them never deadlock.

Every use case that checks a partner's allowance or quota and then writes takes the
partner's row first (``FOR NO KEY UPDATE``: it still lets others insert rows that refer
to the partner), then the request or session it changes, then the subscription. Two
approvals of one partner's requests then queue on the partner row instead of each holding
one lock and waiting for the other's (issue 21). On SQLite ``BEGIN IMMEDIATE`` already
serialises every writer, and these statements take no lock.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from engagements.domain.errors import NotFound
from engagements.store.lock_queries import partner_lock, partner_of_request


def lock_partner(session: Session, partner_id: str) -> None:
    """Take the partner's row lock (the first lock of every allowance or quota write)."""
    found = session.execute(partner_lock(partner_id)).first()
    if found is None:
        raise NotFound("partner", partner_id)


def lock_partner_of_request(session: Session, request_id: int) -> None:
    """Take the partner lock of IEM request ``request_id`` before the request's own lock."""
    # One statement: the request's partner is looked up and locked in the same round trip.
    found = session.execute(partner_lock(partner_of_request(request_id))).first()
    if found is None:
        raise NotFound("IEM request", request_id)
