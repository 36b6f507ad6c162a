"""The services behind the ASM's work in the window: partners and subscriptions, the
roster, staffing, editing requests, the partner's history and the work-first order."""

from __future__ import annotations

from datetime import date

import pytest

from engagements.domain.errors import RuleRefusal
from engagements.errors import InvalidInput
from engagements.services import iem, iem_edits, roster, sessions
from engagements.services.audit import audit_trail
from engagements.services.dashboard import RISK_EXIT_LOCKED, dashboard_rows
from engagements.services.expert_service import record_expert_use
from engagements.services.listings import WORK_FIRST, RequestFilter, request_page
from engagements.services.partner_history import partner_history
from engagements.services.partners import (
    NewPartner,
    PartnerDetails,
    add_partner,
    add_sub_client,
    edit_partner,
    rename_sub_client,
)
from engagements.services.queries import expert_roster, partner_file, partner_list
from engagements.services.subscriptions import SubscriptionChange, change_subscription


@pytest.fixture
def acme(db, today):
    add_partner(db, NewPartner("ACME", "Acme", "enterprise", date(2026, 1, 1), 24))
    sessions.add_expert(db, "E1", "Wang Lei", "Asia/Shanghai", skills="database, ,network")
    sessions.add_expert(db, "E2", "Li Na", "Asia/Shanghai")
    return db


def _approved(db, today, start, end):
    return iem.request_iem(
        db, iem.IemRequestInput("ACME", start, end, approve=True, justification="agreed"), today
    )


def test_partner_details_and_calendar_change_are_audited(acme, today):
    edit_partner(acme, "ACME", PartnerDetails("Acme Cloud", "HK", "tam-li", "asm-wu"), today)
    file = partner_file(acme, "ACME", today)
    assert (file.name, file.designated_tam, file.subscriptions[-1].calendar) == (
        "Acme Cloud",
        "tam-li",
        "HK",
    )
    event = audit_trail(acme, ("partner", "ACME"))[0]
    assert event.action == "partner.edit" and event.before["calendar"] == "CN"
    with pytest.raises(RuleRefusal):
        edit_partner(acme, "ACME", PartnerDetails("Acme", "XX"), today)
    with pytest.raises(InvalidInput):
        edit_partner(acme, "ACME", PartnerDetails(" ", "CN"), today)
    add_sub_client(acme, "ACME", "A-1", "Shop")
    rename_sub_client(acme, "ACME", "A-1", "Shop Ltd")
    assert partner_file(acme, "ACME", today).sub_clients[0].name == "Shop Ltd"


def test_a_renewal_adds_a_record_and_ends_the_old_one(acme, today):
    change_subscription(
        acme, "ACME", SubscriptionChange("commercial", date(2028, 1, 1), 12, session_quota=3)
    )
    subs = partner_file(acme, "ACME", today).subscriptions
    assert [(s.edition, s.ended_on) for s in subs] == [
        ("enterprise", date(2027, 12, 31)),
        ("commercial", None),
    ]
    with pytest.raises(RuleRefusal, match="must start after 2028-01-01"):
        change_subscription(acme, "ACME", SubscriptionChange("enterprise", date(2027, 6, 1), 12))


def test_an_early_downgrade_after_expert_service_is_refused(acme, today):
    record_expert_use(acme, "ACME", date(2026, 3, 1), "capacity review")
    with pytest.raises(RuleRefusal, match="not effective before 2028-01-01"):
        change_subscription(acme, "ACME", SubscriptionChange("commercial", date(2027, 1, 1), 12))
    assert len(partner_file(acme, "ACME", today).subscriptions) == 1
    assert partner_list(acme, today)[0].exit_locked_until == date(2028, 1, 1)
    row = next(r for r in dashboard_rows(acme, today) if r.partner_id == "ACME")
    assert RISK_EXIT_LOCKED in row.risks


