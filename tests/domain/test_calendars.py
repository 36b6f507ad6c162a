"""Business-day calendars: shipped CN schedules, weekends, adjustments, trust, and agreement
with workalendar (and, for CN 2024-2026, with the ``holidays`` package)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from datetime import date, timedelta

import holidays
import pytest
from calendar_years import SHIPPED_CN_YEARS, WORKALENDAR_YEARS
from hypothesis import given, settings
from hypothesis import strategies as st
from workalendar.core import Calendar

from engagements.domain.calendars import (
    BusinessCalendar,
    CalendarAdjustments,
    business_calendar,
    calendar_name,
    known_calendar_codes,
    parse_adjustments,
    shipped_adjustments,
)
from engagements.domain.errors import NoHolidayData, UnknownCalendar

pytestmark = [
    pytest.mark.filterwarnings("ignore:Support years"),  # the reference: workalendar's China
    pytest.mark.filterwarnings("ignore:toSolarDate is deprecated"),  # workalendar on lunardate
    pytest.mark.filterwarnings("ignore:Please take note that, due to arbitrary decisions"),  # SG
]

D = date.fromisoformat


# The State Council notices, as the brief and the notices give them: (first, last, name).
OFFICIAL_CN_HOLIDAYS = [
    ("2024-01-01", "2024-01-01", "New Year's Day"),
    ("2024-02-10", "2024-02-17", "Spring Festival"),
    ("2024-04-04", "2024-04-06", "Qingming Festival"),
    ("2024-05-01", "2024-05-05", "Labour Day"),
    ("2024-06-10", "2024-06-10", "Dragon Boat Festival"),
    ("2024-09-15", "2024-09-17", "Mid-Autumn Festival"),
    ("2024-10-01", "2024-10-07", "National Day"),
    ("2025-01-01", "2025-01-01", "New Year's Day"),
    ("2025-01-28", "2025-02-04", "Spring Festival"),
    ("2025-04-04", "2025-04-06", "Qingming Festival"),
    ("2025-05-01", "2025-05-05", "Labour Day"),
    ("2025-05-31", "2025-06-02", "Dragon Boat Festival"),
    ("2025-10-01", "2025-10-08", "National Day and Mid-Autumn Festival"),
    ("2026-01-01", "2026-01-03", "New Year's Day"),
    ("2026-02-15", "2026-02-23", "Spring Festival"),
    ("2026-04-04", "2026-04-06", "Qingming Festival"),
    ("2026-05-01", "2026-05-05", "Labour Day"),
    ("2026-06-19", "2026-06-21", "Dragon Boat Festival"),
    ("2026-09-25", "2026-09-27", "Mid-Autumn Festival"),
    ("2026-10-01", "2026-10-07", "National Day"),
]
OFFICIAL_CN_WORKING_DAYS = {
    2024: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11",
           "2024-09-14", "2024-09-29", "2024-10-12"],
    2025: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
    2026: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
}  # fmt: skip


def days_of(first: str, last: str) -> list[date]:
    return [D(first) + timedelta(i) for i in range((D(last) - D(first)).days + 1)]


def every_day_of(year: int) -> list[date]:
    return days_of(f"{year}-01-01", f"{year}-12-31")


# --- the shipped CN schedules -----------------------------------------------------------


def test_shipped_cn_years_are_official() -> None:
    assert shipped_adjustments("CN").official_years == set(SHIPPED_CN_YEARS)


def test_no_shipped_adjustments_for_other_calendars() -> None:
    assert shipped_adjustments("US") == CalendarAdjustments()
    assert shipped_adjustments("cn") == shipped_adjustments("CN")
    with pytest.raises(UnknownCalendar):
        shipped_adjustments("../CN")


@pytest.mark.parametrize("first, last, name", OFFICIAL_CN_HOLIDAYS)
def test_cn_official_holiday_periods(first: str, last: str, name: str) -> None:
    cn = business_calendar("CN")
    listed = dict(cn.holidays_in(D(first).year))
    for day in days_of(first, last):
        assert listed[day] == name
        assert not cn.is_business_day(day)


@pytest.mark.parametrize("year", SHIPPED_CN_YEARS)
def test_cn_make_up_days_are_the_only_working_weekend_days(year: int) -> None:
    cn = business_calendar("CN")
    expected = [D(d) for d in OFFICIAL_CN_WORKING_DAYS[year]]
    assert cn.working_weekend_days_in(year) == expected
    assert all(cn.is_business_day(d) for d in expected)
    holiday_days = {d for d, _ in cn.holidays_in(year)}
    assert len(holiday_days) == sum(
        len(days_of(f, t)) for f, t, _ in OFFICIAL_CN_HOLIDAYS if f.startswith(str(year))
    )


@pytest.mark.parametrize("year", SHIPPED_CN_YEARS)
def test_cn_schedule_agrees_with_the_holidays_package(year: int) -> None:
    """Day by day, and the make-up days; the package lists only the weekdays off plus
    some weekend days, so a period's other weekend days are absent there (not a conflict)."""
    cn, package = business_calendar("CN"), holidays.country_holidays("CN", years=year)
    assert [
        d for d in every_day_of(year) if cn.is_business_day(d) != package.is_working_day(d)
    ] == []
    assert cn.working_weekend_days_in(year) == sorted(
        d for d in package.weekend_workdays if d.year == year
    )
    ours = {d for d, _ in cn.holidays_in(year)}
    assert set(package) <= ours
    assert all(d.weekday() >= 5 for d in ours - set(package))


