"""Team roles on PostgreSQL: the application refuses early, the database refuses regardless."""

from __future__ import annotations

import base64
import hashlib
import hmac

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy.engine import make_url
from team_processes import as_login, psycopg_dsn

from engagements.services.database import Database
from engagements.services.team import add_review_note
from engagements.services.team_groups import default_names


def groups_of(url: str) -> list[str]:
    """The three group roles ``team setup`` makes for the database at ``url``."""
    return sorted(default_names(make_url(url).database).values())


def connect_as(url: str, login: str) -> psycopg.Connection:
    return psycopg.connect(psycopg_dsn(as_login(url, login)), autocommit=True)


def user_tables(connection: psycopg.Connection) -> list[str]:
    return [
        name
        for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
    ]


def a_column(connection: psycopg.Connection, table: str) -> str:
    # pg_attribute, not information_schema: the latter hides columns the user cannot read.
    return connection.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
        "AND NOT attisdropped ORDER BY attnum LIMIT 1",
        [table],
    ).fetchone()[0]


def refused(connection: psycopg.Connection, statement: sql.Composable) -> bool:
    try:
        connection.execute(statement)
    except errors.InsufficientPrivilege:
        return True
    return False


def test_setup_creates_the_three_groups_and_is_idempotent(team_url, cli):
    GROUPS = groups_of(team_url)
    first = cli("--db", team_url, "team", "setup", "--json")  # the fixture ran it once
    again = cli("--db", team_url, "team", "setup", "--json")
    assert (first.code, again.code) == (0, 0), first.stderr + again.stderr
    assert sorted(first.json["roles"]) == sorted(again.json["roles"]) == GROUPS
    assert again.json["created"] == []
    assert sorted(again.json["reused"]) == GROUPS
    postgres_url = team_url
    with psycopg.connect(psycopg_dsn(postgres_url)) as connection:
        found = connection.execute(
            "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(%s)", [GROUPS]
        ).fetchall()
        assert sorted(found) == [(name, False) for name in GROUPS]
        assert connection.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'team.setup'"
        ).fetchone() == (3,)


def test_setup_on_sqlite_is_refused_with_a_clear_reason(sqlite_url, cli):
    result = cli("--db", sqlite_url, "team", "setup", "--json")
    assert result.code == 3
    assert result.json["error"] == "team_mode_needs_postgresql"
    assert "PostgreSQL" in result.json["reason"]
    user = cli("--db", sqlite_url, "team", "add-user", "someone", "--role", "asm", "--json")
    assert user.code == 3


def test_nobody_but_the_owner_may_rewrite_the_audit_trail(team_url):
    GROUPS = groups_of(team_url)
    with psycopg.connect(psycopg_dsn(team_url)) as connection:
        for group in GROUPS:
            for right in ("UPDATE", "DELETE", "TRUNCATE"):
                assert not connection.execute(
                    "SELECT has_table_privilege(%s, 'audit_events', %s)", [group, right]
                ).fetchone()[0], (group, right)
        assert connection.execute(
            "SELECT pg_get_userbyid(relowner) NOT IN "
            "(SELECT unnest(%s::text[])) FROM pg_class WHERE relname = "
            "'audit_events'",
            [GROUPS],
        ).fetchone()[0]


def test_a_tam_cannot_change_any_table_even_with_raw_sql(team_url, make_login):
    tam = make_login("tam")
    with connect_as(team_url, tam) as connection:
        tables = user_tables(connection)
        assert "audit_events" in tables and "partners" in tables
        for table in tables:
            name, column = sql.Identifier(table), sql.Identifier(a_column(connection, table))
            for statement in (
                sql.SQL("INSERT INTO {} DEFAULT VALUES").format(name),
                sql.SQL("UPDATE {} SET {} = {}").format(name, column, column),
                sql.SQL("DELETE FROM {}").format(name),
                sql.SQL("TRUNCATE {}").format(name),
            ):
                assert refused(connection, statement), statement.as_string(connection)
        assert refused(connection, sql.SQL("CREATE TABLE sneaky (id int)"))
        # ... but reads everything except the form-signing secret.
        for table in (t for t in tables if t != "app_secrets"):
            connection.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        assert refused(connection, sql.SQL("SELECT * FROM app_secrets"))


