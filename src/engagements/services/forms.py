"""Partner request forms: export (issue, sign, record) and import (verify, check, record).

Export records an ``IssuedForm`` with a random nonce and signs its identity with the
database's own secret. Import reads the PDF in a bounded child process, verifies the
identity against the issued form, checks every typed value, then, in ONE transaction,
marks the form used (a conditional UPDATE, so of two simultaneous imports exactly one
wins) and records the request through the same services as any other request.

An imported IEM request becomes a submitted ``IemRequest`` with its warnings. Sessions
have no "requested" state, so an imported session request is recorded as a pending
``session_request`` audit record keyed by the form id; the ASM books it later with
``book_session(..., form_id=...)``, which links the booked session to the request.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from engagements.domain import sessions as session_rules
from engagements.domain import status as lifecycle
from engagements.domain.allowance import DateSpan, allowance_years_touched, require_room_for
from engagements.domain.errors import RuleRefusal
from engagements.forms import fields as F
from engagements.forms.read import read_form_file
from engagements.forms.render import FormFacts, IssuedIdentity, render_form
from engagements.forms.values import FieldProblem, ReturnedForm, is_request_form, read_returned_form
from engagements.services import audit, iem
from engagements.services.allowance import (
    allowance_summary,
    committed_spans,
    iem_position,
    sessions_used,
    subscription_year,
)
from engagements.services.calendars import lead_time_for
from engagements.services.database import Database
from engagements.services.errors import BadInputFile, InvalidInput, NotFound
from engagements.services.partners import (
    current_subscription,
    find_or_add_sub_client,
    get_partner,
    load_partner,
)
from engagements.services.sessions import SessionBooking, SessionOutcome, book_session
from engagements.store.models import (
    AppSecret,
    IemRequest,
    IssuedForm,
    Partner,
    SessionRequest,
    Subscription,
)

SECRET_NAME = "form_signing_key"
DEFAULT_VALIDITY_DAYS = 30
MAX_VALIDITY_DAYS = 366
Progress = Callable[[int, int, str], bool | None]


class FormRejected(BadInputFile):
    """A returned form is refused (exit 4); ``problems`` names every field that is wrong."""

    def __init__(self, problems: list[FieldProblem] | tuple[FieldProblem, ...]) -> None:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
        super().__init__(f"{first.field}: {first.message}" + (more if len(problems) > 1 else ""),
                         first.error, first.field)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class ExportedForm:
    form_id: str
    partner_id: str
    path: str
    expires: date


@dataclass(frozen=True)
class BatchExport:
    exported: list[ExportedForm] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (partner id, reason)
    cancelled: bool = False


@dataclass(frozen=True)
class FormPreview:
    """What a returned form asks for, what is wrong with it, and the rules' results."""

    path: str
    form_id: str | None
    partner_id: str | None
    partner_name: str | None
    request_type: str | None
    values: dict[str, str]
    problems: tuple[FieldProblem, ...]  # blocking: the import would be refused
    warnings: tuple[FieldProblem, ...]  # rule results recorded with the request

    @property
    def acceptable(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportedForm:
    form_id: str
    partner: str
    request_type: str
    created: tuple[int | str, ...]
    problems: tuple[FieldProblem, ...]  # rule results that did not block (also stored)


def expiry_for(today: date, expires: date | None) -> date:
    """The expiry asked for, or 30 days after today; it must lie within a year ahead."""
    expires = expires or today + timedelta(days=DEFAULT_VALIDITY_DAYS)
    if not today < expires <= today + timedelta(days=MAX_VALIDITY_DAYS):
        raise InvalidInput(f"the expiry must be after {today.isoformat()} and at most "
                           f"{MAX_VALIDITY_DAYS} days ahead", "expires")
    return expires


def export_form(db: Database, partner_id: str, out: str | os.PathLike[str], today: date,
                expires: date | None = None) -> ExportedForm:
    """Issue, sign and record a request form for the partner and write it to ``out``."""
    expires = expiry_for(today, expires)
    target = Path(out)
    if not target.parent.is_dir():
        raise InvalidInput(f"folder {target.parent} does not exist", "out")
    facts = form_facts(db, partner_id, today, expires)
    temporary = target.with_name(f".{target.name}.partial")

    def use_case(session: Session) -> str:
        form_id = f"F{today.strftime('%Y%m%d')}-{secrets.token_hex(6)}"
        row = IssuedForm(id=form_id, partner_id=partner_id, issued_on=today, expires=expires,
                         nonce=secrets.token_hex(16))
        session.add(row)
        session.flush()
        after = {k: v for k, v in (audit.snapshot(row) or {}).items() if k != "nonce"}
        audit.record(session, db.actor, "form.export", ("issued_form", form_id), None, after)
        identity = F.FormIdentity(form_id, partner_id, expires)
        signature = F.sign(identity, row.nonce, signing_key(session))
        _write(temporary, render_form(facts, IssuedIdentity(identity, signature)))
        return form_id

    try:
        form_id = db.write(use_case)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return ExportedForm(form_id, partner_id, str(target), expires)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"cannot write {path.parent}: {exc.strerror or exc}", "out") from exc


