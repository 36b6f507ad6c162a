"""The benchmark database: demo partners with years of history, made once and kept.

Making 10,000 partners with five allowance years takes about a minute, so the file is kept
in the temporary folder, named by the schema revision, the sizes and the day it is made
for; a later run with the same name reuses it (copied, so a benchmark can never change it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

# The benchmarks' today: fixed, so every run sees the same data (and CN holiday data).
BENCHMARK_TODAY = date(2026, 6, 15)
DEMO_SEED = 7
CACHE_FOLDER = Path(tempfile.gettempdir()) / "engagements-perf"


@dataclass(frozen=True)
class BenchmarkDatabase:
    """A ready database file and what it holds."""

    path: Path
    partners: int
    years: int
    engagements: int

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


def benchmark_environment() -> dict[str, str]:
    """The environment for child processes: offscreen Qt and the benchmarks' today."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ENGAGEMENTS_TODAY": BENCHMARK_TODAY.isoformat(),
    }


def benchmark_database(partners: int, years: int) -> BenchmarkDatabase:
    """The cached database for these sizes, made now if missing."""
    from engagements.store.migrate import head_revision

    CACHE_FOLDER.mkdir(parents=True, exist_ok=True)
    name = f"demo-{head_revision()}-{partners}p-{years}y-{BENCHMARK_TODAY}.db"
    path = CACHE_FOLDER / name
    if not path.exists():
        _make(path, partners, years)
    return BenchmarkDatabase(path, partners, years, count_engagements(path))


def _make(path: Path, partners: int, years: int) -> None:
    """Run the demo command into a scratch file, then move it into place whole."""
    scratch = path.with_suffix(".making")
    scratch.unlink(missing_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "engagements",
            "--db",
            f"sqlite:///{scratch}",
            "demo",
            "--partners",
            str(partners),
            "--years",
            str(years),
            "--seed",
            str(DEMO_SEED),
            "--json",
        ],
        check=True,
        env=benchmark_environment(),
        stdout=subprocess.DEVNULL,
    )
    os.replace(scratch, path)


def working_copy(database: BenchmarkDatabase, folder: Path) -> BenchmarkDatabase:
    """A copy of the database that a benchmark may write to."""
    target = folder / database.path.name
    shutil.copyfile(database.path, target)
    return BenchmarkDatabase(target, database.partners, database.years, database.engagements)


def count_engagements(path: Path) -> int:
    """IEM requests plus training sessions in the file."""
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sum(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("iem_requests", "training_sessions")
        )
    finally:
        connection.close()
