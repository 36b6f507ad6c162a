"""Every rules command's JSON keys and exit codes, as CONTRACT.md promises them."""

from __future__ import annotations

import pytest


@pytest.fixture
def partner(cli, db_url):
    result = cli(
        "--db",
        db_url,
        "partner",
        "add",
        "--id",
        "ENT",
        "--name",
        "杭州云帆科技",
        "--edition",
        "enterprise",
        "--start",
        "2026-01-01",
        "--months",
        "12",
        "--json",
    )
    assert result.code == 0, result.stderr
    return lambda *args: cli("--db", db_url, *args, "--json")


def test_lead_time_alone(cli, db_url):
    result = cli(
        "--db",
        db_url,
        "lead-time",
        "--calendar",
        "CN",
        "--submitted",
        "2026-09-21",
        "--start",
        "2026-10-09",
        "--json",
    )
    assert result.code == 0, result.stderr
    data = result.json
    # National Day 1-7 October; Sunday 20 September and Saturday 10 October are worked.
    assert data["calendar"] == "CN" and data["submitted"] == "2026-09-21"
    assert data["earliest_start"] == "2026-10-12"
    assert data["notice_business_days"] == 8 and data["meets_lead_time"] is False


def test_lead_time_without_holiday_data_exits_3_naming_calendar_and_year(cli, db_url):
    result = cli(
        "--db", db_url, "lead-time", "--calendar", "CN", "--submitted", "2028-03-01", "--json"
    )
    assert result.code == 3
    assert result.json["reason"].startswith("no holiday data for CN 2028: ")
    # It says what to do: the command and the menu item that load the official schedule.
    assert "engagements holidays import FILE.ics --calendar CN" in result.json["reason"]
    assert "Tools > Import holiday schedule" in result.json["reason"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("lead-time", "--calendar", "CN", "--submitted", "2026-02-30"),
        ("lead-time", "--calendar", "CN", "--submitted", "21/09/2026"),
        ("iem", "request", "--partner", "ENT", "--start", "tomorrow", "--end", "2026-05-01"),
    ],
)
def test_malformed_dates_exit_2(cli, db_url, args):
    result = cli("--db", db_url, *args)
    assert result.code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_unknown_calendar_is_a_usage_error(cli, db_url):
    result = cli(
        "--db", db_url, "lead-time", "--calendar", "XX", "--submitted", "2026-03-01", "--json"
    )
    assert result.code == 2 and "XX" in result.json["reason"]


def test_iem_request_approve_and_allowance(partner):
    request = partner(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-03-20",
        "--end",
        "2026-03-22",
        "--submitted",
        "2026-03-02",
    )
    assert request.code == 0, request.stderr
    assert request.json == {
        **request.json,
        "status": "submitted",
        "natural_days": 3,
        "meets_lead_time": True,
        "earliest_start": "2026-03-16",
    }
    approve = partner("iem", "approve", str(request.json["id"]))
    assert (approve.code, approve.json["status"]) == (0, "approved")
    allowance = partner("allowance", "--partner", "ENT", "--on", "2026-03-01").json
    assert {
        k: allowance[k]
        for k in (
            "year_start",
            "year_end",
            "iem_days_included",
            "iem_days_purchased",
            "iem_days_used",
            "iem_days_remaining",
            "iem_days_pending",
            "sessions_included",
            "sessions_used",
            "sessions_remaining",
        )
    } == {
        "year_start": "2026-01-01",
        "year_end": "2026-12-31",
        "iem_days_included": 8,
        "iem_days_purchased": 0,
        "iem_days_used": 3,
        "iem_days_remaining": 5,
        "iem_days_pending": 0,
        "sessions_included": 4,
        "sessions_used": 0,
        "sessions_remaining": 4,
    }


def test_refusals_exit_3_and_write_nothing(partner):
    first = partner(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-04-01",
        "--end",
        "2026-04-08",
        "--submitted",
        "2026-03-02",
        "--approve",
    )
    assert first.code == 0
    refused = partner(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-05-01",
        "--end",
        "2026-05-01",
        "--submitted",
        "2026-03-02",
        "--approve",
    )
    assert refused.code == 3 and "1 day short" in refused.json["reason"]
    late = partner(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-03-05",
        "--end",
        "2026-03-05",
        "--submitted",
        "2026-03-02",
        "--approve",
    )
    assert late.code == 3 and late.json["error"] == "justification_required"
    audit = partner("audit")
    assert [e["action"] for e in audit.json["events"]].count("iem.request") == 1


