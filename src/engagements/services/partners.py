"""Partners and their subscriptions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from engagements.domain.bounds import PLANNABLE_DATES
from engagements.domain.errors import AlreadyExists, NotFound
from engagements.domain.terms import term_end
from engagements.errors import InvalidInput
from engagements.services import audit
from engagements.services.calendars import require_known_calendar
from engagements.services.database import Database
from engagements.store.models import Partner, SubClientAccount, Subscription
from engagements.store.partner_queries import partner_with_subscriptions_query, sub_client_query

PARTNER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_NAME = 200
MAX_TERM_MONTHS = 120


@dataclass(frozen=True)
class NewPartner:
    id: str
    name: str
    edition: str
    start: date
    months: int
    calendar: str | None = None
    session_quota: int | None = None
    designated_tam: str | None = None
    designated_asm: str | None = None
    sub_clients: tuple[tuple[str, str], ...] = ()  # (account id, name)


@dataclass(frozen=True)
class PartnerSummary:
    id: str
    name: str
    edition: str
    start: date
    months: int
    term_end: date  # last day of the committed term
    calendar: str
    session_quota: int | None
    designated_tam: str | None
    designated_asm: str | None


def validate_new_partner(db: Database, new: NewPartner) -> None:
    """Check typed values before anything is written; names the field that is wrong."""
    if not PARTNER_ID.match(new.id):
        raise InvalidInput("partner id must be 1-64 letters, digits, '.', '_' or '-'", "id")
    if not new.name.strip() or len(new.name) > MAX_NAME:
        raise InvalidInput(f"partner name must be 1-{MAX_NAME} characters", "name")
    if new.edition not in db.catalog.editions:
        raise InvalidInput(
            f"unknown edition {new.edition!r}; choose one of {', '.join(db.catalog.editions)}",
            "edition",
        )
    if not 1 <= new.months <= MAX_TERM_MONTHS:
        raise InvalidInput(f"the committed term must be 1-{MAX_TERM_MONTHS} months", "months")
    _require_plannable_term(new.start, new.months)
    if new.session_quota is not None and not 0 <= new.session_quota <= 366:
        raise InvalidInput("the session quota must be between 0 and 366", "sessions")
    require_known_calendar(new.calendar or db.catalog.default_calendar)
    validate_sub_clients(new.sub_clients)


def validate_sub_clients(accounts: tuple[tuple[str, str], ...]) -> None:
    """Each sub-client needs an account id and a name, and an account id appears once."""
    seen: set[str] = set()
    for account_id, name in accounts:
        if not account_id.strip() or len(account_id) > 64:
            raise InvalidInput("sub-client account id must be 1-64 characters", "account_id")
        if not name.strip() or len(name) > MAX_NAME:
            raise InvalidInput(
                f"sub-client {account_id}: name must be 1-{MAX_NAME} characters", "name"
            )
        if account_id.strip() in seen:
            raise InvalidInput(f"sub-client account {account_id} is listed twice", "account_id")
        seen.add(account_id.strip())


def _require_plannable_term(start: date, months: int) -> None:
    """Both ends of the committed term lie where the rules can compute (exit 2 otherwise)."""
    first, last = PLANNABLE_DATES
    # The start is checked first: a term from year 9999 cannot even be counted.
    if not first <= start <= last or term_end(start, months) > last:
        raise InvalidInput(
            f"a term of {months} months from {start.isoformat()} leaves the "
            f"dates the rules can compute ({first.isoformat()} to "
            f"{last.isoformat()})",
            "start",
        )


def add_partner(db: Database, new: NewPartner) -> PartnerSummary:
    """Add a partner with its first subscription."""
    validate_new_partner(db, new)

    def use_case(session: Session) -> PartnerSummary:
        if session.get(Partner, new.id) is not None:
            raise AlreadyExists("partner", new.id)
        partner = Partner(
            id=new.id,
            name=new.name.strip(),
            designated_tam=new.designated_tam,
            designated_asm=new.designated_asm,
        )
        subscription = Subscription(
            partner=partner,
            edition=new.edition,
            start=new.start,
            months=new.months,
            calendar=new.calendar or db.catalog.default_calendar,
            session_quota=new.session_quota,
        )
        session.add_all([partner, subscription])
        session.flush()
        for account_id, client_name in new.sub_clients:
            find_or_add_sub_client(session, db.actor, partner.id, account_id, client_name)
        audit.record(
            session,
            db.actor,
            "partner.add",
            ("partner", partner.id),
            None,
            {**(audit.snapshot(partner) or {}), "subscription": audit.snapshot(subscription)},
        )
        return summarize(partner, subscription)

    return db.write(use_case)


def summarize(partner: Partner, subscription: Subscription) -> PartnerSummary:
    return PartnerSummary(
        id=partner.id,
        name=partner.name,
        edition=subscription.edition,
        start=subscription.start,
        months=subscription.months,
        term_end=term_end(subscription.start, subscription.months),
        calendar=subscription.calendar,
        session_quota=subscription.session_quota,
        designated_tam=partner.designated_tam,
        designated_asm=partner.designated_asm,
    )


def current_subscription(partner: Partner, on: date) -> Subscription:
    """The subscription in force on ``on``: the latest one started by then, else the first."""
    started = [s for s in partner.subscriptions if s.start <= on]
    if started:
        return started[-1]
    if not partner.subscriptions:
        raise NotFound("subscription for partner", partner.id)
    return partner.subscriptions[0]


def load_partner(session: Session, partner_id: str) -> Partner:
    partner = session.scalars(partner_with_subscriptions_query(partner_id)).one_or_none()
    if partner is None:
        raise NotFound("partner", partner_id)
    return partner


def list_partners(db: Database, on: date) -> list[PartnerSummary]:
    """All partners with the subscription in force on ``on``, by id."""
    with db.reading() as session:
        partners = session.scalars(partner_with_subscriptions_query())
        return [summarize(p, current_subscription(p, on)) for p in partners]


def get_partner(db: Database, partner_id: str, on: date) -> PartnerSummary:
    with db.reading() as session:
        partner = load_partner(session, partner_id)
        return summarize(partner, current_subscription(partner, on))


def add_sub_client(db: Database, partner_id: str, account_id: str, name: str) -> int:
    """Record a sub-client account of the partner (idempotent on the account id)."""
    if not account_id.strip() or len(account_id) > 64:
        raise InvalidInput("sub-client account id must be 1-64 characters", "account_id")
    if not name.strip() or len(name) > MAX_NAME:
        raise InvalidInput(f"sub-client name must be 1-{MAX_NAME} characters", "name")

    def use_case(session: Session) -> int:
        load_partner(session, partner_id)
        return find_or_add_sub_client(session, db.actor, partner_id, account_id, name)

    return db.write(use_case)


def find_or_add_sub_client(
    session: Session, actor: str, partner_id: str, account_id: str, name: str
) -> int:
    existing = session.scalars(sub_client_query(partner_id, account_id)).one_or_none()
    if existing is not None:
        return existing.id
    account = SubClientAccount(
        partner_id=partner_id, account_id=account_id.strip(), name=name.strip()
    )
    session.add(account)
    session.flush()
    audit.record(
        session, actor, "sub_client.add", ("sub_client", account.id), None, audit.snapshot(account)
    )
    return account.id


@dataclass(frozen=True)
class PartnerDetails:
    """What a person may change about a partner; the calendar is that of the subscription
    in force (and of any that starts later)."""

    name: str
    calendar: str
    designated_tam: str | None = None
    designated_asm: str | None = None
    # Accounts to add or rename (by account id); accounts not listed are left alone.
    sub_clients: tuple[tuple[str, str], ...] = ()


def _optional_name(value: str | None, field: str) -> str | None:
    value = (value or "").strip()
    if len(value) > MAX_NAME:
        raise InvalidInput(
            f"{field.replace('_', ' ')} must be at most {MAX_NAME} characters", field
        )
    return value or None


def edit_partner(db: Database, partner_id: str, details: PartnerDetails, today: date) -> str:
    """Change a partner's name, designated TAM and ASM, and working calendar (audited)."""
    if not details.name.strip() or len(details.name) > MAX_NAME:
        raise InvalidInput(f"partner name must be 1-{MAX_NAME} characters", "name")
    tam = _optional_name(details.designated_tam, "designated_tam")
    asm = _optional_name(details.designated_asm, "designated_asm")
    require_known_calendar(details.calendar)
    validate_sub_clients(details.sub_clients)

    def use_case(session: Session) -> str:
        partner = load_partner(session, partner_id)
        for account_id, client_name in details.sub_clients:
            _add_or_rename(session, db.actor, partner_id, account_id.strip(), client_name)
        current = current_subscription(partner, today)
        changed_subscriptions = [s for s in partner.subscriptions if s.start >= current.start]
        before = {**(audit.snapshot(partner) or {}), "calendar": current.calendar}
        partner.name, partner.designated_tam, partner.designated_asm = (
            details.name.strip(),
            tam,
            asm,
        )
        for subscription in changed_subscriptions:
            subscription.calendar = details.calendar
        audit.record(
            session,
            db.actor,
            "partner.edit",
            ("partner", partner.id),
            before,
            {**(audit.snapshot(partner) or {}), "calendar": details.calendar},
        )
        return partner.id

    return db.write(use_case)


