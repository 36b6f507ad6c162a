"""``--read-only``: every command that would write exits 6 and writes nothing, on both databases.

Every leaf command of the parser is classified here as writing or reading, so a new
command cannot slip past without someone deciding what read only means for it.
"""

from __future__ import annotations

import argparse

import pytest
from sqlalchemy import MetaData, func, select

from engagements.cli.main import build_parser

WRITING = {
    "partner add": [
        "--id",
        "P2",
        "--name",
        "B",
        "--edition",
        "standard",
        "--start",
        "2026-01-01",
        "--months",
        "12",
    ],
    "demo": ["--partners", "2"],
    "iem request": ["--partner", "P1", "--start", "2026-12-21", "--end", "2026-12-21"],
    "iem approve": ["{request}"],
    "iem reject": ["{request}", "--reason", "no"],
    "iem cancel": ["{request}"],
    "iem scheduled": ["{request}"],
    "iem in-progress": ["{request}"],
    "iem completed": ["{request}"],
    "iem assign": ["{request}", "--expert", "E1"],
    "iem purchase": [
        "--partner",
        "P1",
        "--days",
        "2",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    ],
    "expert add": ["--id", "E2", "--name", "Li Na"],
    "session book": [
        "--partner",
        "P1",
        "--expert",
        "E1",
        "--start",
        "2026-12-16T10:00+08:00",
        "--end",
        "2026-12-16T11:00+08:00",
        "--topic",
        "architecture",
    ],
    "session cancel": ["{session}"],
    "expert-service record": ["--partner", "P1", "--date", "2026-06-01", "--summary", "x"],
    "form export": ["--partner", "P1", "--out", "{tmp}/again.pdf"],
    "form import": ["{form}"],
    "team setup": [],
    "team add-user": ["eng_never_created", "--role", "tam"],
    "holidays import": ["{schedule}", "--calendar", "CN"],
    "holidays add": [
        "--calendar",
        "CN",
        "--date",
        "2026-12-24",
        "--kind",
        "holiday",
        "--name",
        "Christmas Eve",
    ],
    "holidays remove": ["--calendar", "CN", "--date", "2026-10-01"],
}
READING = {
    "partner list",
    "lead-time",
    "allowance",
    "downgrade-check",
    "audit",
    "team whoami",
    "ics export",
    "holidays preview",
    "holidays list",
    "report",
    "iem list",
    "iem show",
    "session list",
    "session show",
    "expert list",
    "purchase list",
    "install-desktop",
}  # writes the desktop entry, never the database
SCHEDULE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:one@test\r
DTSTART;VALUE=DATE:20271001\r
SUMMARY:National Day\r
END:VEVENT\r
END:VCALENDAR\r
"""


def leaf_commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return [
                leaf
                for name, sub in action.choices.items()
                for leaf in leaf_commands(sub, f"{prefix} {name}".strip())
            ]
    return [prefix]


def test_every_command_is_classified():
    unclassified = set(leaf_commands(build_parser())) - set(WRITING) - READING
    assert not unclassified, f"classify {unclassified} in {__file__}"


@pytest.fixture
def filled(db_url, cli, tmp_path):
    """A database with one of each thing, and the files the importing commands read."""

    def ok(*args):
        result = cli("--db", db_url, "--json", *args)
        assert result.code == 0, (args, result.stderr)
        return result.json

    ok(
        "partner",
        "add",
        "--id",
        "P1",
        "--name",
        "A",
        "--edition",
        "enterprise",
        "--start",
        "2026-01-01",
        "--months",
        "12",
    )
    ok("expert", "add", "--id", "E1", "--name", "Wang Lei")
    values = {
        "tmp": str(tmp_path),
        "schedule": str(tmp_path / "cn.ics"),
        "form": str(tmp_path / "form.pdf"),
    }
    values["request"] = str(
        ok("iem", "request", "--partner", "P1", "--start", "2026-12-21", "--end", "2026-12-21")[
            "id"
        ]
    )
    values["session"] = str(
        ok(
            "session",
            "book",
            "--partner",
            "P1",
            "--expert",
            "E1",
            "--start",
            "2026-12-15T10:00+08:00",
            "--end",
            "2026-12-15T11:00+08:00",
            "--topic",
            "architecture",
        )["id"]
    )
    if "form export" in set(leaf_commands(build_parser())):
        ok("form", "export", "--partner", "P1", "--out", values["form"])
    (tmp_path / "cn.ics").write_text(SCHEDULE)
    return db_url, values


def row_counts(url: str) -> dict[str, int]:
    from engagements.services.database import Database

    database = Database.open(url, read_only=True)
    tables = MetaData()
    tables.reflect(database.engine)
    with database.reading() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(table))
            for name, table in tables.tables.items()
        }
    database.engine.dispose()
    return counts


def test_every_writing_command_exits_6_and_writes_nothing(filled, cli):
    url, values = filled
    present = set(leaf_commands(build_parser()))
    before = row_counts(url)
    for command, arguments in WRITING.items():
        if command not in present:
            continue  # another engineer's command that is not registered yet
        args = [a.format(**values) for a in arguments]
        result = cli("--db", url, "--read-only", *command.split(), *args, "--json")
        assert result.code == 6, (command, result.code, result.stderr)
        assert result.json["error"] == "not_allowed", command
        assert "read only" in result.json["reason"], command
    assert row_counts(url) == before


def test_reading_commands_still_work_read_only(filled, cli):
    url, _ = filled
    for command in (
        ["partner", "list"],
        ["allowance", "--partner", "P1"],
        ["audit"],
        ["downgrade-check", "--partner", "P1", "--to", "standard", "--on", "2026-12-01"],
        ["team", "whoami"],
    ):
        result = cli("--db", url, "--read-only", *command, "--json")
        assert result.code == 0, (command, result.stderr)
