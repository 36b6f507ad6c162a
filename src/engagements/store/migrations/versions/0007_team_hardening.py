"""Team mode an insider cannot bend: safe function search paths, per-database groups,
and one no-overlap rule over sessions and IEM assignments.

- Every function the application installs runs with ``search_path = pg_catalog, <schema>,
  pg_temp`` and names what it reads with its schema: a user's temporary view named
  ``pg_roles`` (the temporary schema is searched first unless placed last) can no longer
  make the audit stamp keep a forged actor.
- ``team_groups`` records this database's own group roles (``team setup`` fills it), so
  two databases on one server never share a team.
- Before an expert is put on an IEM event or a session, a trigger takes that expert's
  lock (a transaction-level advisory lock) and refuses an overlap with the expert's
  sessions and other IEM assignment days (whole days in the expert's zone). With the
  exclusion constraint between sessions, every way of booking an expert meets one rule,
  whichever client writes. SQLite serialises writers (``BEGIN IMMEDIATE``), so the
  services' own check under that lock is the rule there.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COMMITTED_IEM = "'approved', 'scheduled', 'in_progress', 'completed'"
COUNTING_SESSION = "'scheduled', 'held'"


def _safe(schema: str) -> str:
    return f'SET search_path = pg_catalog, "{schema}", pg_temp'


def audit_stamp(schema: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION "{schema}".audit_events_stamp() RETURNS trigger
    LANGUAGE plpgsql {_safe(schema)} AS $$
    BEGIN
      NEW.at := pg_catalog.now();
      -- A superuser can switch triggers off anyway; maintenance scripts keep their name.
      IF NOT coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                       WHERE r.rolname = pg_catalog.session_user()), false) THEN
        NEW.actor := pg_catalog.session_user();
      END IF;
      RETURN NEW;
    END $$"""


