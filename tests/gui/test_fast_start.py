"""A start draws the saved dashboard before the database is open, then opens it behind.

What the window shows from the saved dashboard must be what it shows after computing it;
nothing chosen while the database opens is lost; a database that cannot be opened is
explained; and the fast path stays free of the database layer."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from engagements.gui.dashboard_model import IEM_DAYS
from engagements.gui.main_window import MainWindow, Workspace
from engagements.gui.screenshot import _painted, wait_until_idle
from engagements.services.fast_start import FastStart
from engagements.services.partners import NewPartner, add_partner


def load_saved_dashboard(url, today):
    return FastStart(url, today).dashboard_before_opening()


def _url(db):
    return db.engine.url.render_as_string(hide_password=False)


def _shown(qtbot, window, size=(1300, 800)):
    """As a start shows it: the dashboard in front, painted, then its data."""
    window.resize(*size)
    window.open_on("dashboard")
    window.show()
    qtbot.waitExposed(window)
    window.load_current()
    wait_until_idle(window)
    QApplication.processEvents()
    return _painted(window).toImage()


@pytest.fixture
def saved(window, demo_db, today):
    """The window fixture loaded the dashboard from the database; the window saves it
    a moment after it is shown (now, if it is still waiting), in the background."""
    from PySide6.QtCore import QThreadPool

    window.views["dashboard"].save_now()
    QThreadPool.globalInstance().waitForDone(10_000)
    found = load_saved_dashboard(_url(demo_db), today)
    assert found is not None
    return found


def _waiting_window(qtbot, demo_db, today, settings, saved):
    start = FastStart(_url(demo_db), today)
    assert start.dashboard_before_opening() is not None  # the one the fixture saved
    waiting = MainWindow(Workspace(None, today, _url(demo_db)), settings, start=start)
    waiting.start = start
    qtbot.addWidget(waiting)
    return waiting


def _shown_from_saved(qtbot, window, demo_db, today, settings, saved):
    """The fixture's window closed, and a new one drawn from the saved dashboard."""
    window.close()
    waiting = _waiting_window(qtbot, demo_db, today, settings, saved)
    _shown(qtbot, waiting)
    return waiting


def test_the_saved_dashboard_looks_exactly_like_the_computed_one(
    qtbot, window, demo_db, today, settings, saved, make_window
):
    window.close()
    computed = _shown(qtbot, make_window(demo_db, today, settings))
    drawn = _waiting_window(qtbot, demo_db, today, settings, saved)
    from_saved = _shown(qtbot, drawn)
    assert not drawn.context.is_open  # drawn without the database
    assert drawn.has_loaded("dashboard")
    assert from_saved.size() == computed.size()
    assert from_saved == computed


def test_the_painted_copy_is_the_window_as_grab_renders_it(qtbot, window):
    copied = _shown(qtbot, window)
    assert copied == window.grab().toImage().convertToFormat(copied.format())


def test_actions_chosen_while_opening_run_once_it_is_open(
    qtbot, window, demo_db, today, settings, saved, warnings
):
    waiting = _shown_from_saved(qtbot, window, demo_db, today, settings, saved)
    waiting.actions_by_name["working_calendars"].trigger()
    waiting.actions_by_name["refresh"].trigger()  # would read the database: waits too
    waiting.show_view("requests")
    assert "waiting" in waiting.statusBar().currentMessage()
    assert not waiting.views.is_built("requests")  # building it may read the database
    from engagements.gui.working_calendars_dialog import WorkingCalendarsDialog

    assert not waiting.findChildren(WorkingCalendarsDialog)
    with qtbot.waitSignal(waiting.context.opened):
        waiting.attach(demo_db, None, waiting.start.dashboard_once_open(demo_db))
    assert waiting.findChildren(WorkingCalendarsDialog)
    qtbot.waitUntil(lambda: waiting.has_loaded("requests"), timeout=10_000)
    assert waiting.current_view_name() == "requests"
    assert not waiting.context.read_only


def test_a_change_made_before_the_database_opens_is_shown(
    qtbot, window, demo_db, today, settings, saved
):
    waiting = _shown_from_saved(qtbot, window, demo_db, today, settings, saved)
    dashboard = waiting.views["dashboard"]
    before = dashboard.model.rowCount()
    add_partner(
        demo_db, NewPartner("P-LATE", "晚到的伙伴", "enterprise", today - timedelta(days=30), 12)
    )
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        waiting.attach(demo_db, None, waiting.start.dashboard_once_open(demo_db))
    assert dashboard.model.rowCount() == before + 1


def test_an_unchanged_database_is_not_read_again_when_it_opens(
    qtbot, window, demo_db, today, settings, saved
):
    waiting = _shown_from_saved(qtbot, window, demo_db, today, settings, saved)
    with qtbot.assertNotEmitted(waiting.views["dashboard"].loaded, wait=500):
        waiting.attach(demo_db, None, waiting.start.dashboard_once_open(demo_db))


