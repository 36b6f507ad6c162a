"""The menus and their keyboard shortcuts; each action calls a window or view method."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from engagements.gui.view_shelf import view_menu_title

if TYPE_CHECKING:
    from engagements.gui.window import Window

StandardKey = QKeySequence.StandardKey


def _exchange(name: str, window: Window) -> Callable[[], object]:
    """A menu slot in ``gui.exchange``, imported when chosen: reading and writing PDF forms
    pulls in pypdf and reportlab, which a window that is only looked at never needs."""

    def slot() -> object:
        from engagements.gui import exchange

        return getattr(exchange, name)(window)

    return slot


def _on_view(window: Window, view: str, method: str) -> Callable[[], object]:
    """Call ``method`` of a view, building the view first if it has not been shown yet."""
    return lambda: getattr(window.views[view], method)()


def _action(
    window: Window,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    *shortcuts: str | QKeySequence.StandardKey,
    edits: bool = False,
    needs_database: bool = True,
) -> QAction:
    """A menu entry; one that needs the database, chosen while it is still opening, runs
    as soon as it is open."""
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    if needs_database:
        action.triggered.connect(lambda _checked=False: window.when_open(action, slot))
    else:
        action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    if edits:
        window.editing_actions.append(action)
    return action


def build_menus(window: Window) -> dict[str, QAction]:
    """Create the menu bar; returns the actions by name (tests and shortcuts help use them)."""
    bar = window.menuBar()
    found: dict[str, QAction] = {}
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    found["new_iem"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&New IEM request…"),
        _on_view(window, "requests", "new_request"),
        "Ctrl+N",
        edits=True,
    )
    found["book_session"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Book session…"),
        _on_view(window, "sessions", "book"),
        "Ctrl+B",
        edits=True,
    )
    file_menu.addSeparator()
    found["import_form"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Import form…"),
        _exchange("import_form", window),
        edits=True,
    )
    found["import_form_folder"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "Import &folder of forms…"),
        _exchange("import_form_folder", window),
        edits=True,
    )
    found["export_forms"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "E&xport forms…"),
        _exchange("export_forms", window),
    )
    found["export_csv"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "Export requests as &CSV…"),
        _on_view(window, "requests", "export_csv"),
        "Ctrl+E",
    )
    found["export_ics"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "Export calendar (.&ics)…"),
        window.export_calendar,
        "Ctrl+Shift+I",
    )
    found["service_report"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "Service &report…"),
        window.service_report,
        "Ctrl+Shift+S",
    )
    file_menu.addSeparator()
    found["settings"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Settings…"),
        window.open_settings,
        "Ctrl+,",
        needs_database=False,
    )
    found["quit"] = _action(
        window,
        file_menu,
        QCoreApplication.translate("Menus", "&Quit"),
        window.close,
        StandardKey.Quit,
        needs_database=False,
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    undo = window.context.undo_stack.createUndoAction(
        window, QCoreApplication.translate("Menus", "&Undo")
    )
    undo.setShortcut(QKeySequence(StandardKey.Undo))
    redo = window.context.undo_stack.createRedoAction(
        window, QCoreApplication.translate("Menus", "&Redo")
    )
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addActions([undo, redo])
    found["undo"], found["redo"] = undo, redo
    edit_menu.addSeparator()
    found["find"] = _action(
        window,
        edit_menu,
        QCoreApplication.translate("Menus", "&Find partner or request…"),
        window.focus_search,
        "Ctrl+F",
        "Ctrl+K",
        needs_database=False,
    )

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    for number, name in enumerate(window.views, start=1):
        found[f"view_{name}"] = _action(
            window,
            view_menu,
            view_menu_title(name),
            lambda n=name: window.show_view(n),
            f"Ctrl+{number}",
            needs_database=False,
        )
    view_menu.addSeparator()
    found["refresh"] = _action(
        window,
        view_menu,
        QCoreApplication.translate("Menus", "&Refresh"),
        window.refresh_current,
        StandardKey.Refresh,
        "F5",
    )

    requests_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Requests"))
    found["approve"] = _action(
        window,
        requests_menu,
        QCoreApplication.translate("Menus", "&Approve…"),
        _on_view(window, "requests", "approve_selected"),
        "Ctrl+Shift+A",
        edits=True,
    )
    found["reject"] = _action(
        window,
        requests_menu,
        QCoreApplication.translate("Menus", "&Reject…"),
        _on_view(window, "requests", "reject_selected"),
        "Ctrl+Shift+R",
        edits=True,
    )
    found["cancel"] = _action(
        window,
        requests_menu,
        QCoreApplication.translate("Menus", "&Cancel request…"),
        _on_view(window, "requests", "cancel_selected"),
        "Ctrl+Shift+X",
        edits=True,
    )
    found["history"] = _action(
        window,
        requests_menu,
        QCoreApplication.translate("Menus", "&History…"),
        _on_view(window, "requests", "history_of_selected"),
        "Ctrl+H",
    )

    tools_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Tools"))
    found["holidays"] = _action(
        window,
        tools_menu,
        QCoreApplication.translate("Menus", "Import &holiday schedule…"),
        _exchange("import_holiday_schedule", window),
        edits=True,
    )
    found["working_calendars"] = _action(
        window,
        tools_menu,
        QCoreApplication.translate("Menus", "Working &calendars…"),
        window.open_working_calendars,
    )
    found["downgrade"] = _action(
        window,
        tools_menu,
        QCoreApplication.translate("Menus", "&Downgrade check…"),
        _on_view(window, "partners", "check_downgrade"),
    )
    found["print"] = _action(
        window,
        tools_menu,
        QCoreApplication.translate("Menus", "&Print calendar…"),
        _on_view(window, "calendar", "print_period"),
        StandardKey.Print,
    )
    found["pdf"] = _action(
        window,
        tools_menu,
        QCoreApplication.translate("Menus", "Save calendar as P&DF…"),
        _on_view(window, "calendar", "save_pdf"),
        "Ctrl+Shift+P",
    )

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    found["shortcuts"] = _action(
        window,
        help_menu,
        QCoreApplication.translate("Menus", "&Keyboard shortcuts"),
        lambda: show_shortcuts(window, found),
        "F1",
        needs_database=False,
    )
    return found


def explain_refusal(action: QAction, why: str) -> None:
    """Off, with the reason, when the partner chosen in Partners has no service reports."""
    action.setEnabled(not why)
    text = QCoreApplication.translate("Menus", "Not available: {reason}").format(reason=why)
    action.setToolTip(text if why else "")
    action.setStatusTip(text if why else "")


def show_shortcuts(window: Window, actions: dict[str, QAction]) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    lines = [
        f"<tr><td>{a.text().replace('&', '').rstrip('…')}</td><td><b>"
        f"{', '.join(s.toString(native) for s in a.shortcuts())}"
        f"</b></td></tr>"
        for a in actions.values()
        if a.shortcuts()
    ]
    from PySide6.QtWidgets import QMessageBox  # its many enums cost a start a millisecond

    QMessageBox.information(
        window,
        QCoreApplication.translate("Menus", "Keyboard shortcuts"),
        f"<table cellspacing=6>{''.join(lines)}</table>",
    )
