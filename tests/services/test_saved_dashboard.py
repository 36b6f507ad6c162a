"""The saved dashboard: exactly the computed one while nothing changes, and never used once
anything has (a write by any program, another day, a damaged or foreign file)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from engagements.services.demo import fill_demo
from engagements.services.fast_start import (
    FIRST_SCREEN_ROWS,
    FastStart,
    fresh_dashboard,
    saved_file,
)
from engagements.services.partners import NewPartner, add_partner
from engagements.services.view_rows import needs_expert
from engagements.store.revision import file_state, sqlite_file

UPCOMING_DAYS = 14


@pytest.fixture
def demo_db(sqlite_db, today):
    # More partners and engagements than one screenful, so the lazily read part is used.
    fill_demo(sqlite_db, partners=140, seed=3, today=today, years=2)
    return sqlite_db


def load_saved_dashboard(url, today):
    """What a start draws before it opens the database."""
    return FastStart(url, today).dashboard_before_opening()


def database_state(url):
    path = sqlite_file(url)
    return None if path is None else file_state(path)


def _url(db):
    return db.engine.url.render_as_string(hide_password=False)


def _computed_and_saved(db, today):
    rows, upcoming = fresh_dashboard(db, today, "CN", UPCOMING_DAYS)
    return rows, upcoming, load_saved_dashboard(_url(db), today)


def test_the_saved_dashboard_is_exactly_the_computed_one(demo_db, today):
    rows, upcoming, saved = _computed_and_saved(demo_db, today)
    assert saved is not None
    assert len(rows) > FIRST_SCREEN_ROWS and len(upcoming) > 0
    assert list(saved.rows) == rows  # every field, past the first screenful too
    assert list(saved.upcoming) == upcoming
    assert saved.at_risk == sum(1 for row in rows if row.risks)
    # kept with the counts, so a start need not parse every saved engagement to say it
    assert saved.unstaffed == sum(1 for entry in upcoming if needs_expert(entry))
    assert saved.rows[-1] == rows[-1] and saved.rows[5:8] == rows[5:8]
    with pytest.raises(IndexError):
        saved.rows[len(rows)]


def test_any_change_through_the_services_makes_it_out_of_date(demo_db, today):
    _computed_and_saved(demo_db, today)
    add_partner(demo_db, NewPartner("P-NEW", "新伙伴", "enterprise", today, 12))
    assert load_saved_dashboard(_url(demo_db), today) is None


def test_a_change_made_by_another_program_makes_it_out_of_date(demo_db, today):
    _computed_and_saved(demo_db, today)
    path = sqlite_file(_url(demo_db))
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE partners SET name = 'Renamed outside' WHERE id = (SELECT min(id) FROM partners)"
        )
    connection.close()
    assert load_saved_dashboard(_url(demo_db), today) is None


def test_another_day_is_computed_afresh(demo_db, today):
    _computed_and_saved(demo_db, today)
    assert load_saved_dashboard(_url(demo_db), today + timedelta(days=1)) is None


@pytest.fixture
def own_resources(tmp_path, monkeypatch):
    """A copy of the shipped plan catalog and holiday data that a test may edit."""
    from engagements import assets, inputs

    copy = tmp_path / "resources"
    shutil.copytree(assets.resource(), copy, ignore=shutil.ignore_patterns("fonts", "icons"))
    monkeypatch.setattr(inputs, "resource", lambda *parts: copy.joinpath(*parts))
    inputs.inputs_fingerprint.cache_clear()
    yield copy
    inputs.inputs_fingerprint.cache_clear()


@pytest.mark.parametrize("edited", ["plan_catalog.toml", "holidays/CN.toml"])
def test_an_edited_catalog_or_holiday_file_makes_it_out_of_date(
    demo_db, today, own_resources, edited
):
    from engagements import inputs

    _computed_and_saved(demo_db, today)
    assert load_saved_dashboard(_url(demo_db), today) is not None  # in the next process too
    with (own_resources / edited).open("a", encoding="utf-8") as file:
        file.write("\n# edited by an administrator\n")
    inputs.inputs_fingerprint.cache_clear()  # the next start looks again
    assert load_saved_dashboard(_url(demo_db), today) is None


def test_a_catalog_edited_after_it_was_read_is_not_saved_as_current(demo_db, today, own_resources):
    """The catalog is read when the database opens; an edit made before the dashboard is
    computed and saved must still make that saved dashboard out of date."""
    from engagements import inputs
    from engagements.services.database import Database

    reopened = Database.open(_url(demo_db))  # reads the catalog (as this start knew it)
    try:
        with (own_resources / "plan_catalog.toml").open("a", encoding="utf-8") as file:
            file.write("\n# edited while the application ran\n")
        fresh_dashboard(reopened, today, "CN", UPCOMING_DAYS)  # computed from the old one
    finally:
        reopened.engine.dispose()
    inputs.inputs_fingerprint.cache_clear()  # the next start looks again
    assert load_saved_dashboard(_url(demo_db), today) is None


def test_the_fingerprint_covers_the_version_catalog_holidays_and_workalendar():
    """A version and data fingerprint: the shipped data files and both versions, and no
    source file of the application (its version covers its code)."""
    import engagements
    from engagements import assets
    from engagements.inputs import input_stamps, workalendar_version

    stamps = input_stamps()
    covered = {
        str(Path(stamp.rsplit(":", 2)[0]).resolve()) for stamp in stamps if stamp.count(":") >= 2
    }
    for path in (assets.resource("plan_catalog.toml"), assets.resource("holidays", "CN.toml")):
        assert str(path.resolve()) in covered, path
    assert f"engagements {engagements.__version__}" in stamps
    assert f"workalendar {workalendar_version()}" in stamps
    assert workalendar_version()[:1].isdigit()
    assert not any(stamp.endswith(":gone") or ".py:" in stamp for stamp in stamps)


def test_a_new_workalendar_makes_it_out_of_date(demo_db, today, monkeypatch):
    from engagements import inputs

    _computed_and_saved(demo_db, today)
    inputs.inputs_fingerprint.cache_clear()
    monkeypatch.setattr(inputs, "workalendar_version", lambda: "99.0.0")
    try:
        assert load_saved_dashboard(_url(demo_db), today) is None
    finally:
        inputs.inputs_fingerprint.cache_clear()


def test_every_table_moves_the_revision_on_insert_update_and_delete(sqlite_db):
    """A table added by a later migration without the triggers would let a saved
    dashboard outlive a change: this fails until the migration adds them."""
    path = sqlite_file(_url(sqlite_db))
    connection = sqlite3.connect(path)
    try:
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        triggers = {
            (table, name)
            for (table, name) in connection.execute(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'data_revision_after_%'"
            )
        }
    finally:
        connection.close()
    untracked = {"data_revision", "alembic_version"}
    assert tables - untracked, "no tables found"
    for table in sorted(tables - untracked):
        for change in ("insert", "update", "delete"):
            assert (table, f"data_revision_after_{change}_{table}") in triggers, table


@pytest.mark.parametrize(
    "damage",
    [
        "garbage",
        "truncated",
        "flipped",
        "other_version",
        "other_database",
        "other_layout",
        "empty",
        "huge_header",
    ],
)
def test_a_damaged_or_foreign_file_is_ignored(demo_db, today, damage):
    _computed_and_saved(demo_db, today)
    target = saved_file(sqlite_file(_url(demo_db)))
    content = target.read_bytes()
    header, body = content.split(b"\n", 1)
    fields = json.loads(header)
    if damage == "garbage":
        content = b"\x00\xff not json at all"
    elif damage == "truncated":
        content = content[: len(content) * 2 // 3]
    elif damage == "flipped":
        middle = len(header) + 1 + len(body) // 2
        content = content[:middle] + bytes([content[middle] ^ 0x20]) + content[middle + 1 :]
    elif damage == "other_version":
        content = json.dumps(fields | {"application": "0.0.1"}).encode() + b"\n" + body
    elif damage == "other_database":
        content = json.dumps(fields | {"database": "/elsewhere.db"}).encode() + b"\n" + body
    elif damage == "other_layout":  # rows saved before a field was added
        content = json.dumps(fields | {"layout": fields["layout"] + 1}).encode() + b"\n" + body
    elif damage == "empty":
        content = b""
    else:
        content = b"[" * 100_000
    target.write_bytes(content)
    assert load_saved_dashboard(_url(demo_db), today) is None


def test_only_embedded_files_are_saved(tmp_path, today):
    assert sqlite_file("postgresql+psycopg://u@localhost/db") is None
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("sqlite:///file.db?mode=ro") is None
    assert database_state(f"sqlite:///{tmp_path / 'missing.db'}") is None
    not_ours = tmp_path / "notes.db"
    sqlite3.connect(not_ours).close()
    assert database_state(f"sqlite:///{not_ours}") is None


def test_an_unwritable_cache_only_costs_speed(demo_db, today, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("ENGAGEMENTS_CACHE_DIR", str(blocker))
    rows, upcoming = fresh_dashboard(demo_db, today, "CN", UPCOMING_DAYS)
    assert rows and load_saved_dashboard(_url(demo_db), today) is None


def test_reading_it_needs_neither_sqlalchemy_nor_qt(demo_db, today):
    _computed_and_saved(demo_db, today)
    code = (
        "import sys; from datetime import date\n"
        "from engagements.services.fast_start import FastStart\n"
        f"saved = FastStart({_url(demo_db)!r}, date.fromisoformat("
        f"{today.isoformat()!r})).dashboard_before_opening()\n"
        "print(len(saved.rows), saved.rows[0].partner_id,"
        " any(m.startswith(('sqlalchemy', 'PySide6')) for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, first, heavy = done.stdout.split()
    rows, _ = fresh_dashboard(demo_db, today, "CN", UPCOMING_DAYS)
    assert (int(count), first, heavy) == (len(rows), rows[0].partner_id, "False")


def test_a_restored_copy_changed_as_often_as_the_lost_changes_is_not_mistaken(
    demo_db, today, tmp_path
):
    """Counting changes is not enough: the copy and the original reach the same number
    with different data; the random stamp of the last change tells them apart."""
    path = sqlite_file(_url(demo_db))
    demo_db.engine.dispose()
    backup = tmp_path / "backup.db"
    shutil.copyfile(path, backup)
    add_partner(demo_db, NewPartner("P-LOST", "丢失的伙伴", "enterprise", today, 12))
    _computed_and_saved(demo_db, today)
    lost = database_state(_url(demo_db))
    demo_db.engine.dispose()
    shutil.copyfile(backup, path)  # the backup is put back...
    add_partner(demo_db, NewPartner("P-OTHER", "别的伙伴", "enterprise", today, 12))
    now = database_state(_url(demo_db))
    assert now.revision == lost.revision  # ...and changed as often as what was lost
    assert now.stamp != lost.stamp
    assert load_saved_dashboard(_url(demo_db), today) is None


def test_folders_with_accents_spaces_and_signs_are_saved_too(tmp_path, today):
    from engagements.services.database import Database

    folder = tmp_path / "Équipe (1) #2"
    folder.mkdir()
    url = f"sqlite:///{folder / 'données.db'}"
    db = Database.open(url)
    try:
        fill_demo(db, partners=5, seed=2, today=today, years=1)
        rows, _ = fresh_dashboard(db, today, "CN", UPCOMING_DAYS)
        saved = load_saved_dashboard(url, today)
        assert saved is not None and list(saved.rows) == rows
    finally:
        db.engine.dispose()
