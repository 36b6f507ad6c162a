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
    """An embedded database as it is now: its file, schema and revision."""

    file: Path
    schema: str
    revision: int


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
    """The file's schema and revision, read without the database layer; None if unknown."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        # Read only: a start that only looks must never change the file.
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        schema = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = connection.execute("SELECT revision FROM data_revision").fetchall()
    except sqlite3.Error:
        return None  # an older schema, or not ours: the normal start decides
    finally:
        connection.close()
    if len(schema) != 1 or len(revision) != 1 or not isinstance(revision[0][0], int):
        return None
    return DatabaseState(path, str(schema[0][0]), revision[0][0])
