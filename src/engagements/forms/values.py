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
from dataclasses import field as dataclass_field
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from engagements.domain import findings
from engagements.domain.findings import Finding
from engagements.errors import EngagementsError
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
    # What was found, as data (a rule's finding, or a ``refused`` one whose numbers name
    # the case), made where the problem is found: the window words it in its language
    # (``gui.problems.field_problem_text``). None: shown in ``message`` as it is.
    finding: Finding | None = dataclass_field(default=None, compare=False)


def problem_of(
    field_name: str, refused: EngagementsError, error: str | None = None
) -> FieldProblem:
    """A refusal (a rule's, a bad file's) as the problem of one form field, with what it
    found when that says the whole reason."""
    found = tuple(getattr(refused, "findings", ()))
    finding = (
        found[0]
        if len(found) == 1 and found[0].message == refused.reason
        else findings.of_refusal(refused.error, refused.reason, **refused.numbers)
        if refused.numbers and not found
        else None
    )
    return FieldProblem(field_name, refused.reason, error or refused.error, finding)


def value_problem(
    field_name: str, message: str, error: str, case: str, **numbers: object
) -> FieldProblem:
    """A problem with a typed value; ``case`` and ``numbers`` are what the window words."""
    return FieldProblem(
        field_name,
        message,
        error,
        findings.of_refusal(error, message, case=case, field=field_name, **numbers),
    )


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
    account, client_name = (
        reader.text("sub_client_account_id", True),
        reader.text("sub_client_name", True),
    )
    iem = reader.iem() if request_type == "iem" else None
    session = reader.session() if request_type == "session" else None
    contact = (
        reader.text("contact_name", True),
        reader.email(),
        reader.text("contact_phone", False),
    )
    if contact[0] and not (contact[1] or contact[2]):
        reader.problem(
            "contact_email", "give an e-mail address or a phone number", case="no_contact"
        )
    description = reader.text("description", False, multiline=True) or ""
    return ReturnedForm(
        identity=identity,
        signature=reader.values.get("signature", ""),
        values=reader.values,
        request_type=request_type,
        sub_client=(account, client_name) if account and client_name else None,
        iem=iem,
        session=session,
        description=description,
        contact=contact,
        problems=tuple(reader.problems),
    )


class _Reader:
    def __init__(self, raw: FieldValues) -> None:
        self.raw = raw
        self.problems: list[FieldProblem] = []
        self.values = {name: self._string(name) for name in F.ALL_FIELDS}

    def _string(self, name: str) -> str:
        value = self.raw.get(name)
        if isinstance(value, list):
            self.problem(name, "choose one value, not several", case="several_values")
            return ""
        return (value or "").strip()

    def problem(
        self,
        field: str,
        message: str,
        error: str = "invalid_value",
        *,
        case: str,
        **numbers: object,
    ) -> None:
        """``message`` in English; ``case`` and ``numbers`` what the window words."""
        self.problems.append(value_problem(field, message, error, case, **numbers))

    def text(self, name: str, required: bool, multiline: bool = False) -> str | None:
        value = self.values[name]
        allowed = "\n\t" if multiline else ""
        if not value:
            if required:
                self.problem(name, f"{_label(name)} is required", "missing_value", case="required")
            return None
        if len(value) > F.MAX_LENGTH[name]:
            self.problem(
                name,
                f"{_label(name)} is longer than {F.MAX_LENGTH[name]} characters",
                case="too_long",
                most=F.MAX_LENGTH[name],
            )
            return None
        if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value):
            self.problem(name, f"{_label(name)} contains control characters", case="control")
            return None
        return value

    def choice(self, name: str, required: bool) -> str | None:
        value = self.values[name]
        if not value and not required:
            return None
        if value not in F.CHOICE_FIELDS[name]:
            self.problem(
                name,
                f"{_label(name)} must be one of "
                f"{', '.join(F.CHOICE_FIELDS[name])}, not {value[:40]!r}",
                case="not_a_choice",
                choices=F.CHOICE_FIELDS[name],
                typed=value[:40],
            )
            return None
        return value

    def day(self, name: str) -> date | None:
        value = self.values[name]
        try:
            if len(value) != 10:
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            message = (
                "is required" if not value else f"is not a real date in YYYY-MM-DD: {value[:20]!r}"
            )
            self.problem(
                name,
                f"{_label(name)} {message}",
                "missing_value" if not value else "invalid_value",
                case="required" if not value else "not_a_date",
                typed=value[:20],
            )
            return None

    def identity(self) -> F.FormIdentity | None:
        form_id, partner_id = self.values["form_id"], self.values["partner_id"]
        checks = (
            ("form_id", FORM_ID.match(form_id)),
            ("partner_id", PARTNER_ID.match(partner_id)),
            ("signature", SIGNATURE.match(self.values["signature"])),
        )
        bad = [name for name, ok in checks if not ok]
        for name in bad:
            self.problem(
                name,
                f"the form's {_label(name)} was changed or removed",
                "forged_form",
                case="identity_changed",
            )
        expires = self.day("expires")
        if bad or expires is None:
            return None
        return F.FormIdentity(form_id, partner_id, expires)

    def iem(self) -> IemAsk | None:
        name, kind = self.text("event_name", True), self.choice("event_type", required=True)
        start, end = self.day("event_start"), self.day("event_end")
        if start and end and end < start:
            self.problem(
                "event_end", "the last day is before the first day", case="end_before_start"
            )
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
            self.problem(
                "session_timezone",
                f"not a time zone name such as Asia/Shanghai: {tz_name[:40]!r}",
                case="not_a_time_zone",
                typed=tz_name[:40],
            )
        try:
            if not SESSION_START.match(text):
                raise ValueError
            starts = datetime.strptime(text, "%Y-%m-%d %H:%M")
        except ValueError:
            self.problem(
                "session_start",
                f"not a date and time in YYYY-MM-DD HH:MM: {text[:30]!r}",
                case="not_a_start",
                typed=text[:30],
            )
            return None
        if topic and zone:
            return SessionAsk(topic, starts.replace(tzinfo=zone), tz_name)
        return None

    def email(self) -> str | None:
        value = self.text("contact_email", False)
        if value and not EMAIL.match(value):
            self.problem(
                "contact_email",
                f"not an e-mail address: {value[:60]!r}",
                case="not_an_email",
                typed=value[:60],
            )
            return None
        return value


def _label(name: str) -> str:
    return name.replace("_", " ")
