"""Sessions and reports in the partner's time; overlapping IEM requests (issue 13, point 4)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engagements.domain.calendars import business_calendar
from engagements.domain.errors import RuleRefusal
from engagements.domain.session_hours import session_warnings
from engagements.reports.chart import bucket_label, month_buckets
from engagements.services import iem, sessions
from engagements.services.iem import IemRequestInput, approve_iem, request_iem
from engagements.services.partners import NewPartner, add_partner
from engagements.services.previews import preview_booking, preview_iem
from engagements.services.reports import ReportRequest, service_report

D = date
SHANGHAI, BERLIN = ZoneInfo("Asia/Shanghai"), ZoneInfo("Europe/Berlin")


@pytest.fixture
def partner(sqlite_db):
    add_partner(
        sqlite_db,
        NewPartner(
            id="ENT",
            name="星河",
            edition="enterprise",
            start=D(2026, 3, 15),
            months=24,
            calendar="CN",
        ),
    )
    sessions.add_expert(sqlite_db, "E1", "Anna Schmidt", "Europe/Berlin")
    return sqlite_db


def _book(db, starts, hours=2):
    return sessions.book_session(
        db,
        sessions.SessionBooking(
            "ENT",
            "E1",
            starts,
            starts.replace(hour=starts.hour + hours),
            "architecture",
            timezone=str(starts.tzinfo),
        ),
    )


def test_a_session_on_a_holiday_outside_hours_is_booked_with_warnings_in_both_zones(partner):
    booked = _book(partner, datetime(2026, 10, 1, 20, 0, tzinfo=SHANGHAI))  # National Day
    assert booked.status == "scheduled"  # warned, not refused
    assert booked.partner_time.startswith("2026-10-01 20:00-22:00 Asia/Shanghai")
    assert booked.expert_time.startswith("2026-10-01 14:00-16:00 Europe/Berlin")
    assert any("holiday in CN (National Day)" in w for w in booked.warnings)
    assert any("partner's zone" in w for w in booked.warnings)
    assert not any("expert's zone" in w for w in booked.warnings)


def test_a_weekend_session_early_for_the_expert_is_warned(partner):
    booked = _book(partner, datetime(2026, 11, 28, 10, 0, tzinfo=SHANGHAI))  # a Saturday
    assert any("weekend day in CN" in w for w in booked.warnings)
    assert any("expert's zone: 2026-11-28 03:00-05:00 Europe/Berlin" in w for w in booked.warnings)
    preview = preview_booking(
        partner,
        "ENT",
        "E1",
        datetime(2026, 11, 28, 10, 0, tzinfo=SHANGHAI),
        datetime(2026, 11, 28, 12, 0, tzinfo=SHANGHAI),
    )
    assert preview.warnings and len(preview.times) == 2


def test_a_session_in_business_hours_on_a_working_day_has_no_warning(partner):
    booked = _book(partner, datetime(2026, 12, 2, 15, 0, tzinfo=SHANGHAI))  # 08:00 Berlin
    assert [w for w in booked.warnings if "partner" in w or "day" in w] == []
    in_both = session_warnings(
        datetime(2026, 12, 2, 16, 0, tzinfo=SHANGHAI),
        datetime(2026, 12, 2, 17, 0, tzinfo=SHANGHAI),
        business_calendar("CN"),
        "Asia/Shanghai",
        "Europe/Berlin",
    )
    assert in_both == []


def test_reports_show_sessions_in_the_partners_zone_and_only_accepted_late_requests(partner):
    # Booked in the expert's zone: the report shows it in Shanghai time, zone named.
    _book(partner, datetime(2026, 12, 2, 9, 0, tzinfo=BERLIN))
    waiting = request_iem(
        partner,
        IemRequestInput("ENT", D(2026, 12, 7), D(2026, 12, 7), D(2026, 12, 1)),
        D(2026, 12, 1),
    )
    accepted = request_iem(
        partner,
        IemRequestInput(
            "ENT",
            D(2026, 12, 8),
            D(2026, 12, 8),
            D(2026, 12, 1),
            approve=True,
            justification="launch moved by the regulator",
        ),
        D(2026, 12, 1),
    )
    assert (waiting.lead_time, accepted.lead_time) == ("late", "late")
    report = service_report(partner, ReportRequest("ENT", D(2026, 12, 1), D(2026, 12, 1)))
    [line] = report.sessions
    assert (line.starts.hour, line.starts.tzinfo.key) == (16, "Asia/Shanghai")
    assert [e.id for e in report.late_requests] == [accepted.id]


def test_the_chart_labels_the_months_an_allowance_year_really_covers():
    buckets = month_buckets(D(2026, 3, 15))
    assert bucket_label(*buckets[0]) == ("15 Mar", "–14 Apr")
    assert bucket_label(*month_buckets(D(2026, 1, 1))[1]) == ("Feb",)


def test_overlapping_requests_of_one_partner_are_flagged(partner):
    first = request_iem(
        partner,
        IemRequestInput("ENT", D(2026, 12, 20), D(2026, 12, 22), D(2026, 12, 1)),
        D(2026, 12, 1),
    )
    second = request_iem(
        partner,
        IemRequestInput("ENT", D(2026, 12, 22), D(2026, 12, 23), D(2026, 12, 1)),
        D(2026, 12, 1),
    )
    assert second.overlapping_requests == (first.id,)
    assert any(f"overlaps IEM request {first.id}" in w for w in second.warnings)
    approve_iem(partner, first.id)
    approved = approve_iem(partner, second.id)
    assert approved.warnings == second.warnings  # the flag stays with the request
    preview = preview_iem(partner, "ENT", D(2026, 12, 1), D(2026, 12, 22), D(2026, 12, 22))
    assert preview.overlapping_requests == (first.id, second.id)


def test_the_calendar_marks_a_request_that_bought_days_spent_in_another_year_cannot_pay(sqlite_db):
    from engagements.services.calendar_view import calendar_range, month_grid

    add_partner(sqlite_db, NewPartner("ACME", "Acme", "enterprise", D(2026, 1, 1), 24))
    iem.purchase_days(sqlite_db, "ACME", 2, D(2026, 12, 1), D(2027, 5, 31))
    # 2026: 10 days = 8 included + the purchase's 2 days, all spent in 2026.
    request_iem(
        sqlite_db,
        IemRequestInput("ACME", D(2026, 12, 14), D(2026, 12, 23), D(2026, 11, 1), approve=True),
        D(2026, 11, 1),
    )
    request_iem(
        sqlite_db,
        IemRequestInput("ACME", D(2027, 2, 1), D(2027, 2, 8), D(2026, 11, 1), approve=True),
        D(2026, 11, 1),
    )
    waiting = request_iem(
        sqlite_db,
        IemRequestInput("ACME", D(2027, 2, 15), D(2027, 2, 15), D(2026, 11, 1)),
        D(2026, 11, 1),
    )
    shown = calendar_range(sqlite_db, *month_grid(2027, 2), "CN")
    over = {entry.id for entry in shown.entries if entry.over_allowance}
    assert over == {waiting.id}  # 2027's 8 included days are gone; no bought day is left
    with pytest.raises(RuleRefusal) as refused:
        approve_iem(sqlite_db, waiting.id)
    assert refused.value.details["shortfall_days"] == 1
