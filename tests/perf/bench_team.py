"""Benchmark: team mode on PostgreSQL, on loopback and across a link with a 50 ms round
trip, on the same data as the SQLite benchmarks.

Round trips are counted on the wire by a relay between the application and the server
(``tests/team/wire_proxy.py``), so they are exact on any machine; the relay also adds the
link's latency. The issue asked for the latency to come from ``tc netem`` in a network
namespace of our own; where the kernel has no netem (``netem_available`` says why), the
relay's own delay stands in for it, which for a request-and-answer protocol is the same
wait on every exchange.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from perf_database import BENCHMARK_TODAY, BenchmarkDatabase, benchmark_environment
from team_database import fresh_copy, loaded_database, server_url

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "team"))
LINK_ONE_WAY_DELAY = 0.025  # a 50 ms round trip
# The first day the benchmark's bookings fall on (on loopback; across the link it is 25
# days later): a month ahead, inside the terms of the benchmark's partners.
FIRST_BOOKING_DAY = BENCHMARK_TODAY + timedelta(days=30)


def run(database: BenchmarkDatabase) -> dict[str, Any]:
    url = server_url()
    if url is None:
        return {"skipped": "no PostgreSQL server: set ENGAGEMENTS_TEST_PG_URL"}
    started = time.perf_counter()
    loaded = loaded_database(url, database)
    figures: dict[str, Any] = {"load_seconds": round(time.perf_counter() - started, 1)}
    figures.update(netem_available())
    with fresh_copy(url, loaded) as run_url:
        for link, delay in (("loopback", 0.0), ("link_50ms", LINK_ONE_WAY_DELAY)):
            for view, measured in _probe(run_url, delay).items():
                for key, value in measured.items():
                    figures[f"{link}.{view}.{key}"] = value
            for command, measured in commands(run_url, delay, slot=int(delay * 1000)).items():
                for key, value in measured.items():
                    figures[f"{link}.{command}.{key}"] = value
        figures.update(cold_starts(run_url, database))
        figures.update(warm_starts(run_url, database))
    views = ("dashboard", "requests", "calendar", "partners", "sessions")
    figures["max_view_round_trips"] = max(figures[f"loopback.{v}.round_trips"] for v in views)
    # Across the link, statements pipelined without waiting count once (on loopback an
    # answer may come back before the client has sent the next, and count again).
    figures["max_view_round_trips_50ms"] = max(figures[f"link_50ms.{v}.round_trips"] for v in views)
    figures["max_view_seconds_loopback"] = max(figures[f"loopback.{v}.seconds"] for v in views)
    figures["max_view_seconds_50ms"] = max(figures[f"link_50ms.{v}.seconds"] for v in views)
    figures["max_command_round_trips_50ms"] = max(
        figures[f"link_50ms.{c}.round_trips"] for c in ("allowance", "approve", "book")
    )
    return figures


# Each view's seconds are the median of this many probes, each a window of its own: one
# probe on a two-core machine with the server on it swings by a fifth either way.
PROBE_REPEATS = 3


def _probe(url: str, delay: float) -> dict[str, Any]:
    """Each view's figures over ``PROBE_REPEATS`` probes: the median of its seconds, the
    most of its counts (which are the same in every probe unless something is wrong)."""
    import statistics

    probes = [_probe_once(url, delay) for _ in range(PROBE_REPEATS)]
    return {
        view: {
            key: (
                statistics.median(probe[view][key] for probe in probes)
                if key.endswith("seconds")
                else max(probe[view][key] for probe in probes)
            )
            for key in measured
        }
        for view, measured in probes[0].items()
    }


def _probe_once(url: str, delay: float) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(HERE / "team_probe.py"), url, str(delay)],
        check=True,
        capture_output=True,
        text=True,
        env=benchmark_environment(),
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def commands(url: str, delay: float, slot: int = 0) -> dict[str, dict[str, Any]]:
    """Round trips and seconds of the main commands, each from an open database."""
    from wire_proxy import RelayProcess

    from engagements.services.allowance import allowance_summary
    from engagements.services.database import Database

    figures: dict[str, dict[str, Any]] = {}
    with RelayProcess(url, delay) as proxy:
        db = Database.open(proxy.relayed_url)
        try:
            partner_id, request_id, expert_id = _candidates(db)
            allowance_summary(db, partner_id, BENCHMARK_TODAY)  # the pool's connection is made
            work = {
                "allowance": lambda: allowance_summary(db, partner_id, BENCHMARK_TODAY),
                "approve": lambda: _approve(db, request_id),
                "book": lambda: _book(db, partner_id, expert_id, slot),
            }
            for name, action in work.items():
                with proxy.counting() as counts:
                    started = time.perf_counter()
                    outcome = action()
                figures[name] = {
                    "round_trips": counts.round_trips,
                    "seconds": round(time.perf_counter() - started, 3),
                    "outcome": outcome if isinstance(outcome, str) else "done",
                }
        finally:
            db.engine.dispose()
    return figures


def _candidates(db: Any) -> tuple[str, int, str]:
    """An Enterprise partner, one of its waiting requests, and an expert."""
    from sqlalchemy import or_, select

    from engagements.store import models as m

    with db.reading() as session:
        request = session.scalars(
            select(m.IemRequest)
            .where(m.IemRequest.status == "submitted")
            .order_by(m.IemRequest.start.desc())
            .limit(1)
        ).one()
        # An expert with nothing booked on or next to the two booking days (_book): the
        # booking is then made, not refused for a clash. (If every expert is busy then,
        # the first is taken, and the outcome says the booking was refused.)
        days = (
            FIRST_BOOKING_DAY,
            FIRST_BOOKING_DAY + timedelta(days=int(LINK_ONE_WAY_DELAY * 1000)),
        )
        busy_on_iem = select(m.IemRequest.expert_id).where(
            m.IemRequest.expert_id.is_not(None),
            or_(
                *(
                    (m.IemRequest.start <= day + timedelta(days=1))
                    & (m.IemRequest.end >= day - timedelta(days=1))
                    for day in days
                )
            ),
        )
        in_session = select(m.TrainingSession.expert_id).where(
            or_(
                *(
                    (
                        m.TrainingSession.starts_at
                        >= datetime.combine(day, datetime.min.time(), UTC) - timedelta(days=1)
                    )
                    & (
                        m.TrainingSession.starts_at
                        < datetime.combine(day, datetime.min.time(), UTC) + timedelta(days=2)
                    )
                    for day in days
                )
            )
        )
        free = session.scalars(
            select(m.Expert.id)
            .where(m.Expert.active, m.Expert.id.not_in(busy_on_iem), m.Expert.id.not_in(in_session))
            .order_by(m.Expert.id)
            .limit(1)
        ).first()
        expert_id = (
            free or session.scalars(select(m.Expert.id).order_by(m.Expert.id).limit(1)).one()
        )
        return request.partner_id, request.id, expert_id


def _approve(db: Any, request_id: int) -> str:
    from engagements.domain.errors import RuleRefusal
    from engagements.services.iem import approve_iem

    try:
        approve_iem(db, request_id, justification="benchmark")
        return "approved"
    except RuleRefusal as refusal:  # still a full approval attempt on the wire
        return f"refused: {refusal.error}"


def _book(db: Any, partner_id: str, expert_id: str, slot: int) -> str:
    from engagements.domain.errors import RuleRefusal
    from engagements.services.sessions import SessionBooking, book_session

    # A month ahead (inside the partner's term: a booking, not a refusal for a day outside
    # every term, as measured before), at an odd minute nobody is booked: no clash.
    start = datetime.combine(FIRST_BOOKING_DAY, datetime.min.time(), UTC) + timedelta(
        days=slot, hours=3, minutes=17
    )
    try:
        book_session(
            db,
            SessionBooking(
                partner_id, expert_id, start, start + timedelta(minutes=30), "architecture"
            ),
        )
        return "booked"
    except RuleRefusal as refusal:
        return f"refused: {refusal.error}"


def cold_starts(team_url: str, database: BenchmarkDatabase) -> dict[str, Any]:
    """A start with no saved dashboard to a painted dashboard, on the SQLite file and on
    the team database (loopback and the 50 ms link), best of two each."""
    from wire_proxy import WireProxy

    figures: dict[str, Any] = {}
    with (
        tempfile.TemporaryDirectory() as folder,
        WireProxy(team_url, 0.0) as loopback,
        WireProxy(team_url, LINK_ONE_WAY_DELAY) as link,
    ):
        for name, url in (
            ("embedded", database.url),
            ("team", loopback.relayed_url),
            ("team_50ms", link.relayed_url),
        ):
            figures[f"cold_start.{name}_seconds"] = min(
                _cold_start(url, Path(folder), attempt) for attempt in range(2)
            )
    figures["cold_start.team_ratio_vs_embedded"] = round(
        figures["cold_start.team_seconds"] / figures["cold_start.embedded_seconds"], 2
    )
    return figures


WARM_REPEATS = 5


def warm_starts(team_url: str, database: BenchmarkDatabase) -> dict[str, Any]:
    """A start that finds the dashboard saved by the last one, to the painted dashboard
    (median of ``WARM_REPEATS``, the sides alternating): on the SQLite file and on the
    team database over loopback and across the 50 ms link. Both draw the saved dashboard
    before the database layer loads; the team's is drawn as it was last saved, without
    asking the server first (its revision is checked once the database is open)."""
    import statistics

    from wire_proxy import WireProxy

    figures: dict[str, Any] = {}
    with (
        tempfile.TemporaryDirectory() as folder,
        WireProxy(team_url, 0.0) as loopback,
        WireProxy(team_url, LINK_ONE_WAY_DELAY) as link,
    ):
        sides = {
            "embedded": database.url,
            "team": loopback.relayed_url,
            "team_50ms": link.relayed_url,
        }
        caches = {name: Path(folder) / f"cache-{name}" for name in sides}
        for name, url in sides.items():
            _start(url, Path(folder), caches[name])  # computes and saves the dashboard
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(WARM_REPEATS):
            for name, url in sides.items():
                times[name].append(_start(url, Path(folder), caches[name]))
    figures["startup.embedded_warm_seconds"] = round(statistics.median(times["embedded"]), 3)
    figures["startup.warm_seconds"] = round(statistics.median(times["team"]), 3)
    figures["startup.warm_50ms_seconds"] = round(statistics.median(times["team_50ms"]), 3)
    figures["startup.warm_ratio_vs_embedded"] = round(
        figures["startup.warm_seconds"] / figures["startup.embedded_warm_seconds"], 2
    )
    return figures


def _start(url: str, folder: Path, cache: Path) -> float:
    environment = benchmark_environment() | {
        "ENGAGEMENTS_CACHE_DIR": str(cache),
        "XDG_CONFIG_HOME": str(folder / "config"),
    }
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "engagements",
            "--db",
            url,
            "--screenshot",
            str(folder / "warm.png"),
        ],
        check=True,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def _cold_start(url: str, folder: Path, attempt: int) -> float:
    cache = folder / f"cache-{time.monotonic_ns()}"  # nothing saved: a cold start
    environment = benchmark_environment() | {
        "ENGAGEMENTS_CACHE_DIR": str(cache),
        "XDG_CONFIG_HOME": str(folder / "config"),
    }
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "engagements",
            "--db",
            url,
            "--screenshot",
            str(folder / f"shot-{attempt}.png"),
        ],
        check=True,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return round(time.perf_counter() - started, 3)


def netem_available() -> dict[str, Any]:
    """Whether this machine can add latency with ``tc netem`` in a namespace of our own."""
    namespace = f"engbench{int(time.time()) % 100000}"
    steps = [
        ["ip", "netns", "add", namespace],
        ["ip", "netns", "exec", namespace, "ip", "link", "set", "lo", "up"],
        [
            "ip",
            "netns",
            "exec",
            namespace,
            "tc",
            "qdisc",
            "add",
            "dev",
            "lo",
            "root",
            "netem",
            "delay",
            "25ms",
        ],
    ]
    try:
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                return {
                    "netem_available": False,
                    "netem_reason": f"`{' '.join(step)}`: {done.stderr.strip()}; the "
                    "relay's own delay stands in for the link",
                }
        return {"netem_available": True}
    except FileNotFoundError as missing:
        return {"netem_available": False, "netem_reason": f"{missing.filename} not found"}
    finally:
        subprocess.run(["ip", "netns", "del", namespace], capture_output=True, check=False)
