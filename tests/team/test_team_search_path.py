"""An insider's temporary objects cannot bend the functions and triggers we install.

PostgreSQL searches the session's temporary schema first unless it is named last, so a
function that reads ``pg_roles`` (or our own tables) unqualified would read whatever a
user created as a temporary view of that name. Issue 21: an ASM's temporary ``pg_roles``
made the audit stamp keep an administrator's name.
"""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from team_processes import as_login, psycopg_dsn

from engagements.services import iem, sessions
from engagements.services.database import Database
from engagements.services.partners import NewPartner, add_partner


def connect_as(url: str, login: str) -> psycopg.Connection:
    return psycopg.connect(psycopg_dsn(as_login(url, login)), autocommit=True)


def test_every_installed_function_has_a_fixed_safe_search_path(postgres_url):
    with psycopg.connect(psycopg_dsn(postgres_url)) as connection:
        schema = connection.execute("SELECT current_schema()").fetchone()[0]
        functions = connection.execute(
            "SELECT p.proname, coalesce(array_to_string(p.proconfig, ';'), '') "
            "FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid "
            "AND d.deptype = 'e')"
        ).fetchall()  # not the btree_gist extension's own
    names = {name for name, _ in functions}
    assert {
        "audit_events_stamp",
        "audit_events_append_only",
        "add_review_note",
        "iem_requests_no_double_booking",
        "training_sessions_no_iem_overlap",
    } <= names
    for name, config in functions:
        assert f'search_path=pg_catalog, "{schema}", pg_temp' in config.split(
            ";"
        ) or f"search_path=pg_catalog, {schema}, pg_temp" in config.split(";"), (name, config)


def test_a_temporary_pg_roles_cannot_forge_the_audit_actor(team_url, make_login):
    asm = make_login("asm")
    with connect_as(team_url, asm) as connection:
        # "Everyone is a superuser", as far as an unqualified read of pg_roles can tell.
        connection.execute(
            "CREATE TEMP VIEW pg_roles AS SELECT rolname, true AS rolsuper FROM pg_catalog.pg_roles"
        )
        connection.execute(
            "INSERT INTO audit_events (actor, action, entity_kind, entity_id) "
            "VALUES ('postgres', 'forged', 'partner', 'P1')"
        )
        actor = connection.execute(
            "SELECT actor FROM public.audit_events WHERE action = 'forged'"
        ).fetchone()[0]
        connection.execute("DISCARD TEMP")  # the login is dropped after the test
    assert actor == asm


def test_temporary_tables_cannot_capture_a_review_note(team_url, make_login):
    tam = make_login("tam")
    with connect_as(team_url, tam) as connection:
        for table in ("review_notes", "audit_events"):
            connection.execute(
                f"CREATE TEMP TABLE {table} (entity_kind text, entity_id text, "
                "author text, text text, actor text, action text, after text, "
                "id serial)"
            )
        connection.execute("SELECT add_review_note('partner', 'P1', 'looks fine')")
        temporary = connection.execute("SELECT count(*) FROM pg_temp.review_notes").fetchone()
        connection.execute("DISCARD TEMP")
    assert temporary == (0,)
    with psycopg.connect(psycopg_dsn(team_url)) as connection:
        assert connection.execute("SELECT author, text FROM review_notes").fetchall() == [
            (tam, "looks fine")
        ]
        assert connection.execute(
            "SELECT actor FROM audit_events WHERE action = 'review_note.add'"
        ).fetchall() == [(tam,)]


@pytest.mark.parametrize("hidden", ["iem_requests", "experts", "training_sessions"])
def test_temporary_views_cannot_hide_a_booking_from_the_no_overlap_rule(
    team_url, make_login, hidden
):
    db = Database.open(team_url, actor="setup")
    for partner in ("P0", "P1"):
        add_partner(
            db,
            NewPartner(
                id=partner, name=partner, edition="enterprise", start=date(2026, 1, 1), months=12
            ),
        )
    sessions.add_expert(db, "E1", "Li Na", "Asia/Shanghai")
    event = iem.request_iem(
        db,
        iem.IemRequestInput(
            partner_id="P0",
            start=date(2026, 6, 1),
            end=date(2026, 6, 1),
            submitted=date(2026, 1, 5),
            approve=True,
        ),
        today=date(2026, 1, 5),
    ).id
    db.engine.dispose()
    asm = make_login("asm")
    with connect_as(team_url, asm) as connection:
        # Look-alikes with no rows: a trigger reading them unqualified sees nobody busy.
        connection.execute(
            f"CREATE TEMP VIEW {hidden} AS SELECT * FROM public.{hidden} WHERE false"
        )
        connection.execute(
            "INSERT INTO public.training_sessions (partner_id, "
            "subscription_id, expert_id, starts_at, ends_at, timezone, topic, "
            "attendees, on_site, status, version) SELECT 'P1', id, 'E1', "
            "'2026-06-01 02:00+00', '2026-06-01 03:00+00', 'UTC', "
            "'architecture', '', false, 'scheduled', 1 FROM "
            "public.subscriptions WHERE partner_id = 'P1'"
        )
        with pytest.raises(psycopg.errors.ExclusionViolation, match="double-booked"):
            connection.execute(
                "UPDATE public.iem_requests SET expert_id = 'E1' WHERE id = %s", [event]
            )
        connection.execute("DISCARD TEMP")
