"""Help that teaches, usage errors in JSON, and no silent surprises."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from engagements.cli.main import build_parser


def _parsers(parser, name="engagements"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from _parsers(sub, f"{name} {sub_name}")


def test_every_subcommand_has_a_description_and_every_option_a_format_and_example():
    missing = []
    for name, parser in _parsers(build_parser()):
        if name != "engagements" and not parser.description:
            missing.append(f"{name}: no description")
        for action in parser._actions:
            if isinstance(
                action, argparse._HelpAction | argparse._VersionAction | argparse._SubParsersAction
            ):
                continue
            flag = "/".join(action.option_strings) or action.dest
            if not action.help:
                missing.append(f"{name} {flag}: no help")
            elif action.nargs != 0 and not action.choices and "e.g." not in action.help:
                missing.append(f"{name} {flag}: no example")
    assert not missing, "\n".join(missing)


def test_help_names_the_formats_the_issue_asked_for(cli):
    book = cli("session", "book", "--help").stdout
    assert "2026-12-03T10:00+08:00" in book and "Asia/Shanghai" in book
    assert "architecture" in book and "industry-experience" in book
    assert "YYYY-MM-DD" in cli("allowance", "--help").stdout
    top = cli("--help").stdout
    assert "ENGAGEMENTS_TODAY" in top and "ENGAGEMENTS_DB" in top
    for code in ("2  usage error", "3  refused", "4  bad input file", "7  the database"):
        assert code in top


def test_usage_error_line_comes_first_and_json_answers(cli, sqlite_url):
    result = cli("--db", sqlite_url, "allowance", "--partner", "P1", "--on", "tomorrow", "--json")
    assert result.code == 2
    assert result.stderr.splitlines()[0].startswith("engagements: argument --on")
    assert "usage:" in result.stderr.splitlines()[1]
    assert result.json == {"error": "usage", "reason": result.json["reason"], "exit_code": 2}
    assert "YYYY-MM-DD" in result.json["reason"]
    missing = cli("partner", "add", "--id", "X", "--json")
    assert missing.code == 2 and missing.json["error"] == "usage"
    assert "--name" in missing.json["reason"]
    unknown = cli("iem", "bogus", "--json")
    assert unknown.code == 2 and unknown.json["exit_code"] == 2


@pytest.mark.parametrize(
    "args",
    [
        (
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
            "cooking",
        ),
        ("lead-time", "--calendar", "XX", "--submitted", "2026-03-01"),
        (
            "session",
            "book",
            "--partner",
            "P1",
            "--expert",
            "E1",
            "--start",
            "2026-12-03T10:00+08:00",
            "--end",
            "2026-12-03T09:00+08:00",
            "--topic",
            "architecture",
        ),
        ("expert", "add", "--id", "E2", "--name", "Li Na", "--tz", "Mars/Olympus"),
        (
            "session",
            "book",
            "--partner",
            "P1",
            "--expert",
            "E1",
            "--start",
            "2026-12-03T10:00",
            "--end",
            "2026-12-03T11:00",
            "--topic",
            "architecture",
            "--tz",
            "Mars/Olympus",
        ),
    ],
)
def test_bad_values_of_any_kind_exit_2(cli, sqlite_url, args):
    cli(
        "--db",
        sqlite_url,
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
    cli("--db", sqlite_url, "expert", "add", "--id", "E1", "--name", "Wang Lei")
    result = cli("--db", sqlite_url, *args, "--json")
    assert result.code == 2, result.stderr
    assert result.json["exit_code"] == 2


def test_demo_refuses_a_database_with_partners_unless_forced(cli, sqlite_url):
    assert cli("--db", sqlite_url, "demo", "--partners", "3", "--json").code == 0
    again = cli("--db", sqlite_url, "demo", "--partners", "3", "--json")
    assert again.code == 2 and again.json["error"] == "database_not_empty"
    assert "--force" in again.json["reason"]
    assert len(cli("--db", sqlite_url, "partner", "list", "--json").json["partners"]) == 3
    forced = cli("--db", sqlite_url, "demo", "--partners", "3", "--seed", "8", "--force")
    assert forced.code == 0, forced.stderr


def test_db_in_a_missing_folder_is_an_error_not_a_new_database(cli, tmp_path):
    url = f"sqlite:///{tmp_path / 'typo' / 'engagements.db'}"
    result = cli("--db", url, "partner", "list", "--json")
    assert result.code == 2 and "does not exist" in result.json["reason"]
    window = cli("--db", url, "--screenshot", tmp_path / "x.png", "--json")
    assert window.code == 2 and "does not exist" in window.json["reason"]
    assert not (tmp_path / "typo").exists()


def test_a_read_only_database_file_suggests_read_only(cli, tmp_path):
    path = tmp_path / "copy.db"
    url = f"sqlite:///{path}"
    assert cli("--db", url, "partner", "list").code == 0
    path.chmod(0o444)
    refused = cli("--db", url, "partner", "list", "--json")
    assert refused.code == 6 and "--read-only" in refused.json["reason"]
    assert cli("--db", url, "--read-only", "partner", "list", "--json").code == 0


def test_read_only_works_on_a_read_only_filesystem(cli, tmp_path, sqlite_url):
    assert (
        cli(
            "--db",
            sqlite_url,
            "partner",
            "add",
            "--id",
            "P1",
            "--name",
            "A",
            "--edition",
            "standard",
            "--start",
            "2026-01-01",
            "--months",
            "12",
        ).code
        == 0
    )
    mount = tmp_path / "ro"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "tmpfs", str(mount)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("needs root to mount a read-only filesystem")
    try:
        original = sqlite_url.removeprefix("sqlite:///")
        with sqlite3.connect(original) as connection:  # as a closed database leaves it
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (mount / "copy.db").write_bytes(Path(original).read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        # In a process of its own, so that nothing holds the mount when it is taken away.
        listed = subprocess.run(
            [
                sys.executable,
                "-m",
                "engagements",
                "--db",
                f"sqlite:///{mount / 'copy.db'}",
                "--read-only",
                "partner",
                "list",
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert listed.returncode == 0, listed.stderr
        assert [p["id"] for p in json.loads(listed.stdout)["partners"]] == ["P1"]
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_unreachable_database_has_its_own_exit_code(cli):
    result = cli("--db", "postgresql://nobody@127.0.0.1:1/none", "partner", "list", "--json")
    assert result.code == 7
    assert result.json["error"] == "database_unavailable"
    assert "cannot reach the database 127.0.0.1:1" in result.json["reason"]


@pytest.mark.parametrize(
    "target, size, words",
    [
        ("missing/x.png", "1400x900", "does not exist"),
        ("picture.jpg", "1400x900", "PNG"),
        ("x.png", "100000x900", "outside"),
        ("x.png", "0x0", "outside"),
        ("x.png", "big", "1400x900"),
    ],
)
def test_bad_screenshot_targets_are_errors(cli, tmp_path, target, size, words):
    result = cli(
        "--db",
        f"sqlite:///{tmp_path / 'e.db'}",
        "--screenshot",
        tmp_path / target,
        "--size",
        size,
        "--json",
    )
    assert result.code == 2 and words in result.json["reason"]
    assert not (tmp_path / "e.db").exists()


def test_output_files_follow_the_umask(cli, tmp_path):
    url = f"sqlite:///{tmp_path / 'e.db'}"
    cli(
        "--db",
        url,
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
    old = os.umask(0o027)
    try:
        for args in (
            ("ics", "export", "--out", tmp_path / "a.ics"),
            ("report", "--partner", "P1", "--out", tmp_path / "r.csv"),
            ("form", "export", "--partner", "P1", "--out", tmp_path / "f.pdf"),
            ("--screenshot", tmp_path / "s.png", "--view", "partners"),
        ):
            assert cli("--db", url, *args).code == 0, args
    finally:
        os.umask(old)
    for name in ("a.ics", "r.csv", "f.pdf", "s.png"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o640, name


def test_json_usage_error_from_a_real_process(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "engagements", "--json", "iem", "show"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert json.loads(result.stdout)["error"] == "usage"
    assert result.stderr.startswith("engagements: ")
