"""Why a rule says no.

Every refusal carries a short machine code (``error``) and a sentence for people
(``reason``); the command line prints both and exits 3, the window shows the reason.
"""

from __future__ import annotations

from engagements.errors import EngagementsError


class RuleRefusal(EngagementsError):  # the one error base every layer refuses with
    """A business rule refused the request; nothing may be written."""

    def __init__(self, error: str, reason: str) -> None:
        super().__init__(reason)
        self.error = error
        self.reason = reason
        # More keys for the command line's JSON answer (e.g. ``shortfall_days``).
        self.details: dict[str, object] = {}


def how_to_load_schedule(calendar: str) -> str:
    """What an administrator does to give ``calendar`` a year's official data."""
    return (f"import the official schedule with `engagements holidays import FILE.ics "
            f"--calendar {calendar}` or Tools > Import holiday schedule… in the window")


class NoHolidayData(RuleRefusal):
    """The working calendar has no trustworthy holiday data for a year.

    The reason starts "no holiday data for CODE YEAR" and says how to load that year.
    """

    def __init__(self, calendar: str, year: int) -> None:
        super().__init__("no_holiday_data", f"no holiday data for {calendar} {year}: "
                         f"{how_to_load_schedule(calendar)}")
        self.calendar = calendar
        self.year = year


class UnknownCalendar(RuleRefusal):
    """The calendar code is not one workalendar knows."""

    def __init__(self, calendar: str) -> None:
        super().__init__("unknown_calendar", f"unknown working calendar {calendar!r}")
        self.calendar = calendar
