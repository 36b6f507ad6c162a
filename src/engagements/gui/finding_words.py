"""The rules' answers worded in the window's language (see ``gui.problems``, the one place
the window asks): one wording per finding kind, from the finding's numbers, and the
downgrade check's grounds. In English each wording is the domain's (a test holds them
together). Loaded on the first wording, not at the window's start."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from engagements.domain import findings
from engagements.domain.findings import Finding
from engagements.gui.labels import edition_label, holiday_label, status_label, topic_label
from engagements.gui.language import local_date, weekday_name

if TYPE_CHECKING:  # the rules' modules load workalendar: only when a wording needs them
    from engagements.domain.expert_service import AffectedEngagement, DowngradeDecision

log = logging.getLogger("engagements.gui.problems")

Numbers = Mapping[str, object]


def finding_text(finding: Finding) -> str:
    """``finding`` in the window's language (the domain's words when it cannot be worded)."""
    wording = _WORDINGS.get(finding.kind)
    try:
        text = wording(finding.numbers) if wording else None
    except (KeyError, TypeError, ValueError, AttributeError, AssertionError):
        log.exception("wording a %s finding failed", finding.kind)
        text = None
    if text is None:
        log.info(
            "no wording for a %s finding with numbers %s; shown in the rule's words",
            finding.kind,
            sorted(finding.numbers),
        )
        return finding.message
    return text


# The downgrade check's answer (``DowngradeDecision``), worded from its grounds.
def decision_text(decision: DowngradeDecision) -> str:
    """Why the move is (not) allowed on that date, in the window's language."""
    n = decision.numbers
    if decision.finding is not None:
        return finding_text(decision.finding)
    text = None
    try:
        text = _decision_words(decision.grounds, n, decision.earliest_date)
    except (KeyError, TypeError, ValueError, AssertionError):
        log.exception("wording a downgrade decision failed")
    if text is None:
        log.info("no wording for downgrade grounds %r; shown in the rule's words", decision.grounds)
        return decision.reason
    return text


def _decision_words(grounds: str, n: Numbers, earliest: date) -> str | None:
    from engagements.domain.expert_service import EXIT_APPROVED, NO_USE, NOT_LOWER, TERM_ENDED

    target = n.get("target")
    move = (
        QCoreApplication.translate("Findings", "move to {edition}").format(
            edition=edition_label(str(target))
        )
        if target
        else QCoreApplication.translate("Findings", "end the subscription")
    )
    if grounds == NOT_LOWER:
        return QCoreApplication.translate(
            "Findings",
            "{target} is not a lower edition than {current}; nothing constrains the move",
        ).format(target=edition_label(str(target)), current=edition_label(str(n["current"])))
    if grounds == NO_USE:
        return QCoreApplication.translate(
            "Findings", "no expert-service use recorded; may {move} on any date"
        ).format(move=move)
    uses = n["uses"]
    if grounds == TERM_ENDED:
        if uses == 1:
            return QCoreApplication.translate(
                "Findings",
                "the 1 expert-service use no longer constrains the move: the "
                "committed term ended, and {day} was the first day after it; may {move}",
            ).format(day=local_date(earliest), move=move)
        return QCoreApplication.translate(
            "Findings",
            "the {uses} expert-service uses no longer constrain the move: the "
            "committed term ended, and {day} was the first day after it; may {move}",
        ).format(uses=uses, day=local_date(earliest), move=move)
    if grounds == EXIT_APPROVED:
        if uses == 1:
            return QCoreApplication.translate(
                "Findings",
                "the 1 expert-service use no longer constrains the move: an "
                "early exit is approved and recorded; may {move}",
            ).format(move=move)
        return QCoreApplication.translate(
            "Findings",
            "the {uses} expert-service uses no longer constrain the move: an "
            "early exit is approved and recorded; may {move}",
        ).format(uses=uses, move=move)
    return None


def affected_text(engagement: AffectedEngagement, decision: DowngradeDecision) -> str:
    """Why the target edition would not cover a booked engagement."""
    target = edition_label(str(decision.numbers.get("target") or ""))
    cause = engagement.cause
    if cause == "ends":
        return QCoreApplication.translate("Findings", "the subscription ends")
    if cause == "no_iem":
        return QCoreApplication.translate("Findings", "{edition} includes no IEM").format(
            edition=target
        )
    if cause == "no_sessions":
        return QCoreApplication.translate(
            "Findings", "{edition} includes no training sessions"
        ).format(edition=target)
    if cause == "contract_quota":
        return QCoreApplication.translate(
            "Findings", "{edition} covers sessions only within the contract's quota"
        ).format(edition=target)
    log.info(
        "no wording for why %s %s is affected; shown in the rule's words",
        engagement.kind,
        engagement.id,
    )
    return engagement.why