def test_spring_festival_eve_2024_is_a_working_day() -> None:
    assert business_calendar("CN").is_business_day(D("2024-02-09"))


# --- weekends and public holidays -------------------------------------------------------


@pytest.mark.parametrize(
    "code, day, business",
    [
        ("HK", "2024-03-23", False),  # a plain Saturday: workalendar's HK works it, we do not
        ("HK", "2024-03-29", False),  # Good Friday
        ("HK", "2024-03-30", False),  # the day following Good Friday
        ("HK", "2024-04-01", False),  # Easter Monday
        ("HK", "2024-04-02", True),
        ("HK", "2024-04-04", False),  # Ching Ming
        ("US", "2024-11-28", False),  # Thanksgiving
        ("US", "2024-11-29", True),  # the Friday after is not a federal holiday
        ("US", "2024-07-04", False),
        ("GB", "2024-12-26", False),  # Boxing Day
        ("DE", "2024-10-03", False),  # German Unity Day
        ("DE-BY", "2024-01-06", False),  # Epiphany, Bavaria only (a Saturday in 2024 anyway)
        ("DE-BY", "2025-01-06", False),
        ("DE", "2025-01-06", True),
        ("CN", "2024-02-18", True),  # a make-up Sunday
        ("CN", "2026-09-20", True),
        ("CN", "2026-10-10", True),
        ("CN", "2026-10-11", False),
    ],
)
def test_business_days(code: str, day: str, business: bool) -> None:
    assert business_calendar(code).is_business_day(D(day)) is business


def test_hk_holidays_for_display_keep_workalendar_names() -> None:
    names = dict(business_calendar("HK").holidays_in(2024))
    assert names[D("2024-03-29")] == "Good Friday"
    assert names[D("2024-04-01")] == "Easter Monday"


def test_another_weekend_can_be_set() -> None:
    friday_saturday = business_calendar("US", weekend={4, 5})
    assert friday_saturday.is_business_day(D("2024-11-24"))  # a Sunday
    assert not friday_saturday.is_business_day(D("2024-11-22"))
    assert not friday_saturday.is_business_day(D("2024-11-28"))  # still Thanksgiving


@pytest.mark.parametrize("weekend", [{0, 1, 2, 3, 4, 5, 6}, {7}, {-1}])
def test_a_weekend_must_leave_weekdays(weekend: set[int]) -> None:
    with pytest.raises(ValueError):
        business_calendar("US", weekend=weekend)


# --- adjustments ------------------------------------------------------------------------


def test_adjustments_override_weekend_and_public_holidays() -> None:
    adjustments = CalendarAdjustments(
        holidays={D("2024-11-29"): "Company day"},
        working_days=frozenset({D("2024-11-28"), D("2024-11-30")}),
    )
    us = business_calendar("US", adjustments=adjustments)
    assert us.is_business_day(D("2024-11-28"))
    assert us.is_business_day(D("2024-11-30"))
    assert not us.is_business_day(D("2024-11-29"))
    assert (D("2024-11-29"), "Company day") in us.holidays_in(2024)
    assert D("2024-11-28") not in dict(us.holidays_in(2024))
    assert us.working_weekend_days_in(2024) == [D("2024-11-30")]


