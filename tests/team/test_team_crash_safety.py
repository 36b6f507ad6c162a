"""A writer killed (SIGKILL) at random moments leaves SQLite consistent: all of a write or none.

``crash_writer.py`` forks the writer and kills it after a random number of SQL statements
(plus a random pause), with the page cache so small that uncommitted pages reach the WAL
file first. After every kill the file must pass ``PRAGMA integrity_check`` and hold exactly
the state before the write or the state after it. The seed is in every failure message;
``-s`` shows where each kill left the file.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from team_processes import HERE, child_environment

from engagements.services import iem
from engagements.services.database import Database
from engagements.services.partners import NewPartner, add_partner

TRIALS = 6
EVERYTHING = 10**9  # a kill point never reached: the write runs to the end
PAUSES = (0.0, 0.0005, 0.002, 0.01, 0.05)


class Harness:
    """Talks to one crash_writer.py process: one trial per line."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "crash_writer.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_environment(),
        )

    def run(self, argvs: list[list[str]], kill_after: int, delay: float = 0.0) -> dict[str, Any]:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(
            json.dumps({"argvs": argvs, "kill_after": kill_after, "delay": delay}) + "\n"
        )
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait()


@pytest.fixture
def harness() -> Iterator[Harness]:
    running = Harness()
    yield running
    running.close()


def state(path: Path) -> dict[str, Any]:
    """Integrity and every table's row count, read as a fresh process would (recovering)."""
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        counts = {
            t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    finally:
        connection.close()
    return {"integrity": integrity, "orphans": orphans, "counts": counts}


def base_database(folder: Path, make: Any) -> Path:
    path = folder / "base.db"
    db = Database.open(f"sqlite:///{path}", actor="setup")
    make(db)
    db.engine.dispose()  # the last connection checkpoints and removes the WAL
    return path


def kill_point(rng: random.Random, statements: int) -> int:
    """Anywhere in the write, or (half the time) around its last statements and the commit."""
    if rng.random() < 0.5:
        return rng.randint(1, statements)
    return rng.randint(max(1, statements - 3), statements)


def kill_at_random_moments(
    harness: Harness, base: Path, argvs_for: Any, seed: int, consistent: Any
) -> list[str]:
    """Run the write once whole, then TRIALS times killed, checking the file after each.

    ``consistent(path, before, after, where)`` asserts what "consistent" means for it.
    """
    rng = random.Random(seed)
    before = state(base)
    whole = base.with_name("whole.db")
    shutil.copy(base, whole)
    complete = harness.run(argvs_for(whole), EVERYTHING)
    assert complete["exit"] == 0, complete
    after = state(whole)
    outcomes = []
    for number in range(TRIALS):
        copy = base.with_name(f"trial{number}.db")
        shutil.copy(base, copy)
        kill_after, pause = kill_point(rng, complete["statements"]), rng.choice(PAUSES)
        result = harness.run(argvs_for(copy), kill_after, pause)
        found = state(copy)
        where = f"seed {seed}, trial {number}: killed after {kill_after} statements (+{pause}s)"
        assert found["integrity"] == [("ok",)], where
        assert found["orphans"] == [], where
        consistent(copy, before, after, (where, found["counts"]))
        outcomes.append(
            f"{found['counts'].get('partners')} partners, "
            f"{found['counts'].get('iem_requests')} requests"
            + ("" if result["killed"] else " (finished first)")
        )
    return outcomes


def test_a_demo_fill_killed_at_random_moments_is_all_or_nothing(tmp_path, harness):
    seed = random.randrange(10**6)

    def one_partner(db: Database) -> None:
        add_partner(
            db,
            NewPartner(
                id="P-BASE", name="Base", edition="enterprise", start=date(2026, 1, 1), months=12
            ),
        )

    def before_or_after(path: Path, before: Any, after: Any, where: Any) -> None:
        assert after["counts"]["partners"] == before["counts"]["partners"] + 300
        assert state(path)["counts"] in (before["counts"], after["counts"]), where

    outcomes = kill_at_random_moments(
        harness,
        base_database(tmp_path, one_partner),
        lambda path: [["--db", f"sqlite:///{path}", "demo", "--partners", "300", "--force"]],
        seed,
        before_or_after,
    )
    print(f"seed {seed}: {outcomes}")


def test_a_batch_of_approvals_killed_at_random_moments_keeps_each_approval_whole(tmp_path, harness):
    seed = random.randrange(10**6)
    days = [date(2026, 3, 2) + timedelta(days=n) for n in range(12)]

    def roomy_partner(db: Database) -> None:
        add_partner(
            db,
            NewPartner(
                id="P1", name="Busy", edition="enterprise", start=date(2026, 1, 1), months=12
            ),
        )
        iem.purchase_days(db, "P1", 4, date(2026, 1, 1), date(2026, 12, 31))

    def approvals(path: Path) -> list[list[str]]:
        return [
            [
                "--db",
                f"sqlite:///{path}",
                "iem",
                "request",
                "--partner",
                "P1",
                "--start",
                day.isoformat(),
                "--end",
                day.isoformat(),
                "--submitted",
                "2026-01-05",
                "--approve",
            ]
            for day in days
        ]

    def each_whole(path: Path, before: Any, after: Any, where: Any) -> None:
        assert after["counts"]["iem_requests"] == len(days)
        each_approval_whole(path, where)

    outcomes = kill_at_random_moments(
        harness, base_database(tmp_path, roomy_partner), approvals, seed, each_whole
    )
    print(f"seed {seed}: {outcomes}")


def each_approval_whole(path: Path, where: str) -> None:
    """Every request present is approved, with its two status changes, two audit records
    and its bump of the subscription's lock row; nothing belongs to a request that is not."""
    connection = sqlite3.connect(path)
    try:
        requests, approved = connection.execute(
            "SELECT count(*), count(*) FILTER (WHERE status = 'approved') FROM iem_requests"
        ).fetchone()
        changes = connection.execute("SELECT count(*) FROM iem_status_changes").fetchone()[0]
        audited = dict(
            connection.execute(
                "SELECT action, count(*) FROM audit_events WHERE action LIKE 'iem.%' "
                "GROUP BY action"
            ).fetchall()
        )
        version = connection.execute("SELECT version FROM subscriptions").fetchone()[0]
    finally:
        connection.close()
    assert approved == requests, where
    assert changes == 2 * requests, where
    assert audited.get("iem.request", 0) == audited.get("iem.approve", 0) == requests, where
    assert version == 1 + requests, where