def export_forms(db: Database, partner_ids: list[str], folder: str | os.PathLike[str],
                 today: date, expires: date | None = None,
                 progress: Progress | None = None) -> BatchExport:
    """Export one form per partner into ``folder`` (file ``<partner>-<form id>.pdf``).

    ``progress(done, total, partner_id)`` is called before each partner and once at the
    end; returning False cancels (forms already written stay valid). A partner that
    fails is listed in ``failed`` with the reason and the batch goes on.
    """
    result = BatchExport()
    for done, partner_id in enumerate(partner_ids):
        if progress is not None and progress(done, len(partner_ids), partner_id) is False:
            return BatchExport(result.exported, result.failed, cancelled=True)
        target = Path(folder) / f"request-form-{partner_id}.pdf"
        try:
            result.exported.append(export_form(db, partner_id, target, today, expires))
        except (RuleRefusal, InvalidInput, BadInputFile) as problem:
            result.failed.append((partner_id, problem.reason))
    if progress is not None:
        progress(len(partner_ids), len(partner_ids), "")
    return result


def form_facts(db: Database, partner_id: str, today: date, expires: date) -> FormFacts:
    """What the printed form shows, as of ``today``."""
    partner = get_partner(db, partner_id, today)
    allowance = allowance_summary(db, partner_id, today)
    year = f"allowance year {allowance.year_start.isoformat()} to {allowance.year_end.isoformat()}"
    lines = [f"IEM: {allowance.iem_days_remaining} of "
             f"{allowance.iem_days_included + allowance.iem_days_purchased} natural days left "
             f"({year})" if allowance.iem_days_included + allowance.iem_days_purchased
             else "IEM: not included in this edition"]
    lines.append(f"Training sessions: {allowance.sessions_note}" if allowance.sessions_note
                 else f"Training sessions: {allowance.sessions_remaining} of "
                      f"{allowance.sessions_included} left this allowance year")
    try:
        lead = lead_time_for(db, partner.calendar, today)
        lead_line = (f"Earliest IEM start meeting the {lead.required_business_days}-business-day "
                     f"lead time: {lead.earliest_start.isoformat()} ({partner.calendar})")
    except RuleRefusal as refusal:
        lead_line = f"Earliest IEM start: not known yet ({refusal.reason}); your ASM will confirm"
    return FormFacts(db.catalog.plan_name or "Partner Support Plan", partner.id, partner.name,
                     db.catalog.edition(partner.edition).label, today, expires, tuple(lines),
                     lead_line, partner.designated_asm)


