"""Names of statuses and kinds as the window shows them, in the window's language.

The database keeps ``in_progress`` and ``iem``; people read 进行中 or "In progress".
Column headers of every table share the ``Columns`` translation context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_LABELS = {
    "submitted": QT_TRANSLATE_NOOP("Status", "submitted"),
    "approved": QT_TRANSLATE_NOOP("Status", "approved"),
    "scheduled": QT_TRANSLATE_NOOP("Status", "scheduled"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "in progress"),
    "completed": QT_TRANSLATE_NOOP("Status", "completed"),
    "rejected": QT_TRANSLATE_NOOP("Status", "rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "cancelled"),
    "held": QT_TRANSLATE_NOOP("Status", "held"),
    "pending": QT_TRANSLATE_NOOP("Status", "pending"),
    "declined": QT_TRANSLATE_NOOP("Status", "declined"),
    "booked": QT_TRANSLATE_NOOP("Status", "booked"),
}
KIND_LABELS = {
    "iem": QT_TRANSLATE_NOOP("Kind", "IEM"),
    "session": QT_TRANSLATE_NOOP("Kind", "Session"),
}


def status_label(status: str) -> str:
    """``in_progress`` -> "in progress" (or 进行中)."""
    known = STATUS_LABELS.get(status)
    return QCoreApplication.translate("Status", known) if known else status.replace("_", " ")


def capitalized_status(status: str) -> str:
    label = status_label(status)
    return label[:1].upper() + label[1:]


def kind_label(kind: str) -> str:
    known = KIND_LABELS.get(kind)
    return QCoreApplication.translate("Kind", known) if known else kind.upper()


def column_title(text: str) -> str:
    """A column header marked with ``QT_TRANSLATE_NOOP("Columns", ...)``, translated."""
    return QCoreApplication.translate("Columns", text)


# The dashboard's risks as the services name them (services.dashboard.RISK_*).
RISK_LABELS = (
    QT_TRANSLATE_NOOP("Risk", "nearly out of IEM days"),
    QT_TRANSLATE_NOOP("Risk", "late request waiting"),
    QT_TRANSLATE_NOOP("Risk", "no holiday data ahead"),
    QT_TRANSLATE_NOOP("Risk", "undetermined lead time waiting"),
    QT_TRANSLATE_NOOP("Risk", "subscription expiring"),
    QT_TRANSLATE_NOOP("Risk", "expert service used: no downgrade or exit before the term ends"),
)
EDITION_LABELS = (
    QT_TRANSLATE_NOOP("Edition", "Standard"),
    QT_TRANSLATE_NOOP("Edition", "Commercial"),
    QT_TRANSLATE_NOOP("Edition", "Enterprise"),
)


def risk_label(risk: str) -> str:
    """A risk named by the services, in the window's language (unknown ones as they are)."""
    return QCoreApplication.translate("Risk", risk)


def edition_label(edition: str) -> str:
    """``enterprise`` or ``Enterprise`` -> "Enterprise" (or 企业版)."""
    return QCoreApplication.translate("Edition", edition[:1].upper() + edition[1:])


# IEM event types (domain.events.EVENT_TYPES) and session topics (domain.sessions.TOPICS).
EVENT_TYPE_LABELS = {
    "launch": QT_TRANSLATE_NOOP("EventType", "launch"),
    "promotion": QT_TRANSLATE_NOOP("EventType", "promotion"),
    "version-update": QT_TRANSLATE_NOOP("EventType", "version update"),
    "migration": QT_TRANSLATE_NOOP("EventType", "migration"),
    "other": QT_TRANSLATE_NOOP("EventType", "other"),
}
TOPIC_LABELS = {
    "architecture": QT_TRANSLATE_NOOP("Topic", "architecture"),
    "usage-plan": QT_TRANSLATE_NOOP("Topic", "usage plan"),
    "key-issues": QT_TRANSLATE_NOOP("Topic", "key issues"),
    "product-requirements": QT_TRANSLATE_NOOP("Topic", "product requirements"),
    "industry-experience": QT_TRANSLATE_NOOP("Topic", "industry experience"),
}


def event_type_label(event_type: str) -> str:
    known = EVENT_TYPE_LABELS.get(event_type)
    return QCoreApplication.translate("EventType", known) if known else event_type.replace("-", " ")


def topic_label(topic: str) -> str:
    known = TOPIC_LABELS.get(topic)
    return QCoreApplication.translate("Topic", known) if known else topic.replace("-", " ")


def entry_title(kind: str, title: str) -> str:
    """A calendar entry's title: an IEM event's name as typed, a session's topic named."""
    return topic_label(title) if kind == "session" else title


