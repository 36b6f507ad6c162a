"""Each database's own team groups: their names, and whether existing roles may be used.

Group roles live server-wide, but a team is one database's: ``team setup`` names the
groups after the database (``engagements_<database>_admin``/``_asm``/``_tam``, or
``<prefix>_admin``... with ``--prefix``) and records them in ``team_groups``. A role that
already exists is reused only when it is this database's own group, or when it carries no
rights anywhere else; a role with rights in another database (objects or privileges
there, CONNECT to it, membership of other roles, a login or superuser) is refused unless
the administrator says ``--reuse-roles``, because sharing it would let one database's
team write to the other.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from engagements.domain.errors import RuleRefusal
from engagements.errors import InvalidInput
from engagements.services.permissions import ADMIN, ASM, GROUP_ROLES, ROLES, TAM
from engagements.store import team_queries

PREFIX = re.compile(r"^[a-z_][a-z0-9_]{0,55}$")
MAX_NAME = 63  # PostgreSQL truncates longer identifiers: two long names would collide


@dataclass(frozen=True)
class GroupNames:
    by_role: dict[str, str]  # admin/asm/tam -> group role name, for this database
    recorded: dict[str, str]  # what team_groups held before (empty: never set up)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.by_role[role] for role in ROLES)


def default_names(database: str) -> dict[str, str]:
    """``engagements_<database>_<role>``, shortened with a hash when it would be too long."""
    stem = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if len(f"engagements_{stem}_admin") > MAX_NAME:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        stem = f"{stem[: MAX_NAME - len('engagements__admin') - 9]}_{digest}"
    return {role: f"engagements_{stem}_{role}" for role in ROLES}


def prefixed_names(prefix: str) -> dict[str, str]:
    if not PREFIX.match(prefix) or prefix.startswith("pg_"):
        raise InvalidInput(
            "a group prefix is 1-56 lower-case letters, digits or '_', starts "
            "with a letter or '_', and not with pg_",
            "prefix",
        )
    return {role: f"{prefix}_{role}" for role in ROLES}


def recorded_groups(session: Session) -> dict[str, str]:
    """This database's groups as ``team setup`` recorded them (empty before it ran)."""
    return {role: group for role, group in session.execute(team_queries.RECORDED_GROUPS)}


def choose_names(session: Session, database: str, prefix: str | None) -> GroupNames:
    """The names to use: the prefix's, else those recorded, else the database's default."""
    recorded = recorded_groups(session)
    if prefix is not None:
        return GroupNames(prefixed_names(prefix), recorded)
    # The server-wide names of old are shared by every database: move to our own.
    own = len(recorded) == len(ROLES) and recorded != GROUP_ROLES
    return GroupNames(recorded if own else default_names(database), recorded)


def logins_in(session: Session, group: str) -> list[str]:
    """The logins directly in ``group`` (to move into a database's new group)."""
    return list(session.scalars(team_queries.LOGINS_IN, {"g": group}))


def rights_elsewhere(session: Session, group: str, ours: tuple[str, ...]) -> list[str]:
    """What an existing role holds outside this database's team (empty: nothing)."""
    return [
        str(row[0])
        for row in session.execute(
            team_queries.RIGHTS_ELSEWHERE, {"role": group, "ours": list(ours)}
        )
    ]


def require_usable(session: Session, names: GroupNames, reuse_roles: bool) -> list[str]:
    """The existing roles among ``names`` (to be reused); refuses ones with rights elsewhere."""
    reused = []
    for group in names.names:
        if not session.execute(team_queries.ROLE_EXISTS, {"g": group}).first():
            continue
        reused.append(group)
        elsewhere = rights_elsewhere(session, group, names.names)
        if elsewhere and not reuse_roles:
            raise RuleRefusal(
                "roles_in_use_elsewhere",
                f"the group role {group} already exists and carries rights outside this "
                f"database ({'; '.join(sorted(elsewhere))}): sharing it would let another "
                "team into this one. Choose other names with --prefix, or pass --reuse-roles "
                "to share it knowingly",
            )
    return reused


def record_groups(session: Session, names: GroupNames) -> None:
    session.execute(team_queries.FORGET_GROUPS)
    for role in (ADMIN, ASM, TAM):
        session.execute(team_queries.RECORD_GROUP, {"r": role, "g": names.by_role[role]})
