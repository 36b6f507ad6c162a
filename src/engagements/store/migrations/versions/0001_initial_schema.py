"""Initial schema: partners, subscriptions, engagements, roster, forms, audit.

The audit trail is append-only and an expert cannot be booked twice at once; both are
enforced by the database itself (triggers on SQLite, a trigger and an exclusion
constraint on PostgreSQL), so no client can get around them.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 04:55:31.723629
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_secrets",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=256), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_app_secrets")),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_kind", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_entity", ["entity_kind", "entity_id"], unique=False)

    op.create_table(
        "experts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experts")),
    )
    op.create_table(
        "holiday_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("calendar", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday_adjustments")),
        sa.UniqueConstraint("calendar", "day", name=op.f("uq_holiday_adjustments_calendar")),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("designated_tam", sa.String(length=200), nullable=True),
        sa.Column("designated_asm", sa.String(length=200), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    op.create_table(
        "iem_purchases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_iem_purchases_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iem_purchases")),
    )
    with op.batch_alter_table("iem_purchases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_iem_purchases_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "issued_forms",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires", sa.Date(), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("used_by", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_issued_forms_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_forms")),
    )
    with op.batch_alter_table("issued_forms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_issued_forms_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "sub_client_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_sub_client_accounts_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sub_client_accounts")),
        sa.UniqueConstraint(
            "partner_id", "account_id", name=op.f("uq_sub_client_accounts_partner_id")
        ),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("edition", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("calendar", sa.String(length=16), nullable=False),
        sa.Column("session_quota", sa.Integer(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_subscriptions_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
    )
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subscriptions_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "early_exit_approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_early_exit_approvals_subscription_id_subscriptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_early_exit_approvals")),
    )
    with op.batch_alter_table("early_exit_approvals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_early_exit_approvals_subscription_id"), ["subscription_id"], unique=False
        )

    op.create_table(
        "expert_service_uses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("used_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("performed_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_expert_service_uses_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_expert_service_uses_subscription_id_subscriptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_service_uses")),
    )
    with op.batch_alter_table("expert_service_uses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expert_service_uses_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "iem_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("sub_client_id", sa.Integer(), nullable=True),
        sa.Column("event_name", sa.String(length=200), nullable=False),
        sa.Column("event_type", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("submitted", sa.Date(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("earliest_start", sa.Date(), nullable=False),
        sa.Column("notice_business_days", sa.Integer(), nullable=False),
        sa.Column("meets_lead_time", sa.Boolean(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("expert_id", sa.String(length=64), nullable=True),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("contact_phone", sa.String(length=64), nullable=True),
        sa.Column("form_id", sa.String(length=64), nullable=True),
        sa.Column("warnings", sa.Text(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"], ["experts.id"], name=op.f("fk_iem_requests_expert_id_experts")
        ),
        sa.ForeignKeyConstraint(
            ["form_id"], ["issued_forms.id"], name=op.f("fk_iem_requests_form_id_issued_forms")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_iem_requests_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sub_client_id"],
            ["sub_client_accounts.id"],
            name=op.f("fk_iem_requests_sub_client_id_sub_client_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_iem_requests_subscription_id_subscriptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iem_requests")),
    )
    with op.batch_alter_table("iem_requests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_iem_requests_expert_id"), ["expert_id"], unique=False)
        batch_op.create_index(
            "ix_iem_requests_partner_dates", ["partner_id", "start", "end"], unique=False
        )
        batch_op.create_index("ix_iem_requests_status", ["status"], unique=False)

    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.String(length=64), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.String(length=64), nullable=False),
        sa.Column("sub_client_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("on_site", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("form_id", sa.String(length=64), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"], ["experts.id"], name=op.f("fk_training_sessions_expert_id_experts")
        ),
        sa.ForeignKeyConstraint(
            ["form_id"], ["issued_forms.id"], name=op.f("fk_training_sessions_form_id_issued_forms")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_training_sessions_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sub_client_id"],
            ["sub_client_accounts.id"],
            name=op.f("fk_training_sessions_sub_client_id_sub_client_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_training_sessions_subscription_id_subscriptions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_training_sessions_expert_time", ["expert_id", "starts_at", "ends_at"], unique=False
        )
        batch_op.create_index(
            "ix_training_sessions_partner", ["partner_id", "starts_at"], unique=False
        )

    op.create_table(
        "iem_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["iem_requests.id"],
            name=op.f("fk_iem_status_changes_request_id_iem_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iem_status_changes")),
    )
    with op.batch_alter_table("iem_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_iem_status_changes_request_id"), ["request_id"], unique=False
        )

    _database_guards()


def downgrade() -> None:
    _drop_database_guards()
    with op.batch_alter_table("iem_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_iem_status_changes_request_id"))

    op.drop_table("iem_status_changes")
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_training_sessions_partner")
        batch_op.drop_index("ix_training_sessions_expert_time")

    op.drop_table("training_sessions")
    with op.batch_alter_table("iem_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_iem_requests_status")
        batch_op.drop_index("ix_iem_requests_partner_dates")
        batch_op.drop_index(batch_op.f("ix_iem_requests_expert_id"))

    op.drop_table("iem_requests")
    with op.batch_alter_table("expert_service_uses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_service_uses_partner_id"))

    op.drop_table("expert_service_uses")
    with op.batch_alter_table("early_exit_approvals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_early_exit_approvals_subscription_id"))

    op.drop_table("early_exit_approvals")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscriptions_partner_id"))

    op.drop_table("subscriptions")
    op.drop_table("sub_client_accounts")
    with op.batch_alter_table("issued_forms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_forms_partner_id"))

    op.drop_table("issued_forms")
    with op.batch_alter_table("iem_purchases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_iem_purchases_partner_id"))

    op.drop_table("iem_purchases")
    op.drop_table("partners")
    op.drop_table("holiday_adjustments")
    op.drop_table("experts")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")

    op.drop_table("audit_events")
    op.drop_table("app_secrets")


SQLITE_GUARDS = [
    """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    # Half-open ranges: a session ending at 10:00 does not clash with one starting at 10:00.
    """CREATE TRIGGER training_sessions_no_double_booking_insert
       BEFORE INSERT ON training_sessions WHEN NEW.status <> 'cancelled'
       BEGIN SELECT RAISE(ABORT, 'expert double-booked') FROM training_sessions
         WHERE expert_id = NEW.expert_id AND status <> 'cancelled'
           AND starts_at < NEW.ends_at AND NEW.starts_at < ends_at; END""",
    """CREATE TRIGGER training_sessions_no_double_booking_update
       BEFORE UPDATE ON training_sessions WHEN NEW.status <> 'cancelled'
       BEGIN SELECT RAISE(ABORT, 'expert double-booked') FROM training_sessions
         WHERE expert_id = NEW.expert_id AND status <> 'cancelled' AND id <> NEW.id
           AND starts_at < NEW.ends_at AND NEW.starts_at < ends_at; END""",
]

POSTGRESQL_GUARDS = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    """ALTER TABLE training_sessions ADD CONSTRAINT training_sessions_no_double_booking
       EXCLUDE USING gist (expert_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
       WHERE (status <> 'cancelled')""",
    """CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$""",
    """CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
       ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()""",
]


def _database_guards() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_GUARDS if dialect == "sqlite" else POSTGRESQL_GUARDS:
        op.execute(statement)


def _drop_database_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in (
            "audit_events_no_update",
            "audit_events_no_delete",
            "training_sessions_no_double_booking_insert",
            "training_sessions_no_double_booking_update",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
