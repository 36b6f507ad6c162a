"""Statements sent to PostgreSQL without waiting for each answer (psycopg's pipeline
mode), inside the caller's write transaction.

A write use case that locks, reads what its rule needs, decides and writes would pay one
round trip per statement, plus ``BEGIN`` and ``COMMIT``. Its locks and reads do not
depend on each other's answers (a subquery names the rows), nor do its writes: so the
locks and reads go in one round trip (with ``BEGIN``), the rule decides in Python, and
the writes go with ``COMMIT`` in a second. The locks are the same row locks, taken in
the same order, as when each statement waits for its answer.

Statements are SQLAlchemy Core, compiled for the session's dialect; answers come back
with each column's own Python type (instants as aware UTC datetimes). A driver error is
raised as SQLAlchemy's ``DBAPIError``, so ``Database.writing`` translates it (a conflict
retried, a lock timeout reported as busy) exactly as for any other write.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable
from sqlalchemy.types import TypeDecorator


class Answer:
    """The rows of one statement sent down the pipeline, read when first asked for."""

    def __init__(self, cursor: Any, readers: list[Any]) -> None:
        self._cursor, self._readers = cursor, readers

    def rows(self) -> list[tuple[Any, ...]]:
        with as_dbapi_error():
            found = self._cursor.fetchall()
        return [
            tuple(read(value) for read, value in zip(self._readers, row, strict=True))
            for row in found
        ]

    def first(self) -> tuple[Any, ...] | None:
        rows = self.rows()
        return rows[0] if rows else None


class Pipeline:
    """Send statements now, read their answers later; ``commit`` ends the transaction
    with the statements still on their way."""

    def __init__(self, session: Session) -> None:
        self._dialect = session.get_bind().dialect
        self._driver: Any = session.connection().connection.driver_connection
        self.committed = False

    def send(self, statement: Executable) -> Answer:
        compiled = statement.compile(  # type: ignore[attr-defined]
            dialect=self._dialect, compile_kwargs={"render_postcompile": True}
        )
        _require_no_python_defaults(statement, compiled.params)
        readers = [_reader(column.type) for column in getattr(statement, "selected_columns", ())]
        cursor = self._driver.cursor()
        with as_dbapi_error(str(compiled)):
            cursor.execute(str(compiled), bound_parameters(compiled))
        return Answer(cursor, readers)

    def commit(self) -> None:
        """End the transaction: ``COMMIT`` follows the statements sent before it."""
        with as_dbapi_error("COMMIT"):
            self._driver.execute("COMMIT")
        self.committed = True


@contextmanager
def pipelined(session: Session) -> Iterator[Pipeline]:
    """A pipeline on the session's connection, in a transaction of its own for the
    ``with`` block: committed by ``Pipeline.commit``, rolled back otherwise.

    psycopg waits for the server at the ``BEGIN`` and ``COMMIT`` it sends itself (it
    must know the transaction's state); sent as plain statements on a connection in
    autocommit they wait for nothing, so ``BEGIN`` shares the first round trip and
    ``COMMIT`` the last. The session must not have used its connection yet."""
    import psycopg

    pipeline = Pipeline(session)
    driver = pipeline._driver
    driver.autocommit = True
    failure: BaseException | None = None
    try:
        with as_dbapi_error(), driver.pipeline():
            driver.execute("BEGIN")
            try:
                yield pipeline
            except BaseException as raised:  # noqa: BLE001 (raised again below)
                # A refusal decided here, or a statement the server refused (a booking
                # that lost the race for its expert: the exclusion constraint): the
                # rollback goes with the pipeline's last sync (after a server error it
                # is skipped, and sent again below). The pipeline is left without the
                # exception in flight, which psycopg would log as an error it ignored,
                # and the exception is raised again once it is closed.
                failure = raised
                with contextlib.suppress(psycopg.Error):
                    driver.execute("ROLLBACK")
            else:
                if not pipeline.committed:
                    driver.execute("ROLLBACK")
    except (psycopg.Error, DBAPIError):
        # The server refused a statement: it skipped the rest, ROLLBACK included, and
        # holds a failed transaction until told to end it.
        with contextlib.suppress(psycopg.Error):
            driver.execute("ROLLBACK")
        if failure is None:
            raise
    finally:
        driver.autocommit = False
    if failure is not None:
        raise failure


def bound_parameters(compiled: Any) -> dict[str, Any]:
    """The parameters as SQLAlchemy would send them: each column type's own conversion
    applied (UTC instants refuse a time without a zone, booleans), as the ORM path does.
    SQLAlchemy 2.0 has no public accessor for a compiled statement's bind processors."""
    processors = compiled._bind_processors
    return {
        name: processors[name](value) if name in processors and value is not None else value
        for name, value in compiled.params.items()
    }


def _require_no_python_defaults(statement: Executable, params: dict[str, Any]) -> None:
    """A column default computed in Python is filled in when SQLAlchemy executes, which
    this bypasses: such values must be given, or the row would get NULL."""
    table = getattr(statement, "table", None)
    if not getattr(statement, "is_insert", False) or table is None:
        return
    for name, value in params.items():
        column = table.columns.get(name)
        if value is None and column is not None and column.default is not None:
            raise ValueError(
                f"{table.name}.{name} has a default computed in Python; "
                "give its value when sending the INSERT down a pipeline"
            )


def _reader(type_: Any) -> Any:
    decorator = type_ if isinstance(type_, TypeDecorator) else None

    def read(value: Any) -> Any:
        if value is None or decorator is None:
            return value
        return decorator.process_result_value(value, None)  # type: ignore[arg-type]

    return read


@contextmanager
def as_dbapi_error(statement: str = "") -> Iterator[None]:
    """The driver's errors raised as SQLAlchemy's ``DBAPIError``, as SQLAlchemy's own
    execution raises them (so ``Database.writing`` and the callers translate them)."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc
