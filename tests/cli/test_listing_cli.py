"""iem/session list and show, expert list, purchase list: ids found without the window."""

from __future__ import annotations

import pytest


@pytest.fixture
def booked(cli, db_url):
    """A partner with two IEM requests, a session and a purchase; returns a runner."""

    def run(*args):
        return cli("--db", db_url, *args)

    def ok(*args):
        result = run(*args, "--json")
        assert result.code == 0, (args, result.stderr)
        return result.json

    ok(
        "partner",
        "add",
        "--id",
        "P1",
        "--name",
        "云帆",
        "--edition",
        "enterprise",
        "--start",
        "2026-01-01",
        "--months",
        "12",
    )
    ok(
        "partner",
        "add",
        "--id",
        "P2",
        "--name",
        "Blue",
        "--edition",
        "enterprise",
        "--start",
        "2026-01-01",
        "--months",
        "12",
    )
    ok("expert", "add", "--id", "E1", "--name", "Wang Lei", "--tz", "Asia/Shanghai")
    run.first = ok(
        "iem",
        "request",
        "--partner",
        "P1",
        "--submitted",
        "2026-09-01",
        "--start",
        "2026-10-20",
        "--end",
        "2026-10-21",
        "--approve",
        "--event-name",
        "Launch",
    )["id"]
    run.second = ok(
        "iem",
        "request",
        "--partner",
        "P2",
        "--submitted",
        "2026-09-01",
        "--start",
        "2026-11-20",
        "--end",
        "2026-11-20",
    )["id"]
    run.session = ok(
        "session",
        "book",
        "--partner",
        "P1",
        "--expert",
        "E1",
        "--start",
        "2026-12-03T10:00+08:00",
        "--end",
        "2026-12-03T11:00+08:00",
        "--topic",
        "architecture",
    )["id"]
    ok(
        "iem",
        "purchase",
        "--partner",
        "P1",
        "--days",
        "3",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    )
    return run


def test_iem_list_filters_by_partner_status_and_dates(booked):
    every = booked("iem", "list", "--json").json["requests"]
    assert [r["id"] for r in every] == [booked.first, booked.second]
    assert every[0]["partner_id"] == "P1" and every[0]["status"] == "approved"
    assert every[0]["start"] == "2026-10-20" and every[0]["event_name"] == "Launch"
    by_partner = booked("iem", "list", "--partner", "P2", "--json").json["requests"]
    assert [r["id"] for r in by_partner] == [booked.second]
    submitted = booked("iem", "list", "--status", "submitted", "--json").json["requests"]
    assert [r["id"] for r in submitted] == [booked.second]
    november = booked("iem", "list", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    assert [r["id"] for r in november.json["requests"]] == [booked.second]
    assert booked("iem", "list", "--partner", "P1", "--ids").stdout.split() == [str(booked.first)]


def test_iem_show_gives_the_whole_request(booked):
    shown = booked("iem", "show", booked.first, "--json")
    assert shown.code == 0, shown.stderr
    data = shown.json
    assert data["id"] == booked.first and data["status"] == "approved"
    assert data["meets_lead_time"] is True and data["earliest_start"]
    assert [step["to_status"] for step in data["history"]] == ["submitted", "approved"]
    assert f"IEM request {booked.first}" in booked("iem", "show", booked.first).stdout


def test_session_list_and_show(booked):
    listed = booked("session", "list", "--partner", "P1", "--json").json["sessions"]
    assert [s["id"] for s in listed] == [booked.session]
    assert listed[0]["topic"] == "architecture"
    assert listed[0]["starts_at"] == "2026-12-03T02:00:00+00:00"
    assert booked("session", "list", "--status", "cancelled", "--json").json["sessions"] == []
    shown = booked("session", "show", booked.session, "--json").json
    assert shown["expert_id"] == "E1" and shown["timezone"] == "Asia/Shanghai"


def test_expert_and_purchase_lists(booked):
    experts = booked("expert", "list", "--json").json["experts"]
    assert [(e["id"], e["name"]) for e in experts] == [("E1", "Wang Lei")]
    bought = booked("purchase", "list", "--json").json["purchases"]
    assert [(p["partner_id"], p["days"], p["valid_to"]) for p in bought] == [
        ("P1", 3, "2026-12-31")
    ]
    assert booked("purchase", "list", "--partner", "P2", "--json").json["purchases"] == []
    assert booked("purchase", "list", "--from", "2027-01-01", "--json").json["purchases"] == []


@pytest.mark.parametrize(
    "args",
    [
        ("iem", "show", "999"),
        ("session", "show", "999"),
        ("iem", "list", "--partner", "NOPE"),
        ("purchase", "list", "--partner", "NOPE"),
        ("iem", "approve", "999"),
        ("allowance", "--partner", "NOPE"),
    ],
)
def test_unknown_ids_are_usage_errors(booked, args):
    result = booked(*args, "--json")
    assert result.code == 2, result.stderr
    assert result.json["error"] == "not_found" and result.json["exit_code"] == 2
