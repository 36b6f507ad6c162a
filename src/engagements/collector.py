"""Python's cyclic garbage collector held back while a read builds tens of thousands of
objects at once, all of them kept (the store's batched reads, the dashboard, a month).

Python's cyclic garbage collector runs whenever enough new objects have been made; once
enough of them survive, it walks every object the process holds, the window's included.
The dashboard of 10,000 partners makes some 300,000 (the server's answer taken apart,
then a row for each partner), none of them garbage, and in a window's process each of
those full walks cost up to a tenth of a second: as much as all the rest of the Python
work. While such a read runs, the collector waits; reference counting still frees
everything that is not in a cycle at once, and the collector catches up afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_reads_running = 0
_was_enabled = True


@contextmanager
def collector_waiting() -> Iterator[None]:
    """Hold the cyclic collector back for the ``with`` block (reads in several threads
    may overlap: it resumes when the last one ends, if it was running before the first)."""
    _hold()
    try:
        yield
    finally:
        _let_go()


# A hold that is never let go of (a window closed while its read was running) ends by
# itself after this long: the collector must not stay off for the rest of the session.
HELD_AT_MOST_SECONDS = 30.0


def collector_held() -> Callable[[], None]:
    """Hold the cyclic collector back from now until the returned function is called
    (once; later calls do nothing), or ``HELD_AT_MOST_SECONDS`` have passed.

    For a read whose answer the window paints after the read has ended: the collector's
    first pass over the objects the read made (a sixtieth of a second for the
    dashboard's 10,000 rows) then comes after the paint instead of just before it."""
    _hold()
    once = threading.Lock()  # taken by the first call only

    def let_go() -> None:
        if once.acquire(blocking=False):
            _let_go()

    timer = threading.Timer(HELD_AT_MOST_SECONDS, let_go)
    timer.daemon = True
    timer.start()

    def release() -> None:
        timer.cancel()
        let_go()

    return release


def _hold() -> None:
    global _reads_running, _was_enabled
    with _lock:
        if _reads_running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _reads_running += 1


def _let_go() -> None:
    global _reads_running
    with _lock:
        _reads_running -= 1
        if _reads_running == 0 and _was_enabled:
            gc.enable()
