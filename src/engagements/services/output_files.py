"""How files the user asks for are written: one rule for every export.

A form, a calendar, a report or a screenshot is the user's file: it gets the permissions
any program of theirs would give it, 0666 less their umask (0644 with the usual 022), not
the private 0600 a temporary file starts with.
"""

from __future__ import annotations

import os
import threading

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
