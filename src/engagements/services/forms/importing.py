"""Import a returned form: preview what it asks for, then record it and burn the form.

Nothing is written until the form's identity checks out (issued here, signature intact,
for this partner, unexpired, unused) and every typed value is valid. Then ONE transaction
marks the form used (a conditional UPDATE, so of two simultaneous imports exactly one
wins) and records the request; a refusal anywhere leaves nothing behind and the form
usable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from engagements.errors import BadInputFile
from engagements.forms import fields as F
from engagements.forms.values import FieldProblem, ReturnedForm, problem_of
from engagements.services import audit
from engagements.services.database import Database
from engagements.services.forms.requests import FormRequests
from engagements.services.forms.verifying import (
    FormRejected,
    identity_problems,
    mark_used,
    read_returned,
)


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
    # What was read, so that confirming records exactly what the reviewer saw.
    returned: ReturnedForm | None = field(default=None, repr=False, compare=False)
    # What the reviewing ASM corrected: (field, as the partner typed it, as corrected).
    corrected: tuple[tuple[str, str, str], ...] = ()

    @property
    def acceptable(self) -> bool:
        return not self.problems

    def problems_by_field(self) -> dict[str, list[str]]:
        """Each blocking problem's sentence, under the form field it is about."""
        found: dict[str, list[str]] = {}
        for problem in self.problems:
            found.setdefault(problem.field, []).append(problem.message)
        return found


@dataclass(frozen=True)
class ImportedForm:
    form_id: str
    partner: str
    request_type: str
    created: tuple[int, ...]  # ids of the new IEM request or session request
    problems: tuple[FieldProblem, ...]  # rule results that did not block (also stored)


def preview_form_import(
    db: Database, path: str | os.PathLike[str], today: date, expected_partner: str | None = None
) -> FormPreview:
    """What importing ``path`` would do, without writing anything (for the review dialog)."""
    try:
        returned = read_returned(path)
    except BadInputFile as bad:
        return unreadable_preview(str(path), bad)
    return preview_returned(db, returned, str(path), today, expected_partner)


def unreadable_preview(path: str, bad: BadInputFile) -> FormPreview:
    """The preview of a file that could not be read as one of our forms."""
    return FormPreview(
        path, None, None, None, None, {}, (problem_of(bad.field or "file", bad),), ()
    )


def preview_returned(
    db: Database,
    returned: ReturnedForm,
    path: str,
    today: date,
    expected_partner: str | None = None,
) -> FormPreview:
    """The preview of a form already read (``path`` only names it)."""
    identity = returned.identity
    warnings: list[FieldProblem] = []
    name = None
    with db.reading() as session:
        problems = identity_problems(session, returned, today, expected_partner)
        problems += [p for p in returned.problems if p.field not in F.IDENTITY_FIELDS]
        if identity is not None:
            requests = FormRequests(db, session, returned, today)
            name = requests.partner_name()
            warnings, refusal = requests.check_only() if not problems else ([], None)
            problems += [refusal] if refusal else []
    return FormPreview(
        path,
        identity.form_id if identity else None,
        identity.partner_id if identity else None,
        name,
        returned.request_type,
        returned.values,
        tuple(problems),
        tuple(warnings),
        returned,
    )


def import_form(
    db: Database, path: str | os.PathLike[str], today: date, expected_partner: str | None = None
) -> ImportedForm:
    """Verify a returned form and record what it asks for, marking the form used."""
    return record_returned(db, read_returned(path), today, expected_partner)


def import_previewed(
    db: Database, preview: FormPreview, today: date, expected_partner: str | None = None
) -> ImportedForm:
    """Record what a preview showed (the review dialog's Confirm), checking it all again."""
    if preview.returned is None:
        raise FormRejected(preview.problems or (FieldProblem("file", "nothing was read"),))
    return record_returned(db, preview.returned, today, expected_partner, preview.corrected)


def record_returned(
    db: Database,
    returned: ReturnedForm,
    today: date,
    expected_partner: str | None = None,
    corrected: tuple[tuple[str, str, str], ...] = (),
) -> ImportedForm:
    """Check a form already read and record it, in one transaction that burns the form."""

    def use_case(session: Session) -> ImportedForm:
        problems = identity_problems(session, returned, today, expected_partner)
        problems = problems or list(returned.problems)
        if problems:
            raise FormRejected(problems)
        assert returned.identity is not None and returned.request_type is not None
        form_id = returned.identity.form_id
        mark_used(session, db.actor, form_id)
        created, warnings = FormRequests(db, session, returned, today).record()
        if corrected:  # the partner's words and the ASM's, side by side
            audit.record(
                session,
                db.actor,
                "form.correct",
                ("issued_form", form_id),
                {name: was for name, was, _ in corrected},
                {name: now for name, _, now in corrected},
                "corrected by the ASM before import",
            )
        audit.record(
            session,
            db.actor,
            "form.import",
            ("issued_form", form_id),
            None,
            {
                "request_type": returned.request_type,
                "created": list(created),
                "warnings": [w.message for w in warnings],
            },
        )
        return ImportedForm(
            form_id, returned.identity.partner_id, returned.request_type, created, tuple(warnings)
        )

    return db.write(use_case)
