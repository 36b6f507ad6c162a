"""Partner request forms: export (issue, sign, record) and import (verify, check, record).

- ``exporting``: issue and sign a form per partner and write the fillable PDF;
- ``verifying``: is a returned form ours, unchanged, unexpired and unused;
- ``requests``: what a verified form asks for, under the same rules as any request;
- ``importing``: preview, then record in one transaction that also burns the form;
- ``batch``: a folder of returned forms through one reader process;
- ``session_requests``: imported session requests as a queue to book from or decline.
"""

from typing import TYPE_CHECKING, Any

from engagements.forms.read import shown
from engagements.forms.values import FieldProblem
from engagements.services.forms.batch import (
    BatchImport,
    RejectedForm,
    import_forms,
    returned_forms_in,
)
from engagements.services.forms.corrections import FIXED_FIELDS, correct_form
from engagements.services.forms.importing import (
    FormPreview,
    ImportedForm,
    import_form,
    import_previewed,
    preview_form_import,
    preview_returned,
)
from engagements.services.forms.requests import FormRequests
from engagements.services.forms.session_requests import (
    SESSION_REQUEST_BOOKED,
    SESSION_REQUEST_DECLINED,
    SESSION_REQUEST_PENDING,
    PendingSessionRequest,
    book_requested_session,
    decline_session_request,
    pending_session_requests,
)
from engagements.services.forms.verifying import (
    SECRET_NAME,
    FormRejected,
    identity_problems,
    read_returned,
    signing_key,
)

if TYPE_CHECKING:
    from engagements.services.forms.exporting import (
        DEFAULT_VALIDITY_DAYS,
        MAX_VALIDITY_DAYS,
        BatchExport,
        ExportedForm,
        Progress,
        expiry_for,
        export_form,
        export_forms,
        form_facts,
    )

# Exporting draws PDFs: pypdf and reportlab take 0.7 s to import, and a window that only
# lists session requests (the Sessions view) must not wait for them. Its names are
# imported when first asked for.
_EXPORTING = frozenset(
    {
        "DEFAULT_VALIDITY_DAYS",
        "MAX_VALIDITY_DAYS",
        "BatchExport",
        "ExportedForm",
        "Progress",
        "expiry_for",
        "export_form",
        "export_forms",
        "form_facts",
    }
)


def __getattr__(name: str) -> Any:
    if name in _EXPORTING:
        from engagements.services.forms import exporting

        return getattr(exporting, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_VALIDITY_DAYS",
    "FIXED_FIELDS",
    "MAX_VALIDITY_DAYS",
    "SECRET_NAME",
    "SESSION_REQUEST_BOOKED",
    "SESSION_REQUEST_DECLINED",
    "SESSION_REQUEST_PENDING",
    "BatchExport",
    "BatchImport",
    "ExportedForm",
    "FieldProblem",
    "FormPreview",
    "FormRejected",
    "FormRequests",
    "ImportedForm",
    "PendingSessionRequest",
    "Progress",
    "RejectedForm",
    "book_requested_session",
    "correct_form",
    "decline_session_request",
    "expiry_for",
    "export_form",
    "export_forms",
    "form_facts",
    "identity_problems",
    "import_form",
    "import_forms",
    "import_previewed",
    "pending_session_requests",
    "preview_form_import",
    "preview_returned",
    "read_returned",
    "returned_forms_in",
    "shown",
    "signing_key",
]
