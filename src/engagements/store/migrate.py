"""Open a database at the latest schema: create, upgrade (after a backup), or refuse.

A database written by a newer version of the application is never touched: we cannot
know what its tables mean.

Alembic is imported only when there is something to do: opening a database already at
the latest schema (every start but the first after an upgrade) reads the stamped
revision with one query and compares it with the newest migration file's header.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\b[^=]*=\s*(?:['"]([^'"]*)['"]|None)""", re.MULTILINE
)


class SchemaError(RuntimeError):
    """The database's schema cannot be used by this version of the application."""


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "engagements.store:migrations")
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


@cache
def head_from_migration_files() -> str | None:
    """The newest revision named in the migration files' headers, without Alembic.

    None when the files do not name exactly one newest revision; callers then ask
    Alembic itself.
    """
    revisions, parents = set(), set()
    folder = resources.files("engagements.store.migrations").joinpath("versions")
    for entry in folder.iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("_"):
            continue
        found = dict(
            (name, value)
            for name, value in _REVISION_LINE.findall(entry.read_text(encoding="utf-8"))
        )
        if found.get("revision"):
            revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    # Reading the stamp must not queue behind another program's write (BEGIN IMMEDIATE).
    with engine.execution_options(reading=True).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _stamped_revision(engine: Engine) -> str | None:
    """The one stamped revision, read with a plain query; None if there is not exactly one."""
    # On PostgreSQL in autocommit: one round trip, not BEGIN, the query and ROLLBACK.
    options: dict[str, object] = {"reading": True}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "AUTOCOMMIT"
    try:
        with engine.execution_options(**options).connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except (OperationalError, DatabaseError):
        return None  # no version table yet (a new database): Alembic decides
    return str(rows[0][0]) if len(rows) == 1 else None


def ensure_latest_schema(engine: Engine, *, read_only: bool = False) -> str | None:
    """Bring the database to the latest schema; returns the backup path made, if any."""
    known_head = head_from_migration_files()
    if known_head is not None and _stamped_revision(engine) == known_head:
        return None  # already at the latest schema: no need for Alembic
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
    from alembic import command

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
