"""The IEM lead-time rule on fixed dates (counted by hand) and as properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from calendar_years import CALENDAR_YEARS
from hypothesis import given, settings
from hypothesis import strategies as st

from engagements.domain.calendars import BusinessCalendar, business_calendar
from engagements.domain.errors import NoHolidayData
from engagements.domain.lead_time import (
    DEFAULT_REQUIRED_BUSINESS_DAYS,
    LeadTimeAssessment,
    assess_lead_time,
    earliest_allowed_start,
)

pytestmark = [
    pytest.mark.filterwarnings("ignore:toSolarDate is deprecated"),
    pytest.mark.filterwarnings("ignore:Please take note that, due to arbitrary decisions"),
]

D = date.fromisoformat


# Each earliest start counted by hand, 10 business days after the submission date.
@pytest.mark.parametrize(
    "code, submitted, earliest",
    [
        # Spring Festival 2024: Feb 10-17 off; Sunday Feb 4 and Sunday Feb 18 worked.
        ("CN", "2024-02-01", "2024-02-20"),
        # Spring Festival 2025: Jan 28-Feb 4 off; Sunday Jan 26 and Saturday Feb 8 worked.
        ("CN", "2025-01-20", "2025-02-08"),
        # Spring Festival 2026: Feb 15-23 off; Saturdays Feb 14 and Feb 28 worked.
        ("CN", "2026-02-09", "2026-02-28"),
        # National Day 2024: Oct 1-7 off; Sunday Sep 29 worked.
        ("CN", "2024-09-23", "2024-10-11"),
        # National Day and Mid-Autumn 2025: Oct 1-8 off; Sunday Sep 28 and Saturday Oct 11.
        ("CN", "2025-09-22", "2025-10-11"),
        # Mid-Autumn Sep 25-27 and National Day Oct 1-7 2026; Saturday Oct 10 worked.
        ("CN", "2026-09-21", "2026-10-12"),
        # ... and from the Friday before, Sunday Sep 20 counts first.
        ("CN", "2026-09-18", "2026-10-09"),
        # Submitted on a holiday: counting starts after National Day, Saturday Oct 12 worked.
        ("CN", "2024-10-01", "2024-10-18"),
        # Across the year end: Jan 1-3 2026 off, Sunday Jan 4 worked.
        ("CN", "2025-12-24", "2026-01-08"),
        # Across workalendar's last CN year into the shipped schedules.
        ("CN", "2023-12-22", "2024-01-08"),
        # Easter in HK: Good Friday, the day after, Easter Monday, Ching Ming; Saturdays off.
        ("HK", "2024-03-27", "2024-04-15"),
        # Thanksgiving in the US.
        ("US", "2024-11-20", "2024-12-05"),
        # Submitted on a Saturday.
        ("US", "2024-11-23", "2024-12-09"),
        ("GB", "2024-12-20", "2025-01-08"),  # Christmas, Boxing Day, New Year's Day
    ],
)
def test_earliest_allowed_start(code: str, submitted: str, earliest: str) -> None:
    calendar = business_calendar(code)
    assert earliest_allowed_start(calendar, D(submitted)) == D(earliest)
    assert assess_lead_time(calendar, D(submitted)).earliest_start == D(earliest)


@pytest.mark.parametrize(
    "submitted, start, notice, meets",
    [
        ("2026-09-18", "2026-10-09", 10, True),
        ("2026-09-18", "2026-10-10", 11, True),  # the make-up Saturday counts
        ("2026-09-18", "2026-10-11", 11, True),  # a Sunday adds nothing
        ("2026-09-18", "2026-10-08", 9, False),
        ("2026-09-18", "2026-10-07", 8, False),  # National Day counts nothing
        ("2026-09-18", "2026-09-18", 0, False),  # starts on the submission date
        ("2026-09-18", "2026-09-01", 0, False),  # starts before it
        ("2026-09-18", "2025-12-01", 0, False),  # long before: no data needed for it
    ],
)
def test_notice_and_verdict(submitted: str, start: str, notice: int, meets: bool) -> None:
    assessment = assess_lead_time(business_calendar("CN"), D(submitted), D(start))
    assert assessment == LeadTimeAssessment(
        calendar="CN",
        submitted=D(submitted),
        start=D(start),
        earliest_start=D("2026-10-09"),
        notice_business_days=notice,
        meets_lead_time=meets,
        required_business_days=DEFAULT_REQUIRED_BUSINESS_DAYS,
        lead_time="met" if meets else "late",
        submitted_after_start=D(start) < D(submitted),
    )


def test_without_a_start_only_the_earliest_start_is_given() -> None:
    assessment = assess_lead_time(business_calendar("CN"), D("2026-09-21"))
    assert assessment.earliest_start == D("2026-10-12")
    assert assessment.notice_business_days is None
    assert assessment.meets_lead_time is None


def test_the_required_lead_time_comes_from_the_caller() -> None:
    us = business_calendar("US")
    assessment = assess_lead_time(us, D("2024-11-20"), D("2024-11-29"), required_business_days=5)
    assert (assessment.earliest_start, assessment.notice_business_days) == (D("2024-11-27"), 6)
    assert assessment.meets_lead_time is True
    zero = assess_lead_time(us, D("2024-11-23"), D("2024-11-23"), required_business_days=0)
    assert (zero.earliest_start, zero.meets_lead_time) == (D("2024-11-23"), True)
    with pytest.raises(ValueError):
        assess_lead_time(us, D("2024-11-20"), required_business_days=-1)


@pytest.mark.parametrize(
    "submitted",
    [
        "2027-03-01",  # submitted in a year without a schedule
        "2026-12-24",  # the earliest start falls in 2027
    ],
)
def test_cn_2027_earliest_start_alone_has_no_holiday_data(submitted: str) -> None:
    with pytest.raises(NoHolidayData) as refused:
        assess_lead_time(business_calendar("CN"), D(submitted))
    assert refused.value.reason.startswith("no holiday data for CN 2027: ")
    assert "engagements holidays import" in refused.value.reason
    assert "Import holiday schedule" in refused.value.reason


@pytest.mark.parametrize(
    "submitted, start, notice",
    [
        ("2026-06-01", "2027-01-10", 148),  # the event starts in 2027
        ("2026-06-01", "2028-01-10", 148),  # 2027 is still the first year missing
        ("2026-12-01", "2027-03-01", 22),  # counted to 31 December 2026
    ],
)
def test_a_known_earliest_start_decides_whatever_year_the_event_is_in(
    submitted: str, start: str, notice: int
) -> None:
    assessment = assess_lead_time(business_calendar("CN"), D(submitted), D(start))
    assert (assessment.lead_time, assessment.meets_lead_time) == ("met", True)
    assert assessment.earliest_start is not None and assessment.earliest_start.year == 2026
    assert (assessment.notice_business_days, assessment.notice_at_least) == (notice, True)
    assert assessment.missing_year == 2027
    assert assessment.missing_data and "no holiday data for CN 2027" in assessment.missing_data


def test_an_earliest_start_in_a_year_without_data_is_undetermined() -> None:
    assessment = assess_lead_time(business_calendar("CN"), D("2026-12-24"), D("2027-02-01"))
    assert assessment.lead_time == "undetermined" and assessment.undetermined
    assert (assessment.meets_lead_time, assessment.earliest_start) == (None, None)
    assert (assessment.notice_business_days, assessment.notice_at_least) == (5, True)
    assert assessment.missing_year == 2027


def test_a_start_short_of_the_known_days_is_late_even_when_the_earliest_start_is_not_known() -> (
    None
):
    # 24-31 December 2026 hold 5 business days: a start on the 30th is late for certain.
    assessment = assess_lead_time(business_calendar("CN"), D("2026-12-24"), D("2026-12-30"))
    assert (assessment.lead_time, assessment.meets_lead_time) == ("late", False)
    assert (assessment.notice_business_days, assessment.notice_at_least) == (4, False)
    assert assessment.earliest_start is None


def test_a_request_submitted_after_its_start_is_late_not_missing_data() -> None:
    assessment = assess_lead_time(business_calendar("CN"), D("2027-03-01"), D("2027-02-20"))
    assert (assessment.lead_time, assessment.submitted_after_start) == ("late", True)
    assert assessment.notice_business_days == 0


def test_cn_before_workalendars_tables_has_no_holiday_data() -> None:
    with pytest.raises(NoHolidayData, match="no holiday data for CN 2017"):
        assess_lead_time(business_calendar("CN"), D("2017-12-01"))
    later = assess_lead_time(business_calendar("CN"), D("2017-12-01"), D("2018-03-01"))
    assert (later.lead_time, later.missing_year) == ("undetermined", 2017)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, date, date, int]:
    code = draw(st.sampled_from(sorted(CALENDAR_YEARS)))
    first, last = CALENDAR_YEARS[code]
    submitted = draw(st.dates(date(first, 1, 1), date(last, 10, 31)))
    start = submitted + timedelta(days=draw(st.integers(-5, 60)))
    return code, submitted, start, draw(st.integers(0, 30))


@settings(max_examples=800, deadline=None)
@given(requests())
def test_meeting_the_lead_time_is_having_enough_notice(case: tuple[str, date, date, int]) -> None:
    code, submitted, start, required = case
    calendar = business_calendar(code)
    assessment = assess_lead_time(calendar, submitted, start, required)
    assert assessment.notice_business_days is not None
    assert assessment.meets_lead_time == (start >= assessment.earliest_start)
    if start >= submitted or required:  # an event before its request never meets it
        assert assessment.meets_lead_time == (assessment.notice_business_days >= required)
    assert calendar.business_days_between(submitted, assessment.earliest_start) == required
    if required:
        assert calendar.is_business_day(assessment.earliest_start)
        day_before = assessment.earliest_start - timedelta(days=1)
        assert not assess_lead_time(calendar, submitted, day_before, required).meets_lead_time


def _cn_with_2027() -> BusinessCalendar:
    from pathlib import Path

    from engagements.domain.calendars import CalendarAdjustments
    from engagements.ics.holidays import parse_holiday_schedule

    data = (Path(__file__).parents[1] / "ics" / "data" / "CN-2027.ics").read_bytes()
    schedule = parse_holiday_schedule(data)
    return business_calendar(
        "CN",
        adjustments=CalendarAdjustments(
            dict(schedule.holidays), frozenset(schedule.working_days), frozenset({2027})
        ),
    )


@settings(max_examples=300, deadline=None)
@given(st.dates(date(2026, 9, 1), date(2027, 3, 31)), st.integers(-20, 200), st.integers(0, 30))
def test_a_verdict_given_without_next_years_data_is_the_one_its_data_gives(
    submitted: date, ahead: int, required: int
) -> None:
    """Certain means certain: loading 2027 never turns "met" into "late" or back, and
    "at least N" is never more than the notice counted with the data."""
    start = submitted + timedelta(days=ahead)
    partial = assess_lead_time(business_calendar("CN"), submitted, start, required)
    full = assess_lead_time(_cn_with_2027(), submitted, start, required)
    assert full.lead_time in ("met", "late")
    if partial.lead_time == "undetermined":
        assert partial.earliest_start is None and start.year >= 2027
        return
    assert partial.lead_time == full.lead_time
    assert partial.earliest_start in (None, full.earliest_start)
    assert partial.notice_business_days is not None and full.notice_business_days is not None
    if partial.notice_at_least:
        assert partial.notice_business_days <= full.notice_business_days
    else:
        assert partial.notice_business_days == full.notice_business_days