def signing_key(session: Session) -> bytes:
    """The database's form-signing secret, made on first use (never exported)."""
    row = session.get(AppSecret, SECRET_NAME)
    if row is None:
        try:
            with session.begin_nested():  # another user may make it at the same moment
                session.add(AppSecret(name=SECRET_NAME, value=secrets.token_hex(32)))
        except IntegrityError:
            pass
        row = session.scalars(select(AppSecret).where(AppSecret.name == SECRET_NAME)
                              .execution_options(populate_existing=True)).one()
    return bytes.fromhex(row.value)


def read_returned(path: str | os.PathLike[str]) -> ReturnedForm:
    """Read and type a returned form; file-level problems raise ``BadInputFile``."""
    raw = read_form_file(path)
    if not is_request_form(raw):
        raise BadInputFile(f"{Path(path).name} is a PDF but not one of our request forms",
                           "not_our_form")
    return read_returned_form(raw)


def identity_problems(session: Session, returned: ReturnedForm, today: date,
                      expected_partner: str | None = None) -> list[FieldProblem]:
    """Is this a form we issued, unchanged, unexpired, unused, for the expected partner?"""
    identity = returned.identity
    if identity is None:
        return [p for p in returned.problems if p.field in F.IDENTITY_FIELDS] or [
            FieldProblem("form_id", "the form's identity fields are missing", "forged_form")]
    issued = session.get(IssuedForm, identity.form_id)
    secret = session.get(AppSecret, SECRET_NAME)
    if issued is None or secret is None:
        return [FieldProblem("form_id", f"form {identity.form_id} was not issued by this "
                                        "database", "unknown_form")]
    if not F.signature_matches(identity, issued.nonce, bytes.fromhex(secret.value),
                               returned.signature):
        return [FieldProblem("signature", "the form's identity fields were changed (the "
                                          "signature does not match)", "forged_form")]
    if expected_partner is not None and expected_partner != issued.partner_id:
        return [FieldProblem("partner_id", f"this form was issued to {issued.partner_id}, "
                                           f"not {expected_partner}", "wrong_partner")]
    if today > issued.expires:
        return [FieldProblem("expires", f"the form expired on {issued.expires.isoformat()}",
                             "expired_form")]
    if issued.used_at is not None:
        return [FieldProblem("form_id", f"the form was already imported on "
                                        f"{issued.used_at.date().isoformat()} by "
                                        f"{issued.used_by}", "form_used")]
    return []


def preview_form_import(db: Database, path: str | os.PathLike[str], today: date,
                        expected_partner: str | None = None) -> FormPreview:
    """What importing ``path`` would do, without writing anything (for the review dialog)."""
    try:
        returned = read_returned(path)
    except BadInputFile as bad:
        return FormPreview(str(path), None, None, None, None, {},
                           (FieldProblem(bad.field or "file", bad.reason, bad.error),), ())
    with db.reading() as session:
        problems = identity_problems(session, returned, today, expected_partner)
        problems += [p for p in returned.problems if p.field not in F.IDENTITY_FIELDS]
        warnings: list[FieldProblem] = []
        name = None
        if returned.identity is not None:
            requests = FormRequests(db, session, returned, today)
            name = requests.partner_name()
            warnings, refusal = requests.check_only() if not problems else ([], None)
            problems += [refusal] if refusal else []
    identity = returned.identity
    return FormPreview(str(path), identity.form_id if identity else None,
                       identity.partner_id if identity else None, name, returned.request_type,
                       returned.values, tuple(problems), tuple(warnings))


def import_form(db: Database, path: str | os.PathLike[str], today: date,
                expected_partner: str | None = None) -> ImportedForm:
    """Verify a returned form and record what it asks for, marking the form used."""
    returned = read_returned(path)

    def use_case(session: Session) -> ImportedForm:
        problems = identity_problems(session, returned, today, expected_partner)
        problems = problems or list(returned.problems)
        if problems:
            raise FormRejected(problems)
        assert returned.identity is not None and returned.request_type is not None
        form_id = returned.identity.form_id
        _mark_used(session, db.actor, form_id)
        created, warnings = FormRequests(db, session, returned, today).record()
        audit.record(session, db.actor, "form.import", ("issued_form", form_id), None,
                     {"request_type": returned.request_type, "created": list(created),
                      "warnings": [w.message for w in warnings]})
        return ImportedForm(form_id, returned.identity.partner_id, returned.request_type,
                            created, tuple(warnings))

    return db.write(use_case)


