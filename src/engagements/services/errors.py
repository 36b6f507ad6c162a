"""What a service can say besides a rule refusal, each with its command-line exit code.

``RuleRefusal`` (exit 3) lives in the domain; these are about input, files, concurrency
and permissions.
"""

from __future__ import annotations

from engagements.domain.errors import RuleRefusal


class InvalidInput(Exception):
    """A value typed by a person is malformed (a date, an edition, a time zone): exit 2."""

    exit_code = 2

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(reason)
        self.error = "invalid_input"
        self.reason = reason
        self.field = field


class NotFound(RuleRefusal):
    """The partner, request, expert or session named does not exist: exit 3."""

    def __init__(self, kind: str, identifier: object) -> None:
        super().__init__("not_found", f"no {kind} with id {identifier!r}")


class AlreadyExists(RuleRefusal):
    def __init__(self, kind: str, identifier: object) -> None:
        super().__init__("already_exists", f"a {kind} with id {identifier!r} already exists")


class BadInputFile(Exception):
    """An input file is unreadable, forged, expired, replayed or for another partner: exit 4."""

    exit_code = 4

    def __init__(self, reason: str, error: str = "bad_input_file", field: str | None = None):
        super().__init__(reason)
        self.error = error
        self.reason = reason
        self.field = field


class Conflict(Exception):
    """Another user changed the same thing at the same time: exit 5, try again."""

    exit_code = 5

    def __init__(self, reason: str = "changed by someone else at the same time; try again"):
        super().__init__(reason)
        self.error = "conflict"
        self.reason = reason


class DatabaseBusy(Conflict):
    """A lock held by another user's unfinished change outlasted the timeout: exit 5."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.error = "database_busy"


class NotAllowed(Exception):
    """This user may not do this (read-only reviewer, missing privilege): exit 6."""

    exit_code = 6

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.error = "not_allowed"
        self.reason = reason


class DatabaseUnavailable(Exception):
    """The database cannot be opened: a bad URL (exit 2), an unreadable, foreign or newer
    file (exit 4), one locked by another program (exit 5), a read-only file opened for
    writing (exit 6), or a server that cannot be reached (exit 7)."""

    def __init__(self, reason: str, exit_code: int = 4) -> None:
        super().__init__(reason)
        self.error = "database_unavailable"
        self.reason = reason
        self.exit_code = exit_code
