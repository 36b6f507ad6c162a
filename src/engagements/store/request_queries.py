"""The statements that read IEM requests and bought IEM days for a rule or a list: the
requests overlapping some dates, the purchases valid in a period."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Select, select

from engagements.store.models import IemPurchase, IemRequest, Partner


def overlapping_query(
    partner_id: str, statuses: Iterable[str], first: date, last: date, besides: int | None = None
) -> Select[*tuple[Any, ...]]:
    """Ids of the partner's IEM requests in ``statuses`` sharing a date with [first, last],
    ``besides`` left out, in id order."""
    query = select(IemRequest.id).where(
        IemRequest.partner_id == partner_id,
        IemRequest.status.in_(statuses),
        IemRequest.start <= last,
        IemRequest.end >= first,
    )
    if besides is not None:
        query = query.where(IemRequest.id != besides)
    return query.order_by(IemRequest.id)


def purchase_list_query(
    partner_id: str | None = None, first: date | None = None, last: date | None = None
) -> Select[*tuple[Any, ...]]:
    """(id, partner id, partner name, days, valid from, valid to) of bought IEM days, by
    partner and validity: of one partner, and valid on some day from ``first`` to ``last``,
    when given."""
    query = (
        select(
            IemPurchase.id,
            IemPurchase.partner_id,
            Partner.name,
            IemPurchase.days,
            IemPurchase.valid_from,
            IemPurchase.valid_to,
        )
        .join(Partner, Partner.id == IemPurchase.partner_id)
        .order_by(IemPurchase.partner_id, IemPurchase.valid_from, IemPurchase.id)
    )
    if partner_id:
        query = query.where(IemPurchase.partner_id == partner_id)
    if first:
        query = query.where(IemPurchase.valid_to >= first)
    if last:
        query = query.where(IemPurchase.valid_from <= last)
    return query