def test_later_adjustments_win_on_the_same_date() -> None:
    shipped = CalendarAdjustments({D("2026-10-07"): "National Day"}, frozenset({D("2026-10-10")}))
    database = CalendarAdjustments({D("2026-10-10"): "Closed"}, frozenset({D("2026-10-07")}))
    merged = shipped.merged(database)
    assert merged.holidays == {D("2026-10-10"): "Closed"}
    assert merged.working_days == {D("2026-10-07")}


def test_adjustments_are_values() -> None:
    a = CalendarAdjustments({D("2026-01-01"): "New Year's Day"}, official_years=frozenset({2026}))
    b = CalendarAdjustments({D("2026-01-01"): "New Year's Day"}, official_years=frozenset({2026}))
    assert a == b and hash(a) == hash(b)
    with pytest.raises(TypeError):
        a.holidays[D("2026-01-02")] = "x"  # type: ignore[index]


def test_a_date_cannot_be_holiday_and_working_day() -> None:
    with pytest.raises(ValueError, match="2026-01-01"):
        CalendarAdjustments({D("2026-01-01"): "x"}, frozenset({D("2026-01-01")}))


NEXT_YEAR_NOTICE = """
[years.2027]
notice = "an administrator's import"
holidays = [
    { name = "New Year's Day", first = 2027-01-01, last = 2027-01-03 },
    { name = "Spring Festival", first = 2027-02-05 },
]
working_days = [2027-01-09]
"""


def test_an_administrator_can_add_the_next_year() -> None:
    next_year = parse_adjustments(NEXT_YEAR_NOTICE)
    assert next_year.official_years == {2027}
    cn = business_calendar("CN", adjustments=next_year)
    assert cn.has_data_for(2027)
    assert cn.holidays_in(2027) == [
        (D("2027-01-01"), "New Year's Day"),
        (D("2027-01-02"), "New Year's Day"),
        (D("2027-01-03"), "New Year's Day"),
        (D("2027-02-05"), "Spring Festival"),
    ]
    assert cn.add_business_days(D("2026-12-30"), 2) == D("2027-01-04")
    assert cn.is_business_day(D("2027-01-09"))
    assert not business_calendar("CN").has_data_for(2027)


@pytest.mark.parametrize(
    "text",
    [
        "[years.2027]\nworking_days = [2027-01-09T09:00:00]",
        "[years.2027]\nworking_days = ['2027-01-09']",
        "[years.2027]\nholidays = [{ name = 'x', first = 2027-02-05, last = 2027-02-01 }]",
        "[years.2027]\nholidays = [{ first = 2027-02-05 }]",
        "[years.next]\nworking_days = []",
    ],
)
def test_a_malformed_schedule_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_adjustments(text)


# --- trust ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, year, trusted",
    [
        ("CN", 2017, False),
        ("CN", 2018, True),  # workalendar's table
        ("CN", 2023, True),
        ("CN", 2024, True),  # shipped
        ("CN", 2026, True),
        ("CN", 2027, False),
        ("US", 1989, False),
        ("US", 1990, True),
        ("US", 2099, True),
        ("US", 2100, False),
        ("HK", 2051, True),
        ("HK", 2052, False),  # workalendar's astronomy is precomputed up to 2051
        ("SG", 2030, True),
        ("SG", 2031, False),  # workalendar's Deepavali table ends in 2030
    ],
)
def test_which_years_have_trustworthy_data(code: str, year: int, trusted: bool) -> None:
    assert business_calendar(code).has_data_for(year) is trusted


def test_a_year_without_data_is_named() -> None:
    cn = business_calendar("CN")
    with pytest.raises(NoHolidayData, match="no holiday data for CN 2027") as refused:
        cn.require_data(D("2026-06-01"), D("2028-01-01"))
    assert (refused.value.calendar, refused.value.year, refused.value.error) == (
        "CN",
        2027,
        "no_holiday_data",
    )
    for ask in (
        lambda: cn.is_business_day(D("2027-03-01")),
        lambda: cn.add_business_days(D("2026-12-28"), 10),
        lambda: cn.business_days_between(D("2026-12-01"), D("2027-01-31")),
        lambda: cn.holidays_in(2027),
        lambda: cn.working_weekend_days_in(2017),
    ):
        with pytest.raises(NoHolidayData):
            ask()


