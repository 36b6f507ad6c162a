"""holidays import: a year workalendar does not know becomes usable; failures write nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from engagements.domain.errors import AlreadyExists, NotFound, UnknownCalendar
from engagements.errors import BadInputFile, InvalidInput
from engagements.services.audit import audit_trail
from engagements.services.calendars import lead_time_for
from engagements.services.holiday_schedules import (
    add_adjustment,
    import_holiday_schedule,
    list_adjustments,
    preview_holiday_import,
    remove_adjustment,
)
from engagements.store.models import AuditEvent, HolidayAdjustment
from tests.ics.conftest import CN_2027, add_enterprise, request
from tests.ics.test_holiday_schedule_parse import event, ics


def _counts(db):
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(HolidayAdjustment)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def test_done_when_lead_time_works_for_cn_2027_after_import(cli, db_url):
    lead = (
        "--db",
        db_url,
        "lead-time",
        "--calendar",
        "CN",
        "--submitted",
        "2027-01-20",
        "--start",
        "2027-02-20",
        "--json",
    )
    before = cli(*lead)
    assert before.code == 0, before.stderr
    assert (before.json["lead_time"], before.json["meets_lead_time"]) == ("undetermined", None)
    assert before.json["earliest_start"] is None
    assert before.json["missing_data"].startswith("no holiday data for CN 2027: import")
    imported = cli("--db", db_url, "holidays", "import", CN_2027, "--calendar", "CN", "--json")
    assert imported.code == 0, imported.stderr
    assert imported.json["calendar"] == "CN"
    assert (imported.json["holidays"], imported.json["working_days"]) == (29, 6)
    assert imported.json["affected"] == []
    after = cli(*lead)
    assert after.code == 0, after.stderr
    # 10 business days after 20 January: Sunday 31 January is worked, so 2 February.
    assert after.json["earliest_start"] == "2027-02-02"
    assert after.json["meets_lead_time"] is True
    # The Spring Festival week is off, and Saturday 20 February is a make-up day.
    assert after.json["notice_business_days"] == 18


def test_unknown_calendar_and_broken_file_write_nothing(cli, db_url, tmp_path):
    unknown = cli("--db", db_url, "holidays", "import", CN_2027, "--calendar", "XX", "--json")
    assert unknown.code == 2 and unknown.json["error"] == "unknown_calendar"
    broken = tmp_path / "broken.ics"
    broken.write_bytes(ics(event("20270501", "20270503"), event("20270502", summary="补班")))
    refused = cli("--db", db_url, "holidays", "import", broken, "--calendar", "CN", "--json")
    assert refused.code == 4
    assert "broken.ics: 2027-05-02 is both a holiday" in refused.json["reason"]
    missing = cli("--db", db_url, "holidays", "import", tmp_path / "none.ics", "--calendar", "CN")
    assert missing.code == 4 and "cannot read" in missing.stderr
    listed = cli("--db", db_url, "holidays", "list", "--calendar", "CN", "--json")
    assert listed.json["adjustments"] == []


def test_oversized_file_is_refused_before_reading(db, tmp_path):
    big = tmp_path / "big.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\r\n" + b" " * (3 * 2**20))
    with pytest.raises(BadInputFile, match="larger than 2 MiB"):
        import_holiday_schedule(db, big, "CN")
    assert _counts(db) == (0, 0)


def test_preview_diffs_without_writing(db):
    preview = preview_holiday_import(db, CN_2027, "cn")
    assert preview.written is False and preview.years == (2027,)
    assert len(preview.changes) == 35
    assert preview.changes[0].after_kind == "holiday" and preview.changes[0].before_kind is None
    assert _counts(db) == (0, 0)
    with pytest.raises(UnknownCalendar):
        preview_holiday_import(db, CN_2027, "Atlantis")


def test_import_replaces_the_years_in_the_file_and_keeps_others(db, tmp_path):
    import_holiday_schedule(db, CN_2027, "CN")
    add_adjustment(db, "CN", date(2026, 12, 28), "holiday", "Company day off")
    corrected = tmp_path / "CN-2027-corrected.ics"
    corrected.write_bytes(
        ics(event("20270101", "20270104", "元旦"), event("20270131", "20270201", "春节补班"))
    )
    result = import_holiday_schedule(db, corrected, "CN")
    assert (result.holidays, result.working_days) == (3, 1)
    assert len(result.changes) == 34  # 35 before; only 春节补班 is the same (元旦 renamed)
    days = [a.day for a in list_adjustments(db, "CN")]
    assert days == [
        date(2026, 12, 28),
        date(2027, 1, 1),
        date(2027, 1, 2),
        date(2027, 1, 3),
        date(2027, 1, 31),
    ]
    assert {a.source for a in list_adjustments(db, "CN", 2027)} == {"CN-2027-corrected.ics"}
    trail = audit_trail(db, ("calendar", "CN"))
    assert [e.action for e in trail] == ["calendar.import_holidays"] * 2
    assert trail[0].before["2027-02-05"] == "holiday: 春节 Spring Festival"
    assert "2027-02-05" not in trail[0].after


def test_import_lists_open_requests_whose_lead_time_changes(db, tmp_path):
    import_holiday_schedule(db, CN_2027, "CN")
    add_enterprise(db, "P1", start=date(2026, 6, 1), months=24)
    add_enterprise(db, "P2", name="Lion City Retail", calendar="SG")
    # Submitted 2027-03-19, starting 2027-04-06: 11 business days (3-5 April are off).
    tight = request(db, "P1", date(2027, 4, 6), date(2027, 4, 7), date(2027, 3, 19), approve=True)
    assert tight.meets_lead_time and tight.notice_business_days == 11
    far = request(db, "P1", date(2027, 6, 1), date(2027, 6, 2), date(2027, 3, 19))
    untouched = request(db, "P1", date(2027, 9, 1), date(2027, 9, 2), date(2027, 7, 1))
    cancelled = request(db, "P1", date(2027, 4, 6), date(2027, 4, 6), date(2027, 3, 19))
    from engagements.services.iem import cancel_iem

    cancel_iem(db, cancelled.id)
    # The corrected notice moves Qingming to 29 March-2 April: the tight request is late.
    corrected = tmp_path / "moved.ics"
    corrected.write_bytes(
        CN_2027.read_bytes().replace(
            b"DTSTART;VALUE=DATE:20270403\r\nDTEND;VALUE=DATE:20270406",
            b"DTSTART;VALUE=DATE:20270329\r\nDTEND;VALUE=DATE:20270403",
        )
    )
    preview = preview_holiday_import(db, corrected, "CN")
    result = import_holiday_schedule(db, corrected, "CN")
    assert preview.affected == result.affected
    # Listed: the tight one (now late) and the far one (less notice, still in time).
    affected, longer = result.affected
    assert (affected.id, affected.partner_id, affected.status) == (tight.id, "P1", "approved")
    assert (affected.notice_before, affected.notice_after) == (11, 7)
    assert affected.meets_lead_time_before and not affected.meets_lead_time_after
    assert affected.earliest_start_after > affected.earliest_start_before
    assert affected.natural_days == 2
    assert (longer.id, longer.status, longer.meets_lead_time_after) == (far.id, "submitted", True)
    assert longer.notice_after == longer.notice_before - 4
    assert untouched.id not in {a.id for a in result.affected}


def test_single_adjustments_by_hand_are_audited(db):
    add_enterprise(db, "P1")
    made = request(db, "P1", date(2026, 12, 14), date(2026, 12, 15), date(2026, 11, 30))
    assert made.meets_lead_time and made.notice_business_days == 10
    edit = add_adjustment(db, "cn", date(2026, 12, 7), "holiday", "Company day off")
    assert edit.adjustment.calendar == "CN" and edit.adjustment.source == "manual"
    assert [(a.id, a.notice_after, a.meets_lead_time_after) for a in edit.affected] == [
        (made.id, 9, False)
    ]
    assert lead_time_for(db, "CN", date(2026, 11, 30), date(2026, 12, 14)).meets_lead_time is False
    with pytest.raises(AlreadyExists):
        add_adjustment(db, "CN", date(2026, 12, 7), "working_day", "again")
    with pytest.raises(InvalidInput):
        add_adjustment(db, "CN", date(2026, 12, 8), "vacation", "x")
    # A hand-added date lays over workalendar's holidays: Independence Day stays a holiday.
    before = lead_time_for(db, "US", date(2026, 6, 26)).earliest_start
    add_adjustment(db, "US", date(2026, 12, 28), "holiday", "Company day")
    assert lead_time_for(db, "US", date(2026, 6, 26)).earliest_start == before == date(2026, 7, 13)
    assert lead_time_for(db, "US", date(2026, 12, 18)).earliest_start == date(2027, 1, 6)
    remove_adjustment(db, "US", date(2026, 12, 28))
    removed = remove_adjustment(db, "CN", date(2026, 12, 7))
    assert removed.adjustment.name == "Company day off"
    assert [a.meets_lead_time_after for a in removed.affected] == [True]
    with pytest.raises(NotFound):
        remove_adjustment(db, "CN", date(2026, 12, 7))
    assert list_adjustments(db, "CN") == []
    actions = [e.action for e in audit_trail(db, ("holiday_adjustment", "CN:2026-12-07"))]
    assert actions == ["calendar.remove_adjustment", "calendar.add_adjustment"]


def test_adjustment_commands(cli, db_url):
    added = cli(
        "--db",
        db_url,
        "holidays",
        "add",
        "--calendar",
        "CN",
        "--date",
        "2026-12-07",
        "--kind",
        "holiday",
        "--name",
        "Company day off",
        "--json",
    )
    assert added.code == 0, added.stderr
    assert added.json["added"]["kind"] == "holiday"
    listed = cli("--db", db_url, "holidays", "list", "--calendar", "CN", "--year", "2026")
    assert "2026-12-07 holiday     Company day off [manual]" in listed.stdout
    again = cli(
        "--db",
        db_url,
        "holidays",
        "add",
        "--calendar",
        "CN",
        "--date",
        "2026-12-07",
        "--kind",
        "working-day",
        "--name",
        "x",
        "--json",
    )
    assert again.code == 3 and again.json["error"] == "already_exists"
    removed = cli(
        "--db", db_url, "holidays", "remove", "--calendar", "CN", "--date", "2026-12-07", "--json"
    )
    assert removed.code == 0 and removed.json["removed"]["day"] == "2026-12-07"
    read_only = cli(
        "--db", db_url, "--read-only", "holidays", "import", CN_2027, "--calendar", "CN"
    )
    assert read_only.code == 6


CRASHING_SCHEDULES = {
    "list-valued VALUE=": "DTSTART;VALUE=DATE,DATE-TIME:20270101",
    "list-valued VALUE= on DTEND": "DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE,DATE:20270102",
    "9999-12-31 plus a duration": "DTSTART;VALUE=DATE:99991231\r\nDURATION:P2D",
    "9999-12-31 alone": "DTSTART;VALUE=DATE:99991231",
}


@pytest.mark.parametrize("case", list(CRASHING_SCHEDULES))
def test_schedules_that_crashed_the_parser_exit_4(cli, sqlite_url, tmp_path, case):
    """Issue 21: these exited 1 with a traceback; they are bad input files."""
    schedule = tmp_path / "odd.ics"
    schedule.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:New year\r\n"
        f"{CRASHING_SCHEDULES[case]}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = cli("--db", sqlite_url, "holidays", "import", schedule, "--calendar", "CN", "--json")
    assert result.code == 4, result.stdout + result.stderr
    assert result.json["error"] == "bad_holiday_schedule"
