"""Opening a request from a list of engagements (the calendar's agenda): a small hook, so
that a view only adds one line to offer the request window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView

from engagements.gui.context import AppContext


def offer_request_window(context: AppContext, table: QAbstractItemView) -> QAction:
    """A context-menu action on a list of engagements (the calendar's agenda, the
    dashboard's next two weeks) that opens the chosen one: for an IEM event, the window
    where its expert is assigned."""
    from engagements.gui.calendar_model import ENTRY_ROLE

    action = QAction(QCoreApplication.translate("RequestMenu", "Open / assign expert…"), table)
    action.setObjectName("openRequestAction")

    # Takes the signal's ``checked`` flag: a slot that drops it makes PySide 6.12 release
    # False once too often, and the interpreter aborts at exit (bool_dealloc).
    def chosen(_checked: bool = False) -> None:
        # Imported when chosen: the dashboard is drawn before the database layer loads.
        from engagements.gui.request_dialog import open_request

        entry = table.currentIndex().data(ENTRY_ROLE)
        if entry is not None:
            table.opened_request = open_request(  # type: ignore[attr-defined]
                context, entry.kind, entry.id, table.window()
            )

    action.triggered.connect(chosen)
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
