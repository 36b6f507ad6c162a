"""The tables, as SQLAlchemy 2.0 declarative models.

Money-free, time-aware: dates are whole days (``Date``); instants are stored in UTC
(``UtcDateTime``) and converted to the session's zone only for display. Business
decisions live in ``engagements.domain``; these classes only hold data.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; SQLite keeps no offset, so we put UTC back on read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant is needed")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Partner(Base):
    __tablename__ = "partners"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    designated_tam: Mapped[str | None] = mapped_column(String(200))
    designated_asm: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, default=1)

    subscriptions: Mapped[list[Subscription]] = relationship(
        back_populates="partner", order_by="Subscription.start"
    )
    sub_clients: Mapped[list[SubClientAccount]] = relationship(back_populates="partner")

    __mapper_args__ = {"version_id_col": version}


class SubClientAccount(Base):
    """A sub-client of the partner on whose behalf requests are raised."""

    __tablename__ = "sub_client_accounts"
    __table_args__ = (UniqueConstraint("partner_id", "account_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    account_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))

    partner: Mapped[Partner] = relationship(back_populates="sub_clients")


class Subscription(Base):
    """One committed term of one edition; renewals and edition changes add a new row."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    edition: Mapped[str] = mapped_column(String(32))
    start: Mapped[date] = mapped_column(Date)
    months: Mapped[int] = mapped_column(Integer)
    calendar: Mapped[str] = mapped_column(String(16), default="CN")
    # The contract's number of sessions a year (Commercial); None means the catalog default.
    session_quota: Mapped[int | None] = mapped_column(Integer)
    # Set when a later subscription (renewal, downgrade) or an exit takes over.
    ended_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    # Bumped by every approval: locking this row serialises allowance checks per partner.
    version: Mapped[int] = mapped_column(Integer, default=1)

    partner: Mapped[Partner] = relationship(back_populates="subscriptions")


class IemRequest(Base):
    """An Infrastructure Event Management request: whole days, inclusive."""

    __tablename__ = "iem_requests"
    __table_args__ = (
        # Covering: the dashboard and allowance checks read dates and status by partner
        # without touching the table (migration 0005).
        Index("ix_iem_requests_partner_span_status", "partner_id", "start", "end", "status"),
        Index("ix_iem_requests_status", "status"),
        # A calendar's range: what ends on or after its first day (migration 0011); on
        # PostgreSQL with what the dashboard reads of each, so the index alone answers
        # (0012).
        Index("ix_iem_requests_end", "end", postgresql_include=["start", "partner_id", "status"]),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"))
    sub_client_id: Mapped[int | None] = mapped_column(ForeignKey("sub_client_accounts.id"))
    event_name: Mapped[str] = mapped_column(String(200), default="")
    event_type: Mapped[str] = mapped_column(String(32), default="other")
    description: Mapped[str] = mapped_column(Text, default="")
    submitted: Mapped[date] = mapped_column(Date)
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="submitted")
    earliest_start: Mapped[date] = mapped_column(Date)
    notice_business_days: Mapped[int] = mapped_column(Integer)
    meets_lead_time: Mapped[bool] = mapped_column(Boolean)
    # The earliest start needed a year without holiday data (meets_lead_time is then
    # False but means nothing); the notice counts only known days (migration 0008).
    lead_time_undetermined: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    notice_at_least: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # earliest_start is then only a bound: counting to it needs a year without data.
    earliest_start_unknown: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    justification: Mapped[str | None] = mapped_column(Text)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    expert_id: Mapped[str | None] = mapped_column(ForeignKey("experts.id"), index=True)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(64))
    form_id: Mapped[str | None] = mapped_column(ForeignKey("issued_forms.id"))
    warnings: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, default=1)

    partner: Mapped[Partner] = relationship()
    subscription: Mapped[Subscription] = relationship()
    sub_client: Mapped[SubClientAccount | None] = relationship()
    history: Mapped[list[IemStatusChange]] = relationship(
        back_populates="request", order_by="IemStatusChange.id"
    )

    __mapper_args__ = {"version_id_col": version}


class IemStatusChange(Base):
    __tablename__ = "iem_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("iem_requests.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)

    request: Mapped[IemRequest] = relationship(back_populates="history")


class IemPurchase(Base):
    """Extra IEM days bought as an add-on, valid for a period (inclusive)."""

    __tablename__ = "iem_purchases"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    days: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())


class Expert(Base):
    __tablename__ = "experts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # What the expert is good at, comma-separated ("database, networking"); migration 0009.
    skills: Mapped[str] = mapped_column(Text, default="", server_default="")


