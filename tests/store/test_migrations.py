"""Opening a database: create it, upgrade an old file (after a backup), refuse a newer one."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from engagements.errors import DatabaseUnavailable
from engagements.services.database import Database
from engagements.store.migrate import current_revision, head_revision
from engagements.store.models import Base

FIXTURES = Path(__file__).parent / "fixtures"


def test_new_database_is_created_at_the_latest_schema_matching_the_models(db):
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_old_file_is_backed_up_then_upgraded_keeping_its_data(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_0001.db", old)
    database = Database.open(f"sqlite:///{old}")
    assert current_revision(database.engine) == head_revision()
    assert database.backup_made is not None
    backup = Path(database.backup_made)
    assert backup.parent == tmp_path and backup.name.startswith("old.db.")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    with database.engine.connect() as connection:
        name = connection.execute(text("SELECT name FROM partners")).scalar_one()
        assert name == "老客户有限公司"
        assert connection.execute(text("SELECT count(*) FROM review_notes")).scalar_one() == 0


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.db"
    Database.open(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(f"sqlite:///{path}")
    assert "newer" in refused.value.reason and refused.value.exit_code == 4
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("newer.db.*.bak"))


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database")
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(f"sqlite:///{path}")
    assert "not an SQLite database" in refused.value.reason
    assert path.read_text() == "these are my notes, not a database"


@pytest.mark.parametrize("url", ["mysql://x/y", "not a url at all", "oracle://u@h/db"])
def test_unknown_database_urls_are_usage_errors(url):
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(url)
    assert refused.value.exit_code == 2


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(DatabaseUnavailable):
        Database.open(f"sqlite:///{path}", read_only=True)
    assert not path.exists()


def test_opening_and_reading_do_not_wait_for_another_programs_write(tmp_path):
    from engagements.services.partners import list_partners

    path = tmp_path / "busy.db"
    Database.open(f"sqlite:///{path}").engine.dispose()
    writer = sqlite3.connect(path, isolation_level=None, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # another program is in the middle of a write
    try:
        database = Database.open(f"sqlite:///{path}")
        assert list_partners(database, date(2026, 11, 26)) == []
    finally:
        writer.rollback()
        writer.close()