# The audit trail's actions as services.partner_history names them (ACTION_NAMES).
AUDIT_ACTION_LABELS = (
    QT_TRANSLATE_NOOP("AuditAction", "Partner added"),
    QT_TRANSLATE_NOOP("AuditAction", "Partner details changed"),
    QT_TRANSLATE_NOOP("AuditAction", "Subscription started"),
    QT_TRANSLATE_NOOP("AuditAction", "Subscription ended by a renewal or change"),
    QT_TRANSLATE_NOOP("AuditAction", "Early exit approved"),
    QT_TRANSLATE_NOOP("AuditAction", "Sub-client account added"),
    QT_TRANSLATE_NOOP("AuditAction", "Sub-client renamed"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM requested"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM approved"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM rejected"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM cancelled"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM scheduled"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM started"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM completed"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM request changed"),
    QT_TRANSLATE_NOOP("AuditAction", "Expert assigned to IEM"),
    QT_TRANSLATE_NOOP("AuditAction", "Expert taken off IEM"),
    QT_TRANSLATE_NOOP("AuditAction", "IEM days bought"),
    QT_TRANSLATE_NOOP("AuditAction", "Session booked"),
    QT_TRANSLATE_NOOP("AuditAction", "Session cancelled"),
    QT_TRANSLATE_NOOP("AuditAction", "Expert service used"),
    QT_TRANSLATE_NOOP("AuditAction", "Request form imported"),
    QT_TRANSLATE_NOOP("AuditAction", "Imported form corrected"),
    QT_TRANSLATE_NOOP("AuditAction", "Request form issued"),
    QT_TRANSLATE_NOOP("AuditAction", "Session asked for on a form"),
    QT_TRANSLATE_NOOP("AuditAction", "Asked-for session booked"),
    QT_TRANSLATE_NOOP("AuditAction", "Asked-for session declined"),
)


def audit_action_label(what: str) -> str:
    """An audit action as the partner history names it, in the window's language."""
    return QCoreApplication.translate("AuditAction", what)


# Holiday names as workalendar and the shipped schedules give them (English), for the
# calendars Chinese account managers use most; other names are shown as they come.
HOLIDAY_LABELS = (
    QT_TRANSLATE_NOOP("Holiday", "New Year's Day"),
    QT_TRANSLATE_NOOP("Holiday", "Spring Festival"),
    QT_TRANSLATE_NOOP("Holiday", "Qingming Festival"),
    QT_TRANSLATE_NOOP("Holiday", "Labour Day"),
    QT_TRANSLATE_NOOP("Holiday", "Dragon Boat Festival"),
    QT_TRANSLATE_NOOP("Holiday", "Mid-Autumn Festival"),
    QT_TRANSLATE_NOOP("Holiday", "National Day"),
    QT_TRANSLATE_NOOP("Holiday", "official working day (weekend worked)"),
)


def holiday_label(name: str | None) -> str:
    """A holiday's name in the window's language, when it is a known one."""
    return QCoreApplication.translate("Holiday", name) if name else ""


# The fields the audit trail's history shows (gui.history_dialog.SHOWN_FIELDS), named.
AUDIT_FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("AuditField", "status"),
    "start": QT_TRANSLATE_NOOP("AuditField", "start"),
    "end": QT_TRANSLATE_NOOP("AuditField", "end"),
    "starts_at": QT_TRANSLATE_NOOP("AuditField", "starts at"),
    "ends_at": QT_TRANSLATE_NOOP("AuditField", "ends at"),
    "justification": QT_TRANSLATE_NOOP("AuditField", "justification"),
    "rejection_reason": QT_TRANSLATE_NOOP("AuditField", "rejection reason"),
    "expert_id": QT_TRANSLATE_NOOP("AuditField", "expert"),
    "topic": QT_TRANSLATE_NOOP("AuditField", "topic"),
    "event_name": QT_TRANSLATE_NOOP("AuditField", "event name"),
    "event_type": QT_TRANSLATE_NOOP("AuditField", "event type"),
    "description": QT_TRANSLATE_NOOP("AuditField", "description"),
    "sub_client_id": QT_TRANSLATE_NOOP("AuditField", "sub-client"),
    "contact_name": QT_TRANSLATE_NOOP("AuditField", "contact name"),
    "contact_email": QT_TRANSLATE_NOOP("AuditField", "contact email"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditField", "contact phone"),
    "name": QT_TRANSLATE_NOOP("AuditField", "name"),
    "calendar": QT_TRANSLATE_NOOP("AuditField", "working calendar"),
    "designated_tam": QT_TRANSLATE_NOOP("AuditField", "designated TAM"),
    "designated_asm": QT_TRANSLATE_NOOP("AuditField", "designated ASM"),
    "edition": QT_TRANSLATE_NOOP("AuditField", "edition"),
    "months": QT_TRANSLATE_NOOP("AuditField", "months"),
    "session_quota": QT_TRANSLATE_NOOP("AuditField", "session quota"),
    "ended_on": QT_TRANSLATE_NOOP("AuditField", "ended on"),
    "timezone": QT_TRANSLATE_NOOP("AuditField", "time zone"),
    "skills": QT_TRANSLATE_NOOP("AuditField", "skills"),
    "active": QT_TRANSLATE_NOOP("AuditField", "active"),
}
# How the partner history names what changed (services.partner_history.SUBJECTS).
AUDIT_SUBJECT_LABELS = {
    "subscription {}": QT_TRANSLATE_NOOP("AuditSubject", "subscription {}"),
    "sub-client {}": QT_TRANSLATE_NOOP("AuditSubject", "sub-client {}"),
    "purchase {}": QT_TRANSLATE_NOOP("AuditSubject", "purchase {}"),
    "expert-service use {}": QT_TRANSLATE_NOOP("AuditSubject", "expert-service use {}"),
    "form {}": QT_TRANSLATE_NOOP("AuditSubject", "form {}"),
    "partner {}": QT_TRANSLATE_NOOP("AuditSubject", "partner {}"),
    "session request {}": QT_TRANSLATE_NOOP("AuditSubject", "session request {}"),
}


