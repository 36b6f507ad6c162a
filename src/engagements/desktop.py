"""Install Engagements as a desktop application: a freedesktop entry and its icon.

The entry shipped in the package (``resources/desktop/engagements.desktop``) is for
packagers, who install the ``engagements`` command on the system path. A user's own install
(pip, pipx, a virtual environment) puts the command where a desktop launcher may not look,
so the entry written for a user names the command by its full path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

DESKTOP_FILE_NAME = "engagements.desktop"
ICON_NAME = "engagements"


@dataclass(frozen=True)
class DesktopInstall:
    """Where the entry and the icon were written."""

    desktop_file: Path
    icon: Path


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` as the freedesktop specification says."""
    configured = os.environ.get("XDG_DATA_HOME")
    return Path(configured) if configured else Path.home() / ".local" / "share"


def shipped_entry() -> str:
    """The desktop entry as shipped for packagers (``Exec=engagements %F``)."""
    return (files("engagements.resources") / "desktop" / DESKTOP_FILE_NAME).read_text("utf-8")


def launcher_command() -> list[str]:
    """How this installation is started: its ``engagements`` script, else this Python with
    ``-m engagements``."""
    beside_python = Path(sys.executable).with_name("engagements")
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return [str(beside_python)]
    found = shutil.which("engagements")
    if found:
        return [str(Path(found).resolve())]
    return [sys.executable, "-m", "engagements"]


def quoted_exec_argument(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry Specification asks when needed."""
    if not any(ch in argument for ch in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    return f'"{escaped}"'


def user_entry(command: list[str]) -> str:
    """The shipped entry with Exec and TryExec naming ``command`` by its full path."""
    exec_line = " ".join(quoted_exec_argument(part) for part in command)
    lines = []
    for line in shipped_entry().splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop_entry(target: Path | None = None) -> DesktopInstall:
    """Write the entry and the icon under ``target`` (default: the user's data folder).

    The entry lists PDF among the files it opens, so "Open with Engagements" on a
    returned request form reviews it in the running window."""
    root = target or data_home()
    entry = root / "applications" / DESKTOP_FILE_NAME
    icon = root / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(user_entry(launcher_command()), encoding="utf-8")
    icon.write_bytes((files("engagements.resources") / "icons" / "app.svg").read_bytes())
    _refresh_caches(entry.parent)
    return DesktopInstall(entry, icon)


def uninstall_desktop_entry(target: Path | None = None) -> list[Path]:
    """Remove what ``install_desktop_entry`` wrote; returns the files removed."""
    root = target or data_home()
    removed = []
    for path in (
        root / "applications" / DESKTOP_FILE_NAME,
        root / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg",
    ):
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(root / "applications")
    return removed


def _refresh_caches(applications: Path) -> None:
    # Desktops read the MIME cache to offer "Open with"; where the tool is missing the
    # entry still works, it is only found later.
    tool = shutil.which("update-desktop-database")
    if tool and applications.is_dir():
        subprocess.run([tool, str(applications)], check=False, capture_output=True)
