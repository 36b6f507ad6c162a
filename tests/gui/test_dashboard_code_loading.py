"""A team database opens with the dashboard's code loaded (while the open waited on the
network); an embedded file loads it only when the dashboard asks. Each case runs in a
fresh interpreter: in the test process every module is long loaded."""

from __future__ import annotations

import json
import subprocess
import sys

LOADED_AFTER_OPENING = """
import json, sys
from datetime import date
from engagements.gui.main_window import open_workspace
before = {name: name in sys.modules for name in sys.argv[2:]}
open_workspace(sys.argv[1], False, date(2026, 6, 15), fill_demo_if_empty=False)
print(json.dumps({"before": before, "after": {name: name in sys.modules for name in sys.argv[2:]}}))
"""
DASHBOARD_CODE = ("engagements.services.dashboard", "engagements.services.calendar_view")


def _loaded(url: str) -> dict[str, dict[str, bool]]:
    done = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER_OPENING, url, *DASHBOARD_CODE],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_team_database_opens_with_the_dashboards_code_loaded(postgres_url: str) -> None:
    loaded = _loaded(postgres_url)
    assert loaded["before"] == dict.fromkeys(DASHBOARD_CODE, False)
    assert loaded["after"] == dict.fromkeys(DASHBOARD_CODE, True)


def test_an_embedded_file_opens_without_loading_it(sqlite_url: str) -> None:
    assert _loaded(sqlite_url)["after"] == dict.fromkeys(DASHBOARD_CODE, False)