def _mark_used(session: Session, actor: str, form_id: str) -> None:
    # Conditional: of two imports racing on the same form only one changes the row.
    marked = session.execute(
        update(IssuedForm).where(IssuedForm.id == form_id, IssuedForm.used_at.is_(None))
        .values(used_at=datetime.now(UTC), used_by=actor)
        .execution_options(synchronize_session=False))
    if marked.rowcount != 1:  # type: ignore[attr-defined]
        raise FormRejected([FieldProblem("form_id", "the form was already imported",
                                         "form_used")])


SESSION_REQUEST_PENDING, SESSION_REQUEST_BOOKED, SESSION_REQUEST_DECLINED = (
    "pending", "booked", "declined")
MAX_REASON = 4000


@dataclass(frozen=True)
class PendingSessionRequest:
    """A session a partner asked for on a returned form, waiting to be booked or declined."""

    id: int
    partner_id: str
    partner_name: str
    form_id: str
    topic: str
    preferred_start: datetime  # aware, in ``timezone``
    timezone: str
    description: str
    sub_client: str | None  # "name (account id)"
    contact: str  # name, e-mail, phone as given
    warnings: tuple[str, ...]
    received: datetime  # when the form was imported (UTC)


def pending_session_requests(db: Database, partner_id: str | None = None
                             ) -> list[PendingSessionRequest]:
    """Imported session requests still waiting for an ASM, oldest preferred start first."""
    query = (select(SessionRequest, Partner.name)
             .join(Partner, Partner.id == SessionRequest.partner_id)
             .where(SessionRequest.status == SESSION_REQUEST_PENDING)
             .order_by(SessionRequest.preferred_start, SessionRequest.id))
    if partner_id is not None:
        query = query.where(SessionRequest.partner_id == partner_id)
    with db.reading() as session:
        return [_pending(row, name) for row, name in session.execute(query)]


def _pending(row: SessionRequest, partner_name: str) -> PendingSessionRequest:
    client = row.sub_client
    contact = ", ".join(v for v in (row.contact_name, row.contact_email, row.contact_phone) if v)
    return PendingSessionRequest(
        row.id, row.partner_id, partner_name, row.form_id, row.topic,
        row.preferred_start.astimezone(ZoneInfo(row.timezone)), row.timezone, row.description,
        f"{client.name} ({client.account_id})" if client else None, contact,
        tuple(json.loads(row.warnings or "[]")), row.created_at)


def _load_pending(session: Session, request_id: int) -> SessionRequest:
    """The request, locked for this transaction; refused unless it is still pending."""
    row = session.scalars(select(SessionRequest).where(SessionRequest.id == request_id)
                          .with_for_update()).one_or_none()
    if row is None:
        raise NotFound("session request", request_id)
    if row.status != SESSION_REQUEST_PENDING:
        raise RuleRefusal("invalid_transition",
                          f"session request {request_id} is already {row.status}")
    return row


def book_requested_session(db: Database, request_id: int, expert_id: str, starts_at: datetime,
                           ends_at: datetime, *, topic: str | None = None,
                           attendees: str = "", on_site: bool = False) -> SessionOutcome:
    """Book the session a partner asked for and mark the request booked, in one transaction.

    The booking goes through ``sessions.book_session`` (quota, clashes, times); times
    without an offset are read in the zone the partner gave. ``topic`` defaults to the
    one asked for.
    """
    def use_case(session: Session) -> SessionOutcome:
        row = _load_pending(session, request_id)
        before = audit.snapshot(row)
        booking = SessionBooking(
            partner_id=row.partner_id, expert_id=expert_id, starts_at=starts_at,
            ends_at=ends_at, topic=topic or row.topic, timezone=row.timezone,
            attendees=attendees, on_site=on_site, form_id=row.form_id)
        booked = book_session(_JoinedTransaction(db, session), booking)
        row.status, row.session_id = SESSION_REQUEST_BOOKED, booked.id
        session.flush()
        audit.record(session, db.actor, "session_request.book", ("session_request", row.id),
                     before, audit.snapshot(row))
        return booked

    return db.write(use_case)


