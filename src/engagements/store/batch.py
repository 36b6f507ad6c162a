"""Several reads in one round trip to the server.

Across a network each statement costs a round trip (tens of milliseconds to a server in
another city), whatever it returns. Views read a handful of small, independent result
sets; on PostgreSQL ``read_together`` sends them as one statement,

    SELECT json_build_array((SELECT coalesce(json_agg(json_build_array(t.*…)), '[]')
                             FROM (<first query>) AS t), …)

and takes the answer apart into rows again, with each column's own Python type (dates,
instants, booleans) restored from JSON. One statement is also one snapshot: the result
sets agree with each other, which separate autocommit reads would not promise.

SQLite is in the same process (a "round trip" is a function call), so there each query
runs in the caller's transaction when its rows are first iterated, and its rows stream
one by one (tens of thousands of rows held in lists would keep Python's cyclic garbage
collector busy). Iterate each result once, inside the ``with db.reading()`` block.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import CTE, Select, func, literal_column, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors
from sqlalchemy.types import TypeDecorator, TypeEngine

from engagements.collector import collector_waiting
from engagements.store.pipeline import as_dbapi_error, bound_parameters

Rows = Iterable[tuple[Any, ...]]


def read_together(
    session: Session, queries: Mapping[str, Select[*tuple[Any, ...]]]
) -> dict[str, Rows]:
    """Each query's rows, by the name it was given; one round trip on PostgreSQL."""
    if not queries:
        return {}
    if session.get_bind().dialect.name != "postgresql":
        return {name: _WhenIterated(session, query) for name, query in queries.items()}
    driver = session.connection().connection.driver_connection
    plain, joined = _plain_and_joined(queries)
    if plain and getattr(driver, "autocommit", False):
        return _pipelined(session, driver, queries, plain, joined)
    return _as_one_statement(session, queries)


def compile_ahead(queries: Mapping[str, Select[*tuple[Any, ...]]], dialect: Any) -> None:
    """Compile now, for PostgreSQL's ``dialect``, what ``read_together`` will send for
    ``queries``, so that its first read sends them at once. A team start does it while
    the database opens: the open waits on the network, the interpreter is free, and the
    first read otherwise spent some 40 ms compiling before its first statement left."""
    plain, joined = _plain_and_joined(queries)
    for query in plain.values():
        _compiled(query, dialect)
    if joined:
        _compiled(_one_statement(joined)[0], dialect)


Queries = Mapping[str, Select[*tuple[Any, ...]]]


def _plain_and_joined(queries: Queries) -> tuple[Queries, Queries]:
    """The queries sent as statements of their own, and those that read a WITH table,
    sent together as the one JSON statement (``_shares_a_table``), each in the order
    given."""
    plain = {name: query for name, query in queries.items() if not _shares_a_table(query)}
    joined = {name: query for name, query in queries.items() if name not in plain}
    return plain, joined


def _shares_a_table(query: Select[*tuple[Any, ...]]) -> bool:
    """Whether ``query`` reads a WITH table (``CTE``), which the queries read together
    may share: those stay in the one JSON statement, where the server works it out once."""
    return any(isinstance(element, CTE) for element in visitors.iterate(query))


def _pipelined(
    session: Session,
    driver: Any,
    queries: Queries,
    plain: Queries,
    joined: Queries,
) -> dict[str, Rows]:
    """The queries that read no WITH table sent as statements of their own, and the rest
    as the one JSON statement, all down psycopg's pipeline: one round trip still, in one
    read-only transaction at REPEATABLE READ (one snapshot for all, as one statement
    has). A plain statement's rows come back in the driver's binary format, taken apart
    in C, and the server builds no JSON for them: measured for the dashboard's 10,000
    subscriptions, 8 ms of the client's time instead of 15, and the answer in 13 ms
    instead of 31 to 41."""
    import psycopg

    dialect = session.get_bind().dialect
    cursors: dict[str, tuple[Any, list[Any]]] = {}
    try:
        with as_dbapi_error(), collector_waiting(), driver.pipeline():
            driver.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            for name, query in plain.items():
                sql, parameters, readers = _compiled(query, dialect)
                cursor = driver.cursor(binary=True)
                cursor.execute(sql, parameters)
                cursors[name] = (cursor, readers)
            if joined:
                statement, joined_readers = _one_statement(joined)
                sql, parameters, _ = _compiled(statement, dialect)
                cursor = driver.cursor()
                cursor.execute(sql, parameters)
                cursors[""] = (cursor, joined_readers)
            driver.execute("COMMIT")
        with as_dbapi_error(), collector_waiting():
            found: dict[str, Rows] = {}
            for name, (cursor, readers) in cursors.items():
                if name == "":
                    answer = cursor.fetchone()[0]
                    found.update(
                        (part, _typed_rows(result, columns))
                        for part, columns, result in zip(joined, readers, answer, strict=True)
                    )
                else:
                    found[name] = _typed_rows(cursor.fetchall(), readers)
            return {name: found[name] for name in queries}
    except DBAPIError:
        with contextlib.suppress(psycopg.Error):
            driver.execute("ROLLBACK")  # a refused statement leaves the transaction failed
        raise


# A statement sent again (the dashboard's are made once a day) is not compiled again:
# SQLAlchemy's own cache serves only the statements it executes itself.
_COMPILED: WeakKeyDictionary[Select[Any], tuple[str, dict[str, Any], list[Any]]] = (
    WeakKeyDictionary()
)
_compiling = threading.Lock()