def test_an_asm_cannot_update_or_delete_the_audit_trail(team_url, make_login, cli):
    asm = make_login("asm")
    asm_url = as_login(team_url, asm)
    added = cli(
        "--db",
        asm_url,
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
    assert added.code == 0, added.stderr
    with connect_as(team_url, asm) as connection:
        for statement in (
            "UPDATE audit_events SET actor = 'someone else'",
            "DELETE FROM audit_events",
            "TRUNCATE audit_events",
        ):
            assert refused(connection, sql.SQL(statement)), statement
        # What an ASM may insert is stamped by the database: no backdating, no other name.
        connection.execute(
            "INSERT INTO audit_events (at, actor, action, entity_kind, "
            "entity_id) VALUES ('2000-01-01', 'the boss', 'x', 'partner', 'P1')"
        )
        at_year, actor = connection.execute(
            "SELECT extract(year FROM at), actor FROM audit_events WHERE action = 'x'"
        ).fetchone()
    assert actor == asm and at_year > 2000
    events = cli("--db", team_url, "audit", "--entity", "partner:P1", "--json").json["events"]
    assert {e["actor"] for e in events} == {asm}


def test_the_application_refuses_a_tam_before_the_database_has_to(team_url, make_login, cli):
    asm, tam = make_login("asm"), make_login("tam")
    asm_url, tam_url = as_login(team_url, asm), as_login(team_url, tam)
    cli(
        "--db",
        asm_url,
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
    requested = cli(
        "--db",
        asm_url,
        "iem",
        "request",
        "--partner",
        "P1",
        "--start",
        "2026-12-21",
        "--end",
        "2026-12-21",
        "--json",
    )
    assert requested.code == 0, requested.stderr
    approve = cli("--db", tam_url, "iem", "approve", str(requested.json["id"]), "--json")
    assert approve.code == 6
    assert approve.json["error"] == "not_allowed"
    assert "TAM" in approve.json["reason"] and tam in approve.json["reason"]
    for command in (["partner", "list"], ["allowance", "--partner", "P1"], ["audit"]):
        assert cli("--db", tam_url, *command, "--json").code == 0, command
    whoami = cli("--db", tam_url, "team", "whoami", "--json").json
    assert (whoami["login"], whoami["role"]) == (tam, "tam")
    assert cli("--db", asm_url, "iem", "approve", str(requested.json["id"])).code == 0


def test_the_roster_is_for_administrators(team_url, make_login, cli):
    asm, admin = make_login("asm"), make_login("admin")
    refused_ = cli(
        "--db",
        as_login(team_url, asm),
        "expert",
        "add",
        "--id",
        "E1",
        "--name",
        "Wang Lei",
        "--json",
    )
    assert refused_.code == 6 and "administrator" in refused_.json["reason"]
    with connect_as(team_url, asm) as connection:
        assert refused(
            connection,
            sql.SQL(
                "INSERT INTO experts (id, name, timezone, active) VALUES ('E9', 'x', 'UTC', true)"
            ),
        )
    added = cli(
        "--db",
        as_login(team_url, admin),
        "expert",
        "add",
        "--id",
        "E1",
        "--name",
        "Wang Lei",
        "--json",
    )
    assert added.code == 0, added.stderr


def test_a_tam_adds_review_notes_only_through_the_granted_function(team_url, make_login):
    tam = make_login("tam")
    reviewer = Database.open(as_login(team_url, tam))
    try:
        note_id = add_review_note(reviewer, ("partner", "P1"), "Capacity plan looks thin")
    finally:
        reviewer.engine.dispose()
    with connect_as(team_url, tam) as connection:
        author, text = connection.execute(
            "SELECT author, text FROM review_notes WHERE id = %s", [note_id]
        ).fetchone()
        assert refused(
            connection,
            sql.SQL(
                "INSERT INTO review_notes (entity_kind, entity_id, author, text) "
                "VALUES ('partner', 'P1', 'someone', 'x')"
            ),
        )
        audit = connection.execute(
            "SELECT actor FROM audit_events WHERE action = 'review_note.add'"
        ).fetchall()
    assert (author, text) == (tam, "Capacity plan looks thin")
    assert audit == [(tam,)]


def scram_matches(secret: str, password: str) -> bool:
    """Whether a stored SCRAM-SHA-256 verifier was made from ``password`` (RFC 5802)."""
    method, rest = secret.split("$", 1)
    iterations_salt, keys = rest.split("$")
    iterations, salt = iterations_salt.split(":")
    stored_key = base64.b64decode(keys.split(":")[0])
    salted = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return method == "SCRAM-SHA-256" and hashlib.sha256(client_key).digest() == stored_key


def test_add_user_takes_the_password_from_the_environment_only(
    team_url, make_login, cli, monkeypatch
):
    monkeypatch.setenv("ENGAGEMENTS_NEW_PASSWORD", "correct horse 'battery' $staple")
    login = make_login("asm", password_env="ENGAGEMENTS_NEW_PASSWORD")
    with psycopg.connect(psycopg_dsn(team_url)) as connection:
        secret, groups = connection.execute(
            "SELECT rolpassword, ARRAY(SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b "
            "ON b.oid = m.roleid WHERE m.member = a.oid) FROM pg_authid a WHERE rolname = %s",
            [login],
        ).fetchone()
    assert scram_matches(secret, "correct horse 'battery' $staple")
    assert groups == [name for name in groups_of(team_url) if name.endswith("_asm")]
    missing = cli(
        "--db",
        team_url,
        "team",
        "add-user",
        "nobody_x",
        "--role",
        "tam",
        "--password-env",
        "ENGAGEMENTS_NOT_SET",
        "--json",
    )
    assert missing.code == 2 and "ENGAGEMENTS_NOT_SET" in missing.json["reason"]
    typed = cli(
        "--db", team_url, "team", "add-user", "nobody_x", "--role", "tam", "--password", "secret"
    )
    assert typed.code == 2


def test_moving_a_login_to_another_role_takes_the_old_rights_away(team_url, make_login, cli):
    login = make_login("asm")
    moved = cli("--db", team_url, "team", "add-user", login, "--role", "tam", "--json")
    assert moved.code == 0, moved.stderr
    assert (moved.json["login"], moved.json["role"], moved.json["created"]) == (login, "tam", False)
    with connect_as(team_url, login) as connection:
        assert refused(
            connection, sql.SQL("INSERT INTO partners (id, name, version) VALUES ('P9', 'x', 1)")
        )


@pytest.mark.parametrize("login", ["engagements_asm", "pg_monitor", "bad name", "x" * 64])
def test_add_user_refuses_unusable_login_names(team_url, cli, login):
    result = cli("--db", team_url, "team", "add-user", login, "--role", "tam", "--json")
    assert result.code == 2, result.stderr


def test_every_table_has_a_place_in_the_team_privileges():
    from engagements.services import team
    from engagements.store.models import Base

    classified = [
        *team.ASM_TABLES,
        *team.ADMIN_TABLES,
        *team.APPEND_ONLY_TABLES,
        *team.READ_ONLY_TABLES,
    ]
    assert len(classified) == len(set(classified))
    missing = set(Base.metadata.tables) - set(classified)
    assert not missing, f"say who may write {missing} in engagements.services.team"


def test_each_role_can_do_its_own_work_under_the_database_privileges(
    team_url, make_login, cli, tmp_path
):
    """The grants are enough for the real work, not only tight enough to refuse."""
    admin, asm = as_login(team_url, make_login("admin")), as_login(team_url, make_login("asm"))

    def run(url, *args):
        result = cli("--db", url, "--json", *args)
        assert result.code == 0, (args, result.stderr)
        return result.json

    run(admin, "expert", "add", "--id", "E1", "--name", "Wang Lei")
    run(
        admin,
        "holidays",
        "add",
        "--calendar",
        "CN",
        "--date",
        "2026-12-24",
        "--kind",
        "holiday",
        "--name",
        "Christmas Eve",
    )
    run(
        asm,
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
    first = run(
        asm,
        "iem",
        "request",
        "--partner",
        "P1",
        "--start",
        "2026-12-21",
        "--end",
        "2026-12-21",
        "--sub-client-id",
        "ACC-1",
        "--approve",
    )["id"]
    second = run(
        asm, "iem", "request", "--partner", "P1", "--start", "2026-12-28", "--end", "2026-12-28"
    )["id"]
    run(asm, "iem", "scheduled", str(first))
    run(asm, "iem", "reject", str(second), "--reason", "duplicate")
    run(
        asm,
        "iem",
        "purchase",
        "--partner",
        "P1",
        "--days",
        "2",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    )
    booked = run(
        asm,
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
    run(asm, "session", "cancel", str(booked))
    run(
        asm,
        "expert-service",
        "record",
        "--partner",
        "P1",
        "--date",
        "2026-06-01",
        "--summary",
        "Capacity review",
    )
    run(asm, "form", "export", "--partner", "P1", "--out", str(tmp_path / "form.pdf"))
    holidays = cli(
        "--db", asm, "--json", "holidays", "remove", "--calendar", "CN", "--date", "2026-12-24"
    )
    assert holidays.code == 6, holidays.stderr  # the calendars are the administrators'
