"""Several teams on one server: each database has its own groups, and only they connect.

Issue 21: with server-wide groups an ASM of database A could write to database B and read
its form-signing key, and B's owner could demote A's users.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from team_processes import as_login, drop_groups, psycopg_dsn

from engagements.services.team_groups import default_names


@pytest.fixture
def second_team(postgres_server, cli):
    """Another database on the same server, after its own ``team setup``."""
    url = postgres_server.fresh_database()
    result = cli("--db", url, "team", "setup", "--json")
    assert result.code == 0, result.stderr
    yield url
    drop_groups(url, result.json["roles"])
    postgres_server.drop(url)


def connect(url: str, login: str | None = None) -> psycopg.Connection:
    return psycopg.connect(psycopg_dsn(as_login(url, login) if login else url), autocommit=True)


def test_each_database_gets_groups_named_after_it(team_url, second_team, cli):
    from sqlalchemy.engine import make_url

    first = cli("--db", team_url, "team", "setup", "--json").json["roles"]
    second = cli("--db", second_team, "team", "setup", "--json").json["roles"]
    assert sorted(first) == sorted(default_names(make_url(team_url).database).values())
    assert not set(first) & set(second)


def test_a_login_of_one_team_cannot_connect_to_another_teams_database(
    team_url, second_team, make_login, cli
):
    asm = make_login("asm")
    with connect(team_url, asm) as connection:  # its own database: fine
        connection.execute("SELECT count(*) FROM partners")
    with pytest.raises(psycopg.OperationalError, match="permission denied|CONNECT"):
        connect(second_team, asm)
    written = cli(
        "--db",
        as_login(second_team, asm),
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
        "--json",
    )
    assert written.code != 0


def test_another_databases_owner_cannot_demote_or_take_over_our_users(
    team_url, second_team, make_login, cli, monkeypatch
):
    asm = make_login("asm")
    moved = cli("--db", second_team, "team", "add-user", asm, "--role", "tam", "--json")
    assert moved.code == 0, moved.stderr
    assert cli("--db", as_login(team_url, asm), "team", "whoami", "--json").json["role"] == "asm"
    assert cli("--db", as_login(second_team, asm), "team", "whoami", "--json").json["role"] == "tam"
    monkeypatch.setenv("TAKEOVER", "new secret")
    takeover = cli(
        "--db",
        second_team,
        "team",
        "add-user",
        asm,
        "--role",
        "tam",
        "--password-env",
        "TAKEOVER",
        "--json",
    )
    assert takeover.code == 6
    assert "password" in takeover.json["reason"]


def test_groups_of_another_database_give_no_role_here(team_url, second_team, make_login, cli):
    from sqlalchemy.engine import make_url

    other_admin = default_names(make_url(second_team).database)["admin"]
    login = f"eng_test_{uuid.uuid4().hex[:8]}_outsider"
    with connect(team_url) as connection:
        connection.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE "{other_admin}"')
        connection.execute(
            f'GRANT CONNECT ON DATABASE "{make_url(team_url).database}" TO "{login}"'
        )
    try:
        refused = cli(
            "--db",
            as_login(team_url, login),
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
            "--json",
        )
        assert refused.code in (4, 6), refused.stdout
        with connect(team_url) as connection:
            assert connection.execute("SELECT count(*) FROM partners").fetchone() == (0,)
    finally:
        with connect(team_url) as connection:
            connection.execute(f'DROP OWNED BY "{login}"')
            connection.execute(f'DROP ROLE "{login}"')


def test_existing_roles_with_rights_elsewhere_are_refused_unless_told(team_url, second_team, cli):
    from sqlalchemy.engine import make_url

    taken = default_names(make_url(second_team).database)["admin"].removesuffix("_admin")
    refused = cli("--db", team_url, "team", "setup", "--prefix", taken, "--json")
    assert refused.code == 3
    assert refused.json["error"] == "roles_in_use_elsewhere"
    assert make_url(second_team).database in refused.json["reason"]
    assert "--reuse-roles" in refused.json["reason"]
    shared = cli("--db", team_url, "team", "setup", "--prefix", taken, "--reuse-roles", "--json")
    assert shared.code == 0, shared.stderr
    assert len(shared.json["reused"]) == 3
    # The database's former groups lost every right here.
    former = default_names(make_url(team_url).database)
    assert sorted(shared.json["released"]) == sorted(former.values())
    with connect(team_url) as connection:
        assert not connection.execute(
            "SELECT has_table_privilege(%s, 'partners', 'SELECT') "
            "OR has_database_privilege(%s, current_database(), "
            "'CONNECT')",
            [former["tam"], former["tam"]],
        ).fetchone()[0]
    drop_groups(team_url, list(former.values()))
    with connect(team_url) as connection:  # the shared groups are the other team's to drop
        for group in shared.json["roles"]:
            connection.execute(f'DROP OWNED BY "{group}"')


def test_setup_says_when_it_reuses_this_databases_groups(team_url, cli):
    again = cli("--db", team_url, "team", "setup")
    assert again.code == 0
    assert "reusing existing roles" in again.stdout


def test_a_database_set_up_with_the_shared_names_keeps_its_team_after_the_upgrade(
    postgres_url, cli
):
    """Migration 0007 adopts the server-wide groups a database was set up with, so its
    users keep their roles until ``team setup`` gives it groups of its own."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from engagements.services.permissions import GROUP_ROLES
    from engagements.store.migrate import _alembic_config

    engine = create_engine(postgres_url)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    with connect(postgres_url) as connection:  # what the old ``team setup`` left behind
        for group in GROUP_ROLES.values():
            connection.execute(
                f"DO $$ BEGIN CREATE ROLE {group} NOLOGIN; "
                "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
            )
        connection.execute(f"GRANT SELECT ON audit_events TO {GROUP_ROLES['tam']}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()
    login = f"eng_test_{uuid.uuid4().hex[:8]}_legacy"
    with connect(postgres_url) as connection:
        adopted = dict(connection.execute("SELECT role, group_name FROM team_groups"))
        connection.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE {GROUP_ROLES["asm"]}')
    assert adopted == GROUP_ROLES
    try:
        # Setup moves the database off the shared groups, taking its users along.
        moved = cli("--db", postgres_url, "team", "setup", "--json")
        assert moved.code == 0, moved.stderr
        assert sorted(moved.json["roles"]) == sorted(
            default_names(make_url(postgres_url).database).values()
        )
        assert "engagements_tam" in moved.json["released"]
        with connect(postgres_url) as connection:
            assert not connection.execute(
                "SELECT has_table_privilege('engagements_tam', 'audit_events', 'SELECT')"
            ).fetchone()[0]
        assert (
            cli("--db", as_login(postgres_url, login), "team", "whoami", "--json").json["role"]
            == "asm"
        )
    finally:
        with connect(postgres_url) as connection:
            connection.execute(f'DROP ROLE "{login}"')
        drop_groups(postgres_url, list(default_names(make_url(postgres_url).database).values()))


def test_group_names_fit_postgresql_and_stay_distinct_for_long_database_names():
    long_a, long_b = "sales_" + "x" * 57 + "a", "sales_" + "x" * 57 + "b"
    names_a, names_b = default_names(long_a), default_names(long_b)
    assert all(len(name.encode()) <= 63 for name in (*names_a.values(), *names_b.values()))
    assert not set(names_a.values()) & set(names_b.values())
    assert default_names("Team-A.prod") == {
        role: f"engagements_team_a_prod_{role}" for role in ("admin", "asm", "tam")
    }


@pytest.mark.parametrize("prefix", ["pg_team", "Bad Name", "x" * 57, "a;drop"])
def test_a_bad_prefix_is_refused_before_anything_is_done(postgres_url, cli, prefix):
    result = cli("--db", postgres_url, "team", "setup", "--prefix", prefix, "--json")
    assert result.code == 2
    assert result.json["error"] == "invalid_input"
