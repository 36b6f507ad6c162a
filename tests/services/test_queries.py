"""Read-side services: the bulk dashboard agrees with the per-partner service, the requests
list filters, sorts and pages in SQL, the calendar range shows holidays and markers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engagements.services import iem, sessions
from engagements.services.allowance import allowance_summary
from engagements.services.calendar_view import CalendarFilter, calendar_range, month_grid
from engagements.services.dashboard import (
    RISK_LATE_WAITING,
    RISK_NEARLY_OUT,
    RISK_NO_CALENDAR_DATA,
    dashboard_rows,
)
from engagements.services.demo import fill_demo
from engagements.services.listings import RequestFilter, count_requests, request_page
from engagements.services.partners import NewPartner, add_partner
from engagements.services.previews import preview_booking, preview_iem
from engagements.services.queries import expert_roster, partner_file, search


@pytest.fixture
def demo_db(sqlite_db, today):
    fill_demo(sqlite_db, partners=25, seed=3, today=today)
    return sqlite_db


def test_dashboard_agrees_with_allowance_summary_for_every_partner(demo_db, today):
    rows = dashboard_rows(demo_db, today)
    assert len(rows) == 25
    for row in rows:
        summary = allowance_summary(demo_db, row.partner_id, today)
        assert (
            row.iem_used,
            row.iem_pending,
            row.iem_left,
            row.sessions_used,
            row.sessions_left,
        ) == (
            summary.iem_days_used,
            summary.iem_days_pending,
            summary.iem_days_remaining,
            summary.sessions_used,
            summary.sessions_remaining,
        ), row.partner_id


def test_dashboard_puts_partners_at_risk_first(demo_db, today):
    rows = dashboard_rows(demo_db, today)
    risk_counts = [len(r.risks) for r in rows]
    assert risk_counts == sorted(risk_counts, reverse=True)
    assert any(RISK_NEARLY_OUT in r.risks for r in rows)
    # CN has official data for 2026 only: its IEM partners cannot plan into 2027.
    assert any(RISK_NO_CALENDAR_DATA in r.risks for r in rows if r.calendar == "CN")


def test_a_late_request_waiting_is_a_risk(sqlite_db, today):
    add_partner(sqlite_db, NewPartner("ACME", "Acme", "enterprise", date(2026, 1, 1), 24))
    iem.request_iem(
        sqlite_db, iem.IemRequestInput("ACME", date(2026, 12, 1), date(2026, 12, 2)), today
    )
    (row,) = dashboard_rows(sqlite_db, today)
    assert RISK_LATE_WAITING in row.risks and row.late_waiting == 1 and row.iem_pending == 2


def test_requests_are_filtered_sorted_and_paged_in_sql(demo_db):
    everything = count_requests(demo_db, RequestFilter())
    first = request_page(demo_db, RequestFilter(), "first_day", False, 0, 50)
    second = request_page(demo_db, RequestFilter(), "first_day", False, 50, 50)
    assert len(first) == 50 and {r.id for r in first if r.kind == "iem"}.isdisjoint(
        {r.id for r in second if r.kind == "iem"}
    )
    days = [r.first_day for r in first + second]
    assert days == sorted(days)
    late = request_page(demo_db, RequestFilter(late_only=True), limit=500)
    assert late and all(r.kind == "iem" and r.late for r in late)
    assert count_requests(demo_db, RequestFilter(kinds=("session",))) < everything
    one = request_page(demo_db, RequestFilter(kinds=("iem",), request_id=first[0].id))
    assert [r.id for r in one] == [first[0].id] or first[0].kind == "session"


def test_calendar_range_shows_holidays_and_official_working_weekends(sqlite_db):
    first, last = month_grid(2026, 10)
    shown = calendar_range(sqlite_db, first, last, "CN")
    assert shown.holidays[date(2026, 10, 1)] == "National Day"
    assert date(2026, 10, 10) in shown.working_weekend_days
    assert first == date(2026, 9, 28) and first.weekday() == 0  # six weeks from a Monday
    assert shown.missing_data == ()
    january = calendar_range(sqlite_db, *month_grid(2027, 1), "CN")
    assert "no holiday data for CN 2027" in january.missing_data


def test_calendar_marks_clashes_and_over_allowance(sqlite_db, today):
    add_partner(sqlite_db, NewPartner("ACME", "Acme", "enterprise", date(2026, 1, 1), 24))
    sessions.add_expert(sqlite_db, "E1", "Expert One")
    iem.request_iem(
        sqlite_db, iem.IemRequestInput("ACME", date(2026, 12, 14), date(2026, 12, 23)), today
    )
    shown = calendar_range(sqlite_db, *month_grid(2026, 12), "CN")
    (entry,) = shown.entries
    assert entry.over_allowance  # 10 days asked, 8 available
    filtered = calendar_range(
        sqlite_db, *month_grid(2026, 12), "CN", CalendarFilter(partner_id="OTHER")
    )
    assert filtered.entries == []


def test_previews_say_what_the_rules_say(sqlite_db, today):
    add_partner(sqlite_db, NewPartner("ACME", "Acme", "enterprise", date(2026, 1, 1), 24))
    late = preview_iem(sqlite_db, "ACME", today, date(2026, 12, 1), date(2026, 12, 2))
    on_time = preview_iem(sqlite_db, "ACME", today, date(2026, 12, 28), date(2026, 12, 29))
    assert late.late and late.notice_business_days == 3 and late.natural_days == 2
    assert on_time.meets_lead_time and on_time.left_after == 6
    no_data = preview_iem(sqlite_db, "ACME", today, date(2027, 3, 1), date(2027, 3, 2))
    assert no_data.warnings and "no holiday data for CN 2027" in no_data.warnings[0]
    sessions.add_expert(sqlite_db, "E1", "Expert One")
    zone = ZoneInfo("Asia/Shanghai")
    starts = datetime(2026, 12, 3, 10, tzinfo=zone)
    sessions.book_session(
        sqlite_db,
        sessions.SessionBooking("ACME", "E1", starts, starts + timedelta(hours=2), "architecture"),
    )
    clash = preview_booking(
        sqlite_db, "ACME", "E1", starts + timedelta(hours=1), starts + timedelta(hours=3)
    )
    assert clash.clashes and clash.sessions_left == 3
    assert all(not (a < starts + timedelta(hours=2) and starts < b) for a, b in clash.free_slots)


def test_partner_file_roster_and_search(demo_db, today):
    hits = search(demo_db, "P0000")
    assert hits and hits[0].kind == "partner"
    file = partner_file(demo_db, hits[0].id, today)
    assert file.subscriptions and file.allowance_years and len(file.sub_clients) == 2
    roster = expert_roster(demo_db, today)
    assert roster and all(r.hours_this_month >= 0 for r in roster)
