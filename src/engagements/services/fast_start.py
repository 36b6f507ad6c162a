"""The fast start, behind one door: the dashboard saved after each load, drawn by the
next start before (SQLite) or as soon as (PostgreSQL) the database is open.

Computing the dashboard reads every partner's allowance year (most of a second with
10,000 partners), and loading the database layer to do it costs half a second more. While
the database has not changed since, the saved rows are what a fresh computation would
give, so the window draws them first.

The window knows this module through ``FastStart`` alone: ``dashboard_before_opening``
(a painted dashboard or nothing), ``dashboard_once_open`` (called off the GUI thread once
the database is open) and ``data_may_have_changed`` (after edits, to save it again). The
unit of work, the migrations and the window know nothing else about it.

When is a saved dashboard current? It is saved with the database's *revision* read
BEFORE the rows are computed, and used only for the same database (the file, or the
server URL without its password, login included), schema, application version and day,
at the same revision, and while what it is computed from outside the database is
untouched (``engagements.inputs``: the application's version, the plan catalog and
holiday data, the installed workalendar).

- SQLite (migration 0006): a trigger on every table moves ``data_revision`` forward in the
  same transaction as the change, whichever program makes it. A change committed after
  the revision was read moves it past the saved one; a change committed before is in the
  rows. The saved dashboard is *exact*: the window does not read it again. Reading the
  revision needs nothing but the standard library, so the window draws the dashboard
  before it loads the database layer.
- PostgreSQL (migration 0010): a SEQUENCE that statement-level triggers on every table
  move with ``nextval`` (never blocking another team member's write, never rolled back).
  Before the database is open a start draws the copy saved last for this database today,
  at whatever revision it was saved: reading the revision first meant loading the driver
  and connecting (a tenth of a second on loopback, a quarter across a 50 ms link), and a
  team member's start then lagged a single user's by half again. The copy is marked as
  saved at its time until checked (the window says so). Once the database is open, the
  statement that looks up the login's role carries the revision (no round trip of its
  own): a copy saved at that revision is kept and read again behind it; any other is
  replaced by the live dashboard, read at once.
  Exactness: a save reads the revision R, then computes the rows from a later snapshot;
  the copy counts as current while the revision is still R. A write committed before the
  snapshot is in the rows. A write that draws its number after R was read leaves the
  revision above R, so the copy is replaced. What is left is a write that drew its number
  before R was read and commits after the snapshot: ``nextval`` runs before its
  transaction commits, so the copy then carries R without that write. Reading R before
  the rows makes every other case safe (a concurrent write can only make the copy look
  older, never newer); for that one case the copy is not *exact*: the window always
  reads the live dashboard behind it and replaces it if it differs. The dashboard is the
  same for every role, so the copy is kept per database URL (without the password; the
  login is in it), not per role.

Nothing here imports SQLAlchemy or Qt. The file is the user's cache: one JSON file per
database, a small header line and then the rows, written whole (a temporary file renamed
over the old one). A file that is missing, unreadable, damaged or out of date is ignored
(and, unless simply missing, logged).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload
from weakref import WeakSet

from engagements import __version__
from engagements.collector import collector_waiting
from engagements.inputs import inputs_fingerprint
from engagements.services.view_rows import CalendarEntry, DashboardRow, needs_expert
from engagements.store.revision import file_state, server_key, server_name, sqlite_file

if TYPE_CHECKING:
    from engagements.services.database import Database

__all__ = [
    "FastStart",
    "FreshDashboard",
    "Revision",
    "SavedDashboard",
    "compute_dashboard",
    "fresh_dashboard",
    "prepare_team_dashboard",
    "saved_file",
]

log = logging.getLogger(__name__)

# Raised whenever the saved layout changes, so older files are ignored, not misread.
SAVED_FORMAT = 6
# A saved dashboard of 10,000 partners is about 2 MB; anything far bigger is not ours.
LARGEST_SAVED_BYTES = 64 * 1024 * 1024
FIRST_SCREEN_ROWS = 100  # parsed at once; the rest when first scrolled to, sorted or searched
T = TypeVar("T")

_ROW_FIELDS = DashboardRow._fields
_ROW_DATES = {_ROW_FIELDS.index(name) for name in ("year_start", "year_end", "term_end")}
_RISKS = _ROW_FIELDS.index("risks")
_ENTRY_FIELDS = tuple(f.name for f in fields(CalendarEntry))
_ENTRY_DATES = ("first_day", "last_day")
_ENTRY_INSTANTS = ("starts_at", "ends_at")
# The rows' layout: a field added to either kind of row makes older files unreadable.
_LAYOUT = zlib.crc32(",".join((*_ROW_FIELDS, "|", *_ENTRY_FIELDS)).encode())
CACHE_FOLDER_VARIABLE = "ENGAGEMENTS_CACHE_DIR"  # another folder for the saved dashboards


@dataclass(frozen=True)
class Revision:
    """Which database, and how far its changes have gone (see the module's docstring)."""

    database: str  # the file, or the server's URL without its password
    number: str  # schema and revision, as the database reports them
    exact: bool  # moved in the writing transaction (SQLite); else read again after painting


@dataclass(frozen=True)
class SavedDashboard:
    """A dashboard as it was saved; ``rows`` are made into ``DashboardRow`` when read."""

    rows: Sequence[DashboardRow]
    upcoming: Sequence[CalendarEntry]
    at_risk: int  # partners with a risk
    unstaffed: int  # upcoming IEM events without an expert (view_rows.needs_expert)
    saved_at: datetime
    revision: Revision  # of the database, read before the rows were computed

    @property
    def exact(self) -> bool:
        """Whether it is what the database holds now; if not, it is read again."""
        return self.revision.exact


class FastStart:
    """The one door between a start and the saved dashboard of ``url``."""

    def __init__(self, url: str, today: date) -> None:
        self.url, self.today = url, today
        self._before: SavedDashboard | None = None
        self._looked = False

    def dashboard_before_opening(self) -> SavedDashboard | None:
        """The saved dashboard, read without the database layer: an embedded file's at
        its revision, read with the standard library; a team database's as it was last
        saved today, whatever its revision (checked once the database is open)."""
        if not self._looked:
            self._looked = True
            revision = _file_revision(sqlite_file(self.url))
            if revision is not None:
                self._before = _load(revision, self.today)
            elif (team := server_key(self.url)) is not None:
                self._before = _load(Revision(team, "", exact=False), self.today, latest=True)
        return self._before

    def dashboard_once_open(self, db: Database) -> SavedDashboard | None:
        """The saved dashboard still current now that ``db`` is open (off the GUI thread):
        the one drawn before opening if the database is still at the revision it was saved
        at, else the one saved at this revision, if any (None: read it)."""
        revision = revision_at_open(db)
        if revision is None:
            return None
        drawn = self.dashboard_before_opening()
        if drawn is not None and drawn.revision == revision:
            return drawn
        return None if drawn is not None else _load(revision, self.today)

    def data_may_have_changed(self, db: Database, calendar_code: str) -> None:
        """Save the dashboard again after edits (off the GUI thread), so the next start
        can still draw it. Only for an embedded file: on a team database other members'
        writes move the revision anyway, and the server would compute it for nothing."""
        if db.is_sqlite:
            from engagements.services.dashboard import UPCOMING_DAYS

            fresh_dashboard(db, self.today, calendar_code, UPCOMING_DAYS)


def saved_file(database: Path | str) -> Path:
    """Where the dashboard of ``database`` (a file, or a server URL) is kept: the user's
    cache folder."""
    from platformdirs import user_cache_path

    # The name only spreads databases apart; the header inside says which one it is for.
    stem = Path(database).stem if isinstance(database, Path) else "team"
    name = f"{stem[:40]}-{zlib.crc32(str(database).encode()):08x}.json"
    chosen = os.environ.get(CACHE_FOLDER_VARIABLE)
    folder = Path(chosen) if chosen else user_cache_path("engagements", appauthor=False)
    return folder / "dashboards" / name


def revision_at_open(db: Database) -> Revision | None:
    """The revision of an open database: the file's now (SQLite), or the one the server
    reported with the login's role (PostgreSQL, no round trip of its own)."""
    name = db.engine.url.database
    if db.is_sqlite:
        if not name or name == ":memory:":
            return None
        return _file_revision(Path(name))  # the path itself: a rendered URL escapes characters
    from engagements.services.permissions import team_member

    return _server_revision(db, team_member(db).data_revision)


_OPEN_REVISION_USED: WeakSet[Database] = WeakSet()


def _revision_before_computing(db: Database) -> Revision | None:
    if db.is_sqlite or db not in _OPEN_REVISION_USED:
        _OPEN_REVISION_USED.add(db)
        return revision_at_open(db)
    from engagements.store.revision import server_revision

    try:
        return _server_revision(db, server_revision(db.engine))
    except Exception:  # noqa: BLE001  (only a speed-up: say why, never stop the load)
        log.warning("could not read the team database's revision", exc_info=True)
        return None


def _server_revision(db: Database, number: str | None) -> Revision | None:
    url = db.engine.url
    return _team_revision(server_name(url.username, url.host, url.port, url.database), number)


def _team_revision(name: str, number: str | None) -> Revision | None:
    if not number or "/-/" in number:  # no sequence: older schema, or not ours
        return None
    return Revision(name, number, exact=False)


def _file_revision(path: Path | None) -> Revision | None:
    state = None if path is None else file_state(path)
    if state is None:
        return None
    return Revision(str(state.file), f"{state.schema}/{state.revision}/{state.stamp}", exact=True)


def _load(revision: Revision | None, today: date, latest: bool = False) -> SavedDashboard | None:
    """The saved dashboard of this database for ``today``, if saved at ``revision`` (or,
    with ``latest``, at whatever revision it was last saved: the copy then carries that).

    Only the first screenful of partners and the header are read at once; the rest of
    the rows are parsed when first asked for (a screenshot never asks)."""
    if revision is None:
        return None
    target = saved_file(Path(revision.database) if revision.exact else revision.database)
    try:
        with target.open("rb") as stream:
            header = json.loads(stream.readline(4096))
            if latest and isinstance(header.get("revision"), str):
                revision = replace(revision, number=header["revision"])
            expected = _header(revision, today)
            if {key: header.get(key) for key in expected} != expected:
                return None  # another day or revision: out of date, nothing wrong
            body = stream.read(LARGEST_SAVED_BYTES + 1)
        if len(body) > LARGEST_SAVED_BYTES or zlib.crc32(body) != header["crc32"]:
            log.warning("saved dashboard %s is damaged or cut short; computing afresh", target)
            return None
        # Five lines; the last two (all but the first screenful, most of the file) stay
        # where they are, in ``body``, until first read.
        counts, first_rows, first_upcoming, other_rows, other_upcoming = _lines(body, 5)
        row_count, upcoming_count, at_risk, unstaffed = json.loads(body[counts])
        rows, upcoming = json.loads(body[first_rows]), json.loads(body[first_upcoming])
        if not (
            _well_formed(rows, len(_ROW_FIELDS), row_count)
            and _well_formed(upcoming, len(_ENTRY_FIELDS), upcoming_count)
        ):
            log.warning("saved dashboard %s is not in the expected layout; ignored", target)
            return None
        return SavedDashboard(
            _ReadWhenAsked(row_count, rows, body, other_rows, _row),
            _ReadWhenAsked(upcoming_count, upcoming, body, other_upcoming, _entry),
            int(at_risk),
            int(unstaffed),
            datetime.fromisoformat(header["saved_at"]),
            revision,
        )
    except FileNotFoundError:
        return None  # never saved (a first start, or a new cache folder)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        log.warning("saved dashboard %s could not be read; computing afresh", target, exc_info=True)
        return None


def _lines(body: bytes, count: int) -> list[slice]:
    """Where each of ``count`` lines of ``body`` lies (ValueError if it has more or fewer),
    without copying them."""
    ends = [-1]
    for _ in range(count - 1):
        ends.append(body.index(b"\n", ends[-1] + 1))
    if body.find(b"\n", ends[-1] + 1) != -1:
        raise ValueError(f"more than {count} lines")
    ends.append(len(body))
    return [slice(start + 1, end) for start, end in zip(ends, ends[1:], strict=False)]


@dataclass(frozen=True)
class FreshDashboard:
    """A dashboard just computed, with the revision it was computed at (None: the
    database cannot say, and it is not saved)."""

    rows: list[DashboardRow]
    upcoming: list[CalendarEntry]
    revision: Revision | None
    today: date

    def save(self) -> Path | None:
        """Keep it for the next start (see ``save_dashboard``)."""
        if self.revision is None:
            return None
        with collector_waiting():
            return save_dashboard(self.revision, self.today, self.rows, self.upcoming)


def fresh_dashboard(
    db: Database, today: date, calendar_code: str, upcoming_days: int
) -> tuple[list[DashboardRow], list[CalendarEntry]]:
    """Every partner's row and the engagements of the next ``upcoming_days`` days,
    computed now and saved for the next start."""
    computed = compute_dashboard(db, today, calendar_code, upcoming_days)
    computed.save()
    return computed.rows, computed.upcoming


def compute_dashboard(
    db: Database, today: date, calendar_code: str, upcoming_days: int
) -> FreshDashboard:
    """The dashboard computed now, not yet saved: the window shows it first and saves
    it a moment later (``FreshDashboard.save``), so the paint never waits for the file."""
    from engagements.services.calendar_view import calendar_range
    from engagements.services.dashboard import dashboard_rows, dashboard_rows_with

    # The revision is read BEFORE the rows: a change made meanwhile leaves the saved copy
    # older than the database (ignored at the next start), never newer. On PostgreSQL the
    # first load after the open uses the one read with the role (no round trip of its
    # own); later loads ask the server again, or their copies would all carry it.
    revision = _revision_before_computing(db)
    last = today + timedelta(days=upcoming_days - 1)
    if db.is_sqlite:
        rows = dashboard_rows(db, today)
        upcoming = calendar_range(db, today, last, calendar_code).entries
    else:
        # Across a network most of each read is waiting for the server: the upcoming
        # engagements are read while the server is still counting the partners' days.
        rows, coming = dashboard_rows_with(
            db, today, lambda: calendar_range(db, today, last, calendar_code)
        )
        upcoming = coming.entries
    return FreshDashboard(rows, upcoming, revision, today)


def prepare_team_dashboard(url: str, today: date, calendar_code: str | None) -> None:
    """Make and compile the statements ``compute_dashboard`` sends to the team database
    at ``url`` today (the default calendar's fortnight unless ``calendar_code``), while
    the database is still opening (see ``store.batch.compile_ahead``)."""
    from sqlalchemy.engine import make_url

    from engagements.services.calendar_view import prepare_team_range
    from engagements.services.dashboard import UPCOMING_DAYS, prepare_team_rows
    from engagements.services.database import load_catalog

    dialect = make_url(url).get_dialect()()
    catalog = load_catalog()
    prepare_team_rows(dialect, catalog, today)
    last = today + timedelta(days=UPCOMING_DAYS - 1)
    prepare_team_range(dialect, today, last, calendar_code or catalog.default_calendar)


def save_dashboard(
    revision: Revision, today: date, rows: Sequence[DashboardRow], upcoming: Sequence[CalendarEntry]
) -> Path | None:
    """Keep this dashboard for the next start; returns the file, or None if it could not
    be written (a full disk or a read-only cache only costs the next start its speed).

    Layout: a header line (what the file is for, and a CRC of all after it), then one
    line each for the counts, the first screenful of partners, the first screenful of
    upcoming engagements, the other partners and the other engagements."""
    import tempfile

    # Rows as tuples of their fields (taken in C), written by orjson: the window saves
    # 10,000 rows after painting them, and the standard library's encoder took the
    # interpreter from the window for a tenth of a second. The text is the same.
    import orjson

    raw_rows = [_row_values(row) for row in rows]
    raw_upcoming = [_entry_values(entry) for entry in upcoming]
    counts = [
        len(raw_rows),
        len(raw_upcoming),
        sum(1 for row in rows if row.risks),
        sum(1 for entry in upcoming if needs_expert(entry)),
    ]
    body = b"\n".join(
        orjson.dumps(part)
        for part in (
            counts,
            raw_rows[:FIRST_SCREEN_ROWS],
            raw_upcoming[:FIRST_SCREEN_ROWS],
            raw_rows[FIRST_SCREEN_ROWS:],
            raw_upcoming[FIRST_SCREEN_ROWS:],
        )
    )
    header = _header(revision, today) | {
        "saved_at": datetime.now().astimezone().isoformat(),
        "crc32": zlib.crc32(body),
    }
    target = saved_file(Path(revision.database) if revision.exact else revision.database)
    scratch: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=target.parent, suffix=".saving")
        with os.fdopen(handle, "wb") as stream:
            stream.write(json.dumps(header).encode() + b"\n")
            stream.write(body)
        os.replace(scratch, target)
    except OSError:
        log.warning(
            "could not save the dashboard to %s; the next start computes it", target, exc_info=True
        )
        if scratch is not None:  # a full disk, or another start holding the old file
            with contextlib.suppress(OSError):
                os.unlink(scratch)
        return None
    return target


