"""The login's team role is looked up once per open database, whoever asks first (the
window's GUI thread, or its first dashboard read in another), and as part of opening a
team database for the window."""

from __future__ import annotations

import threading
import time
from datetime import date

from sqlalchemy import event

from engagements.services import permissions
from engagements.services.database import Database


def _membership_reads(db: Database, slow_seconds: float) -> list[str]:
    """Each look-up of the role, each made to take ``slow_seconds`` (as across a link)."""
    reads: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def noted(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "team_groups t JOIN pg_roles" in statement:
            reads.append(threading.current_thread().name)
            time.sleep(slow_seconds)

    return reads


def test_two_threads_asking_at_once_look_the_role_up_once(postgres_url):
    db = Database.open(postgres_url, actor="asm-tester", connections=2)
    try:
        reads = _membership_reads(db, 0.3)
        found: list[permissions.TeamMember] = []
        start = threading.Barrier(2)

        def ask() -> None:
            start.wait()
            found.append(permissions.team_member(db))

        threads = [threading.Thread(target=ask, name=f"asker-{n}") for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert len(reads) == 1
        assert len(found) == 2 and found[0] is found[1]
    finally:
        db.engine.dispose()


def test_opening_a_team_database_for_the_window_looks_the_role_up(postgres_url):
    from engagements.gui.main_window import open_workspace

    workspace = open_workspace(postgres_url, False, date(2026, 6, 15), fill_demo_if_empty=False)
    db = workspace.database
    assert db is not None
    try:
        reads = _membership_reads(db, 0)
        member = permissions.team_member(db)  # known already: no read now
        assert reads == [] and member.login
    finally:
        db.engine.dispose()
