"""Read returned forms safely: size and type checks here, PDF parsing in a child process.

A returned form comes from outside; a crafted PDF could make a parser loop, eat memory
or crash. The parsing therefore runs in a separate Python process with a memory cap and a
CPU-time budget per form, under a wall-clock timeout per form kept here; only plain JSON
(field names and text values) comes back, checked again here before anyone trusts it.

The child is long-lived (``FormReader``): starting Python and pypdf costs more than reading
a form, so one process reads form after form. It is replaced after a crash or a timeout,
and after ``FORMS_PER_READER`` forms, so nothing one form leaves behind stays for long.
"""

from __future__ import annotations

import atexit
import json
import os
import stat
import threading
import time
from collections.abc import Generator, Iterable
from pathlib import Path

from engagements.errors import BadInputFile
from engagements.forms.reader_process import ReaderProcess, ReaderStopped, TooSlow

MAX_FILE_BYTES = 10 * 1024 * 1024
PARSE_TIMEOUT_SECONDS = 20
PARSE_MEMORY_BYTES = 1024 * 1024 * 1024
PARSE_CPU_SECONDS = 15
FORMS_PER_READER = 500
FieldValues = dict[str, str | list[str] | None]


class FormReader:
    """A bounded child process that reads PDF forms one at a time (thread-safe)."""

    def __init__(self, timeout: float = PARSE_TIMEOUT_SECONDS) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._process: ReaderProcess | None = None

    def read(
        self, data: bytes, name: str = "the file", timeout: float | None = None
    ) -> FieldValues:
        """The field values of the PDF ``data`` (``BadInputFile`` when unreadable)."""
        check_pdf_bytes(data, name)
        with self._lock:
            process = self._ready()
            try:
                output = process.ask(data, timeout or self.timeout)
            except TooSlow:
                self._stop(at_once=True)
                raise BadInputFile(
                    f"{name} took too long to read; it may be damaged or crafted",
                    "unreadable_pdf",
                    numbers={"file": name, "case": "too_slow"},
                ) from None
            except ReaderStopped:
                self._stop(at_once=True)  # it crashed or hit its memory or CPU limit on this file
                raise _unreadable(name) from None
        return checked_fields(output, name)

    def _ready(self) -> ReaderProcess:
        if self._process is not None and self._process.served >= FORMS_PER_READER:
            self._stop()
        if self._process is None:
            self._process = ReaderProcess(
                PARSE_MEMORY_BYTES, PARSE_CPU_SECONDS, PARSE_CPU_SECONDS * FORMS_PER_READER
            )
        return self._process

    def _stop(self, at_once: bool = False) -> None:
        if self._process is not None:
            self._process.stop(at_once)
            self._process = None

    def close(self) -> None:
        """End the child process (a later read starts a new one)."""
        with self._lock:
            self._stop()

    def __enter__(self) -> FormReader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


_shared: FormReader | None = None
_shared_lock = threading.Lock()


def shared_reader() -> FormReader:
    """The application's one reader process, started on first use, ended at exit."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FormReader()
            atexit.register(_shared.close)
        return _shared


def read_form_file(path: str | os.PathLike[str]) -> FieldValues:
    """The field values of the PDF at ``path``; ``BadInputFile`` when it is not one we read."""
    return shared_reader().read(file_bytes(path), shown(Path(path).name))


def read_form_files(
    paths: Iterable[str | os.PathLike[str]], per_form_seconds: float, overall_seconds: float
) -> Generator[tuple[str, FieldValues | BadInputFile], None, None]:
    """Read many forms in one child process of their own, in order, as (path, answer).

    A file that cannot be read is answered with its ``BadInputFile`` and the next one
    goes on (in a new process if that one died). Once ``overall_seconds`` have passed,
    the remaining files are answered "not read" without being opened.
    """
    deadline = time.monotonic() + overall_seconds
    with FormReader(per_form_seconds) as reader:
        for path in paths:
            name, left = shown(Path(path).name), deadline - time.monotonic()
            try:
                if left <= 0:
                    raise BadInputFile(
                        f"{name} was not read: the batch ran out of time",
                        "batch_timeout",
                        numbers={"file": name},
                    )
                yield str(path), reader.read(file_bytes(path), name, min(per_form_seconds, left))
            except BadInputFile as bad:
                yield str(path), bad


def shown(name: str | os.PathLike[str]) -> str:
    """A file name fit to print: control characters (newlines, terminal escapes) escaped."""
    text = os.fspath(name)
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )


def file_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, refused when it cannot be read, is not a regular file (a folder,
    a FIFO or a device would hang or mislead the reader) or is over the size limit."""
    file = Path(path)
    try:
        # Non-blocking open, then the type of what was opened: a FIFO cannot hang us, and
        # the file cannot be swapped for one between the check and the read.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            os.close(descriptor)
            kind = "a folder" if stat.S_ISDIR(status.st_mode) else "not a regular file"
            raise BadInputFile(
                f"{shown(file)} is {kind}; give a PDF file",
                "not_a_file",
                numbers={"file": shown(file), "folder": stat.S_ISDIR(status.st_mode)},
            )
        with os.fdopen(descriptor, "rb") as handle:
            if status.st_size > MAX_FILE_BYTES:
                raise BadInputFile(
                    f"{shown(file.name)} is {status.st_size // (1024 * 1024)} "
                    f"MB; a request form is at most "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB",
                    "file_too_large",
                    numbers={
                        "file": shown(file.name),
                        "size_mb": status.st_size // (1024 * 1024),
                        "limit_mb": MAX_FILE_BYTES // (1024 * 1024),
                    },
                )
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise BadInputFile(
            f"cannot read {shown(file)}: {exc.strerror or exc}", "unreadable_file"
        ) from exc


def check_pdf_bytes(data: bytes, name: str) -> None:
    """Refuse what is plainly not a PDF before a child process sees it."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInputFile(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
            "file_too_large",
            numbers={"file": name, "limit_mb": MAX_FILE_BYTES // (1024 * 1024)},
        )
    if not data.strip():
        raise BadInputFile(f"{name} is empty", "not_a_pdf", numbers={"file": name, "case": "empty"})
    if b"%PDF-" not in data[:1024]:
        raise BadInputFile(f"{name} is not a PDF file", "not_a_pdf", numbers={"file": name})


def _unreadable(name: str) -> BadInputFile:
    return BadInputFile(
        f"{name} is damaged or not a readable PDF", "unreadable_pdf", numbers={"file": name}
    )


def checked_fields(output: bytes, name: str) -> FieldValues:
    """The child's JSON answer, checked: only names and text values get through."""
    try:
        result = json.loads(output.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _unreadable(name) from None
    if not isinstance(result, dict) or result.get("ok") is not True:
        raise _unreadable(name)
    fields = result.get("fields")
    if not isinstance(fields, dict):
        raise _unreadable(name)
    if result.get("active"):
        # Our forms hold no scripts or actions; one that does was made to act on the
        # reader's machine (an ASM previewing it), not to ask for support.
        raise BadInputFile(
            f"{name} contains {result['active']}, which a request form never does; it was not read",
            "active_content",
            numbers={"file": name, "active": result["active"]},
        )
    return {str(key): _value(value) for key, value in fields.items()}


def _value(value: object) -> str | list[str] | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        return [str(item) for item in value]
    return str(value)
