"""Work a commit leaves owing (the ``chores`` table, 0009), done after it and retried at
start-up until settled; e.g. ``search.PURGE_CHORE``."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select

from recovery_desk.storage.models import Chore

_CHORES = Chore.__table__


def owed(conn: Connection, chore: str) -> bool:
    return conn.execute(select(_CHORES.c.name).where(_CHORES.c.name == chore)).first() \
        is not None


def owe(conn: Connection, chore: str) -> None:
    """Record ``chore`` as owed, in the caller's transaction (kept once)."""
    if not owed(conn, chore):
        conn.execute(insert(_CHORES).values(name=chore, due_since=datetime.now(UTC)))


def settle(conn: Connection, chore: str) -> None:
    conn.execute(delete(_CHORES).where(_CHORES.c.name == chore))
