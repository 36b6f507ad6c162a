"""The revision of a database: how far its changes have gone (``services.fast_start``).

Migration 0006 keeps ``data_revision.revision`` moving forward with every change to an
SQLite file. Reading it here needs neither SQLAlchemy nor the models, so a start can tell
whether what it saved last time still holds before it loads the database layer.

Migration 0010 gives PostgreSQL a sequence that every change draws from; a start reads it
with the login's role (``services.permissions``, one round trip for both), and
``server_revision`` asks for it alone. Before the database is open nothing is read from
the server: ``server_key`` names the database from its URL alone.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")
# schema/sequence/count; ``team_queries.MEMBERSHIP`` reads the same expression with the
# login's role. A recreated database has a new sequence (a new oid).
SERVER_REVISION_EXPRESSION = """(SELECT min(version_num) FROM alembic_version) || '/'
           || coalesce(to_regclass('data_revision_seq')::oid::text, '-') || '/'
           || coalesce(pg_sequence_last_value(to_regclass('data_revision_seq')), 0)"""
SERVER_REVISION = f"SELECT {SERVER_REVISION_EXPRESSION}"


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
            name = url[len(prefix) :]
            if not name or name == ":memory:" or "?" in name or "%" in name:
                return None  # options or escapes: leave such URLs to SQLAlchemy
            return Path(name).absolute()
    return None


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
        log.warning("could not open %s to read its revision", path, exc_info=True)
        return None
    try:
        schema = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = connection.execute("SELECT revision, stamp FROM data_revision").fetchall()
    except sqlite3.Error as problem:
        # An older schema, or not ours: the normal start decides.
        log.info("no revision in %s (%s): the dashboard is computed", path, problem)
        return None
    finally:
        connection.close()
    if len(schema) != 1 or len(revision) != 1:
        return None
    number, stamp = revision[0]
    if not isinstance(number, int) or not isinstance(stamp, str) or not stamp:
        return None
    return DatabaseState(path, str(schema[0][0]), number, stamp)


def server_revision(engine: Any) -> str | None:
    """A team database's revision now: schema/sequence/count, in one round trip."""
    from sqlalchemy import text

    with engine.execution_options(isolation_level="AUTOCOMMIT").connect() as connection:
        number = connection.execute(text(SERVER_REVISION)).scalar()
    return None if number is None else str(number)


def server_key(url: str) -> str | None:
    """What names the team database of ``url`` without its password; None when ``url``
    is no PostgreSQL URL. Read without SQLAlchemy, so the name must agree with
    ``server_name`` of the URL SQLAlchemy opened."""
    from urllib.parse import urlsplit

    scheme, _, rest = url.partition("://")
    if scheme.split("+", 1)[0] not in ("postgresql", "postgres") or not rest:
        return None
    try:
        parts = urlsplit(f"postgresql://{rest}")
        return server_name(parts.username, parts.hostname, parts.port, parts.path.lstrip("/"))
    except ValueError:
        return None


def server_name(login: str | None, host: str | None, port: int | None, database: str | None) -> str:
    """The database a team URL names, without its password (the login is part of it)."""
    from urllib.parse import unquote

    # Host names know no case and a database name may come percent-encoded (urlsplit)
    # or decoded (SQLAlchemy): both spellings of one database give one name.
    host_name = (host or "").lower()
    return (
        f"postgresql://{unquote(login or '')}@{host_name}:{port or 5432}/{unquote(database or '')}"
    )
