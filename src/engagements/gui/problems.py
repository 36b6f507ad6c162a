"""What the window tells a person when something fails: one function for every dialog.

An ``EngagementsError`` (a refusal, a bad value or file, a conflict, a missing right, a
database that cannot be opened) says why in its ``reason``. Anything else is a fault in
the program: the person gets its type and text and where the log file with the details
is; the details were logged where it was caught (a background job, Qt's last resort).
"""

from __future__ import annotations

from engagements.errors import EngagementsError
from engagements.logs import log_file


def message_for(problem: BaseException) -> str:
    """The sentence a dialog shows for ``problem``."""
    if isinstance(problem, EngagementsError):
        return problem.reason
    return (
        f"{type(problem).__name__}: {problem}\n\nThis is a fault in Engagements, not in "
        f"what you did; the details are in {log_file()}"
    )