def decline_session_request(db: Database, request_id: int, reason: str) -> int:
    """Decline a pending session request with a reason the ASM can give the partner."""
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON:
        raise InvalidInput(f"a reason of 1-{MAX_REASON} characters is needed", "reason")

    def use_case(session: Session) -> int:
        row = _load_pending(session, request_id)
        before = audit.snapshot(row)
        row.status, row.decline_reason = SESSION_REQUEST_DECLINED, reason
        session.flush()
        audit.record(session, db.actor, "session_request.decline",
                     ("session_request", row.id), before, audit.snapshot(row), reason)
        return row.id

    return db.write(use_case)


T = TypeVar("T")


class _JoinedTransaction(Database):
    """The same database bound to a transaction already open: a service called with it
    writes into that transaction, so the request and the used form commit together."""

    def __init__(self, db: Database, session: Session) -> None:
        super().__init__(db.engine, read_only=db.read_only, actor=db.actor, catalog=db.catalog)
        self._session = session

    # Extra arguments (such as a required role) were checked when the outer one began.
    @contextmanager
    def reading(self, *_: object, **__: object) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def writing(self, *_: object, **__: object) -> Iterator[Session]:
        yield self._session

    def write(self, use_case: Callable[[Session], T], *_: object, **__: object) -> T:
        return use_case(self._session)


