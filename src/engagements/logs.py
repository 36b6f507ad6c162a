"""Where the application writes down what went wrong: a rotating log file in the user's
state folder (``ENGAGEMENTS_LOG_DIR`` names another folder, as the tests do).

Modules log with ``logging.getLogger(__name__)``; ``configure`` is called once by each
front door (the command line, which also starts the window) and attaches one file handler
to the ``engagements`` logger. The file is opened at the first record, so a start that
logs nothing touches no file.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from platformdirs import user_state_path

LOG_DIR_VARIABLE = "ENGAGEMENTS_LOG_DIR"
DEBUG_VARIABLE = "ENGAGEMENTS_DEBUG"  # also records details, not only problems
FILE_NAME = "engagements.log"
MAX_BYTES = 1024 * 1024  # then engagements.log.1 … .3: a few weeks of problems, not years
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"
APPLICATION_LOGGER = "engagements"


def log_folder() -> Path:
    """ENGAGEMENTS_LOG_DIR, else the user's state folder (e.g. ~/.local/state/engagements)."""
    configured = os.environ.get(LOG_DIR_VARIABLE)
    if configured:
        return Path(configured)
    return user_state_path("engagements", appauthor=False)


def log_file() -> Path:
    return log_folder() / FILE_NAME


class LogFile(logging.Handler):
    """The rotating log file at ``path``, made at the first record: ``logging.handlers``
    brings sockets, pickle and queues with it, some 15 ms a start that logs nothing need
    not spend."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def configure() -> Path | None:
    """Send the application's warnings and errors to the log file; returns its path, or
    None when the folder cannot be made (a read-only home): the application still runs.

    Calling again is harmless; after ENGAGEMENTS_LOG_DIR changed it moves to the new file."""
    logger = logging.getLogger(APPLICATION_LOGGER)
    logger.setLevel(logging.DEBUG if os.environ.get(DEBUG_VARIABLE) else logging.INFO)
    path = log_file().absolute()
    for handler in list(logger.handlers):
        if isinstance(handler, LogFile):
            if handler.path == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    handler = LogFile(path)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return path


def log_uncaught() -> None:
    """Log an exception nothing caught (in the window, one raised in a Qt slot: Qt prints
    it and carries on) before it is printed as before; started from a desktop menu, the
    window has no terminal to print to."""
    previous = sys.excepthook

    def hook(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger(APPLICATION_LOGGER).critical(
                "uncaught exception", exc_info=(kind, value, traceback)
            )
        previous(kind, value, traceback)

    sys.excepthook = hook
