"""The ASM's corrections to a returned form before it is imported.

The partner may leave out what the ASM knows (the sub-client, a contact) or mistype it.
The reviewer may change any typed field, never the signed identity (form, partner,
expiry, signature); the corrected values are checked like the partner's, and importing
records both versions in the audit trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from engagements.errors import InvalidInput
from engagements.forms import fields as F
from engagements.forms.values import read_returned_form
from engagements.services.database import Database
from engagements.services.forms.importing import FormPreview, preview_returned

# The one field that tells what kind of request it is cannot change its kind afterwards.
FIXED_FIELDS = (*F.IDENTITY_FIELDS, "request_type")


def correct_form(
    db: Database, preview: FormPreview, corrections: dict[str, str], today: date
) -> FormPreview:
    """The preview of the form with ``corrections`` (field name: value) applied on top of
    what the partner typed; earlier corrections are kept unless corrected again."""
    if preview.returned is None:
        raise InvalidInput("the form could not be read, so it cannot be corrected", "file")
    for name in corrections:
        if name in FIXED_FIELDS:
            raise InvalidInput(
                f"{name} is part of the form's signed identity and cannot be corrected", name
            )
        if name not in F.ALL_FIELDS:
            raise InvalidInput(f"the form has no field {name!r}", name)
    typed = {name: was for name, was, _ in preview.corrected}  # the partner's own words
    original = {**preview.values, **typed}
    values = {**preview.values, **{k: v.strip() for k, v in corrections.items()}}
    corrected = tuple(
        (name, original.get(name, ""), values[name])
        for name in F.ALL_FIELDS
        if values.get(name, "") != original.get(name, "")
    )
    returned = read_returned_form(dict[str, str | list[str] | None](values))
    again = preview_returned(db, returned, preview.path, today)
    return replace(again, corrected=corrected)
