"""Benchmark: the earliest allowed start against workalendar's own ``add_working_days``.

Both sides answer the same random (calendar, submission date) pairs, one call per pair,
with warm caches (each side answers every pair once before it is timed). Dates lie where
workalendar itself has data, so every answer can be compared.

    PYTHONPATH=src python tests/perf/bench_business_days.py [pairs] [seed] [repeats]
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]
LEAD_TIME_BUSINESS_DAYS = 10
# Years in which workalendar computes each calendar (CN: its 2018-2023 tables).
CALENDAR_YEARS = {
    "CN": (2018, 2023),
    "US": (2000, 2030),
    "GB": (2000, 2030),
    "DE": (2000, 2030),
    "HK": (2000, 2030),
    "SG": (2000, 2030),
    "JP": (2000, 2030),
}


def run(pairs: int = 100_000, seed: int = 1, repeats: int = 3) -> dict[str, Any]:
    """Time ``pairs`` earliest-start look-ups on our calendars and on workalendar's.

    Each side's time is the best of ``repeats`` passes over all pairs. Returns the speed-up
    (``ratio_vs_workalendar`` = workalendar's time / ours), the number of pairs where the
    two disagree, and the cost per call in microseconds (the loop's own overhead included,
    the same on both sides).
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
        ours_seconds, our_answers = best_of(repeats, ours, requests)
        workalendar_seconds, their_answers = best_of(repeats, workalendars, requests)
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


def timed(
    answer: Callable[[str, date], date], requests: list[tuple[str, date]]
) -> tuple[float, list[date]]:
    """Seconds taken to answer every request one call at a time, and the answers."""
    started = time.perf_counter()
    answers = [answer(code, day) for code, day in requests]
    return time.perf_counter() - started, answers


def best_of(
    repeats: int, answer: Callable[[str, date], date], requests: list[tuple[str, date]]
) -> tuple[float, list[date]]:
    """The fastest of ``repeats`` timed passes, with its answers."""
    return min((timed(answer, requests) for _ in range(max(repeats, 1))), key=lambda t: t[0])


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
