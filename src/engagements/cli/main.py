"""Entry point of the ``engagements`` command.

Global options (``--db``, ``--json``, ``--read-only``) are accepted before or after the
subcommand. With no subcommand the desktop application opens.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn

from engagements import __version__
from engagements.cli.common import fail
from engagements.domain.errors import RuleRefusal
from engagements.services.errors import (
    BadInputFile,
    Conflict,
    DatabaseUnavailable,
    InvalidInput,
    NotAllowed,
)

# Each module registers one group of subcommands with ``register(subparsers, common)``.
COMMAND_MODULES = (
    "engagements.cli.partners_cmd",
    "engagements.cli.rules_cmd",
    "engagements.cli.audit_cmd",
    "engagements.cli.forms_cmd",
    "engagements.cli.team_cmd",
    "engagements.cli.calendar_cmd",
)


def global_options(suppress: bool) -> argparse.ArgumentParser:
    """--db/--json/--read-only, for the top parser and again for every subcommand."""
    default = argparse.SUPPRESS if suppress else None
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", metavar="URL", default=default,
                        help="SQLAlchemy database URL (default: $ENGAGEMENTS_DB or an "
                             "SQLite file in your data folder)")
    parser.add_argument("--json", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="print one JSON object on stdout")
    parser.add_argument("--read-only", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="open the database read only; commands that write exit 6")
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The top-level options alone: what opening the window needs."""
    parser = argparse.ArgumentParser(
        prog="engagements", parents=[global_options(suppress=False)],
        description="Plan Partner Support Plan engagements. Without a command, opens the "
                    "desktop application.")
    parser.add_argument("--version", action="version", version=f"engagements {__version__}")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window to a PNG without a screen and exit")
    parser.add_argument("--view", default="dashboard",
                        choices=("dashboard", "requests", "calendar", "partners", "sessions"))
    parser.add_argument("--size", default="1400x900", help="window size for --screenshot")
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        help="colour scheme for this run (default: the one in Settings)")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """Every command; registering them imports their services, so only when one is used."""
    parser = window_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = global_options(suppress=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # Whoever read our output (`| head`) stopped listening; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _main(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help"} & set(words):
        window_args, rest = window_parser().parse_known_args(words)
        if not rest:  # no command: skip importing every command
            code = _open_window(window_args)
            if argv is None and getattr(window_args, "screenshot", None):
                _end_process_now(code)
            return code
    parser = build_parser()
    args = parser.parse_args(words)
    handler = getattr(args, "handler", None)
    if handler is None:
        if getattr(args, "command", None):
            parser.parse_args([args.command, "--help"])
        return _open_window(args)
    return run_handler(handler, args)


def run_handler(handler: object, args: argparse.Namespace) -> int:
    """Run a command and turn every refusal into one clear line and its exit code."""
    try:
        return int(handler(args))  # type: ignore[operator]
    except RuleRefusal as refusal:
        return fail(args, 3, refusal.error, refusal.reason)
    except InvalidInput as invalid:
        return fail(args, 2, invalid.error, invalid.reason, field=invalid.field)
    except BadInputFile as bad:
        return fail(args, 4, bad.error, bad.reason, field=bad.field)
    except (Conflict, NotAllowed, DatabaseUnavailable) as problem:
        return fail(args, problem.exit_code, problem.error, problem.reason)
    except KeyboardInterrupt:
        return fail(args, 130, "interrupted", "interrupted; nothing was written")
    except Exception as unexpected:  # noqa: BLE001 - the last line of defence for users
        if os.environ.get("ENGAGEMENTS_DEBUG"):
            traceback.print_exc()
        return fail(args, 1, "internal_error",
                    f"internal error ({type(unexpected).__name__}: {unexpected}); "
                    "nothing was written. Set ENGAGEMENTS_DEBUG=1 for details")


def _end_process_now(code: int) -> NoReturn:
    """End a screenshot run as soon as the picture is written and closed.

    Left to itself, the interpreter then frees every widget, table row and font one at a
    time, about 0.1 s with a large dashboard, a third of the whole run, for nothing: no
    file is open, the window keeps no settings from an offscreen picture, and no thread
    is working. Only for a real process (``argv`` None), never when called in-process."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _open_window(args: argparse.Namespace) -> int:
    from engagements.gui.app import run_application  # Qt only when a window is wanted

    return run_handler(lambda a: run_application(a), args)


if __name__ == "__main__":
    sys.exit(main())
