"""Build Engagements as one folder that runs without Python: dist/engagements/engagements.

    python packaging/build_bundle.py [--dist DIR]

Needs PyInstaller (`pip install pyinstaller`). The folder can be zipped and handed to a
person without Python; it holds the interpreter, Qt and the application's data.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist",
        type=Path,
        default=HERE.parent / "dist",
        help="where the engagements/ folder is written (default: dist/)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=HERE.parent / "build" / "pyinstaller",
        help="PyInstaller's working folder (default: build/pyinstaller)",
    )
    args = parser.parse_args()
    # PyInstaller finds modules as files on the path; an editable install maps them with
    # an import hook it cannot follow. A plain copy of the package, first on the path, is
    # what it analyses (the dependencies come from this environment).
    site = args.work / "site"
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(HERE.parent),
        ],
        check=True,
    )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        str(HERE / "engagements.spec"),
    ]
    environment = {**os.environ, "PYTHONPATH": str(site)}
    completed = subprocess.run(command, cwd=HERE, env=environment, check=False)
    if completed.returncode == 0:
        print(f"Built {args.dist / 'engagements' / 'engagements'}")
    return completed.returncode


if __name__ == "__main__":
    sys.exit(main())
