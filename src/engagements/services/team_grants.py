"""The privileges of a database's three team groups, as statements ``team setup`` runs.

Every table belongs to exactly one class below (a test says so when a new one does not);
``team setup`` revokes before it grants, so running it again converges on exactly this.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from engagements.services.permissions import ADMIN, ASM, TAM
from engagements.store import team_queries
from engagements.store.models import Base

# Every table belongs to exactly one of these (a test says so when a new one does not).
ASM_TABLES = (
    "partners",
    "subscriptions",
    "sub_client_accounts",
    "iem_requests",
    "iem_status_changes",
    "iem_purchases",
    "training_sessions",
    "expert_service_uses",
    "early_exit_approvals",
    "issued_forms",
    "app_secrets",
    "session_requests",
)
ADMIN_TABLES = ("experts", "holiday_adjustments", "calendar_settings")
APPEND_ONLY_TABLES = ("audit_events", "review_notes")  # INSERT / a function, never changed
# Read by everyone, written by no login but the owner (data_revision: on SQLite triggers
# keep it, migration 0006; team_groups: team setup records this database's groups).
READ_ONLY_TABLES = ("data_revision", "team_groups")
SECRET_TABLES = ("app_secrets",)  # the form-signing key: a reader could forge forms with it
AUDIT_TABLE = "audit_events"
REVIEW_NOTE_FUNCTION = "add_review_note(text, text, text)"


def existing_tables(session: Session) -> list[str]:
    names = [table.name for table in Base.metadata.sorted_tables] + ["alembic_version"]
    return [
        name for name in names if session.execute(team_queries.TABLE_EXISTS, {"n": name}).scalar()
    ]


def revoke_all(session: Session, groups: str) -> list[str]:
    """Statements that take every right on this database from ``groups`` (quoted, listed)."""
    database = _quote(session, session.execute(team_queries.CURRENT_DATABASE).scalar_one())
    schema = _quote(session, session.execute(team_queries.CURRENT_SCHEMA).scalar_one())
    statements = [
        f"REVOKE ALL ON DATABASE {database} FROM {groups}",
        f"REVOKE ALL ON SCHEMA {schema} FROM {groups}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {groups}",
    ]
    if session.execute(team_queries.FUNCTION_EXISTS, {"f": REVIEW_NOTE_FUNCTION}).scalar():
        statements.append(f"REVOKE ALL ON FUNCTION {REVIEW_NOTE_FUNCTION} FROM {groups}")
    return statements


def grants(session: Session, database: str, by_role: dict[str, str]) -> list[str]:
    """The statements that set every privilege of the three groups on this database."""
    admin, asm, tam = (_quote(session, by_role[role]) for role in (ADMIN, ASM, TAM))
    groups = f"{admin}, {asm}, {tam}"
    schema = _quote(session, session.execute(team_queries.CURRENT_SCHEMA).scalar_one())
    tables = existing_tables(session)
    quoted_db = _quote(session, database)
    # CONNECT only to this database's own groups (and whoever runs setup, who may not own
    # the database): a login of another team on this server cannot even connect.
    statements = [
        f"GRANT {tam} TO {asm}",
        f"GRANT {asm} TO {admin}",
        f"REVOKE CONNECT ON DATABASE {quoted_db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {quoted_db} TO {groups}, CURRENT_USER",
        f"GRANT USAGE ON SCHEMA {schema} TO {groups}",
    ]
    statements += _table_grants(session, tables, admin, asm, tam)
    statements += _sequence_grants(session, tables, admin, asm, groups)
    if session.execute(team_queries.FUNCTION_EXISTS, {"f": REVIEW_NOTE_FUNCTION}).scalar():
        statements.append(f"GRANT EXECUTE ON FUNCTION {REVIEW_NOTE_FUNCTION} TO {tam}")
    return statements


def _table_grants(session: Session, tables: list[str], admin: str, asm: str, tam: str) -> list[str]:
    statements = []
    for table in tables:  # start from nothing, so a second run converges
        statements.append(f"REVOKE ALL ON {_quote(session, table)} FROM {admin}, {asm}, {tam}")
        reader = asm if table in SECRET_TABLES else tam
        statements.append(f"GRANT SELECT ON {_quote(session, table)} TO {reader}")
    audit_table = _quote(session, AUDIT_TABLE)
    statements.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {audit_table} FROM PUBLIC")
    statements.append(f"GRANT INSERT ON {audit_table} TO {asm}")
    for group, names, rights in (
        (asm, ASM_TABLES, "INSERT, UPDATE"),
        (admin, ADMIN_TABLES, "INSERT, UPDATE, DELETE"),
    ):
        statements += [
            f"GRANT {rights} ON {_quote(session, table)} TO {group}"
            for table in names
            if table in tables
        ]
    return statements


def _sequence_grants(
    session: Session, tables: list[str], admin: str, asm: str, groups: str
) -> list[str]:
    """USAGE on the id sequences of the tables each group inserts into, and no others."""
    statements = []
    for table in (
        t
        for t in (*ASM_TABLES, AUDIT_TABLE, *ADMIN_TABLES)
        if t in tables and "id" in Base.metadata.tables[t].c
    ):
        sequence = session.execute(team_queries.ID_SEQUENCE, {"t": table}).scalar()
        if sequence:
            statements.append(f"REVOKE ALL ON SEQUENCE {sequence} FROM {groups}")
            statements.append(
                f"GRANT USAGE ON SEQUENCE {sequence} TO {admin if table in ADMIN_TABLES else asm}"
            )
    return statements


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)
