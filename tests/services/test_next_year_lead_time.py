"""Requests for next year before its official schedule is loaded (issue 13, point 1)."""

from __future__ import annotations

from datetime import date

import pytest

from engagements.domain.errors import RuleRefusal
from engagements.services.dashboard import RISK_UNDETERMINED_WAITING, dashboard_rows
from engagements.services.holiday_schedules import import_holiday_schedule
from engagements.services.iem import IemRequestInput, approve_iem, request_iem
from engagements.services.listings import RequestFilter, request_page
from engagements.services.partners import NewPartner, add_partner
from engagements.services.previews import preview_iem
from tests.ics.conftest import CN_2027

D = date


@pytest.fixture
def partner(db):
    add_partner(
        db,
        NewPartner(
            id="ENT",
            name="星河数据有限公司",
            edition="enterprise",
            start=D(2026, 7, 1),
            months=24,
            calendar="CN",
        ),
    )
    return "ENT"


def _record(db, submitted, start, end=None, **extra):
    return request_iem(
        db,
        IemRequestInput(
            partner_id="ENT", start=start, end=end or start, submitted=submitted, **extra
        ),
        submitted,
    )


def test_a_certain_verdict_records_and_approves_a_2027_event_normally(db, partner):
    recorded = _record(db, D(2026, 12, 1), D(2027, 3, 1), D(2027, 3, 2))
    assert (recorded.lead_time, recorded.meets_lead_time) == ("met", True)
    assert recorded.earliest_start == D(2026, 12, 15)
    assert (recorded.notice_business_days, recorded.notice_at_least) == (22, True)
    approved = approve_iem(db, recorded.id)  # no justification, no acknowledgement
    assert approved.status == "approved"


def test_an_undetermined_request_is_recorded_and_approved_only_when_acknowledged(db, partner):
    recorded = _record(db, D(2026, 12, 24), D(2027, 1, 20))
    assert (recorded.status, recorded.lead_time) == ("submitted", "undetermined")
    assert (recorded.meets_lead_time, recorded.earliest_start) == (None, None)
    with pytest.raises(RuleRefusal) as refused:
        approve_iem(db, recorded.id, justification="urgent")
    assert refused.value.error == "lead_time_undetermined"
    assert "engagements holidays import" in refused.value.reason
    assert "--acknowledge-undetermined" in refused.value.reason
    approved = approve_iem(db, recorded.id, acknowledge_undetermined=True)
    assert (approved.status, approved.lead_time) == ("approved", "undetermined")


def test_the_list_and_the_dashboard_show_undetermined_requests_apart_from_late_ones(db, partner):
    undetermined = _record(db, D(2026, 12, 24), D(2027, 1, 20))
    late = _record(db, D(2026, 12, 1), D(2026, 12, 3))
    rows = {row.id: row for row in request_page(db, RequestFilter())}
    assert (rows[undetermined.id].undetermined, rows[undetermined.id].late) == (True, False)
    assert (rows[late.id].undetermined, rows[late.id].late) == (False, True)
    late_only = request_page(db, RequestFilter(late_only=True))
    assert [row.id for row in late_only] == [late.id]
    [row] = dashboard_rows(db, D(2026, 12, 24))
    assert RISK_UNDETERMINED_WAITING in row.risks and row.late_waiting == 1


def test_importing_the_schedule_re_decides_undetermined_requests(db, partner):
    recorded = _record(db, D(2026, 12, 24), D(2027, 1, 20))
    imported = import_holiday_schedule(db, CN_2027, "CN")
    [affected] = imported.affected
    assert affected.id == recorded.id
    assert (affected.lead_time_before, affected.lead_time_after) == ("undetermined", "met")
    assert affected.earliest_start_before is None and affected.earliest_start_after is not None
    # Now decided: approving needs neither an acknowledgement nor a justification.
    approved = approve_iem(db, recorded.id)
    assert (approved.lead_time, approved.meets_lead_time) == ("met", True)
    assert approved.earliest_start == affected.earliest_start_after
    assert approved.notice_at_least is False


def test_a_request_submitted_after_its_start_says_so(db, partner):
    recorded = _record(db, D(2027, 3, 5), D(2027, 3, 1))
    assert (recorded.lead_time, recorded.submitted_after_start) == ("late", True)
    with pytest.raises(RuleRefusal) as refused:
        approve_iem(db, recorded.id)
    assert "submitted after its event started" in refused.value.reason
    assert "no holiday data" not in refused.value.reason


def test_the_preview_says_undetermined_and_how_to_load_the_year(sqlite_db):
    add_partner(
        sqlite_db,
        NewPartner(
            id="ENT",
            name="星河",
            edition="enterprise",
            start=D(2026, 7, 1),
            months=24,
            calendar="CN",
        ),
    )
    preview = preview_iem(sqlite_db, "ENT", D(2026, 12, 24), D(2027, 1, 20), D(2027, 1, 21))
    assert preview.lead_time == "undetermined" and not preview.late
    assert "Import holiday schedule" in preview.warnings[0]
    assert not any(problem.startswith("late") for problem in preview.problems)


def test_the_calendar_legend_says_how_to_load_a_missing_year(sqlite_db):
    from engagements.services.calendar_view import calendar_range, month_grid

    shown = calendar_range(sqlite_db, *month_grid(2027, 1), "CN")
    assert "no holiday data for CN 2027" in shown.missing_data
    assert any(
        "engagements holidays import FILE.ics --calendar CN" in m for m in shown.missing_data
    )


def test_a_request_late_for_certain_never_shows_an_earliest_start_it_cannot_count(db, partner):
    # 24-31 December 2026 hold 5 business days: a start on the 28th is late whatever 2027
    # brings, but the earliest start lies in 2027 and cannot be counted yet.
    recorded = _record(db, D(2026, 12, 24), D(2026, 12, 28))
    assert (recorded.lead_time, recorded.earliest_start) == ("late", None)
    with pytest.raises(RuleRefusal) as refused:
        approve_iem(db, recorded.id)
    assert refused.value.error == "justification_required"
    assert "in 2027 or later" in refused.value.reason
    imported = import_holiday_schedule(db, CN_2027, "CN")
    [affected] = imported.affected
    assert (affected.lead_time_before, affected.lead_time_after) == ("late", "late")
    assert affected.earliest_start_before is None and affected.earliest_start_after
    approved = approve_iem(db, recorded.id, justification="the launch cannot move")
    assert approved.earliest_start == affected.earliest_start_after
