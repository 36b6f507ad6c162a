"""The revision of an embedded database, read with the standard library alone.

Migration 0006 keeps ``data_revision.revision`` moving forward with every change to an
SQLite file. Reading it here needs neither SQLAlchemy nor the models, so a start can tell
whether what it saved last time still holds before it loads the database layer.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


@dataclass(frozen=True)
class DatabaseState:
    """An embedded database as it is now: its file, schema and revision (a count of
    changes, and a random stamp drawn anew with each)."""

    file: Path
    schema: str
    revision: int
    stamp: str


def sqlite_file(url: str) -> Path | None:
    """The file an embedded-database URL names, or None (another kind, memory, options)."""
    for prefix in SQLITE_PREFIXES:
        if url.startswith(prefix):
            name = url[len(prefix):]
            if not name or name == ":memory:" or "?" in name or "%" in name:
                return None  # options or escapes: leave such URLs to SQLAlchemy
            return Path(name).absolute()
    return None


def database_state(url: str) -> DatabaseState | None:
    """The state of the file an embedded-database URL names; None if unknown."""
    path = sqlite_file(url)
    return None if path is None else file_state(path)


def file_state(path: Path) -> DatabaseState | None:
    """The file's schema and revision, read without the database layer; None if the file
    is missing, not ours or older than migration 0006."""
    path = path.absolute()
    if not path.is_file():
        return None
    try:
        # Read only: a start that only looks must never change the file.
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        schema = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = connection.execute("SELECT revision, stamp FROM data_revision").fetchall()
    except sqlite3.Error:
        return None  # an older schema, or not ours: the normal start decides
    finally:
        connection.close()
    if len(schema) != 1 or len(revision) != 1:
        return None
    number, stamp = revision[0]
    if not isinstance(number, int) or not isinstance(stamp, str) or not stamp:
        return None
    return DatabaseState(path, str(schema[0][0]), number, stamp)
