"""One engine factory for both kinds of database.

SQLite (one user, an embedded file): WAL so readers never block the writer, foreign
keys on, ``synchronous=FULL`` so an acknowledged write survives power loss, a busy
timeout, and write transactions that start with ``BEGIN IMMEDIATE`` so two writers
queue up instead of failing half-way (SQLAlchemy's documented pysqlite recipe).
PostgreSQL (a team): psycopg 3, read-committed with row locks where rules need them.
"""

from __future__ import annotations

import os
import time
from typing import Any
from urllib.parse import quote

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError

SQLITE_BUSY_TIMEOUT_MS = 15_000
# A writer blocked this long by another user's lock gives up (SQLSTATE 55P03) and is told
# "the database is busy", instead of waiting forever behind a stuck session.
POSTGRES_LOCK_TIMEOUT_MS = 10_000
# A pooled connection idle this long is tested before use (see _ping_after_idle).
IDLE_BEFORE_PING = 30.0


class DatabaseUrlError(ValueError):
    """The database URL cannot be used (malformed, or a kind we do not support)."""


SQLITE_FILE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


def parse_database_url(url: str) -> URL:
    """Parse and normalise a database URL; PostgreSQL always goes through psycopg 3.

    After ``sqlite:///`` comes a file's name, taken literally: ``#``, ``?`` and ``%`` are
    characters of it (a URL parser would cut a query or a fragment off, or decode an
    escape, and open another file).
    """
    for prefix in SQLITE_FILE_PREFIXES:
        name = url[len(prefix) :] if url.startswith(prefix) else ""
        if name and name != ":memory:":
            return URL.create(prefix.split(":", 1)[0], database=name)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if parsed.drivername not in ("sqlite", "sqlite+pysqlite"):
            raise DatabaseUrlError(f"unsupported SQLite driver in {url!r}")
        return parsed
    raise DatabaseUrlError(
        f"unsupported database {backend!r} in {url!r}: use sqlite:///FILE or postgresql://..."
    )


def make_engine(url: str | URL, *, read_only: bool = False, **kwargs: Any) -> Engine:
    """Create the engine for ``url`` with the options this application relies on."""
    parsed = parse_database_url(str(url) if isinstance(url, URL) else url)
    if isinstance(url, URL):
        parsed = url.set(drivername=parsed.drivername)
    try:
        if parsed.get_backend_name() == "sqlite":
            return _sqlite_engine(parsed, read_only=read_only, **kwargs)
        return _postgresql_engine(parsed, read_only=read_only, **kwargs)
    except NoSuchModuleError as exc:
        raise DatabaseUrlError(f"no driver installed for {parsed.drivername}") from exc


def _sqlite_engine(url: URL, *, read_only: bool, **kwargs: Any) -> Engine:
    connect_args: dict[str, Any] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
    if read_only and url.database not in (None, "", ":memory:"):
        # A reviewer's copy is opened read only by SQLite itself, not just by our checks.
        # The name is escaped for the URI: a '#' or '?' in it must not cut off mode=ro.
        # On a read-only filesystem (a mounted snapshot, a CD) SQLite cannot make the WAL
        # index beside the file; nothing can change the file there, so it is immutable.
        path = url.database or ""
        mode = "ro&immutable=1" if _on_read_only_filesystem(path) else "ro"
        if not path.startswith("file:"):
            path = "file:" + quote(os.path.abspath(path), safe="/")
        url = url.set(database=f"{path}?mode={mode}", query={"uri": "true"})
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Take the write lock up front: the rule check and the write then see one state.
        # Pure reads (execution option ``reading=True``) begin deferred so they never queue.
        reading = read_only or connection.get_execution_options().get("reading", False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def _on_read_only_filesystem(database: str) -> bool:
    try:
        folder = os.path.dirname(os.path.abspath(database))
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows): SQLite decides
        return False


def _postgresql_engine(url: URL, *, read_only: bool, **kwargs: Any) -> Engine:
    # Given explicitly, ``options`` replaces PGOPTIONS, so the user's own settings are kept.
    options = [os.environ.get("PGOPTIONS", ""), f"-c lock_timeout={POSTGRES_LOCK_TIMEOUT_MS}"]
    if read_only:
        options.append("-c default_transaction_read_only=on")
    connect_args: dict[str, Any] = {
        "connect_timeout": 10,
        "options": " ".join(o for o in options if o),
    }
    # The views' reads come back as JSON (store.batch): orjson takes a dashboard's two
    # megabytes apart in three quarters of the standard library's time. No column is an
    # hstore: without looking its type up, the first connection is three round trips
    # shorter (a savepoint, the look-up, its release; 0.15 s across a 50 ms link).
    engine = create_engine(
        url,
        connect_args=connect_args,
        json_deserializer=orjson.loads,
        use_native_hstore=False,
        **kwargs,
    )
    _ping_after_idle(engine)
    return engine


def _ping_after_idle(engine: Engine) -> None:
    """Test a pooled connection before use only when it has lain idle a while.

    SQLAlchemy's ``pool_pre_ping`` pings at every checkout: a round trip before every
    read and write, doubling the cost of a short one across a network. A connection
    used moments ago is alive; one idle for ``IDLE_BEFORE_PING`` may have been cut by
    a firewall or a server restart, and is pinged (and replaced when dead) as before.
    """

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < IDLE_BEFORE_PING:
            return
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
            if not dbapi_connection.autocommit:
                dbapi_connection.rollback()
        except Exception as exc:  # any driver error: the pool discards it, connects anew
            raise DisconnectionError() from exc


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"
