"""What every command shares: value parsers, opening the database, output.

Today and the database URL come from ``engagements.settings``, shared with the window."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from engagements.domain.bounds import PLANNABLE_DATES
from engagements.settings import database_named, database_url, require_existing_folder

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
            f"({first.isoformat()} to {last.isoformat()})"
        )


def parse_datetime(text: str) -> datetime:
    """An ISO 8601 date and time, with an offset or without (then read in a zone later)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date and time (e.g. 2026-12-01T10:00+08:00): {text!r}"
        ) from None
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


def open_database(args: argparse.Namespace) -> Database:
    from engagements.services.database import Database

    url = database_url(args)
    if database_named(args):
        require_existing_folder(url)
    database = Database.open(url, read_only=bool(getattr(args, "read_only", False)))
    opened = getattr(args, "opened_databases", None)
    if opened is not None:  # closed when the command ends (cli.main.run_handler)
        opened.append(database)
    return database


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


def fail(args: argparse.Namespace, code: int, error: str, reason: str, **extra: Any) -> int:
    """Report a refusal: one line on stderr; with --json also the object on stdout."""
    print(f"engagements: {reason}", file=sys.stderr)
    if getattr(args, "json", False):
        print(
            json.dumps(
                plain({"error": error, "reason": reason, **extra, "exit_code": code}),
                ensure_ascii=False,
            )
        )
    return code
