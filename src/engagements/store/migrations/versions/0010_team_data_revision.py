"""A revision that every committed change to a PostgreSQL database moves forward, so a
team member's start can draw the dashboard saved at the last load (``services.fast_start``).

SQLite keeps its revision row (migration 0006): one writer at a time, so a row updated in
the writing transaction costs nothing. On a shared server that row would make every team
write wait for every other. A SEQUENCE does not: ``nextval`` never blocks and is never
rolled back. A statement-level AFTER trigger on each data table draws one value per
statement that changed something, TRUNCATE included (a rolled-back write moves it too: a
saved dashboard is then only thought older than it is). A table added by a later migration
needs the same trigger: tests/store/test_data_revision.py fails on a table without one.
The trigger function runs as the owner of the tables (SECURITY DEFINER), so team logins
need no right on the sequence beyond reading it.

SQLite is left as it is.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SEQUENCE = "data_revision_seq"
FUNCTION = "data_revision_bump"
CHANGES = ("INSERT", "UPDATE", "DELETE", "TRUNCATE")  # every way rows change
NOT_TRACKED = ("alembic_version", "data_revision")


def trigger_name(table: str) -> str:
    return f"{SEQUENCE}_after_change_{table}"


def tracked_tables(connection: sa.Connection) -> list[str]:
    """Every table of ours but Alembic's stamp and SQLite's revision row."""
    return [name for name in sa.inspect(connection).get_table_names() if name not in NOT_TRACKED]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    # Like every function we install (migration 0007): a fixed search path, the session's
    # temporary schema last, so nobody's temporary objects can stand in for ours.
    schema = connection.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE}")
    # The count of changes is no secret: every login reads it at its start.
    op.execute(f"GRANT SELECT ON SEQUENCE {SEQUENCE} TO PUBLIC")
    op.execute(f"""
        CREATE OR REPLACE FUNCTION "{schema}".{FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, "{schema}", pg_temp
        AS $$
        BEGIN
            PERFORM nextval('{SEQUENCE}');
            RETURN NULL;
        END $$""")
    for table in tracked_tables(connection):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table)} ON {table}")
        op.execute(
            f"CREATE TRIGGER {trigger_name(table)} AFTER {' OR '.join(CHANGES)} "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table in tracked_tables(connection):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table)} ON {table}")
    schema = connection.execute(sa.text("SELECT current_schema()")).scalar_one()
    op.execute(f'DROP FUNCTION IF EXISTS "{schema}".{FUNCTION}()')
    op.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")