def test_an_edit_chosen_while_opening_a_read_only_database_does_not_open(
    qtbot, window, demo_db, today, settings, saved, warnings
):
    from engagements.gui.iem_editor import IemEditor
    from engagements.services.database import Database

    waiting = _shown_from_saved(qtbot, window, demo_db, today, settings, saved)
    waiting.actions_by_name["new_iem"].trigger()
    waiting.search.setText(saved.rows[0].partner_id)  # typed while the database opens
    reviewer_copy = Database.open(_url(demo_db), read_only=True)
    try:
        waiting.attach(reviewer_copy, None, waiting.start.dashboard_once_open(demo_db))
        assert waiting.context.read_only
        assert not waiting.findChildren(IemEditor)
        assert "read only" in waiting.statusBar().currentMessage()
        assert waiting.search.hits  # searched once the database was open
    finally:
        qtbot.waitUntil(lambda: not waiting.context.jobs.busy, timeout=10_000)
        reviewer_copy.engine.dispose()


def test_the_database_opens_in_the_background(qtbot, demo_db, today, settings):
    opening = MainWindow(Workspace(None, today, _url(demo_db)), settings)
    qtbot.addWidget(opening)
    opening.open_on("dashboard")
    opening.show()
    # The summary is one line, elided to the room it has; its tooltip holds the whole text.
    assert "Loading" in opening.views["dashboard"].ui.summary.toolTip()
    opening.open_in_background(fill_demo_if_empty=False)
    qtbot.waitUntil(lambda: opening.has_loaded("dashboard"), timeout=20_000)
    assert opening.context.is_open
    assert opening.views["dashboard"].model.rowCount() == 12


def test_a_database_that_cannot_be_opened_is_explained(
    qtbot, tmp_path, today, settings, monkeypatch
):
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_bytes(b"these are notes, not a database" * 100)
    told, ended = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: ended.append(code))
    opening = MainWindow(Workspace(None, today, f"sqlite:///{not_a_database}"), settings)
    qtbot.addWidget(opening)
    opening.open_in_background(fill_demo_if_empty=True)
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert ended == [4]
    assert "database" in told[0]
    assert not_a_database.read_bytes().startswith(b"these are notes")


def test_sorting_and_filtering_the_dashboard(window):
    view = window.views["dashboard"]
    table = view.ui.partnersTable
    in_service_order = [view.model.rows[i].partner_id for i in range(view.model.rowCount())]
    view.model.sort(IEM_DAYS)
    lefts = [row.iem_left if row.iem_available else 999 for row in view.model.rows]
    assert lefts == sorted(lefts)
    view.model.sort(-1)
    assert [row.partner_id for row in view.model.rows] == in_service_order
    assert table.model() is view.model  # no filter: the table reads the model itself
    view.ui.atRiskOnly.setChecked(True)
    assert table.model() is view.proxy
    at_risk = sum(1 for row in view.model.rows if row.risks)
    assert view.proxy.rowCount() == at_risk < view.model.rowCount()
    view.ui.atRiskOnly.setChecked(False)
    wanted = view.model.rows[3]
    view.ui.partnerFilter.setText(wanted.partner_id.lower())
    assert view.proxy.rowCount() >= 1
    assert view.proxy.index(0, 0).data() == wanted.partner_id
    view.ui.partnerFilter.clear()
    assert table.model() is view.model


