"""Undo and redo that tell the truth: every step is a service call, never a row edit.

Only changes that a service can reverse are offered: a new IEM request is undone by
cancelling it (the cancelled request stays in the history), a booked session by cancelling
the session. Approvals, rejections and cancellations have no inverse in the life cycle,
so they are not put on the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from engagements.gui.context import REFUSALS, AppContext


class ServiceCommand(QUndoCommand):
    """A change already made by ``do``; undo calls ``undo(result)``, redo calls ``do`` again."""

    def __init__(self, context: AppContext, text: str, do: Callable[[], Any],
                 undo: Callable[[Any], Any], result: Any) -> None:
        super().__init__(text)
        self._context, self._do, self._undo = context, do, undo
        self.result = result
        self._first = True  # the change was made before the command was pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._call(lambda: self._do(), remember=True)

    def undo(self) -> None:
        self._call(lambda: self._undo(self.result), remember=False)

    def _call(self, step: Callable[[], Any], remember: bool) -> None:
        try:
            outcome = step()
        except REFUSALS as refusal:
            # Someone moved the engagement on meanwhile; drop the step rather than pretend.
            self.setObsolete(True)
            self._context.show_problem(None, refusal, f"Cannot {self.actionText()}")
            return
        if remember:
            self.result = outcome
        self._context.changed.emit()


def push_done(context: AppContext, text: str, do: Callable[[], Any],
              undo: Callable[[Any], Any]) -> Any:
    """Make the change now (showing a refusal), and put it on the stack when it worked."""
    result = context.perform(None, text, do)
    if result is not None:
        context.undo_stack.push(ServiceCommand(context, text, do, undo, result))
    return result
