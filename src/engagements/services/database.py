"""The open database: engine, plan catalog, who is acting, and transactions.

Services receive a ``Database`` (the unit of work factory, as in cosmicpython) and open
one transaction per use case with ``db.writing()`` or ``db.reading()``. A write either
commits whole or leaves nothing behind; a clash with another user's write is retried a
few times and then reported as ``Conflict``.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from sqlalchemy import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from engagements.domain.catalog import PlanCatalog, parse_catalog
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import of_refusal
from engagements.errors import Conflict, DatabaseBusy, DatabaseUnavailable, InvalidInput, NotAllowed
from engagements.inputs import read_catalog_text
from engagements.services import permissions
from engagements.store.engine import DatabaseUrlError, make_engine, parse_database_url
from engagements.store.migrate import SchemaError, ensure_latest_schema

T = TypeVar("T")
UNREACHABLE = 7  # the exit code of a database server that cannot be reached
CONNECT_TIMEOUT_SECONDS = 10
WRITE_ATTEMPTS = 6
# SQLSTATEs that mean "two writers met": serialization failure and deadlock. The loser
# is rolled back whole and tried again; only a real conflicting change reaches the user.
RETRYABLE_SQLSTATES = {"40001", "40P01"}
# Lock not available: another user's transaction held a row past the lock timeout. That
# is a busy database, not a change to retry at once.
LOCK_TIMEOUT_SQLSTATE = "55P03"
BUSY = (
    "the database is busy: another user's change has held what this one needs for "
    "longer than the lock timeout; nothing was written, try again in a moment"
)


def load_catalog() -> PlanCatalog:
    """The plan catalog shipped in resources/ (validated)."""
    return parse_catalog(read_catalog_text())


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "unknown")


class Database:
    """One open database for one acting user."""

    def __init__(
        self,
        engine: Engine,
        *,
        read_only: bool = False,
        actor: str | None = None,
        catalog: PlanCatalog | None = None,
    ) -> None:
        self.engine = engine
        self.read_only = read_only
        self.catalog = catalog or load_catalog()
        self._actor = actor
        self.backup_made: str | None = None

    @classmethod
    def open(
        cls, url: str, *, read_only: bool = False, actor: str | None = None, connections: int = 1
    ) -> Database:
        """Open (creating and migrating if needed) the database at ``url``.

        ``connections``: on PostgreSQL, how many pooled connections to have made by the
        time it is open. A window reads in several threads at once; each new connection
        costs round trips of its own, better paid while the database opens (in the
        background of the schema check) than in the middle of a view's load."""
        try:
            parsed = parse_database_url(url)
            _prepare_sqlite_file(
                parsed.database if parsed.get_backend_name() == "sqlite" else None, read_only
            )
            engine = make_engine(parsed, read_only=read_only)
            warming = None
            if parsed.get_backend_name() == "postgresql":
                _require_reachable(engine, parsed)
                warming = _connect_more(engine, connections)
            backup = ensure_latest_schema(engine, read_only=read_only)
            if warming is not None:
                warming.join(CONNECT_TIMEOUT_SECONDS)
        except DatabaseUrlError as exc:
            raise DatabaseUnavailable(str(exc), exit_code=2) from exc
        except SchemaError as exc:
            locked = "locked" in str(exc)
            raise DatabaseUnavailable(str(exc), exit_code=5 if locked else 4) from exc
        except (OperationalError, DBAPIError) as exc:
            message = _driver_message(exc)
            if "locked" in message:
                raise DatabaseUnavailable(BUSY, exit_code=5, numbers={"case": "busy"}) from exc
            raise DatabaseUnavailable(f"cannot open the database: {message}") from exc
        database = cls(engine, read_only=read_only, actor=actor)
        database.backup_made = backup
        return database

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @cached_property
    def actor(self) -> str:
        """Who is acting: the database login on PostgreSQL, the OS user on SQLite."""
        if self._actor:
            return self._actor
        if self.is_sqlite:
            return default_actor()
        # The login comes with the role, read once: no round trip of its own.
        return permissions.team_member(self).login

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read: never takes SQLite's write lock; on PostgreSQL, no transaction at all.

        Across a network every exchange with the server costs a round trip, and a read
        in a transaction pays two more than its queries (``BEGIN`` and ``COMMIT``). A
        read that must see one state across several tables asks for them together
        (``store.batch.read_together``: one statement), so PostgreSQL reads run in
        autocommit, each statement its own snapshot."""
        with Session(self._reading_engine) as session:
            with session.begin():
                yield session

    @cached_property
    def _reading_engine(self) -> Engine:
        if self.is_sqlite:
            return self.engine.execution_options(reading=True)
        return self.engine.execution_options(reading=True, isolation_level="AUTOCOMMIT")

    @contextmanager
    def writing(self, needs: str = permissions.ASM) -> Iterator[Session]:
        """One write transaction; commits on success, rolls back on any error.

        ``needs`` is the least team role allowed to make this change (tam, asm, admin);
        the user's role is checked before the transaction begins.
        """
        if self.read_only:
            raise NotAllowed(
                "the database is open read only; nothing can be changed",
                {"case": "opened_read_only"},
            )
        permissions.require(self, needs)
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                with session.begin():
                    yield session
            except StaleDataError as exc:
                raise Conflict() from exc
            except (OperationalError, DBAPIError) as exc:
                raise _translate_write_error(exc) from exc

    def write(self, use_case: Callable[[Session], T], needs: str = permissions.ASM) -> T:
        """Run ``use_case`` in one write transaction, retrying when another user raced it."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self.writing(needs) as session:
                    return use_case(session)
            except DatabaseBusy:
                raise
            except Conflict:
                if attempt == WRITE_ATTEMPTS:
                    raise
                # Jittered, growing pauses: writers that met once do not meet again in step.
                time.sleep(random.uniform(0.02, 0.06) * 2**attempt)
        raise AssertionError("unreachable")


