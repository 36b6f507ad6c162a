"""iCalendar export: the file parses back with icalendar and means what it should."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import update

from engagements.ics.export import IemEntry, SessionEntry, engagements_calendar
from engagements.services import iem, sessions
from engagements.services.calendar_export import ExportSelection, export_calendar
from engagements.store.models import IemRequest
from tests.ics.conftest import add_enterprise, book, request

BERLIN = ZoneInfo("Europe/Berlin")


def _events(path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def _categories(event) -> list[str]:
    return [str(c) for c in event["categories"].cats]


def _seed(db):
    """Two partners: P1 (TAM Liu Yang) with three requests and a session, P2 with one."""
    add_enterprise(db, "P1")
    add_enterprise(db, "P2", name="Harbour Cloud", tam="Emma Wong")
    sessions.add_expert(db, "E1", "Wang Lei", "Asia/Shanghai")
    sessions.add_expert(db, "E2", "Anna Schmidt", "Europe/Berlin")
    approved = request(
        db, "P1", date(2026, 11, 9), date(2026, 11, 12), date(2026, 10, 1), approve=True
    )
    pending = request(
        db,
        "P1",
        date(2026, 12, 10),
        date(2026, 12, 11),
        date(2026, 11, 20),
        justification="launch date fixed by the regulator",
    )
    cancelled = request(db, "P1", date(2026, 12, 20), date(2026, 12, 20), date(2026, 11, 1))
    iem.cancel_iem(db, cancelled.id, "event moved")
    other = request(
        db,
        "P2",
        date(2026, 12, 1),
        date(2026, 12, 3),
        date(2026, 10, 1),
        name='=HYPERLINK("x")',
        sub_client=None,
    )
    with db.writing() as session:  # assignments have no service yet; set the expert here
        session.execute(
            update(IemRequest).where(IemRequest.id == approved.id).values(expert_id="E1")
        )
    held = book(db, "P1", "E2", datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN))
    return approved, pending, cancelled, other, held


def test_round_trip_field_by_field(db, tmp_path, stamp):
    approved, pending, cancelled, other, booked = _seed(db)
    result = export_calendar(db, tmp_path / "all.ics", ExportSelection(), stamp)
    assert result.events == 5 and result.iem_events == 4 and result.sessions == 1
    events = _events(result.path)
    assert set(events) == {
        f"iem-{i}@engagements" for i in (approved.id, pending.id, cancelled.id, other.id)
    } | {f"session-{booked.id}@engagements"}

    event = events[f"iem-{approved.id}@engagements"]
    assert event.decoded("dtstart") == date(2026, 11, 9)
    assert not isinstance(event.decoded("dtstart"), datetime)
    assert event.decoded("dtend") == date(2026, 11, 13)  # exclusive: last day + 1
    assert event["status"] == "CONFIRMED"
    assert _categories(event) == ["IEM", "APPROVED"]
    assert int(event["sequence"]) == 2  # requested, then approved: two row versions
    assert event.decoded("dtstamp") == stamp
    description = str(event["description"])
    assert "杭州云帆科技有限公司 (P1)" in description
    assert "云帆商城 (acc-778)" in description
    assert "Expert: Wang Lei" in description
    assert str(event["summary"]) == "IEM: Double 11 promotion – 杭州云帆科技有限公司"

    tentative = events[f"iem-{pending.id}@engagements"]
    assert tentative["status"] == "TENTATIVE"
    assert _categories(tentative) == ["IEM", "SUBMITTED"]
    assert int(tentative["sequence"]) == 1
    gone = events[f"iem-{cancelled.id}@engagements"]
    assert gone["status"] == "CANCELLED" and _categories(gone) == ["IEM", "CANCELLED"]
    assert int(gone["sequence"]) == 2


def test_session_is_timed_in_its_own_zone_with_vtimezone(db, tmp_path, stamp):
    *_, booked = _seed(db)
    path = export_calendar(db, tmp_path / "s.ics", ExportSelection(), stamp).path
    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    event = _events(path)[f"session-{booked.id}@engagements"]
    assert event["dtstart"].params["TZID"] == "Europe/Berlin"
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == datetime(2026, 12, 3, 10, 0, tzinfo=BERLIN)
    assert start.utcoffset() == timedelta(hours=1) and end - start == timedelta(hours=2)
    assert event["status"] == "CONFIRMED"
    assert _categories(event) == ["SESSION", "SCHEDULED"]
    assert "Expert: Anna Schmidt" in str(event["description"])
    assert "Partner: 杭州云帆科技有限公司 (P1)" in str(event["description"])
    assert b"TZID=Europe/Berlin:20261203T100000" in open(path, "rb").read()


def test_sequence_rises_and_uid_stays_on_every_change(db, tmp_path, stamp):
    add_enterprise(db, "P1")
    made = request(db, "P1", date(2026, 12, 14), date(2026, 12, 15), date(2026, 11, 20))
    first = _events(export_calendar(db, tmp_path / "a.ics", ExportSelection(), stamp).path)
    iem.approve_iem(db, made.id, "agreed with the partner")
    iem.cancel_iem(db, made.id)
    later = _events(export_calendar(db, tmp_path / "b.ics", ExportSelection(), stamp).path)
    uid = f"iem-{made.id}@engagements"
    assert int(later[uid]["sequence"]) == int(first[uid]["sequence"]) + 2
    assert later[uid]["status"] == "CANCELLED"


def test_filters_partner_expert_tam_and_dates(db, tmp_path, stamp):
    approved, pending, cancelled, other, booked = _seed(db)

    def uids(**filters):
        path = export_calendar(db, tmp_path / "f.ics", ExportSelection(**filters), stamp).path
        return sorted(_events(path))

    assert uids(partner_id="P2") == [f"iem-{other.id}@engagements"]
    assert uids(tam="Emma Wong") == [f"iem-{other.id}@engagements"]
    assert uids(expert_id="E1") == [f"iem-{approved.id}@engagements"]
    assert uids(expert_id="E2") == [f"session-{booked.id}@engagements"]
    assert uids(partner_id="P1", first=date(2026, 12, 1), last=date(2026, 12, 10)) == sorted(
        [f"iem-{pending.id}@engagements", f"session-{booked.id}@engagements"]
    )
    assert uids(first=date(2026, 11, 12), last=date(2026, 11, 12)) == [
        f"iem-{approved.id}@engagements"
    ]


def test_cli_export_json_and_refusals(cli, db_url, tmp_path):
    assert (
        cli(
            "--db",
            db_url,
            "partner",
            "add",
            "--id",
            "P1",
            "--name",
            "Harbour Cloud",
            "--edition",
            "enterprise",
            "--start",
            "2026-01-01",
            "--months",
            "12",
        ).code
        == 0
    )
    made = cli(
        "--db",
        db_url,
        "iem",
        "request",
        "--partner",
        "P1",
        "--start",
        "2026-12-14",
        "--end",
        "2026-12-16",
        "--submitted",
        "2026-11-20",
        "--json",
    )
    assert made.code == 0, made.stderr
    out = tmp_path / "p1.ics"
    exported = cli(
        "--db",
        db_url,
        "ics",
        "export",
        "--out",
        out,
        "--partner",
        "P1",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--json",
    )
    assert exported.code == 0, exported.stderr
    assert exported.json["events"] == 1 and exported.json["path"] == str(out.resolve())
    assert list(_events(out)) == [f"iem-{made.json['id']}@engagements"]
    unknown = cli(
        "--db", db_url, "ics", "export", "--out", tmp_path / "x.ics", "--partner", "NOPE", "--json"
    )
    assert unknown.code == 2 and unknown.json["error"] == "not_found"
    backwards = cli(
        "--db",
        db_url,
        "ics",
        "export",
        "--out",
        tmp_path / "y.ics",
        "--from",
        "2026-12-31",
        "--to",
        "2026-12-01",
    )
    assert backwards.code == 2
    assert not (tmp_path / "x.ics").exists() and not (tmp_path / "y.ics").exists()
    bad_date = cli(
        "--db", db_url, "ics", "export", "--out", tmp_path / "z.ics", "--from", "2026-02-30"
    )
    assert bad_date.code == 2


def test_builder_alone_escapes_text_and_parses(stamp):
    entry = IemEntry(
        id=1,
        version=3,
        partner_id="P;1",
        partner_name="A, B; C\\D",
        sub_client=None,
        event_name="Line one\nline two",
        event_type="launch",
        start=date(2027, 12, 31),
        end=date(2028, 1, 2),
        status="in_progress",
    )
    session = SessionEntry(
        id=2,
        version=1,
        partner_id="P",
        partner_name="P",
        sub_client="x (1)",
        topic="usage-plan",
        starts_at=datetime(2026, 3, 29, 0, 30, tzinfo=ZoneInfo("UTC")),
        ends_at=datetime(2026, 3, 29, 2, 30, tzinfo=ZoneInfo("UTC")),
        timezone="Europe/London",
        status="held",
        expert="E",
    )
    calendar = icalendar.Calendar.from_ical(engagements_calendar([entry], [session], stamp))
    iem_event, session_event = calendar.walk("VEVENT")
    assert str(iem_event["summary"]) == "IEM: Line one\nline two – A, B; C\\D"
    assert iem_event.decoded("dtend") == date(2028, 1, 3)
    assert _categories(iem_event) == ["IEM", "IN-PROGRESS"]
    assert iem_event["status"] == "CONFIRMED"
    # The night the clocks go forward in London: 00:30 GMT then 03:30 BST.
    assert session_event.decoded("dtstart").astimezone(ZoneInfo("UTC")).hour == 0
    assert session_event.decoded("dtend").strftime("%H:%M") == "03:30"
    assert calendar["version"] == "2.0" and "PRODID" in calendar
