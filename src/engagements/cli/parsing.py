"""The argument parser: usage errors as exceptions, and help that teaches.

argparse prints the usage before the error and exits on its own; a person reads the first
line, and a script given ``--json`` wants JSON. So a usage error is raised, and the entry
point prints the clear line first (and the JSON object with ``--json``).

Every option's help says its format and gives an example. Options that mean the same
thing in every command (``--partner``, ``--on``, ``--tz``...) are described once here;
the format of a value comes from its type, so a date option cannot forget to say
YYYY-MM-DD.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from engagements.cli.common import parse_date, parse_datetime, positive_int

EPILOG = """\
Run `engagements COMMAND --help` for a command's options, with their formats and examples.
Global options (--db, --json, --read-only) go before or after the command.

exit codes:
  0  done
  2  usage error: a bad flag or value, an unknown id, a malformed date
  3  refused by a business rule (with --json: "error" and "reason")
  4  bad input file: unreadable, forged, expired, replayed, for another partner
  5  changed by someone else at the same time, or the database is busy: try again
  6  not allowed for this user (a read-only reviewer, a missing privilege)
  7  the database cannot be reached (server down, wrong host or port)
  On any non-zero exit nothing was written.

environment:
  ENGAGEMENTS_DB=URL          the database when --db is not given, e.g.
                              sqlite:///engagements.db or postgresql://alice@dbhost/engagements
  ENGAGEMENTS_TODAY=YYYY-MM-DD  the application's today, for rehearsals and demos
                              (default: the local date)
  ENGAGEMENTS_DEBUG=1         print the traceback of an internal error
"""

# Value formats, by the type that parses them: (metavar, what it is, example).
FORMATS = {
    parse_date: ("YYYY-MM-DD", "a date", "2026-12-03"),
    parse_datetime: ("DATETIME", "ISO 8601 date and time with offset", "2026-12-03T10:00+08:00"),
    positive_int: ("N", "a whole number", "12"),
}

# Options with one meaning everywhere: (metavar, help).
SHARED_OPTIONS = {
    "--partner": ("ID", "the partner's id, e.g. P001 (`engagements partner list`)"),
    "--expert": ("ID", "the expert's id, e.g. E1 (`engagements expert list`)"),
    "--id": ("ID", "the new record's id: letters, digits, '.', '_' or '-', e.g. P001"),
    "--name": ("NAME", 'the name as people write it, e.g. "Wang Lei"'),
    "--calendar": ("CODE", "a working calendar's ISO code, e.g. CN, HK, SG, US, GB, DE, JP"),
    "--tz": ("ZONE", "an IANA time zone, e.g. Asia/Shanghai or Europe/Berlin"),
    "--on": ("YYYY-MM-DD", "the day to look at, e.g. 2026-10-01 (default: today)"),
    "--submitted": ("YYYY-MM-DD", "the day the request arrived, e.g. 2026-09-21 (default: today)"),
    "--months": ("N", "length of the committed term in months, e.g. 12"),
    "--sessions": ("N", "the contract's yearly session quota (Commercial), e.g. 6"),
    "--tam": ("NAME", 'designated technical account manager, e.g. "Li Na"'),
    "--asm": ("NAME", 'designated account support manager, e.g. "Zhang Wei"'),
    "--justification": (
        "TEXT",
        'why a late or over-allowance approval is accepted, e.g. "launch date fixed by regulator"',
    ),
    "--reason": ("TEXT", 'why, in a sentence, e.g. "event moved to next year"'),
    "--summary": ("TEXT", 'what was done, e.g. "architecture review of the order system"'),
    "--description": ("TEXT", 'what the partner needs, e.g. "peak support for the sale"'),
    "--event-name": ("TEXT", "the event's name, e.g. \"Singles' Day sale\""),
    "--sub-client-id": ("ID", "the sub-client's account id, e.g. acc-778"),
    "--sub-client-name": ("NAME", 'the sub-client\'s name, e.g. "Yunfan Mall"'),
    "--attendees": ("TEXT", 'who attends, e.g. "Partner architects, ASM"'),
    "--by": ("NAME", 'who did it, e.g. "Wang Lei" (default: you)'),
    "--days": ("N", "number of natural days, e.g. 4"),
    "--limit": ("N", "at most this many, newest first, e.g. 20"),
    "--year": ("YYYY-MM-DD", "a day in the allowance year, e.g. 2026-11-01 (default: today)"),
    "--seed": ("N", "random seed: the same seed gives the same data, e.g. 7"),
    "--out": ("FILE", "the file to write (its folder must exist)"),
    "--password-env": ("VAR", "the environment variable holding the password, e.g. NEW_PASSWORD"),
    "--db": (
        "URL",
        "SQLAlchemy database URL, e.g. sqlite:///engagements.db or "
        "postgresql://alice@dbhost/engagements (default: $ENGAGEMENTS_DB, else "
        "an SQLite file in your data folder)",
    ),
}
POSITIONAL = {
    "id": ("ID", "the record's number, e.g. 12 (see the list command)"),
    "login": ("LOGIN", "a database login, e.g. alice"),
    "file": ("FILE", "the file to read"),
}
# Examples of file names, by the metavar that says the file's kind.
FILE_EXAMPLES = {
    "FILE": "CN-2027.ics",
    "FILE.pdf": "P001-request.pdf",
    "FILE.ics": "engagements.ics",
    "FILE.pdf|.csv|.xlsx": "report.pdf",
}


class UsageError(Exception):
    """A command line that cannot be understood; exit 2."""

    def __init__(self, message: str, parser: argparse.ArgumentParser) -> None:
        super().__init__(message)
        self.message = message
        self.parser = parser


class EngagementsParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are raised, not printed and exited."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self)


def teach(parser: argparse.ArgumentParser) -> None:
    """Fill in every option's format, example and the subcommands' descriptions."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                if not sub.description and helps.get(name):
                    sub.description = str(helps[name])[:1].upper() + str(helps[name])[1:] + "."
                teach(sub)
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            _describe(action)


def _describe(action: argparse.Action) -> None:
    shared = (
        POSITIONAL.get(action.dest)
        if not action.option_strings
        else next((SHARED_OPTIONS[o] for o in action.option_strings if o in SHARED_OPTIONS), None)
    )
    if action.nargs == 0:  # a flag: its help says what it does
        return
    if str(action.metavar) in FILE_EXAMPLES and "e.g." not in (action.help or ""):
        example = FILE_EXAMPLES[str(action.metavar)]
        action.help = f"{action.help or (shared or ('', 'the file'))[1]}, e.g. {example}"
        return
    formatted = FORMATS.get(action.type)  # type: ignore[arg-type]
    if action.metavar is None and action.choices is None:
        action.metavar = (shared or formatted or (action.dest.upper(),))[0]
    if shared and not action.help:
        action.help = shared[1]
    elif shared and "e.g." not in (action.help or "") and "e.g." in shared[1]:
        action.help = f"{action.help}; e.g. {shared[1].split('e.g. ', 1)[1]}"
    if formatted and "e.g." not in (action.help or ""):
        _, what, example = formatted
        action.help = f"{action.help + ': ' if action.help else ''}{what}, e.g. {example}"
