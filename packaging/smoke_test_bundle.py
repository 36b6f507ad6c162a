"""Start the single-folder build as a person without Python would, and check it works:
fill a database, answer a rule, export a form, and paint the window to a picture.

    python packaging/smoke_test_bundle.py [dist/engagements/engagements]

Exits non-zero, naming the step, when any of it fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_BUNDLE = HERE.parent / "dist" / "engagements" / "engagements"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run(bundle: Path, folder: Path, *words: str) -> str:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV"))
    }  # nothing of ours
    environment.update(
        ENGAGEMENTS_TODAY="2026-11-26",
        QT_QPA_PLATFORM="offscreen",
        ENGAGEMENTS_CACHE_DIR=str(folder / "cache"),
        HOME=str(folder),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    completed = subprocess.run(
        [str(bundle), "--db", f"sqlite:///{folder / 'smoke.db'}", *words],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(
            f"bundle smoke test: `{' '.join(words)}` exited "
            f"{completed.returncode}: {completed.stderr.strip()}"
        )
    return completed.stdout


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BUNDLE
    with tempfile.TemporaryDirectory(prefix="engagements-bundle-") as name:
        folder = Path(name)
        filled = json.loads(run(bundle, folder, "demo", "--partners", "12", "--json"))
        assert filled["partners"] == 12, filled
        answer = json.loads(
            run(
                bundle,
                folder,
                "lead-time",
                "--calendar",
                "CN",
                "--submitted",
                "2026-09-21",
                "--json",
            )
        )
        assert answer["earliest_start"] == "2026-10-12", answer  # after the Golden Week
        partner = json.loads(run(bundle, folder, "partner", "list", "--json"))["partners"][0]
        run(
            bundle,
            folder,
            "form",
            "export",
            "--partner",
            partner["id"],
            "--out",
            str(folder / "form.pdf"),
        )
        assert (folder / "form.pdf").read_bytes().startswith(b"%PDF")
        for view in ("dashboard", "calendar"):
            picture = folder / f"{view}.png"
            run(bundle, folder, "--screenshot", str(picture), "--view", view)
            data = picture.read_bytes()
            assert data.startswith(PNG_SIGNATURE) and len(data) > 20_000, (view, len(data))
        # The Chinese window needs its compiled translation inside the bundle.
        translations = list(bundle.parent.rglob("engagements_zh_CN.qm"))
        assert translations, f"no engagements_zh_CN.qm in {bundle.parent}"
        picture = folder / "dashboard-zh_CN.png"
        run(bundle, folder, "--screenshot", str(picture), "--language", "zh_CN")
        assert picture.read_bytes().startswith(PNG_SIGNATURE)
    print(f"bundle smoke test passed: {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
