"""Helpers for team-mode tests: real processes started together, URLs for other logins.

Concurrent users are separate processes running the real command line (see
run_together.py); a user who is told "try again" runs ``python -m engagements`` again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

import engagements

HERE = Path(__file__).parent
SOURCE = Path(engagements.__file__).resolve().parent.parent
TODAY = "2026-11-26"


def child_environment(**extra: str) -> dict[str, str]:
    """The environment of a child process: this source tree, the fixed test date."""
    env = {**os.environ, "ENGAGEMENTS_TODAY": TODAY, **extra}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH")]))
    env.pop("ENGAGEMENTS_DEBUG", None)  # a loser must fail cleanly without it
    return env


@dataclass
class ProcessResult:
    argv: list[str]
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


def run_together(argvs: list[list[str]]) -> list[ProcessResult]:
    """Run one process per argv, all released at the same moment (see run_together.py)."""
    done = subprocess.run(
        [sys.executable, str(HERE / "run_together.py")],
        input=json.dumps(argvs),
        capture_output=True,
        text=True,
        env=child_environment(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [
        ProcessResult(argv, r["code"], r["stdout"], r["stderr"])
        for argv, r in zip(argvs, json.loads(done.stdout), strict=True)
    ]


def run_command(argv: list[str], **env: str) -> ProcessResult:
    """Run ``python -m engagements ARGV`` to the end."""
    done = subprocess.run(
        [sys.executable, "-m", "engagements", *argv],
        capture_output=True,
        text=True,
        env=child_environment(**env),
        check=False,
    )
    return ProcessResult(argv, done.returncode, done.stdout, done.stderr)


def assert_clean_exit(result: ProcessResult, allowed: set[int]) -> None:
    """The process ended with an allowed code and one clear line, never a traceback."""
    assert result.code in allowed, (result.argv, result.code, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    if result.code:
        assert result.stderr.startswith("engagements: "), result.stderr
        assert result.json["error"] and result.json["reason"]


def as_login(url: str, login: str) -> str:
    """The same database URL, connecting as ``login`` (the test server trusts 127.0.0.1)."""
    return make_url(url).set(username=login, password=None).render_as_string(False)


def psycopg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(False)


def drop_groups(url: str, groups: list[str]) -> None:
    """Drop group roles that hold rights only in the database at ``url``."""
    with psycopg.connect(psycopg_dsn(url), autocommit=True) as connection:
        for group in groups:
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [group]).fetchone():
                connection.execute(f'DROP OWNED BY "{group}"')
                connection.execute(f'DROP ROLE "{group}"')
