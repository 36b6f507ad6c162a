"""The command line's answers for issue 13: new JSON keys and exit codes."""

from __future__ import annotations

import pytest


@pytest.fixture
def cn(cli, sqlite_url):
    added = cli(
        "--db",
        sqlite_url,
        "partner",
        "add",
        "--id",
        "ENT",
        "--name",
        "星河",
        "--edition",
        "enterprise",
        "--start",
        "2026-07-01",
        "--months",
        "24",
        "--calendar",
        "CN",
        "--json",
    )
    assert added.code == 0, added.stderr
    return lambda *args: cli("--db", sqlite_url, *args, "--json")


def test_a_2027_request_with_a_known_earliest_start_meets_the_lead_time(cn):
    lead = cn("lead-time", "--calendar", "CN", "--submitted", "2026-12-01", "--start", "2027-03-01")
    assert lead.code == 0, lead.stderr
    assert (lead.json["lead_time"], lead.json["meets_lead_time"]) == ("met", True)
    assert (lead.json["notice_business_days"], lead.json["notice_at_least"]) == (22, True)
    recorded = cn(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2027-03-01",
        "--end",
        "2027-03-02",
        "--submitted",
        "2026-12-01",
        "--approve",
    )
    assert recorded.code == 0, recorded.stderr
    assert (recorded.json["status"], recorded.json["lead_time"]) == ("approved", "met")
    assert recorded.json["notice_at_least"] is True


def test_an_undetermined_request_needs_the_acknowledgement_flag(cn):
    recorded = cn(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2027-01-20",
        "--end",
        "2027-01-20",
        "--submitted",
        "2026-12-24",
    )
    assert recorded.code == 0, recorded.stderr
    assert recorded.json["lead_time"] == "undetermined"
    assert recorded.json["earliest_start"] is None
    refused = cn("iem", "approve", str(recorded.json["id"]))
    assert refused.code == 3 and refused.json["error"] == "lead_time_undetermined"
    approved = cn("iem", "approve", str(recorded.json["id"]), "--acknowledge-undetermined")
    assert approved.code == 0 and approved.json["status"] == "approved"


def test_a_request_submitted_after_its_start_is_reported_as_that(cn):
    lead = cn("lead-time", "--calendar", "CN", "--submitted", "2027-03-05", "--start", "2027-03-01")
    assert lead.code == 0, lead.stderr
    assert lead.json["submitted_after_start"] is True and lead.json["lead_time"] == "late"


def test_the_allowance_lists_each_purchase_and_refusals_give_the_shortfall(cn):
    bought = cn(
        "iem",
        "purchase",
        "--partner",
        "ENT",
        "--days",
        "2",
        "--from",
        "2027-06-01",
        "--to",
        "2027-07-31",
    )
    assert bought.code == 0, bought.stderr
    # 2026-07-01..2027-06-30 holds 8 included days; the purchase starts on 1 June 2027.
    first = cn(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2027-06-20",
        "--end",
        "2027-06-30",
        "--submitted",
        "2026-12-01",
        "--approve",
    )
    assert first.code == 3, first.stdout
    assert first.json["error"] == "allowance_exceeded" and first.json["shortfall_days"] == 1
    fits = cn(
        "iem",
        "request",
        "--partner",
        "ENT",
        "--start",
        "2027-06-21",
        "--end",
        "2027-06-30",
        "--submitted",
        "2026-12-01",
        "--approve",
    )
    assert fits.code == 0, fits.stderr
    allowance = cn("allowance", "--partner", "ENT", "--on", "2027-06-30").json
    assert (allowance["iem_days_used"], allowance["iem_days_purchased"]) == (10, 2)
    [purchase] = allowance["iem_purchases"]
    assert (purchase["id"], purchase["days"]) == (bought.json["id"], 2)
    assert (purchase["used"], purchase["used_in_year"], purchase["left"]) == (2, 2, 0)
    # The next allowance year shares the purchase's July: nothing left to spend there.
    next_year = cn("allowance", "--partner", "ENT", "--on", "2027-07-10").json
    assert next_year["iem_days_purchased"] == 0
    assert next_year["iem_purchases"][0]["left"] == 0


@pytest.mark.parametrize(
    "args",
    [
        (
            "partner",
            "add",
            "--id",
            "OLD",
            "--name",
            "Old",
            "--edition",
            "enterprise",
            "--start",
            "1900-01-01",
            "--months",
            "12",
        ),
        ("allowance", "--partner", "ENT", "--on", "9999-12-31"),
        ("lead-time", "--calendar", "CN", "--submitted", "9999-12-31"),
        (
            "partner",
            "add",
            "--id",
            "END",
            "--name",
            "End",
            "--edition",
            "enterprise",
            "--start",
            "2099-06-01",
            "--months",
            "12",
        ),
    ],
)
def test_absurd_dates_are_usage_errors_not_internal_errors(cn, args):
    result = cn(*args)
    assert result.code == 2, (result.stdout, result.stderr)
    assert "the rules can compute" in result.stderr
    assert "internal error" not in result.stderr


def test_expert_use_outside_the_term_exits_3_with_the_term(cn):
    result = cn(
        "expert-service",
        "record",
        "--partner",
        "ENT",
        "--date",
        "2028-07-01",
        "--summary",
        "review",
    )
    assert result.code == 3 and result.json["error"] == "outside_term"
    assert "2026-07-01 to 2028-06-30" in result.json["reason"]
