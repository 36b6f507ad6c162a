"""What the application computes from besides the database: its version, the plan
catalog and holiday data it ships (an administrator may edit them in place), and the
installed workalendar (an upgrade may move holidays). A fingerprint of these tells a
saved result (the saved dashboard) whether it still holds.

It is a version and data fingerprint, nothing more: the application's own code is
covered by its version, not by looking at its source files. The data files are stamped
by name, size and modification time (some 20 files, well under a millisecond), and
workalendar by the version in its installed metadata's folder name (reading the metadata
through ``importlib.metadata`` would cost a start some 20 ms).

Taken once per process, before the catalog is first read (``read_catalog_text``): a
catalog edited after the fingerprint leaves what was computed from it out of date at the
next start, never wrongly current. Nothing here imports SQLAlchemy or Qt.
"""

from __future__ import annotations

import contextlib
import functools
import os
import zlib

from engagements import __version__
from engagements.assets import resource


@functools.cache
def inputs_fingerprint() -> int:
    """A checksum of everything ``input_stamps`` lists."""
    return zlib.crc32("\n".join(input_stamps()).encode())


def read_catalog_text() -> str:
    """The plan catalog's text, read after the fingerprint is taken (see above)."""
    inputs_fingerprint()
    return resource("plan_catalog.toml").read_text(encoding="utf-8")


def input_stamps() -> list[str]:
    """The application's version, workalendar's, and ``path:size:mtime`` of the plan
    catalog and of each holiday data file, sorted."""
    listing = [
        f"engagements {__version__}",
        f"workalendar {workalendar_version()}",
        _stamp(str(resource("plan_catalog.toml"))),
    ]
    with contextlib.suppress(OSError), os.scandir(resource("holidays")) as entries:
        listing.extend(_stamp(entry.path) for entry in entries if entry.name.endswith(".toml"))
    return sorted(listing)


def workalendar_version() -> str:
    """The installed workalendar's version, from its metadata folder's name, found
    without importing it; "unknown" when it cannot be told."""
    import importlib.util

    with contextlib.suppress(ImportError, ValueError, OSError):
        spec = importlib.util.find_spec("workalendar")
        if spec is not None and spec.origin:
            installed = os.path.dirname(os.path.dirname(spec.origin))
            for name in os.listdir(installed):
                if name.startswith("workalendar-") and name.endswith((".dist-info", ".egg-info")):
                    return name[len("workalendar-") :].rsplit(".", 1)[0]
    return "unknown"


def _stamp(path: str) -> str:
    try:
        found = os.stat(path)
    except OSError:
        return f"{path}:gone"
    return f"{path}:{found.st_size}:{found.st_mtime_ns}"
