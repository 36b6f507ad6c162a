"""Files shipped inside the package (plan catalog, holiday data, icons, Designer forms).

Always found through importlib.resources, never relative to the working directory, so
they are there in a wheel and in an editable install alike.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file or folder under the top-level ``resources/`` folder."""
    node = files("engagements.resources")
    for part in parts:
        node = node / part
    return node


def ui_form(name: str) -> Traversable:
    """A Qt Designer form under the top-level ``ui/`` folder, e.g. ``main_window.ui``."""
    return files("engagements.ui") / name


def read_resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
