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

from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine

from engagements.collector import collector_waiting

Rows = Iterable[tuple[Any, ...]]


def read_together(
    session: Session, queries: Mapping[str, Select[*tuple[Any, ...]]]
) -> dict[str, Rows]:
    """Each query's rows, by the name it was given; one round trip on PostgreSQL."""
    if not queries:
        return {}
    if session.get_bind().dialect.name != "postgresql":
        return {name: _WhenIterated(session, query) for name, query in queries.items()}
    names = list(queries)
    parts: list[Any] = []
    readers: list[list[Any]] = []
    for name in names:
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
    with collector_waiting():  # the answer is tens of thousands of lists, all kept
        answer = session.connection().execute(select(func.json_build_array(*parts))).scalar_one()
        return {
            name: _typed_rows(result, columns)
            for name, columns, result in zip(names, readers, answer, strict=True)
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


def _typed_rows(result: list[list[Any]], readers: list[Any]) -> list[tuple[Any, ...]]:
    """The JSON rows as tuples, each column converted only where its type needs it.

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
