"""The cyclic garbage collector held back while reads build their objects: by a block
(``collector_waiting``) or until the window has shown the answer (``collector_held``),
never for good. Each case runs in a fresh interpreter: in the test process, windows of
earlier tests may still hold the collector or read in the background."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(body: str) -> None:
    script = "import gc, time\nfrom engagements import collector\n" + textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_a_hold_keeps_the_collector_off_until_released_once():
    _run("""
        release = collector.collector_held()
        assert not gc.isenabled()
        with collector.collector_waiting():  # a read inside the hold
            assert not gc.isenabled()
        assert not gc.isenabled()  # still held
        release()
        assert gc.isenabled()
        with collector.collector_waiting():
            release()  # a second call does not let go of another read's hold
            assert not gc.isenabled()
        assert gc.isenabled()
    """)


def test_holds_overlap_and_the_collector_resumes_after_the_last():
    _run("""
        first, second = collector.collector_held(), collector.collector_held()
        first()
        assert not gc.isenabled()
        second()
        assert gc.isenabled()
    """)


def test_a_hold_never_released_ends_by_itself():
    _run("""
        collector.HELD_AT_MOST_SECONDS = 0.2
        collector.collector_held()  # its window was closed before the answer came
        assert not gc.isenabled()
        deadline = time.monotonic() + 5
        while not gc.isenabled() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert gc.isenabled()
    """)


def test_a_collector_switched_off_before_stays_off():
    _run("""
        gc.disable()
        collector.collector_held()()
        assert not gc.isenabled()
    """)


def test_a_failing_check_fails_the_test():
    """The cases above would pass on nothing if the fresh interpreter's failures were
    not reported."""
    try:
        _run("assert gc.isenabled() is False")
    except AssertionError as failure:
        assert "AssertionError" in str(failure)
    else:
        raise AssertionError("a failing check in the fresh interpreter went unnoticed")
