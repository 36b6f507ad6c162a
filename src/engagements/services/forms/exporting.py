"""Export request forms: issue one per partner, sign its identity, record it, write the PDF.

Each exported form is recorded as an ``IssuedForm`` with a random nonce; the signature over
its identity uses the database's own secret, so a form cannot be made outside the
application. The PDF is written beside the target and renamed into place, so a failed
export leaves neither a half-written file nor a recorded form.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from engagements.domain.errors import NoHolidayData, RuleRefusal
from engagements.errors import BadInputFile, InvalidInput
from engagements.forms import fields as F
from engagements.forms.render import FormFacts, IssuedIdentity, render_form
from engagements.services import audit
from engagements.services.allowance import allowance_summary
from engagements.services.calendars import lead_time_for
from engagements.services.database import Database
from engagements.services.forms.verifying import signing_key
from engagements.services.partners import get_partner
from engagements.store.models import IssuedForm

DEFAULT_VALIDITY_DAYS = 30
MAX_VALIDITY_DAYS = 366
# progress(done, total, what): returning False cancels the batch.
Progress = Callable[[int, int, str], bool | None]


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


def expiry_for(today: date, expires: date | None) -> date:
    """The expiry asked for, or 30 days after today; it must lie within a year ahead."""
    expires = expires or today + timedelta(days=DEFAULT_VALIDITY_DAYS)
    if not today < expires <= today + timedelta(days=MAX_VALIDITY_DAYS):
        raise InvalidInput(
            f"the expiry must be after {today.isoformat()} and at most "
            f"{MAX_VALIDITY_DAYS} days ahead",
            "expires",
        )
    return expires


def export_form(
    db: Database,
    partner_id: str,
    out: str | os.PathLike[str],
    today: date,
    expires: date | None = None,
) -> ExportedForm:
    """Issue, sign and record a request form for the partner and write it to ``out``."""
    expires = expiry_for(today, expires)
    target = Path(out)
    if not target.parent.is_dir():
        raise InvalidInput(f"folder {target.parent} does not exist", "out")
    facts = form_facts(db, partner_id, today, expires)
    temporary = target.with_name(f".{target.name}.partial")

    def use_case(session: Session) -> str:
        form_id = f"F{today.strftime('%Y%m%d')}-{secrets.token_hex(6)}"
        row = IssuedForm(
            id=form_id,
            partner_id=partner_id,
            issued_on=today,
            expires=expires,
            nonce=secrets.token_hex(16),
        )
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


def export_forms(
    db: Database,
    partner_ids: list[str],
    folder: str | os.PathLike[str],
    today: date,
    expires: date | None = None,
    progress: Progress | None = None,
) -> BatchExport:
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
    lines = [
        f"IEM: {allowance.iem_days_remaining} of "
        f"{allowance.iem_days_included + allowance.iem_days_purchased} natural days left "
        f"({year})"
        if allowance.iem_days_included + allowance.iem_days_purchased
        else f"IEM: {allowance.term_note}"
        if allowance.term_note
        else "IEM: not included in this edition"
    ]
    lines.append(
        f"Training sessions: {allowance.sessions_note}"
        if allowance.sessions_note
        else f"Training sessions: {allowance.sessions_remaining} of "
        f"{allowance.sessions_included} left this allowance year"
    )
    try:
        lead = lead_time_for(db, partner.calendar, today)
        lead_line = (
            f"Earliest IEM start meeting the {lead.required_business_days}-business-day "
            f"lead time: {lead.earliest_start} ({partner.calendar})"
        )
    except RuleRefusal as refusal:
        # The partner cannot load a schedule: the reason without the administrator's how-to.
        reason = refusal.missing if isinstance(refusal, NoHolidayData) else refusal.reason
        lead_line = f"Earliest IEM start: not known yet ({reason}); your ASM will confirm"
    return FormFacts(
        db.catalog.plan_name or "Partner Support Plan",
        partner.id,
        partner.name,
        db.catalog.edition(partner.edition).label,
        today,
        expires,
        tuple(lines),
        lead_line,
        partner.designated_asm,
    )
