"""Import a folder of returned forms in one go: one reader process, one transaction each.

All the PDFs are parsed by ONE bounded child process (the same memory cap, a time budget
per form and an overall timeout); each accepted form is then recorded in its own
transaction, so a refused form writes nothing, burns nothing and does not stop the rest.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from engagements.domain.errors import NotFound, RuleRefusal
from engagements.errors import BadInputFile, InvalidInput
from engagements.forms.read import PARSE_TIMEOUT_SECONDS, read_form_files, shown
from engagements.forms.values import FieldProblem, problem_of
from engagements.services.database import Database
from engagements.services.forms.importing import ImportedForm, record_returned
from engagements.services.forms.verifying import FormRejected, returned_from_fields

PDF_SUFFIX = ".pdf"
BATCH_BASE_SECONDS = 60  # the overall timeout: this, plus a second per form
# What one form can be refused with; anything else is a fault and stops the batch.
FORM_REFUSALS = (BadInputFile, RuleRefusal, InvalidInput, NotFound)


@dataclass(frozen=True)
class RejectedForm:
    """A file of the batch that was not imported, and why (each problem by field)."""

    path: str
    reason: str
    error: str
    problems: tuple[FieldProblem, ...]


@dataclass(frozen=True)
class BatchImport:
    imported: list[ImportedForm] = field(default_factory=list)
    rejected: list[RejectedForm] = field(default_factory=list)
    cancelled: bool = False  # the files after the cancel were left alone


def returned_forms_in(folder: str | os.PathLike[str]) -> list[Path]:
    """The PDF files directly in ``folder``, by name (what a folder import reads)."""
    return sorted(
        p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == PDF_SUFFIX
    )


def import_forms(
    db: Database,
    paths: Sequence[str | os.PathLike[str]],
    today: date,
    progress: Callable[[int, int, str], bool | None] | None = None,
    expected_partner: str | None = None,
    per_form_seconds: float = PARSE_TIMEOUT_SECONDS,
    overall_seconds: float | None = None,
) -> BatchImport:
    """Import many returned forms; each is accepted or rejected on its own.

    ``progress(done, total, file name)`` is called before each form and once at the end;
    returning False cancels (forms already recorded stay). The overall timeout defaults
    to a minute plus a second per form; forms not read by then are rejected.
    """
    total, result = len(paths), BatchImport()
    overall = overall_seconds or BATCH_BASE_SECONDS + total
    answers = read_form_files(paths, per_form_seconds, overall)
    try:
        for done, (path, answer) in enumerate(answers):
            if progress is not None and progress(done, total, shown(Path(path).name)) is False:
                return BatchImport(result.imported, result.rejected, cancelled=True)
            _import_one(db, path, answer, today, expected_partner, result)
    finally:
        answers.close()  # ends the reader process, also on a cancel
    if progress is not None:
        progress(total, total, "")
    return result


def _import_one(
    db: Database,
    path: str,
    answer: object,
    today: date,
    expected_partner: str | None,
    result: BatchImport,
) -> None:
    try:
        if isinstance(answer, BadInputFile):
            raise answer
        assert isinstance(answer, dict)
        returned = returned_from_fields(answer, shown(Path(path).name))
        result.imported.append(record_returned(db, returned, today, expected_partner))
    except FORM_REFUSALS as refused:
        problems = (
            refused.problems
            if isinstance(refused, FormRejected)
            else (problem_of(getattr(refused, "field", None) or "file", refused),)
        )
        result.rejected.append(RejectedForm(path, refused.reason, refused.error, problems))
