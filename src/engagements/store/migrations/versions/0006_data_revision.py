"""A revision that every change to an SQLite database moves forward.

The window draws the dashboard saved at its last start before it loads the database
layer, and may do so only while nothing has changed since. Triggers on every table bump
``data_revision.revision`` and draw a new random ``stamp`` in the same transaction as the
change, whichever program made it (the window, the command line, a script), so one read
tells whether the saved dashboard still holds. The number alone would not: a backup put
back and then changed as often as the lost changes, or two databases both still at 0,
would count the same; the stamp tells such histories apart.

PostgreSQL gets the table (one schema for both) but no triggers: a row every writer
updated would make concurrent team writes queue behind one another, and the saved
dashboard is only used for embedded SQLite files.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

REVISION_TABLE = "data_revision"
NEW_STAMP = "lower(hex(randomblob(8)))"  # SQLite: 16 random hex digits
CHANGES = ("INSERT", "UPDATE", "DELETE")


def trigger_name(table: str, change: str) -> str:
    return f"{REVISION_TABLE}_after_{change.lower()}_{table}"


def revision_triggers(table: str) -> list[str]:
    """The statements that make any change to ``table`` bump the revision (SQLite)."""
    return [
        f"CREATE TRIGGER IF NOT EXISTS {trigger_name(table, change)} AFTER {change} "
        f"ON {table} BEGIN UPDATE {REVISION_TABLE} SET revision = revision + 1, "
        f"stamp = {NEW_STAMP}; END"
        for change in CHANGES
    ]


def tracked_tables(connection: sa.Connection) -> list[str]:
    """Every table of ours but the revision itself and Alembic's stamp."""
    names = sa.inspect(connection).get_table_names()
    return [
        name
        for name in names
        if name not in (REVISION_TABLE, "alembic_version") and not name.startswith("sqlite_")
    ]


def upgrade() -> None:
    op.create_table(
        REVISION_TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=32), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_data_revision_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_revision")),
    )
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        op.execute(f"INSERT INTO {REVISION_TABLE} (id, revision, stamp) VALUES (1, 0, '')")
        return
    op.execute(f"INSERT INTO {REVISION_TABLE} (id, revision, stamp) VALUES (1, 0, {NEW_STAMP})")
    for table in tracked_tables(connection):
        for statement in revision_triggers(table):
            op.execute(statement)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for table in tracked_tables(connection):
            for change in CHANGES:
                op.execute(f"DROP TRIGGER IF EXISTS {trigger_name(table, change)}")
    op.drop_table(REVISION_TABLE)
