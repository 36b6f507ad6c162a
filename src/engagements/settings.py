"""What the command line and the window both read from the environment: today, and the
database to open.

A neutral module below both front doors, so the window does not import the command line
to learn them. It loads neither SQLAlchemy nor Qt: the window reads it before it paints.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from platformdirs import user_data_path

from engagements.errors import InvalidInput

TODAY_VARIABLE = "ENGAGEMENTS_TODAY"  # a fixed today for rehearsals, demos and tests
DATABASE_VARIABLE = "ENGAGEMENTS_DB"  # the database when --db is not given


def today() -> date:
    """The application's idea of today: ENGAGEMENTS_TODAY for rehearsals, else the local date."""
    configured = os.environ.get(TODAY_VARIABLE)
    if not configured:
        return date.today()
    try:
        return date.fromisoformat(configured)
    except ValueError:
        raise InvalidInput(
            f"ENGAGEMENTS_TODAY is not a date in YYYY-MM-DD: {configured!r}", TODAY_VARIABLE
        ) from None


def default_database_url() -> str:
    """An SQLite file in the user's data folder."""
    folder: Path = user_data_path("engagements", appauthor=False)
    return f"sqlite:///{folder / 'engagements.db'}"


def database_named(options: object) -> bool:
    """Whether the user named a database: ``--db`` (``options.db``) or ENGAGEMENTS_DB."""
    return bool(getattr(options, "db", None) or os.environ.get(DATABASE_VARIABLE))


def database_url(options: object) -> str:
    """``--db`` (``options.db``), else ENGAGEMENTS_DB, else the default database."""
    return (
        getattr(options, "db", None) or os.environ.get(DATABASE_VARIABLE) or default_database_url()
    )


def require_existing_folder(url: str) -> None:
    """A database named by the user goes in a folder that exists: a typo in the path must
    not quietly start an empty new database somewhere else. (Only the default database's
    folder, the user's data folder, is made when missing.)

    Read without SQLAlchemy: the window checks this before it paints, and paints before
    the database layer loads."""
    scheme, separator, rest = url.partition(":///")
    name = rest.split("?", 1)[0]
    if (
        scheme not in ("sqlite", "sqlite+pysqlite")
        or not separator
        or not name
        or name == ":memory:"
        or name.startswith("file:")
    ):
        return  # another kind of database, or a URL Database.open will judge
    folder = Path(name).absolute().parent
    if not folder.is_dir():
        raise InvalidInput(
            f"the folder {folder} of the database {name} does not exist; "
            "create it first, or correct the path",
            "db",
        )
