"""The real window on a virtual X server, driven by key presses and clicks.

Every dialog closes whole each of the four ways (Escape, the title bar's close button,
Alt+F4, its Cancel or Close button); start → work → quit ends with exit 0 every time;
double-clicking a request opens it and changes nothing; undo after an approval puts back
only that request.
"""

from __future__ import annotations

import re
import time

import pytest
from xapp import RunningApp, sql

FIRST_ROW_Y = 152  # the first row of the Requests table, in the window (1400×860)
ROW_HEIGHT = 30
STATUS_FILTER = (945, 100)  # the Requests view's status filter, in the window
QUIT_CYCLES = 10


def _requests_view(app: RunningApp) -> None:
    app.activate(app.main)
    app.key("ctrl+2", pause=1.2)


def _submitted_only(app: RunningApp) -> None:
    """Requests view, its status filter set to Submitted (by clicking it and typing)."""
    _requests_view(app)
    app.click(app.main, *STATUS_FILTER)
    app.x.run("xdotool", "type", "--delay", "30", "Sub")
    app.key("Return", pause=1.0)


def _history(app: RunningApp) -> None:
    _requests_view(app)
    app.click(app.main, 430, FIRST_ROW_Y)
    app.key("ctrl+h")


# (title the dialog shows, how a person opens it from the main window)
DIALOGS = {
    "Settings": lambda app: app.key("ctrl+comma"),
    "New IEM request": lambda app: app.key("ctrl+n"),
    "Book a training session": lambda app: app.key("ctrl+b"),
    "Export calendar": lambda app: app.key("ctrl+shift+i"),
    "Working calendars": lambda app: app.key("alt+t", "c"),
    "Export request forms": lambda app: app.key("alt+f", "x"),
    "History": _history,
    "Keyboard shortcuts": lambda app: app.key("F1"),
}
WAYS = ("Escape", "close button", "alt+F4", "Cancel or Close button")


def _close(app: RunningApp, window: str, way: str) -> None:
    if way == "close button":
        app.click_close_button(window)
    elif way == "Cancel or Close button":
        app.click_rightmost_button(window)
    else:
        app.key(way)


@pytest.mark.parametrize("title", DIALOGS)
def test_every_dialog_closes_whole_each_way(app: RunningApp, title: str) -> None:
    app.start()
    for way in WAYS:
        app.activate(app.main)
        DIALOGS[title](app)
        dialog = app.wait_for_window(title, timeout=20)
        _close(app, dialog, way)
        if not app.wait_until_gone(dialog):
            shot = app.x.screenshot(f"left-open-{title}-{way}".replace(" ", "_"))
            pytest.fail(f"{way} left {title!r} open ({app.titles()}); screen: {shot}")
        assert app.titles() == ["Engagements"], f"{way} on {title!r} left {app.titles()}"
    app.activate(app.main)
    app.key("ctrl+q")  # nothing modal is left to block the main window
    assert app.wait_for_exit() == 0, app.output


def test_start_work_quit_always_exits_cleanly(app: RunningApp) -> None:
    for cycle in range(QUIT_CYCLES):
        app.start()
        if cycle == 0:  # every view, once
            for view in "2345":
                app.key(f"ctrl+{view}", pause=0.5)
        _history(app)
        app.wait_for_window("History", timeout=20)
        app.key("Escape")
        app.activate(app.main)
        app.key("ctrl+n")
        app.wait_for_window("New IEM request", timeout=20)
        app.key("Escape")
        app.activate(app.main)
        app.key("ctrl+q")
        code = app.wait_for_exit()
        assert code == 0 and "Fatal Python error" not in app.output, (
            f"quit {cycle + 1} ended with {code}:\n{app.output}"
        )


def _engagement_states(app: RunningApp) -> list[object]:
    return [
        sql(app.database, "SELECT id, status, justification FROM iem_requests ORDER BY id"),
        sql(app.database, "SELECT id, status FROM training_sessions ORDER BY id"),
        sql(app.database, "SELECT count(*) FROM audit_events"),
    ]


