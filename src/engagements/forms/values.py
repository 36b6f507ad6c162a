"""Turn a returned form's raw field values into a typed request, or problems per field.

Everything a partner (or a PDF reader, or a forger) typed is untrusted text: dates must be
real dates in ``YYYY-MM-DD``, choices must come from the offered list, lengths fit the
database, e-mail addresses have an e-mail's shape and time zones are IANA names. Every
problem is collected, each with its field, so the reviewer sees them all at once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from engagements.forms import fields as F
from engagements.forms.read import FieldValues

FORM_ID = re.compile(r"^F[0-9]{8}-[0-9a-f]{8,32}$")
PARTNER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
SIGNATURE = re.compile(r"^[0-9a-f]{64}$")
EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$")
SESSION_START = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")
TIME_ZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$")


@dataclass(frozen=True)
class FieldProblem:
    """Something wrong with one field (``field`` is the form's field name, or "file")."""

    field: str
    message: str
    error: str = "invalid_value"


@dataclass(frozen=True)
class IemAsk:
    event_name: str
    event_type: str
    start: date
    end: date


@dataclass(frozen=True)
class SessionAsk:
    topic: str
    starts_at: datetime  # aware, in ``timezone``
    timezone: str


@dataclass(frozen=True)
class ReturnedForm:
    """What a returned form says, typed; ``problems`` lists every value that is wrong."""

    identity: F.FormIdentity | None
    signature: str
    values: dict[str, str]  # every contract field as typed (trimmed), for display
    request_type: str | None
    sub_client: tuple[str, str] | None
    iem: IemAsk | None
    session: SessionAsk | None
    description: str
    contact: tuple[str | None, str | None, str | None]  # name, e-mail, phone
    problems: tuple[FieldProblem, ...]


def is_request_form(raw: FieldValues) -> bool:
    """Whether the PDF carries our form's identity fields and request type."""
    return all(name in raw for name in (*F.IDENTITY_FIELDS, "request_type"))


def read_returned_form(raw: FieldValues) -> ReturnedForm:
    """Check and type every field of a returned form (``raw`` from ``read``)."""
    reader = _Reader(raw)
    identity = reader.identity()
    request_type = reader.choice("request_type", required=True)
    account, client_name = (reader.text("sub_client_account_id", True),
                            reader.text("sub_client_name", True))
    iem = reader.iem() if request_type == "iem" else None
    session = reader.session() if request_type == "session" else None
    contact = (reader.text("contact_name", True), reader.email(),
               reader.text("contact_phone", False))
    if contact[0] and not (contact[1] or contact[2]):
        reader.problem("contact_email", "give an e-mail address or a phone number")
    description = reader.text("description", False, multiline=True) or ""
    return ReturnedForm(
        identity=identity, signature=reader.values.get("signature", ""),
        values=reader.values, request_type=request_type,
        sub_client=(account, client_name) if account and client_name else None,
        iem=iem, session=session, description=description, contact=contact,
        problems=tuple(reader.problems))


class _Reader:
    def __init__(self, raw: FieldValues) -> None:
        self.raw = raw
        self.problems: list[FieldProblem] = []
        self.values = {name: self._string(name) for name in F.ALL_FIELDS}

    def _string(self, name: str) -> str:
        value = self.raw.get(name)
        if isinstance(value, list):
            self.problem(name, "choose one value, not several")
            return ""
        return (value or "").strip()

    def problem(self, field: str, message: str, error: str = "invalid_value") -> None:
        self.problems.append(FieldProblem(field, message, error))

    def text(self, name: str, required: bool, multiline: bool = False) -> str | None:
        value = self.values[name]
        allowed = "\n\t" if multiline else ""
        if not value:
            if required:
                self.problem(name, f"{_label(name)} is required", "missing_value")
            return None
        if len(value) > F.MAX_LENGTH[name]:
            self.problem(name, f"{_label(name)} is longer than {F.MAX_LENGTH[name]} characters")
            return None
        if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value):
            self.problem(name, f"{_label(name)} contains control characters")
            return None
        return value

    def choice(self, name: str, required: bool) -> str | None:
        value = self.values[name]
        if not value and not required:
            return None
        if value not in F.CHOICE_FIELDS[name]:
            self.problem(name, f"{_label(name)} must be one of "
                               f"{', '.join(F.CHOICE_FIELDS[name])}, not {value[:40]!r}")
            return None
        return value

    def day(self, name: str) -> date | None:
        value = self.values[name]
        try:
            if len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            message = ("is required" if not value
                       else f"is not a real date in YYYY-MM-DD: {value[:20]!r}")
            self.problem(name, f"{_label(name)} {message}",
                         "missing_value" if not value else "invalid_value")
            return None

    def identity(self) -> F.FormIdentity | None:
        form_id, partner_id = self.values["form_id"], self.values["partner_id"]
        checks = (("form_id", FORM_ID.match(form_id)), ("partner_id", PARTNER_ID.match(partner_id)),
                  ("signature", SIGNATURE.match(self.values["signature"])))
        bad = [name for name, ok in checks if not ok]
        for name in bad:
            self.problem(name, f"the form's {_label(name)} was changed or removed", "forged_form")
        expires = self.day("expires")
        if bad or expires is None:
            return None
        return F.FormIdentity(form_id, partner_id, expires)

    def iem(self) -> IemAsk | None:
        name, kind = self.text("event_name", True), self.choice("event_type", required=True)
        start, end = self.day("event_start"), self.day("event_end")
        if start and end and end < start:
            self.problem("event_end", "the last day is before the first day")
            return None
        if name and kind and start and end:
            return IemAsk(name, kind, start, end)
        return None

    def session(self) -> SessionAsk | None:
        topic = self.choice("session_topic", required=True)
        tz_name, text = self.values["session_timezone"], self.values["session_start"]
        zone = None
        try:
            if not TIME_ZONE.match(tz_name):
                raise ValueError
            zone = ZoneInfo(tz_name)
        except (ValueError, ZoneInfoNotFoundError):
            self.problem("session_timezone", f"not a time zone name such as Asia/Shanghai: "
                                             f"{tz_name[:40]!r}")
        try:
            if not SESSION_START.match(text):
                raise ValueError
            starts = datetime.strptime(text, "%Y-%m-%d %H:%M")
        except ValueError:
            self.problem("session_start", f"not a date and time in YYYY-MM-DD HH:MM: "
                                          f"{text[:30]!r}")
            return None
        if topic and zone:
            return SessionAsk(topic, starts.replace(tzinfo=zone), tz_name)
        return None

    def email(self) -> str | None:
        value = self.text("contact_email", False)
        if value and not EMAIL.match(value):
            self.problem("contact_email", f"not an e-mail address: {value[:60]!r}")
            return None
        return value


def _label(name: str) -> str:
    return name.replace("_", " ")
