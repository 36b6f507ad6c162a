"""What every command shares: value parsers, the database to use, today, output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_path

from engagements.domain.bounds import PLANNABLE_DATES
from engagements.services.errors import InvalidInput

if TYPE_CHECKING:
    # Imported when a command opens the database: the window paints before SQLAlchemy loads.
    from engagements.services.database import Database


def parse_date(text: str) -> date:
    """A date typed as YYYY-MM-DD (argparse type), within the dates the rules can compute."""
    try:
        if len(text) != 10:
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD: {text!r}") from None
    _require_plannable(day)
    return day


def _require_plannable(day: date) -> None:
    first, last = PLANNABLE_DATES
    if not first <= day <= last:
        raise argparse.ArgumentTypeError(
            f"{day.isoformat()} is outside the dates the rules can compute "
            f"({first.isoformat()} to {last.isoformat()})")


def parse_datetime(text: str) -> datetime:
    """An ISO 8601 date and time, with an offset or without (then read in a zone later)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date and time (e.g. 2026-12-01T10:00+08:00): {text!r}") from None
    _require_plannable(moment.date())
    return moment


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def default_database_url() -> str:
    """An SQLite file in the user's data folder."""
    folder: Path = user_data_path("engagements", appauthor=False)
    return f"sqlite:///{folder / 'engagements.db'}"


def database_url(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or os.environ.get("ENGAGEMENTS_DB") or default_database_url()


def today() -> date:
    """The application's idea of today: ENGAGEMENTS_TODAY for rehearsals, else the local date."""
    configured = os.environ.get("ENGAGEMENTS_TODAY")
    if not configured:
        return date.today()
    try:
        return date.fromisoformat(configured)
    except ValueError:
        raise InvalidInput(f"ENGAGEMENTS_TODAY is not a date in YYYY-MM-DD: {configured!r}",
                           "ENGAGEMENTS_TODAY") from None


def open_database(args: argparse.Namespace) -> Database:
    from engagements.services.database import Database

    url = database_url(args)
    if getattr(args, "db", None) or os.environ.get("ENGAGEMENTS_DB"):
        require_existing_folder(url)
    return Database.open(url, read_only=bool(getattr(args, "read_only", False)))


def require_existing_folder(url: str) -> None:
    """A database named by the user goes in a folder that exists: a typo in the path must
    not quietly start an empty new database somewhere else. (Only the default database's
    folder, the user's data folder, is made when missing.)

    Read without SQLAlchemy: the window checks this before it paints, and paints before
    the database layer loads."""
    scheme, separator, rest = url.partition(":///")
    name = rest.split("?", 1)[0]
    if scheme not in ("sqlite", "sqlite+pysqlite") or not separator or not name \
            or name == ":memory:" or name.startswith("file:"):
        return  # another kind of database, or a URL Database.open will judge
    folder = Path(name).absolute().parent
    if not folder.is_dir():
        raise InvalidInput(f"the folder {folder} of the database {name} does not exist; "
                           "create it first, or correct the path", "db")


def plain(value: Any) -> Any:
    """JSON-ready: dates as YYYY-MM-DD, times as ISO 8601 with offset, dataclasses as objects."""
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value))
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def emit(args: argparse.Namespace, data: dict[str, Any], human: str) -> int:
    """Print the result: one JSON object with --json, a readable line otherwise."""
    if getattr(args, "json", False):
        print(json.dumps(plain(data), ensure_ascii=False, sort_keys=False))
    else:
        print(human)
    return 0


def fail(args: argparse.Namespace, code: int, error: str, reason: str,
         **extra: Any) -> int:
    """Report a refusal: one line on stderr; with --json also the object on stdout."""
    print(f"engagements: {reason}", file=sys.stderr)
    if getattr(args, "json", False):
        print(json.dumps(plain({"error": error, "reason": reason, **extra, "exit_code": code}),
                         ensure_ascii=False))
    return code
