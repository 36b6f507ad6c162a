"""Files shipped inside the package (plan catalog, holiday data, icons, Designer forms).

Always found through the packages they ship in (``engagements.resources`` and
``engagements.ui``, mapped from the top-level folders), never relative to the working
directory, so they are there in a wheel and in an editable install alike. The packages'
own folder is used rather than ``importlib.resources``, whose import costs a start about
ten milliseconds; the application is never run from a zip file.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path


@cache
def _folder(package: str) -> Path:
    return Path(next(iter(importlib.import_module(package).__path__)))


def resource(*parts: str) -> Path:
    """A file or folder under the top-level ``resources/`` folder."""
    return _folder("engagements.resources").joinpath(*parts)


def ui_form(name: str) -> Path:
    """A Qt Designer form under the top-level ``ui/`` folder, e.g. ``main_window.ui``."""
    return _folder("engagements.ui") / name


def read_resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
