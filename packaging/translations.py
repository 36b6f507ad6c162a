"""Keep the window's Chinese translation in step with the sources.

    python packaging/translations.py update   # collect strings into the .ts (lupdate)
    python packaging/translations.py release  # compile the .ts into the .qm the app loads
    python packaging/translations.py check    # list strings without a translation

The ``.ts`` file is the source a translator edits (Qt Linguist, or any XML editor); the
``.qm`` beside it is what ships. Both live in ``resources/translations``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def sources() -> list[Path]:
    """Every file with visible strings: the window's code and its Designer forms."""
    return sorted((ROOT / "src" / "engagements" / "gui").glob("*.py")) \
        + sorted((ROOT / "ui").glob("*.ui"))


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: beside the running Python first (a
    virtual environment that is not activated), then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found beside {sys.executable} or on PATH: "
                         "install PySide6 (pip install -e .) in this environment")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"engagements_{language}.ts"


def update(target: Path | None = None, language: str = "zh_CN",
           extra_sources: list[Path] | None = None) -> Path:
    """Collect the sources' strings into the .ts (existing translations are kept; strings
    no source uses any more are dropped)."""
    target = target or ts_file(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [*sources(), *(extra_sources or [])]
    subprocess.run([tool("pyside6-lupdate"), *map(str, files), "-no-obsolete",
                    "-target-language", language, "-ts", str(target)],
                   check=True, capture_output=True)
    return target


def release(language: str = "zh_CN", target: Path | None = None) -> Path:
    """Compile the .ts into the .qm the application loads (or into ``target``)."""
    compiled = target or ts_file(language).with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(compiled)],
                   check=True, capture_output=True)
    return compiled


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source text) of every message without a finished translation."""
    missing = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [translation.text] if translation is not None and \
                message.get("numerus") != "yes" else \
                [form.text for form in translation.iter("numerusform")] \
                if translation is not None else []
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete") \
                    or not forms or not all((text or "").strip() for text in forms):
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "check"
    for language in LANGUAGES:
        if action == "update":
            print(f"updated {update(language=language)}")
        elif action == "release":
            print(f"compiled {release(language)}")
        elif action == "check":
            missing = untranslated(ts_file(language))
            for context, text in missing:
                print(f"{language}: {context}: {text!r}")
            print(f"{language}: {len(missing)} string(s) without a translation")
            if missing:
                return 1
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
