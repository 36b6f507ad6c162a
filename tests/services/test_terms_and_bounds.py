"""Dates inside the subscription they belong to, and dates the rules can compute (issue 13,
point 3)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engagements.domain.errors import RuleRefusal
from engagements.errors import InvalidInput
from engagements.services import sessions
from engagements.services.allowance import allowance_summary
from engagements.services.expert_service import downgrade_check, record_expert_use
from engagements.services.iem import IemRequestInput, purchase_days, request_iem
from engagements.services.partners import NewPartner, add_partner

D = date


@pytest.fixture
def partner(sqlite_db):
    add_partner(
        sqlite_db,
        NewPartner(id="ENT", name="星河", edition="enterprise", start=D(2026, 1, 1), months=12),
    )
    return sqlite_db


@pytest.mark.parametrize("used_on", [D(2025, 12, 31), D(2027, 1, 1)])
def test_an_expert_service_use_outside_the_term_is_refused_naming_the_term(partner, used_on):
    with pytest.raises(RuleRefusal) as refused:
        record_expert_use(partner, "ENT", used_on, "capacity review")
    assert refused.value.error == "outside_term"
    assert "2026-01-01 to 2026-12-31" in refused.value.reason
    assert record_expert_use(partner, "ENT", D(2026, 12, 31), "capacity review") > 0


def test_the_allowance_outside_every_term_says_so_and_includes_nothing(partner):
    summary = allowance_summary(partner, "ENT", D(2027, 3, 1))
    assert summary.in_term is False
    assert summary.term_note and "outside every subscription term" in summary.term_note
    assert (summary.iem_days_included, summary.iem_days_remaining) == (0, 0)
    assert (summary.sessions_included, summary.sessions_remaining) == (0, 0)
    inside = allowance_summary(partner, "ENT", D(2026, 3, 1))
    assert (inside.in_term, inside.iem_days_included) == (True, 8)


def test_a_session_outside_every_term_is_refused(partner):
    sessions.add_expert(partner, "E1", "Expert One")
    starts = datetime(2027, 2, 3, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    with pytest.raises(RuleRefusal) as refused:
        sessions.book_session(
            partner,
            sessions.SessionBooking("ENT", "E1", starts, starts.replace(hour=12), "architecture"),
        )
    assert refused.value.error == "outside_term"


def test_an_allowed_downgrade_never_lists_blocking_uses(partner):
    use = record_expert_use(partner, "ENT", D(2026, 3, 1), "capacity review")
    early = downgrade_check(partner, "ENT", "standard", D(2026, 6, 1))
    assert (early.allowed, early.blocking_uses) == (False, (use,))
    after = downgrade_check(partner, "ENT", "standard", D(2027, 1, 1))
    assert (after.allowed, after.blocking_uses, after.lifted_uses) == (True, (), (use,))
    assert "no longer constrains" in after.reason


@pytest.mark.parametrize(
    "call",
    [
        lambda db: add_partner(db, NewPartner("OLD", "Old", "enterprise", D(1900, 1, 1), 12)),
        lambda db: add_partner(db, NewPartner("FAR", "Far", "enterprise", D(9999, 6, 1), 12)),
        lambda db: add_partner(db, NewPartner("END", "End", "enterprise", D(2099, 6, 1), 12)),
        lambda db: request_iem(
            db,
            IemRequestInput("ENT", D(9999, 12, 31), D(9999, 12, 31), D(2026, 3, 1)),
            D(2026, 3, 1),
        ),
        lambda db: purchase_days(db, "ENT", 2, D(2026, 1, 1), D(9999, 12, 31)),
        lambda db: allowance_summary(db, "ENT", D(9999, 12, 31)),
        lambda db: downgrade_check(db, "ENT", "standard", D(1900, 1, 1)),
        lambda db: record_expert_use(db, "ENT", D(9999, 12, 31), "review"),
    ],
)
def test_dates_beyond_what_the_rules_can_compute_are_bad_input(partner, call):
    with pytest.raises(InvalidInput) as refused:
        call(partner)
    assert (
        "outside the dates the rules can compute" in refused.value.reason
        or "leaves the dates the rules can compute" in refused.value.reason
    )


def test_the_request_preview_names_an_absurd_date_instead_of_failing(partner):
    from engagements.services.previews import preview_iem

    preview = preview_iem(partner, "ENT", D(2026, 3, 1), D(9999, 12, 30), D(9999, 12, 31))
    assert preview.problems and "outside the dates the rules can compute" in preview.problems[0]
