"""The import contracts in pyproject.toml ([tool.importlinter]) hold for the code, and each
one fails when a wrong import is planted in a copy of the package.

``.ci/run`` runs ``lint-imports`` on the real tree; these tests prove every contract can
fail, including on an import hidden inside a function.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "engagements"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(
    not LINT_IMPORTS.exists(), reason='import-linter not installed: pip install -e ".[dev]"'
)


def lint_imports(project: Path, *contracts: str) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the package under ``project/src`` with ``project``'s pyproject."""
    selected = [argument for contract in contracts for argument in ("--contract", contract)]
    environment = {**os.environ, "PYTHONPATH": str(project / "src")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", *selected],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The package and its pyproject.toml, copied to plant imports in."""
    shutil.copytree(
        PACKAGE, tmp_path / "src" / "engagements", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def plant(copy: Path, module: str, code: str) -> None:
    """Append ``code`` to ``module`` (a path under the package, e.g. ``gui/app.py``)."""
    path = copy / "src" / "engagements" / module
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + code + "\n", encoding="utf-8")


def test_the_code_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_an_untouched_copy_keeps_every_contract(copy):
    # The planted imports below are what breaks a contract, not the copying.
    result = lint_imports(copy)
    assert result.returncode == 0, result.stdout + result.stderr


PLANTED = [
    # (contract id, module, planted code): one wrong import each.
    ("layers", "forms/fields.py", "from engagements.services.iem import IemRequestInput"),
    ("layers", "gui/app.py", "from engagements.cli.common import emit"),
    ("layers", "cli/rules_cmd.py", "from engagements.gui import theme"),
    (
        "layers",
        "domain/status.py",
        "def planted():\n    from engagements.services import iem  # hidden in a function\n"
        "    return iem",
    ),
    ("layers", "errors.py", "from engagements.domain import status"),
    ("layers", "services/terms.py", "from engagements.settings import today"),
    ("pure-domain", "domain/lead_time.py", "import sqlalchemy"),
    (
        "pure-domain",
        "domain/allowance.py",
        "def planted():\n    from PySide6 import QtCore\n    return QtCore",
    ),
    ("tools-below-database", "forms/fields.py", "import sqlalchemy.orm"),
    ("tools-below-database", "reports/chart.py", "from PySide6 import QtGui"),
    ("light-settings", "settings.py", "import sqlalchemy"),
    (
        "light-settings",
        "logs.py",
        "def planted():\n    from PySide6 import QtCore\n    return QtCore",
    ),
    ("through-services", "gui/bars.py", "from engagements.store import models"),
    ("through-services", "cli/listing_cmd.py", "from engagements.store.engine import make_engine"),
    (
        "no-cycles",
        "services/terms.py",
        "def planted():\n    from engagements.services import iem  # iem imports terms\n"
        "    return iem",
    ),
    ("no-cycles", "gui/no_display.py", "from engagements.gui import app"),
    (
        "no-cycles",
        "gui/exchange.py",
        "if TYPE_CHECKING:\n    from engagements.gui.main_window import MainWindow",
    ),
]


@pytest.mark.parametrize(
    ("contract", "module", "code"), PLANTED, ids=[f"{c}:{m}" for c, m, _ in PLANTED]
)
def test_a_planted_wrong_import_breaks_its_contract(copy, contract, module, code):
    plant(copy, module, code)
    result = lint_imports(copy, contract)
    assert result.returncode != 0, result.stdout
    assert "BROKEN" in result.stdout


def test_the_readme_diagram_names_every_layer_of_the_contract():
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = next(
        c["layers"] for c in contracts["tool"]["importlinter"]["contracts"] if c["id"] == "layers"
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    diagram = readme.split("## How it is built", 1)[1].split("```", 2)[1]
    rows = [line for line in diagram.splitlines() if line.strip()]
    named = [
        name.strip().removeprefix("engagements.") for layer in layers for name in layer.split("|")
    ]
    for name in named:
        assert re.search(rf"\b{name}\b", diagram), f"the README's diagram does not name {name}"
    # Top to bottom in the same order as the contract.
    first_row = [
        next(i for i, row in enumerate(rows) if re.search(rf"\b{name}\b", row)) for name in named
    ]
    assert first_row == sorted(first_row)


def test_the_main_window_implements_all_that_its_menus_ask_of_it():
    # The menus, the form exchange and form drops name the window by gui.window.Window
    # (so they need not import main_window); every method there must be MainWindow's own.
    pytest.importorskip("PySide6")
    from engagements.gui.main_window import MainWindow
    from engagements.gui.window import Window

    asked = [name for name, value in vars(Window).items() if callable(value)]
    assert asked
    assert [name for name in asked if getattr(MainWindow, name) is getattr(Window, name)] == []


# SQL lives in the storage layer (issue 17): a service asks a query module in
# ``engagements.store`` for its statements and runs them; it builds no SELECT itself.
# Writes through ORM objects in a unit of work stay in the services (they are the use case).
# An import-linter contract cannot say this: it sees SQLAlchemy as one external package
# (no ``sqlalchemy.sql`` to forbid), and the services rightly import ``sqlalchemy.orm``.
SQL_BUILDERS = frozenset({"select", "text", "func", "union_all", "literal_column", "extract"})


def sql_built_in(source: str) -> list[str]:
    """Where ``source`` imports a statement builder from SQLAlchemy or calls one."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            found += [
                f"line {node.lineno}: imports {alias.name}"
                for alias in node.names
                if alias.name in SQL_BUILDERS
            ]
        elif isinstance(node, ast.Call):
            # select(), sa.select(), func.count(), sqlalchemy.func.count(); not text.strip()
            called, names = node.func, []
            while isinstance(called, ast.Attribute):
                names.append(called.attr)
                called = called.value
            base = getattr(called, "id", "")
            built = [name for name in names if name in SQL_BUILDERS]
            if built or (base in SQL_BUILDERS and (not names or base == "func")):
                found.append(f"line {node.lineno}: calls {(built or [base])[0]}")
    return found


def test_services_build_no_sql():
    # No exceptions: the last two (roster, sessions) moved their statements to
    # store.roster_queries and store.session_queries.
    building, scanned = {}, set()
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        scanned.add(module)
        if found := sql_built_in(path.read_text("utf-8")):
            building[module] = found
    # The scan reads the services that used to build SQL (not an empty or wrong folder).
    assert {"services/roster.py", "services/sessions.py"} <= scanned
    assert building == {}, "services build SQL; move the statements to a store query module"


@pytest.mark.parametrize(
    "code",
    [
        "from sqlalchemy import select",
        "from sqlalchemy.sql import text",
        "rows = session.execute(sqlalchemy.select(Partner.id))",
        "count = session.scalar(sa.func.count())",
        "from sqlalchemy import func as f",
        "found = func.lower(Partner.name).like(pattern)",
    ],
)
def test_a_planted_statement_is_found(code):
    assert sql_built_in(code)


def test_orm_writes_and_store_queries_are_not_statements():
    assert (
        sql_built_in(
            "from sqlalchemy import delete, update\n"
            "from engagements.store.listing_queries import listing_query\n"
            "session.execute(listing_query(selection))\n"
            "session.execute(delete(Hold).where(Hold.id == 1))\n"
            "words = text.strip().split()\n"
        )
        == []
    )
