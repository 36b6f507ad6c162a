"""The window words every rule answer itself (gui.problems), from the finding's numbers.

In English its words are the domain's words: each kind is made here by the domain's own
rule, for representative (and, where natural, generated) numbers, and the window's wording
must equal the domain's message, so the two cannot drift apart silently. In Chinese the
same findings come out in Chinese. A finding the window cannot word is shown in the
domain's words and logged."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engagements.assets import read_resource_text
from engagements.domain import findings
from engagements.domain.allowance import (
    AllowanceExceeded,
    AllowanceYear,
    over_allowance_finding,
    overlap_finding,
    require_room_for,
)
from engagements.domain.calendars import business_calendar
from engagements.domain.catalog import parse_catalog
from engagements.domain.errors import NoHolidayData, RuleRefusal
from engagements.domain.expert_service import (
    AffectedEngagement,
    BookedEngagement,
    DowngradeCase,
    check_downgrade,
    require_expert_service_eligible,
)
from engagements.domain.findings import Finding
from engagements.domain.lead_time import assess_lead_time, lead_time_findings
from engagements.domain.session_hours import session_findings
from engagements.domain.sessions import (
    BusyPeriod,
    clash_finding,
    invalid_times_finding,
    quota_exhausted_finding,
    session_quota,
)
from engagements.domain.status import require_transition
from engagements.domain.terms import iem_entitlement_finding
from engagements.errors import Conflict
from engagements.gui.language import install_language
from engagements.gui.problems import (
    affected_text,
    decision_text,
    finding_text,
    message_for,
)
from engagements.services.iem_lead_time import require_lead_time_accepted

pytestmark = [
    pytest.mark.filterwarnings("ignore:toSolarDate is deprecated"),
    pytest.mark.filterwarnings("ignore:Please take note that, due to arbitrary decisions"),
]

D = date
CATALOG = parse_catalog(read_resource_text("plan_catalog.toml"))
ENTERPRISE, STANDARD = CATALOG.edition("enterprise"), CATALOG.edition("standard")
YEAR = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def refusal_of(rule, *args) -> RuleRefusal:
    with pytest.raises(RuleRefusal) as refused:
        rule(*args)
    return refused.value


def same_words(finding: Finding) -> None:
    assert finding_text(finding) == finding.message


def representative() -> list[Finding]:
    """One finding of every wording the window knows, made by the rules themselves."""
    cn = business_calendar("CN")
    found: list[Finding] = []
    for submitted, start in (
        (D(2026, 3, 2), D(2026, 3, 6)),  # late
        (D(2026, 3, 10), D(2026, 3, 2)),  # submitted after it started
        (D(2026, 12, 24), D(2027, 1, 20)),  # undetermined
        (D(2026, 12, 1), D(2027, 3, 1)),
    ):  # met despite a missing year
        problems, warnings = lead_time_findings(assess_lead_time(cn, submitted, start))
        found += problems + warnings
    found += NoHolidayData("CN", 2027).findings
    found.append(over_allowance_finding(YEAR, 10, 8, 2))
    for committed, event in (
        ([(D(2026, 3, 1), D(2026, 3, 6))], (D(2026, 5, 4), D(2026, 5, 7))),
        ([(D(2026, 3, 1), D(2026, 3, 8))], (D(2026, 5, 4), D(2026, 5, 4))),
    ):
        found += refusal_of(require_room_for, [YEAR], 8, [], committed, event).findings
    found.append(
        iem_entitlement_finding(STANDARD, D(2026, 1, 1), 12, (D(2026, 3, 1), D(2026, 3, 2)))
    )
    found.append(
        iem_entitlement_finding(ENTERPRISE, D(2026, 1, 1), 12, (D(2026, 12, 30), D(2027, 1, 2)))
    )
    found += refusal_of(session_quota, CATALOG.edition("standard"), None).findings
    contract = next(e for e in CATALOG.editions.values() if e.sessions == "contract")
    found += refusal_of(session_quota, contract, None).findings
    no_expert = next(e for e in CATALOG.editions.values() if not e.expert_service)
    found += refusal_of(require_expert_service_eligible, no_expert, 24, CATALOG).findings
    found += refusal_of(require_expert_service_eligible, ENTERPRISE, 6, CATALOG).findings
    found.append(Finding(findings.INVALID_DATES, "the event ends before it starts"))
    found += [overlap_finding([3]), overlap_finding([3, 5])]
    found.append(quota_exhausted_finding(4, 4))
    busy = BusyPeriod(
        "iem",
        7,
        datetime(2026, 3, 2, 9, tzinfo=UTC),
        datetime(2026, 3, 2, 11, tzinfo=UTC),
        "Acme launch",
    )
    session = BusyPeriod(
        "session",
        8,
        datetime(2026, 3, 2, 9, tzinfo=UTC),
        datetime(2026, 3, 2, 11, tzinfo=UTC),
        "architecture",
    )
    found += [
        clash_finding(busy, ZoneInfo("Asia/Shanghai")),
        clash_finding(session, UTC),
        clash_finding(busy, UTC, "E1"),
        clash_finding(session, UTC, "E2"),
    ]
    starts = datetime(2026, 3, 2, 9, tzinfo=UTC)
    found += [
        invalid_times_finding(starts, starts),
        invalid_times_finding(starts, starts + timedelta(hours=13)),
        invalid_times_finding(datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10)),
    ]
    # A Saturday, a holiday (1 May), a year without data, and hours out of office.
    for day, hour in (
        (D(2026, 3, 7), 10),
        (D(2026, 5, 1), 10),
        (D(2030, 3, 4), 10),
        (D(2026, 3, 4), 20),
    ):
        moment = datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo("Asia/Shanghai"))
        found += session_findings(
            moment, moment + timedelta(hours=2), cn, "Asia/Shanghai", "Europe/Berlin"
        )
    found += refusal_of(require_transition, "in_progress", "approved").findings
    case = DowngradeCase(
        current=ENTERPRISE,
        target=None,
        start=D(2026, 1, 15),
        months=12,
        expert_uses=((7, D(2026, 3, 1)),),
        early_exit_approved=False,
        booked=(),
    )
    found.append(check_downgrade(case, D(2026, 6, 1), CATALOG).finding)
    two = DowngradeCase(
        current=ENTERPRISE,
        target=STANDARD,
        start=D(2026, 1, 15),
        months=12,
        expert_uses=((7, D(2026, 3, 1)), (8, D(2026, 3, 2))),
        early_exit_approved=False,
        booked=(),
    )
    found.append(check_downgrade(two, D(2026, 6, 1), CATALOG).finding)
    for row in (
        late_row(D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 16)),
        late_row(D(2026, 3, 10), D(2026, 3, 2), D(2026, 3, 24)),
    ):
        found += refusal_of(require_lead_time_accepted, row, None, False, 10).findings
    # Late, its earliest start in a year without data; and undetermined, not acknowledged.
    uncountable = late_row(D(2026, 12, 24), D(2027, 1, 8), D(2027, 1, 1))
    uncountable.earliest_start_unknown = True
    found += refusal_of(require_lead_time_accepted, uncountable, None, False, 10).findings
    undetermined = late_row(D(2026, 12, 24), D(2027, 1, 20), D(2027, 1, 1))
    undetermined.lead_time_undetermined = True
    found += refusal_of(require_lead_time_accepted, undetermined, None, False, 10).findings
    return [f for f in found if f is not None]


def late_row(submitted: date, start: date, earliest: date) -> SimpleNamespace:
    """What the approval's lead-time rule reads of a stored late request."""
    return SimpleNamespace(
        id=12,
        lead_time_undetermined=False,
        meets_lead_time=False,
        submitted=submitted,
        start=start,
        notice_business_days=4,
        earliest_start=earliest,
        earliest_start_unknown=False,
        subscription=SimpleNamespace(calendar="CN"),
    )