def append_only(schema: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION "{schema}".audit_events_append_only()
    RETURNS trigger LANGUAGE plpgsql {_safe(schema)} AS $$
    BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$"""


def review_note(schema: str, kinds: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    return f"""CREATE OR REPLACE FUNCTION "{schema}".add_review_note(
      entity_kind text, entity_id text, note text)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER {_safe(schema)} AS $$
    DECLARE note_id integer;
    BEGIN
      IF entity_kind IS NULL OR entity_kind NOT IN ({listed}) THEN
        RAISE EXCEPTION 'a review note is about one of: {", ".join(kinds)}'
          USING ERRCODE = '22023';
      END IF;
      IF coalesce(pg_catalog.length(entity_id), 0) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'the id must be 1-64 characters' USING ERRCODE = '22023';
      END IF;
      IF coalesce(pg_catalog.length(pg_catalog.btrim(note)), 0) NOT BETWEEN 1 AND 4000 THEN
        RAISE EXCEPTION 'a review note must be 1-4000 characters' USING ERRCODE = '22023';
      END IF;
      INSERT INTO "{schema}".review_notes (entity_kind, entity_id, author, text)
        VALUES (entity_kind, entity_id, pg_catalog.session_user(), pg_catalog.btrim(note))
        RETURNING id INTO note_id;
      INSERT INTO "{schema}".audit_events (actor, action, entity_kind, entity_id, after)
        VALUES (pg_catalog.session_user(), 'review_note.add', entity_kind, entity_id,
                pg_catalog.json_build_object('id', note_id, 'text',
                                             pg_catalog.btrim(note))::text);
      RETURN note_id;
    END $$"""


def expert_lock(schema: str) -> str:
    """One lock per expert in this database, taken by everything that books the expert."""
    return f"""CREATE OR REPLACE FUNCTION "{schema}".lock_expert(expert text) RETURNS void
    LANGUAGE sql {_safe(schema)} AS $$
      SELECT pg_catalog.pg_advisory_xact_lock(
        pg_catalog.hashtextextended('engagements.expert:' || expert, 0)) $$"""


def iem_days(schema: str) -> str:
    """The instants an IEM assignment keeps its expert busy: whole days in the expert's zone."""
    return f"""CREATE OR REPLACE FUNCTION "{schema}".iem_assignment_span(
      expert text, first_day date, last_day date) RETURNS tstzrange
    LANGUAGE sql STABLE {_safe(schema)} AS $$
      SELECT pg_catalog.tstzrange(first_day::timestamp AT TIME ZONE e.timezone,
                                  (last_day + 1)::timestamp AT TIME ZONE e.timezone, '[)')
      FROM "{schema}".experts e WHERE e.id = expert $$"""


def iem_guard(schema: str) -> str:
    s = f'"{schema}"'
    return f"""CREATE OR REPLACE FUNCTION {s}.iem_requests_no_double_booking()
    RETURNS trigger LANGUAGE plpgsql {_safe(schema)} AS $$
    DECLARE span tstzrange;
    BEGIN
      IF NEW.expert_id IS NULL OR NEW.status NOT IN ({COMMITTED_IEM}) THEN RETURN NEW; END IF;
      IF TG_OP = 'UPDATE' AND OLD.expert_id IS NOT DISTINCT FROM NEW.expert_id
         AND OLD.start = NEW.start AND OLD."end" = NEW."end"
         AND OLD.status IN ({COMMITTED_IEM}) THEN
        RETURN NEW;  -- nothing about the booking changed
      END IF;
      PERFORM {s}.lock_expert(NEW.expert_id);
      span := {s}.iem_assignment_span(NEW.expert_id, NEW.start, NEW."end");
      IF EXISTS (SELECT 1 FROM {s}.training_sessions t
                 WHERE t.expert_id = NEW.expert_id AND t.status IN ({COUNTING_SESSION})
                   AND pg_catalog.tstzrange(t.starts_at, t.ends_at, '[)') && span)
         OR EXISTS (SELECT 1 FROM {s}.iem_requests r
                    WHERE r.expert_id = NEW.expert_id AND r.id <> NEW.id
                      AND r.status IN ({COMMITTED_IEM})
                      AND {s}.iem_assignment_span(r.expert_id, r.start, r."end") && span) THEN
        RAISE EXCEPTION 'expert double-booked' USING ERRCODE = '23P01';
      END IF;
      RETURN NEW;
    END $$"""


def session_guard(schema: str) -> str:
    s = f'"{schema}"'
    return f"""CREATE OR REPLACE FUNCTION {s}.training_sessions_no_iem_overlap()
    RETURNS trigger LANGUAGE plpgsql {_safe(schema)} AS $$
    BEGIN
      IF NEW.status NOT IN ({COUNTING_SESSION}) THEN RETURN NEW; END IF;
      IF TG_OP = 'UPDATE' AND OLD.expert_id = NEW.expert_id
         AND OLD.starts_at = NEW.starts_at AND OLD.ends_at = NEW.ends_at
         AND OLD.status IN ({COUNTING_SESSION}) THEN
        RETURN NEW;
      END IF;
      PERFORM {s}.lock_expert(NEW.expert_id);
      IF EXISTS (SELECT 1 FROM {s}.iem_requests r
                 WHERE r.expert_id = NEW.expert_id AND r.status IN ({COMMITTED_IEM})
                   AND {s}.iem_assignment_span(r.expert_id, r.start, r."end")
                       && pg_catalog.tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
        RAISE EXCEPTION 'expert double-booked' USING ERRCODE = '23P01';
      END IF;
      RETURN NEW;
    END $$"""


TRIGGERS = [
    (
        "iem_requests_no_double_booking",
        "iem_requests",
        'INSERT OR UPDATE OF expert_id, start, "end", status',
    ),
    (
        "training_sessions_no_iem_overlap",
        "training_sessions",
        "INSERT OR UPDATE OF expert_id, starts_at, ends_at, status",
    ),
]
REVIEW_NOTE_KINDS = ("partner", "subscription", "iem_request", "session", "expert", "calendar")


def upgrade() -> None:
    op.create_table(
        "team_groups",
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("group_name", sa.String(length=63), nullable=False),
        sa.PrimaryKeyConstraint("role", name=op.f("pk_team_groups")),
        sa.UniqueConstraint("group_name", name=op.f("uq_team_groups_group_name")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Like every table, a change to it moves the revision (migration 0006).
        for change in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS data_revision_after_{change.lower()}"
                f"_team_groups AFTER {change} ON team_groups BEGIN UPDATE "
                "data_revision SET revision = revision + 1, "
                "stamp = lower(hex(randomblob(8))); END"
            )
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    for statement in (
        audit_stamp(schema),
        append_only(schema),
        review_note(schema, REVIEW_NOTE_KINDS),
        expert_lock(schema),
        iem_days(schema),
        iem_guard(schema),
        session_guard(schema),
    ):
        op.execute(statement)
    for name, table, events in TRIGGERS:
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {events} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    _adopt_legacy_groups(bind)


def _adopt_legacy_groups(bind: sa.Connection) -> None:
    """A database set up before groups were per database keeps working with its groups
    (``team setup`` then says they are shared and how to give it its own)."""
    legacy = {"admin": "engagements_admin", "asm": "engagements_asm", "tam": "engagements_tam"}
    present = bind.execute(
        sa.text("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(legacy.values())},
    ).scalar_one()
    if (
        present == len(legacy)
        and bind.execute(
            sa.text("SELECT pg_catalog.has_table_privilege(:tam, 'audit_events', 'SELECT')"),
            {"tam": legacy["tam"]},
        ).scalar_one()
    ):
        for role, group in legacy.items():
            bind.execute(
                sa.text("INSERT INTO team_groups (role, group_name) VALUES (:r, :g)"),
                {"r": role, "g": group},
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for name, table, _events in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        op.execute("DROP FUNCTION IF EXISTS iem_assignment_span(text, date, date)")
        op.execute("DROP FUNCTION IF EXISTS lock_expert(text)")
        # The functions of 0001 and 0003 keep their safe search path: it is never wrong.
    op.drop_table("team_groups")
