"""Team mode on PostgreSQL: group roles, their privileges, logins, and review notes.

Each database has its own three groups (named after it, see ``services.team_groups``),
and the database enforces them whatever client connects (psql included):

- TAM group: CONNECT, schema USAGE, SELECT on every table but the form-signing secret,
  EXECUTE on ``add_review_note`` (a SECURITY DEFINER function; TAMs have no INSERT,
  UPDATE or DELETE privilege on any table);
- ASM group (includes TAM): INSERT and UPDATE on the engagement tables, INSERT only on
  the audit trail, the secret table, USAGE on their id sequences;
- administrator group (includes ASM): also INSERT, UPDATE and DELETE on the roster and
  the calendar tables.

CONNECT on the database goes to its own groups only (PUBLIC loses it), so a login of
another database's team cannot even connect. Nobody but the owner has UPDATE, DELETE or
TRUNCATE on ``audit_events``, and a trigger refuses those even to the owner. ``team
setup`` revokes before it grants, so running it again (after an upgrade added tables, or
twice by mistake) converges on exactly this.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from engagements.domain.errors import RuleRefusal
from engagements.errors import InvalidInput, NotAllowed
from engagements.services import audit, permissions, team_groups
from engagements.services.database import Database
from engagements.services.permissions import ADMIN, GROUP_ROLES, TAM
from engagements.services.team_grants import (  # noqa: F401 - part of this module's API
    ADMIN_TABLES,
    APPEND_ONLY_TABLES,
    ASM_TABLES,
    AUDIT_TABLE,
    READ_ONLY_TABLES,
    REVIEW_NOTE_FUNCTION,
    SECRET_TABLES,
    existing_tables,
    grants,
    revoke_all,
)
from engagements.store import team_queries
from engagements.store.models import ReviewNote

LOGIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")
MAX_NOTE = 4000
REVIEW_NOTE_KINDS = ("partner", "subscription", "iem_request", "session", "expert", "calendar")


@dataclass(frozen=True)
class TeamSetup:
    roles: tuple[str, ...]  # the group roles, administrators first
    created: tuple[str, ...]  # those that did not exist before
    database: str
    tables: int  # tables the privileges were set on
    reused: tuple[str, ...] = ()  # those that existed and were reused
    released: tuple[str, ...] = ()  # former groups of this database, rights taken away


@dataclass(frozen=True)
class TeamUser:
    login: str
    role: str  # admin, asm or tam
    group: str
    created: bool  # False: an existing login was moved into the group


def setup_team(db: Database, prefix: str | None = None, reuse_roles: bool = False) -> TeamSetup:
    """Create this database's three group roles (if missing) and set their privileges.

    ``prefix`` names the groups ``PREFIX_admin``/``_asm``/``_tam`` (default: after the
    database); existing roles with rights elsewhere are refused unless ``reuse_roles``.
    """
    _require_postgresql(db, "team setup")

    def use_case(session: Session) -> TeamSetup:
        _require_owner(session)
        database = session.execute(team_queries.CURRENT_DATABASE).scalar_one()
        names = team_groups.choose_names(session, database, prefix)
        reused = tuple(team_groups.require_usable(session, names, reuse_roles))
        created = tuple(name for name in names.names if _create_group(session, name))
        released = _release_former_groups(session, names)
        team_groups.record_groups(session, names)
        for statement in grants(session, database, names.by_role):
            _ddl(session, statement)
        tables = existing_tables(session)
        audit.record(
            session,
            db.actor,
            "team.setup",
            ("database", database),
            None,
            {
                "roles": list(names.names),
                "created": list(created),
                "reused": list(reused),
                "released": list(released),
            },
        )
        return TeamSetup(names.names, created, database, len(tables), reused, released)

    return db.write(use_case, needs=ADMIN)


def _release_former_groups(session: Session, names: team_groups.GroupNames) -> tuple[str, ...]:
    """Move the logins of the groups this database used before (say, the shared ones of
    old) into its groups for the same role, then take every right here from those groups.
    The logins keep exactly the access they had to this database, and no more."""
    for role, old in names.recorded.items():
        if old != names.by_role.get(role, old):
            for login in team_groups.logins_in(session, old):
                _ddl(
                    session,
                    f"GRANT {_quote(session, names.by_role[role])} TO {_quote(session, login)}",
                )
    former = tuple(g for g in names.recorded.values() if g not in names.names)
    existing = [g for g in former if session.execute(team_queries.ROLE_EXISTS, {"g": g}).first()]
    if existing:
        groups = ", ".join(_quote(session, g) for g in existing)
        for statement in revoke_all(session, groups):
            _ddl(session, statement)
    return tuple(existing)


def _require_postgresql(db: Database, command: str) -> None:
    if db.read_only:
        raise NotAllowed(
            "the database is open read only; nothing can be changed", {"case": "opened_read_only"}
        )
    if db.is_sqlite:
        raise RuleRefusal(
            "team_mode_needs_postgresql",
            f"{command} works on a PostgreSQL database only: an SQLite file has no logins or "
            "roles (its operating-system file permissions decide who may open it). Point "
            "--db or ENGAGEMENTS_DB at postgresql://HOST/DATABASE",
        )


def _require_owner(session: Session) -> None:
    """Only the tables' owner can grant on them: anyone else's GRANT silently does nothing."""
    owner, may = session.execute(team_queries.TABLE_OWNER, {"table": AUDIT_TABLE}).one()
    if not may:
        raise NotAllowed(
            f"team setup must be run by the owner of the tables ({owner}) or a superuser"
        )


def _create_group(session: Session, name: str) -> bool:
    """Create a NOLOGIN group role; False when it exists (another run may race us)."""
    if session.execute(team_queries.ROLE_EXISTS, {"g": name}).first():
        return False
    _ddl(
        session,
        f"DO $$ BEGIN CREATE ROLE {_quote(session, name)} NOLOGIN; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$",
    )
    return True


def add_user(db: Database, login: str, role: str, password: str | None = None) -> TeamUser:
    """Create a LOGIN role in this database's group of ``role`` (or move a login into it)."""
    if role not in GROUP_ROLES:
        raise InvalidInput(f"unknown role {role!r}; choose admin, asm or tam", "role")
    if not LOGIN.match(login) or login.startswith("pg_") or login in GROUP_ROLES.values():
        raise InvalidInput(
            "a login is 1-63 letters, digits, '_', '.', '@' or '-', starts with "
            "a letter or '_', and is not a pg_ or team group name",
            "login",
        )
    _require_postgresql(db, "team add-user")

    def use_case(session: Session) -> TeamUser:
        groups = _require_team_setup(session)
        if login in groups.values():
            raise InvalidInput(
                f"{login} is one of this database's team groups, not a login", "login"
            )
        group = groups[role]
        created = _create_or_move_login(session, login, group, groups, password)
        audit.record(
            session,
            db.actor,
            "team.add_user",
            ("login", login),
            None,
            {"login": login, "role": role, "group": group, "created": created},
        )
        return TeamUser(login, role, group, created)

    return db.write(use_case, needs=ADMIN)


