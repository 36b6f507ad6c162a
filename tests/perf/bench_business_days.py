"""Benchmark: the earliest allowed start against workalendar's own ``add_working_days``.

Both sides answer the same random (calendar, submission date) pairs, one call per pair,
with warm caches (each side answers every pair once before it is timed). Dates lie where
workalendar itself has data, so every answer can be compared.

    PYTHONPATH=src python tests/perf/bench_business_days.py [pairs] [seed] [repeats]

How it is timed, and why. Our side answers a pair in about 0.2 µs and workalendar in about
25 µs, so a pass over 100,000 pairs takes some 20 ms on our side and 2.5 s on theirs. When
each side was timed as the best of three whole passes, one side after the other, a slow
spell of the machine (other benchmarks on its 2 vCPUs, a busy neighbour on the host) could
cover all three of our 20 ms passes and little of their 7.5 s, or spare ours and slow
theirs: with the code unchanged the ratio came out anywhere from 49 to over 150. So both
sides are now timed the same way, and interleaved:

- Each side answers the pairs in runs of consecutive pairs lasting about
  :data:`RUN_SECONDS` on that side (sized after the warm-up): thousands of pairs on our
  side, a few dozen on workalendar's. A run of either side is then as likely as any other
  to be interrupted, and hurt as much when it is.
- Each run is timed once in each of ``repeats`` sweeps over all the pairs, and a side's
  time is the sum of its runs' fastest times: best-of-N run by run instead of pass by pass,
  so that an interruption spoils only the run it hits, on either side.
- Within a sweep the two sides take :data:`TURNS` turns each, one after the other, each
  turn timing the next share of the side's runs, so that a slow spell of a second or two
  falls on both sides and not on the whole of one side's measurement.
- Each turn starts with :data:`WARM_UP_SECONDS` of untimed answers, so that each side is
  timed in its own steady state as over whole passes, not in the processor caches the
  other side has just filled. (Our side reads its year tables: without this its first
  thousands of calls after a stretch of workalendar are slower by a fifth; workalendar,
  which mostly computes, is not slowed by a turn of ours.)
- The garbage collector is off while a sweep is timed and runs between sweeps, so that a
  collection brought on by one side's allocations cannot land in a run of the other.
  (Timed alone, neither side's speed changes with it off.)

The per-call figures include the loop's own overhead and one clock reading per run: as the
runs of both sides last about the same, that is the same share of each side's time.
"""

from __future__ import annotations

import gc
import importlib.util
import itertools
import json
import random
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]
LEAD_TIME_BUSINESS_DAYS = 10
sys.path.insert(0, str(REPOSITORY / "tests" / "domain"))
# Years in which workalendar computes each calendar (CN: its 2018-2023 tables): the domain
# tests' table, so the benchmark compares where they do.
from calendar_years import WORKALENDAR_YEARS as CALENDAR_YEARS  # noqa: E402

RUN_SECONDS = 0.001
"""How long one timed run lasts on either side: about a scheduler time slice or less, so
that most runs are not interrupted at all, and long enough that reading the clock is noise."""
WARM_UP_SECONDS = 0.02
"""Untimed answers at the start of each side's turn, to bring back its own caches."""
TURNS = 5
"""How many turns each side takes in a sweep, each timing its next fifth of the pairs."""

Answer = Callable[[str, date], date]
Requests = list[tuple[str, date]]


def run(pairs: int = 100_000, seed: int = 1, repeats: int = 3) -> dict[str, Any]:
    """Time ``pairs`` earliest-start look-ups on our calendars and on workalendar's.

    Each side's time is the sum, over its runs, of the run's best of ``repeats`` sweeps
    (see the module). Returns the speed-up (``ratio_vs_workalendar`` = workalendar's time /
    ours), the number of pairs where the two disagree, and the cost per call in
    microseconds (the loop's own overhead included, the same on both sides).
    """
    _make_engagements_importable()
    from engagements.domain.calendars import business_calendar
    from engagements.domain.lead_time import earliest_allowed_start

    requests = random_requests(pairs, seed)
    calendars = {code: business_calendar(code) for code in CALENDAR_YEARS}
    references = {code: workalendar_reference(code) for code in CALENDAR_YEARS}

    def ours(code: str, day: date) -> date:
        return earliest_allowed_start(calendars[code], day, LEAD_TIME_BUSINESS_DAYS)

    def workalendars(code: str, day: date) -> date:
        return references[code].add_working_days(day, LEAD_TIME_BUSINESS_DAYS)  # type: ignore[no-any-return]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # workalendar's China warns on every year it computes
        for answer in (ours, workalendars):
            timed(answer, requests)  # warm the caches
        our_side = Side.cut(ours, requests, seconds_per_call(ours, requests))
        their_side = Side.cut(workalendars, requests, seconds_per_call(workalendars, requests))
        sweeps(repeats, (our_side, their_side))
    ours_seconds, workalendar_seconds = our_side.seconds, their_side.seconds
    our_answers, their_answers = our_side.answers, their_side.answers
    return {
        "ratio_vs_workalendar": round(workalendar_seconds / ours_seconds, 1),
        "mismatches": sum(a != b for a, b in zip(our_answers, their_answers, strict=True)),
        "pairs": pairs,
        "ours_us_per_call": round(ours_seconds / pairs * 1e6, 3),
        "workalendar_us_per_call": round(workalendar_seconds / pairs * 1e6, 3),
    }


