"""Shared fixtures: a fresh database per test, on SQLite and (when configured) PostgreSQL.

PostgreSQL tests read the server's URL from ENGAGEMENTS_TEST_PG_URL. Without it they skip
with that reason; under CI (CI=true) a skipped PostgreSQL test fails the run instead.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The application's log file (engagements.logs) goes to a folder of the test run, not the
# user's state folder; commands run in a child process inherit it.
os.environ.setdefault("ENGAGEMENTS_LOG_DIR", tempfile.mkdtemp(prefix="engagements-logs-"))
# The window follows the system's locale: the tests pin it, so a developer's Chinese (or
# German) desktop gives the same dates, weekday names and language as CI.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

PG_URL_VARIABLE = "ENGAGEMENTS_TEST_PG_URL"
TODAY = date(2026, 11, 26)


@pytest.fixture(autouse=True, scope="session")
def private_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Saved dashboards go to the user's cache folder: the tests keep theirs apart, on
    every system (XDG_CACHE_HOME would do only on Linux)."""
    os.environ["ENGAGEMENTS_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs on SQLite only")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "[postgresql" in item.nodeid or "postgres_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    # Under CI a PostgreSQL test must run: a skip there would hide a broken server.
    if (
        report.skipped
        and os.environ.get("CI") == "true"
        and item.get_closest_marker("postgres") is not None
    ):
        report.outcome = "failed"
        report.longrepr = f"PostgreSQL test skipped under CI: {PG_URL_VARIABLE} must be set"


class PostgresServer:
    """Makes a fresh, migrated database per test by copying a template (fast)."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url).set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.template = f"engagements_template_{os.getpid()}"
        self._template_ready = False

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from engagements.services.database import Database

        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.template}"'))
            connection.execute(text(f'CREATE DATABASE "{self.template}"'))
        database = Database.open(self.url.set(database=self.template).render_as_string(False))
        database.engine.dispose()
        self._template_ready = True

    def fresh_database(self) -> str:
        self._ensure_template()
        name = f"engagements_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        if self._template_ready:
            with self.admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{self.template}"'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        pytest.skip(
            f"PostgreSQL not configured: set {PG_URL_VARIABLE}, e.g. "
            "postgresql://postgres@127.0.0.1:5432/test"
        )
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test."""
    url = postgres_server.fresh_database()
    yield url
    postgres_server.drop(url)


@pytest.fixture
def sqlite_url(tmp_path: Any) -> str:
    return f"sqlite:///{tmp_path / 'engagements.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database URL, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Any]:
    """An open, migrated ``Database`` for this test (both kinds), acting as "asm-tester"."""
    from engagements.services.database import Database

    database = Database.open(db_url, actor="asm-tester")
    yield database
    database.engine.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Any]:
    from engagements.services.database import Database

    database = Database.open(sqlite_url, actor="asm-tester")
    yield database
    database.engine.dispose()


@pytest.fixture
def today() -> date:
    """A fixed today: tests never depend on the real date."""
    return TODAY


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``engagements ...`` in-process; ENGAGEMENTS_TODAY is the fixed test date."""
    from engagements.cli.main import main

    monkeypatch.setenv("ENGAGEMENTS_TODAY", TODAY.isoformat())

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main([str(a) for a in args])
            except SystemExit as exit_:  # argparse's usage errors
                code = int(exit_.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
