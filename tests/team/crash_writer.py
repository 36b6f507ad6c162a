"""Kill a writer with SIGKILL in the middle of a multi-record write (the crash-safety harness).

Reads one trial per line on stdin, as JSON: ``{"argvs": [[...], ...], "kill_after": N,
"delay": SECONDS}``. For each trial it forks a child that runs the commands one after
another (``engagements.cli.main.main``, what ``python -m engagements`` runs) and reports
every SQL statement it sends; once N statements have gone out (and DELAY seconds more) the
harness kills the child with SIGKILL, or lets it finish when N is never reached. It prints
one JSON line per trial: ``{"statements": n, "killed": bool, "exit": code}`` and waits for
the next line, so the test can inspect the database between trials.

The child keeps SQLite's page cache tiny, so uncommitted pages spill into the WAL file
long before the commit: a kill then leaves half a transaction on disk for recovery to
discard, which is the case worth testing.
"""

import io
import json
import os
import signal
import sys
import time
from contextlib import redirect_stderr, redirect_stdout
from typing import Any

from sqlalchemy import Engine, event

from engagements.cli.main import build_parser, main


def child(argvs: list[list[str]], progress: int) -> None:
    """In the forked process: run the commands, one byte on ``progress`` per statement."""

    @event.listens_for(Engine, "before_cursor_execute")
    def _sent(*_: Any) -> None:
        os.write(progress, b".")

    @event.listens_for(Engine, "connect")
    def _small_cache(dbapi_connection: Any, _record: Any) -> None:
        if type(dbapi_connection).__module__.startswith("sqlite3"):
            dbapi_connection.execute("PRAGMA cache_size=20")

    worst = 0
    for argv in argvs:
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            worst = max(worst, main(argv))
    os._exit(worst)


def trial(argvs: list[list[str]], kill_after: int, delay: float) -> dict[str, object]:
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        child(argvs, write_end)
    os.close(write_end)
    sent, killed = 0, False
    while chunk := os.read(read_end, 4096):
        sent += len(chunk)
        if not killed and sent >= kill_after:
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            killed = True
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    return {"statements": sent, "killed": killed, "exit": os.waitstatus_to_exitcode(status)}


if __name__ == "__main__":
    build_parser()  # every import done once, before the first fork
    for line in sys.stdin:
        request = json.loads(line)
        print(
            json.dumps(trial(request["argvs"], request["kill_after"], request["delay"])), flush=True
        )
