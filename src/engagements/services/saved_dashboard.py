"""The dashboard saved after each load, so the next start can draw it at once.

Computing the dashboard reads every partner's allowance year (most of a second with
10,000 partners), and loading the database layer to do it costs half a second more. While
the database has not changed since, the saved rows are exactly what a fresh computation
would give, so the window draws them first and opens the database behind them.

"Not changed" is exact, not a guess from file times: migration 0006 gives every SQLite
database a revision number that a trigger on every table moves forward in the same
transaction as the change, whichever program makes it. A saved dashboard is used only
for the same file, schema, application version and day, at the same revision, and while
what it is computed from outside the database is untouched (``engagements.inputs``: the
application's version, the plan catalog and holiday data shipped with it, which an
administrator may edit, and the installed workalendar). Only
embedded SQLite files are saved: reading their revision needs nothing but the standard
library (a team database would need the driver and a login first).

Nothing here imports SQLAlchemy or Qt. The file is the user's cache: one JSON file per
database, a small header line and then the rows, written whole (a temporary file renamed
over the old one). A file that is missing, unreadable, damaged or out of date is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from engagements import __version__
from engagements.inputs import inputs_fingerprint
from engagements.services.view_rows import CalendarEntry, DashboardRow
from engagements.store.revision import DatabaseState, database_state, file_state, sqlite_file

if TYPE_CHECKING:
    from engagements.services.database import Database

__all__ = ["DatabaseState", "SavedDashboard", "database_state", "fresh_dashboard",
           "load_saved_dashboard", "save_dashboard", "saved_file", "sqlite_file", "state_of"]

# Raised whenever the saved layout changes, so older files are ignored, not misread.
SAVED_FORMAT = 4
# A saved dashboard of 10,000 partners is about 2 MB; anything far bigger is not ours.
LARGEST_SAVED_BYTES = 64 * 1024 * 1024
FIRST_SCREEN_ROWS = 100  # parsed at once; the rest when first scrolled to, sorted or searched
T = TypeVar("T")

_ROW_FIELDS = tuple(f.name for f in fields(DashboardRow))
_ROW_DATES = {_ROW_FIELDS.index(name) for name in ("year_start", "year_end", "term_end")}
_RISKS = _ROW_FIELDS.index("risks")
_ENTRY_FIELDS = tuple(f.name for f in fields(CalendarEntry))
_ENTRY_DATES = ("first_day", "last_day")
_ENTRY_INSTANTS = ("starts_at", "ends_at")
# The rows' layout: a field added to either kind of row makes older files unreadable.
_LAYOUT = zlib.crc32(",".join((*_ROW_FIELDS, "|", *_ENTRY_FIELDS)).encode())
CACHE_FOLDER_VARIABLE = "ENGAGEMENTS_CACHE_DIR"  # another folder for the saved dashboards


@dataclass(frozen=True)
class SavedDashboard:
    """A dashboard as it was saved; ``rows`` are made into ``DashboardRow`` when read."""

    rows: Sequence[DashboardRow]
    upcoming: Sequence[CalendarEntry]
    at_risk: int
    saved_at: datetime
    state: DatabaseState  # of the database when it was saved


def saved_file(database: Path) -> Path:
    """Where the dashboard of ``database`` is kept: the user's cache folder."""
    from platformdirs import user_cache_path

    # The name only spreads databases apart; the header inside says which file it is for.
    name = f"{database.stem[:40]}-{zlib.crc32(str(database).encode()):08x}.json"
    chosen = os.environ.get(CACHE_FOLDER_VARIABLE)
    folder = Path(chosen) if chosen else user_cache_path("engagements", appauthor=False)
    return folder / "dashboards" / name


def load_saved_dashboard(url: str, today: date) -> SavedDashboard | None:
    """The saved dashboard of this database for ``today``, if nothing has changed since.

    Only the first screenful of partners and the header are read at once; the rest of
    the rows are parsed when first asked for (a screenshot never asks)."""
    state = database_state(url)
    if state is None:
        return None
    try:
        with saved_file(state.file).open("rb") as stream:
            header = json.loads(stream.readline(4096))
            expected = _header(state, today)
            if {key: header.get(key) for key in expected} != expected:
                return None
            body = stream.read(LARGEST_SAVED_BYTES + 1)
        if len(body) > LARGEST_SAVED_BYTES or zlib.crc32(body) != header["crc32"]:
            return None  # damaged (or cut short): the parts below could not be trusted
        counts, first_rows, first_upcoming, other_rows, other_upcoming = body.split(b"\n")
        row_count, upcoming_count, at_risk = json.loads(counts)
        rows, upcoming = json.loads(first_rows), json.loads(first_upcoming)
        if not (_well_formed(rows, len(_ROW_FIELDS), row_count)
                and _well_formed(upcoming, len(_ENTRY_FIELDS), upcoming_count)):
            return None
        return SavedDashboard(_ReadWhenAsked(row_count, rows, other_rows, _row),
                              _ReadWhenAsked(upcoming_count, upcoming, other_upcoming, _entry),
                              int(at_risk), datetime.fromisoformat(header["saved_at"]), state)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None  # missing, damaged or not ours: compute afresh