def test_every_kind_but_the_unnamed_refusal_is_among_the_representatives():
    assert findings.kinds(representative()) == findings.KINDS - {findings.REFUSED}


def test_in_english_the_window_says_what_the_domain_says(caplog):
    with caplog.at_level(logging.INFO, logger="engagements.gui.problems"):
        for finding in representative():
            same_words(finding)
    assert "no wording" not in caplog.text  # each was worded, not passed through


@given(
    submitted=st.dates(D(2024, 1, 1), D(2026, 12, 31)),
    ahead=st.integers(-20, 400),
    required=st.integers(0, 15),
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_lead_time_words_agree_for_any_dates(submitted, ahead, required):
    lead = assess_lead_time(
        business_calendar("CN"), submitted, submitted + timedelta(days=ahead), required
    )
    problems, warnings = lead_time_findings(lead)
    for finding in problems + warnings:
        same_words(finding)


@given(
    used=st.integers(0, 400),
    available=st.integers(0, 400),
    short=st.integers(1, 50),
    included=st.integers(0, 30),
    event_days=st.integers(1, 30),
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_allowance_words_agree_for_any_figures(used, available, short, included, event_days):
    same_words(over_allowance_finding(YEAR, used, available, short))
    event = (D(2026, 6, 1), D(2026, 6, 1) + timedelta(days=event_days - 1))
    try:
        require_room_for([YEAR], included, [], [], event)
    except AllowanceExceeded as refused:
        assert message_for(refused) == refused.reason


ZONES = ("Asia/Shanghai", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC")


@given(
    start=st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31)),
    minutes=st.integers(-60, 15 * 60),
    partner=st.sampled_from(ZONES),
    expert=st.sampled_from(ZONES),
    kind=st.sampled_from(["iem", "session"]),
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_session_words_agree_for_any_times(start, minutes, partner, expert, kind):
    starts = start.replace(tzinfo=ZoneInfo(partner))
    ends = starts + timedelta(minutes=minutes)
    times = invalid_times_finding(starts, ends)
    if times is not None:
        same_words(times)
        return
    for finding in session_findings(starts, ends, business_calendar("CN"), partner, expert):
        same_words(finding)
    busy = BusyPeriod(kind, 5, starts, ends, "architecture" if kind == "session" else "Go")
    same_words(clash_finding(busy, ZoneInfo(expert)))
    same_words(clash_finding(busy, ZoneInfo(expert), "E9"))


@given(
    uses=st.lists(st.dates(D(2026, 1, 15), D(2026, 12, 31)), max_size=3),
    on=st.dates(D(2026, 1, 15), D(2028, 1, 1)),
    exit_approved=st.booleans(),
    target=st.sampled_from([None, "standard", "commercial", "enterprise"]),
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_downgrade_words_agree_for_any_case(uses, on, exit_approved, target):
    booked = (
        BookedEngagement("iem", 3, D(2026, 8, 1), D(2026, 8, 2)),
        BookedEngagement("session", 4, D(2026, 9, 1), D(2026, 9, 1)),
    )
    case = DowngradeCase(
        current=ENTERPRISE,
        target=CATALOG.edition(target) if target else None,
        start=D(2026, 1, 15),
        months=12,
        expert_uses=tuple(enumerate(uses, 1)),
        early_exit_approved=exit_approved,
        booked=booked,
    )
    decision = check_downgrade(case, on, CATALOG)
    assert decision_text(decision) == decision.reason
    for affected in decision.affected_engagements:
        assert affected_text(affected, decision) == affected.why


def test_a_refusal_is_worded_from_its_findings_and_an_unknown_one_as_it_says(caplog):
    refused = refusal_of(require_transition, "completed", "approved")
    assert (
        message_for(refused)
        == refused.reason
        == "a request that is completed cannot become approved"
    )
    odd = RuleRefusal("moved_on", "the partner moved on")
    with caplog.at_level(logging.INFO, logger="engagements.gui.problems"):
        assert message_for(odd) == "the partner moved on"
    assert "no wording for a refused finding" in caplog.text
    # A reason that says more than its findings is shown as it is.
    fuller = RuleRefusal(
        "not_entitled",
        "the Standard edition includes no IEM, so no",
        [iem_entitlement_finding(STANDARD, D(2026, 1, 1), 12, (D(2026, 3, 1), D(2026, 3, 1)))],
    )
    assert message_for(fuller) == fuller.reason


def test_a_conflict_says_try_again_in_the_window_s_language(qapp):
    assert message_for(Conflict()) == Conflict().reason
    install_language(qapp, "zh_CN")
    assert CHINESE.search(message_for(Conflict()))
    assert message_for(Conflict("the calendar was changed")) == "the calendar was changed"


def test_a_fault_names_its_type_and_the_log_file():
    assert message_for(ValueError("boom")).startswith("ValueError: boom\n\nThis is a fault")


def test_in_chinese_every_finding_is_chinese(qapp):
    install_language(qapp, "zh_CN")
    for finding in representative():
        text = finding_text(finding)
        assert CHINESE.search(text), (finding.kind, text)
        assert text != finding.message
    case = DowngradeCase(
        current=ENTERPRISE,
        target=STANDARD,
        start=D(2026, 1, 15),
        months=12,
        expert_uses=(),
        early_exit_approved=False,
        booked=(BookedEngagement("iem", 3, D(2026, 8, 1), D(2026, 8, 2)),),
    )
    decision = check_downgrade(case, D(2026, 6, 1), CATALOG)
    assert CHINESE.search(decision_text(decision))
    assert CHINESE.search(affected_text(decision.affected_engagements[0], decision))
    assert CHINESE.search(
        affected_text(
            AffectedEngagement("iem", 3, D(2026, 8, 1), "the subscription ends", "ends"), decision
        )
    )
