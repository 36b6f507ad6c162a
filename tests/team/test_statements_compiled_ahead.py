"""A team start compiles the dashboard's statements while the database opens
(``fast_start.prepare_team_dashboard``): its first read then sends them without compiling
anything, and what was compiled ahead, with a dialect made from the URL alone, is the SQL
the open database's own dialect would have made."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import make_url

import engagements.services.calendar_view as calendar_view
import engagements.services.dashboard as dashboard
import engagements.store.batch as batch
from engagements.services.database import Database
from engagements.services.demo import fill_demo
from engagements.services.fast_start import compute_dashboard, prepare_team_dashboard

pytestmark = pytest.mark.postgres


@pytest.fixture
def nothing_compiled_yet():
    """Every statement made anew: the caches are per process, and other tests fill them."""
    dashboard._team_statements.cache_clear()
    calendar_view._range_statements.cache_clear()
    with batch._compiling:
        batch._ONE_STATEMENTS.clear()
        batch._COMPILED.clear()
    yield


def _compiling_counted(monkeypatch) -> list[object]:
    compiled: list[object] = []
    real = batch._compiled

    def counted(query, dialect):
        if query not in batch._COMPILED:
            compiled.append(query)
        return real(query, dialect)

    monkeypatch.setattr(batch, "_compiled", counted)
    return compiled


@pytest.mark.parametrize("ahead", [True, False])
def test_the_first_read_compiles_nothing_once_prepared(
    postgres_url, today, nothing_compiled_yet, monkeypatch, ahead
):
    db = Database.open(postgres_url, actor="asm-tester")
    try:
        fill_demo(db, partners=12, seed=5, today=today, years=1)
        calendar = db.catalog.default_calendar
        if ahead:
            prepare_team_dashboard(postgres_url, today, None)
        compiled = _compiling_counted(monkeypatch)
        read = compute_dashboard(db, today, calendar, dashboard.UPCOMING_DAYS)
        assert read.rows  # the read itself worked
        # Without the preparation the read compiles each of its statements itself: the
        # check would pass for nothing if the counting missed them.
        assert (compiled == []) is ahead
    finally:
        db.engine.dispose()


def test_the_dialect_made_from_the_url_writes_the_open_databases_sql(postgres_url, today):
    db = Database.open(postgres_url, actor="asm-tester")
    try:
        from_url = make_url(postgres_url).get_dialect()()
        catalog = db.catalog
        statements = dashboard._team_statements(
            today, catalog.year_basis, catalog.expert_service_constrains_exit
        )
        last = today + timedelta(days=dashboard.UPCOMING_DAYS - 1)
        queries = [
            *statements.first_round.values(),
            batch._one_statement(dict(statements.within_years))[0],
            *calendar_view._range_statements(
                today, last, catalog.default_calendar, calendar_view.EVERYTHING, True
            ).values(),
        ]
        for query in queries:
            assert _sql(query, from_url) == _sql(query, db.engine.dialect)
    finally:
        db.engine.dispose()


def _sql(query, dialect) -> str:
    return str(query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True}))
