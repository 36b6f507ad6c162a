"""Benchmark: the bulk dashboard against a straightforward per-partner loop.

The naive way asks ``allowance_summary`` (several queries) for each partner in turn. With
10,000 partners that takes minutes, so it is timed on an evenly spread sample of partners
and scaled linearly to all of them (each partner costs the same few queries); the output
says how many were timed.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from perf_database import BENCHMARK_TODAY, BenchmarkDatabase


def run(
    database: BenchmarkDatabase,
    repeats: int = 3,
    naive_sample: int = 500,
    today: date = BENCHMARK_TODAY,
) -> dict[str, Any]:
    """Seconds for the whole dashboard (best of ``repeats`` after a warm-up), and the
    speed-up over the per-partner loop."""
    from engagements.services.allowance import allowance_summary
    from engagements.services.dashboard import dashboard_rows
    from engagements.services.database import Database

    db = Database.open(database.url)
    try:
        first_started = time.perf_counter()
        rows = dashboard_rows(db, today)
        first_seconds = time.perf_counter() - first_started
        seconds = min(_timed(lambda: dashboard_rows(db, today)) for _ in range(repeats))
        partner_ids = [row.partner_id for row in rows]
        step = max(len(partner_ids) // naive_sample, 1)
        sample = sorted(partner_ids)[::step][:naive_sample]
        naive_sample_seconds = _timed(
            lambda: [allowance_summary(db, partner_id, today) for partner_id in sample]
        )
    finally:
        db.engine.dispose()
    naive_seconds = naive_sample_seconds * len(partner_ids) / len(sample)
    return {
        "seconds": round(seconds, 3),
        "first_call_seconds": round(first_seconds, 3),
        "ratio_vs_naive": round(naive_seconds / seconds, 1),
        "naive_seconds_scaled": round(naive_seconds, 2),
        "naive_partners_timed": len(sample),
        "partners": len(partner_ids),
    }


def _timed(work: Any) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started
