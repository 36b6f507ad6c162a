"""Team mode on PostgreSQL: a trustworthy audit stamp and the reviewers' note path.

- Every audit record gets the database's clock, and, for anyone but a superuser, the
  database login as actor, whatever the client sent: an ASM with INSERT on the audit
  trail cannot backdate a record or write one in someone else's name.
- TAMs have no INSERT privilege on any table; they add review notes through
  ``add_review_note``, a SECURITY DEFINER function that checks its input, stamps the
  author from the login and appends an audit record. ``team setup`` grants EXECUTE.

SQLite has no logins: the operating-system user owns the file, so nothing changes there.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REVIEW_NOTE_KINDS = ("partner", "subscription", "iem_request", "session", "expert", "calendar")

AUDIT_STAMP = [
    """CREATE FUNCTION audit_events_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.at := now();
         -- A superuser can switch triggers off anyway; maintenance scripts keep their name.
         IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
           NEW.actor := session_user;
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER audit_events_stamp BEFORE INSERT ON audit_events
       FOR EACH ROW EXECUTE FUNCTION audit_events_stamp()""",
]


def _review_note_function(schema: str) -> str:
    kinds = ", ".join(f"'{kind}'" for kind in REVIEW_NOTE_KINDS)
    return f"""
    CREATE FUNCTION add_review_note(entity_kind text, entity_id text, note text)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = "{schema}", pg_temp AS $$
    DECLARE note_id integer;
    BEGIN
      IF entity_kind IS NULL OR entity_kind NOT IN ({kinds}) THEN
        RAISE EXCEPTION 'a review note is about one of: {", ".join(REVIEW_NOTE_KINDS)}'
          USING ERRCODE = '22023';
      END IF;
      IF coalesce(length(entity_id), 0) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'the id must be 1-64 characters' USING ERRCODE = '22023';
      END IF;
      IF coalesce(length(btrim(note)), 0) NOT BETWEEN 1 AND 4000 THEN
        RAISE EXCEPTION 'a review note must be 1-4000 characters' USING ERRCODE = '22023';
      END IF;
      INSERT INTO review_notes (entity_kind, entity_id, author, text)
        VALUES (entity_kind, entity_id, session_user, btrim(note)) RETURNING id INTO note_id;
      INSERT INTO audit_events (actor, action, entity_kind, entity_id, after)
        VALUES (session_user, 'review_note.add', entity_kind, entity_id,
                json_build_object('id', note_id, 'text', btrim(note))::text);
      RETURN note_id;
    END $$"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.execute(sa.text("SELECT current_schema()")).scalar_one()
    for statement in AUDIT_STAMP:
        op.execute(statement)
    op.execute(_review_note_function(schema))
    # Functions are executable by PUBLIC unless revoked; only team roles get this one.
    op.execute("REVOKE ALL ON FUNCTION add_review_note(text, text, text) FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION IF EXISTS add_review_note(text, text, text)")
    op.execute("DROP TRIGGER IF EXISTS audit_events_stamp ON audit_events")
    op.execute("DROP FUNCTION IF EXISTS audit_events_stamp()")