def test_double_click_on_a_request_opens_it_and_changes_nothing(app: RunningApp) -> None:
    before = _engagement_states(app)
    app.start()
    _submitted_only(app)
    app.click(app.main, 430, FIRST_ROW_Y, repeat=2)
    history = app.wait_for_window("History", timeout=20)
    opened = int(re.search(r"#(\d+)", app.title(history)).group(1))  # type: ignore[union-attr]
    assert sql(app.database, f"SELECT status FROM iem_requests WHERE id = {opened}") == [
        ("submitted",)
    ], "the test double-clicks a submitted request"
    app.key("Escape")
    app.activate(app.main)
    app.key("Return")  # Enter opens it too
    app.wait_until_gone(app.wait_for_window("History", timeout=20)) or app.key("Escape")
    app.key("Escape")
    app.activate(app.main)
    app.key("ctrl+q")
    assert app.wait_for_exit() == 0, app.output
    assert _engagement_states(app) == before


def _approve_one(app: RunningApp, before: list[object]) -> list[object]:
    """Approve the first submitted request the rules allow (with days left)."""
    for row in range(5):
        app.activate(app.main)
        app.click(app.main, 430, FIRST_ROW_Y + row * ROW_HEIGHT)
        app.key("ctrl+shift+a", pause=1.5)
        for prompt in app.windows("Justify"):  # a late request: why approve it anyway
            app.x.run("xdotool", "type", "--delay", "20", "Launch date fixed by the regulator")
            app.click_rightmost_button(prompt, skip=1)  # OK
            time.sleep(1.0)
        if (
            app.windows("Approve IEM request")
            or app.windows("Not enough IEM days")
            or app.windows("undetermined lead time")
        ):
            app.key("Escape")  # refused, or no days left: the next one
            continue
        approved = [
            r
            for r in sql(
                app.database, "SELECT id, status, justification FROM iem_requests ORDER BY id"
            )
            if r not in before
        ]
        if approved:
            return approved
    raise AssertionError("no submitted request could be approved")


def test_undo_after_an_approval_puts_back_only_that_request(app: RunningApp) -> None:
    before = _engagement_states(app)[0]
    app.start()
    _submitted_only(app)
    approved = _approve_one(app, before)  # type: ignore[arg-type]
    assert len(approved) == 1 and approved[0][1] == "approved", approved  # type: ignore[index]
    app.activate(app.main)
    app.key("ctrl+z", pause=1.0)
    statuses = {row[0]: row[1] for row in _engagement_states(app)[0]}  # type: ignore[index]
    assert statuses == {row[0]: row[1] for row in before}  # type: ignore[index]
    app.activate(app.main)
    app.key("ctrl+q")
    assert app.wait_for_exit() == 0, app.output


def test_escape_after_typing_a_date_asks_before_anything_is_lost(app: RunningApp) -> None:
    """A person typed dates in a new IEM request and pressed Escape: the dialog closed and
    the dates were gone. Now Escape asks; Escape again keeps editing; Alt+F4 asks too, and
    Discard closes it."""
    before = _engagement_states(app)
    app.start()
    app.key("ctrl+n")
    editor = app.wait_for_window("New IEM request", timeout=20)
    app.key("alt+s", "ctrl+a")  # "Event &start": its date, all selected
    app.x.run("xdotool", "type", "--delay", "40", "2026-04-20")
    app.key("Escape")
    question = app.wait_for_window("Unsaved changes", timeout=10)
    assert editor in app.windows("New IEM request"), "Escape closed the editor at once"
    app.key("Escape")  # on the question: keep editing
    assert app.wait_until_gone(question), f"Escape left the question open: {app.titles()}"
    assert app.titles() == ["Engagements", "New IEM request"]
    app.activate(editor)
    app.key("alt+F4")  # the window manager's close asks the same
    question = app.wait_for_window("Unsaved changes", timeout=10)
    assert editor in app.windows("New IEM request"), "Alt+F4 closed the editor at once"
    app.key("alt+d")  # &Discard
    if not app.wait_until_gone(editor):
        shot = app.x.screenshot("discard-left-the-editor-open")
        pytest.fail(f"Discard left {app.titles()} open; screen: {shot}")
    assert app.titles() == ["Engagements"]
    app.activate(app.main)
    app.key("ctrl+q")  # nothing modal is left to block the main window
    assert app.wait_for_exit() == 0, app.output
    assert _engagement_states(app) == before