# One wording per kind; each returns None for numbers it does not know.
def _day(value: object) -> str:
    assert isinstance(value, date)
    return local_date(value)


def _missing(calendar: object, year: object) -> str:
    """A year without holiday data and how to load it (``NoHolidayData``'s reason)."""
    return QCoreApplication.translate(
        "Findings",
        "no holiday data for {calendar} {year}: import the official schedule with "
        "`engagements holidays import FILE.ics --calendar {calendar}` or Tools > Import "
        "holiday schedule… in the window",
    ).format(calendar=calendar, year=year)


def _how_to_load(calendar: object) -> str:
    """What an administrator does to load a year (``how_to_load_schedule``)."""
    return QCoreApplication.translate(
        "Findings",
        "import the official schedule with `engagements holidays import FILE.ics "
        "--calendar {calendar}` or Tools > Import holiday schedule… in the window",
    ).format(calendar=calendar)


def _late(n: Numbers) -> str | None:
    if n.get("case") == "form":  # a returned form's warning
        if n["submitted_after_start"]:
            return QCoreApplication.translate(
                "Findings", "late: the event starts before the form was received"
            )
        earliest = n["earliest_start"]
        return QCoreApplication.translate(
            "Findings",
            "late: {notice} business days' notice, {required} needed; the "
            "earliest start meeting the lead time is {earliest}",
        ).format(
            notice=n["notice_business_days"],
            required=n["required_business_days"],
            earliest=_day(earliest)
            if earliest
            else QCoreApplication.translate("Findings", "undetermined"),
        )
    if "notice_at_least" in n:  # a preview's problem, while the request is typed
        if n["submitted_after_start"]:
            return QCoreApplication.translate(
                "Findings",
                "late: submitted after the event started; approving needs a justification",
            )
        earliest = n["earliest_start"]
        return QCoreApplication.translate(
            "Findings",
            "late: {notice} business days' notice, {required} needed (earliest "
            "start {earliest}); approving needs a justification",
        ).format(
            notice=n["notice_business_days"],
            required=n["required_business_days"],
            earliest=_day(earliest)
            if earliest
            else QCoreApplication.translate("Findings", "undetermined"),
        )
    if n["submitted_after_start"]:  # the refusal to approve without a justification
        return QCoreApplication.translate(
            "Findings",
            "the request is late (it was submitted after its event started): "
            "approving it needs a written justification",
        )
    if n.get("earliest_start") is None:
        if "missing_year" not in n:
            return None  # the year it waits for is not among the numbers
        return QCoreApplication.translate(
            "Findings",
            "the request is late (notice {notice} business days, {required} "
            "needed; earliest start in {year} or later, not countable without that year's "
            "holiday data): approving it needs a written justification",
        ).format(
            notice=n["notice_business_days"],
            required=n["required_business_days"],
            year=n["missing_year"],
        )
    return QCoreApplication.translate(
        "Findings",
        "the request is late (notice {notice} business days, {required} needed; "
        "earliest start {earliest}): approving it needs a written justification",
    ).format(
        notice=n["notice_business_days"],
        required=n["required_business_days"],
        earliest=_day(n["earliest_start"]),
    )


def _lead_time_undetermined(n: Numbers) -> str | None:
    if n.get("case") == "form":  # a returned form's warning
        return QCoreApplication.translate("Findings", "lead time undetermined: {missing}").format(
            missing=_missing(n["calendar"], n["missing_year"])
        )
    if "notice_at_least" not in n:  # the approval's refusal, naming the request
        if "request" not in n:
            return None
        return QCoreApplication.translate(
            "Findings",
            "the lead time of request {request} is undetermined: its earliest "
            "start needs holiday data from {year} on, which {calendar} lacks; to decide it, "
            "{how}; or approve with an explicit acknowledgement "
            "(--acknowledge-undetermined)",
        ).format(
            request=n["request"],
            year=n["missing_year"],
            calendar=n["calendar"],
            how=_how_to_load(n["calendar"]),
        )
    return QCoreApplication.translate(
        "Findings",
        "{missing}. The lead time is undetermined until then: the request can be "
        "recorded, and approving it needs an explicit acknowledgement",
    ).format(missing=_missing(n["calendar"], n["missing_year"]))


