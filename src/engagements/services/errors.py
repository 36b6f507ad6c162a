"""The services' own refusals (an unknown or duplicate id), and, for imports written
before ``engagements.errors`` existed, the errors that now live there.

TEMPORARY re-export (issue 17): once every branch imports ``InvalidInput``,
``BadInputFile``, ``Conflict``, ``DatabaseBusy``, ``NotAllowed`` and
``DatabaseUnavailable`` from ``engagements.errors``, drop them from here.
"""

from __future__ import annotations

from engagements.domain.errors import RuleRefusal
from engagements.errors import (  # noqa: F401 - re-exported, see above
    BadInputFile as BadInputFile,
)
from engagements.errors import (
    Conflict as Conflict,
)
from engagements.errors import (
    DatabaseBusy as DatabaseBusy,
)
from engagements.errors import (
    DatabaseUnavailable as DatabaseUnavailable,
)
from engagements.errors import (
    InvalidInput as InvalidInput,
)
from engagements.errors import (
    NotAllowed as NotAllowed,
)


class NotFound(RuleRefusal):
    """The partner, request, expert or session named does not exist: exit 2 (a usage
    error, see ``engagements.errors.USAGE_REFUSALS``)."""

    def __init__(self, kind: str, identifier: object) -> None:
        super().__init__("not_found", f"no {kind} with id {identifier!r}")


class AlreadyExists(RuleRefusal):
    """A partner, expert or other record with this id is already there: exit 3."""

    def __init__(self, kind: str, identifier: object) -> None:
        super().__init__("already_exists", f"a {kind} with id {identifier!r} already exists")
