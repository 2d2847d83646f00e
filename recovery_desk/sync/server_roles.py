"""The central server authenticates desks with PostgreSQL's own means: one role per desk.

``add_desk`` creates (or updates) a login role for one desk and records it in
``server_roles``; the row-level security of schema 0010 then lets that role insert only its
own desk's events, checkpoints, head and key, and never delete one. It also records the
desk's key fingerprint as trusted on the server. ``add_reader`` makes a read-only role for
supervisors. Authentication is PostgreSQL's: a password (SCRAM; the desk keeps it in
``~/.pgpass``, not in the settings) or, without one, a client certificate
(``hostssl … cert`` in ``pg_hba.conf``; the URL names ``sslcert``/``sslkey``). Run these as
the administrator who owns the tables (the one who ran ``migrate``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, delete, insert, inspect, select

from recovery_desk.core.errors import RecoveryDeskError
from recovery_desk.domain.signing import normalize_fingerprint, valid_desk_id
from recovery_desk.storage import evidence
from recovery_desk.storage.engine import make_engine
from recovery_desk.storage.evidence import KnownKey
from recovery_desk.storage.models import ServerRole

_ROLES = ServerRole.__table__
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: evidence: a desk role inserts (RLS: only its own desk's rows); never deletes
_EVIDENCE = {
    "case_events": "SELECT, INSERT",   # + UPDATE (payload): an erasure's scrub
    "checkpoints": "SELECT, INSERT",
    "desks": "SELECT, INSERT, UPDATE",
    "desk_keys": "SELECT, INSERT",
}
#: read only for every desk role
_READ_ONLY = {"alembic_version", "server_roles", "users", "desk_identity", "sync_holds",
              "sync_state"}


class ServerSetupError(RecoveryDeskError):
    """A role cannot be created as asked."""


@dataclass(frozen=True)
class RoleRow:
    role_name: str
    kind: str
    desk_id: str | None


def default_role(desk_id: str) -> str:
    return "desk_" + re.sub(r"[^a-z0-9_]", "_", desk_id.lower())[:57]


def _check_role(name: str) -> str:
    if not _ROLE_NAME.match(name):
        raise ServerSetupError(f"{name!r} cannot be a role name.",
                               "Use lower-case letters, digits and _ (at most 63).")
    return name


def _execute(conn: Connection, statement: str, *parts: object) -> None:
    """Run DDL with identifiers and literals composed by psycopg (utility statements take
    no bound parameters); ``{}`` in ``statement`` are filled in order."""
    from psycopg import sql

    raw = conn.connection.dbapi_connection
    if raw is None:  # only after the connection was invalidated, never while conn is open
        raise RuntimeError("the server connection is closed")
    composed = sql.SQL(statement).format(*parts)
    cursor = raw.cursor()  # closed as psycopg's own "with" would (DBAPI's type has no with)
    try:
        cursor.execute(composed)
    finally:
        cursor.close()


def _ensure_login_role(conn: Connection, role: str, password: str | None) -> None:
    from psycopg import sql

    exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s",
                                  {"r": role}).first()
    if exists is None:
        _execute(conn, "CREATE ROLE {} LOGIN", sql.Identifier(role))
    if password is not None:
        _execute(conn, "ALTER ROLE {} PASSWORD {}", sql.Identifier(role), sql.Literal(password))


def _grant(conn: Connection, role: str, kind: str) -> None:
    from psycopg import sql

    database = str(conn.exec_driver_sql("SELECT current_database()").scalar())
    who = sql.Identifier(role)
    _execute(conn, "GRANT CONNECT ON DATABASE {} TO {}", sql.Identifier(database), who)
    _execute(conn, "GRANT USAGE ON SCHEMA public TO {}", who)
    tables = inspect(conn).get_table_names()
    for table in tables:
        if kind == "reader" or table in _READ_ONLY:
            rights = "SELECT"
        else:
            rights = _EVIDENCE.get(table, "SELECT, INSERT, UPDATE, DELETE")
        _execute(conn, f"GRANT {rights} ON {{}} TO {{}}", sql.Identifier(table), who)
    if kind == "desk":
        _execute(conn, "GRANT UPDATE (payload) ON case_events TO {}", who)
        _execute(conn, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}", who)
        _execute(conn, "GRANT EXECUTE ON FUNCTION rd_role_desk() TO {}", who)
    else:
        _execute(conn, "ALTER ROLE {} SET default_transaction_read_only = on", who)


def _record(conn: Connection, role: str, kind: str, desk_id: str | None) -> None:
    conn.execute(delete(_ROLES).where(_ROLES.c.role_name == role))
    conn.execute(insert(_ROLES).values(role_name=role, kind=kind, desk_id=desk_id))


def _server(url: str) -> Engine:
    engine = make_engine(url)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        raise ServerSetupError("Server roles exist on PostgreSQL only.",
                               "Give --db postgresql+psycopg://ADMIN@HOST/DB.")
    return engine


def add_desk(url: str, desk_id: str, typed_fingerprint: str, *, role: str | None = None,
             password: str | None = None) -> str:
    """A login role that may push ``desk_id``'s events only; the desk's key trusted here."""
    if not valid_desk_id(desk_id):
        raise ServerSetupError(f"{desk_id!r} is not a desk id.",
                               "Give it as the desk's `desks identity` shows it.")
    printed = normalize_fingerprint(typed_fingerprint)
    if printed is None:
        raise ServerSetupError(f"{typed_fingerprint!r} is not a key fingerprint.",
                               "Copy it from the desk's `recovery-desk desks identity`.")
    role = _check_role(role or default_role(desk_id))
    engine = _server(url)
    try:
        with engine.connect() as conn, conn.begin():
            _ensure_login_role(conn, role, password)
            _grant(conn, role, "desk")
            _record(conn, role, "desk", desk_id)
            admin = conn.exec_driver_sql("SELECT current_user").scalar()
            seen = {k.fingerprint: k for k in evidence.known_keys(conn, desk_id)}
            for known in seen.values():
                if known.status == "trusted" and known.fingerprint != printed:
                    evidence.set_key_status(conn, desk_id, known.fingerprint, "retired")
            now = datetime.now(UTC)
            evidence.put_key(conn, KnownKey(desk_id, printed,
                                            seen[printed].public_key if printed in seen else "",
                                            "trusted", admin, now,
                                            seen[printed].first_seen_at if printed in seen
                                            else None))
    finally:
        engine.dispose()
    return role


def add_reader(url: str, role: str, *, password: str | None = None) -> str:
    """A login role that reads everything and changes nothing (supervisors, reports)."""
    role = _check_role(role)
    engine = _server(url)
    try:
        with engine.connect() as conn, conn.begin():
            _ensure_login_role(conn, role, password)
            _grant(conn, role, "reader")
            _record(conn, role, "reader", None)
    finally:
        engine.dispose()
    return role


def regrant(url: str) -> int:
    """Grant every recorded role its rights again (after a migration added tables)."""
    engine = _server(url)
    try:
        with engine.connect() as conn, conn.begin():
            rows = list(conn.execute(select(_ROLES)))
            for row in rows:
                _grant(conn, row.role_name, row.kind)
    finally:
        engine.dispose()
    return len(rows)


def list_roles(url: str) -> list[RoleRow]:
    engine = _server(url)
    try:
        with engine.connect() as conn:
            return [RoleRow(r.role_name, r.kind, r.desk_id)
                    for r in conn.execute(select(_ROLES).order_by(_ROLES.c.role_name))]
    finally:
        engine.dispose()