class TrainingSession(Base):
    """A communication and training session with an expert; instants in UTC."""

    __tablename__ = "training_sessions"
    __table_args__ = (
        Index("ix_training_sessions_expert_time", "expert_id", "starts_at", "ends_at"),
        Index("ix_training_sessions_partner", "partner_id", "starts_at"),
        Index("ix_training_sessions_ends_at", "ends_at"),  # a calendar's range (0011)
        # The dashboard's counting sessions of the years around today, answered from the
        # index alone on PostgreSQL (0012).
        Index(
            "ix_training_sessions_starts_at",
            "starts_at",
            postgresql_include=["partner_id", "status", "timezone"],
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"))
    expert_id: Mapped[str] = mapped_column(ForeignKey("experts.id"))
    sub_client_id: Mapped[int | None] = mapped_column(ForeignKey("sub_client_accounts.id"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    topic: Mapped[str] = mapped_column(String(32))
    attendees: Mapped[str] = mapped_column(Text, default="")
    on_site: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    form_id: Mapped[str | None] = mapped_column(ForeignKey("issued_forms.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, default=1)

    partner: Mapped[Partner] = relationship()
    expert: Mapped[Expert] = relationship()

    __mapper_args__ = {"version_id_col": version}


class ExpertServiceUse(Base):
    """One recorded use of the expert service (architecture optimization)."""

    __tablename__ = "expert_service_uses"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"))
    used_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    performed_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())


class EarlyExitApproval(Base):
    """A recorded approval to leave or downgrade before the committed term ends."""

    __tablename__ = "early_exit_approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"), index=True)
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)


class HolidayAdjustment(Base):
    """An official adjustment of a working calendar: a holiday or a working (make-up) day."""

    __tablename__ = "holiday_adjustments"
    __table_args__ = (UniqueConstraint("calendar", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    calendar: Mapped[str] = mapped_column(String(16))
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))  # "holiday" or "working_day"
    name: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200), default="")


class IssuedForm(Base):
    """A request form exported to one partner; used at most once."""

    __tablename__ = "issued_forms"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    issued_on: Mapped[date] = mapped_column(Date)
    expires: Mapped[date] = mapped_column(Date)
    nonce: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    used_by: Mapped[str | None] = mapped_column(String(200))


class AppSecret(Base):
    """Per-database secrets (the form-signing key); never exported."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class AuditEvent(Base):
    """Append-only: triggers refuse UPDATE and DELETE on this table."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_kind", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    entity_kind: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)


class CalendarSetting(Base):
    """An administrator's weekend for a working calendar (default Saturday and Sunday)."""

    __tablename__ = "calendar_settings"

    calendar: Mapped[str] = mapped_column(String(16), primary_key=True)
    weekend: Mapped[str] = mapped_column(String(32))  # weekday numbers, Monday=0: "5,6"


class ReviewNote(Base):
    """A TAM's note on a partner, request or session: the one thing a reviewer may write."""

    __tablename__ = "review_notes"
    __table_args__ = (Index("ix_review_notes_entity", "entity_kind", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_kind: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    text: Mapped[str] = mapped_column(Text)


class SessionRequest(Base):
    """A training session a partner asked for on a returned form, waiting for an ASM.

    ``pending`` until an ASM books it (``booked``, with the session) or declines it
    (``declined``, with the reason); one per form.
    """

    __tablename__ = "session_requests"
    __table_args__ = (Index("ix_session_requests_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id"))
    sub_client_id: Mapped[int | None] = mapped_column(ForeignKey("sub_client_accounts.id"))
    form_id: Mapped[str] = mapped_column(ForeignKey("issued_forms.id"), unique=True)
    topic: Mapped[str] = mapped_column(String(32))
    preferred_start: Mapped[datetime] = mapped_column(UtcDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(64))
    warnings: Mapped[str | None] = mapped_column(Text)  # JSON list of sentences
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decline_reason: Mapped[str | None] = mapped_column(Text)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("training_sessions.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, default=1)

    partner: Mapped[Partner] = relationship()
    sub_client: Mapped[SubClientAccount | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class TeamGroup(Base):
    """This database's own group role for one team role (``team setup``, migration 0007):
    two databases on one server never share their groups."""

    __tablename__ = "team_groups"

    role: Mapped[str] = mapped_column(String(16), primary_key=True)  # admin, asm or tam
    group_name: Mapped[str] = mapped_column(String(63), unique=True)


class DataRevision(Base):
    """One row that every change to an SQLite database moves forward (triggers, migration
    0006): a saved dashboard is still right while number and stamp are unchanged.
    Not maintained on PostgreSQL, where it would make team writers queue."""

    __tablename__ = "data_revision"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    stamp: Mapped[str] = mapped_column(String(32))  # random, new with every change