def _no_holiday_data(n: Numbers) -> str | None:
    if "meets_lead_time" in n:  # the lead time counted through a year without data
        missing = _missing(n["calendar"], n["missing_year"])
        if n["meets_lead_time"]:
            return QCoreApplication.translate(
                "Findings",
                "{missing}. The lead time is met for certain; the notice is at "
                "least {notice} business days",
            ).format(missing=missing, notice=n["notice_business_days"])
        return QCoreApplication.translate(
            "Findings",
            "{missing}. The request is late for certain; its earliest start "
            "cannot be counted until then",
        ).format(missing=missing)
    if "day" in n:  # a session's day that cannot be checked
        return QCoreApplication.translate(
            "Findings", "weekends and holidays on {day} cannot be checked: {missing}"
        ).format(day=_day(n["day"]), missing=_missing(n["calendar"], n["year"]))
    return _missing(n["calendar"], n["year"])


def _over_allowance(n: Numbers) -> str | None:
    if n.get("case") == "forecast":  # a returned form's warning, with the rule's answer
        found = n["findings"]
        assert isinstance(found, tuple)
        return QCoreApplication.translate(
            "Findings", "allowance forecast with the pending requests: {reason}"
        ).format(reason="; ".join(finding_text(f) for f in found))
    start, end = _day(n["year_start"]), _day(n["year_end"])
    if "available" in n:  # a preview's
        return QCoreApplication.translate(
            "Findings",
            "approving would use {used} of {available} IEM days in {start} to {end}: {short} short",
        ).format(
            used=n["used_after"],
            available=n["available"],
            start=start,
            end=end,
            short=n["shortfall_days"],
        )
    short = n["shortfall_days"]
    shortfall = (
        QCoreApplication.translate("Findings", "1 day short")
        if short == 1
        else QCoreApplication.translate("Findings", "{days} days short").format(days=short)
    )
    return QCoreApplication.translate(
        "Findings",
        "approving would use {used} IEM days in the allowance year {start} to "
        "{end}, which {included} included and the bought days valid then ({bought} bought for "
        "periods touching it, each spent once) cannot pay for: {shortfall}",
    ).format(
        used=n["used_after"],
        start=start,
        end=end,
        included=n["included"],
        bought=n["bought"],
        shortfall=shortfall,
    )


def _not_entitled(n: Numbers) -> str | None:
    what, edition = n.get("what"), edition_label(str(n.get("edition")))
    if what == "iem":
        return QCoreApplication.translate(
            "Findings", "the {edition} edition includes no IEM"
        ).format(edition=edition)
    if what == "sessions":
        return QCoreApplication.translate(
            "Findings", "the {edition} edition includes no training sessions"
        ).format(edition=edition)
    if what == "service_reports":
        return QCoreApplication.translate(
            "Findings", "the {edition} edition includes no service reports"
        ).format(edition=edition)
    if what == "expert_service":
        return QCoreApplication.translate(
            "Findings", "the {edition} edition does not include the expert service"
        ).format(edition=edition)
    return None


def _outside_term(n: Numbers) -> str | None:
    if "term_start" not in n:
        return None
    return QCoreApplication.translate(
        "Findings",
        "the event ({start} to {end}) is outside the subscription's term "
        "({term_start} to {term_end})",
    ).format(
        start=_day(n["event_start"]),
        end=_day(n["event_end"]),
        term_start=_day(n["term_start"]),
        term_end=_day(n["term_end"]),
    )


def _invalid_dates(n: Numbers) -> str | None:
    if n:
        return None  # a typed date the planner refuses; its reason names the field
    return QCoreApplication.translate("Findings", "the event ends before it starts")


def _overlapping(n: Numbers) -> str | None:
    requests = n["requests"]
    assert isinstance(requests, tuple)
    ids: tuple[object, ...] = requests
    named = ", ".join(str(i) for i in ids)
    if len(ids) == 1:
        return QCoreApplication.translate(
            "Findings",
            "overlaps IEM request {requests} of the same partner: the shared "
            "dates cost no allowance twice, but check it is not a duplicate",
        ).format(requests=named)
    return QCoreApplication.translate(
        "Findings",
        "overlaps IEM requests {requests} of the same partner: the shared dates "
        "cost no allowance twice, but check it is not a duplicate",
    ).format(requests=named)


