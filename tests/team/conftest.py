"""Team-mode fixtures: a database after ``team setup``, logins that are dropped afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from team_processes import drop_groups, psycopg_dsn


@pytest.fixture
def team_url(postgres_url: str, cli: Any) -> Iterator[str]:
    """A fresh PostgreSQL database on which ``team setup`` has been run; its group roles
    (cluster-wide, named after the database) are dropped afterwards."""
    result = cli("--db", postgres_url, "team", "setup", "--json")
    assert result.code == 0, result.stderr
    yield postgres_url
    drop_groups(postgres_url, result.json["roles"])


@pytest.fixture
def make_login(team_url: str, cli: Any) -> Iterator[Any]:
    """Create uniquely named logins (cluster-wide); every one is dropped afterwards."""
    created: list[str] = []
    run_id = uuid.uuid4().hex[:8]

    def make(role: str, password_env: str | None = None) -> str:
        login = f"eng_test_{run_id}_{role}{len(created)}"
        extra = ["--password-env", password_env] if password_env else []
        result = cli("--db", team_url, "team", "add-user", login, "--role", role, *extra, "--json")
        assert result.code == 0, result.stderr
        created.append(login)
        return login

    yield make
    with psycopg.connect(psycopg_dsn(team_url), autocommit=True) as connection:
        for login in created:
            # Connections of the login end with the test database; it owns nothing.
            connection.execute(f'DROP ROLE IF EXISTS "{login}"')