def audit_field_label(name: str) -> str:
    """An audited field's name in the window's language (unknown ones spelled out)."""
    known = AUDIT_FIELD_LABELS.get(name)
    return QCoreApplication.translate("AuditField", known) if known else name.replace("_", " ")


def audit_value_label(name: str, value: object) -> str:
    """A recorded value as the window names it: codes (status, edition, event type, topic,
    yes/no) in the window's language, anything typed as it was typed."""
    if value in (None, ""):
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditField", "yes")
            if value
            else QCoreApplication.translate("AuditField", "no")
        )
    text = str(value)
    if name == "status":
        return status_label(text)
    if name == "edition":
        return edition_label(text)
    if name == "event_type":
        return event_type_label(text)
    if name == "topic":
        return topic_label(text)
    return text


def audit_subject_label(subject: str, templates: dict[str, str]) -> str:
    """What an audit entry changed ("subscription 3"), named in the window's language;
    ``templates`` are the partner history's (kind -> "subscription {}")."""
    for template in templates.values():
        prefix = template.split("{}")[0]
        known = AUDIT_SUBJECT_LABELS.get(template)
        if known and prefix and subject.startswith(prefix):
            return QCoreApplication.translate("AuditSubject", known).replace(
                "{}", subject[len(prefix) :]
            )
    return subject


# The partner request form's fields, as the form review and the problems name them.
FORM_FIELD_LABELS = {
    "form_id": QT_TRANSLATE_NOOP("FormFields", "Form"),
    "partner_id": QT_TRANSLATE_NOOP("FormFields", "Partner"),
    "expires": QT_TRANSLATE_NOOP("FormFields", "Valid until"),
    "request_type": QT_TRANSLATE_NOOP("FormFields", "Request"),
    "sub_client_account_id": QT_TRANSLATE_NOOP("FormFields", "Sub-client account"),
    "sub_client_name": QT_TRANSLATE_NOOP("FormFields", "Sub-client name"),
    "event_name": QT_TRANSLATE_NOOP("FormFields", "Event"),
    "event_type": QT_TRANSLATE_NOOP("FormFields", "Event type"),
    "event_start": QT_TRANSLATE_NOOP("FormFields", "First day"),
    "event_end": QT_TRANSLATE_NOOP("FormFields", "Last day"),
    "session_topic": QT_TRANSLATE_NOOP("FormFields", "Topic"),
    "session_start": QT_TRANSLATE_NOOP("FormFields", "Preferred start"),
    "session_timezone": QT_TRANSLATE_NOOP("FormFields", "Time zone"),
    "description": QT_TRANSLATE_NOOP("FormFields", "Description"),
    "contact_name": QT_TRANSLATE_NOOP("FormFields", "Contact"),
    "contact_email": QT_TRANSLATE_NOOP("FormFields", "E-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("FormFields", "Phone"),
    "signature": QT_TRANSLATE_NOOP("FormFields", "Signature"),
    "file": QT_TRANSLATE_NOOP("FormFields", "File"),
}


def field_label(name: str) -> str:
    """A form field's name in the window's language."""
    return (
        QCoreApplication.translate("FormFields", FORM_FIELD_LABELS[name])
        if name in FORM_FIELD_LABELS
        else name
    )