def _quota_unset(n: Numbers) -> str | None:
    if "edition" not in n:
        return None
    return QCoreApplication.translate(
        "Findings",
        "the {edition} contract's session quota must be set before a session can be booked",
    ).format(edition=edition_label(str(n["edition"])))


def _quota_exhausted(n: Numbers) -> str | None:
    return QCoreApplication.translate(
        "Findings", "all {quota} training sessions of this allowance year are already booked"
    ).format(quota=n["quota"])


def _engagement(kind: object) -> str:
    if kind == "iem":
        return QCoreApplication.translate("Findings", "iem")
    if kind == "session":
        return QCoreApplication.translate("Findings", "session")
    return str(kind)


def _expert_clash(n: Numbers) -> str | None:
    if n.get("case") == "raced":  # the database's own guard, past the service's check
        return QCoreApplication.translate(
            "Findings", "the expert was booked at that time by someone else a moment ago"
        )
    if "expert_zone" not in n:
        return None
    label = str(n.get("label") or "")
    if label and n["kind"] == "session":
        label = topic_label(label)
    label = f": {label}" if label else ""
    starts, ends = n["starts_at"], n["ends_at"]
    assert isinstance(starts, datetime) and isinstance(ends, datetime)
    if n.get("expert") is not None:
        return QCoreApplication.translate(
            "Findings",
            "expert {expert} is already booked from {start} to {end} ({kind} {id}{label})",
        ).format(
            expert=n["expert"],
            start=starts.isoformat(),
            end=ends.isoformat(),
            kind=_engagement(n["kind"]),
            id=n["id"],
            label=label,
        )
    zone = n["expert_zone"]
    assert isinstance(zone, tzinfo)
    return QCoreApplication.translate(
        "Findings", "the expert is already booked {start}-{end} ({kind} #{id}{label})"
    ).format(
        start=f"{starts.astimezone(zone):%H:%M}",
        end=f"{ends.astimezone(zone):%H:%M}",
        kind=_engagement(n["kind"]),
        id=n["id"],
        label=label,
    )


def _invalid_times(n: Numbers) -> str | None:
    if n.get("error") == "naive_time" and len(n) == 1:
        return QCoreApplication.translate("Findings", "session times need a time zone or an offset")
    hours = n.get("hours")
    if not isinstance(hours, int | float):
        return None
    if hours <= 0:
        return QCoreApplication.translate("Findings", "a session must end after it starts")
    return QCoreApplication.translate("Findings", "a session cannot last more than 12 hours")


def _local_times(starts_at: datetime, ends_at: datetime, zone: str) -> str:
    """The session as seen in ``zone`` (``domain.session_hours.local_times``, dates in
    the window's language)."""
    from zoneinfo import ZoneInfo  # with its tz data: only once a session is worded

    first, last = starts_at.astimezone(ZoneInfo(zone)), ends_at.astimezone(ZoneInfo(zone))
    until = (
        f"{last:%H:%M}"
        if last.date() == first.date()
        else f"{local_date(last.date())} {last:%H:%M}"
    )
    offset = f"{first:%z}"
    return (
        f"{local_date(first.date())} {first:%H:%M}-{until} {zone} (UTC{offset[:3]}:{offset[3:5]})"
    )


def _outside_working_hours(n: Numbers) -> str | None:
    from engagements.domain.session_hours import WORKING_HOURS  # loads workalendar

    starts, ends = n["starts_at"], n["ends_at"]
    assert isinstance(starts, datetime) and isinstance(ends, datetime)
    times = _local_times(starts, ends, str(n["zone"]))
    opens, closes = f"{WORKING_HOURS[0]:%H:%M}", f"{WORKING_HOURS[1]:%H:%M}"
    if n["who"] == "partner":
        return QCoreApplication.translate(
            "Findings", "outside {opens}-{closes} in the partner's zone: {times}"
        ).format(opens=opens, closes=closes, times=times)
    if n["who"] == "expert":
        return QCoreApplication.translate(
            "Findings", "outside {opens}-{closes} in the expert's zone: {times}"
        ).format(opens=opens, closes=closes, times=times)
    return None


