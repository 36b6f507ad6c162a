"""Each view's item model, tested without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from engagements.gui import calendar_model as cal
from engagements.gui import dashboard_model as dash
from engagements.gui import requests_model as req
from engagements.gui.bars import BAR_ROLE
from engagements.gui.partners_view import PartnerListModel
from engagements.gui.sessions_view import HOURS_THIS_MONTH, RosterModel
from engagements.services.calendar_view import calendar_range, month_grid
from engagements.services.dashboard import dashboard_rows
from engagements.services.listings import RequestFilter, count_requests, request_page
from engagements.services.queries import expert_roster, partner_list

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_dashboard_model_shows_bars_and_risks(demo_db, today):
    model = dash.DashboardModel()
    model.set_rows(dashboard_rows(demo_db, today))
    assert model.rowCount() == 12 and model.columnCount() == len(dash.HEADERS)
    enterprise = next(
        r for r in range(model.rowCount()) if model.index(r, dash.EDITION).data() == "Enterprise"
    )
    used, pending, available = model.index(enterprise, dash.IEM_DAYS).data(BAR_ROLE)
    assert available >= 8 and 0 <= used <= available
    assert "left" in model.index(enterprise, dash.IEM_DAYS).data()
    standard = [
        r for r in range(model.rowCount()) if model.index(r, dash.EDITION).data() == "Standard"
    ]
    for row in standard:
        assert model.index(row, dash.IEM_DAYS).data() == "not included"
        assert model.index(row, dash.IEM_DAYS).data(BAR_ROLE) is None


def test_requests_model_fetches_pages_as_the_view_scrolls(demo_db):
    wanted = RequestFilter()
    model = req.RequestsModel(
        lambda f, key, desc, offset, limit: request_page(demo_db, f, key, desc, offset, 20),
        lambda f: count_requests(demo_db, f),
    )
    total = count_requests(demo_db, wanted)
    model.load(wanted)
    assert model.rowCount() == 20 and model.canFetchMore() and model.total == total
    model.fetchMore()
    assert model.rowCount() == 40
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    model.sort(req.PARTNER, Qt.SortOrder.AscendingOrder)
    names = [model.rows[i].partner_name for i in range(model.rowCount())]
    assert names == sorted(names) and model.rowCount() == 20
    iem_row = next(i for i, r in enumerate(model.rows) if r.kind == "iem")
    assert model.index(iem_row, req.KIND).data() == "IEM"
    assert model.index(iem_row, req.LATE).data() in ("late", "on time")


def test_agenda_model_lists_entries(demo_db, today):
    shown = calendar_range(demo_db, *month_grid(today.year, today.month), "CN")
    model = cal.AgendaModel()
    model.set_entries(shown.entries)
    assert model.rowCount() == len(shown.entries) > 0
    kinds = {model.index(r, cal.KIND).data() for r in range(model.rowCount())}
    assert kinds <= {"IEM", "Session"}


def test_roster_and_partner_list_models(demo_db, today):
    roster = RosterModel()
    roster.set_rows(expert_roster(demo_db, today))
    assert roster.rowCount() >= 10
    assert roster.index(0, HOURS_THIS_MONTH).data(DISPLAY).endswith(" h")
    partners = PartnerListModel()
    partners.set_rows(partner_list(demo_db, today))
    assert partners.rowCount() == 12 and partners.index(0, 0).data() == "P00001"


class HeldReads:
    """A page runner that keeps each read until the test lets it arrive (as a worker
    thread would, later), so the order of events can be chosen."""

    def __init__(self) -> None:
        self.waiting: list[tuple[object, object]] = []

    def __call__(self, read, arrived) -> None:
        self.waiting.append((read, arrived))

    def arrive(self, which: int = 0) -> None:
        read, arrived = self.waiting.pop(which)
        arrived(read())


def test_the_count_read_alongside_the_first_page_is_the_same(demo_db):
    """On a team database the count is read on another thread (another connection)
    while the first page is read: the same total and rows as one after the other."""
    import threading

    counted_on = []

    def count_rows(wanted):
        counted_on.append(threading.get_ident())
        return count_requests(demo_db, wanted)

    model = req.RequestsModel(
        lambda f, key, desc, offset, limit: request_page(demo_db, f, key, desc, offset, 20),
        count_rows,
        count_alongside=True,
    )
    model.load(RequestFilter())
    assert model.total == count_requests(demo_db, RequestFilter()) and model.rowCount() == 20
    assert counted_on and counted_on[0] != threading.get_ident()


def _held_requests_model(demo_db, page_rows: int = 5):
    """A model showing every request (5 a page) whose further reads wait in ``reads``."""
    reads = HeldReads()
    model = req.RequestsModel(
        lambda f, key, desc, offset, limit: request_page(demo_db, f, key, desc, offset, page_rows),
        lambda f: count_requests(demo_db, f),
        reads,
    )
    model.load(RequestFilter())
    reads.arrive()
    return model, reads


def test_the_next_page_is_asked_for_once_and_inserted_when_it_arrives(demo_db):
    model, reads = _held_requests_model(demo_db)
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore() and model.rowCount() == 5  # reading: the view waits
    model.fetchMore()  # asked again while reading: nothing more is read
    assert len(reads.waiting) == 1
    reads.arrive()
    assert model.rowCount() == 10 and model.canFetchMore()
    ids = [(row.kind, row.id) for row in model.rows]
    assert len(set(ids)) == 10  # the second page follows the first, no row twice


def test_a_page_read_for_the_previous_filter_is_dropped(demo_db):
    model, reads = _held_requests_model(demo_db)
    model.fetchMore()
    only_iem = RequestFilter(kinds=("iem",))
    model.load(only_iem)
    reads.arrive(1)  # the new filter's list arrives first
    reads.arrive(0)  # then the old list's second page: dropped
    assert model.rowCount() == 5 and {row.kind for row in model.rows} == {"iem"}
    assert model.total == count_requests(demo_db, only_iem)
    assert model.canFetchMore()  # and the new list can be scrolled on


def test_sorting_shows_the_new_order_when_its_first_page_arrives(demo_db):
    model, reads = _held_requests_model(demo_db)
    before = list(model.rows)
    model.sort(req.PARTNER, Qt.SortOrder.AscendingOrder)
    assert model.rows == before and not model.canFetchMore()  # shown until the page comes
    model.sort(req.PARTNER, Qt.SortOrder.DescendingOrder)  # a second click before it came
    reads.arrive(1)
    names = [row.partner_name for row in model.rows]
    assert names == sorted(names, reverse=True)
    reads.arrive(0)  # the first click's page, late: dropped
    assert [row.partner_name for row in model.rows] == names


def test_a_new_order_chosen_while_a_new_filter_is_read_shows_both(demo_db):
    """A heading clicked while a filter's list is still being read: the list shown is
    the new filter in the new order, never the old filter nor the old order."""
    model, reads = _held_requests_model(demo_db)
    shown: list[bool] = []
    model.listed.connect(lambda: shown.append(True))
    only_iem = RequestFilter(kinds=("iem",))
    model.load(only_iem)  # typed a filter: its list is being read in the old order
    model.sort(req.PARTNER, Qt.SortOrder.AscendingOrder)  # then clicked a heading
    reads.arrive(0)  # the filter's list in the old order, late: dropped
    assert not shown and {row.kind for row in model.rows} != {"iem"}
    reads.arrive(0)  # the filter's list in the new order
    names = [row.partner_name for row in model.rows]
    assert shown == [True] and {row.kind for row in model.rows} == {"iem"}
    assert names == sorted(names) and model.sort_key == "partner_name"
    assert model.total == count_requests(demo_db, only_iem)
    model.fetchMore()
    reads.arrive()  # the next page follows in the same filter and order
    names = [row.partner_name for row in model.rows]
    assert names == sorted(names) and len({(r.kind, r.id) for r in model.rows}) == 10


def test_a_new_order_before_any_list_is_only_noted(demo_db):
    reads = HeldReads()
    model = req.RequestsModel(lambda *wanted: [], lambda f: 0, reads)
    model.sort(req.START, Qt.SortOrder.DescendingOrder)  # the view setting up its header
    assert not reads.waiting and (model.sort_key, model.descending) == ("first_day", True)


def test_a_bar_cell_is_drawn_without_its_text_and_focus_frame(qtbot, demo_db, today):
    # The bar delegate draws the cell's background as any cell (the item delegate's own
    # drawing, not the style's), leaving out the text, which the bar's label replaces, and
    # the focus frame, which a bar never had.
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

    from engagements.gui.bars import AllowanceBarDelegate
    from engagements.gui.dashboard_model import IEM_DAYS, NAME, DashboardModel
    from engagements.services.dashboard import dashboard_rows

    model = DashboardModel()
    model.set_rows(dashboard_rows(demo_db, today))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = AllowanceBarDelegate(view)
    view.setItemDelegateForColumn(IEM_DAYS, delegate)
    view.show()
    bar = next(
        model.index(row, IEM_DAYS)
        for row in range(model.rowCount())
        if model.index(row, IEM_DAYS).data(BAR_ROLE)
    )
    texts: list[str] = []
    focused: list[bool] = []
    original = delegate.initStyleOption

    def noting(option: QStyleOptionViewItem, index: object) -> None:
        original(option, index)  # type: ignore[arg-type]
        texts.append(option.text)
        focused.append(bool(option.state & QStyle.StateFlag.State_HasFocus))

    delegate.initStyleOption = noting  # type: ignore[method-assign]
    view.setCurrentIndex(bar)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    image = QImage(300, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.widget = view
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_HasFocus
    texts.clear()  # the view's own paints so far
    focused.clear()
    delegate.paint(painter, option, bar)
    delegate.paint(painter, option, model.index(bar.row(), NAME))  # not a bar: as it is
    painter.end()
    assert texts[0] == "" and texts[1] == model.index(bar.row(), NAME).data()
    assert focused == [False, True]
