"""Every way the application says no, under one base, with its command-line exit code.

``EngagementsError`` is what the command line turns into an exit code (``exit_code_for``)
and the window into a message (``engagements.gui.problems.message_for``); anything else
that escapes is a fault in the program. Each error carries a short machine code (``error``)
and a sentence for people (``reason``).

Business-rule refusals (``RuleRefusal``, exit 3) are defined by the domain on top of this
base; the errors here are about input, files, concurrency and permissions. This module
imports nothing from the application, so every layer may raise them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

# Refusals that are really a bad value or an unknown id: usage errors (2), not rules (3).
USAGE_REFUSALS = frozenset(
    {"not_found", "unknown_calendar", "invalid_topic", "naive_time", "invalid_times"}
)


class EngagementsError(Exception):
    """Something the application refuses for a reason it can name; nothing was written.

    By default a business rule said no (exit 3); subclasses name their own exit code."""

    exit_code: int = 3
    error: str = "refused"
    # The figures ``reason`` was made from (a file's name, a size, which case), so the
    # window can say it again in its language (``gui.problems.message_for``); empty when
    # the reason is the only wording (then it is shown as it is).
    numbers: Mapping[str, object] = MappingProxyType({})

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def json_details(self) -> dict[str, Any]:
        """More keys for the command line's JSON answer, between ``reason`` and
        ``exit_code``: a refusal's own ``details``, the ``field`` of a bad value."""
        details = getattr(self, "details", None)
        return dict(details) if isinstance(details, dict) else {}


def exit_code_for(problem: EngagementsError) -> int:
    """The command line's exit code for ``problem`` (see CONTRACT.md, "Exit codes")."""
    if problem.error in USAGE_REFUSALS:
        return 2
    return problem.exit_code


class InvalidInput(EngagementsError):
    """A value typed by a person is malformed (a date, an edition, a time zone): exit 2."""

    exit_code = 2

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(reason)
        self.error = "invalid_input"
        self.field = field

    def json_details(self) -> dict[str, Any]:
        return {"field": self.field}


class BadInputFile(EngagementsError):
    """An input file is unreadable, forged, expired, replayed or for another partner: exit 4."""

    exit_code = 4

    def __init__(
        self,
        reason: str,
        error: str = "bad_input_file",
        field: str | None = None,
        numbers: Mapping[str, object] | None = None,
    ):
        super().__init__(reason)
        self.error = error
        self.field = field
        if numbers:
            self.numbers = numbers

    def json_details(self) -> dict[str, Any]:
        return {"field": self.field}


class Conflict(EngagementsError):
    """Another user changed the same thing at the same time: exit 5, try again."""

    exit_code = 5

    def __init__(self, reason: str = "changed by someone else at the same time; try again"):
        super().__init__(reason)
        self.error = "conflict"


class DatabaseBusy(Conflict):
    """A lock held by another user's unfinished change outlasted the timeout: exit 5."""

    def __init__(self, reason: str, numbers: Mapping[str, object] | None = None) -> None:
        super().__init__(reason)
        self.error = "database_busy"
        if numbers:
            self.numbers = numbers


class NotAllowed(EngagementsError):
    """This user may not do this (read-only reviewer, missing privilege): exit 6."""

    exit_code = 6

    def __init__(self, reason: str, numbers: Mapping[str, object] | None = None) -> None:
        super().__init__(reason)
        self.error = "not_allowed"
        if numbers:
            self.numbers = numbers


class DatabaseUnavailable(EngagementsError):
    """The database cannot be opened: a bad URL (exit 2), an unreadable, foreign or newer
    file (exit 4), one locked by another program (exit 5), a read-only file opened for
    writing (exit 6), or a server that cannot be reached (exit 7)."""

    def __init__(
        self, reason: str, exit_code: int = 4, numbers: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(reason)
        self.error = "database_unavailable"
        self.exit_code = exit_code
        if numbers:
            self.numbers = numbers
