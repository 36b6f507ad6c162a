"""Per-calendar weekends and TAM review notes.

Administrators may give a working calendar another weekend than Saturday and Sunday;
reviewers (TAMs) may leave notes without any right to change engagements.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_settings",
        sa.Column("calendar", sa.String(length=16), nullable=False),
        sa.Column("weekend", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("calendar", name=op.f("pk_calendar_settings")),
    )
    op.create_table(
        "review_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_kind", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_notes")),
    )
    op.create_index("ix_review_notes_entity", "review_notes", ["entity_kind", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_review_notes_entity", table_name="review_notes")
    op.drop_table("review_notes")
    op.drop_table("calendar_settings")
