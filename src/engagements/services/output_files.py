"""How files the user asks for are written: one rule for every export.

A form, a calendar, a report or a screenshot is the user's file: it gets the permissions
any program of theirs would give it, 0666 less their umask (0644 with the usual 022), not
the private 0600 a temporary file starts with.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

from engagements.errors import InvalidInput

_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:  # elsewhere the only way to read it is to set it and put it back
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def user_file_mode() -> int:
    """The permission bits of a new file the user asked for."""
    return 0o666 & ~current_umask()


def write_file_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` next to ``path`` and rename, so a failed export leaves no half file."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise InvalidInput(f"cannot write {path}: the folder {folder} does not exist", "out")
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".engagements-", suffix=".tmp")
        if hasattr(os, "fchmod"):  # the user's file, not a private temporary one
            os.fchmod(handle, user_file_mode())
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise InvalidInput(f"cannot write {path}: {error.strerror or error}", "out") from None
    return path.resolve()
