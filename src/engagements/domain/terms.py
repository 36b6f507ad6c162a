"""A subscription's committed term, and what an IEM event needs from it.

The committed term runs from the start date to the day before start + N months (a
31 January start for one month ends on 27 or 28 February, see ``add_months``). This is
the one place that counts where a term ends; everything else asks ``term_end``.
"""

from __future__ import annotations

from datetime import date

from engagements.domain import findings
from engagements.domain.allowance import ONE_DAY, DateSpan, add_months
from engagements.domain.catalog import Edition
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding


def first_day_after_term(start: date, months: int) -> date:
    """The first day after a committed term of ``months`` months from ``start``."""
    return add_months(start, months)


def term_end(start: date, months: int) -> date:
    """The last day of a committed term of ``months`` months from ``start``."""
    return first_day_after_term(start, months) - ONE_DAY


def iem_entitlement_finding(
    edition: Edition, start: date, months: int, span: DateSpan
) -> Finding | None:
    """Why the subscription does not cover an IEM event on ``span`` (inclusive), if it
    does not: its edition includes no IEM, or the days fall outside the committed term."""
    if not edition.includes_iem:
        return Finding(
            findings.NOT_ENTITLED,
            f"the {edition.label} edition includes no IEM",
            {"edition": edition.label, "what": "iem"},
        )
    last = term_end(start, months)
    if span[0] < start or span[1] > last:
        return Finding(
            findings.OUTSIDE_TERM,
            f"the event ({span[0].isoformat()} to {span[1].isoformat()}) is outside the "
            f"subscription's term ({start.isoformat()} to {last.isoformat()})",
            {"term_start": start, "term_end": last, "event_start": span[0], "event_end": span[1]},
        )
    return None


def require_iem_entitled(edition: Edition, start: date, months: int, span: DateSpan) -> None:
    """Refuse an IEM event the subscription does not cover (see ``iem_entitlement_finding``)."""
    found = iem_entitlement_finding(edition, start, months, span)
    if found is not None:
        raise RuleRefusal(found.kind, found.message, [found])


def service_reports_refusal(edition: Edition) -> RuleRefusal | None:
    """Why an edition gives no service reports (a refusal with its finding), or None."""
    if edition.service_reports:
        return None
    reason = f"the {edition.label} edition includes no service reports"
    return RuleRefusal(
        "not_entitled",
        reason,
        [
            Finding(
                findings.NOT_ENTITLED, reason, {"edition": edition.label, "what": "service_reports"}
            )
        ],
    )
