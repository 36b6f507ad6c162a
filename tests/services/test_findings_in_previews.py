"""The domain's findings reach previews and refusals unchanged (issue 17: one source for
every rule answer): the same kind, numbers and words whichever way the rule is asked."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engagements.domain import findings
from engagements.domain.allowance import AllowanceExceeded
from engagements.domain.calendars import business_calendar
from engagements.domain.errors import RuleRefusal
from engagements.domain.lead_time import assess_lead_time, lead_time_findings
from engagements.domain.terms import iem_entitlement_finding
from engagements.services import sessions
from engagements.services.iem import IemRequestInput, approve_iem, request_iem
from engagements.services.iem_detail import preview_iem_edit
from engagements.services.partners import NewPartner, add_partner
from engagements.services.previews import preview_booking, preview_iem

pytestmark = [
    pytest.mark.filterwarnings("ignore:toSolarDate is deprecated"),
    pytest.mark.filterwarnings("ignore:Please take note that, due to arbitrary decisions"),
]

D = date
SHANGHAI = ZoneInfo("Asia/Shanghai")
SUBMITTED = D(2026, 3, 2)


@pytest.fixture
def db(sqlite_db):
    add_partner(
        sqlite_db,
        NewPartner(
            id="ENT",
            name="星河",
            edition="enterprise",
            start=D(2026, 1, 1),
            months=12,
            calendar="CN",
        ),
    )
    return sqlite_db


def _record(db, start, end, submitted=SUBMITTED, **extra):
    return request_iem(
        db,
        IemRequestInput(partner_id="ENT", start=start, end=end, submitted=submitted, **extra),
        submitted,
    )


def _committed(db, start, end):
    recorded = _record(db, start, end, justification="agreed with the partner")
    approve_iem(db, recorded.id)
    return recorded.id


def test_a_late_request_previews_the_domains_own_late_finding(db):
    preview = preview_iem(db, "ENT", D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 6))
    expected, _ = lead_time_findings(
        assess_lead_time(business_calendar("CN"), D(2026, 3, 2), D(2026, 3, 6))
    )
    assert preview.problem_findings == tuple(expected)
    assert preview.problems == [expected[0].message]  # the words, as before
    assert not findings.blocks_recording(preview.problem_findings)


def test_the_preview_and_the_refusal_give_one_shortfall(db):
    _committed(db, D(2026, 5, 4), D(2026, 5, 10))  # 7 of 8 days
    preview = preview_iem(db, "ENT", D(2026, 3, 2), D(2026, 6, 1), D(2026, 6, 3))
    assert preview.problem_kinds == {findings.OVER_ALLOWANCE} and preview.over_allowance
    (previewed,) = preview.problem_findings
    assert previewed.numbers["shortfall_days"] == 2 == preview.years[0].shortfall_after
    assert previewed.numbers["used_after"] == 10
    recorded = _record(db, D(2026, 6, 1), D(2026, 6, 3))  # recorded: settled at approval
    with pytest.raises(AllowanceExceeded) as refused:
        approve_iem(db, recorded.id)
    (refusal,) = refused.value.findings
    assert refusal.kind == previewed.kind
    assert {
        k: refusal.numbers[k] for k in ("year_start", "year_end", "used_after", "shortfall_days")
    } == {
        k: previewed.numbers[k] for k in ("year_start", "year_end", "used_after", "shortfall_days")
    }
    assert refused.value.details["shortfall_days"] == 2  # the command line's JSON, as before


def test_an_event_outside_the_term_is_the_same_finding_in_the_preview_and_the_refusal(db):
    span = (D(2026, 12, 30), D(2027, 1, 2))
    preview = preview_iem(db, "ENT", D(2026, 3, 2), *span)
    expected = iem_entitlement_finding(db.catalog.edition("enterprise"), D(2026, 1, 1), 12, span)
    assert expected is not None and expected in preview.problem_findings
    assert findings.blocks_recording(preview.problem_findings)
    with pytest.raises(RuleRefusal) as refused:
        _record(db, *span)
    assert refused.value.findings == (expected,)


def test_a_request_on_dates_already_asked_for_is_a_warning_naming_them(db):
    first = _record(db, D(2026, 6, 1), D(2026, 6, 2))
    preview = preview_iem(db, "ENT", D(2026, 3, 2), D(2026, 6, 2), D(2026, 6, 3))
    assert preview.warning_kinds == {findings.OVERLAPPING_REQUESTS}
    assert preview.warning_findings[0].numbers == {"requests": (first.id,)}
    assert preview.problem_findings == ()


def test_an_edit_counts_the_requests_own_days_once(db):
    own = _committed(db, D(2026, 5, 4), D(2026, 5, 11))  # all 8 days, by itself
    same = preview_iem_edit(db, own, D(2026, 5, 4), D(2026, 5, 11))
    assert findings.OVER_ALLOWANCE not in same.problem_kinds
    longer = preview_iem_edit(db, own, D(2026, 5, 4), D(2026, 5, 12))
    assert findings.OVER_ALLOWANCE in longer.problem_kinds
    over = next(f for f in longer.problem_findings if f.kind == findings.OVER_ALLOWANCE)
    assert over.numbers["shortfall_days"] == 1


def test_a_booking_preview_names_the_used_up_quota_and_the_clash_by_kind(db):
    sessions.add_expert(db, "E1", "Anna", "Asia/Shanghai")
    for day in (2, 3, 4, 5):
        sessions.book_session(
            db,
            sessions.SessionBooking(
                "ENT",
                "E1",
                datetime(2026, 11, day, 10, tzinfo=SHANGHAI),
                datetime(2026, 11, day, 12, tzinfo=SHANGHAI),
                "architecture",
            ),
        )
    preview = preview_booking(
        db,
        "ENT",
        "E1",
        datetime(2026, 11, 5, 11, tzinfo=SHANGHAI),
        datetime(2026, 11, 5, 13, tzinfo=SHANGHAI),
    )
    assert preview.problem_kinds == {findings.QUOTA_EXHAUSTED, findings.EXPERT_CLASH}
    quota = next(f for f in preview.problem_findings if f.kind == findings.QUOTA_EXHAUSTED)
    assert quota.numbers == {"quota": 4, "used": 4}
    with pytest.raises(RuleRefusal) as refused:
        sessions.book_session(
            db,
            sessions.SessionBooking(
                "ENT",
                "E1",
                datetime(2026, 11, 6, 10, tzinfo=SHANGHAI),
                datetime(2026, 11, 6, 12, tzinfo=SHANGHAI),
                "architecture",
            ),
        )
    assert refused.value.findings == (quota,)


def test_a_session_on_a_day_off_is_a_day_off_warning_not_a_problem(db):
    sessions.add_expert(db, "E1", "Anna", "Asia/Shanghai")
    preview = preview_booking(
        db,
        "ENT",
        "E1",
        datetime(2026, 10, 1, 10, tzinfo=SHANGHAI),
        datetime(2026, 10, 1, 12, tzinfo=SHANGHAI),
    )  # National Day
    assert preview.warning_findings[0].kind == findings.DAY_OFF
    assert preview.problem_findings == ()


def test_the_calendar_marks_a_waiting_request_over_exactly_when_the_preview_does(db):
    from engagements.services.calendar_view import calendar_range, month_grid

    _committed(db, D(2026, 6, 1), D(2026, 6, 6))  # 6 of 8 days
    fits = _record(db, D(2026, 6, 5), D(2026, 6, 8)).id  # 2 new days: fits
    over = _record(db, D(2026, 6, 20), D(2026, 6, 22)).id  # 3 new days: 1 short
    marked = {
        e.id: e.over_allowance for e in calendar_range(db, *month_grid(2026, 6), "CN").entries
    }
    for request_id, span in (
        (fits, (D(2026, 6, 5), D(2026, 6, 8))),
        (over, (D(2026, 6, 20), D(2026, 6, 22))),
    ):
        assert marked[request_id] == preview_iem(db, "ENT", SUBMITTED, *span).over_allowance
    assert (marked[fits], marked[over]) == (False, True)