def random_requests(pairs: int, seed: int) -> list[tuple[str, date]]:
    """``pairs`` random (calendar code, submission date) pairs, reproducible by ``seed``."""
    rng = random.Random(seed)
    codes = sorted(CALENDAR_YEARS)
    requests = []
    for _ in range(pairs):
        code = rng.choice(codes)
        first, last = CALENDAR_YEARS[code]
        # Up to the end of November, so that 10 business days stay inside the data.
        day = rng.randint(date(first, 1, 1).toordinal(), date(last, 11, 30).toordinal())
        requests.append((code, date.fromordinal(day)))
    return requests


def timed(answer: Answer, requests: Requests) -> tuple[float, list[date]]:
    """Seconds taken to answer every request one call at a time, and the answers."""
    started = time.perf_counter()
    answers = [answer(code, day) for code, day in requests]
    return time.perf_counter() - started, answers


def seconds_per_call(answer: Answer, requests: Requests, sample: int = 2000) -> float:
    """A warm side's time per call over the first ``sample`` requests (best of three). Only
    an estimate, to cut the side's runs: the runs are timed again, and they alone count."""
    sample_requests = requests[:sample]
    return min(timed(answer, sample_requests)[0] for _ in range(3)) / len(sample_requests)


@dataclass
class Side:
    """One side of the comparison: how it answers, its runs of requests, each run's best
    time so far and its answers (from the first sweep, in the order of the requests)."""

    answer: Answer
    runs: list[Requests]
    best: list[float] = field(init=False)
    answers: list[date] = field(init=False, default_factory=list)
    warm_up: Iterator[Requests] = field(init=False)  # goes on round the side's runs

    def __post_init__(self) -> None:
        self.best = [float("inf")] * len(self.runs)
        self.warm_up = itertools.cycle(self.runs)

    @classmethod
    def cut(cls, answer: Answer, requests: Requests, seconds_per_call: float) -> Side:
        """The side with ``requests`` cut into runs of about :data:`RUN_SECONDS` each."""
        size = max(1, round(RUN_SECONDS / max(seconds_per_call, 1e-9)))
        return cls(answer, [requests[i : i + size] for i in range(0, len(requests), size)])

    def take_turn(self, turn: int) -> None:
        """Answer untimed for :data:`WARM_UP_SECONDS` (going on through all the side's
        pairs), then time once each run of the ``turn``-th share of the pairs."""
        for run in itertools.islice(self.warm_up, max(1, round(WARM_UP_SECONDS / RUN_SECONDS))):
            timed(self.answer, run)
        share = range(len(self.runs) * turn // TURNS, len(self.runs) * (turn + 1) // TURNS)
        first_sweep = len(self.answers) < sum(map(len, self.runs))
        for i in share:
            seconds, answers = timed(self.answer, self.runs[i])
            self.best[i] = min(self.best[i], seconds)
            if first_sweep:
                self.answers += answers

    @property
    def seconds(self) -> float:
        """The side's time: the sum of its runs' best times."""
        return sum(self.best)


def sweeps(repeats: int, sides: tuple[Side, ...]) -> None:
    """Time every run of every side once per sweep, the sides taking :data:`TURNS` turns
    each per sweep, with the garbage collector off while a sweep is timed (see the module)."""
    collecting = gc.isenabled()
    try:
        for _ in range(max(repeats, 1)):
            gc.collect()
            gc.disable()
            for turn in range(TURNS):
                for side in sides:
                    side.take_turn(turn)
            if collecting:
                gc.enable()
    finally:
        if collecting:
            gc.enable()


def workalendar_reference(code: str) -> Any:
    """workalendar's calendar for ``code`` with the Saturday-Sunday business weekend."""
    from workalendar.core import SAT, SUN
    from workalendar.registry import registry

    class Reference(registry.get(code)):  # type: ignore[misc]
        WEEKEND_DAYS = (SAT, SUN)

        def get_variable_days(self, year: int) -> Any:
            # workalendar's HK sets this flag on the instance for years before 2011 and
            # never resets it, which would shift later Lunar New Years wrongly.
            self.__dict__.pop("shift_start_cny_sunday", None)
            return super().get_variable_days(year)

    return Reference()


def _make_engagements_importable() -> None:
    """Find the package in a checkout: ``src/``, and ``resources/`` as its resources package."""
    if importlib.util.find_spec("engagements") is None:
        sys.path.insert(0, str(REPOSITORY / "src"))
    try:
        import engagements.resources  # noqa: F401  (installed: pyproject maps it)
    except ModuleNotFoundError:
        import engagements

        folder = REPOSITORY / "resources"
        spec = importlib.util.spec_from_file_location(
            "engagements.resources",
            folder / "__init__.py",
            submodule_search_locations=[str(folder)],
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        engagements.resources = module


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:4]]
    print(json.dumps(run(*arguments), indent=2))
