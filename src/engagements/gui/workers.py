"""Long work off the GUI thread: a QRunnable whose results come back as queued signals.

The function runs in the pool and receives a ``Progress``; it reports with
``progress(done, total)`` and stops early when ``progress.cancelled`` is set. Results
and errors are delivered in the GUI thread, so slots may touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from engagements.errors import EngagementsError

_log = logging.getLogger(__name__)


class Progress:
    """Handed to the work: report progress, look at the cancel flag."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        self._signals.progressed.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class JobSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One piece of work; keep a reference to ``signals`` until it has finished."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self.progress = Progress(self.signals)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Exception as problem:  # noqa: BLE001 - delivered to the GUI thread
            if not isinstance(problem, EngagementsError):  # a fault: keep its traceback
                _log.exception("background work failed")
            self.signals.failed.emit(problem)
            return
        self.signals.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they report back."""

    idle = Signal()

    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def start(
        self,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> Job:
        job = Job(work)
        self._running.add(job)
        job.signals.finished.connect(lambda result: self._end(job, done, result))
        job.signals.failed.connect(lambda problem: self._end(job, failed, problem))
        self.pool.start(job)
        return job

    def _end(self, job: Job, callback: Callable[[Any], None], value: Any) -> None:
        self._running.discard(job)
        if not job.progress.cancelled:
            callback(value)
        if not self._running:
            self.idle.emit()

    def start_unwatched(self, work: Callable[[], object]) -> None:
        """Housekeeping nobody waits for (saving the dashboard for the next start): run on
        the same pool, so closing the window still lets it finish, but not counted as
        busy and with no answer; a failure goes to the log."""

        def run() -> None:
            try:
                work()
            except Exception:  # noqa: BLE001  (housekeeping: logged, never the user's problem)
                _log.exception("background housekeeping failed")

        self.pool.start(run)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        """Ask every running job to stop early (those that look at ``progress.cancelled``
        do); their answers are then dropped."""
        for job in list(self._running):
            job.progress.cancel()
