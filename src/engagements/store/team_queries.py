"""The PostgreSQL catalog statements behind team mode: who the acting user is and which
team role they hold, which roles, tables and functions exist, the privileges a role holds
elsewhere on the server, and this database's record of its team groups.

They name PostgreSQL's catalogs (``pg_roles``, ``pg_shdepend`` ...), so they run only on
a team database; SQLite has no roles.
"""

from __future__ import annotations

from sqlalchemy import text

from engagements.store.revision import SERVER_REVISION_EXPRESSION

# The acting user, whether they own the tables (or are a superuser), the team roles they
# hold through this database's groups, how many groups ``team setup`` recorded, and, in the
# same round trip, the revision a team start's saved dashboard is checked against
# (services.fast_start; migration 0010): schema, sequence and count.
MEMBERSHIP = text(f"""
    SELECT current_user,
           r.rolsuper OR coalesce((SELECT pg_has_role(current_user, c.relowner, 'USAGE')
                                   FROM pg_class c
                                   WHERE c.oid = to_regclass('audit_events')), false),
           ARRAY(SELECT t.role FROM team_groups t JOIN pg_roles g ON g.rolname = t.group_name
                 WHERE pg_has_role(current_user, g.oid, 'USAGE')),
           (SELECT count(*) FROM team_groups),
           {SERVER_REVISION_EXPRESSION}
    FROM pg_roles r WHERE r.rolname = current_user""")

CURRENT_DATABASE = text("SELECT current_database()")
CURRENT_SCHEMA = text("SELECT current_schema()")
# 1 when a role named :g exists.
ROLE_EXISTS = text("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :g")
# How many of the roles :names exist.
ROLES_FOUND = text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)")
# Whether the role :n may log in (no row: there is no such role).
CAN_LOG_IN = text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n")
# The owner of :table, and whether the acting user may act as that owner (or is a superuser).
TABLE_OWNER = text(
    "SELECT pg_get_userbyid(c.relowner), "
    "pg_has_role(current_user, c.relowner, 'USAGE') OR "
    "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
    "FROM pg_class c WHERE c.oid = to_regclass(:table)"
)
# Non-NULL when the table :n exists; the function :f; the id sequence of table :t.
TABLE_EXISTS = text("SELECT to_regclass(:n)")
FUNCTION_EXISTS = text("SELECT to_regprocedure(:f)")
ID_SEQUENCE = text("SELECT pg_get_serial_sequence(:t, 'id')")
# A reviewer's note through the function that lets a read-only TAM add one.
ADD_REVIEW_NOTE = text("SELECT add_review_note(:kind, :id, :note)")

# Where a role holds something outside this database: objects or privileges in another
# database (pg_shdepend knows every database's), CONNECT/CREATE on another database
# (recorded with database 0), membership of roles that are not this team's.
RIGHTS_ELSEWHERE = text("""
    SELECT DISTINCT coalesce(d.datname, od.datname) FROM pg_catalog.pg_shdepend s
      LEFT JOIN pg_catalog.pg_database d ON d.oid = s.dbid
      LEFT JOIN pg_catalog.pg_database od ON s.dbid = 0
           AND s.classid = 'pg_catalog.pg_database'::regclass AND od.oid = s.objid
    WHERE s.refclassid = 'pg_catalog.pg_authid'::regclass
      AND s.refobjid = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = :role)
      AND coalesce(d.datname, od.datname) IS DISTINCT FROM pg_catalog.current_database()
      AND coalesce(d.datname, od.datname) IS NOT NULL
    UNION
    SELECT 'member of ' || g.rolname FROM pg_catalog.pg_auth_members m
      JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
      JOIN pg_catalog.pg_roles r ON r.oid = m.member
    WHERE r.rolname = :role AND NOT g.rolname = ANY(:ours)
    UNION
    SELECT 'can log in or is privileged' FROM pg_catalog.pg_roles
    WHERE rolname = :role AND (rolcanlogin OR rolsuper OR rolcreaterole OR rolcreatedb
                               OR rolbypassrls OR rolreplication)""")

# The logins directly in group :g.
LOGINS_IN = text(
    "SELECT r.rolname FROM pg_catalog.pg_auth_members m "
    "JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
    "JOIN pg_catalog.pg_roles r ON r.oid = m.member "
    "WHERE g.rolname = :g AND r.rolcanlogin ORDER BY 1"
)
# This database's groups by team role, as ``team setup`` recorded them.
RECORDED_GROUPS = text("SELECT role, group_name FROM team_groups")
FORGET_GROUPS = text("DELETE FROM team_groups")
RECORD_GROUP = text("INSERT INTO team_groups (role, group_name) VALUES (:r, :g)")
