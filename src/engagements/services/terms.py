"""Which subscription term a date lies in, and which dates can be planned at all."""

from __future__ import annotations

from datetime import date

from engagements.domain import terms
from engagements.domain.bounds import PLANNABLE_DATES
from engagements.domain.errors import RuleRefusal
from engagements.errors import InvalidInput
from engagements.store.models import Partner, Subscription


def require_plannable(day: date, field: str) -> None:
    """Refuse (bad input, exit 2) a date outside the years the rules can compute."""
    first, last = PLANNABLE_DATES
    if not first <= day <= last:
        raise InvalidInput(
            f"{field.replace('_', ' ')} {day.isoformat()} is outside the dates "
            f"the rules can compute ({first.isoformat()} to {last.isoformat()})",
            field,
        )


def term_end(subscription: Subscription) -> date:
    """The last day of the subscription's committed term."""
    return terms.term_end(subscription.start, subscription.months)


def term_words(subscription: Subscription) -> str:
    return f"{subscription.start.isoformat()} to {term_end(subscription).isoformat()}"


def subscription_holding(partner: Partner, day: date) -> Subscription | None:
    """The latest subscription whose committed term holds ``day``, if any."""
    holding = [s for s in partner.subscriptions if s.start <= day <= term_end(s)]
    return holding[-1] if holding else None


def outside_every_term(partner: Partner, day: date, what: str | None = None) -> RuleRefusal:
    """The refusal for ``what`` dated outside all of the partner's terms, naming them."""
    terms = "; ".join(term_words(s) for s in partner.subscriptions) or "none"
    dated = f"{what} on {day.isoformat()}" if what else day.isoformat()
    return RuleRefusal(
        "outside_term",
        f"{dated} is outside every subscription term of partner {partner.id} (terms: {terms})",
    )