def _day_off(n: Numbers) -> str | None:
    if "calendar" not in n:
        return None
    day = n["day"]
    assert isinstance(day, date)
    if n["holiday"]:
        return QCoreApplication.translate(
            "Findings", "{day} is a holiday in {calendar} ({holiday})"
        ).format(day=_day(day), calendar=n["calendar"], holiday=holiday_label(str(n["holiday"])))
    return QCoreApplication.translate(
        "Findings", "{day} ({weekday}) is a weekend day in {calendar}"
    ).format(day=_day(day), weekday=weekday_name(day, short=False), calendar=n["calendar"])


def _invalid_transition(n: Numbers) -> str | None:
    return QCoreApplication.translate(
        "Findings", "a request that is {status} cannot become {target}"
    ).format(status=status_label(str(n["status"])), target=status_label(str(n["target"])))


def _term_too_short(n: Numbers) -> str | None:
    return QCoreApplication.translate(
        "Findings",
        "the expert service needs a committed term of {minimum} months or more "
        "(this one is {months})",
    ).format(minimum=n["minimum_months"], months=n["months"])


def _exit_locked(n: Numbers) -> str | None:
    if "blocking_uses" not in n:
        return None
    blocking = n["blocking_uses"]
    assert isinstance(blocking, tuple)
    count = len(blocking)
    uses = (
        QCoreApplication.translate("Findings", "1 recorded use")
        if count == 1
        else QCoreApplication.translate("Findings", "{count} recorded uses").format(count=count)
    )
    return QCoreApplication.translate(
        "Findings",
        "the expert service was used ({uses}), so a downgrade or exit is not "
        "effective before {day}, the first day after the committed term; an earlier exit "
        "needs a recorded approval",
    ).format(uses=uses, day=_day(n["earliest_date"]))


_WORDINGS: dict[str, Callable[[Numbers], str | None]] = {
    findings.LATE: _late,
    findings.LEAD_TIME_UNDETERMINED: _lead_time_undetermined,
    findings.NO_HOLIDAY_DATA: _no_holiday_data,
    findings.OVER_ALLOWANCE: _over_allowance,
    findings.NOT_ENTITLED: _not_entitled,
    findings.OUTSIDE_TERM: _outside_term,
    findings.INVALID_DATES: _invalid_dates,
    findings.OVERLAPPING_REQUESTS: _overlapping,
    findings.QUOTA_UNSET: _quota_unset,
    findings.QUOTA_EXHAUSTED: _quota_exhausted,
    findings.EXPERT_CLASH: _expert_clash,
    findings.INVALID_TIMES: _invalid_times,
    findings.OUTSIDE_WORKING_HOURS: _outside_working_hours,
    findings.DAY_OFF: _day_off,
    findings.INVALID_TRANSITION: _invalid_transition,
    findings.TERM_TOO_SHORT: _term_too_short,
    findings.EXIT_LOCKED: _exit_locked,
    # REFUSED: any other refusal, by its code (``_refused`` below), else in its own words.
}


# Refusals without a kind of their own (``REFUSED``) and the errors that are no rule's
# (a file, a right, a busy database): worded by their code (``error``) from their numbers.
def error_text(error: str, n: Numbers) -> str | None:
    """An error's (or a refusal's) sentence in the window's language, from its code and
    numbers; None when it cannot be worded (then its reason is shown as it is)."""
    wording = _ERRORS.get(error)
    try:
        return wording(n) if wording and n else None
    except (KeyError, TypeError, ValueError, AttributeError, AssertionError):
        log.exception("wording a %s error failed", error)
        return None


def _refused(n: Numbers) -> str | None:
    return error_text(str(n.get("error")), n)


_WORDINGS[findings.REFUSED] = _refused