def test_reject_cancel_and_purchase(partner):
    made = partner(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-04-01",
        "--end",
        "2026-04-01",
        "--submitted",
        "2026-03-02",
    ).json["id"]
    assert partner("iem", "reject", str(made), "--reason", "scope").json["status"] == "rejected"
    assert partner("iem", "cancel", str(made)).code == 3  # rejected is final
    purchase = partner(
        "iem",
        "purchase",
        "--partner",
        "ENT",
        "--days",
        "4",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    )
    assert purchase.code == 0 and isinstance(purchase.json["id"], int)
    assert (
        partner("allowance", "--partner", "ENT", "--on", "2026-06-01").json["iem_days_purchased"]
        == 4
    )
    assert partner("iem", "approve", "999").code == 2  # an unknown id is a usage error


def test_experts_sessions_and_expert_service(partner):
    assert partner(
        "expert", "add", "--id", "E1", "--name", "Wang Lei", "--tz", "Asia/Shanghai"
    ).json == {"id": "E1"}
    booked = partner(
        "session",
        "book",
        "--partner",
        "ENT",
        "--expert",
        "E1",
        "--start",
        "2026-05-04T10:00+08:00",
        "--end",
        "2026-05-04T11:00+08:00",
        "--topic",
        "architecture",
    )
    assert booked.code == 0 and booked.json["status"] == "scheduled"
    clash = partner(
        "session",
        "book",
        "--partner",
        "ENT",
        "--expert",
        "E1",
        "--start",
        "2026-05-04T02:30+00:00",
        "--end",
        "2026-05-04T03:30+00:00",
        "--topic",
        "usage-plan",
    )
    assert clash.code == 3 and clash.json["error"] == "expert_clash"
    cancelled = partner("session", "cancel", str(booked.json["id"]))
    assert cancelled.json == {"id": booked.json["id"], "status": "cancelled"}
    use = partner(
        "expert-service",
        "record",
        "--partner",
        "ENT",
        "--date",
        "2026-03-01",
        "--summary",
        "Capacity review",
    )
    assert use.code == 0 and isinstance(use.json["id"], int)
    check = partner("downgrade-check", "--partner", "ENT", "--to", "none", "--on", "2026-06-01")
    assert check.code == 0
    assert check.json["allowed"] is False and check.json["earliest_date"] == "2027-01-01"
    assert check.json["blocking_uses"] == [use.json["id"]]
    assert set(check.json) >= {
        "allowed",
        "reason",
        "earliest_date",
        "blocking_uses",
        "affected_engagements",
    }


def test_read_only_refuses_writes_with_exit_6(partner, cli, db_url):
    result = cli(
        "--db",
        db_url,
        "--read-only",
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-04-01",
        "--end",
        "2026-04-01",
        "--json",
    )
    assert result.code == 6
    assert cli("--db", db_url, "--read-only", "partner", "list", "--json").code == 0


def test_unknown_partner_and_malformed_today(cli, db_url, monkeypatch):
    assert cli("--db", db_url, "allowance", "--partner", "NOPE", "--json").code == 2
    monkeypatch.setenv("ENGAGEMENTS_TODAY", "26/11/2026")
    from engagements.cli.main import main

    assert main(["--db", db_url, "allowance", "--partner", "NOPE"]) == 2


def test_python_dash_m_is_the_same_command(db_url, tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "engagements",
            "--db",
            db_url,
            "lead-time",
            "--calendar",
            "US",
            "--submitted",
            "2026-11-20",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    # Thanksgiving, 26 November 2026, is not a business day in the US.
    assert '"earliest_start": "2026-12-07"' in result.stdout


def test_iem_assign_puts_an_expert_on_the_team(partner):
    partner("expert", "add", "--id", "E1", "--name", "Wang Lei")
    made = partner(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-04-01",
        "--end",
        "2026-04-02",
        "--submitted",
        "2026-03-02",
        "--approve",
    ).json["id"]
    assigned = partner("iem", "assign", str(made), "--expert", "E1")
    assert (assigned.code, assigned.json["id"]) == (0, made)
    clash = partner(
        "session",
        "book",
        "--partner",
        "ENT",
        "--expert",
        "E1",
        "--start",
        "2026-04-01T10:00+08:00",
        "--end",
        "2026-04-01T11:00+08:00",
        "--topic",
        "architecture",
    )
    assert clash.code == 3 and clash.json["error"] == "expert_clash"
    assert partner("iem", "assign", str(made), "--expert", "nobody").code == 2


def test_audit_of_one_request_by_its_short_or_full_kind(partner):
    made = partner(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2026-04-01",
        "--end",
        "2026-04-01",
        "--submitted",
        "2026-03-02",
    ).json["id"]
    partner("iem", "approve", str(made))
    for kind in ("iem", "iem_request"):
        events = partner("audit", "--entity", f"{kind}:{made}").json["events"]
        assert [e["action"] for e in events] == ["iem.approve", "iem.request"]
        assert events[0]["before"]["status"] == "submitted"
        assert events[0]["after"]["status"] == "approved"
