"""Session requests from returned forms as rows of their own, so they form a work queue.

Until now an imported session request lived only as an audit record; the audit trail is a
history, not a list an ASM can work through, book from or decline.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("sub_client_id", sa.Integer(), nullable=True),
        sa.Column("form_id", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("preferred_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("contact_phone", sa.String(length=64), nullable=True),
        sa.Column("warnings", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decline_reason", sa.Text(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            ondelete="CASCADE",
            name=op.f("fk_session_requests_partner_id_partners"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_session_requests_subscription_id_subscriptions"),
        ),
        sa.ForeignKeyConstraint(
            ["sub_client_id"],
            ["sub_client_accounts.id"],
            name=op.f("fk_session_requests_sub_client_id_sub_client_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["form_id"], ["issued_forms.id"], name=op.f("fk_session_requests_form_id_issued_forms")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_session_requests_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_requests")),
        sa.UniqueConstraint("form_id", name=op.f("uq_session_requests_form_id")),
    )
    op.create_index(op.f("ix_session_requests_partner_id"), "session_requests", ["partner_id"])
    op.create_index("ix_session_requests_status", "session_requests", ["status"])


def downgrade() -> None:
    op.drop_index("ix_session_requests_status", table_name="session_requests")
    op.drop_index(op.f("ix_session_requests_partner_id"), table_name="session_requests")
    op.drop_table("session_requests")