def _tr(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


# What may be missing (``NotFound``'s kind), as the services name it.
_MISSING = {
    "partner": QT_TRANSLATE_NOOP("Findings", "partner"),
    "expert": QT_TRANSLATE_NOOP("Findings", "expert"),
    "session": QT_TRANSLATE_NOOP("Findings", "session"),
    "IEM request": QT_TRANSLATE_NOOP("Findings", "IEM request"),
    "subscription for partner": QT_TRANSLATE_NOOP("Findings", "subscription for partner"),
    "partner with designated TAM": QT_TRANSLATE_NOOP("Findings", "partner with designated TAM"),
    "session request": QT_TRANSLATE_NOOP("Findings", "session request"),
    "adjustment on": QT_TRANSLATE_NOOP("Findings", "adjustment on"),
    "sub-client account": QT_TRANSLATE_NOOP("Findings", "sub-client account"),
}


def _not_found(n: Numbers) -> str | None:
    kind = _MISSING.get(str(n["kind"]))
    if kind is None:
        return None
    shown = _tr(kind)
    if "of" in n:
        shown = QCoreApplication.translate("Findings", "{kind} of {owner}").format(
            kind=shown, owner=n["of"]
        )
    return QCoreApplication.translate("Findings", "no {kind} with id {identifier}").format(
        kind=shown, identifier=repr(n["identifier"])
    )


def _file_too_large(n: Numbers) -> str | None:
    if "size_mb" in n:
        return QCoreApplication.translate(
            "Findings", "{file} is {size} MB; a request form is at most {limit} MB"
        ).format(file=n["file"], size=n["size_mb"], limit=n["limit_mb"])
    return QCoreApplication.translate("Findings", "{file} is larger than {limit} MB").format(
        file=n["file"], limit=n["limit_mb"]
    )


def _not_a_pdf(n: Numbers) -> str | None:
    if n.get("case") == "empty":
        return QCoreApplication.translate("Findings", "{file} is empty").format(file=n["file"])
    return QCoreApplication.translate("Findings", "{file} is not a PDF file").format(file=n["file"])


def _not_a_file(n: Numbers) -> str | None:
    return (
        QCoreApplication.translate("Findings", "{file} is a folder; give a PDF file")
        if n["folder"]
        else QCoreApplication.translate("Findings", "{file} is not a regular file; give a PDF file")
    ).format(file=n["file"])


def _unreadable_pdf(n: Numbers) -> str | None:
    if n.get("case") == "too_slow":
        return QCoreApplication.translate(
            "Findings", "{file} took too long to read; it may be damaged or crafted"
        ).format(file=n["file"])
    return QCoreApplication.translate("Findings", "{file} is damaged or not a readable PDF").format(
        file=n["file"]
    )


def _active_content(n: Numbers) -> str | None:
    return QCoreApplication.translate(
        "Findings", "{file} contains {active}, which a request form never does; it was not read"
    ).format(file=n["file"], active=n["active"])


def _not_allowed(n: Numbers) -> str | None:
    case = n.get("case")
    if case == "opened_read_only":
        return QCoreApplication.translate(
            "Findings", "the database is open read only; nothing can be changed"
        )
    if case == "read_only_for_user":
        return QCoreApplication.translate("Findings", "the database is read only for this user")
    return None


def _database_busy(n: Numbers) -> str | None:
    if n.get("case") != "busy":
        return None
    return QCoreApplication.translate(
        "Findings",
        "the database is busy: another user's change has held what this one needs "
        "for longer than the lock timeout; nothing was written, try again in a moment",
    )


_ERRORS: dict[str, Callable[[Numbers], str | None]] = {
    "not_found": _not_found,
    "file_too_large": _file_too_large,
    "not_a_pdf": _not_a_pdf,
    "not_a_file": _not_a_file,
    "unreadable_pdf": _unreadable_pdf,
    "active_content": _active_content,
    "batch_timeout": lambda n: QCoreApplication.translate(
        "Findings", "{file} was not read: the batch ran out of time"
    ).format(file=n["file"]),
    "not_our_form": lambda n: QCoreApplication.translate(
        "Findings", "{file} is a PDF but not one of our request forms"
    ).format(file=n["file"]),
    "not_allowed": _not_allowed,
    "database_busy": _database_busy,
    "database_unavailable": _database_busy,  # locked by another program when opened
}


# A returned form's fields as its problems name them (``forms.values``: the field's name
# with spaces), in the window's language.
_FIELD_NAMES = {
    "form_id": QT_TRANSLATE_NOOP("Findings", "form id"),
    "partner_id": QT_TRANSLATE_NOOP("Findings", "partner id"),
    "expires": QT_TRANSLATE_NOOP("Findings", "expires"),
    "signature": QT_TRANSLATE_NOOP("Findings", "signature"),
    "request_type": QT_TRANSLATE_NOOP("Findings", "request type"),
    "event_type": QT_TRANSLATE_NOOP("Findings", "event type"),
    "session_topic": QT_TRANSLATE_NOOP("Findings", "session topic"),
    "sub_client_account_id": QT_TRANSLATE_NOOP("Findings", "sub client account id"),
    "sub_client_name": QT_TRANSLATE_NOOP("Findings", "sub client name"),
    "event_name": QT_TRANSLATE_NOOP("Findings", "event name"),
    "event_start": QT_TRANSLATE_NOOP("Findings", "event start"),
    "event_end": QT_TRANSLATE_NOOP("Findings", "event end"),
    "session_start": QT_TRANSLATE_NOOP("Findings", "session start"),
    "session_timezone": QT_TRANSLATE_NOOP("Findings", "session timezone"),
    "description": QT_TRANSLATE_NOOP("Findings", "description"),
    "contact_name": QT_TRANSLATE_NOOP("Findings", "contact name"),
    "contact_email": QT_TRANSLATE_NOOP("Findings", "contact email"),
    "contact_phone": QT_TRANSLATE_NOOP("Findings", "contact phone"),
}


def _form_value(n: Numbers) -> str | None:
    """A returned form's value that is missing, malformed or forged (``forms.values``)."""
    case, typed = n["case"], repr(n.get("typed"))
    name = _FIELD_NAMES.get(str(n["field"]))
    field_name = _tr(name) if name else None
    if case == "several_values":
        return QCoreApplication.translate("Findings", "choose one value, not several")
    if case == "no_contact":
        return QCoreApplication.translate("Findings", "give an e-mail address or a phone number")
    if case == "end_before_start":
        return QCoreApplication.translate("Findings", "the last day is before the first day")
    if case == "not_a_time_zone":
        return QCoreApplication.translate(
            "Findings", "not a time zone name such as Asia/Shanghai: {typed}"
        ).format(typed=typed)
    if case == "not_a_start":
        return QCoreApplication.translate(
            "Findings", "not a date and time in YYYY-MM-DD HH:MM: {typed}"
        ).format(typed=typed)
    if case == "not_an_email":
        return QCoreApplication.translate("Findings", "not an e-mail address: {typed}").format(
            typed=typed
        )
    if case == "identity_missing":
        return QCoreApplication.translate("Findings", "the form's identity fields are missing")
    if case == "not_issued":
        return QCoreApplication.translate(
            "Findings", "form {form} was not issued by this database"
        ).format(form=n["form"])
    if case == "signature_mismatch":
        return QCoreApplication.translate(
            "Findings", "the form's identity fields were changed (the signature does not match)"
        )
    if case == "wrong_partner":
        return QCoreApplication.translate(
            "Findings", "this form was issued to {issued_to}, not {expected}"
        ).format(issued_to=n["issued_to"], expected=n["expected"])
    if case == "expired":
        return QCoreApplication.translate("Findings", "the form expired on {day}").format(
            day=_day(n["expired"])
        )
    if case == "used_just_now":
        return QCoreApplication.translate("Findings", "the form was already imported")
    if case == "past_start":
        return QCoreApplication.translate("Findings", "the preferred start has passed")
    if case == "used":
        return QCoreApplication.translate(
            "Findings", "the form was already imported on {day} by {who}"
        ).format(day=_day(n["on"]), who=n["by"])
    if field_name is None:
        return None
    if case == "required":
        return QCoreApplication.translate("Findings", "{field} is required").format(
            field=field_name
        )
    if case == "too_long":
        return QCoreApplication.translate(
            "Findings", "{field} is longer than {most} characters"
        ).format(field=field_name, most=n["most"])
    if case == "control":
        return QCoreApplication.translate("Findings", "{field} contains control characters").format(
            field=field_name
        )
    if case == "not_a_choice":
        choices = n["choices"]
        assert isinstance(choices, tuple)
        return QCoreApplication.translate(
            "Findings", "{field} must be one of {choices}, not {typed}"
        ).format(field=field_name, choices=", ".join(choices), typed=typed)
    if case == "not_a_date":
        return QCoreApplication.translate(
            "Findings", "{field} is not a real date in YYYY-MM-DD: {typed}"
        ).format(field=field_name, typed=typed)
    if case == "identity_changed":
        return QCoreApplication.translate(
            "Findings", "the form's {field} was changed or removed"
        ).format(field=field_name)
    return None


for _code in (
    "invalid_value",
    "missing_value",
    "forged_form",
    "unknown_form",
    "wrong_partner",
    "expired_form",
    "form_used",
    "past_start",
):
    _ERRORS[_code] = _form_value
