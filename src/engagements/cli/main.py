"""Entry point of the ``engagements`` command.

Global options (``--db``, ``--json``, ``--read-only``) are accepted before or after the
subcommand. With no subcommand the desktop application opens.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from engagements import __version__, logs
from engagements.cli.common import fail
from engagements.cli.parsing import EPILOG, EngagementsParser, UsageError, teach
from engagements.errors import EngagementsError, exit_code_for
from engagements.settings import database_named, database_url, require_existing_folder

# Each module registers one group of subcommands with ``register(subparsers, common)``.
COMMAND_MODULES = (
    "engagements.cli.partners_cmd",
    "engagements.cli.rules_cmd",
    "engagements.cli.audit_cmd",
    "engagements.cli.forms_cmd",
    "engagements.cli.team_cmd",
    "engagements.cli.calendar_cmd",
    "engagements.cli.desktop_cmd",
    "engagements.cli.listing_cmd",
)
_log = logging.getLogger(__name__)
MIN_SIZE, MAX_SIZE = (640, 480), (7680, 4320)
VIEWS = ("dashboard", "requests", "calendar", "partners", "sessions")


def global_options(suppress: bool) -> argparse.ArgumentParser:
    """--db/--json/--read-only, for the top parser and again for every subcommand."""
    default = argparse.SUPPRESS if suppress else None
    parser = EngagementsParser(add_help=False)
    parser.add_argument("--db", metavar="URL", default=default)
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print one JSON object on stdout",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="open the database read only; commands that write exit 6",
    )
    return parser


def window_parser() -> argparse.ArgumentParser:
    """The top-level options alone: what opening the window needs."""
    parser = EngagementsParser(
        prog="engagements",
        parents=[global_options(suppress=False)],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EPILOG,
        description="Plan Partner Support Plan engagements. Without a command, opens the "
        "desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"engagements {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the main window to a PNG without a screen and exit, "
        "e.g. docs/calendar.png (the folder must exist)",
    )
    parser.add_argument(
        "--view",
        default="dashboard",
        choices=VIEWS,
        help="the view --screenshot shows (default: dashboard)",
    )
    parser.add_argument(
        "--size",
        default="1400x900",
        metavar="WIDTHxHEIGHT",
        help="window size for --screenshot, e.g. 1400x900 (from 640x480 to 7680x4320)",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="colour scheme for this run (default: the one in Settings)",
    )
    parser.add_argument(
        "--language",
        choices=("system", "en", "zh_CN"),
        help="the window's language for this run: the system's, English or "
        "Simplified Chinese (default: the one in Settings)",
    )
    teach(parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """Every command; registering them imports their services, so only when one is used."""
    parser = window_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = global_options(suppress=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers, common)
    teach(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # Whoever read our output (`| head`) stopped listening; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _main(argv: Sequence[str] | None) -> int:
    logs.configure()
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        return _parse_and_run(words, argv is None)
    except UsageError as usage:
        return usage_error(usage, wants_json="--json" in words)


def usage_error(usage: UsageError, wants_json: bool) -> int:
    """The clear line first, then how the command is used; with --json, JSON on stdout."""
    print(f"engagements: {usage.message}", file=sys.stderr)
    print(usage.parser.format_usage().rstrip(), file=sys.stderr)
    print(
        f"Run `{usage.parser.prog} --help` for the options, their formats and examples.",
        file=sys.stderr,
    )
    if wants_json:
        print(
            json.dumps(
                {"error": "usage", "reason": usage.message, "exit_code": 2}, ensure_ascii=False
            )
        )
    return 2


def _parse_and_run(words: list[str], real_process: bool) -> int:
    if not {"-h", "--help"} & set(words):
        window_args, rest = window_parser().parse_known_args(words)
        forms = returned_forms_given(rest)
        if forms is not None:  # `engagements FORM.pdf…`: what "Open with" on a form runs
            window_args.forms, rest = forms, []
        if not rest:  # no command: skip importing every command
            code = _open_window(window_args)
            if real_process and getattr(window_args, "screenshot", None):
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


def returned_forms_given(words: list[str]) -> list[Path] | None:
    """The PDF files named instead of a command (a desktop opening forms with Engagements),
    or None when the words are something else (a command, a typo)."""
    if not words or any(word.startswith("-") for word in words):
        return None
    paths = [Path(word) for word in words]
    if all(path.suffix.lower() == ".pdf" and path.is_file() for path in paths):
        return paths
    return None


def run_handler(handler: object, args: argparse.Namespace) -> int:
    """Run a command and turn every refusal into one clear line and its exit code.

    The databases it opened are closed when it ends: an SQLite file then has its
    write-ahead log folded in at once, not whenever the connections are collected (in a
    process that runs several commands, such as the tests, that was at any later time,
    and the file changed under a command that only read it)."""
    args.opened_databases = []
    try:
        return _run(handler, args)
    finally:
        for database in args.opened_databases:
            database.engine.dispose()


def _run(handler: object, args: argparse.Namespace) -> int:
    try:
        return int(handler(args))  # type: ignore[operator]
    except EngagementsError as problem:  # exit codes: engagements.errors, in one place
        return fail(
            args, exit_code_for(problem), problem.error, problem.reason, **problem.json_details()
        )
    except BrokenPipeError:
        raise  # the reader went away (`| head`): main() ends quietly
    except KeyboardInterrupt:
        return fail(args, 130, "interrupted", "interrupted; nothing was written")
    except Exception as unexpected:  # noqa: BLE001 - the last line of defence for users
        _log.exception("internal error")
        if os.environ.get("ENGAGEMENTS_DEBUG"):
            traceback.print_exc()
        return fail(
            args,
            1,
            "internal_error",
            f"internal error ({type(unexpected).__name__}: {unexpected}); "
            f"nothing was written. The details are in {logs.log_file()}; "
            "set ENGAGEMENTS_DEBUG=1 to print them",
        )


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
    if getattr(args, "screenshot", None):
        problem = screenshot_problem(args.screenshot, args.size)
        if problem:
            return fail(args, 2, "invalid_input", problem)
    return run_handler(_start_window, args)


def _start_window(args: argparse.Namespace) -> int:
    if database_named(args):
        require_existing_folder(database_url(args))
    from engagements.gui.app import run_application  # Qt only when a window is wanted

    return run_application(args)


def screenshot_problem(target: str, size: str) -> str | None:
    """What is wrong with a --screenshot file or --size, before any window opens."""
    path = Path(target)
    if path.suffix.lower() != ".png":
        return f"--screenshot writes PNG: name the file FILE.png, not {target!r}"
    if not path.parent.is_dir():
        return f"--screenshot: the folder {str(path.parent)!r} does not exist"
    if path.is_dir():
        return f"--screenshot: {target!r} is a folder"
    width, _, height = size.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        return f"--size must look like 1400x900, not {size!r}"
    if not (MIN_SIZE[0] <= int(width) <= MAX_SIZE[0] and MIN_SIZE[1] <= int(height) <= MAX_SIZE[1]):
        return (
            f"--size {size} is outside {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]}"
        )
    return None


if __name__ == "__main__":
    sys.exit(main())
