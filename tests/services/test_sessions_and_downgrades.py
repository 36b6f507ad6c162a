"""Sessions, expert-service use and the downgrade check through the services, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from engagements.domain.errors import NotFound, RuleRefusal
from engagements.errors import InvalidInput
from engagements.services.allowance import allowance_summary
from engagements.services.expert_service import (
    approve_early_exit,
    downgrade_check,
    record_expert_use,
)
from engagements.services.iem import IemRequestInput, request_iem
from engagements.services.partners import NewPartner, add_partner
from engagements.services.sessions import SessionBooking, add_expert, book_session, cancel_session

SHANGHAI = timezone(timedelta(hours=8))
D = date


@pytest.fixture
def roster(db):
    add_partner(
        db,
        NewPartner(
            id="ENT", name="Enterprise Ltd", edition="enterprise", start=D(2026, 1, 1), months=12
        ),
    )
    add_partner(
        db,
        NewPartner(
            id="COM",
            name="Commercial Ltd",
            edition="commercial",
            start=D(2026, 1, 1),
            months=12,
            session_quota=2,
        ),
    )
    add_expert(db, "E1", "Wang Lei", "Asia/Shanghai")
    add_expert(db, "E2", "Anna Schmidt", "Europe/Berlin")
    return db


def _book(db, partner, expert, day, hour, hours=1, tz=SHANGHAI):
    starts = datetime(2026, 5, day, hour, tzinfo=tz)
    return book_session(
        db,
        SessionBooking(
            partner_id=partner,
            expert_id=expert,
            starts_at=starts,
            ends_at=starts + timedelta(hours=hours),
            topic="architecture",
        ),
    )


def test_enterprise_books_four_sessions_a_year_and_cancelling_frees_a_slot(roster):
    booked = [_book(roster, "ENT", "E1", day, 10) for day in (4, 5, 6, 7)]
    assert booked[-1].sessions_remaining == 0
    with pytest.raises(RuleRefusal, match="all 4"):
        _book(roster, "ENT", "E1", 8, 10)
    assert cancel_session(roster, booked[0].id).status == "cancelled"
    assert _book(roster, "ENT", "E1", 8, 10).status == "scheduled"
    assert allowance_summary(roster, "ENT", D(2026, 5, 8)).sessions_used == 4


def test_commercial_uses_the_contract_quota(roster):
    _book(roster, "COM", "E1", 4, 10)
    _book(roster, "COM", "E1", 5, 10)
    with pytest.raises(RuleRefusal, match="all 2"):
        _book(roster, "COM", "E1", 6, 10)


def test_an_expert_cannot_be_in_two_sessions_at_once_across_time_zones(roster):
    _book(roster, "ENT", "E2", 4, 10)  # 10:00-11:00 Shanghai = 04:00-05:00 Berlin (CEST)
    berlin_same_hour = datetime(2026, 5, 4, 4, 30, tzinfo=timezone(timedelta(hours=2)))
    with pytest.raises(RuleRefusal) as refused:
        book_session(
            roster,
            SessionBooking(
                partner_id="COM",
                expert_id="E2",
                starts_at=berlin_same_hour,
                ends_at=berlin_same_hour + timedelta(hours=1),
                topic="key-issues",
            ),
        )
    assert refused.value.error == "expert_clash"
    assert _book(roster, "COM", "E2", 4, 11).status == "scheduled"  # back to back is fine


def test_a_session_clashes_with_the_experts_iem_assignment(roster, today):
    from engagements.services.iem import approve_iem
    from engagements.store.models import IemRequest

    outcome = request_iem(
        roster,
        IemRequestInput(
            partner_id="ENT", start=D(2026, 6, 1), end=D(2026, 6, 2), submitted=D(2026, 5, 1)
        ),
        today,
    )
    approve_iem(roster, outcome.id)
    with roster.writing() as session:  # assignment of the expert to the IEM team
        session.get(IemRequest, outcome.id).expert_id = "E1"
    with pytest.raises(RuleRefusal, match="iem"):
        book_session(
            roster,
            SessionBooking(
                partner_id="COM",
                expert_id="E1",
                starts_at=datetime(2026, 6, 2, 9, tzinfo=SHANGHAI),
                ends_at=datetime(2026, 6, 2, 10, tzinfo=SHANGHAI),
                topic="architecture",
            ),
        )


def test_session_times_topics_and_zones_are_checked(roster):
    with pytest.raises(RuleRefusal, match="end after"):
        _book(roster, "ENT", "E1", 4, 10, hours=0)
    with pytest.raises(RuleRefusal, match="unknown topic"):
        book_session(
            roster,
            SessionBooking(
                "ENT",
                "E1",
                datetime(2026, 5, 4, 1, tzinfo=UTC),
                datetime(2026, 5, 4, 2, tzinfo=UTC),
                "gossip",
            ),
        )
    with pytest.raises(InvalidInput, match="time zone"):
        book_session(
            roster,
            SessionBooking(
                "ENT",
                "E1",
                datetime(2026, 5, 4, 1),
                datetime(2026, 5, 4, 2),
                "architecture",
                timezone="Mars/Olympus",
            ),
        )
    with pytest.raises(NotFound):
        _book(roster, "ENT", "nobody", 4, 10)


def test_times_without_offset_are_read_in_the_experts_zone(roster):
    outcome = book_session(
        roster,
        SessionBooking(
            "ENT", "E2", datetime(2026, 5, 4, 9), datetime(2026, 5, 4, 10), "architecture"
        ),
    )
    assert outcome.starts_at.astimezone(UTC) == datetime(2026, 5, 4, 7, tzinfo=UTC)


def test_downgrade_blocked_by_expert_use_until_the_term_ends(roster, today):
    use = record_expert_use(roster, "ENT", D(2026, 3, 1), "Capacity review")
    decision = downgrade_check(roster, "ENT", "commercial", D(2026, 6, 1))
    assert not decision.allowed
    assert decision.earliest_date == D(2027, 1, 1)
    assert decision.blocking_uses == (use,)
    assert downgrade_check(roster, "ENT", None, D(2027, 1, 1)).allowed
    approve_early_exit(roster, "ENT", D(2026, 5, 1), "Partner acquired; director approved")
    assert downgrade_check(roster, "ENT", "commercial", D(2026, 6, 1)).allowed


def test_expert_service_is_refused_for_short_terms_and_lower_editions(roster):
    add_partner(
        roster,
        NewPartner(id="SHORT", name="Short", edition="enterprise", start=D(2026, 1, 1), months=6),
    )
    with pytest.raises(RuleRefusal, match="12 months"):
        record_expert_use(roster, "SHORT", D(2026, 2, 1), "Review")
    with pytest.raises(RuleRefusal, match="does not include"):
        record_expert_use(roster, "COM", D(2026, 2, 1), "Review")


def test_downgrade_lists_booked_sessions_the_lower_edition_drops(roster):
    session = _book(roster, "ENT", "E1", 4, 10)
    decision = downgrade_check(roster, "ENT", "standard", D(2026, 4, 1))
    assert decision.allowed
    assert [(a.kind, a.id) for a in decision.affected_engagements] == [("session", session.id)]


def test_assigning_an_expert_to_an_iem_event_respects_their_sessions(roster, today):
    from engagements.services.iem import approve_iem, assign_expert

    session = _book(roster, "COM", "E1", 4, 10)  # 4 May, 10:00-11:00 Shanghai
    event = request_iem(
        roster,
        IemRequestInput(
            partner_id="ENT", start=D(2026, 5, 4), end=D(2026, 5, 5), submitted=D(2026, 4, 1)
        ),
        today,
    )
    with pytest.raises(RuleRefusal, match="cannot be assigned to a request that is submitted"):
        assign_expert(roster, event.id, "E2")
    approve_iem(roster, event.id)
    with pytest.raises(RuleRefusal) as clash:
        assign_expert(roster, event.id, "E1")
    assert clash.value.error == "expert_clash" and f"session {session.id}" in clash.value.reason
    assert assign_expert(roster, event.id, "E2").id == event.id
    assign_expert(roster, event.id, "E2")  # again: its own assignment is no clash
    with pytest.raises(RuleRefusal, match="iem"):  # and now E2 is busy those days
        _book(roster, "COM", "E2", 5, 10)