def test_workalendar_china_warnings_stay_inside() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cn = BusinessCalendar("CN")  # fresh, so workalendar computes 2019 here
        assert not cn.is_business_day(D("2019-06-07"))  # Dragon Boat Festival
    assert [str(w.message) for w in caught] == []


# --- codes ------------------------------------------------------------------------------


@pytest.mark.parametrize("ask", [business_calendar, calendar_name, BusinessCalendar])
def test_unknown_codes_are_refused(ask: Callable[[str], object]) -> None:
    with pytest.raises(UnknownCalendar, match="XX"):
        ask("XX")


def test_known_codes_include_subdivisions() -> None:
    codes = known_calendar_codes()
    assert codes == sorted(codes)
    assert {"CN", "HK", "SG", "JP", "GB", "US", "US-CA", "DE", "DE-BY"} <= set(codes)
    assert calendar_name("US-CA") == "California"


def test_calendars_are_shared_per_code_weekend_and_adjustments() -> None:
    assert business_calendar("cn") is business_calendar(" CN")
    assert business_calendar("CN", weekend=[6, 5]) is business_calendar("CN")
    assert business_calendar("CN", weekend={6}) is not business_calendar("CN")
    assert business_calendar("CN").code == "CN"


# --- agreement with workalendar and a day-by-day count ----------------------------------


def naive_add(is_business: Callable[[date], bool], day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        n -= is_business(day)
    return day


def naive_between(is_business: Callable[[date], bool], after: date, until: date) -> int:
    return sum(is_business(after + timedelta(i)) for i in range(1, (until - after).days + 1))


@st.composite
def dated_requests(draw: st.DrawFn) -> tuple[str, date, int]:
    code = draw(st.sampled_from(sorted(WORKALENDAR_YEARS)))
    first, last = WORKALENDAR_YEARS[code]
    day = draw(st.dates(date(first, 1, 1), date(last, 10, 31)))
    return code, day, draw(st.integers(0, 40))


@settings(max_examples=700, deadline=None)
@given(dated_requests())
def test_add_business_days_is_workalendars_add_working_days(
    workalendar_reference: Callable[[str], Calendar], case: tuple[str, date, int]
) -> None:
    code, day, n = case
    expected = workalendar_reference(code).add_working_days(day, n)
    assert business_calendar(code).add_business_days(day, n) == expected


@settings(max_examples=400, deadline=None)
@given(dated_requests(), st.integers(0, 120))
def test_business_days_between_counts_day_by_day(
    workalendar_reference: Callable[[str], Calendar], case: tuple[str, date, int], span: int
) -> None:
    code, after, _ = case
    until = min(after + timedelta(days=span), date(WORKALENDAR_YEARS[code][1], 12, 31))
    expected = naive_between(workalendar_reference(code).is_working_day, after, until)
    assert business_calendar(code).business_days_between(after, until) == expected
    assert business_calendar(code).business_days_between(until, after) == 0


@settings(max_examples=400, deadline=None)
@given(st.dates(D("2024-01-01"), D("2026-10-31")), st.integers(0, 40), st.integers(0, 90))
def test_shipped_cn_years_against_the_holidays_package(day: date, n: int, span: int) -> None:
    package = holidays.country_holidays("CN", years=SHIPPED_CN_YEARS)
    cn = business_calendar("CN")
    assert cn.add_business_days(day, n) == naive_add(package.is_working_day, day, n)
    until = min(day + timedelta(days=span), D("2026-12-31"))
    assert cn.business_days_between(day, until) == naive_between(package.is_working_day, day, until)


@settings(max_examples=300, deadline=None)
@given(dated_requests())
def test_adding_then_counting_gives_back_n(case: tuple[str, date, int]) -> None:
    code, day, n = case
    calendar = business_calendar(code)
    later = calendar.add_business_days(day, n)
    assert calendar.business_days_between(day, later) == n
    assert n == 0 or calendar.is_business_day(later)


def test_long_spans_cross_several_years() -> None:
    cn = business_calendar("CN")
    day = D("2018-03-01")
    assert cn.add_business_days(day, 1200) == naive_add(cn.is_business_day, day, 1200)
    assert cn.business_days_between(day, D("2026-12-31")) == naive_between(
        cn.is_business_day, day, D("2026-12-31")
    )


def test_negative_business_days_are_refused() -> None:
    with pytest.raises(ValueError):
        business_calendar("US").add_business_days(D("2024-01-02"), -1)
