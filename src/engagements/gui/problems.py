"""What the window tells a person when a rule answers or something fails: the one place.

A rule's answer comes as findings (``engagements.domain.findings.Finding``): a kind, the
numbers, and the domain's words in English. ``finding_text`` words each kind again in the
window's language from its numbers; in English it says what the domain says (a test holds
the two together). A finding it cannot word (a kind or a set of numbers it does not know)
is shown in the domain's words, and that is logged so the gap can be closed.

``message_for`` is what every dialog shows for an error: an ``EngagementsError`` (a
refusal, a bad value or file, a conflict, a missing right, a database that cannot be
opened) in its findings' words when it has them, else in its ``reason``. Anything else is a
fault in the program: the person gets its type and text and where the log file with the
details is; the details were logged where it was caught (a background job, Qt's last
resort).

The wordings themselves are in ``gui.finding_words``, loaded on the first one shown so the
window starts without the rules' modules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from engagements.errors import Conflict, EngagementsError
from engagements.logs import log_file

if TYPE_CHECKING:
    from engagements.domain.expert_service import AffectedEngagement, DowngradeDecision
    from engagements.domain.findings import Finding
    from engagements.forms.values import FieldProblem

# The wordings (gui.finding_words) load on the first one shown, not at the window's start.


def finding_text(finding: Finding) -> str:
    """``finding`` in the window's language (the domain's words when it cannot be worded;
    that is logged)."""
    from engagements.gui import finding_words

    return finding_words.finding_text(finding)


def findings_text(found: Iterable[Finding]) -> list[str]:
    """Each of ``found`` in the window's language, in order."""
    return [finding_text(f) for f in found]


def decision_text(decision: DowngradeDecision) -> str:
    """Why the downgrade check allows the move on that date, or not, in the window's
    language."""
    from engagements.gui import finding_words

    return finding_words.decision_text(decision)


def affected_text(engagement: AffectedEngagement, decision: DowngradeDecision) -> str:
    """Why the target edition would not cover a booked engagement."""
    from engagements.gui import finding_words

    return finding_words.affected_text(engagement, decision)


def field_problem_text(problem: FieldProblem) -> str:
    """A returned form's problem with one field, in the window's language (in its own
    words when what was found does not say all of it)."""
    found = problem.finding
    if found is not None and found.message == problem.message:
        return finding_text(found)
    return problem.message


def rejected_text(reason: str, problems: Iterable[FieldProblem]) -> str:
    """Why a returned form was refused (``FormRejected``, a batch's rejected file): its
    one problem, or the first by its field and how many more, in the window's language."""
    listed = tuple(problems)
    if not listed:
        return reason
    first = listed[0]
    if len(listed) == 1 and first.message == reason:
        return field_problem_text(first)
    from engagements.gui.labels import field_label

    text = QCoreApplication.translate("Problems", "{field}: {problem}").format(
        field=field_label(first.field), problem=field_problem_text(first)
    )
    if len(listed) > 1:
        more = len(listed) - 1
        text = QCoreApplication.translate(
            "Problems", "{first} (and %n more problem(s))", None, more
        ).format(first=text)
    return text


def message_for(problem: BaseException) -> str:
    """The sentence a dialog shows for ``problem``."""
    if type(problem) is Conflict and problem.reason == Conflict().reason:
        # Someone else's change came first: the one plain sentence, in the window's language.
        return QCoreApplication.translate(
            "Problems", "changed by someone else at the same time; try again"
        )
    if isinstance(problem, EngagementsError):
        if getattr(problem, "problems", None):  # a returned form refused, field by field
            return rejected_text(problem.reason, problem.problems)  # type: ignore[attr-defined]
        found = tuple(getattr(problem, "findings", ()))
        # The findings say the whole reason (one finding, or one per year short): word
        # them; a reason that says more than its findings is shown as it is.
        if found and "; ".join(f.message for f in found) == problem.reason:
            return "; ".join(findings_text(found))
        if problem.numbers:  # a file, a right, a busy database: worded by its code
            from engagements.gui import finding_words

            text = finding_words.error_text(problem.error, problem.numbers)
            if text is not None:
                return text
        return problem.reason
    return QCoreApplication.translate(
        "Problems",
        "{kind}: {text}\n\nThis is a fault in Engagements, not in what you did; "
        "the details are in {log}",
    ).format(kind=type(problem).__name__, text=problem, log=log_file())
