"""install-desktop: put Engagements in the desktop's application menu."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagements.cli.common import emit


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    command = subparsers.add_parser(
        "install-desktop",
        parents=[common],
        help="add Engagements to the desktop's application menu (freedesktop entry and icon)",
        description="Write engagements.desktop and its icon into the user's data folder "
        "($XDG_DATA_HOME, default ~/.local/share), so the desktop lists "
        "Engagements and offers it to open returned PDF forms.",
    )
    command.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="install under DIR instead (e.g. /usr/local/share for all users)",
    )
    command.add_argument(
        "--uninstall", action="store_true", help="remove the entry and the icon again"
    )
    command.set_defaults(handler=_install_desktop)


def _install_desktop(args: argparse.Namespace) -> int:
    from engagements.desktop import install_desktop_entry, uninstall_desktop_entry

    if args.uninstall:
        removed = uninstall_desktop_entry(args.data_dir)
        names = ", ".join(str(path) for path in removed) or "nothing was installed"
        return emit(args, {"removed": [str(path) for path in removed]}, f"Removed: {names}")
    done = install_desktop_entry(args.data_dir)
    return emit(
        args,
        {"desktop_file": str(done.desktop_file), "icon": str(done.icon)},
        f"Installed {done.desktop_file} and {done.icon}; Engagements is in the "
        "application menu (a desktop may need a new login to show it).",
    )