def _compiled(
    query: Select[*tuple[Any, ...]], dialect: Any
) -> tuple[str, dict[str, Any], list[Any]]:
    """The SQL text of ``query``, its parameters and its columns' readers."""
    found = _COMPILED.get(query)
    if found is None:
        compiled = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        found = (
            str(compiled),
            bound_parameters(compiled),
            [_driver_reader(column.type) for column in query.selected_columns],
        )
        with _compiling:
            _COMPILED[query] = found
    return found


def _driver_reader(column_type: TypeEngine[Any]) -> Any:
    if not isinstance(column_type, TypeDecorator):
        return None
    process = column_type.process_result_value
    return lambda value: process(value, None)  # type: ignore[arg-type]


def _one_statement(
    queries: Mapping[str, Select[*tuple[Any, ...]]],
) -> tuple[Select[Any], list[list[Any]]]:
    """The queries as one statement returning a JSON array of each one's rows, with the
    readers of each one's columns; made once for the same queries (a statement is
    immutable: the dashboard's, made once a day, are sent again as they are)."""
    key = tuple(queries.items())
    with _compiling:
        found = _ONE_STATEMENTS.get(key)
        if found is not None:
            _ONE_STATEMENTS.move_to_end(key)
            return found
    found = _made_one_statement(queries)
    with _compiling:
        _ONE_STATEMENTS[key] = found
        while len(_ONE_STATEMENTS) > 32:
            _ONE_STATEMENTS.popitem(last=False)
    return found


_ONE_STATEMENTS: OrderedDict[tuple[Any, ...], tuple[Select[Any], list[list[Any]]]] = OrderedDict()


def _made_one_statement(
    queries: Mapping[str, Select[*tuple[Any, ...]]],
) -> tuple[Select[Any], list[list[Any]]]:
    parts: list[Any] = []
    readers: list[list[Any]] = []
    for name in queries:
        query, numbered = _numbered(queries[name])
        rows = query.subquery(f"rows_{len(parts)}")
        columns = list(rows.c)
        if numbered:  # the aggregate keeps the query's order by its row numbers
            *columns, position = columns
            rows_as_json = func.json_agg(
                aggregate_order_by(func.json_build_array(*columns), position)
            )
        else:
            rows_as_json = func.json_agg(func.json_build_array(*columns))
        parts.append(
            select(func.coalesce(rows_as_json, literal_column("'[]'::json")))
            .select_from(rows)
            .scalar_subquery()
        )
        readers.append([_reader(column.type) for column in columns])
    return select(func.json_build_array(*parts)), readers


def _as_one_statement(
    session: Session, queries: Mapping[str, Select[*tuple[Any, ...]]]
) -> dict[str, Rows]:
    statement, readers = _one_statement(queries)
    with collector_waiting():  # the answer is tens of thousands of lists, all kept
        answer = session.connection().execute(statement).scalar_one()
        return {
            name: _typed_rows(result, columns)
            for name, columns, result in zip(queries, readers, answer, strict=True)
        }


def _numbered(query: Select[*tuple[Any, ...]]) -> tuple[Select[*tuple[Any, ...]], bool]:
    """The query with each row's place in its ORDER BY as a last column, when it has one.

    PostgreSQL only "usually" keeps a sorted subquery's order through an aggregate; a
    history page or a pick list must come back in its order, so the aggregate is ordered
    by these numbers. A DISTINCT query is left as it is (a numbered row is never a
    duplicate); its ORDER BY columns are its own, and the plain aggregate over the sorted
    subquery keeps them in order in practice.
    """
    order = list(query._order_by_clauses)  # no public accessor in SQLAlchemy 2.0
    if not order or query._distinct:
        return query, False
    return query.add_columns(func.row_number().over(order_by=order)), True


def _typed_rows(result: Sequence[Sequence[Any]], readers: list[Any]) -> list[tuple[Any, ...]]:
    """Rows as tuples, each column converted only where its type needs it (the JSON
    statement's rows by ``_reader``, a plain statement's by ``_driver_reader``).

    The dashboard takes apart some hundred thousand values: the rows are turned into
    columns and back by ``zip`` and a column without None is converted by ``map``, loops
    that run in C, where a Python loop over every row and column took three times as
    long."""
    if not result:
        return []
    converted = [(position, read) for position, read in enumerate(readers) if read is not None]
    if not converted:
        return list(map(tuple, result))
    columns: list[Any] = list(zip(*result, strict=True))
    for position, read in converted:
        column = columns[position]
        if None in column:
            columns[position] = [None if value is None else read(value) for value in column]
        else:
            columns[position] = map(read, column)
    return list(zip(*columns, strict=True))


class _WhenIterated:
    """A query run when its rows are first asked for, streamed row by row."""

    def __init__(self, session: Session, query: Select[*tuple[Any, ...]]) -> None:
        self._session, self._query = session, query

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return (tuple(row) for row in self._session.connection().execute(self._query))


def _reader(column_type: TypeEngine[Any]) -> Any:
    """What turns a JSON value (never None) back into what the driver would have given
    for this column; None where the JSON value already is that."""
    decorator = column_type if isinstance(column_type, TypeDecorator) else None
    base = decorator.impl_instance if decorator is not None else column_type
    try:
        python_type: type | None = base.python_type
    except NotImplementedError:
        python_type = None
    convert = _FROM_JSON.get(python_type) if python_type is not None else None
    if decorator is None:
        return convert
    process = decorator.process_result_value
    if convert is None:
        return lambda value: process(value, None)  # type: ignore[arg-type]
    return lambda value: process(convert(value), None)  # type: ignore[arg-type]


_FROM_JSON: dict[type, Any] = {
    date: date.fromisoformat,
    datetime: datetime.fromisoformat,
    time: time.fromisoformat,
    Decimal: lambda value: Decimal(str(value)),
}
