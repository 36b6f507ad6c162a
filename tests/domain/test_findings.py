"""Every rule answers as findings: a kind from the closed set, the numbers, the words.

The window decides by kind and the command line prints the words, so each rule is checked
here for both: the kind it gives, and numbers that agree with its words.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.assets import read_resource_text
from engagements.domain import findings
from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    AllowanceExceeded,
    AllowanceYear,
    Purchase,
    allowance_year,
    distinct_days_in,
    overlap_finding,
    require_room_for,
    shortfall_of_approving,
    spend_bought_days,
)
from engagements.domain.calendars import business_calendar
from engagements.domain.catalog import parse_catalog
from engagements.domain.errors import NoHolidayData, RuleRefusal
from engagements.domain.expert_service import (
    DowngradeCase,
    check_downgrade,
    require_expert_service_eligible,
)
from engagements.domain.findings import Finding
from engagements.domain.lead_time import assess_lead_time, lead_time_findings
from engagements.domain.sessions import (
    BusyPeriod,
    clash_finding,
    invalid_times_finding,
    quota_exhausted_finding,
    require_no_clash,
    require_quota_left,
    require_valid_times,
)
from engagements.domain.terms import (
    first_day_after_term,
    iem_entitlement_finding,
    require_iem_entitled,
    term_end,
)

pytestmark = [
    pytest.mark.filterwarnings("ignore:toSolarDate is deprecated"),
    pytest.mark.filterwarnings("ignore:Please take note that, due to arbitrary decisions"),
]

D = date
CATALOG = parse_catalog(read_resource_text("plan_catalog.toml"))
ENTERPRISE, STANDARD = CATALOG.edition("enterprise"), CATALOG.edition("standard")
YEAR = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))


# -- the finding itself --------------------------------------------------------------


def test_a_finding_outside_the_closed_set_of_kinds_is_refused():
    with pytest.raises(ValueError, match="unknown finding kind"):
        Finding("too_late", "late")
    assert (
        str(Finding(findings.LATE, "late: 3 business days' notice"))
        == "late: 3 business days' notice"
    )


def test_only_the_problems_settled_at_approval_let_a_request_be_recorded():
    late = Finding(findings.LATE, "late")
    over = Finding(findings.OVER_ALLOWANCE, "over")
    outside = Finding(findings.OUTSIDE_TERM, "outside")
    assert not findings.blocks_recording([late, over])
    assert findings.blocks_recording([late, outside])
    assert findings.blocks_recording([Finding(findings.NOT_ENTITLED, "no IEM")])


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        ("allowance_exceeded", findings.OVER_ALLOWANCE),
        ("justification_required", findings.LATE),
        ("session_quota_exhausted", findings.QUOTA_EXHAUSTED),
        ("expert_clash", findings.EXPERT_CLASH),
        ("outside_term", findings.OUTSIDE_TERM),
        ("not_entitled", findings.NOT_ENTITLED),
    ],
)
def test_a_refusal_carries_the_finding_of_its_code(error, kind):
    refusal = RuleRefusal(error, "words")
    assert [(f.kind, f.message) for f in refusal.findings] == [(kind, "words")]


def test_a_refusal_without_a_kind_of_its_own_keeps_its_code_in_the_numbers():
    refusal = RuleRefusal("moved_on", "IEM-3 is cancelled now")
    assert refusal.findings[0].kind == findings.REFUSED
    assert refusal.findings[0].numbers == {"error": "moved_on"}


def test_no_holiday_data_names_the_calendar_and_the_year_as_numbers():
    missing = NoHolidayData("CN", 2027)
    (found,) = missing.findings
    assert found.kind == findings.NO_HOLIDAY_DATA
    assert found.numbers == {"calendar": "CN", "year": 2027}
    assert found.message == missing.reason and missing.reason.startswith(missing.missing)


# -- lead time -----------------------------------------------------------------------


def test_a_late_request_is_one_late_problem_with_its_notice_and_need():
    lead = assess_lead_time(business_calendar("CN"), D(2026, 3, 2), D(2026, 3, 6))
    problems, warnings = lead_time_findings(lead)
    assert warnings == []
    (late,) = problems
    assert late.kind == findings.LATE
    assert late.numbers["notice_business_days"] == 4
    assert late.numbers["required_business_days"] == 10
    assert late.message == (
        "late: 4 business days' notice, 10 needed (earliest start "
        "2026-03-16); approving needs a justification"
    )


def test_a_request_submitted_after_its_event_started_is_late_saying_so():
    lead = assess_lead_time(business_calendar("CN"), D(2026, 3, 10), D(2026, 3, 2))
    (late,), _ = lead_time_findings(lead)
    assert late.kind == findings.LATE and late.numbers["submitted_after_start"] is True
    assert "submitted after the event started" in late.message


def test_a_met_lead_time_finds_nothing():
    lead = assess_lead_time(business_calendar("CN"), D(2026, 3, 2), D(2026, 4, 20))
    assert lead_time_findings(lead) == ([], [])


def test_an_earliest_start_in_a_year_without_data_is_undetermined_not_late():
    lead = assess_lead_time(business_calendar("CN"), D(2026, 12, 24), D(2027, 1, 20))
    problems, (warning,) = lead_time_findings(lead)
    assert problems == []
    assert warning.kind == findings.LEAD_TIME_UNDETERMINED
    assert warning.numbers["missing_year"] == 2027


def test_a_verdict_certain_despite_a_missing_year_warns_of_the_year_only():
    lead = assess_lead_time(business_calendar("CN"), D(2026, 12, 1), D(2027, 3, 1))
    problems, (warning,) = lead_time_findings(lead)
    assert problems == [] and warning.kind == findings.NO_HOLIDAY_DATA
    assert warning.numbers["notice_at_least"] is True


@given(
    submitted=st.dates(D(2024, 1, 1), D(2026, 12, 31)),
    ahead=st.integers(-20, 60),
    required=st.integers(0, 15),
)
def test_the_lead_time_findings_follow_the_verdict(submitted, ahead, required):
    lead = assess_lead_time(
        business_calendar("CN"), submitted, submitted + timedelta(days=ahead), required
    )
    problems, warnings = lead_time_findings(lead)
    assert findings.kinds(problems) == (
        {findings.LATE} if lead.meets_lead_time is False else frozenset()
    )
    assert (findings.LEAD_TIME_UNDETERMINED in findings.kinds(warnings)) == lead.undetermined
    for late in problems:
        assert late.numbers["required_business_days"] == required
        assert late.numbers["submitted_after_start"] == (ahead < 0)


# -- allowance -----------------------------------------------------------------------


def test_approving_past_the_allowance_is_refused_with_the_shortfall_by_year():
    committed = [(D(2026, 3, 1), D(2026, 3, 6))]  # 6 of 8 days
    with pytest.raises(AllowanceExceeded) as refused:
        require_room_for([YEAR], 8, [], committed, (D(2026, 5, 4), D(2026, 5, 7)))
    assert refused.value.shortfall_by_year == {YEAR: 2}
    (over,) = refused.value.findings
    assert over.kind == findings.OVER_ALLOWANCE
    assert over.numbers["shortfall_days"] == 2 and over.numbers["used_after"] == 10
    assert over.numbers["included"] == 8 and over.numbers["bought"] == 0
    assert over.message == refused.value.reason
    assert refused.value.details["shortfall_days"] == 2


def test_a_year_short_before_the_rule_refuses_only_what_approving_adds():
    committed = [(D(2026, 3, 1), D(2026, 3, 10))]  # 10 of 8: two short already
    assert shortfall_of_approving([YEAR], 8, [], committed, (D(2026, 3, 9), D(2026, 3, 10))) == {}
    assert shortfall_of_approving([YEAR], 8, [], committed, (D(2026, 3, 9), D(2026, 3, 12))) == {
        YEAR: 2
    }


spans = st.lists(
    st.tuples(st.dates(D(2026, 1, 1), D(2026, 12, 31)), st.integers(0, 6)).map(
        lambda s: (s[0], min(s[0] + timedelta(days=s[1]), D(2026, 12, 31)))
    ),
    max_size=6,
)


@given(
    committed=spans,
    event=spans.filter(bool).map(lambda s: s[0]),
    included=st.integers(0, 12),
    bought=st.integers(0, 6),
)
def test_the_refusal_and_the_shortfall_are_one_answer(committed, event, included, bought):
    purchases = [Purchase(bought, D(2026, 1, 1), D(2026, 12, 31))] if bought else []
    short = shortfall_of_approving([YEAR], included, purchases, committed, event)
    try:
        require_room_for([YEAR], included, purchases, committed, event)
    except AllowanceExceeded as refused:
        assert refused.shortfall_by_year == short != {}
        assert [f.numbers["shortfall_days"] for f in refused.findings] == list(short.values())
    else:
        assert short == {}
    # Without an earlier shortfall, short means: more distinct days than can be paid.
    before = spend_bought_days([YEAR], included, purchases, committed).shortfall[YEAR]
    if before == 0:
        used = distinct_days_in([*committed, event], YEAR)
        assert short.get(YEAR, 0) == max(used - included - bought, 0)


# -- entitlement and term ------------------------------------------------------------


def test_the_term_ends_the_day_before_start_plus_its_months():
    assert term_end(D(2026, 1, 15), 12) == D(2027, 1, 14)
    assert term_end(D(2026, 1, 31), 1) == D(2026, 2, 27)
    assert first_day_after_term(D(2026, 1, 31), 1) == D(2026, 2, 28)


@given(start=st.dates(D(2020, 1, 1), D(2030, 12, 31)), months=st.integers(1, 60))
def test_the_term_end_is_the_last_day_before_the_first_day_after(start, months):
    assert term_end(start, months) + timedelta(days=1) == first_day_after_term(start, months)
    assert term_end(start, months) >= start


def test_an_event_past_the_term_end_is_outside_the_term_with_its_dates():
    found = iem_entitlement_finding(ENTERPRISE, D(2026, 1, 1), 12, (D(2026, 12, 30), D(2027, 1, 2)))
    assert found is not None and found.kind == findings.OUTSIDE_TERM
    assert found.numbers["term_end"] == D(2026, 12, 31)
    with pytest.raises(RuleRefusal) as refused:
        require_iem_entitled(ENTERPRISE, D(2026, 1, 1), 12, (D(2026, 12, 30), D(2027, 1, 2)))
    assert refused.value.error == "outside_term" and refused.value.findings == (found,)


def test_an_edition_without_iem_is_not_entitled_and_one_with_it_within_the_term_is():
    span = (D(2026, 3, 1), D(2026, 3, 2))
    found = iem_entitlement_finding(STANDARD, D(2026, 1, 1), 12, span)
    assert found is not None and found.kind == findings.NOT_ENTITLED
    assert iem_entitlement_finding(ENTERPRISE, D(2026, 1, 1), 12, span) is None


# -- sessions ------------------------------------------------------------------------


def test_a_used_up_quota_is_one_finding_with_the_quota_and_the_use():
    assert quota_exhausted_finding(4, 3) is None
    found = quota_exhausted_finding(4, 4)
    assert found is not None and found.kind == findings.QUOTA_EXHAUSTED
    assert found.numbers == {"quota": 4, "used": 4}
    with pytest.raises(RuleRefusal) as refused:
        require_quota_left(4, 5)
    assert refused.value.findings[0].kind == findings.QUOTA_EXHAUSTED
    assert refused.value.findings[0].numbers["used"] == 5


def test_an_expert_clash_names_the_commitment_in_numbers_and_words():
    busy = BusyPeriod(
        "session",
        7,
        datetime(2026, 3, 2, 9, tzinfo=UTC),
        datetime(2026, 3, 2, 11, tzinfo=UTC),
        "Acme",
    )
    shown = clash_finding(busy, UTC)
    assert shown.kind == findings.EXPERT_CLASH and shown.numbers["id"] == 7
    assert shown.message == "the expert is already booked 09:00-11:00 (session #7: Acme)"
    with pytest.raises(RuleRefusal) as refused:
        require_no_clash(
            "E1", datetime(2026, 3, 2, 10, tzinfo=UTC), datetime(2026, 3, 2, 12, tzinfo=UTC), [busy]
        )
    assert refused.value.findings[0].kind == findings.EXPERT_CLASH
    assert refused.value.reason == (
        "expert E1 is already booked from 2026-03-02T09:00:00+00:00"
        " to 2026-03-02T11:00:00+00:00 (session 7: Acme)"
    )


@pytest.mark.parametrize(
    ("hours", "error", "words"),
    [
        (0, "invalid_times", "a session must end after it starts"),
        (13, "invalid_times", "a session cannot last more than 12 hours"),
    ],
)
def test_times_that_cannot_make_a_session_are_one_finding_in_preview_and_refusal(
    hours, error, words
):
    starts = datetime(2026, 3, 2, 9, tzinfo=UTC)
    found = invalid_times_finding(starts, starts + timedelta(hours=hours))
    assert found is not None and found.kind == findings.INVALID_TIMES
    assert found.message == words and found.numbers["hours"] == hours
    with pytest.raises(RuleRefusal) as refused:
        require_valid_times(starts, starts + timedelta(hours=hours))
    assert refused.value.error == error and refused.value.findings == (found,)
    assert invalid_times_finding(starts, starts + timedelta(hours=12)) is None


def test_requests_on_the_same_dates_are_named_as_numbers():
    found = overlap_finding([3, 5])
    assert found.kind == findings.OVERLAPPING_REQUESTS and found.numbers == {"requests": (3, 5)}
    assert found.message.startswith("overlaps IEM requests 3, 5 of the same partner")


# -- expert service -----------------------------------------------------------------


def test_a_downgrade_locked_by_the_expert_service_names_the_first_free_day():
    case = DowngradeCase(
        current=ENTERPRISE,
        target=None,
        start=D(2026, 1, 15),
        months=12,
        expert_uses=((7, D(2026, 3, 1)),),
        early_exit_approved=False,
        booked=(),
    )
    locked = check_downgrade(case, D(2026, 6, 1), CATALOG).finding
    assert locked is not None and locked.kind == findings.EXIT_LOCKED
    assert locked.numbers == {"earliest_date": D(2027, 1, 15), "blocking_uses": (7,)}
    assert check_downgrade(case, D(2027, 1, 15), CATALOG).finding is None


def test_too_short_a_term_for_the_expert_service_gives_the_minimum_and_the_term():
    with pytest.raises(RuleRefusal) as refused:
        require_expert_service_eligible(ENTERPRISE, 6, CATALOG)
    (short,) = refused.value.findings
    assert short.kind == findings.TERM_TOO_SHORT
    assert short.numbers == {
        "minimum_months": CATALOG.expert_service_minimum_term_months,
        "months": 6,
    }


# -- the life cycle ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "actions"),
    [
        (lifecycle.SUBMITTED, {lifecycle.APPROVE, lifecycle.REJECT, lifecycle.CANCEL}),
        (lifecycle.APPROVED, {lifecycle.SCHEDULE, lifecycle.START, lifecycle.CANCEL}),
        (lifecycle.SCHEDULED, {lifecycle.START, lifecycle.CANCEL}),
        (lifecycle.IN_PROGRESS, {lifecycle.COMPLETE}),
        (lifecycle.COMPLETED, set()),
        (lifecycle.REJECTED, set()),
        (lifecycle.CANCELLED, set()),
    ],
)
def test_the_actions_allowed_are_the_transitions_of_the_life_cycle(status, actions):
    assert lifecycle.allowed_actions(status) == actions
    assert lifecycle.is_final(status) == (not actions)


def test_a_scheduled_session_may_be_held_or_cancelled_and_nothing_after():
    assert lifecycle.allowed_actions(lifecycle.SESSION_SCHEDULED, lifecycle.SESSION) == {
        lifecycle.HOLD,
        lifecycle.CANCEL,
    }
    assert lifecycle.allowed_actions(lifecycle.SESSION_HELD, lifecycle.SESSION) == set()
    with pytest.raises(ValueError):
        lifecycle.next_statuses(lifecycle.SUBMITTED, "ticket")


@given(status=st.sampled_from(lifecycle.ALL_STATUSES))
def test_an_action_is_allowed_exactly_when_require_transition_lets_its_target_through(status):
    for action, target in lifecycle.ACTION_TARGETS[lifecycle.IEM].items():
        try:
            lifecycle.require_transition(status, target)
            allowed = True
        except RuleRefusal as refused:
            assert refused.findings[0].kind == findings.INVALID_TRANSITION
            assert refused.findings[0].numbers == {"status": status, "target": target}
            allowed = False
        assert (action in lifecycle.allowed_actions(status)) == allowed


def test_experts_are_staffed_on_committed_events_that_are_not_over():
    assert lifecycle.STAFFED_STATUSES == lifecycle.COMMITTED_STATUSES - {lifecycle.COMPLETED}


def test_the_allowance_year_used_in_these_tests_is_a_calendar_year():
    assert allowance_year(D(2026, 1, 1), D(2026, 6, 1)) == YEAR


def test_an_edition_without_service_reports_is_refused_with_its_finding() -> None:
    from engagements.domain.terms import service_reports_refusal

    seen = set()
    for edition in CATALOG.editions.values():
        seen.add(edition.service_reports)
        refusal = service_reports_refusal(edition)
        if edition.service_reports:
            assert refusal is None
            continue
        assert refusal is not None
        [finding] = refusal.findings
        assert finding.kind == "not_entitled"
        assert finding.numbers == {"edition": edition.label, "what": "service_reports"}
        assert (
            refusal.reason
            == finding.message
            == (f"the {edition.label} edition includes no service reports")
        )
    assert seen == {True, False}  # the shipped catalog has editions of both kinds
