"""Keep the window's Chinese translation in step with the sources.

    python packaging/translations.py update   # collect strings into the .ts (lupdate)
    python packaging/translations.py release  # compile the .ts into the .qm the app loads
    python packaging/translations.py check    # list strings without a translation
    python packaging/translations.py refresh  # update, release and check in one go
    python packaging/translations.py todo > new.tsv    # the untranslated, as source<TAB>
    python packaging/translations.py fill new.tsv      # take source<TAB>translation lines

After the window's strings change: ``refresh`` lists what is new; translate those lines
(``todo`` writes them, one ``source<TAB>`` per line; add the Chinese after the tab; a
newline in a string is written ``\n``), ``fill`` them in and ``refresh`` again.

The ``.ts`` file is the source a translator edits (Qt Linguist, or any XML editor); the
``.qm`` beside it is what ships. Both live in ``resources/translations``.
"""

from __future__ import annotations

import re
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
    return sorted((ROOT / "src" / "engagements" / "gui").glob("*.py")) + sorted(
        (ROOT / "ui").glob("*.ui")
    )


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: beside the running Python first (a
    virtual environment that is not activated), then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(
            f"{name} not found beside {sys.executable} or on PATH: "
            "install PySide6 (pip install -e .) in this environment"
        )
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"engagements_{language}.ts"


def update(
    target: Path | None = None, language: str = "zh_CN", extra_sources: list[Path] | None = None
) -> Path:
    """Collect the sources' strings into the .ts (existing translations are kept; strings
    no source uses any more are dropped)."""
    target = target or ts_file(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    files = [*sources(), *(extra_sources or [])]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, files),
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    return target


def release(language: str = "zh_CN", target: Path | None = None) -> Path:
    """Compile the .ts into the .qm the application loads (or into ``target``)."""
    compiled = target or ts_file(language).with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file(language)), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    return compiled


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source text) of every message without a finished translation."""
    missing = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                [translation.text]
                if translation is not None and message.get("numerus") != "yes"
                else [form.text for form in translation.iter("numerusform")]
                if translation is not None
                else []
            )
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not forms
                or not all((text or "").strip() for text in forms)
            ):
                missing.append((name, message.findtext("source", "")))
    return missing


PLACEHOLDERS = re.compile(r"\{[^}]*\}|%n")


def fill(ts: Path, table: dict[str, str]) -> list[str]:
    """Give the messages of ``ts`` still without a translation the one in ``table`` (by
    source text). A mnemonic (``&File``) is kept as ``(&F)`` after the translation; a
    translation whose placeholders differ from its source's is refused. Returns problems."""
    tree = ElementTree.parse(ts)
    problems = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if (
            translation is None
            or source not in table
            or (translation.get("type") is None and "".join(translation.itertext()).strip())
        ):
            continue
        text = _with_mnemonic(source, table[source])
        if sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(source)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            ElementTree.SubElement(translation, "numerusform").text = text
            translation.text = None
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return problems


def _with_mnemonic(source: str, text: str) -> str:
    key = re.search(r"&([A-Za-z0-9])", source.replace("&#", ""))
    if key is None or "&" in text:
        return text
    ending = next((e for e in ("…", ":", "：") if text.endswith(e)), "")
    return f"{text.removesuffix(ending) if ending else text}(&{key.group(1).upper()}){ending}"


def _read_table(path: Path) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, translated = line.split("\t", 1)
            if translated.strip():
                table[source.replace("\\n", "\n")] = translated.replace("\\n", "\n")
    return table


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "check"
    if action == "refresh":
        return main(["update"]) or main(["release"]) or main(["check"])
    for language in LANGUAGES:
        if action == "todo":
            for _context, text in untranslated(ts_file(language)):
                print(text.replace("\n", "\\n") + "\t")
        elif action == "fill" and len(argv) == 2:
            problems = fill(ts_file(language), _read_table(Path(argv[1])))
            for problem in problems:
                print(f"{language}: {problem}")
            print(f"filled {ts_file(language)}; now run: python packaging/translations.py refresh")
            if problems:
                return 1
        elif action == "update":
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
