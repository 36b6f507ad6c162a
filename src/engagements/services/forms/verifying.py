"""Is a returned form one we issued, unchanged, unexpired and unused? And its signing key."""

from __future__ import annotations

import os
import secrets
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from engagements.errors import BadInputFile
from engagements.forms import fields as F
from engagements.forms.read import FieldValues, read_form_file, shown
from engagements.forms.values import (
    FieldProblem,
    ReturnedForm,
    is_request_form,
    read_returned_form,
    value_problem,
)
from engagements.store.form_queries import secret_reread_query
from engagements.store.models import AppSecret, IssuedForm

SECRET_NAME = "form_signing_key"


class FormRejected(BadInputFile):
    """A returned form is refused (exit 4); ``problems`` names every field that is wrong."""

    def __init__(self, problems: list[FieldProblem] | tuple[FieldProblem, ...]) -> None:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
        super().__init__(
            f"{first.field}: {first.message}" + (more if len(problems) > 1 else ""),
            first.error,
            first.field,
        )
        self.problems = tuple(problems)


def signing_key(session: Session) -> bytes:
    """The database's form-signing secret, made on first use (never exported)."""
    row = session.get(AppSecret, SECRET_NAME)
    if row is None:
        try:
            with session.begin_nested():  # another user may make it at the same moment
                session.add(AppSecret(name=SECRET_NAME, value=secrets.token_hex(32)))
        except IntegrityError:
            pass
        row = session.scalars(secret_reread_query(SECRET_NAME)).one()
    return bytes.fromhex(row.value)


def read_returned(path: str | os.PathLike[str]) -> ReturnedForm:
    """Read and type a returned form; file-level problems raise ``BadInputFile``."""
    return returned_from_fields(read_form_file(path), shown(Path(path).name))


def returned_from_fields(raw: FieldValues, name: str) -> ReturnedForm:
    """Type the field values read from file ``name``; not our form raises ``BadInputFile``."""
    if not is_request_form(raw):
        raise BadInputFile(
            f"{name} is a PDF but not one of our request forms",
            "not_our_form",
            numbers={"file": name},
        )
    return read_returned_form(raw)


def identity_problems(
    session: Session, returned: ReturnedForm, today: date, expected_partner: str | None = None
) -> list[FieldProblem]:
    """Is this a form we issued, unchanged, unexpired, unused, for the expected partner?"""
    identity = returned.identity
    if identity is None:
        return [p for p in returned.problems if p.field in F.IDENTITY_FIELDS] or [
            value_problem(
                "form_id",
                "the form's identity fields are missing",
                "forged_form",
                "identity_missing",
            )
        ]
    issued = session.get(IssuedForm, identity.form_id)
    secret = session.get(AppSecret, SECRET_NAME)
    if issued is None or secret is None:
        return [
            value_problem(
                "form_id",
                f"form {identity.form_id} was not issued by this database",
                "unknown_form",
                "not_issued",
                form=identity.form_id,
            )
        ]
    if not F.signature_matches(
        identity, issued.nonce, bytes.fromhex(secret.value), returned.signature
    ):
        return [
            value_problem(
                "signature",
                "the form's identity fields were changed (the signature does not match)",
                "forged_form",
                "signature_mismatch",
            )
        ]
    return _usability_problems(issued, today, expected_partner)


def _usability_problems(
    issued: IssuedForm, today: date, expected_partner: str | None
) -> list[FieldProblem]:
    """A genuine form may still be for someone else, expired or used already."""
    if expected_partner is not None and expected_partner != issued.partner_id:
        return [
            value_problem(
                "partner_id",
                f"this form was issued to {issued.partner_id}, not {expected_partner}",
                "wrong_partner",
                "wrong_partner",
                issued_to=issued.partner_id,
                expected=expected_partner,
            )
        ]
    if today > issued.expires:
        return [
            value_problem(
                "expires",
                f"the form expired on {issued.expires.isoformat()}",
                "expired_form",
                "expired",
                expired=issued.expires,
            )
        ]
    if issued.used_at is not None:
        return [
            value_problem(
                "form_id",
                f"the form was already imported on "
                f"{issued.used_at.date().isoformat()} by "
                f"{issued.used_by}",
                "form_used",
                "used",
                on=issued.used_at.date(),
                by=issued.used_by,
            )
        ]
    return []


def mark_used(session: Session, actor: str, form_id: str) -> None:
    """Burn the form in this transaction, or refuse when another import got there first."""
    # Conditional: of two imports racing on the same form only one changes the row.
    marked = session.execute(
        update(IssuedForm)
        .where(IssuedForm.id == form_id, IssuedForm.used_at.is_(None))
        .values(used_at=datetime.now(UTC), used_by=actor)
        .execution_options(synchronize_session=False)
    )
    if marked.rowcount != 1:  # type: ignore[attr-defined]
        raise FormRejected(
            [
                value_problem(
                    "form_id", "the form was already imported", "form_used", "used_just_now"
                )
            ]
        )
