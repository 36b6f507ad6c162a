"""The window decides from the rules' findings and the domain's life cycle, never from
words or a list of its own (issue 17: one source for every rule answer)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from engagements.domain import findings
from engagements.domain import status as lifecycle
from engagements.domain.findings import Finding
from engagements.gui.iem_editor import IemEditor
from engagements.services import iem, sessions
from engagements.services.partners import NewPartner, add_partner
from engagements.services.previews import IemPreview

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def acme_db(sqlite_db):
    add_partner(
        sqlite_db, NewPartner("ACME", "阿克米科技有限公司", "enterprise", date(2026, 1, 1), 24)
    )
    sessions.add_expert(sqlite_db, "E1", "Wang Lei", "Asia/Shanghai")
    return sqlite_db


@pytest.fixture
def editor(qtbot, acme_db, today, settings, warnings, make_window):
    window = make_window(acme_db, today, settings)
    made = IemEditor(window.context, window, partner_id="ACME")
    qtbot.addWidget(made)
    yield made
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


def _shown(editor, problems=(), warnings=()):
    """The editor as if the rules had answered with these findings."""
    editor.preview = IemPreview(
        2,
        date(2026, 12, 10),
        12,
        10,
        True,
        problem_findings=tuple(problems),
        warning_findings=tuple(warnings),
        lead_time="met",
    )
    return editor.can_save()


# Words chosen to mislead a reader of text: a blocking problem worded like a late one,
# a late one worded in another language.
OUTSIDE_WORDED_LATE = Finding(findings.OUTSIDE_TERM, "late: outside the term")
LATE_IN_OTHER_WORDS = Finding(findings.LATE, "晚了：提前通知不足")
OVER_IN_OTHER_WORDS = Finding(findings.OVER_ALLOWANCE, "超出额度")


def test_a_problem_that_is_not_settled_at_approval_blocks_saving_whatever_its_words(editor):
    assert _shown(editor)
    assert not _shown(editor, problems=[OUTSIDE_WORDED_LATE])
    assert not _shown(editor, problems=[Finding(findings.NOT_ENTITLED, "approving would")])


def test_late_and_over_the_allowance_are_recorded_and_a_warning_never_blocks(editor):
    assert _shown(editor, problems=[LATE_IN_OTHER_WORDS, OVER_IN_OTHER_WORDS])
    assert _shown(
        editor,
        warnings=[
            Finding(findings.NO_HOLIDAY_DATA, "outside the term"),
            Finding(findings.OVERLAPPING_REQUESTS, "x"),
        ],
    )


def test_approving_at_once_asks_by_kind_for_a_justification_and_for_room(editor):
    editor.ui.approveNow.setChecked(True)
    assert not _shown(editor, problems=[LATE_IN_OTHER_WORDS])
    editor.ui.justification.setPlainText("the launch date is fixed by the regulator")
    assert _shown(editor, problems=[LATE_IN_OTHER_WORDS])
    assert not _shown(editor, problems=[OVER_IN_OTHER_WORDS])
    assert not _shown(editor, warnings=[Finding(findings.LEAD_TIME_UNDETERMINED, "later")])
    assert _shown(editor, warnings=[Finding(findings.NO_HOLIDAY_DATA, "undetermined")])


def test_the_save_button_follows_the_live_preview(qtbot, editor):
    save = editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(editor.previewed) as outside:
        editor.ui.start.setDate(QDate(2028, 3, 1))  # past the 24-month term
    assert findings.OUTSIDE_TERM in outside.args[0].problem_kinds and not save.isEnabled()
    with qtbot.waitSignal(editor.previewed) as late:
        editor.ui.start.setDate(QDate(2026, 12, 1))
    assert late.args[0].problem_kinds == {findings.LATE} and save.isEnabled()


@pytest.fixture
def listed(qtbot, acme_db, today, settings, warnings, make_window):
    """The request list with one IEM request in each of several statuses and a session."""
    db = acme_db
    ask = [
        iem.request_iem(
            db, iem.IemRequestInput("ACME", date(2026, 12, day), date(2026, 12, day)), today
        ).id
        for day in (14, 15, 16, 17)
    ]
    iem.approve_iem(db, ask[1], justification="agreed")
    iem.approve_iem(db, ask[2], justification="agreed")
    iem.advance_iem(db, ask[2], lifecycle.IN_PROGRESS)
    iem.cancel_iem(db, ask[3])
    sessions.book_session(
        db,
        sessions.SessionBooking(
            "ACME",
            "E1",
            datetime(2026, 12, 2, 10, tzinfo=SHANGHAI),
            datetime(2026, 12, 2, 12, tzinfo=SHANGHAI),
            "architecture",
        ),
    )
    window = make_window(db, today, settings)
    view = window.views["requests"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("requests")
    yield view
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


def _offered(view):
    """For each row: (kind, status) and the actions its buttons offer."""
    seen = {}
    for number, row in enumerate(view.model.rows):
        view.ui.table.selectRow(number)
        buttons = {
            lifecycle.APPROVE: view.ui.approveButton,
            lifecycle.REJECT: view.ui.rejectButton,
            lifecycle.CANCEL: view.ui.cancelButton,
        }
        seen[(row.kind, row.status)] = {a for a, b in buttons.items() if b.isEnabled()}
    return seen


def test_the_request_list_offers_exactly_the_domains_allowed_actions(listed):
    seen = _offered(listed)
    assert len(seen) == 5  # submitted, approved, in progress, cancelled; a session
    for (kind, status), offered in seen.items():
        assert offered == lifecycle.allowed_actions(status, kind) & {
            lifecycle.APPROVE,
            lifecycle.REJECT,
            lifecycle.CANCEL,
        }, (kind, status)


def test_the_request_list_follows_a_changed_life_cycle(listed, monkeypatch):
    # Were the window to keep its own list, a rule change in the domain would not reach it.
    monkeypatch.setitem(
        lifecycle.ALLOWED_TRANSITIONS, lifecycle.SUBMITTED, frozenset({lifecycle.APPROVED})
    )
    seen = _offered(listed)
    assert seen[("iem", lifecycle.SUBMITTED)] == {lifecycle.APPROVE}


def test_the_bars_warn_where_the_dashboard_says_nearly_out():
    from engagements.domain.allowance import NEARLY_OUT_DAYS
    from engagements.gui.bars import LOW_LEFT

    assert LOW_LEFT == NEARLY_OUT_DAYS
