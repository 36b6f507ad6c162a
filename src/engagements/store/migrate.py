"""Open a database at the latest schema: create, upgrade (after a backup), or refuse.

A database written by a newer version of the application is never touched: we cannot
know what its tables mean.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from alembic import command


class SchemaError(RuntimeError):
    """The database's schema cannot be used by this version of the application."""


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "engagements.store:migrations")
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def ensure_latest_schema(engine: Engine, *, read_only: bool = False) -> str | None:
    """Bring the database to the latest schema; returns the backup path made, if any."""
    try:
        current = current_revision(engine)
    except (OperationalError, DatabaseError) as exc:
        raise SchemaError(f"cannot read the database: {_first_line(exc)}") from exc
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise SchemaError(
            f"the database has schema {current}, newer than this version of Engagements "
            f"knows (latest {head}); upgrade the application, the database was not touched"
        )
    if read_only:
        raise SchemaError("the database needs a schema upgrade, but it was opened read only")
    backup = _backup_sqlite(engine) if current is not None else None
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def _backup_sqlite(engine: Engine) -> str | None:
    """Copy an SQLite file to a dated backup beside it, consistently (the backup API)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    source_path = Path(database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source_path.with_name(f"{source_path.name}.{stamp}.bak")
    source = sqlite3.connect(str(source_path))
    try:
        destination = sqlite3.connect(str(target))
        with destination:
            source.backup(destination)
        destination.close()
    finally:
        source.close()
    return str(target)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.splitlines()[0] if text else type(exc).__name__