def rename_sub_client(db: Database, partner_id: str, account_id: str, name: str) -> int:
    """Correct the name recorded for a sub-client account (audited)."""
    if not name.strip() or len(name) > MAX_NAME:
        raise InvalidInput(f"sub-client name must be 1-{MAX_NAME} characters", "name")

    def use_case(session: Session) -> int:
        account = _sub_client(session, partner_id, account_id)
        if account is None:
            raise NotFound("sub-client account", account_id, of=partner_id)
        return _rename(session, db.actor, account, name)

    return db.write(use_case)


def _sub_client(session: Session, partner_id: str, account_id: str) -> SubClientAccount | None:
    return session.scalars(sub_client_query(partner_id, account_id)).one_or_none()


def _rename(session: Session, actor: str, account: SubClientAccount, name: str) -> int:
    if account.name != name.strip():
        before = audit.snapshot(account)
        account.name = name.strip()
        audit.record(
            session,
            actor,
            "sub_client.rename",
            ("sub_client", account.id),
            before,
            audit.snapshot(account),
        )
    return account.id


def _add_or_rename(
    session: Session, actor: str, partner_id: str, account_id: str, name: str
) -> int:
    account = _sub_client(session, partner_id, account_id)
    if account is None:
        return find_or_add_sub_client(session, actor, partner_id, account_id, name)
    return _rename(session, actor, account, name)