def _require_team_setup(session: Session) -> dict[str, str]:
    """This database's groups by role; refused before ``team setup`` made them."""
    groups = team_groups.recorded_groups(session)
    found = session.execute(team_queries.ROLES_FOUND, {"names": list(groups.values())}).scalar_one()
    if len(groups) < len(GROUP_ROLES) or found < len(GROUP_ROLES):
        raise RuleRefusal(
            "team_not_set_up",
            "this database's team roles do not exist yet: run `engagements team setup` first",
        )
    return groups


def _create_or_move_login(
    session: Session, login: str, group: str, groups: dict[str, str], password: str | None
) -> bool:
    def q(name: str) -> str:
        return _quote(session, name)

    existing = session.execute(team_queries.CAN_LOG_IN, {"n": login}).first()
    if existing is not None and not existing[0]:
        raise RuleRefusal("not_a_login", f"{login} is a group role, not a login")
    secret = f" PASSWORD {_literal(_encrypted(session, login, password))}" if password else ""
    if existing is None:
        _ddl(session, f"CREATE ROLE {q(login)} LOGIN{secret} IN ROLE {q(group)}")
        return True
    # One team role per login: moving a user from ASM to TAM must take the writes away.
    # Only this database's groups: another database's team is not ours to change.
    for other in (g for g in groups.values() if g != group):
        _ddl(session, f"REVOKE {q(other)} FROM {q(login)}")
    _ddl(session, f"GRANT {q(group)} TO {q(login)}")
    if secret:
        elsewhere = team_groups.rights_elsewhere(session, login, tuple(groups.values()))
        if [place for place in elsewhere if place != "can log in or is privileged"]:
            raise NotAllowed(
                f"{login} also has rights outside this database's team "
                f"({'; '.join(sorted(elsewhere))}); its password is not this "
                "database's to change"
            )
        _ddl(session, f"ALTER ROLE {q(login)}{secret}")
    return False


def _encrypted(session: Session, login: str, password: str) -> str:
    """The password hashed by libpq (SCRAM), so the clear text never reaches the server log."""
    driver: Any = session.connection().connection.driver_connection
    hashed: bytes = driver.pgconn.encrypt_password(password.encode(), login.encode())
    return hashed.decode()


def password_from_environment(variable: str) -> str:
    """The password held in environment variable ``variable`` (never typed on a command line)."""
    value = os.environ.get(variable)
    if not value:
        raise InvalidInput(f"environment variable {variable} is not set or empty", "password-env")
    return value


def _ddl(session: Session, statement: str) -> None:
    # Straight to the driver: role and grant statements take no bind parameters, and a
    # hashed password's ':' must not be read as one.
    session.connection().exec_driver_sql(statement)


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def add_review_note(db: Database, entity: tuple[str, str], note: str) -> int:
    """A reviewer's note on a partner, request or session; returns the note's id.

    On PostgreSQL it goes through ``add_review_note`` (the only write a TAM may make);
    on SQLite the row and its audit record are written directly.
    """
    if not note.strip() or len(note) > MAX_NOTE:
        raise InvalidInput(f"a review note must be 1-{MAX_NOTE} characters", "text")
    if entity[0] not in REVIEW_NOTE_KINDS or not 1 <= len(entity[1]) <= 64:
        raise InvalidInput(
            f"a review note is about one of {', '.join(REVIEW_NOTE_KINDS)}, "
            "by an id of 1-64 characters",
            "entity",
        )

    def use_case(session: Session) -> int:
        if not db.is_sqlite:
            return int(
                session.execute(
                    team_queries.ADD_REVIEW_NOTE, {"kind": entity[0], "id": entity[1], "note": note}
                ).scalar_one()
            )
        row = ReviewNote(
            entity_kind=entity[0], entity_id=entity[1], author=db.actor, text=note.strip()
        )
        session.add(row)
        session.flush()
        audit.record(
            session, db.actor, "review_note.add", entity, None, {"id": row.id, "text": row.text}
        )
        return row.id

    return db.write(use_case, needs=TAM)


def member(db: Database) -> permissions.TeamMember:
    """Who is acting and with which team role (for ``team whoami`` and the window)."""
    return permissions.team_member(db)
