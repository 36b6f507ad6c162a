"""Request life cycle, session quotas and clashes, expert service and downgrades (pure rules)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from engagements.assets import read_resource_text
from engagements.domain import status as lifecycle
from engagements.domain.catalog import CatalogError, parse_catalog
from engagements.domain.errors import RuleRefusal
from engagements.domain.expert_service import (
    BookedEngagement,
    DowngradeCase,
    check_downgrade,
    first_day_after_term,
    require_expert_service_eligible,
)
from engagements.domain.sessions import BusyPeriod, clashes, require_quota_left, session_quota

CATALOG = parse_catalog(read_resource_text("plan_catalog.toml"))
ENTERPRISE, COMMERCIAL, STANDARD = (
    CATALOG.edition(n) for n in ("enterprise", "commercial", "standard")
)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("submitted", "approved"),
        ("submitted", "rejected"),
        ("approved", "scheduled"),
        ("scheduled", "in_progress"),
        ("in_progress", "completed"),
        ("approved", "cancelled"),
    ],
)
def test_allowed_transitions(current, target):
    lifecycle.require_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("completed", "cancelled"),
        ("rejected", "approved"),
        ("cancelled", "approved"),
        ("submitted", "completed"),
        ("in_progress", "cancelled"),
        ("approved", "approved"),
    ],
)
def test_impossible_transitions_are_refused(current, target):
    with pytest.raises(RuleRefusal, match="cannot become"):
        lifecycle.require_transition(current, target)


def test_catalog_defaults_match_the_domain():
    assert ENTERPRISE.iem_days_per_year == 8 and ENTERPRISE.sessions_per_year == 4
    assert COMMERCIAL.sessions == "contract" and STANDARD.sessions == "none"
    assert ENTERPRISE.ticket_quota_per_month is None and COMMERCIAL.ticket_quota_per_month == 30
    assert CATALOG.required_business_days == 10 and CATALOG.default_calendar == "CN"


def test_broken_catalog_is_refused_naming_the_key():
    text = read_resource_text("plan_catalog.toml").replace(
        "iem_days_per_year = 8", "iem_days_per_year = -1"
    )
    with pytest.raises(CatalogError, match="editions.enterprise.iem_days_per_year"):
        parse_catalog(text)


def test_session_quotas_per_edition():
    assert session_quota(ENTERPRISE, None) == 4
    assert session_quota(COMMERCIAL, 3) == 3
    with pytest.raises(RuleRefusal, match="must be set"):
        session_quota(COMMERCIAL, None)
    with pytest.raises(RuleRefusal, match="includes no training sessions"):
        session_quota(STANDARD, None)
    with pytest.raises(RuleRefusal, match="all 4"):
        require_quota_left(4, 4)


def test_clashes_compare_instants_across_time_zones_and_allow_back_to_back():
    shanghai = timezone(timedelta(hours=8))
    busy = [
        BusyPeriod(
            "session", 1, datetime(2026, 5, 4, 2, tzinfo=UTC), datetime(2026, 5, 4, 3, tzinfo=UTC)
        )
    ]
    # 10:00-11:00 in Shanghai is 02:00-03:00 UTC: the same hour.
    assert clashes(
        datetime(2026, 5, 4, 10, tzinfo=shanghai), datetime(2026, 5, 4, 11, tzinfo=shanghai), busy
    )
    assert not clashes(
        datetime(2026, 5, 4, 11, tzinfo=shanghai), datetime(2026, 5, 4, 12, tzinfo=shanghai), busy
    )


def test_expert_service_needs_enterprise_and_a_12_month_term():
    require_expert_service_eligible(ENTERPRISE, 12, CATALOG)
    with pytest.raises(RuleRefusal, match="12 months"):
        require_expert_service_eligible(ENTERPRISE, 6, CATALOG)
    with pytest.raises(RuleRefusal, match="does not include"):
        require_expert_service_eligible(COMMERCIAL, 24, CATALOG)


def _case(target, uses=(), approved=False, booked=()):
    return DowngradeCase(
        current=ENTERPRISE,
        target=target,
        start=date(2026, 1, 15),
        months=12,
        expert_uses=tuple(uses),
        early_exit_approved=approved,
        booked=tuple(booked),
    )


def test_first_day_after_the_committed_term():
    assert first_day_after_term(date(2026, 1, 15), 12) == date(2027, 1, 15)
    assert first_day_after_term(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_without_expert_use_a_downgrade_may_take_effect_any_day():
    decision = check_downgrade(_case(COMMERCIAL), date(2026, 4, 1), CATALOG)
    assert decision.allowed and decision.blocking_uses == ()


def test_expert_use_blocks_an_early_downgrade_and_names_the_date_and_uses():
    decision = check_downgrade(_case(None, uses=[(7, date(2026, 3, 1))]), date(2026, 6, 1), CATALOG)
    assert not decision.allowed
    assert decision.earliest_date == date(2027, 1, 15)
    assert decision.blocking_uses == (7,)
    assert "2027-01-15" in decision.reason


def test_on_the_first_day_after_the_term_or_with_an_approval_it_is_allowed():
    uses = [(7, date(2026, 3, 1))]
    assert check_downgrade(_case(None, uses), date(2027, 1, 15), CATALOG).allowed
    assert check_downgrade(_case(None, uses, approved=True), date(2026, 6, 1), CATALOG).allowed


def test_an_allowed_downgrade_lists_no_blocking_use_and_says_which_no_longer_apply():
    uses = [(7, date(2026, 3, 1))]
    for decision in (
        check_downgrade(_case(None, uses), date(2027, 1, 15), CATALOG),
        check_downgrade(_case(None, uses, approved=True), date(2026, 6, 1), CATALOG),
    ):
        assert decision.allowed and decision.blocking_uses == ()
        assert decision.lifted_uses == (7,)
        assert "no longer constrains" in decision.reason


def test_downgrade_lists_the_booked_engagements_the_lower_edition_no_longer_covers():
    booked = [
        BookedEngagement("iem", 1, date(2026, 7, 1), date(2026, 7, 2)),
        BookedEngagement("session", 2, date(2026, 8, 1), date(2026, 8, 1)),
        BookedEngagement("iem", 3, date(2026, 2, 1), date(2026, 2, 2)),
    ]  # before: ignored
    decision = check_downgrade(_case(STANDARD, booked=booked), date(2026, 6, 1), CATALOG)
    assert [(a.kind, a.id) for a in decision.affected_engagements] == [("iem", 1), ("session", 2)]
    to_commercial = check_downgrade(_case(COMMERCIAL, booked=booked), date(2026, 6, 1), CATALOG)
    assert [a.id for a in to_commercial.affected_engagements] == [1, 2]
    assert "quota" in to_commercial.affected_engagements[1].why
