"""The expert roster records each expert's skills, so an ASM staffing an IEM event can
see who fits it.

A plain ADD COLUMN (no table copy): on SQLite a copied table would lose the data-revision
triggers of migration 0006.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("experts", sa.Column("skills", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("experts") as batch:
        batch.drop_column("skills")
