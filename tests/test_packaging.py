"""ui/ and resources/ ship inside the package and are found from a wheel and an editable install."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_every_package_under_src_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(REPO / "src").parts)
        for init in (REPO / "src" / "engagements").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert {"engagements.resources", "engagements.ui"} <= listed


def test_resources_resolve_through_the_installed_package():
    catalog = files("engagements.resources") / "plan_catalog.toml"
    assert catalog.is_file()
    assert "editions.enterprise" in catalog.read_text(encoding="utf-8")
    assert (files("engagements.resources") / "holidays" / "CN.toml").is_file()
    # The editable install maps the top-level folders, not copies of them.
    if "site-packages" not in str(files("engagements")):
        assert Path(str(catalog)).resolve() == (REPO / "resources" / "plan_catalog.toml")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("engagements-*.whl"))


def test_wheel_contains_ui_resources_and_migrations(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "engagements/resources/plan_catalog.toml" in names
    assert "engagements/resources/holidays/CN.toml" in names
    # The Chinese window loads its compiled translation from the package.
    assert "engagements/resources/translations/engagements_zh_CN.qm" in names
    assert "engagements/store/migrations/env.py" in names
    assert any(n.startswith("engagements/store/migrations/versions/0001") for n in names)
    assert any(n.startswith("engagements/ui/") and n.endswith(".ui") for n in names) or not list(
        (REPO / "ui").glob("*.ui")
    )


def test_wheel_runs_from_another_folder(wheel: Path, tmp_path: Path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # Only the wheel's copy of engagements may be importable: drop the editable finder.
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "ENGAGEMENTS_TODAY": "2026-11-26",
        "PYTHONNOUSERSITE": "1",
    }
    script = (
        "import sys; sys.meta_path[:] = [f for f in sys.meta_path "
        "if 'engagements' not in type(f).__module__ and "
        "'editable' not in getattr(f, '__module__', '')]\n"
        "import engagements, runpy\n"
        f"assert engagements.__file__.startswith({str(target)!r}), engagements.__file__\n"
        "sys.argv = ['engagements'] + sys.argv[1:]\n"
        "from engagements.cli.main import main\nsys.exit(main())"
    )
    db = f"sqlite:///{elsewhere / 'x.db'}"
    added = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--db",
            db,
            "partner",
            "add",
            "--id",
            "P1",
            "--name",
            "Wheel Ltd",
            "--edition",
            "enterprise",
            "--start",
            "2026-01-01",
            "--months",
            "12",
            "--json",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    listed = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--db",
            db,
            "lead-time",
            "--calendar",
            "CN",
            "--submitted",
            "2026-09-21",
            "--json",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0, listed.stderr