def test_a_start_with_a_saved_dashboard_never_loads_the_database_layer(demo_db, today, tmp_path):
    environment = {
        **os.environ,
        "ENGAGEMENTS_TODAY": today.isoformat(),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    pictures = []
    imported = []
    for attempt in ("computed", "saved"):
        picture = tmp_path / f"{attempt}.png"
        done = subprocess.run(
            [
                sys.executable,
                "-X",
                "importtime",
                "-m",
                "engagements",
                "--db",
                _url(demo_db),
                "--screenshot",
                str(picture),
            ],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        pictures.append(QImage(str(picture)))
        imported.append(
            {
                line.split("|")[-1].strip()
                for line in done.stderr.splitlines()
                if line.startswith("import time:")
            }
        )
    assert "sqlalchemy" in imported[0]
    assert "sqlalchemy" not in imported[1] and "alembic" not in imported[1]
    assert pictures[0] == pictures[1] and not pictures[0].isNull()


def test_edits_made_in_another_view_keep_the_saved_dashboard_current(
    qtbot, demo_db, today, settings, make_window, monkeypatch
):
    import engagements.gui.main_window as main_window

    monkeypatch.setattr(main_window, "DASHBOARD_SAVE_DELAY_MS", 50)
    window = make_window(demo_db, today, settings)
    window.show_view("dashboard")
    qtbot.waitUntil(lambda: window.has_loaded("dashboard"), timeout=10_000)
    assert load_saved_dashboard(_url(demo_db), today) is not None
    window.show_view("partners")
    qtbot.waitUntil(lambda: window.has_loaded("partners"), timeout=10_000)
    window.context.perform(
        window,
        "Add partner",
        lambda: add_partner(demo_db, NewPartner("P-EDIT", "改动的伙伴", "enterprise", today, 12)),
    )
    assert load_saved_dashboard(_url(demo_db), today) is None  # out of date at once
    qtbot.waitUntil(lambda: load_saved_dashboard(_url(demo_db), today) is not None, timeout=10_000)
    saved = load_saved_dashboard(_url(demo_db), today)
    assert "P-EDIT" in {row.partner_id for row in saved.rows}
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT, which Windows lacks")
def test_an_interactive_start_opens_loads_and_closes_on_ctrl_c(demo_db, today, tmp_path):
    """The whole interactive start in a real process: the window paints, opens the
    database in the background, loads (and saves) the dashboard, and Ctrl+C closes it."""
    import signal
    import time

    from engagements.services.fast_start import saved_file
    from engagements.store.revision import sqlite_file

    cache = tmp_path / "cache"
    environment = {
        **os.environ,
        "ENGAGEMENTS_TODAY": today.isoformat(),
        "QT_QPA_PLATFORM": "offscreen",
        "ENGAGEMENTS_CACHE_DIR": str(cache),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    saved = cache / "dashboards" / saved_file(sqlite_file(_url(demo_db))).name
    demo_db.engine.dispose()  # this process lets go of the file: the window is its only user
    started = subprocess.Popen(
        [sys.executable, "-m", "engagements", "--db", _url(demo_db)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not saved.exists() and time.monotonic() < deadline:
            assert started.poll() is None, started.communicate()
            time.sleep(0.1)
        assert saved.exists(), "the dashboard was never loaded"
        started.send_signal(signal.SIGINT)
        _out, errors = started.communicate(timeout=20)
    finally:
        if started.poll() is None:
            started.kill()
    assert started.returncode == 0, errors
    assert "Traceback" not in errors
    # Closed cleanly: the write-ahead log is folded in, so the file alone holds the data.
    database = sqlite_file(_url(demo_db))
    assert not database.with_name(f"{database.name}-wal").exists()


def test_closing_while_the_database_opens_still_closes_it(qtbot, tmp_path, today, settings):
    """Closed in the first second, before the background open reported back: the close
    waits for the open, then closes the database it made (the file is left whole)."""
    url = f"sqlite:///{tmp_path / 'new.db'}"
    window = MainWindow(Workspace(None, today, url), settings)
    qtbot.addWidget(window)
    window.open_in_background(fill_demo_if_empty=True)  # migrates and fills: some work
    window.close_database(wait_ms=60_000)  # no event delivered: it was never attached
    assert window.workspace.database is None
    opened = window._opened_in_background
    assert opened is not None and opened.engine.pool.checkedout() == 0
    assert not (tmp_path / "new.db-wal").exists()
    import sqlite3

    with sqlite3.connect(tmp_path / "new.db") as connection:  # the demo is in the file
        assert connection.execute("SELECT count(*) FROM partners").fetchone()[0] > 0


def test_a_shown_dashboard_is_saved_a_moment_later_and_a_closing_window_saves_it_then(
    qtbot, demo_db, today, settings, make_window, monkeypatch
):
    """The rows go on screen first; the copy for the next start is written a moment
    later, or when the window closes before that."""
    from PySide6.QtCore import QThreadPool

    shown = make_window(demo_db, today, settings)
    shown.resize(1200, 800)
    shown.open_on("dashboard")
    shown.show()
    qtbot.waitExposed(shown)
    with qtbot.waitSignal(shown.views["dashboard"].loaded, timeout=10_000):
        shown.load_current()
    qtbot.waitUntil(lambda: load_saved_dashboard(_url(demo_db), today) is not None, timeout=10_000)
    shown.close_database(10_000)

    add_partner(demo_db, NewPartner("P-NEW", "新伙伴", "enterprise", today, 12))
    assert load_saved_dashboard(_url(demo_db), today) is None  # the change made it old
    closing = make_window(demo_db, today, settings)
    closing.resize(1200, 800)
    closing.open_on("dashboard")
    closing.show()
    dashboard = closing.views["dashboard"]

    # Loaded and shown, but closed before the moment comes.
    def wait_for_a_moment_that_never_comes(computed):
        dashboard._unsaved = computed  # as a shown dashboard waits for its moment

    monkeypatch.setattr(dashboard, "_save_for_next_start", wait_for_a_moment_that_never_comes)
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        closing.load_current()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert load_saved_dashboard(_url(demo_db), today) is None  # not saved yet
    closing.close_database(10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    found = load_saved_dashboard(_url(demo_db), today)
    assert found is not None and "P-NEW" in {row.partner_id for row in found.rows}
