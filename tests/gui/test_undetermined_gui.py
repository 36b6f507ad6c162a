"""The window shows undetermined lead times and per-purchase use (issue 13)."""

from __future__ import annotations

from datetime import date

import pytest

from engagements.gui import prompts
from engagements.gui.partners_view import bought_words
from engagements.gui.requests_model import LATE, display
from engagements.services import iem
from engagements.services.allowance import allowance_summary
from engagements.services.listings import RequestFilter, request_page
from engagements.services.partners import NewPartner, add_partner

D = date


@pytest.fixture
def cn_db(sqlite_db):
    add_partner(
        sqlite_db,
        NewPartner("ACME", "阿克米科技有限公司", "enterprise", D(2026, 7, 1), 24, calendar="CN"),
    )
    return sqlite_db


@pytest.fixture
def cn_window(qtbot, cn_db, today, settings, warnings, make_window):
    window = make_window(cn_db, today, settings)
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=10_000):
        window.show_view("dashboard")
    yield window
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


def test_the_requests_list_shows_an_undetermined_lead_time(cn_db):
    recorded = iem.request_iem(
        cn_db,
        iem.IemRequestInput("ACME", D(2027, 1, 20), D(2027, 1, 20), D(2026, 12, 24)),
        D(2026, 12, 24),
    )
    [row] = request_page(cn_db, RequestFilter(request_id=recorded.id))
    assert display(row, LATE) == "undetermined"


def test_approving_an_undetermined_request_asks_for_the_acknowledgement(
    qtbot, cn_window, cn_db, monkeypatch
):
    recorded = iem.request_iem(
        cn_db,
        iem.IemRequestInput("ACME", D(2027, 1, 20), D(2027, 1, 20), D(2026, 12, 24)),
        D(2026, 12, 24),
    )
    view = cn_window.views["requests"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        cn_window.navigate("iem", str(recorded.id))
    asked: list[str] = []
    monkeypatch.setattr(
        prompts, "confirm", lambda parent, title, text: asked.append(title) or False
    )
    view.approve_selected()  # declined: nothing changes
    assert asked == ["Approve with an undetermined lead time"]
    assert request_page(cn_db, RequestFilter(request_id=recorded.id))[0].status == "submitted"
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.approve_selected()
    assert request_page(cn_db, RequestFilter(request_id=recorded.id))[0].status == "approved"


def test_the_partner_page_shows_each_purchases_use(cn_db):
    bought = iem.purchase_days(cn_db, "ACME", 2, D(2027, 6, 1), D(2027, 7, 31))
    iem.request_iem(
        cn_db,
        iem.IemRequestInput("ACME", D(2027, 6, 21), D(2027, 6, 30), D(2026, 12, 1), approve=True),
        D(2026, 12, 1),
    )
    words = bought_words(allowance_summary(cn_db, "ACME", D(2027, 6, 1)))
    assert words == f"2 (#{bought}: 2 used here, 2 in all, 0 left of 2)"
    later = bought_words(allowance_summary(cn_db, "ACME", D(2027, 7, 1)))
    assert later == f"0 (#{bought}: 0 used here, 2 in all, 0 left of 2)"


def test_the_dashboard_says_how_to_load_a_missing_year(cn_db):
    from PySide6.QtCore import Qt

    from engagements.gui import dashboard_model as dash
    from engagements.services.dashboard import RISK_NO_CALENDAR_DATA, dashboard_rows

    model = dash.DashboardModel()
    model.set_rows(dashboard_rows(cn_db, D(2026, 12, 1)))  # the next 12 months reach 2027
    tip = model.index(0, dash.RISKS).data(Qt.ItemDataRole.ToolTipRole)
    assert RISK_NO_CALENDAR_DATA in tip
    assert "engagements holidays import FILE.ics --calendar CN" in tip