def test_roster_edit_and_retire(acme, today):
    assert expert_roster(acme, today)[1].skills == "database, network"
    roster.edit_expert(acme, "E1", roster.ExpertDetails("Wang Lei", "Asia/Tokyo", "k8s"))
    found = {r.id: r for r in expert_roster(acme, today)}
    assert (found["E1"].timezone, found["E1"].skills) == ("Asia/Tokyo", "k8s")
    with pytest.raises(InvalidInput, match="time zone"):
        roster.edit_expert(acme, "E1", roster.ExpertDetails("Wang", "Mars/Base"))
    event = _approved(acme, today, date(2026, 12, 28), date(2026, 12, 29))
    iem.assign_expert(acme, event.id, "E1")
    with pytest.raises(RuleRefusal, match=f"IEM-{event.id}"):
        roster.retire_expert(acme, "E1", today)
    iem_edits.unassign_expert(acme, event.id)
    roster.retire_expert(acme, "E1", today)
    assert not {r.id: r for r in expert_roster(acme, today)}["E1"].active


def test_an_edit_is_checked_again_and_audited(acme, today):
    first = _approved(acme, today, date(2026, 12, 14), date(2026, 12, 15))
    other = _approved(acme, today, date(2026, 12, 21), date(2026, 12, 21))
    iem.assign_expert(acme, first.id, "E1")
    iem.assign_expert(acme, other.id, "E1")
    change = iem_edits.IemChange(
        date(2026, 12, 20),
        date(2026, 12, 21),
        "Launch",
        "launch",
        "bigger",
        contact_name="Ann",
        contact_email="a@b.cn",
    )
    with pytest.raises(RuleRefusal, match=f"iem {other.id}"):
        iem_edits.edit_iem(acme, first.id, change)  # the expert is on the other event
    row = request_page(acme, RequestFilter(request_id=first.id, kinds=("iem",)))[0]
    assert (row.first_day, row.title) == (date(2026, 12, 14), "")  # nothing written
    iem_edits.unassign_expert(acme, other.id)
    iem_edits.edit_iem(acme, first.id, change)
    row = request_page(acme, RequestFilter(request_id=first.id, kinds=("iem",)))[0]
    assert (row.first_day, row.title) == (date(2026, 12, 20), "Launch")
    assert audit_trail(acme, ("iem_request", str(first.id)))[0].action == "iem.edit"
    too_long = iem_edits.IemChange(date(2026, 12, 14), date(2026, 12, 24))
    with pytest.raises(RuleRefusal, match="short"):
        iem_edits.edit_iem(acme, first.id, too_long)


def test_the_partner_history_names_every_change(acme, today):
    event = _approved(acme, today, date(2026, 12, 28), date(2026, 12, 29))
    iem.assign_expert(acme, event.id, "E1")
    entries = partner_history(acme, "ACME")
    assert [(e.what, e.subject) for e in entries[:3]] == [
        ("Expert assigned to IEM", f"IEM-{event.id}"),
        ("IEM approved", f"IEM-{event.id}"),
        ("IEM requested", f"IEM-{event.id}"),
    ]
    assert entries[-1].what == "Partner added"


def test_the_work_comes_first(acme, today):
    done = _approved(acme, today, date(2026, 2, 2), date(2026, 2, 2))
    iem.advance_iem(acme, done.id, "in_progress")
    iem.advance_iem(acme, done.id, "completed")
    later = _approved(acme, today, date(2026, 12, 30), date(2026, 12, 30))
    sooner = _approved(acme, today, date(2026, 12, 14), date(2026, 12, 14))
    waiting = iem.request_iem(
        acme, iem.IemRequestInput("ACME", date(2026, 12, 21), date(2026, 12, 21)), today
    )
    rows = request_page(acme, RequestFilter(), WORK_FIRST, today=today)
    assert [r.id for r in rows] == [waiting.id, sooner.id, later.id, done.id]


def test_search_finds_requests_by_their_shown_numbers(acme, today):
    from engagements.services.queries import search

    event = _approved(acme, today, date(2026, 12, 14), date(2026, 12, 14)).id
    assert [h.label.split(" ")[0] for h in search(acme, f"IEM-{event}")] == [f"IEM-{event}"]
    assert [h.kind for h in search(acme, f"s-{event}")] == []  # no session has that number
    assert f"IEM-{event}" in [h.label.split(" ")[0] for h in search(acme, str(event))]
