"""The benchmark data in PostgreSQL: the same partners and engagements as the SQLite
benchmark file, copied row for row into a database kept on the server, and a fresh copy
of it (``CREATE DATABASE … TEMPLATE``) for each run, so a benchmark that writes never
changes what the next one reads."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from perf_database import BenchmarkDatabase
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

PG_URL_VARIABLES = ("ENGAGEMENTS_BENCH_PG_URL", "ENGAGEMENTS_TEST_PG_URL")
BATCH_ROWS = 5000


def server_url() -> str | None:
    """The PostgreSQL server to measure on, or None (the team figures are then skipped)."""
    for variable in PG_URL_VARIABLES:
        if os.environ.get(variable):
            return (
                make_url(os.environ[variable])
                .set(drivername="postgresql+psycopg")
                .render_as_string(hide_password=False)
            )
    return None


def _admin(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url, isolation_level="AUTOCOMMIT")


def loaded_database(url: str, source: BenchmarkDatabase) -> str:
    """The kept database holding ``source``'s rows (made now if missing); its URL."""
    name = f"engagements_bench_{source.path.stem.replace('-', '_')}"[:63]
    admin = _admin(url)
    try:
        with admin.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            )
            if not exists:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}_making" WITH (FORCE)'))
                connection.execute(text(f'CREATE DATABASE "{name}_making"'))
    finally:
        admin.dispose()
    target = make_url(url).set(database=name).render_as_string(hide_password=False)
    if not exists:
        making = make_url(url).set(database=f"{name}_making").render_as_string(False)
        _copy(source, making)
        admin = _admin(url)
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}_making" RENAME TO "{name}"'))
        admin.dispose()
    return target


def _copy(source: BenchmarkDatabase, url: str) -> None:
    """Migrate an empty database and copy every table of the SQLite file into it."""
    from engagements.services.database import Database
    from engagements.store.models import Base

    Database.open(url).engine.dispose()  # the schema, its triggers and privileges
    reader = create_engine(source.url)
    writer = create_engine(url)
    try:
        with reader.connect() as read, writer.begin() as write:
            # A copy, not new work: no audit stamping, no revision bumps, no append-only
            # guard for the rows the migration itself wrote (the server's superuser only).
            write.execute(text("SET LOCAL session_replication_role = replica"))
            for table in Base.metadata.sorted_tables:
                if table.name == "alembic_version":
                    continue
                write.execute(table.delete())
                rows = read.execute(select(table)).mappings()
                while batch := rows.fetchmany(BATCH_ROWS):
                    write.execute(table.insert(), [dict(row) for row in batch])
                _follow_sequence(write, table)
        with writer.connect() as connection:
            # Statistics and the visibility map, as a server's autovacuum keeps them for
            # a database in use: without statistics the planner guesses, and without the
            # map an index cannot answer alone (each row is looked up in the table to
            # see whether it is visible). A database just loaded has neither.
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM (ANALYZE)")
            )
    finally:
        reader.dispose()
        writer.dispose()


def _follow_sequence(connection, table) -> None:  # type: ignore[no-untyped-def]
    """Copied ids were given explicitly: move the id sequence past them."""
    for column in table.primary_key.columns:
        if column.autoincrement is True or (
            column.type.python_type is int and len(table.primary_key.columns) == 1
        ):
            sequence = connection.scalar(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            )
            highest = connection.scalar(select(func.max(column)))
            if sequence and highest:
                connection.execute(text("SELECT setval(:s, :v)"), {"s": sequence, "v": highest})


@contextmanager
def fresh_copy(url: str, loaded: str) -> Iterator[str]:
    """A scratch copy of the loaded database for one run; dropped afterwards."""
    template = make_url(loaded).database
    name = f"engagements_bench_run_{uuid.uuid4().hex[:10]}"
    admin = _admin(url)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
