"""Working in the calendar with mouse and keys: open, create, drag to move (accepted and
refused), drag an edge to resize, undo, "+N more", and the kind and status filters."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from engagements.gui.booking_dialog import BookingDialog
from engagements.gui.iem_editor import IemEditor
from engagements.services import iem, sessions
from engagements.services.listings import RequestFilter, request_page
from engagements.services.partners import NewPartner, add_partner

D = date
SUBMITTED = D(2026, 11, 2)  # ten business days on: 16 November


@pytest.fixture
def planned_db(sqlite_db, today):
    add_partner(
        sqlite_db,
        NewPartner(
            "ACME", "阿克米科技有限公司", "enterprise", D(2026, 1, 1), 24, designated_tam="tam1"
        ),
    )
    sessions.add_expert(sqlite_db, "E1", "Wang Lei", "Asia/Shanghai")
    ids = {
        "pending": _request(sqlite_db, today, D(2026, 11, 23), D(2026, 11, 24), "Launch"),
        "approved": _request(
            sqlite_db, today, D(2026, 11, 16), D(2026, 11, 19), "Promotion", approve=True
        ),
    }
    for n in range(6):  # a crowded day
        _request(sqlite_db, today, D(2026, 11, 11), D(2026, 11, 11), f"Crowd {n}")
    ids["session"] = sessions.book_session(
        sqlite_db,
        sessions.SessionBooking(
            "ACME",
            "E1",
            datetime(2026, 11, 25, 2, tzinfo=UTC),
            datetime(2026, 11, 25, 4, tzinfo=UTC),
            "architecture",
        ),
    ).id
    sqlite_db.ids = ids
    return sqlite_db


def _request(db, today, start, end, name, approve=False):
    return iem.request_iem(
        db,
        iem.IemRequestInput(
            "ACME", start, end, submitted=SUBMITTED, event_name=name, approve=approve
        ),
        today,
    ).id


@pytest.fixture
def calendar(qtbot, planned_db, today, settings, warnings, make_window):
    window = make_window(planned_db, today, settings)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    view = window.views["calendar"]
    view.week.zone = view.day.zone = UTC  # the viewer's zone, whatever the machine's
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("calendar")
    view.month.repaint()
    yield view
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, IemEditor | BookingDialog):
            widget.close()


def _bar(grid, kind, ident):
    return next(
        rect
        for rect, segment in grid.picture.bars
        if (segment.entry.kind, segment.entry.id) == (kind, ident)
    )


def _send(widget, kind, point, buttons=Qt.MouseButton.LeftButton):
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _drag(widget, start, end):
    _send(widget, QEvent.Type.MouseButtonPress, start)
    _send(widget, QEvent.Type.MouseMove, (start + end) / 2)
    _send(widget, QEvent.Type.MouseMove, end)
    _send(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def _days(db, ident):
    row = request_page(db, RequestFilter(kinds=("iem",), request_id=ident))[0]
    return row.first_day, row.last_day


def _one_day(grid):
    return QPoint(round(grid.picture.cell_width), 0)


def test_double_click_on_an_event_opens_it(qtbot, calendar):
    window = calendar.window()
    bar = _bar(calendar.month, "iem", calendar.context.db.ids["pending"])
    with qtbot.waitSignal(calendar.context.navigate) as opened:
        qtbot.mouseDClick(calendar.month, Qt.MouseButton.LeftButton, pos=bar.center().toPoint())
    assert opened.args == ["iem", str(calendar.context.db.ids["pending"])]
    assert window.current_view_name() == "requests"


def test_tab_then_enter_opens_an_event_from_the_keyboard(qtbot, calendar):
    calendar.month.setFocus()
    calendar.month.look.selected_day = D(2026, 11, 23)
    qtbot.keyClick(calendar.month, Qt.Key.Key_Tab)
    with qtbot.waitSignal(calendar.context.navigate) as opened:
        qtbot.keyClick(calendar.month, Qt.Key.Key_Return)
    assert opened.args == ["iem", str(calendar.context.db.ids["pending"])]


def test_enter_on_an_empty_day_creates_a_request_for_it_with_the_rules_checked(qtbot, calendar):
    calendar.month.setFocus()
    calendar.month.look.selected_day = D(2026, 11, 26)  # today: nothing planned
    qtbot.keyClick(calendar.month, Qt.Key.Key_Return)
    editor = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, IemEditor) and w.isVisible()
    )
    assert editor.ui.start.date().toPython() == D(2026, 11, 26)
    assert editor.ui.end.date().toPython() == D(2026, 11, 26)
    assert "late" in editor.ui.feedback.text()  # today is too soon: said before saving


def test_double_click_on_an_empty_hour_books_a_session_then(qtbot, calendar):
    calendar.ui.modeBox.setCurrentIndex(1)  # week
    qtbot.waitUntil(lambda: calendar.week.shown is not None)
    calendar.week.repaint()
    picture = calendar.week.picture
    thursday = picture.days.index(D(2026, 11, 26))
    where = QPointF(
        picture.left + (thursday + 0.5) * picture.width,
        picture.y_of(datetime(2026, 11, 26, 15, 10)) + 2,
    )
    qtbot.mouseDClick(calendar.week, Qt.MouseButton.LeftButton, pos=where.toPoint())
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, BookingDialog) and w.isVisible()
    )
    asked = datetime(2026, 11, 26, 15, 0, tzinfo=calendar.week.zone)  # snapped to 15 min
    assert dialog.times()[0] == asked  # the same instant, in the expert's own zone
    assert dialog.preview is not None  # and the rules checked for it


def test_dragging_an_event_moves_it_and_undo_moves_it_back(qtbot, calendar):
    db, ident = calendar.context.db, calendar.context.db.ids["pending"]
    bar = _bar(calendar.month, "iem", ident)
    start = bar.center().toPoint()
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        _drag(calendar.month, start, start + 2 * _one_day(calendar.month))
    assert _days(db, ident) == (D(2026, 11, 25), D(2026, 11, 26))
    calendar.context.undo_stack.undo()
    assert _days(db, ident) == (D(2026, 11, 23), D(2026, 11, 24))


def test_a_drag_the_lead_time_refuses_writes_nothing(qtbot, calendar, monkeypatch, warnings):
    db, ident = calendar.context.db, calendar.context.db.ids["approved"]
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda parent, title, label: (asked.append(label), ("", False))[1]
    )
    bar = _bar(calendar.month, "iem", ident)
    start = QPoint(round(bar.center().x()), round(bar.center().y()))
    _drag(calendar.month, start, start - _one_day(calendar.month))  # from Sunday 15 November
    assert asked, warnings
    assert "lead time" in asked[0]  # asked why; no reason given: nothing moves
    assert _days(db, ident) == (D(2026, 11, 16), D(2026, 11, 19))
    assert calendar.context.undo_stack.count() == 0
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        lambda parent, title, label: ("the launch moved a day earlier", True),
    )
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        _drag(calendar.month, start, start - _one_day(calendar.month))
    assert _days(db, ident) == (D(2026, 11, 15), D(2026, 11, 18))  # with the reason kept


def test_dragging_an_edge_resizes_and_the_allowance_is_checked(qtbot, calendar, warnings):
    db, ids = calendar.context.db, calendar.context.db.ids
    grid = calendar.month
    bar = _bar(grid, "iem", ids["pending"])
    edge = QPoint(round(bar.right()) - 2, round(bar.center().y()))
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        _drag(grid, edge, edge + _one_day(grid))
    assert _days(db, ids["pending"]) == (D(2026, 11, 23), D(2026, 11, 25))
    grid.repaint()
    bar = _bar(grid, "iem", ids["approved"])  # 4 of the year's 8 days; 5 more is too many
    edge = QPoint(round(bar.right()) - 2, round(bar.center().y()))
    iem.request_iem(
        db,
        iem.IemRequestInput(
            "ACME", D(2026, 12, 14), D(2026, 12, 17), submitted=SUBMITTED, approve=True
        ),
        calendar.context.today,
    )
    _drag(grid, edge, edge + 2 * _one_day(grid))
    assert "short" in warnings[-1]
    assert _days(db, ids["approved"]) == (D(2026, 11, 16), D(2026, 11, 19))


def test_dragging_a_session_in_the_week_moves_its_time(qtbot, calendar):
    calendar.ui.modeBox.setCurrentIndex(1)
    qtbot.waitUntil(lambda: calendar.week.shown is not None)
    calendar.week.repaint()
    block = next(r for r, e in calendar.week.picture.blocks if e.kind == "session")
    start = block.center().toPoint()
    hour = QPoint(0, round(calendar.week.picture.hour_height))
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        _drag(calendar.week, start, start + hour)
    moved = request_page(
        calendar.context.db,
        RequestFilter(kinds=("session",), request_id=calendar.context.db.ids["session"]),
    )[0]
    assert moved.starts_at.astimezone(UTC) == datetime(2026, 11, 25, 3, tzinfo=UTC)
    assert calendar.context.undo_stack.count() == 1


def test_more_expands_to_the_days_whole_list(qtbot, calendar):
    grid = calendar.month
    where, day = next((r, d) for r, d in grid.picture.more if d == D(2026, 11, 11))
    assert len(grid.entries_on(day)) == 6
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=where.center().toPoint())
    assert grid.day_list.isVisible() and grid.day_list.count() == 6
    assert "Crowd 5" in grid.day_list.item(5).text()
    with qtbot.waitSignal(calendar.context.navigate):
        grid.day_list.itemActivated.emit(grid.day_list.item(5))


def test_kind_and_status_filters_are_applied_and_remembered(
    qtbot, calendar, planned_db, today, settings, make_window
):
    calendar.ui.kindFilter.setCurrentIndex(2)  # sessions only
    qtbot.waitUntil(lambda: {e.kind for e in calendar.month.shown.entries} == {"session"})
    calendar.ui.kindFilter.setCurrentIndex(1)  # IEM only
    calendar.ui.statusFilter.setCurrentIndex(calendar.ui.statusFilter.findData("approved"))
    qtbot.waitUntil(lambda: [e.title for e in calendar.month.shown.entries] == ["Promotion"])
    again = make_window(planned_db, today, settings).views["calendar"]
    assert again.ui.kindFilter.currentIndex() == 1
    assert again.ui.statusFilter.currentData() == "approved"


def test_dragging_a_sessions_lower_edge_changes_its_end(qtbot, calendar):
    calendar.ui.modeBox.setCurrentIndex(2)  # the day view, on the session's day
    calendar.anchor = D(2026, 11, 25)
    calendar.refresh()
    qtbot.waitUntil(
        lambda: calendar.day.shown is not None and calendar.day.days == [D(2026, 11, 25)]
    )
    calendar.day.repaint()
    block = next(r for r, e in calendar.day.picture.blocks if e.kind == "session")
    edge = QPoint(round(block.center().x()), round(block.bottom()) - 2)
    hour = QPoint(0, round(calendar.day.picture.hour_height))
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        _drag(calendar.day, edge, edge + hour)
    moved = request_page(
        calendar.context.db,
        RequestFilter(kinds=("session",), request_id=calendar.context.db.ids["session"]),
    )[0]
    assert moved.starts_at.astimezone(UTC) == datetime(2026, 11, 25, 2, tzinfo=UTC)
    assert moved.ends_at.astimezone(UTC) == datetime(2026, 11, 25, 5, tzinfo=UTC)
