"""Run every benchmark and print what it measured, against the targets of issue 8.

    python tests/perf/run.py [--json] [--quick]

Each figure is a ratio against a baseline measured in the same run on the same machine,
or a time or memory size small enough that a ratio adds nothing. ``--quick`` uses small
sizes (what CI runs so the suite cannot rot); it still measures everything. The exit
status is 0 even when a target is missed: a noisy machine must not fail CI. The output
says which targets were met.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_business_days  # noqa: E402  (after the path above)

FULL = {
    "partners": 10_000,
    "years": 5,
    "pairs": 100_000,
    "forms": 200,
    "naive_sample": 500,
    "startup_repeats": 5,
    "month_switches": 6,
}
QUICK = {
    "partners": 500,
    "years": 5,
    "pairs": 10_000,
    "forms": 10,
    "naive_sample": 100,
    "startup_repeats": 2,
    "month_switches": 3,
}
# key: (comparison, target)
TARGETS = {
    "business_days.ratio_vs_workalendar": (">=", 50),
    "business_days.mismatches": ("==", 0),
    "dashboard.seconds": ("<", 0.5),
    "dashboard.ratio_vs_naive": (">=", 20),
    # A guard only: the 1.6 target was retired (issue 20) once PySide6's own floor was
    # measured at 1.34-1.46; the application is held against that floor instead.
    "startup.ratio_vs_bare_qt": ("<=", 2.3),
    "startup.ratio_vs_minimal_table_window": ("<=", 1.5),
    "month_view.seconds": ("<", 0.05),
    "requests_view.rss_mb": ("<", 300),
    "form_import.seconds_per_form": ("<", 0.05),
    # Team mode on PostgreSQL (issue 20): round trips counted on the wire.
    "team.max_view_round_trips": ("<=", 4),
    "team.max_view_seconds_50ms": ("<", 0.5),
    "team.max_view_round_trips_50ms": ("<=", 4),
    "team.loopback.approve.round_trips": ("<=", 3),
    "team.link_50ms.approve.round_trips": ("<=", 3),
    # Booking a session, pipelined as approving is (it took 14 statement by statement).
    "team.link_50ms.book.round_trips": ("<=", 3),
    "team.cold_start.team_ratio_vs_embedded": ("<=", 2),
    # A team member's start that finds the saved dashboard current (issue 20): about as
    # quick as a single user's.
    "team.startup.warm_ratio_vs_embedded": ("<=", 1.2),
}


def measure(sizes: dict[str, int]) -> dict[str, Any]:
    """Every benchmark's figures, as flat dotted keys."""
    bench_business_days._make_engagements_importable()
    import bench_dashboard
    import bench_form_import
    import bench_startup
    import bench_team
    from perf_database import BENCHMARK_TODAY, benchmark_database

    figures: dict[str, Any] = {"sizes": dict(sizes), "today": BENCHMARK_TODAY.isoformat()}
    _add(figures, "business_days", bench_business_days.run(pairs=sizes["pairs"]))
    database = benchmark_database(sizes["partners"], sizes["years"])
    figures["sizes"].update(engagements=database.engagements, database=str(database.path))
    _add(figures, "dashboard", bench_dashboard.run(database, naive_sample=sizes["naive_sample"]))
    _add(figures, "startup", bench_startup.run(database, repeats=sizes["startup_repeats"]))
    _add(figures, "month_view", _probe("month", database.url, str(sizes["month_switches"])))
    _add(figures, "requests_view", _probe("requests", database.url))
    _add(figures, "form_import", bench_form_import.run(forms=sizes["forms"]))
    _add(figures, "team", bench_team.run(database))
    return figures


def _add(figures: dict[str, Any], name: str, measured: dict[str, Any]) -> None:
    for key, value in measured.items():
        figures[f"{name}.{key}"] = value


def _probe(what: str, url: str, *extra: str) -> dict[str, Any]:
    """Run the window in a child process (a clean process for memory), read its JSON."""
    from perf_database import benchmark_environment

    done = subprocess.run(
        [sys.executable, str(HERE / "gui_probe.py"), what, url, *extra],
        check=True,
        capture_output=True,
        text=True,
        env=benchmark_environment(),
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def judge(figures: dict[str, Any]) -> tuple[dict[str, bool], list[str]]:
    """Which targets were met, and a sentence for each one missed."""
    met, missed = {}, []
    for key, (comparison, target) in TARGETS.items():
        value = figures.get(key)
        ok = (
            value is not None
            and {
                "<": value < target,
                "<=": value <= target,
                ">=": value >= target,
                "==": value == target,
            }[comparison]
        )
        met[key] = bool(ok)
        if not ok:
            missed.append(f"{key} = {value}, target {comparison} {target}")
    return met, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="small sizes (for CI)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = measure(QUICK if args.quick else FULL)
    met, missed = judge(figures)
    figures.update(
        {
            "quick": args.quick,
            "targets": {k: f"{c} {t}" for k, (c, t) in TARGETS.items()},
            "targets_met": met,
            "all_targets_met": not missed,
            "targets_missed": missed,
            "run_seconds": round(time.perf_counter() - started, 1),
        }
    )
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    for sentence in missed:
        print(f"target missed: {sentence}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