def _connect_more(engine: Engine, count: int) -> threading.Thread | None:
    """Have ``count`` pooled connections, made in a background thread (see open)."""
    if count < 2:
        return None  # the one made to see that the server is reachable

    def connect() -> None:
        with contextlib.ExitStack() as held:
            with contextlib.suppress(OperationalError, DBAPIError):
                for _ in range(count):  # held together: the pool keeps that many
                    held.enter_context(engine.connect())

    thread = threading.Thread(target=connect, name="connect-more", daemon=True)
    thread.start()
    return thread


def _require_reachable(engine: Engine, url: URL) -> None:
    """A server that cannot be reached is its own problem (exit 7), not a bad file."""
    try:
        with engine.connect():
            pass
    except (OperationalError, DBAPIError) as exc:
        where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
        raise DatabaseUnavailable(
            f"cannot reach the database {where}: {_driver_message(exc)}", exit_code=UNREACHABLE
        ) from exc


def _translate_write_error(exc: DBAPIError) -> Exception:
    message = _driver_message(exc)
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate == LOCK_TIMEOUT_SQLSTATE or "database is locked" in message:
        return DatabaseBusy(BUSY, {"case": "busy"})
    if sqlstate in RETRYABLE_SQLSTATES:
        return Conflict()
    if sqlstate == "42501" or "permission denied" in message:
        return NotAllowed(f"not allowed for this user: {message}")
    if "readonly database" in message or "read-only transaction" in message:
        return NotAllowed("the database is read only for this user", {"case": "read_only_for_user"})
    if sqlstate == "22021" or "cannot contain NUL" in message:
        return InvalidInput("a text contains a NUL character, which cannot be stored")
    if sqlstate == "22001":  # a value longer than its column (typed, or from a form)
        return InvalidInput(f"a text is longer than its field allows ({message})")
    if sqlstate == "23P01" or "expert double-booked" in message:
        # The database's own guard caught a booking that raced ours past the service check.
        raced = "the expert was booked at that time by someone else a moment ago"
        return RuleRefusal("expert_clash", raced, [of_refusal("expert_clash", raced, case="raced")])
    return exc


def _driver_message(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc)
    return text_.strip().splitlines()[0] if text_.strip() else type(exc).__name__


def _prepare_sqlite_file(database: str | None, read_only: bool) -> None:
    """Make the folder for a new SQLite file, and give clear messages for unusable ones."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.is_dir():
        raise DatabaseUnavailable(f"{path} is a folder, not a database file")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseUnavailable(f"cannot read {path}: permission denied")
        # No write bit at all means "keep this as it is", even for an administrator who
        # could write it anyway.
        if not read_only and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
            raise DatabaseUnavailable(
                f"{path} is read only; to look at it without changing it, add --read-only",
                exit_code=6,
            )
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseUnavailable(f"{path} is not an SQLite database")
        return
    if read_only:
        raise DatabaseUnavailable(f"{path} does not exist (opened read only)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot create {path.parent}: {exc.strerror}") from exc
