"""The request form's fields, by the names in the command-line contract, and its signature.

A form's identity (form id, partner id, expiry) is signed with an HMAC-SHA256 over those
fields and the issued form's nonce, keyed with a per-database secret; the nonce and the
secret never leave the database, so a signature cannot be made outside the application.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

from engagements.domain.events import EVENT_TYPES
from engagements.domain.sessions import TOPICS

REQUEST_TYPES = ("iem", "session")
IDENTITY_FIELDS = ("form_id", "partner_id", "expires", "signature")
TEXT_FIELDS = (
    "sub_client_account_id",
    "sub_client_name",
    "event_name",
    "event_start",
    "event_end",
    "session_start",
    "session_timezone",
    "description",
    "contact_name",
    "contact_email",
    "contact_phone",
)
CHOICE_FIELDS: dict[str, tuple[str, ...]] = {
    "request_type": REQUEST_TYPES,
    "event_type": EVENT_TYPES,
    "session_topic": TOPICS,
}
ALL_FIELDS = IDENTITY_FIELDS + tuple(CHOICE_FIELDS) + TEXT_FIELDS
# Longest value accepted per field, in characters (the database columns' widths).
MAX_LENGTH = {
    "form_id": 64,
    "partner_id": 64,
    "expires": 10,
    "signature": 64,
    "request_type": 16,
    "event_type": 32,
    "session_topic": 32,
    "sub_client_account_id": 64,
    "sub_client_name": 200,
    "event_name": 200,
    "event_start": 10,
    "event_end": 10,
    "session_start": 16,
    "session_timezone": 64,
    "description": 4000,
    "contact_name": 200,
    "contact_email": 254,
    "contact_phone": 64,
}
SIGNATURE_VERSION = "v1"


@dataclass(frozen=True)
class FormIdentity:
    """Who a form was issued to and until when; what the signature covers."""

    form_id: str
    partner_id: str
    expires: date


def sign(identity: FormIdentity, nonce: str, secret: bytes) -> str:
    """The form's signature: hex HMAC-SHA256 over the identity fields and the nonce."""
    message = "\n".join(
        (
            SIGNATURE_VERSION,
            identity.form_id,
            identity.partner_id,
            identity.expires.isoformat(),
            nonce,
        )
    )
    return hmac.new(secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def signature_matches(identity: FormIdentity, nonce: str, secret: bytes, signature: str) -> bool:
    """Constant-time check of a returned form's signature."""
    expected = sign(identity, nonce, secret)
    return hmac.compare_digest(
        expected.encode("ascii"), signature.strip().lower().encode("utf-8", "replace")
    )
