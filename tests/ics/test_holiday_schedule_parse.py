"""Reading holiday schedules: meanings of events, and refusals of files that are not one."""

from __future__ import annotations

from datetime import date

import pytest

from engagements.ics.holidays import (
    MAX_FILE_BYTES,
    HolidayScheduleError,
    parse_holiday_schedule,
)
from tests.ics.conftest import CN_2027


def ics(*events: str) -> bytes:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{i}@t\r\nDTSTAMP:20260101T000000Z\r\n{e}END:VEVENT\r\n"
        for i, e in enumerate(events)
    )
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
    return f"{head}{body}END:VCALENDAR\r\n".encode()


def event(start: str, end: str | None = None, summary: str = "Holiday", extra: str = "") -> str:
    text = f"DTSTART;VALUE=DATE:{start}\r\nSUMMARY:{summary}\r\n{extra}"
    return text + (f"DTEND;VALUE=DATE:{end}\r\n" if end else "")


def test_the_cn_2027_schedule():
    schedule = parse_holiday_schedule(CN_2027.read_bytes())
    assert len(schedule.holidays) == 29 and len(schedule.working_days) == 6
    assert schedule.years == {2027}
    assert schedule.holidays[date(2027, 2, 5)] == "春节 Spring Festival"
    assert date(2027, 2, 14) not in schedule.holidays  # DTEND is exclusive
    assert schedule.working_days[date(2027, 1, 31)] == "春节补班"
    assert date(2027, 4, 25) in schedule.working_days  # by CATEGORIES:WORKDAY only
    assert date(2027, 5, 8) in schedule.working_days  # by 上班 in the summary


@pytest.mark.parametrize(
    "summary, extra, working",
    [
        ("春节补班", "", True),
        ("国庆上班", "", True),
        ("Make-up WORKING DAY", "", True),
        ("Labour Day", "CATEGORIES:Holiday,workday\r\n", True),
        ("Labour Day", "CATEGORIES:HOLIDAY\r\n", False),
        ("Non-working day", "", False),
        ("春节 (休)", "", False),
    ],
)
def test_what_makes_a_working_day(summary, extra, working):
    schedule = parse_holiday_schedule(ics(event("20270501", "20270502", summary, extra)))
    assert (date(2027, 5, 1) in schedule.working_days) is working
    assert (date(2027, 5, 1) in schedule.holidays) is not working


def test_duration_and_missing_end():
    schedule = parse_holiday_schedule(
        ics(
            event("20271230", summary="Year end", extra="DURATION:P3D\r\n"),
            event("20270704", summary="One day"),
        )
    )
    assert sorted(schedule.holidays) == [
        date(2027, 7, 4),
        date(2027, 12, 30),
        date(2027, 12, 31),
        date(2028, 1, 1),
    ]
    assert schedule.years == {2027, 2028}


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "does not start with BEGIN:VCALENDAR"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense", "not a readable iCalendar"),
        (b"\xff\xfeB\x00E\x00", "not UTF-8"),
        (ics(), "holds no events"),
        (ics("DTSTART:20270501T090000Z\r\nSUMMARY:x\r\n"), "not an all-day event"),
        (ics("SUMMARY:no start\r\n"), "DTSTART is missing"),
        (ics(event("20270501", "20270501")), "ends before it starts"),
        (ics(event("20270101", "20270301")), "covers 59 days"),
        (ics(event("20270101", extra="DURATION:P999999999D\r\n")), "covers 32 days"),
        (ics(event("20270101", extra="DURATION:PT12H\r\n")), "whole days"),
        (ics(event("21500101")), "year 2150 is outside"),
        (ics(event("20270101", extra="RRULE:FREQ=YEARLY\r\n")), "recurring"),
        (
            ics(event("20270501", "20270503"), event("20270502", summary="补班")),
            "2027-05-02 is both a holiday",
        ),
        (b"BEGIN:VCALENDAR\r\n" + b"X-A:" + b"a" * MAX_FILE_BYTES, "at most 2 MiB"),
    ],
)
def test_broken_files_are_refused_with_a_reason(data, message):
    with pytest.raises(HolidayScheduleError, match=message):
        parse_holiday_schedule(data)


def test_too_many_events_are_refused_before_reading_them():
    many = ics(*[event("20270101") for _ in range(2001)])
    with pytest.raises(HolidayScheduleError, match="2001 events"):
        parse_holiday_schedule(many)
