"""IEM requests remember a lead time that could not be decided yet, and a notice that is a
lower bound.

A request whose earliest allowed start needs a year without official holiday data is
recorded as undetermined (re-decided when that year's schedule is imported); one whose
notice runs into such a year has a certain verdict but a notice of "at least N"; one late
for certain may still have an earliest start that cannot be counted yet. All are added
columns (no table rebuild, so SQLite's revision triggers stay in place).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "iem_requests",
        sa.Column(
            "lead_time_undetermined", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )
    op.add_column(
        "iem_requests",
        sa.Column("notice_at_least", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "iem_requests",
        sa.Column(
            "earliest_start_unknown", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("iem_requests") as batch:
        batch.drop_column("earliest_start_unknown")
        batch.drop_column("notice_at_least")
        batch.drop_column("lead_time_undetermined")