class FormRequests:
    """The rules for what a verified form asks for, and recording it as a pending request."""

    def __init__(self, db: Database, session: Session, returned: ReturnedForm,
                 today: date) -> None:
        assert returned.identity is not None
        self.db, self.session, self.returned, self.today = db, session, returned, today
        self.partner_id = returned.identity.partner_id

    def partner_name(self) -> str | None:
        partner = self.session.get(Partner, self.partner_id)
        return partner.name if partner else None

    def _subscription(self, on: date) -> Subscription:
        return current_subscription(load_partner(self.session, self.partner_id), on)

    def check_only(self) -> tuple[list[FieldProblem], FieldProblem | None]:
        """Warnings, or the rule refusal an import would meet (as a problem)."""
        try:
            if self.returned.iem is not None:
                ask = self.returned.iem
                iem._require_entitled(self.db, self._subscription(ask.start), (ask.start, ask.end))
                return self.iem_warnings(), None
            return self.session_warnings(), None
        except RuleRefusal as refusal:
            return [], FieldProblem("request_type", refusal.reason, refusal.error)

    def iem_warnings(self) -> list[FieldProblem]:
        """Lead time and the allowance forecast (committed plus pending plus this event)."""
        ask = self.returned.iem
        assert ask is not None
        subscription = self._subscription(ask.start)
        lead = iem.assess(self.session, self.db, subscription, self.today, ask.start)
        warnings = []
        if not lead.meets_lead_time:
            warnings.append(FieldProblem(
                "event_start", f"late: {lead.notice_business_days} business days' notice, "
                f"{lead.required_business_days} needed; the earliest start meeting the lead "
                f"time is {lead.earliest_start.isoformat()}", "late_request"))
        span = (ask.start, ask.end)
        years = allowance_years_touched(subscription.start, span, self.db.catalog.year_basis)
        positions = [iem_position(self.session, self.db, subscription, y) for y in years]
        first, last = years[0].start, years[-1].end
        try:
            require_room_for(positions, committed_spans(self.session, self.partner_id, first,
                                                        last) + self._pending(first, last), span)
        except RuleRefusal as refusal:
            warnings.append(FieldProblem("event_end", f"allowance forecast with the pending "
                                                      f"requests: {refusal.reason}",
                                         "allowance_forecast"))
        return warnings

    def _pending(self, first: date, last: date) -> list[DateSpan]:
        rows = self.session.execute(select(IemRequest.start, IemRequest.end).where(
            IemRequest.partner_id == self.partner_id,
            IemRequest.status.in_(lifecycle.PENDING_STATUSES),
            IemRequest.end >= first, IemRequest.start <= last))
        return [(start, end) for start, end in rows]

    def session_warnings(self) -> list[FieldProblem]:
        """Entitlement (refused), the contract quota and the sessions left (warnings)."""
        ask = self.returned.session
        assert ask is not None
        day = ask.starts_at.date()
        subscription = self._subscription(day)
        edition = self.db.catalog.edition(subscription.edition)
        try:
            quota = session_rules.session_quota(edition, subscription.session_quota)
        except RuleRefusal as refusal:
            if refusal.error != "contract_quota_unset":
                raise
            return [FieldProblem("session_topic", refusal.reason, refusal.error)]
        warnings = []
        used = sessions_used(self.session, self.partner_id,
                             subscription_year(self.db, subscription, day))
        try:
            session_rules.require_quota_left(quota, used)
        except RuleRefusal as refusal:
            warnings.append(FieldProblem("session_start", refusal.reason, refusal.error))
        if ask.starts_at < datetime.combine(self.today, time.min, ask.starts_at.tzinfo):
            warnings.append(FieldProblem("session_start", "the preferred start has passed",
                                         "past_start"))
        return warnings

    def record(self) -> tuple[tuple[int | str, ...], list[FieldProblem]]:
        """Record the request (IEM: a submitted request; session: a pending request)."""
        if self.returned.iem is not None:
            return self._record_iem()
        return self._record_session()

    def _record_iem(self) -> tuple[tuple[int | str, ...], list[FieldProblem]]:
        ask, returned = self.returned.iem, self.returned
        assert ask is not None and returned.identity is not None
        request = iem.IemRequestInput(
            partner_id=self.partner_id, start=ask.start, end=ask.end, submitted=self.today,
            event_name=ask.event_name, event_type=ask.event_type,
            description=returned.description, sub_client=returned.sub_client,
            contact_name=returned.contact[0], contact_email=returned.contact[1],
            contact_phone=returned.contact[2], form_id=returned.identity.form_id)
        try:
            iem.validate_request(request)
        except InvalidInput as invalid:
            raise FormRejected([FieldProblem(invalid.field or "file", invalid.reason)]) from None
        warnings = self.iem_warnings()
        joined = _JoinedTransaction(self.db, self.session)
        outcome = iem.request_iem(joined, replace(
            request, warnings=tuple(w.message for w in warnings)), self.today)
        return (outcome.id,), warnings

    def _record_session(self) -> tuple[tuple[int | str, ...], list[FieldProblem]]:
        ask, returned = self.returned.session, self.returned
        assert ask is not None and returned.identity is not None
        warnings = self.session_warnings()
        sub_client_id = (find_or_add_sub_client(self.session, self.db.actor, self.partner_id,
                                                *returned.sub_client)
                         if returned.sub_client else None)
        row = SessionRequest(
            partner_id=self.partner_id, subscription_id=self._subscription(
                ask.starts_at.date()).id, sub_client_id=sub_client_id,
            form_id=returned.identity.form_id, topic=ask.topic,
            preferred_start=ask.starts_at, timezone=ask.timezone,
            description=returned.description, contact_name=returned.contact[0],
            contact_email=returned.contact[1], contact_phone=returned.contact[2],
            warnings=json.dumps([w.message for w in warnings], ensure_ascii=False),
            status=SESSION_REQUEST_PENDING)
        self.session.add(row)
        self.session.flush()
        audit.record(self.session, self.db.actor, "session_request.create",
                     ("session_request", row.id), None, audit.snapshot(row))
        return (row.id,), warnings
