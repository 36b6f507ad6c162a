"""Run several ``engagements`` commands as separate processes released at the same moment.

Reads a JSON list of argument lists on stdin; prints a JSON list of ``{"code", "stdout",
"stderr"}``. The imports happen once, here; then one process is forked per command and
each waits at a gate (a pipe) that opens for all of them at once, so their transactions
really overlap instead of trickling in one interpreter start-up apart. Each child runs
``engagements.cli.main.main`` (what ``python -m engagements`` runs) and exits with its code.
"""

import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

import psycopg  # noqa: F401 - imported before the gate, like everything else

from engagements.cli.main import build_parser, main


def child(argv: list[str], gate: int, out_path: str, err_path: str) -> None:
    """In the forked process: wait at the gate, run the command, exit with its code."""
    for fd, path in ((1, out_path), (2, err_path)):
        os.dup2(os.open(path, os.O_WRONLY), fd)
    os.read(gate, 1)  # returns (EOF) for every child when the launcher closes the gate
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's usage errors
        code = exit_.code if isinstance(exit_.code, int) else 2
    except BaseException:  # noqa: BLE001 - a traceback here is what the tests look for
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run(argvs: list[list[str]]) -> list[dict[str, object]]:
    build_parser()  # import every command module before forking
    gate_read, gate_write = os.pipe()
    with tempfile.TemporaryDirectory() as folder:
        children = []
        for number, argv in enumerate(argvs):
            paths = [Path(folder, f"{number}.{kind}") for kind in ("out", "err")]
            for path in paths:
                path.touch()
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                os.close(gate_write)
                child(argv, gate_read, *map(str, paths))
            children.append((pid, paths))
        os.close(gate_read)
        os.close(gate_write)  # the gate opens
        results = []
        for pid, (out, err) in children:
            _, status = os.waitpid(pid, 0)
            results.append(
                {
                    "code": os.waitstatus_to_exitcode(status),
                    "stdout": out.read_text(),
                    "stderr": err.read_text(),
                }
            )
    return results


if __name__ == "__main__":
    print(json.dumps(run(json.load(sys.stdin))))
