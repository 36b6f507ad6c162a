"""Undo and redo that tell the truth: every step is a service call, never a row edit.

Each command names the one engagement it changed ("approval of IEM #12") and only ever
acts on it: undo puts that engagement back to the state it had (``services.reversals``,
audited), redo makes the same change to the same engagement again, never a new copy.
A change that cannot be undone empties the stack, so Undo never reaches past it to an
older, unrelated change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from engagements.gui.context import REFUSALS, AppContext


class ServiceCommand(QUndoCommand):
    """A change already made; ``undo()`` and ``redo()`` call services on the same item."""

    def __init__(
        self, context: AppContext, text: str, undo: Callable[[], Any], redo: Callable[[], Any]
    ) -> None:
        super().__init__(text)
        self._context, self._undo, self._redo = context, undo, redo
        self._first = True  # the change was made before the command was pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._call(self._redo, QCoreApplication.translate("Undo", "Redone: {change}"))

    def undo(self) -> None:
        self._call(self._undo, QCoreApplication.translate("Undo", "Undone: {change}"))

    def _call(self, step: Callable[[], Any], done: str) -> None:
        try:
            step()
        except REFUSALS as refusal:
            # Someone moved the engagement on meanwhile; drop the step rather than pretend.
            self.setObsolete(True)
            self._context.show_problem(
                None,
                refusal,
                QCoreApplication.translate("Undo", "Cannot undo or redo {change}").format(
                    change=self.text()
                ),
            )
            return
        self._context.status.emit(done.format(change=self.text()))
        self._context.changed.emit()


def push_done(
    context: AppContext,
    what: str,
    do: Callable[[], Any],
    undo: Callable[[Any], Any],
    redo: Callable[[Any], Any] | None = None,
    name: Callable[[Any], str] | None = None,
    parent: Any = None,
) -> Any:
    """Make the change now (a refusal is shown titled ``what``), and put it on the stack
    when it worked.

    ``name(result)`` names the change and its item, e.g. ``approval of IEM #12`` (the Edit
    menu then shows "Undo approval of IEM #12"); ``undo`` and ``redo`` receive what ``do``
    returned and act on that same item."""
    # Without a redo of its own, redoing makes the same change again (an edit, a move);
    # without a name, the change is named by ``what``.
    redo = redo or (lambda _result: do())
    name = name or (lambda _result: what)
    result = context.perform(parent, what, do, undoable=True)
    if result is not None:
        context.undo_stack.push(
            ServiceCommand(context, name(result), lambda: undo(result), lambda: redo(result))
        )
        context.status.emit(
            QCoreApplication.translate(
                "Undo", "Done: {change}. Undo (Ctrl+Z) puts it back."
            ).format(change=name(result))
        )
    return result
