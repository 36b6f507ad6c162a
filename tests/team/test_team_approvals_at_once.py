"""Many ASMs approving one partner's requests at the same moment: none fails by collision.

Exit 5 must mean a real conflicting change, never two approvals that merely met on the
partner's locks (issue 21: eight approvals at once deadlocked, one won, seven exited 5).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from team_processes import assert_clean_exit, run_together

from engagements.services import iem
from engagements.services.database import Database
from engagements.services.partners import NewPartner, add_partner
from engagements.store.models import IemRequest

APPROVERS = 8


def test_eight_approvals_of_one_partner_at_once_all_succeed(db_url):
    db = Database.open(db_url, actor="setup")
    add_partner(
        db,
        NewPartner(
            id="P-EIGHT",
            name="Partner eight",
            edition="enterprise",
            start=date(2026, 1, 1),
            months=12,
        ),
    )
    ids = [
        iem.request_iem(
            db,
            iem.IemRequestInput(
                partner_id="P-EIGHT", start=day, end=day, submitted=date(2026, 1, 5)
            ),
            today=date(2026, 1, 5),
        ).id
        for day in (date(2026, 3, 2) + timedelta(days=n) for n in range(APPROVERS))
    ]
    db.engine.dispose()

    results = run_together([["--db", db_url, "--json", "iem", "approve", str(i)] for i in ids])

    for result in results:
        assert_clean_exit(result, {0})
    with db.reading() as session:
        approved = set(
            session.scalars(select(IemRequest.id).where(IemRequest.status == "approved"))
        )
    assert approved == set(ids)


def test_approvals_and_new_approved_requests_of_one_partner_at_once_all_succeed(db_url):
    """``iem request --approve`` inserts (a key-share lock on the subscription) and then
    locks the subscription: two of them used to deadlock on that upgrade."""
    db = Database.open(db_url, actor="setup")
    add_partner(
        db,
        NewPartner(
            id="P-MIX", name="Partner mix", edition="enterprise", start=date(2026, 1, 1), months=12
        ),
    )
    ids = [
        iem.request_iem(
            db,
            iem.IemRequestInput(partner_id="P-MIX", start=day, end=day, submitted=date(2026, 1, 5)),
            today=date(2026, 1, 5),
        ).id
        for day in (date(2026, 3, 2) + timedelta(days=n) for n in range(APPROVERS // 2))
    ]
    db.engine.dispose()
    new = [
        [
            "--db",
            db_url,
            "--json",
            "iem",
            "request",
            "--partner",
            "P-MIX",
            "--start",
            day.isoformat(),
            "--end",
            day.isoformat(),
            "--submitted",
            "2026-01-05",
            "--approve",
        ]
        for day in (date(2026, 4, 6) + timedelta(days=n) for n in range(APPROVERS // 2))
    ]

    results = run_together(
        [["--db", db_url, "--json", "iem", "approve", str(i)] for i in ids] + new
    )

    for result in results:
        assert_clean_exit(result, {0})
    with db.reading() as session:
        approved = list(
            session.scalars(
                select(IemRequest.id).where(
                    IemRequest.partner_id == "P-MIX", IemRequest.status == "approved"
                )
            )
        )
    assert len(approved) == APPROVERS
