"""The reads behind the filters' choices and the partner list: statements for
``store.batch.read_together`` (one round trip to a team database)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from engagements.store.models import Expert, Partner, Subscription


def pick_list_queries() -> dict[str, Select[*tuple[Any, ...]]]:
    """Partners (id, name), active experts (id, name), TAMs and subscribed calendars."""
    return {
        "partners": select(Partner.id, Partner.name).order_by(Partner.id),
        "experts": select(Expert.id, Expert.name).where(Expert.active).order_by(Expert.name),
        "tams": select(Partner.designated_tam)
        .where(Partner.designated_tam.is_not(None))
        .distinct()
        .order_by(Partner.designated_tam),
        "calendars": select(Subscription.calendar).distinct().order_by(Subscription.calendar),
    }


def partner_list_query() -> Select[*tuple[Any, ...]]:
    """(id, name, TAM, edition, calendar, start, months) of every partner's subscriptions,
    by partner and start."""
    return (
        select(
            Partner.id,
            Partner.name,
            Partner.designated_tam,
            Subscription.edition,
            Subscription.calendar,
            Subscription.start,
            Subscription.months,
        )
        .join(Subscription, Subscription.partner_id == Partner.id)
        .order_by(Partner.id, Subscription.start)
    )