def fresh_dashboard(db: Database, today: date, calendar_code: str, upcoming_days: int
                    ) -> tuple[list[DashboardRow], list[CalendarEntry]]:
    """Every partner's row and the engagements of the next ``upcoming_days`` days,
    computed now and, for an embedded database, saved for the next start."""
    from engagements.services.calendar_view import calendar_range
    from engagements.services.dashboard import dashboard_rows

    # The revision is read before the rows: a change made meanwhile leaves the saved copy
    # older than the database (ignored at the next start), never wrong.
    state = state_of(db)
    last = today + timedelta(days=upcoming_days - 1)
    if db.is_sqlite:
        rows = dashboard_rows(db, today)
        upcoming = calendar_range(db, today, last, calendar_code).entries
    else:
        # Across a network most of each read is waiting for the server: the upcoming
        # engagements are read on a second connection while the rows are.
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1) as other:
            coming = other.submit(calendar_range, db, today, last, calendar_code)
            rows = dashboard_rows(db, today)
            upcoming = coming.result().entries
    if state is not None:
        save_dashboard(state, today, rows, upcoming)
    return rows, upcoming


def save_dashboard(state: DatabaseState, today: date, rows: Sequence[DashboardRow],
                   upcoming: Sequence[CalendarEntry]) -> Path | None:
    """Keep this dashboard for the next start; returns the file, or None if it could not
    be written (a full disk or a read-only cache only costs the next start its speed).

    Layout: a header line (what the file is for, and a CRC of all after it), then one
    line each for the counts, the first screenful of partners, the first screenful of
    upcoming engagements, the other partners and the other engagements."""
    import tempfile

    raw_rows = [_raw_row(row) for row in rows]
    raw_upcoming = [_raw_entry(entry) for entry in upcoming]
    counts = [len(raw_rows), len(raw_upcoming), sum(1 for row in rows if row.risks)]
    body = "\n".join(json.dumps(part, ensure_ascii=False, separators=(",", ":")) for part in (
        counts, raw_rows[:FIRST_SCREEN_ROWS], raw_upcoming[:FIRST_SCREEN_ROWS],
        raw_rows[FIRST_SCREEN_ROWS:], raw_upcoming[FIRST_SCREEN_ROWS:])).encode()
    header = _header(state, today) | {"saved_at": datetime.now().astimezone().isoformat(),
                                      "crc32": zlib.crc32(body)}
    target = saved_file(state.file)
    scratch: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=target.parent, suffix=".saving")
        with os.fdopen(handle, "wb") as stream:
            stream.write(json.dumps(header).encode() + b"\n")
            stream.write(body)
        os.replace(scratch, target)
    except OSError:
        if scratch is not None:  # a full disk, or another start holding the old file
            with contextlib.suppress(OSError):
                os.unlink(scratch)
        return None
    return target


def state_of(db: Database) -> DatabaseState | None:
    """The state of an open database's file; None for PostgreSQL or a memory database."""
    name = db.engine.url.database
    if not db.is_sqlite or not name or name == ":memory:":
        return None
    return file_state(Path(name))  # the path itself: a rendered URL escapes characters


def _well_formed(values: object, width: int, count: object) -> bool:
    """A list of rows of ``width`` values, no longer than the saved ``count``."""
    return (isinstance(values, list) and isinstance(count, int) and len(values) <= count
            and all(type(value) is list and len(value) == width for value in values))


def _header(state: DatabaseState, today: date) -> dict[str, Any]:
    return {"format": SAVED_FORMAT, "layout": _LAYOUT, "application": __version__,
            "inputs": inputs_fingerprint(), "database": str(state.file),
            "schema": state.schema, "revision": state.revision, "stamp": state.stamp,
            "today": today.isoformat()}


def _raw_row(row: DashboardRow) -> list[Any]:
    values: list[Any] = [getattr(row, name) for name in _ROW_FIELDS]
    for position in _ROW_DATES:
        values[position] = values[position].isoformat()
    values[_RISKS] = list(row.risks)
    return values


def _row(raw: list[Any]) -> DashboardRow:
    values = list(raw)
    for position in _ROW_DATES:
        values[position] = date.fromisoformat(values[position])
    values[_RISKS] = tuple(values[_RISKS])
    return DashboardRow(*values)


def _raw_entry(entry: CalendarEntry) -> list[Any]:
    values = [getattr(entry, name) for name in _ENTRY_FIELDS]
    return [value.isoformat() if isinstance(value, date) else value for value in values]


def _entry(raw: list[Any]) -> CalendarEntry:
    values = dict(zip(_ENTRY_FIELDS, raw, strict=True))
    for name in _ENTRY_DATES:
        values[name] = date.fromisoformat(values[name])
    for name in _ENTRY_INSTANTS:
        if values[name] is not None:
            values[name] = datetime.fromisoformat(values[name])
    return CalendarEntry(**values)


class _ReadWhenAsked(Sequence[T]):
    """Saved values made into rows one at a time, when first read, and the values after
    the first screenful parsed only when one of them is first read: a window showing
    thirty partners need not build ten thousand before it paints."""

    def __init__(self, length: int, first: list[Any], rest: bytes,
                 make: Callable[[Any], T]) -> None:
        self._length, self._raw, self._rest, self._make = length, first, rest, make
        self._made: dict[int, T] = {}

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, position: int) -> T: ...

    @overload
    def __getitem__(self, position: slice) -> list[T]: ...

    def __getitem__(self, position: int | slice) -> T | list[T]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(self._length))]
        if position < 0:
            position += self._length
        if not 0 <= position < self._length:
            raise IndexError(position)
        made = self._made.get(position)
        if made is None:
            if position >= len(self._raw):
                # Written by save_dashboard and checked by its CRC: parses as saved.
                self._raw = self._raw + json.loads(self._rest)
                self._rest = b"[]"
            made = self._made[position] = self._make(self._raw[position])
        return made

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(self._length))
