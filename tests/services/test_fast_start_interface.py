"""The fast start's interface on both kinds of database: the saved dashboard is handed out
when it is current, and never once the revision or anything it was computed from changed.

On PostgreSQL the revision is a sequence moved by triggers (migration 0010) and read with
the login's role; since it moves before the write commits, the copy there is never
``exact`` and the window reads the live dashboard behind it (tests/gui/test_fast_start.py,
and the PostgreSQL window test below)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import engagements.services.fast_start as fast_start
from engagements.services.database import Database
from engagements.services.demo import fill_demo
from engagements.services.fast_start import FastStart, fresh_dashboard
from engagements.services.partners import NewPartner, add_partner
from engagements.services.permissions import team_member

UPCOMING_DAYS = 14


@pytest.fixture
def filled_url(db, db_url, today):
    fill_demo(db, partners=15, seed=4, today=today, years=1)
    return db_url


@pytest.fixture
def computing(filled_url):
    """The database as a start opens it after the writes (the revision read at the open
    is the one the first load saves with)."""
    opened = Database.open(filled_url)
    yield opened
    opened.engine.dispose()


def _saved_at_start(url, today):
    """What a new start is handed once its database is open."""
    opened = Database.open(url)
    try:
        start = FastStart(url, today)
        return start.dashboard_once_open(opened)
    finally:
        opened.engine.dispose()


def test_a_fresh_saved_dashboard_is_handed_to_the_next_start(computing, filled_url, today):
    rows, upcoming = fresh_dashboard(computing, today, "CN", UPCOMING_DAYS)
    saved = _saved_at_start(filled_url, today)
    assert saved is not None
    assert list(saved.rows) == rows and list(saved.upcoming) == upcoming
    # SQLite's revision moves in the writing transaction; the server's before the commit.
    assert saved.exact == computing.is_sqlite


def test_a_later_load_is_saved_at_the_revision_of_its_own_moment(computing, filled_url, today):
    fresh_dashboard(computing, today, "CN", UPCOMING_DAYS)
    add_partner(computing, NewPartner("P-NEW", "新伙伴", "enterprise", today, 12))
    assert _saved_at_start(filled_url, today) is None
    rows, _upcoming = fresh_dashboard(computing, today, "CN", UPCOMING_DAYS)
    saved = _saved_at_start(filled_url, today)
    assert saved is not None and list(saved.rows) == rows


def test_a_write_since_the_save_makes_it_out_of_date(computing, filled_url, today):
    fresh_dashboard(computing, today, "CN", UPCOMING_DAYS)
    add_partner(computing, NewPartner("P-NEW", "新伙伴", "enterprise", today, 12))
    assert _saved_at_start(filled_url, today) is None


def test_another_day_makes_it_out_of_date(computing, filled_url, today):
    fresh_dashboard(computing, today, "CN", UPCOMING_DAYS)
    assert _saved_at_start(filled_url, today + timedelta(days=1)) is None


@pytest.mark.parametrize("changed", ["inputs", "application"])
def test_a_changed_fingerprint_input_makes_it_out_of_date(
    computing, filled_url, today, monkeypatch, changed
):
    fresh_dashboard(computing, today, "CN", UPCOMING_DAYS)
    assert _saved_at_start(filled_url, today) is not None
    if changed == "inputs":  # the plan catalog, holiday data or workalendar changed
        fingerprint = fast_start.inputs_fingerprint()
        monkeypatch.setattr(fast_start, "inputs_fingerprint", lambda: fingerprint + 1)
    else:
        monkeypatch.setattr(fast_start, "__version__", "99.0")
    assert _saved_at_start(filled_url, today) is None


def _saved_then_written(url, today, written=None):
    """A team database filled, its dashboard saved (the rows returned), then, if given,
    a partner added by another member after the save."""
    db = Database.open(url)
    try:
        fill_demo(db, partners=15, seed=4, today=today, years=1)
        computing = Database.open(url)
        try:
            rows, _upcoming = fresh_dashboard(computing, today, "CN", UPCOMING_DAYS)
        finally:
            computing.engine.dispose()
        if written is not None:
            add_partner(db, written)
    finally:
        db.engine.dispose()
    return rows


def _server_revision(url):
    opened = Database.open(url)
    try:
        return team_member(opened).data_revision
    finally:
        opened.engine.dispose()


@pytest.mark.postgres
def test_a_write_committed_by_another_connection_moves_the_server_revision(postgres_url):
    before = _server_revision(postgres_url)
    assert before is not None and "/-/" not in before
    other = create_engine(make_url(postgres_url).set(drivername="postgresql+psycopg"))
    try:
        with other.begin() as connection:
            connection.execute(
                text("INSERT INTO partners (id, name, version) VALUES ('P-OTHER', 'Other', 1)")
            )
        after = _server_revision(postgres_url)
        assert after != before
        # Unchanged while nothing is written: reading it moves nothing.
        assert _server_revision(postgres_url) == after
    finally:
        other.dispose()


@pytest.mark.postgres
def test_the_window_reads_the_team_dashboard_again_after_painting_the_saved_one(
    qtbot, postgres_url, today, tmp_path
):
    """A write may draw its revision before the save read it and commit after the rows
    were computed; the saved copy then claims a revision without the write. Made here by
    putting the sequence back after a write: the window paints the copy, then shows the
    live dashboard."""
    from PySide6.QtCore import QSettings

    from engagements.gui.main_window import MainWindow, Workspace

    db = Database.open(postgres_url)
    try:
        fill_demo(db, partners=15, seed=4, today=today, years=1)
        rows, _upcoming = fresh_dashboard(Database.open(postgres_url), today, "CN", UPCOMING_DAYS)
        with db.engine.begin() as connection:
            number = connection.execute(text("SELECT last_value FROM data_revision_seq")).scalar()
        add_partner(db, NewPartner("P-LATE", "晚提交的伙伴", "enterprise", today, 12))
        with db.engine.begin() as connection:
            connection.execute(text("SELECT setval('data_revision_seq', :n)"), {"n": number})

        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        opened = Database.open(postgres_url)
        window = MainWindow(
            Workspace(opened, today, postgres_url), settings, start=FastStart(postgres_url, today)
        )
        qtbot.addWidget(window)
        dashboard = window.views["dashboard"]
        assert dashboard.model.rowCount() == len(rows)  # the saved copy, painted at once
        window.open_on("dashboard")
        window.show()
        with qtbot.waitSignal(dashboard.loaded, timeout=20_000):
            window.load_current()  # after painting: the live dashboard behind it
        assert dashboard.model.rowCount() == len(rows) + 1
        qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=20_000)
        window.close_database(20_000)  # saved once painted, or at the latest when closing

        # Saved again by that read: a second start paints it and finds it the same.
        again = MainWindow(
            Workspace(Database.open(postgres_url), today, postgres_url),
            settings,
            start=FastStart(postgres_url, today),
        )
        qtbot.addWidget(again)
        summary = again.views["dashboard"].ui.summary
        assert again.views["dashboard"].model.rowCount() == len(rows) + 1
        assert "As saved at" in summary.toolTip()  # not yet checked against the server
        with qtbot.waitSignal(again.views["dashboard"].confirmed, timeout=20_000):
            again.open_on("dashboard")
            again.show()
            again.load_current()
        assert "As saved at" not in summary.toolTip()  # checked: it is the live one
        assert summary.toolTip().startswith(f"{len(rows) + 1} partners")
        qtbot.waitUntil(lambda: not again.context.jobs.busy, timeout=20_000)
    finally:
        db.engine.dispose()


@pytest.mark.postgres
def test_a_window_shows_an_older_team_copy_as_saved_then_the_live_dashboard(
    qtbot, postgres_url, today, tmp_path
):
    """As a team member starts the window: the copy saved before another member's write
    is painted at once, its summary saying when it was saved; once the database has been
    opened behind it, the live dashboard (with the new partner) replaces it."""
    from PySide6.QtCore import QSettings

    from engagements.gui.main_window import MainWindow, Workspace

    written = NewPartner("P-OTHER", "另一位成员加的伙伴", "enterprise", today, 12)
    rows = _saved_then_written(postgres_url, today, written)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        Workspace(None, today, postgres_url), settings, start=FastStart(postgres_url, today)
    )
    qtbot.addWidget(window)
    dashboard = window.views["dashboard"]
    assert dashboard.model.rowCount() == len(rows)  # painted before anything is opened
    assert "As saved at" in dashboard.ui.summary.toolTip()
    window.open_on("dashboard")
    window.show()
    with qtbot.waitSignal(dashboard.loaded, timeout=20_000):
        window.open_in_background(fill_demo_if_empty=False)
    assert dashboard.model.rowCount() == len(rows) + 1
    assert "As saved at" not in dashboard.ui.summary.toolTip()
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=20_000)
    window.close_database(20_000)


@pytest.mark.postgres
def test_a_team_start_draws_the_saved_dashboard_without_the_database_layer(postgres_url, today):
    """Before the window opens the team database it draws the copy saved last, without
    asking the server anything: neither SQLAlchemy nor the driver is loaded for it."""
    import subprocess
    import sys

    rows = _saved_then_written(postgres_url, today)
    code = (
        "import sys; from datetime import date\n"
        "from engagements.services.fast_start import FastStart\n"
        f"saved = FastStart({postgres_url!r}, date.fromisoformat({today.isoformat()!r}))"
        ".dashboard_before_opening()\n"
        "print(len(saved.rows), saved.exact, 'sqlalchemy' in sys.modules, 'psycopg' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [str(len(rows)), "False", "False", "False"]


@pytest.mark.postgres
def test_a_team_copy_older_than_the_database_is_drawn_then_replaced_once_open(postgres_url, today):
    """Another member wrote after the copy was saved: the start still draws it (marked
    as saved, not exact), and once the database is open it is no longer handed out, so
    the window reads the live dashboard at once."""
    written = NewPartner("P-LATER", "后来的伙伴", "enterprise", today, 12)
    rows = _saved_then_written(postgres_url, today, written)
    start = FastStart(postgres_url, today)
    drawn = start.dashboard_before_opening()
    assert drawn is not None and not drawn.exact
    assert list(drawn.rows) == rows
    opened = Database.open(postgres_url)
    try:
        assert start.dashboard_once_open(opened) is None
    finally:
        opened.engine.dispose()
    # Not another day's copy, nor another database's.
    assert FastStart(postgres_url, today + timedelta(days=1)).dashboard_before_opening() is None
    other = make_url(postgres_url).set(database="not_this_one").render_as_string(False)
    assert FastStart(other, today).dashboard_before_opening() is None


def test_a_team_url_names_one_database_however_it_is_spelled():
    # The start reads the URL with urlsplit, the open with SQLAlchemy: both must give the
    # one name the saved dashboard is kept under (host case, a percent-encoded database).
    from sqlalchemy.engine import make_url

    from engagements.store.revision import server_key, server_name

    url = "postgresql+psycopg://asm@DBServer.Example:5433/team%20plans"
    early = server_key(url)
    opened = make_url(url)
    assert early == server_name(opened.username, opened.host, opened.port, opened.database)
    assert early == "postgresql://asm@dbserver.example:5433/team plans"


@pytest.mark.postgres
def test_a_team_copy_that_could_not_be_checked_says_so(
    qtbot, postgres_url, today, tmp_path, monkeypatch
):
    """The live read behind a painted team copy fails (the server went away): the problem
    is shown, and the summary stops saying "checking" and says the copy is unchecked."""
    from PySide6.QtCore import QSettings
    from sqlalchemy.exc import OperationalError

    import engagements.gui.dashboard_view as dashboard_view
    from engagements.gui.main_window import MainWindow, Workspace

    rows = _saved_then_written(postgres_url, today)

    def server_gone(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(dashboard_view, "compute_dashboard", server_gone)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = Database.open(postgres_url)
    window = MainWindow(
        Workspace(opened, today, postgres_url),
        settings,
        start=FastStart(postgres_url, today),
        reads_dashboard_first=False,
    )
    qtbot.addWidget(window)
    told = []
    monkeypatch.setattr(window.context, "show_problem", lambda *args: told.append(args))
    summary = window.views["dashboard"].ui.summary
    assert summary.toolTip().startswith("As saved at ")
    assert "checking" not in summary.toolTip()  # nothing is being checked yet
    window.open_on("dashboard")
    window.show()
    window.load_current()
    assert "checking for changes" in summary.toolTip()  # the live read is under way
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert window.views["dashboard"].model.rowCount() == len(rows)  # the copy stays
    assert "could not check for changes" in summary.toolTip()
    assert "checking" not in summary.toolTip()
    window.close_database(20_000)
