"""Fixtures shared by the domain tests; makes the shipped data importable from a checkout.

pyproject maps the top-level ``resources/`` folder to the package ``engagements.resources``
when the project is installed. Run from the source tree (``PYTHONPATH=src``) that package
does not exist, so it is registered here from the folder itself.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from workalendar.core import SAT, SUN, Calendar
from workalendar.registry import registry


def _register_shipped_resources() -> None:
    try:
        import engagements.resources  # noqa: F401  (installed: nothing to do)

        return
    except ModuleNotFoundError:
        pass
    import engagements

    folder = Path(__file__).resolve().parents[2] / "resources"
    spec = importlib.util.spec_from_file_location(
        "engagements.resources", folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    engagements.resources = module


_register_shipped_resources()


@pytest.fixture(scope="session")
def workalendar_reference() -> Callable[[str], Calendar]:
    """workalendar's own calendar for an ISO code, with a Saturday-Sunday weekend.

    The reference the business calendars are checked against: one instance per code,
    reused, as an application would use workalendar.
    """
    made: dict[str, Calendar] = {}

    def reference(code: str) -> Calendar:
        if code not in made:
            made[code] = _with_saturday_sunday_weekend(registry.get(code))()
        return made[code]

    return reference


def _with_saturday_sunday_weekend(law: type[Calendar]) -> type[Calendar]:
    class Reference(law):  # type: ignore[misc]
        WEEKEND_DAYS = (SAT, SUN)

        def get_variable_days(self, year: int) -> list[tuple[date, str]]:
            # workalendar's HK sets shift_start_cny_sunday on the instance for years before
            # 2011 and never resets it, so after 2005 it would shift 2023's New Year wrongly.
            self.__dict__.pop("shift_start_cny_sunday", None)
            return list(super().get_variable_days(year))

    return Reference
