"""The main window's views, each built the first time it is shown or asked for.

Building all five up front cost about half a second at start (their modules, forms and
services) for views the person may never open; the window only needs the one in front.
"""

from __future__ import annotations

import importlib
import weakref
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from engagements.gui.context import AppContext

VIEWS = ("dashboard", "requests", "calendar", "partners", "sessions")
# The views' names as the navigation and the View menu show them (translated when shown).
VIEW_TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("Views", "Dashboard"),
    "requests": QT_TRANSLATE_NOOP("Views", "Requests"),
    "calendar": QT_TRANSLATE_NOOP("Views", "Calendar"),
    "partners": QT_TRANSLATE_NOOP("Views", "Partners"),
    "sessions": QT_TRANSLATE_NOOP("Views", "Sessions"),
}
VIEW_MENU_TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("Views", "&Dashboard"),
    "requests": QT_TRANSLATE_NOOP("Views", "&Requests"),
    "calendar": QT_TRANSLATE_NOOP("Views", "&Calendar"),
    "partners": QT_TRANSLATE_NOOP("Views", "&Partners"),
    "sessions": QT_TRANSLATE_NOOP("Views", "&Sessions"),
}


def view_title(name: str) -> str:
    """The view's name in the window's language."""
    return QCoreApplication.translate("Views", VIEW_TITLES[name])


def view_menu_title(name: str) -> str:
    """The view's entry in the View menu, with its mnemonic."""
    return QCoreApplication.translate("Views", VIEW_MENU_TITLES[name])


# name: (module, class), imported when the view is first built
VIEW_CLASSES = {
    "dashboard": ("engagements.gui.dashboard_view", "DashboardView"),
    "requests": ("engagements.gui.requests_view", "RequestsView"),
    "calendar": ("engagements.gui.calendar_view", "CalendarView"),
    "partners": ("engagements.gui.partners_view", "PartnersView"),
    "sessions": ("engagements.gui.sessions_view", "SessionsView"),
}


class ViewShelf(Mapping[str, QWidget]):
    """``views["calendar"]`` builds the Calendar view if needed; iterating gives the names
    only, so menus can list every view without building any."""

    def __init__(
        self, context: AppContext, stack: QStackedWidget, on_built: Callable[[str, QWidget], None]
    ) -> None:
        self._context = context
        self._stack = stack
        # Weak: the window holds the shelf, and a cycle back to it would leave the
        # window for the garbage collector at exit, when PySide6 cannot free it safely.
        self._on_built = weakref.WeakMethod(on_built)  # type: ignore[arg-type]
        self._built: dict[str, QWidget] = {}
        for _name in VIEWS:  # an empty page per view keeps the stack's order
            stack.addWidget(QWidget())

    def __getitem__(self, name: str) -> QWidget:
        if name not in VIEW_CLASSES:
            raise KeyError(name)
        return self._built.get(name) or self._build(name)

    def __iter__(self) -> Iterator[str]:
        return iter(VIEWS)

    def __len__(self) -> int:
        return len(VIEWS)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def _build(self, name: str) -> QWidget:
        module, class_name = VIEW_CLASSES[name]
        view: QWidget = getattr(importlib.import_module(module), class_name)(self._context)
        index = VIEWS.index(name)
        page = self._stack.widget(index)
        in_front = self._stack.currentWidget()
        self._stack.insertWidget(index, view)
        self._stack.removeWidget(page)
        self._stack.setCurrentWidget(view if in_front is page else in_front)
        page.deleteLater()
        self._built[name] = view
        on_built = self._on_built()
        if on_built is not None:
            on_built(name, view)
        return view
