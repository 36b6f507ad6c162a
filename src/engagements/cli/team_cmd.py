"""team setup, team add-user, team whoami: team mode on PostgreSQL."""

from __future__ import annotations

import argparse
from typing import Any

from engagements.cli.common import emit, open_database
from engagements.services import team
from engagements.services.permissions import LABEL, ROLES


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser("team", help="team mode on PostgreSQL: roles and logins")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup",
        parents=[common],
        help="create this database's group roles (engagements_<database>_admin/_asm/_tam) "
        "and their privileges",
    )
    setup.add_argument(
        "--prefix",
        help="name the groups PREFIX_admin, PREFIX_asm, PREFIX_tam "
        "instead of after the database, e.g. --prefix sales",
    )
    setup.add_argument(
        "--reuse-roles",
        action="store_true",
        help="use existing group roles even if they carry rights in another "
        "database (that database's team then reaches this one too)",
    )
    setup.set_defaults(handler=_setup)
    add_user = actions.add_parser(
        "add-user", parents=[common], help="create a database login in a team role"
    )
    add_user.add_argument("login")
    add_user.add_argument(
        "--role",
        required=True,
        choices=ROLES,
        help="tam reads; asm also records and approves; admin also keeps the roster and calendars",
    )
    add_user.add_argument(
        "--password-env",
        metavar="VAR",
        help="take the password from this environment variable (never from the command line)",
    )
    add_user.set_defaults(handler=_add_user)
    whoami = actions.add_parser(
        "whoami", parents=[common], help="your login and team role on this database"
    )
    whoami.set_defaults(handler=_whoami)


def _setup(args: argparse.Namespace) -> int:
    result = team.setup_team(open_database(args), args.prefix, args.reuse_roles)
    notes = [f"created {', '.join(result.created)}"] if result.created else []
    if result.reused:
        notes.append(f"reusing existing roles {', '.join(result.reused)}")
    if result.released:
        notes.append(
            f"took this database's rights from former groups "
            f"{', '.join(result.released)} (add their users again)"
        )
    said = f" ({'; '.join(notes)})" if notes else ""
    return emit(
        args,
        {
            "roles": list(result.roles),
            "created": list(result.created),
            "reused": list(result.reused),
            "released": list(result.released),
            "database": result.database,
            "tables": result.tables,
        },
        f"team roles ready on {result.database}: {', '.join(result.roles)}{said}",
    )


def _add_user(args: argparse.Namespace) -> int:
    # Read the password before opening the database: a missing variable is a usage error.
    password = team.password_from_environment(args.password_env) if args.password_env else None
    user = team.add_user(open_database(args), args.login, args.role, password)
    verb = "created login" if user.created else "moved existing login"
    return emit(
        args,
        {"login": user.login, "role": user.role, "group": user.group, "created": user.created},
        f"{verb} {user.login} into {user.group} ({LABEL[user.role]})",
    )


def _whoami(args: argparse.Namespace) -> int:
    member = team.member(open_database(args))
    role = LABEL[member.role] if member.role else "no team role"
    return emit(
        args,
        {
            "login": member.login,
            "role": member.role,
            "team_mode": member.team_mode,
            "why": member.why,
        },
        f"{member.login}: {role} ({member.why})",
    )
