"""Who may do what: the role checks the application makes before offering or running an action.

Three team roles, each including the one below it:

- TAM (``engagements_tam``): reads everything, changes nothing, may add review notes;
- ASM (``engagements_asm``): also records and changes engagements (partners, subscriptions,
  IEM requests and purchases, sessions, expert-service uses, request forms);
- administrator (``engagements_admin``): also maintains the expert roster and the holiday
  calendars.

On PostgreSQL the role is the database login's membership in this database's own group
roles, recorded in ``team_groups`` by ``team setup`` (the database enforces the same
privileges regardless, see ``services.team``); the owner of the tables and superusers
count as administrators, and so does everyone while ``team setup`` has never been run on
this database. Groups of another database on the same server give no role here.
On SQLite the operating-system user owns the file and may do
everything, unless the file is opened read only (a reviewer's copy).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from weakref import WeakKeyDictionary

from sqlalchemy.exc import DBAPIError

from engagements.errors import DatabaseUnavailable, NotAllowed
from engagements.store import team_queries

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


class Database(Protocol):
    """What the roles are read from: an open ``services.database.Database``, which
    checks them on every write. Named by this protocol, not by that class, because the
    database module imports this one."""

    engine: Engine
    read_only: bool

    @property
    def actor(self) -> str: ...

    @property
    def is_sqlite(self) -> bool: ...


TAM, ASM, ADMIN = "tam", "asm", "admin"
ROLES = (ADMIN, ASM, TAM)
# The server-wide names used before groups were per database (migration 0007 adopts them
# for a database that was set up with them).
GROUP_ROLES = {ADMIN: "engagements_admin", ASM: "engagements_asm", TAM: "engagements_tam"}
LEVEL = {TAM: 1, ASM: 2, ADMIN: 3}
LABEL = {TAM: "TAM", ASM: "ASM", ADMIN: "administrator"}
MAY = {
    TAM: "read everything and add review notes, but change nothing",
    ASM: "record and change engagements, but not the expert roster or holiday calendars",
    ADMIN: "do everything, including the expert roster and holiday calendars",
}


@dataclass(frozen=True)
class TeamMember:
    """The acting user and the highest team role they hold (None: no team role)."""

    login: str
    role: str | None
    team_mode: bool  # False on SQLite and before ``team setup``: nothing is restricted
    why: str  # how the role was found, for messages
    # PostgreSQL: the data revision read with the role (schema/sequence/count), for the
    # saved-dashboard check of ``services.fast_start``; None on SQLite or when unknown.
    data_revision: str | None = None

    def may(self, needed: str) -> bool:
        """Whether this user holds ``needed`` (tam, asm or admin) or a higher role."""
        return self.role is not None and LEVEL[self.role] >= LEVEL[needed]


_known: WeakKeyDictionary[Database, TeamMember] = WeakKeyDictionary()
# The window asks from its GUI thread and its first dashboard read from another: the
# role is looked up once, whoever asks first, the other waiting for that answer.
_looking_up = threading.Lock()


def team_member(db: Database) -> TeamMember:
    """Who is acting on ``db`` and with which role (looked up once per open database)."""
    member = _known.get(db)
    if member is None:
        with _looking_up:
            member = _known.get(db)
            if member is None:
                member = _sqlite_member(db) if db.is_sqlite else _postgresql_member(db)
                _known[db] = member
    return member


def _sqlite_member(db: Database) -> TeamMember:
    if db.read_only:
        return TeamMember(db.actor, TAM, False, "the database file is open read only")
    return TeamMember(db.actor, ADMIN, False, "the operating-system user owns the file")


def _postgresql_member(db: Database) -> TeamMember:
    try:
        # Autocommit: one round trip, not BEGIN, the query and ROLLBACK.
        with db.engine.execution_options(isolation_level="AUTOCOMMIT").connect() as connection:
            login, owner, held_roles, existing, revision = connection.execute(
                team_queries.MEMBERSHIP
            ).one()
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise DatabaseUnavailable(f"cannot look up your team role: {reason}") from exc
    if owner:
        return TeamMember(login, ADMIN, bool(existing), "owner of the database's tables", revision)
    if not existing:
        return TeamMember(login, ADMIN, False, "team setup has not been run", revision)
    held = [role for role in ROLES if role in held_roles]
    if not held:
        return TeamMember(login, None, True, "member of no team group of this database", revision)
    return TeamMember(
        login, held[0], True, f"member of this database's {LABEL[held[0]]} group", revision
    )


def allowed(db: Database, needed: str) -> bool:
    """Whether the acting user may run an action that needs ``needed`` (to offer it)."""
    if db.read_only and needed != TAM:
        return False
    return team_member(db).may(needed)


def require(db: Database, needed: str, action: str | None = None) -> None:
    """Refuse (exit 6) an action that needs role ``needed`` when the user does not hold it."""
    member = team_member(db)
    if member.may(needed):
        return
    doing = action or "this change"
    if member.role is None:
        raise NotAllowed(
            f"{member.login} is in no Engagements team group of this database"
            f"; {doing} needs the {LABEL[needed]} role. Ask an administrator to run "
            f"`engagements team add-user {member.login} --role {needed}`"
        )
    raise NotAllowed(
        f"{member.login} has the {LABEL[member.role]} role ({member.why}), which may "
        f"{MAY[member.role]}; {doing} needs the {LABEL[needed]} role"
    )