def _well_formed(values: object, width: int, count: object) -> bool:
    """A list of rows of ``width`` values, no longer than the saved ``count``."""
    return (
        isinstance(values, list)
        and isinstance(count, int)
        and len(values) <= count
        and all(type(value) is list and len(value) == width for value in values)
    )


def _header(revision: Revision, today: date) -> dict[str, Any]:
    return {
        "format": SAVED_FORMAT,
        "layout": _LAYOUT,
        "application": __version__,
        "inputs": inputs_fingerprint(),
        "database": revision.database,
        "revision": revision.number,
        "today": today.isoformat(),
    }


_row_values = attrgetter(*_ROW_FIELDS)
_entry_values = attrgetter(*_ENTRY_FIELDS)


def _row(raw: list[Any]) -> DashboardRow:
    values = list(raw)
    for position in _ROW_DATES:
        values[position] = date.fromisoformat(values[position])
    values[_RISKS] = tuple(values[_RISKS])
    return DashboardRow(*values)


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

    def __init__(
        self, length: int, first: list[Any], saved: bytes, rest: slice, make: Callable[[Any], T]
    ) -> None:
        self._length, self._raw, self._make = length, first, make
        self._saved: bytes | None = saved  # the file's body; ``rest`` is where the others are
        self._rest = rest
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
                if self._saved is not None:
                    self._raw = self._raw + json.loads(self._saved[self._rest])
                    self._saved = None
            made = self._made[position] = self._make(self._raw[position])
        return made

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(self._length))
