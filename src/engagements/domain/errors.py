"""Why a rule says no.

Every refusal carries a short machine code (``error``) and a sentence for people
(``reason``); the command line prints both and exits 3, the window shows the reason.
It also carries the rule's answer as ``findings`` (see ``findings``): a window that must
decide something from a refusal reads their kinds and numbers, never the words.
"""

from __future__ import annotations

from collections.abc import Sequence

from engagements.domain.findings import NO_HOLIDAY_DATA, Finding, of_refusal
from engagements.errors import EngagementsError


class RuleRefusal(EngagementsError):  # the one error base every layer refuses with
    """A business rule refused the request; nothing may be written."""

    def __init__(self, error: str, reason: str, findings: Sequence[Finding] | None = None) -> None:
        super().__init__(reason)
        self.error = error
        self.reason = reason
        # What the rule found, as data; by default one finding made from code and reason.
        self.findings: tuple[Finding, ...] = (
            tuple(findings) if findings else (of_refusal(error, reason),)
        )
        # More keys for the command line's JSON answer (e.g. ``shortfall_days``).
        self.details: dict[str, object] = {}


def how_to_load_schedule(calendar: str) -> str:
    """What an administrator does to give ``calendar`` a year's official data."""
    return (
        f"import the official schedule with `engagements holidays import FILE.ics "
        f"--calendar {calendar}` or Tools > Import holiday schedule… in the window"
    )


class NoHolidayData(RuleRefusal):
    """The working calendar has no trustworthy holiday data for a year.

    The reason starts "no holiday data for CODE YEAR" and says how to load that year.
    """

    def __init__(self, calendar: str, year: int) -> None:
        # What is missing, without the administrator's how-to (for a partner's form).
        self.missing = f"no holiday data for {calendar} {year}"
        reason = f"{self.missing}: {how_to_load_schedule(calendar)}"
        super().__init__(
            "no_holiday_data",
            reason,
            [Finding(NO_HOLIDAY_DATA, reason, {"calendar": calendar, "year": year})],
        )
        self.calendar = calendar
        self.year = year


class UnknownCalendar(RuleRefusal):
    """The calendar code is not one workalendar knows."""

    def __init__(self, calendar: str) -> None:
        super().__init__("unknown_calendar", f"unknown working calendar {calendar!r}")
        self.calendar = calendar


class NotFound(RuleRefusal):
    """The partner, request, expert or session named does not exist: exit 2 (a usage
    error, see ``engagements.errors.USAGE_REFUSALS``)."""

    def __init__(self, kind: str, identifier: object, of: str | None = None) -> None:
        named = f"{kind} of {of}" if of is not None else kind  # a partner's sub-client, say
        reason = f"no {named} with id {identifier!r}"
        # What is missing, as numbers: the window names the kind in its language.
        numbers = {"kind": kind, "identifier": identifier, **({"of": of} if of else {})}
        super().__init__("not_found", reason, [of_refusal("not_found", reason, **numbers)])


class AlreadyExists(RuleRefusal):
    """A partner, expert or other record with this id is already there: exit 3."""

    def __init__(self, kind: str, identifier: object) -> None:
        super().__init__("already_exists", f"a {kind} with id {identifier!r} already exists")
